#include "DurationHistory.h"

#include "core/api/Clock.h"
#include "core/catalog/ModelSpec.h"

#include <algorithm>
#include <cmath>

namespace fr {

namespace {
constexpr int kSamplesKept = 500;
} // namespace

DurationHistory::DurationHistory(JobJournal *journal, const Clock *clock, double timeScale)
    : m_journal(journal), m_clock(clock ? clock : Clock::system()),
      m_timeScale(timeScale > 0 ? timeScale : 1.0)
{
}

void DurationHistory::load() const
{
    if (m_loaded || !m_journal || !m_journal->isOpen())
        return;
    m_loaded = true;
    QList<Sample> mine = m_samples; // recorded before the journal opened
    m_samples.clear();
    for (const DurationObservation &o : m_journal->recentDurations(kSamplesKept)) {
        if (o.catalogMs > 0 && o.observedMs > 0 && o.anchoredAt.isValid())
            m_samples.append({o.key, std::log(o.observedMs / o.catalogMs), o.anchoredAt});
    }
    m_samples.append(mine);
}

int DurationHistory::size() const
{
    load();
    return int(m_samples.size());
}

QString DurationHistory::keyFor(const ModelSpec &model, const QJsonObject &values)
{
    QStringList parts{model.name()};
    const ParamTable &table = model.timing().table;
    for (const QString &param : {table.rowParam, table.columnParam}) {
        if (!param.isEmpty())
            parts << model.effectiveValue(values, param).toVariant().toString();
    }
    return parts.join(QLatin1Char('|'));
}

void DurationHistory::record(const QString &key, double catalogMs, double observedMs,
                             const QDateTime &anchoredAt)
{
    if (catalogMs <= 0 || observedMs <= 0)
        return;
    load();
    const QDateTime at = anchoredAt.isValid() ? anchoredAt : m_clock->now();
    m_samples.append({key, std::log(observedMs / catalogMs), at});
    if (m_samples.size() > kSamplesKept)
        m_samples.removeFirst();
    if (m_journal && m_journal->isOpen())
        m_journal->addDuration({key, catalogMs, observedMs, at.toUTC()});
}

double DurationHistory::weightOf(const Sample &s, const QDateTime &at) const
{
    const double distance = std::abs(double(s.at.msecsTo(at))) / m_timeScale;
    return std::exp(-distance / kDecayMs) + kBackgroundWeight;
}

DurationEstimate DurationHistory::estimate(const QString &key, double catalogMs, QDateTime at) const
{
    load();
    if (!at.isValid())
        at = m_clock->now();
    // The load factor near `at` from every model (load moves them together), then this key's
    // own bias against the catalog, shrunk towards the rest while its evidence is thin.
    double w = 0, wSq = 0, sum = 0, wKey = 0, sumKey = 0;
    QList<std::pair<double, double>> weighted; // (weight, log ratio)
    for (const Sample &s : m_samples) {
        const double wi = weightOf(s, at);
        w += wi;
        wSq += wi * wi;
        sum += wi * s.logRatio;
        if (s.key == key) {
            wKey += wi;
            sumKey += wi * s.logRatio;
        }
        weighted.append({wi, s.logRatio});
    }
    const double prior = std::log(kPriorRatio);
    const double global = (sum + kPriorWeight * prior) / (w + kPriorWeight);
    constexpr double kShrink = 1.5;
    const double mean = wKey > 0 ? (sumKey + kShrink * global) / (wKey + kShrink) : global;

    double var = 0;
    for (const auto &[wi, lr] : weighted)
        var += wi * (lr - global) * (lr - global);
    var = w > 0 ? var / w : 0;
    const double dataVar = std::max(var, kSigmaFloor * kSigmaFloor);
    // The spread of the evidence, widened by how little of it there is, blended with the cold
    // prior by weight: one observation halves the cold spread, a handful nearly removes it.
    const double effectiveCount = wSq > 0 ? (w * w) / wSq : 0;
    const double uncertainty = effectiveCount > 0 ? dataVar * (1.0 + 1.0 / effectiveCount) : 0;
    const double sigmaSq =
        (w * uncertainty + kPriorWeight * kColdSigma * kColdSigma) / (w + kPriorWeight);

    DurationEstimate e;
    e.medianMs = catalogMs * std::exp(mean);
    e.sigma = std::sqrt(sigmaSq);
    e.weight = w;
    return e;
}

double DurationHistory::loadFactor() const
{
    return estimate(QString(), 1.0).medianMs / kPriorRatio;
}

} // namespace fr

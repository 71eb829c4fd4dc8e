#include "DurationHistory.h"

#include "core/api/Clock.h"
#include "core/catalog/ModelSpec.h"

#include <algorithm>
#include <cmath>

namespace fr {

namespace {
constexpr int kSamplesKept = 500;

// A look every second or so brackets the start and the end of processing: on a 5 s prediction
// that is a rough measure, on a minute-long one a fine one.
double precisionOf(double catalogMs)
{
    const double r = std::min(1.0, catalogMs / 30000.0);
    return r * r;
}
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
            m_samples.append({o.key, std::log(o.observedMs / o.catalogMs), o.anchoredAt,
                              precisionOf(o.catalogMs)});
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
    m_samples.append({key, std::log(observedMs / catalogMs), at, precisionOf(catalogMs)});
    if (m_samples.size() > kSamplesKept)
        m_samples.removeFirst();
    if (m_journal && m_journal->isOpen())
        m_journal->addDuration({key, catalogMs, observedMs, at.toUTC()});
}

double DurationHistory::weightOf(const Sample &s, const QDateTime &at) const
{
    const double distance = std::abs(double(s.at.msecsTo(at))) / m_timeScale;
    return s.precision * (std::exp(-distance / kDecayMs) + kBackgroundWeight);
}

DurationEstimate DurationHistory::estimate(const QString &key, double catalogMs, QDateTime at) const
{
    load();
    if (!at.isValid())
        at = m_clock->now();
    // The load factor near `at` from every model (load moves them together), as a weighted
    // line through the log ratios over time (local linear): a load that is rising is not
    // judged by where it was a minute ago, and the trend does not count as spread. Then this
    // key's own bias against that line, shrunk towards it while its evidence is thin.
    struct Point
    {
        double w, dt, y;
        bool mine;
    };
    QList<Point> points;
    double w = 0, wSq = 0;
    const double prior = std::log(kPriorRatio);
    // The prior sits at `at`; the ridge keeps the slope near 0 until the evidence spans time.
    double sw = kPriorWeight, st = 0, stt = 0.5, sy = kPriorWeight * prior, sty = 0;
    for (const Sample &s : m_samples) {
        const double wi = weightOf(s, at);
        const double dt = double(at.msecsTo(s.at)) / m_timeScale / 60000.0; // minutes
        w += wi;
        wSq += wi * wi;
        sw += wi;
        st += wi * dt;
        stt += wi * dt * dt;
        sy += wi * s.logRatio;
        sty += wi * dt * s.logRatio;
        points.append({wi, dt, s.logRatio, s.key == key});
    }
    const double det = sw * stt - st * st;
    const double slope = det > 1e-12 ? (sw * sty - st * sy) / det : 0.0;
    const double global = (sy - slope * st) / sw; // the line's value at `at`
    double var = 0, wKey = 0, biasKey = 0;
    for (const Point &p : points) {
        const double residual = p.y - (global + slope * p.dt);
        var += p.w * residual * residual;
        if (p.mine) {
            wKey += p.w;
            biasKey += p.w * residual;
        }
    }
    constexpr double kShrink = 1.5;
    const double mean = global + biasKey / (wKey + kShrink);
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

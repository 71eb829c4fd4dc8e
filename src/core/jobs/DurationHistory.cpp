#include "DurationHistory.h"

#include "core/api/Clock.h"
#include "core/catalog/ModelSpec.h"

#include <algorithm>
#include <cmath>

namespace fr {

namespace {
constexpr int kSamplesKept = 500;

// Observations of journals that did not keep their precision: a look every second or so
// brackets the start and the end of processing, a rough measure of a 5 s prediction and a
// fine one of a minute-long one.
double precisionOf(double catalogMs)
{
    const double r = std::min(1.0, catalogMs / 30000.0);
    return r * r;
}

double precisionOf(const DurationObservation &o)
{
    return o.precision >= 0 ? std::clamp(o.precision, 0.0, 1.0) : precisionOf(o.catalogMs);
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
                              o.submittedAt.isValid() ? o.submittedAt : o.anchoredAt,
                              precisionOf(o)});
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
                             const QDateTime &at)
{
    DurationObservation o;
    o.key = key;
    o.catalogMs = catalogMs;
    o.observedMs = observedMs;
    o.anchoredAt = at;
    o.submittedAt = at;
    record(o);
}

void DurationHistory::record(const DurationObservation &observation)
{
    DurationObservation o = observation;
    if (o.catalogMs <= 0 || o.observedMs <= 0)
        return;
    load();
    if (!o.anchoredAt.isValid())
        o.anchoredAt = m_clock->now();
    if (!o.submittedAt.isValid())
        o.submittedAt = o.anchoredAt;
    m_samples.append(
        {o.key, std::log(o.observedMs / o.catalogMs), o.anchoredAt, o.submittedAt, precisionOf(o)});
    if (m_samples.size() > kSamplesKept)
        m_samples.removeFirst();
    if (m_journal && m_journal->isOpen()) {
        o.anchoredAt = o.anchoredAt.toUTC();
        o.submittedAt = o.submittedAt.toUTC();
        m_journal->addDuration(o);
    }
}

double DurationHistory::weightOf(const QDateTime &sampleAt, double precision,
                                 const QDateTime &at) const
{
    const double distance = std::abs(double(sampleAt.msecsTo(at))) / m_timeScale;
    return precision * (std::exp(-distance / kDecayMs) + kBackgroundWeight);
}

DurationHistory::Fit DurationHistory::fit(const QString &key, const QDateTime &at,
                                          bool bySubmission) const
{
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
    points.reserve(m_samples.size());
    Fit f;
    const double prior = std::log(kPriorRatio);
    // The prior sits at `at`; the ridge keeps the slope near 0 until the evidence spans time.
    double sw = kPriorWeight, st = 0, stt = kSlopeRidge, sy = kPriorWeight * prior, sty = 0;
    for (const Sample &s : m_samples) {
        const QDateTime &when = bySubmission ? s.submittedAt : s.at;
        const double wi = weightOf(when, s.precision, at);
        const double dt = double(at.msecsTo(when)) / m_timeScale / 60000.0; // minutes
        f.weight += wi;
        f.weightSq += wi * wi;
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
    f.mean = global + biasKey / (wKey + kShrink);
    f.variance = f.weight > 0 ? var / f.weight : 0;
    return f;
}

DurationEstimate DurationHistory::estimate(const QString &key, double catalogMs,
                                           const QDateTime &submittedAt,
                                           const QDateTime &anchoredAt) const
{
    load();
    const QDateTime now = m_clock->now();
    const QDateTime started = anchoredAt.isValid() ? anchoredAt : now;
    Fit f = fit(key, started, false);
    if (submittedAt.isValid() && submittedAt != started) {
        const Fit bySubmission = fit(key, submittedAt, true);
        if (bySubmission.variance < f.variance)
            f = bySubmission;
    }
    const double dataVar = std::max(f.variance, kSigmaFloor * kSigmaFloor);
    // The spread of the evidence, widened by how little of it there is, blended with the cold
    // prior by weight: one observation halves the cold spread, a handful nearly removes it.
    const double effectiveCount = f.weightSq > 0 ? (f.weight * f.weight) / f.weightSq : 0;
    const double uncertainty = effectiveCount > 0 ? dataVar * (1.0 + 1.0 / effectiveCount) : 0;
    const double sigmaSq = (f.weight * uncertainty + kPriorWeight * kColdSigma * kColdSigma) /
                           (f.weight + kPriorWeight);

    DurationEstimate e;
    e.medianMs = catalogMs * std::exp(f.mean);
    e.sigma = std::sqrt(sigmaSq);
    e.weight = f.weight;
    return e;
}

double DurationHistory::loadFactor() const
{
    return estimate(QString(), 1.0).medianMs / kPriorRatio;
}

} // namespace fr

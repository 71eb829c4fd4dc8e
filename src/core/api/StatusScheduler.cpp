#include "StatusScheduler.h"

#include "PredictionPoller.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fr {

namespace {

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

} // namespace

StatusScheduler::StatusScheduler(DurationSource *durations, RateLimit budget, double timeScale,
                                 Clock *clock, QObject *parent)
    : QObject(parent), m_durations(durations), m_budget(budget),
      m_timeScale(timeScale > 0 ? timeScale : 1.0), m_clock(clock ? clock : Clock::system())
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StatusScheduler::tick);
}

StatusScheduler::~StatusScheduler()
{
    // Pollers outliving the scheduler fall back to nothing: they hold a QPointer to it.
    m_tracks.clear();
}

qint64 StatusScheduler::anchorMs(const Track &t)
{
    if (t.processingSeenMs < 0)
        return -1;
    const qint64 before = t.queueLookMs >= 0 ? t.queueLookMs : t.submittedMs;
    return before + (t.processingSeenMs - before) / 2;
}

DurationEstimate StatusScheduler::estimateFor(const Track &t) const
{
    const qint64 anchor = anchorMs(t);
    const QDateTime at = anchor >= 0 && t.anchoredAt.isValid() ? t.anchoredAt : m_clock->now();
    DurationEstimate e = m_durations ? m_durations->estimate(t.key, t.catalogMs, t.submittedAt, at)
                                     : DurationEstimate{0.9 * t.catalogMs, 0.5, 0};
    if (e.medianMs <= 0)
        e.medianMs = std::max(1000.0, 0.9 * t.catalogMs);
    if (anchor >= 0) {
        // Not knowing exactly when processing began widens the spread around its end.
        const double unsure =
            double(t.processingSeenMs - (t.queueLookMs >= 0 ? t.queueLookMs : t.submittedMs)) /
            m_timeScale / e.medianMs;
        e.sigma = std::sqrt(e.sigma * e.sigma + unsure * unsure / 12.0);
    }
    // The history's spread is how well its line fits the past; how far our own recent
    // predictions missed is what the next one may miss by (a load moving faster than the
    // line follows). Never narrower than the history says.
    e.sigma = std::max(e.sigma, 0.02) * std::sqrt(std::max(1.0, m_missSq));
    return e;
}

// Shape, unscaled, with m the expected processing time and s its log-spread:
//  - while starting or queued, a sparse look every 10% of the catalog time (1 s to 6 s): it
//    only has to find the start of processing, which anchors everything after;
//  - from processing, nothing until m*exp(-1.8 s), then a look every 0.8 s, a little sparser
//    towards the edges of the window, until m*exp(1.8 s): with a learned spread of about 0.1
//    that window holds nearly every completion and costs about a third of what a 1 s poller
//    spends; cold (s = 0.5) it is wide, so the first job is still seen within a second or two;
//  - past the window the gap grows with the overrun (slope 0.3, at most 15 s): outliers.
qint64 StatusScheduler::nextLookMs(const Track &t) const
{
    const qint64 last = t.lastLookMs >= 0 ? t.lastLookMs : t.submittedMs;
    qint64 next;
    if (t.processingSeenMs < 0) {
        const double gap = std::clamp(kQueueGapFraction * t.catalogMs, 1000.0, 6000.0);
        next = last + qint64(gap * m_timeScale);
    } else {
        const DurationEstimate e = estimateFor(t);
        const qint64 anchor = anchorMs(t);
        const double tau = double(last - anchor) / m_timeScale;
        const double lo = e.medianMs * std::exp(-kWindowZ * e.sigma);
        const double hi = e.medianMs * std::exp(kWindowZ * e.sigma);
        double nextTau;
        if (tau < lo - kCloseGapMs) {
            nextTau = lo;
        } else if (tau < hi) {
            const double z = std::log(std::max(tau, 1.0) / e.medianMs) / e.sigma;
            nextTau = tau + kCloseGapMs * (1.0 + kEdgeWidening * z * z);
        } else {
            nextTau = tau + std::min(kMaxGapMs, kCloseGapMs + 0.3 * (tau - hi));
        }
        next = anchor + qint64(nextTau * m_timeScale);
    }
    return std::max({next, last + 1, t.notBeforeMs});
}

double StatusScheduler::completionChance(const Track &t, qint64 nowMs) const
{
    const DurationEstimate e = estimateFor(t);
    if (t.processingSeenMs < 0) {
        // Not processing yet as far as we know: judged on the whole time since submission,
        // widely, so a short prediction that went through unseen is not starved by the rest.
        const double median = e.medianMs / 0.85;
        const double sigma = std::max(e.sigma, 0.5);
        auto whole = [&](qint64 ms) {
            const double tau = double(ms - t.submittedMs) / m_timeScale;
            return tau <= 0 ? 0.0 : normalCdf(std::log(tau / median) / sigma);
        };
        const double before = whole(t.lastLookMs >= 0 ? t.lastLookMs : t.submittedMs);
        return before >= 1.0 ? 1.0 : std::clamp((whole(nowMs) - before) / (1.0 - before), 0.0, 1.0);
    }
    const qint64 anchor = anchorMs(t);
    auto cdf = [&](qint64 ms) {
        const double tau = double(ms - anchor) / m_timeScale;
        return tau <= 0 ? 0.0 : normalCdf(std::log(tau / e.medianMs) / e.sigma);
    };
    const double before = cdf(std::max(t.lastLookMs, t.processingSeenMs));
    const double now = cdf(nowMs);
    return before >= 1.0 ? 1.0 : std::clamp((now - before) / (1.0 - before), 0.0, 1.0);
}

void StatusScheduler::add(PredictionPoller *poller, const QString &key, double catalogMs,
                          qint64 submittedMs)
{
    Track t;
    t.key = key;
    t.catalogMs = catalogMs;
    t.submittedMs = submittedMs;
    t.queueLookMs = submittedMs;
    t.submittedAt = m_clock->now().addMSecs(submittedMs - m_clock->monotonicMs());
    m_tracks.insert(poller, t);
    wake();
}

void StatusScheduler::remove(PredictionPoller *poller)
{
    if (m_tracks.remove(poller))
        wake();
}

void StatusScheduler::holdUntil(PredictionPoller *poller, qint64 untilMs)
{
    auto it = m_tracks.find(poller);
    if (it == m_tracks.end())
        return;
    it->inFlight = false;
    it->notBeforeMs = untilMs;
    wake();
}

void StatusScheduler::looked(PredictionPoller *poller, PredictionStatus status, qint64 nowMs)
{
    auto it = m_tracks.find(poller);
    if (it == m_tracks.end())
        return;
    Track &t = *it;
    const qint64 previousLook = t.lastLookMs;
    t.inFlight = false;
    t.lastLookMs = nowMs;
    if (status == PredictionStatus::Processing && t.processingSeenMs < 0) {
        t.processingSeenMs = nowMs;
        t.anchoredAt = m_clock->now().addMSecs(anchorMs(t) - nowMs);
    } else if (t.processingSeenMs < 0 && !isTerminal(status)) {
        t.queueLookMs = nowMs;
    }
    if (status == PredictionStatus::Completed && t.processingSeenMs >= 0 && previousLook >= 0 &&
        m_durations) {
        // It ended somewhere between the last look that saw it processing and this one, and
        // began between the last look before processing and the first in it: the midpoints,
        // weighted by how narrow those brackets are against the duration.
        const qint64 anchor = anchorMs(t);
        const double from = double(previousLook - anchor) / m_timeScale;
        const double to = double(nowMs - anchor) / m_timeScale;
        const double observed = (from + to) / 2;
        if (observed > 0) {
            noteMiss(t, from, to, observed);
            const double startWidth = double(t.processingSeenMs - t.queueLookMs) / m_timeScale;
            // The log-spread of two uniform brackets, against a typical learned spread.
            const double spread =
                std::sqrt((startWidth * startWidth + (to - from) * (to - from)) / 12.0) / observed;
            const double relative = spread / kMeasureSpread;
            DurationObservation o;
            o.key = t.key;
            o.catalogMs = t.catalogMs;
            o.observedMs = observed;
            o.anchoredAt = t.anchoredAt;
            o.submittedAt = t.submittedAt;
            o.precision = 1.0 / (1.0 + relative * relative);
            m_durations->record(o);
        }
    }
    if (isTerminal(status))
        m_tracks.erase(it);
    wake();
}

void StatusScheduler::noteMiss(const Track &t, double fromMs, double toMs, double observedMs)
{
    // How far the expectation missed, in the history's own spreads: 0 when the end was
    // bracketed around it, else as far as the middle of the bracket (what the history records)
    // lies from it.
    const DurationEstimate e = estimateFor(t); // widened by the misses so far
    const double widening = std::sqrt(std::max(1.0, m_missSq));
    double z = 0;
    if (fromMs > e.medianMs || toMs < e.medianMs)
        z = std::log(observedMs / e.medianMs) / e.sigma * widening;
    m_missSq = (1 - kMissMemory) * m_missSq + kMissMemory * std::min(z * z, kMissSqCap);
}

qint64 StatusScheduler::nextDueMs() const
{
    qint64 due = std::numeric_limits<qint64>::max();
    for (const Track &t : m_tracks) {
        if (t.inFlight)
            return -1;
        due = std::min(due, nextLookMs(t));
    }
    if (m_tracks.isEmpty())
        return -1;
    const qint64 now = m_clock->monotonicMs();
    return due > now ? due : now + m_budget.delayMs(now);
}

void StatusScheduler::wake()
{
    // Coalesce: whatever changed is looked at once control returns to the event loop.
    m_timer.start(0);
}

void StatusScheduler::tick()
{
    const qint64 now = m_clock->monotonicMs();
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (;;) {
        PredictionPoller *best = nullptr;
        double bestChance = -1;
        earliest = std::numeric_limits<qint64>::max();
        for (auto it = m_tracks.begin(); it != m_tracks.end(); ++it) {
            if (it->inFlight)
                continue;
            const qint64 due = nextLookMs(*it);
            if (due > now) {
                earliest = std::min(earliest, due);
                continue;
            }
            // Overdue looks gain chance as time passes, so nothing waits forever.
            const double chance = completionChance(*it, now);
            if (chance > bestChance) {
                bestChance = chance;
                best = it.key();
            }
        }
        if (!best)
            break;
        const qint64 wait = m_budget.delayMs(now);
        if (wait > 0) {
            earliest = now + wait;
            break;
        }
        Track &t = m_tracks[best];
        if (!best->pollNow()) {
            t.notBeforeMs = now + 1; // stopped or already asking; its reply will tell us
            continue;
        }
        t.inFlight = true;
        m_budget.record(now);
        ++m_requests;
    }
    if (earliest != std::numeric_limits<qint64>::max())
        m_timer.start(int(std::min<qint64>(std::max<qint64>(1, earliest - now),
                                           std::numeric_limits<int>::max())));
}

} // namespace fr

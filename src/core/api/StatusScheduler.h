#pragma once

#include "ApiTypes.h"
#include "Clock.h"
#include "Durations.h"
#include "RateBudget.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace fr {

class PredictionPoller;

// One status budget shared by every prediction in flight. Each prediction's next look is
// placed by a log-normal model of its processing time around the learned expectation,
// anchored on the first `processing` status; when more looks are due than the budget allows,
// the request goes to the prediction most likely to have completed since it was last seen.
class StatusScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr double kWindowZ = 1.8;          // close looks within +-1.8 sigma
    static constexpr double kCloseGapMs = 800;       // unscaled gap at the expectation, learned
    static constexpr double kMaxGapMs = 15000;       // unscaled gap far past it
    static constexpr double kEdgeWidening = 0.2;     // the gap at z spreads: 1 + this * z^2
    static constexpr double kQueueGapFraction = 0.1; // of the catalog time, while queued
    static constexpr double kMeasureSpread = 0.1;    // a measurement this fine counts fully
    static constexpr double kMissMemory = 0.2;       // weight of the latest miss in the average
    static constexpr double kMissSqCap = 25.0;       // one wild miss counts as 5 spreads

    // budget: status requests in a window of the scheduler's (scaled) clock.
    StatusScheduler(DurationSource *durations, RateLimit budget, double timeScale = 1.0,
                    Clock *clock = nullptr, QObject *parent = nullptr);
    ~StatusScheduler() override;

    // The state of one prediction as the scheduler sees it; times on the scaled clock.
    struct Track
    {
        QString key;
        double catalogMs = 0; // unscaled
        qint64 submittedMs = 0;
        qint64 lastLookMs = -1;  // last reply
        qint64 queueLookMs = -1; // last reply before processing (else the submit time)
        qint64 processingSeenMs = -1;
        QDateTime anchoredAt;   // wall clock of the anchor, for the history
        QDateTime submittedAt;  // wall clock of the submission, for the history
        qint64 notBeforeMs = 0; // backoff after transient errors
        bool inFlight = false;
    };
    // When to look next (scaled clock), and how likely completion happened since the last
    // look by nowMs. Pure given the duration source; exposed for tests.
    qint64 nextLookMs(const Track &track) const;
    double completionChance(const Track &track, qint64 nowMs) const;
    // The estimated start of processing (midpoint between the last look before it and the
    // first look that saw it); -1 before processing was seen.
    static qint64 anchorMs(const Track &track);

    // Looks again at what is due now. The timer runs on real time, the decisions on the
    // injected clock: call this after the clock jumps (a manual clock, a resume from sleep).
    void wake();
    // When the next look goes out on the injected clock (the budget permitting); -1 while a
    // look is out or nothing is followed. For driving the scheduler by a manual clock.
    qint64 nextDueMs() const;

    int requestCount() const { return m_requests; }
    int trackedCount() const { return int(m_tracks.size()); }
    const RateBudget &budget() const { return m_budget; }

private:
    friend class PredictionPoller;
    void add(PredictionPoller *poller, const QString &key, double catalogMs, qint64 submittedMs);
    void remove(PredictionPoller *poller);
    void looked(PredictionPoller *poller, PredictionStatus status, qint64 nowMs);
    void holdUntil(PredictionPoller *poller, qint64 untilMs);
    void tick();
    void noteMiss(const Track &track, double fromMs, double toMs, double observedMs);
    DurationEstimate estimateFor(const Track &track) const;

    DurationSource *m_durations;
    RateBudget m_budget;
    double m_timeScale;
    Clock *m_clock;
    QTimer m_timer;
    QHash<PredictionPoller *, Track> m_tracks;
    int m_requests = 0;
    double m_missSq = 1; // recent squared misses of our expectations, in the history's spreads
};

} // namespace fr

#pragma once

#include "ApiTypes.h"
#include "Clock.h"
#include "PollSchedule.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace fr {

class FashnClient;
class StatusScheduler;

// Follows one prediction to its end: a single-shot timer re-armed after each reply, so slow
// replies never overlap. Status requests go through the client's shared status budget. With a
// StatusScheduler the scheduler decides when to ask (it shares one budget among all
// predictions and learns their durations); the poller still asks, reads and reports.
class PredictionPoller : public QObject
{
    Q_OBJECT
public:
    PredictionPoller(FashnClient *client, const QString &predictionId, const PollPlan &plan,
                     qint64 submittedAtMs, QObject *parent = nullptr, Clock *clock = nullptr);

    ~PredictionPoller() override;

    // Before start(): let the scheduler time the requests (plan.durationKey names what it
    // learns by). Not owned.
    void setScheduler(StatusScheduler *scheduler);
    void start();
    void stop();
    const QString &predictionId() const { return m_id; }
    int requestCount() const { return m_requests; }
    bool isRunning() const { return m_running; } // started and not stopped, failed or finished
    PredictionStatus lastStatus() const { return m_last; }
    // The outputs would have expired by now (72 h CDN, 60 min base64): stop polling.
    void setExpiresAtMs(qint64 ms) { m_expiresAtMs = ms; }
    // Status unreadable (errors only) for this long: stop and report failed() with the last
    // answer, so the job can be resumed later instead of being waited on for days. -1: never.
    void setGiveUpAfterMs(qint64 ms) { m_giveUpAfterMs = ms; }
    // When the next status request goes out, on the injected clock; -1 while a request is out,
    // when stopped, or when a scheduler times the requests.
    qint64 nextPollAtMs() const;
    // Looks at the clock again and asks now if a request is due: after the clock jumped (a
    // manual clock in tests, a resume from sleep). The timer alone runs on real time.
    void wake();

signals:
    void statusChanged(const fr::StatusResult &result);
    void finished(const fr::StatusResult &result); // completed, failed, canceled, time_out
    // A reply that is an error the poller cannot ride out (400, 401, 404, expiry), or errors
    // for longer than the give-up time.
    void failed(const fr::ApiError &error);
    // A status request failed and the poller asks again in retryInMs: what was answered, for
    // the user to see.
    void troubled(const fr::ApiError &answer, qint64 retryInMs);

private:
    friend class StatusScheduler;
    bool pollNow(); // the scheduler's turn: false when stopped or already asking
    void onTimer();
    void poll();
    void arm();
    void onReply(const StatusResult &result);
    void fail(const ApiError &error);
    bool expired() const;

    FashnClient *m_client;
    QString m_id;
    PollPlan m_plan;
    qint64 m_submittedAtMs;
    qint64 m_expiresAtMs = -1;
    Clock *m_clock;
    QPointer<StatusScheduler> m_scheduler;
    QTimer m_timer; // the next request; with a scheduler only the expiry
    int m_requests = 0;
    bool m_running = false;
    PredictionStatus m_last = PredictionStatus::Unknown;
    int m_generation = 0;        // bumped by stop(): replies of an earlier run are ignored
    bool m_inFlight = false;     // a status request is out; the timer is re-armed on its reply
    int m_transientErrors = 0;   // consecutive errors the poller rides out with backoff
    qint64 m_troubleSinceMs = 0; // when the first of them came
    qint64 m_giveUpAfterMs = -1;
    qint64 m_serverWaitMs = -1;    // the last error's Retry-After
    qint64 m_armedDelayMs = 0;     // the wait arm() chose last
    qint64 m_dueAtMs = -1;         // the next request without a scheduler, on m_clock
    qint64 m_scheduleOriginMs = 0; // submit time, moved when a late-queued job starts processing
};

} // namespace fr

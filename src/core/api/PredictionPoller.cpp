#include "PredictionPoller.h"

#include "FashnClient.h"
#include "RateBudget.h"
#include "StatusScheduler.h"

#include <QRandomGenerator>
#include <limits>

namespace fr {

PredictionPoller::PredictionPoller(FashnClient *client, const QString &predictionId,
                                   const PollPlan &plan, qint64 submittedAtMs, QObject *parent,
                                   Clock *clock)
    : QObject(parent), m_client(client), m_id(predictionId), m_plan(plan),
      m_submittedAtMs(submittedAtMs), m_clock(clock ? clock : Clock::system()),
      m_scheduleOriginMs(submittedAtMs)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PredictionPoller::onTimer);
}

PredictionPoller::~PredictionPoller()
{
    if (m_scheduler)
        m_scheduler->remove(this);
}

void PredictionPoller::setScheduler(StatusScheduler *scheduler)
{
    m_scheduler = scheduler;
}

void PredictionPoller::start()
{
    if (m_running)
        return;
    m_running = true;
    m_transientErrors = 0;
    if (m_scheduler)
        m_scheduler->add(this, m_plan.durationKey, double(m_plan.expectedMs), m_submittedAtMs);
    if (!m_inFlight)
        arm();
}

void PredictionPoller::stop()
{
    if (m_scheduler)
        m_scheduler->remove(this);
    m_running = false;
    m_timer.stop();
    ++m_generation;
    m_inFlight = false;
}

bool PredictionPoller::expired() const
{
    return m_expiresAtMs >= 0 && m_clock->monotonicMs() >= m_expiresAtMs;
}

void PredictionPoller::fail(const ApiError &error)
{
    stop();
    emit failed(error);
}

void PredictionPoller::arm()
{
    if (!m_running)
        return;
    if (expired()) {
        ApiError error;
        error.kind = ApiErrorKind::OutputExpired;
        error.message = QStringLiteral("prediction %1 expired before it finished").arg(m_id);
        fail(error);
        return;
    }
    const qint64 now = m_clock->monotonicMs();
    qint64 delay = nextPollDelayMs(m_plan, now - m_scheduleOriginMs, m_last);
    if (m_transientErrors > 0) {
        // Ride out server and network trouble with a growing pause; never give up on our own.
        const qint64 base = qMax<qint64>(1, qint64(1000 * m_plan.timeScale));
        const qint64 cap = qMax<qint64>(base, qint64(30000 * m_plan.timeScale));
        const qint64 backoff = backoffDelayMs(m_transientErrors, base, cap,
                                              QRandomGenerator::global()->generateDouble());
        delay = qMax(delay, base + backoff);
        if (m_serverWaitMs > 0) // the server's own word, within the give-up time
            delay = qMax(delay, m_giveUpAfterMs >= 0 ? qMin(m_serverWaitMs, m_giveUpAfterMs)
                                                     : m_serverWaitMs);
    }
    if (m_expiresAtMs >= 0)
        delay = qMin(delay, qMax<qint64>(1, m_expiresAtMs - now));
    m_armedDelayMs = delay;
    if (m_scheduler) {
        // The scheduler times the requests; this timer only notices the expiry.
        if (m_transientErrors > 0)
            m_scheduler->holdUntil(this, now + delay);
        else
            m_scheduler->wake();
        if (m_expiresAtMs < 0) {
            m_timer.stop();
            return;
        }
        delay = qMax<qint64>(1, m_expiresAtMs - now);
    } else {
        m_dueAtMs = now + delay;
    }
    m_timer.start(int(qMin<qint64>(delay, std::numeric_limits<int>::max())));
}

void PredictionPoller::onTimer()
{
    if (m_scheduler) {
        if (m_running && expired())
            arm(); // reports the expiry
        return;
    }
    if (!m_running || m_inFlight)
        return;
    // The timer runs on real time, the schedule on the injected clock: poll only when the
    // clock says it is due (the two agree to the millisecond with the system clock).
    const qint64 now = m_clock->monotonicMs();
    if (now < m_dueAtMs) {
        m_timer.start(int(qMin<qint64>(m_dueAtMs - now, std::numeric_limits<int>::max())));
        return;
    }
    poll();
}

qint64 PredictionPoller::nextPollAtMs() const
{
    return m_running && !m_inFlight && !m_scheduler ? m_dueAtMs : -1;
}

void PredictionPoller::wake()
{
    if (!m_running || m_inFlight)
        return;
    if (m_scheduler) {
        if (expired())
            arm(); // reports the expiry
        else
            m_scheduler->wake();
        return;
    }
    onTimer();
}

bool PredictionPoller::pollNow()
{
    if (!m_running || m_inFlight)
        return false;
    poll();
    return m_inFlight;
}

void PredictionPoller::poll()
{
    if (!m_running || m_inFlight)
        return;
    if (expired()) {
        arm(); // reports the expiry
        return;
    }
    m_inFlight = true;
    ++m_requests;
    const int generation = m_generation;
    m_client->status(m_id, this, [this, generation](const StatusResult &result) {
        if (generation != m_generation)
            return;
        m_inFlight = false;
        onReply(result);
    });
}

void PredictionPoller::onReply(const StatusResult &result)
{
    if (!m_running)
        return;
    if (result.error.isError()) {
        switch (result.error.kind) {
        case ApiErrorKind::Unauthorized:
        case ApiErrorKind::NotFound:
        case ApiErrorKind::BadRequest:
        case ApiErrorKind::InsecureUrl:
        case ApiErrorKind::MissingKey:
        case ApiErrorKind::OutOfCredits:
            fail(result.error);
            return;
        default: {
            // 5xx, network, timeouts, rate limits and odd replies: the client already retried;
            // the prediction goes on regardless, so keep asking, more slowly, and say so.
            const qint64 now = m_clock->monotonicMs();
            if (m_transientErrors++ == 0)
                m_troubleSinceMs = now;
            if (m_giveUpAfterMs >= 0 && now - m_troubleSinceMs >= m_giveUpAfterMs) {
                ApiError error = result.error;
                error.message = QStringLiteral("no readable status for %1 s; the last answer: %2")
                                    .arg((now - m_troubleSinceMs + 999) / 1000)
                                    .arg(error.message);
                fail(error);
                return;
            }
            m_serverWaitMs = result.error.retryAfterMs;
            arm();
            if (m_running)
                emit troubled(result.error, m_armedDelayMs);
            return;
        }
        }
    }
    m_transientErrors = 0;
    m_serverWaitMs = -1;

    const PredictionStatus previous = m_last;
    const qint64 now = m_clock->monotonicMs();
    if (m_scheduler)
        m_scheduler->looked(this, result.status, now);
    if (result.status == PredictionStatus::Processing &&
        (previous == PredictionStatus::Starting || previous == PredictionStatus::InQueue) &&
        now - m_scheduleOriginMs > qint64(0.8 * m_plan.expectedMs * m_plan.timeScale)) {
        // It waited in a queue for most of its expected time and only now began its work:
        // the expected duration counts from here.
        m_scheduleOriginMs = now;
    }
    m_last = result.status;
    if (result.status != previous)
        emit statusChanged(result);
    if (isTerminal(result.status)) {
        stop();
        emit finished(result);
        return;
    }
    arm();
}

} // namespace fr

#pragma once

#include <QList>

namespace fr {

struct RateLimit
{
    int requests = 50;
    int windowMs = 10000;
};

// A sliding-window budget for one endpoint: at most `requests` sends in any `windowMs`.
// Pure bookkeeping over a caller-supplied clock reading.
class RateBudget
{
public:
    explicit RateBudget(RateLimit limit = {}) : m_limit(limit) {}
    void setLimit(RateLimit limit) { m_limit = limit; }
    RateLimit limit() const { return m_limit; }
    // Milliseconds to wait before a send is allowed at nowMs (0 = send now).
    qint64 delayMs(qint64 nowMs) const;
    // Records a send at nowMs; only call when delayMs(nowMs) == 0.
    void record(qint64 nowMs);
    // After a 429 RateLimitExceeded the server's window is full: wait at least this long.
    void blockUntil(qint64 untilMs) { m_blockedUntil = qMax(m_blockedUntil, untilMs); }
    int usedIn(qint64 nowMs) const;

private:
    void prune(qint64 nowMs) const;
    RateLimit m_limit;
    mutable QList<qint64> m_sends;
    qint64 m_blockedUntil = 0;
};

// Capped exponential backoff with full jitter: attempt 0 -> up to baseMs, doubling, at most maxMs.
// jitter01 in [0,1) is injected so tests are deterministic.
qint64 backoffDelayMs(int attempt, qint64 baseMs, qint64 maxMs, double jitter01);

} // namespace fr

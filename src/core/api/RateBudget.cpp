#include "RateBudget.h"

#include <QtGlobal>
#include <algorithm>
#include <cmath>

namespace fr {

void RateBudget::prune(qint64 nowMs) const
{
    // A send at time s occupies the window (s, s + windowMs].
    while (!m_sends.isEmpty() && m_sends.first() + m_limit.windowMs <= nowMs)
        m_sends.removeFirst();
}

qint64 RateBudget::delayMs(qint64 nowMs) const
{
    prune(nowMs);
    qint64 delay = qMax<qint64>(0, m_blockedUntil - nowMs);
    const int allowed = qMax(1, m_limit.requests);
    if (m_sends.size() >= allowed) {
        // The oldest send that must leave the window before one more fits.
        const qint64 oldest = m_sends.at(m_sends.size() - allowed);
        delay = qMax(delay, oldest + m_limit.windowMs - nowMs);
    }
    return delay;
}

void RateBudget::record(qint64 nowMs)
{
    prune(nowMs);
    // Keep the list sorted even if a caller's clock reading is slightly out of order.
    auto it = std::upper_bound(m_sends.begin(), m_sends.end(), nowMs);
    m_sends.insert(it, nowMs);
}

int RateBudget::usedIn(qint64 nowMs) const
{
    prune(nowMs);
    return int(m_sends.size());
}

qint64 backoffDelayMs(int attempt, qint64 baseMs, qint64 maxMs, double jitter01)
{
    if (baseMs <= 0 || maxMs <= 0)
        return 0;
    attempt = qBound(0, attempt, 40); // 2^40 s is far beyond any cap; avoids overflow
    const double ceiling = std::min(double(maxMs), double(baseMs) * std::ldexp(1.0, attempt));
    const double jitter = qBound(0.0, jitter01, 1.0);
    // Full jitter: uniform in [0, ceiling]; jitter01 < 1 keeps it strictly below the ceiling.
    return qMin<qint64>(maxMs, qint64(std::floor(ceiling * jitter)));
}

} // namespace fr

#pragma once

#include <QtGlobal>
#include <deque>

namespace fr {

// A sliding window: at most `limit` events in any `windowMs` span.
class RateWindow
{
public:
    RateWindow(int limit = 0, qint64 windowMs = 0) : m_limit(limit), m_windowMs(windowMs) {}

    // Records an event at nowMs when the window has room; returns false (recording nothing)
    // when it is full.
    bool tryAcquire(qint64 nowMs);
    int used(qint64 nowMs);
    // Milliseconds until the next event would be accepted (0 when there is room now).
    qint64 msUntilFree(qint64 nowMs);

private:
    void expire(qint64 nowMs);

    int m_limit = 0;
    qint64 m_windowMs = 0;
    std::deque<qint64> m_events;
};

} // namespace fr

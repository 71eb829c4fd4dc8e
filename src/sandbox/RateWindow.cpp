#include "RateWindow.h"

namespace fr {

void RateWindow::expire(qint64 nowMs)
{
    while (!m_events.empty() && m_events.front() <= nowMs - m_windowMs)
        m_events.pop_front();
}

bool RateWindow::tryAcquire(qint64 nowMs)
{
    expire(nowMs);
    if (int(m_events.size()) >= m_limit)
        return false;
    m_events.push_back(nowMs);
    return true;
}

int RateWindow::used(qint64 nowMs)
{
    expire(nowMs);
    return int(m_events.size());
}

qint64 RateWindow::msUntilFree(qint64 nowMs)
{
    expire(nowMs);
    if (int(m_events.size()) < m_limit)
        return 0;
    if (m_events.empty())
        return m_windowMs; // limit 0: never free; report one window
    return m_events.front() + m_windowMs - nowMs;
}

} // namespace fr

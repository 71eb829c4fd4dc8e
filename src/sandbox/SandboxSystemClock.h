#pragma once

#include "core/api/Clock.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace fr {

// The real clock, for a sandbox whose options name none.
class SandboxSystemClock : public Clock
{
public:
    SandboxSystemClock() { m_timer.start(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }

private:
    QElapsedTimer m_timer;
};

} // namespace fr

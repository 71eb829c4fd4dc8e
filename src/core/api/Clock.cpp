#include "Clock.h"

namespace fr {

namespace {

class SystemClock : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }

private:
    QElapsedTimer m_timer;
};

} // namespace

Clock *Clock::system()
{
    // Function-local static: thread-safe initialisation, lives for the whole process.
    static SystemClock clock;
    return &clock;
}

} // namespace fr

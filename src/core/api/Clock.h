#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace fr {

// Time source injected wherever time decides behaviour (budgets, backoff, polling, expiry),
// so tests can move time by hand.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 monotonicMs() const = 0;
    virtual QDateTime now() const = 0;

    static Clock *system(); // process-wide default, never null
};

class ManualClock : public Clock
{
public:
    qint64 monotonicMs() const override { return m_ms; }
    QDateTime now() const override { return m_epoch.addMSecs(m_ms); }
    void advance(qint64 ms) { m_ms += ms; }
    void set(qint64 ms) { m_ms = ms; }

private:
    qint64 m_ms = 0;
    QDateTime m_epoch = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
};

} // namespace fr

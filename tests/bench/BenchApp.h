#pragma once

// A QApplication for the widget benchmarks that names the events behind a stall.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMetaEnum>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace fr::bench {

// Times every event the UI thread's loop hands out (not the nested ones), by the thread's own CPU
// time as well as by the wall clock: on a busy shared machine the heartbeat also counts time the
// thread was not scheduled, the CPU time says what the studio itself did. The slowest events
// name their receiver, so a stall points at its cause.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Slow
    {
        double cpuMs = 0, wallMs = 0;
        double queuedMs = 0; // runnable but not running: the machine was busy elsewhere
        QString what;
    };

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Only the UI thread's own loop: notify() also runs for events of worker threads.
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (m_depth++ > 0 || !m_recording) {
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            return r;
        }
        const double cpu0 = threadCpuMs();
        const double queued0 = runQueueMs();
        // Time between two events is the loop's own (polling, timers, glib): a stall there
        // has no receiver to blame, but its CPU share still tells work from waiting.
        if (m_lastEnd.isValid() && m_lastEnd.nsecsElapsed() > 16'000'000) {
            m_slow.push_back({cpu0 - m_lastEndCpu, m_lastEnd.nsecsElapsed() / 1e6,
                              queued0 - m_lastEndQueued,
                              QStringLiteral("(the event loop between events)")});
        }
        QElapsedTimer wall;
        wall.start();
        const QEvent::Type type = event->type(); // the event may be gone afterwards
        const QString name = QString::fromLatin1(receiver->metaObject()->className()) +
                             QLatin1Char('/') + receiver->objectName();
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        const double cpu = threadCpuMs() - cpu0;
        const double queued = runQueueMs() - queued0;
        m_lastEnd.start();
        m_lastEndCpu = cpu0 + cpu;
        m_lastEndQueued = queued0 + queued;
        // (CPU above wall time is a clock read across a CPU migration, not a measurement.)
        if ((cpu > 4.0 || wall.nsecsElapsed() > 16'000'000) &&
            cpu <= wall.nsecsElapsed() / 1e6 + 1) {
            m_slow.push_back({cpu, wall.nsecsElapsed() / 1e6, queued,
                              name + QLatin1Char(' ') +
                                  QString::fromLatin1(
                                      QMetaEnum::fromType<QEvent::Type>().valueToKey(int(type)))});
        }
        return r;
    }
    void record(bool on) { m_recording = on; }
    // The events that kept the UI thread busiest, by CPU time (or wall time), slowest first.
    std::vector<Slow> slowest(size_t n, bool byWall = false) const
    {
        std::vector<Slow> all = m_slow;
        std::sort(all.begin(), all.end(), [byWall](const Slow &a, const Slow &b) {
            return byWall ? a.wallMs > b.wallMs : a.cpuMs > b.cpuMs;
        });
        all.resize(std::min(n, all.size()));
        return all;
    }
    // Time this thread spent waiting for a CPU (Linux schedstat); 0 where unknown.
    static double runQueueMs()
    {
        FILE *f = std::fopen("/proc/thread-self/schedstat", "r");
        if (!f)
            return 0;
        unsigned long long running = 0, waiting = 0;
        const int n = std::fscanf(f, "%llu %llu", &running, &waiting);
        std::fclose(f);
        return n == 2 ? waiting / 1e6 : 0;
    }
    static double threadCpuMs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
    }

private:
    int m_depth = 0;
    bool m_recording = false;
    QElapsedTimer m_lastEnd;
    double m_lastEndCpu = 0, m_lastEndQueued = 0;
    std::vector<Slow> m_slow;
};

} // namespace fr::bench

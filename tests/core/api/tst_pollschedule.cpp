#include "core/api/PollSchedule.h"

#include <QTest>
#include <algorithm>
#include <cmath>

using namespace fr;

namespace {

struct SimulationFigures
{
    double requestRatio = 0;  // our status requests / those of a fixed 1 s poller
    double medianDelayMs = 0; // completion -> detection
    double worstJobRatio = 0;
};

// Deterministic: durations spread evenly over [0.85E, 1.15E].
SimulationFigures simulate(const QList<int> &expectedSeconds, int samplesPerE)
{
    qint64 ours = 0;
    qint64 fixed = 0;
    QList<double> delays;
    SimulationFigures figures;
    for (int e : expectedSeconds) {
        const qint64 expectedMs = e * 1000;
        qint64 oursForE = 0;
        qint64 fixedForE = 0;
        for (int i = 0; i < samplesPerE; ++i) {
            const double duration = expectedMs * (0.85 + 0.3 * (i + 0.5) / samplesPerE);
            PollPlan plan;
            plan.expectedMs = expectedMs;
            qint64 t = 0;
            int requests = 0;
            PredictionStatus last = PredictionStatus::Unknown;
            while (true) {
                t += nextPollDelayMs(plan, t, last);
                ++requests;
                last = PredictionStatus::Processing;
                if (t >= duration)
                    break;
            }
            oursForE += requests;
            fixedForE += qint64(std::ceil(duration / 1000.0));
            delays.append(double(t) - duration);
        }
        ours += oursForE;
        fixed += fixedForE;
        figures.worstJobRatio = std::max(figures.worstJobRatio, double(oursForE) / fixedForE);
    }
    std::sort(delays.begin(), delays.end());
    figures.requestRatio = double(ours) / double(fixed);
    figures.medianDelayMs = delays.at(delays.size() / 2);
    return figures;
}

} // namespace

class TestPollSchedule : public QObject
{
    Q_OBJECT
private slots:
    void simulationMeetsGoal()
    {
        const SimulationFigures figures = simulate({5, 8, 15, 16, 24, 40, 65, 115}, 400);
        qInfo("request ratio %.3f, median detection delay %.0f ms, worst per-E ratio %.2f",
              figures.requestRatio, figures.medianDelayMs, figures.worstJobRatio);
        QVERIFY2(figures.requestRatio <= 0.30, qPrintable(QString::number(figures.requestRatio)));
        QVERIFY2(figures.medianDelayMs <= 1000, qPrintable(QString::number(figures.medianDelayMs)));
        // Short jobs cannot reach 0.3 on their own, but must not be worse than the 1 s poller.
        QVERIFY(figures.worstJobRatio < 1.0);
    }

    void eachExpectedDurationDetectsPromptly()
    {
        for (int e : {5, 8, 15, 16, 24, 40, 65, 115}) {
            const SimulationFigures figures = simulate({e}, 200);
            QVERIFY2(figures.medianDelayMs <= 1000, qPrintable(QString::number(e)));
        }
    }

    void delaysArePositiveAndCapped()
    {
        PollPlan plan;
        for (qint64 expected : {1000, 5000, 20000, 120000}) {
            plan.expectedMs = expected;
            for (qint64 t = 0; t < 20 * 60 * 1000; t += 137) {
                for (auto status : {PredictionStatus::Unknown, PredictionStatus::Starting,
                                    PredictionStatus::InQueue, PredictionStatus::Processing}) {
                    const qint64 d = nextPollDelayMs(plan, t, status);
                    QVERIFY(d >= 1);
                    QVERIFY(d <= std::max<qint64>(15000, expected));
                }
            }
        }
    }

    void nextPollTimeIsMonotonic()
    {
        // A later call never schedules an earlier poll: t + delay(t) does not decrease.
        PollPlan plan;
        plan.expectedMs = 40000;
        qint64 previous = 0;
        for (qint64 t = 0; t < 10 * 60 * 1000; t += 50) {
            const qint64 next = t + nextPollDelayMs(plan, t, PredictionStatus::Processing);
            QVERIFY2(next >= previous, qPrintable(QString::number(t)));
            previous = next;
        }
    }

    void shape()
    {
        PollPlan plan;
        plan.expectedMs = 100000;
        // First look well before the expected end, not at 1 s.
        const qint64 first = nextPollDelayMs(plan, 0, PredictionStatus::Unknown);
        QVERIFY(first >= 60000 && first <= 80000);
        // Close polling around the expected end.
        QVERIFY(nextPollDelayMs(plan, 100000, PredictionStatus::Processing) <= 1200);
        QVERIFY(nextPollDelayMs(plan, 100000, PredictionStatus::Processing) >= 800);
        // Backing off past it, reaching the 15 s cap.
        const qint64 late = nextPollDelayMs(plan, 130000, PredictionStatus::Processing);
        QVERIFY(late > 1200);
        QCOMPARE(nextPollDelayMs(plan, 3600000, PredictionStatus::Processing), 15000);
        // Short jobs: the first look is at least 1 s in.
        plan.expectedMs = 500;
        QVERIFY(nextPollDelayMs(plan, 0, PredictionStatus::Unknown) >= 1000);
    }

    void lateQueuedJobKeepsSteadyInterval()
    {
        PollPlan plan;
        plan.expectedMs = 20000;
        const qint64 a = nextPollDelayMs(plan, 40000, PredictionStatus::InQueue);
        const qint64 b = nextPollDelayMs(plan, 200000, PredictionStatus::InQueue);
        QCOMPARE(a, b);
        QVERIFY(b < nextPollDelayMs(plan, 200000, PredictionStatus::Processing));
        QCOMPARE(nextPollDelayMs(plan, 40000, PredictionStatus::Starting), a);
    }

    void timeScaleScalesEveryDelay()
    {
        PollPlan plan;
        plan.expectedMs = 20000;
        PollPlan scaled = plan;
        scaled.timeScale = 0.1;
        for (qint64 t : {0, 5000, 15000, 17000, 20000, 25000, 60000, 600000}) {
            const qint64 full = nextPollDelayMs(plan, t, PredictionStatus::Processing);
            const qint64 small = nextPollDelayMs(scaled, t / 10, PredictionStatus::Processing);
            QVERIFY2(std::abs(full / 10 - small) <= 1, qPrintable(QString::number(t)));
        }
    }
};

QTEST_GUILESS_MAIN(TestPollSchedule)
#include "tst_pollschedule.moc"

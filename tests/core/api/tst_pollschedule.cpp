#include "../../support/ScriptedHttpServer.h"
#include "core/api/FashnClient.h"
#include "core/api/PollSchedule.h"
#include "core/api/PredictionPoller.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace fr;
using namespace fr::test;

namespace {

struct SimulationFigures
{
    bool ok = false;
    QString problem;
    double requestRatio = 0;  // our status requests / those of a fixed 1 s poller
    double medianDelayMs = 0; // completion -> detection
    double worstJobRatio = 0;
};

// The real PredictionPoller, FashnClient and HTTP, against a loopback server that answers
// `processing` until the prediction's duration has passed on a manual clock, then `completed`.
// The test moves the clock to each request the poller has scheduled and lets it ask, so what is
// measured is the poller's own loop, not a copy of it. Deterministic: durations spread evenly
// over [0.85E, 1.15E].
SimulationFigures simulate(const QList<int> &expectedSeconds, int samplesPerE)
{
    SimulationFigures figures;
    ManualClock clock;
    qint64 durationMs = 0;
    ScriptedHttpServer server;
    if (!server.listen()) {
        figures.problem = QStringLiteral("no loopback server");
        return figures;
    }
    server.setHandler([&](const ReceivedRequest &) {
        if (clock.monotonicMs() < durationMs)
            return ScriptedReply::json(200, R"({"id":"p","status":"processing","error":null})");
        return ScriptedReply::json(
            200, R"({"id":"p","status":"completed","output":["https://cdn.fashn.ai/p/o.png"],)"
                 R"("error":null})");
    });
    QNetworkAccessManager nam;
    ClientConfig config;
    config.baseUrl = server.url();
    config.apiKey = QStringLiteral("fa-test-key");
    config.statusLimit = {1000000, 1000};
    FashnClient client(&nam, config, nullptr, &clock);

    qint64 ours = 0;
    qint64 fixed = 0;
    QList<double> delays;
    for (int e : expectedSeconds) {
        const qint64 expectedMs = e * 1000;
        qint64 oursForE = 0;
        qint64 fixedForE = 0;
        for (int i = 0; i < samplesPerE; ++i) {
            durationMs = qint64(expectedMs * (0.85 + 0.3 * (i + 0.5) / samplesPerE));
            clock.set(0);
            PollPlan plan;
            plan.expectedMs = expectedMs;
            PredictionPoller poller(&client, QStringLiteral("p"), plan, 0, nullptr, &clock);
            QSignalSpy finished(&poller, &PredictionPoller::finished);
            QSignalSpy failed(&poller, &PredictionPoller::failed);
            poller.start();
            while (finished.isEmpty()) {
                const qint64 due = poller.nextPollAtMs();
                if (due < 0 || !failed.isEmpty() || poller.requestCount() > 1000) {
                    figures.problem = QStringLiteral("E %1 s: the poller stopped asking").arg(e);
                    return figures;
                }
                clock.set(std::max(clock.monotonicMs(), due));
                const int before = poller.requestCount();
                poller.wake();
                if (poller.requestCount() != before + 1) {
                    figures.problem = QStringLiteral("E %1 s: no request when due").arg(e);
                    return figures;
                }
                // The reply: the poller schedules its next request or finishes.
                QDeadlineTimer deadline(10000);
                while (poller.nextPollAtMs() < 0 && finished.isEmpty() && failed.isEmpty() &&
                       !deadline.hasExpired())
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
            }
            oursForE += poller.requestCount();
            fixedForE += qint64(std::ceil(durationMs / 1000.0));
            delays.append(double(clock.monotonicMs() - durationMs));
        }
        ours += oursForE;
        fixed += fixedForE;
        figures.worstJobRatio = std::max(figures.worstJobRatio, double(oursForE) / fixedForE);
    }
    std::sort(delays.begin(), delays.end());
    figures.ok = true;
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
        const SimulationFigures figures = simulate({5, 8, 15, 16, 24, 40, 65, 115}, 60);
        QVERIFY2(figures.ok, qPrintable(figures.problem));
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
            const SimulationFigures figures = simulate({e}, 25);
            QVERIFY2(figures.ok, qPrintable(figures.problem));
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

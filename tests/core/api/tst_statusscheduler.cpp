#include "core/api/FashnClient.h"
#include "core/api/PredictionPoller.h"
#include "core/api/StatusScheduler.h"
#include "support/ScriptedHttpServer.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <memory>
#include <random>

using namespace fr;
using fr::test::ReceivedRequest;
using fr::test::ScriptedHttpServer;
using fr::test::ScriptedReply;

namespace {

// A duration source that says what the test wants and remembers what it was told.
class FixedDurations : public DurationSource
{
public:
    double ratio = 0.9;
    double sigma = 0.1;
    QList<double> recorded;
    QList<DurationObservation> observations;
    DurationEstimate estimate(const QString &, double catalogMs, const QDateTime &,
                              const QDateTime &) const override
    {
        return {catalogMs * ratio, sigma, 1};
    }
    void record(const DurationObservation &o) override
    {
        recorded << o.observedMs;
        observations << o;
    }
};

struct Walk
{
    double lateMs = 0;
    int looks = 0;
};

// Predictions followed by the real StatusScheduler, PredictionPoller and FashnClient over HTTP,
// against a loopback server that answers from a manual clock: in_queue until the prediction
// starts processing, processing until it ends, then completed. The clock jumps to each look the
// scheduler has placed, so what is measured is the scheduler's own loop, not a copy of it.
class Simulation
{
public:
    Simulation()
    {
        m_ok = m_server.listen();
        m_server.setHandler([this](const ReceivedRequest &) {
            const qint64 now = clock.monotonicMs();
            const char *status = now < m_startAt ? "in_queue" : now < m_endAt ? "processing" : "";
            if (*status)
                return ScriptedReply::json(200, QByteArray(R"({"id":"p","error":null,"status":")") +
                                                    status + "\"}");
            return ScriptedReply::json(200, "{\"id\":\"p\",\"error\":null,\"status\":"
                                            "\"completed\",\"output\":[\"https://cdn.fashn.ai/"
                                            "p/o.png\"]}");
        });
        ClientConfig config;
        config.baseUrl = m_server.url();
        config.apiKey = "fa-test-key";
        config.statusLimit = {1000000, 1000};
        m_client = std::make_unique<FashnClient>(&m_nam, config, nullptr, &clock);
    }
    bool ok() const { return m_ok; }

    // One prediction sent now that starts processing startMs later and ends endMs after it
    // was sent. Returns how late its completion was seen and how many looks that took.
    Walk walk(StatusScheduler &s, double catalogMs, qint64 startMs, qint64 endMs)
    {
        const qint64 sent = clock.monotonicMs();
        m_startAt = sent + startMs;
        m_endAt = sent + endMs;
        PollPlan plan;
        plan.expectedMs = qint64(catalogMs);
        PredictionPoller poller(m_client.get(), QStringLiteral("p"), plan, sent, nullptr, &clock);
        poller.setScheduler(&s);
        QSignalSpy finished(&poller, &PredictionPoller::finished);
        poller.start();
        QDeadlineTimer guard(20000);
        while (finished.isEmpty() && !guard.hasExpired()) {
            const qint64 due = s.nextDueMs(); // -1 while a look is out
            if (due > clock.monotonicMs()) {
                clock.set(due);
                s.wake();
            }
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        Walk w;
        w.looks = finished.isEmpty() ? -1 : poller.requestCount();
        w.lateMs = double(clock.monotonicMs() - m_endAt);
        return w;
    }

    ManualClock clock;

private:
    bool m_ok = false;
    ScriptedHttpServer m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<FashnClient> m_client;
    qint64 m_startAt = 0;
    qint64 m_endAt = 0;
};

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[qsizetype(p * double(v.size() - 1))];
}

} // namespace

class TestStatusScheduler : public QObject
{
    Q_OBJECT

private slots:
    void anchorsOnTheFirstProcessingStatus()
    {
        FixedDurations d;
        StatusScheduler s(&d, {50, 10000});
        StatusScheduler::Track t;
        t.catalogMs = 20000;
        t.submittedMs = 0;
        t.queueLookMs = 10000;
        t.processingSeenMs = 12000;
        t.lastLookMs = 12000;
        QCOMPARE(StatusScheduler::anchorMs(t), 11000);
        const qint64 first = s.nextLookMs(t);
        // The window opens at m * exp(-1.9 s) after the anchor (m = 18 s, s widened a little
        // by not knowing the start to better than 2 s).
        QVERIFY2(first > 11000 + 14000 && first < 11000 + 16000,
                 qPrintable(QString::number(first)));
        // Held in the queue 60 s longer: the look moves with the start, not the submission.
        StatusScheduler::Track late = t;
        late.queueLookMs += 60000;
        late.processingSeenMs += 60000;
        late.lastLookMs += 60000;
        QCOMPARE(s.nextLookMs(late), first + 60000);
    }

    void sparseWhileQueued()
    {
        FixedDurations d;
        StatusScheduler s(&d, {50, 10000});
        StatusScheduler::Track t;
        t.catalogMs = 40000;
        t.queueLookMs = 0;
        t.lastLookMs = 5000;
        QCOMPARE(s.nextLookMs(t), 5000 + 4000); // 10% of the catalog time
    }

    void learnedExpectationMovesTheLooks()
    {
        FixedDurations d;
        StatusScheduler s(&d, {50, 10000});
        StatusScheduler::Track t;
        t.catalogMs = 40000;
        t.processingSeenMs = 1000;
        t.queueLookMs = 1000;
        t.lastLookMs = 1000;
        const qint64 usual = s.nextLookMs(t);
        d.ratio = 1.8; // the server is twice as slow
        QVERIFY(std::abs(double(s.nextLookMs(t) - 1000) - double(usual - 1000) * 2.0) <= 2);
    }

    void timeScaleShrinksEveryGap()
    {
        FixedDurations d;
        StatusScheduler unscaled(&d, {50, 10000}, 1.0);
        StatusScheduler scaled(&d, {50, 10000}, 0.1);
        StatusScheduler::Track t;
        t.catalogMs = 30000;
        t.processingSeenMs = 0;
        t.queueLookMs = 0;
        t.lastLookMs = 30000;
        StatusScheduler::Track ts = t;
        ts.lastLookMs = 3000;
        QVERIFY(std::abs(double(scaled.nextLookMs(ts)) - unscaled.nextLookMs(t) / 10.0) <= 1);
    }

    // Learned (s = 0.1) and durations within +-15%: completion seen within about a second,
    // for about a third of a 1 s poller's requests.
    void learnedLooksAreCloseAndFew()
    {
        Simulation sim;
        QVERIFY(sim.ok());
        FixedDurations d;
        d.sigma = 0.09;
        StatusScheduler s(&d, {50, 10000}, 1.0, &sim.clock);
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> jitter(-0.15, 0.15);
        QList<double> late;
        double looks = 0, oneSecond = 0;
        for (int i = 0; i < 300; ++i) {
            const double catalog = 40000;
            const double total = catalog * (1 + jitter(rng));
            const qint64 start = qint64(0.15 * total);
            const qint64 end = qint64(total);
            const Walk w = sim.walk(s, catalog, start, end);
            QVERIFY2(w.looks > 0, "the prediction was never seen completed");
            late << w.lateMs;
            looks += w.looks;
            oneSecond += std::ceil(total / 1000.0);
        }
        QVERIFY2(percentile(late, 0.5) <= 600, qPrintable(QString::number(percentile(late, 0.5))));
        QVERIFY2(percentile(late, 0.95) <= 1500,
                 qPrintable(QString::number(percentile(late, 0.95))));
        QVERIFY2(looks / oneSecond <= 0.35, qPrintable(QString::number(looks / oneSecond)));
    }

    // Cold (s = 0.5, the catalog alone) the first job is still seen at most 3 s late at p95,
    // whatever the server's load turns out to be.
    void coldStartIsNeverFarBehind()
    {
        Simulation sim;
        QVERIFY(sim.ok());
        FixedDurations d;
        d.sigma = 0.5;
        StatusScheduler s(&d, {50, 10000}, 1.0, &sim.clock);
        std::mt19937 rng(3);
        std::lognormal_distribution<double> load(0.0, 0.5);
        QList<double> late;
        for (int i = 0; i < 400; ++i) {
            const double catalog = 16000 + 1000.0 * (i % 100);
            const double total = catalog * load(rng);
            const Walk w = sim.walk(s, catalog, qint64(0.15 * total), qint64(total));
            QVERIFY2(w.looks > 0, "the prediction was never seen completed");
            late << w.lateMs;
        }
        QVERIFY2(percentile(late, 0.95) <= 3000,
                 qPrintable(QString::number(percentile(late, 0.95))));
    }

    void likelierCompletionRanksFirst()
    {
        FixedDurations d;
        StatusScheduler s(&d, {50, 10000});
        StatusScheduler::Track nearEnd;
        nearEnd.catalogMs = 20000;
        nearEnd.processingSeenMs = nearEnd.queueLookMs = 0;
        nearEnd.lastLookMs = 17000; // m = 18 s
        StatusScheduler::Track early = nearEnd;
        early.lastLookMs = 1000;
        StatusScheduler::Track queued;
        queued.catalogMs = 20000;
        queued.lastLookMs = 17000;
        QVERIFY(s.completionChance(nearEnd, 18500) > s.completionChance(early, 2500));
        // A prediction never seen processing is not starved: its chance grows while it waits.
        QVERIFY(s.completionChance(queued, 18500) > 0);
        QVERIFY(s.completionChance(queued, 40000) > 2 * s.completionChance(queued, 18500));
        QCOMPARE(s.completionChance(nearEnd, 17000), 0.0);
    }

    // Many predictions, one budget: the server never sees more than the budget in any window,
    // the time being the manual clock's.
    void sharesTheBudget()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        ManualClock clock;
        QList<qint64> seen;
        server.setHandler([&](const ReceivedRequest &) {
            seen << clock.monotonicMs();
            return ScriptedReply::json(200, R"({"id":"p","status":"processing","error":null})");
        });
        QNetworkAccessManager nam;
        ClientConfig config;
        config.baseUrl = server.url();
        config.apiKey = "fa-test-key";
        config.statusLimit = {1000000, 1000};
        FashnClient client(&nam, config, nullptr, &clock);
        FixedDurations d;
        d.sigma = 0.5; // cold: every prediction wants close looks
        StatusScheduler scheduler(&d, {5, 10000}, 1.0, &clock);
        std::vector<std::unique_ptr<PredictionPoller>> pollers;
        for (int i = 0; i < 12; ++i) {
            PollPlan plan;
            plan.expectedMs = 8000;
            auto poller = std::make_unique<PredictionPoller>(&client, QStringLiteral("p%1").arg(i),
                                                             plan, 0, nullptr, &clock);
            poller->setScheduler(&scheduler);
            poller->start();
            pollers.push_back(std::move(poller));
        }
        for (int step = 0; step < 120; ++step) {
            clock.advance(500);
            scheduler.wake();
            QTest::qWait(20); // due requests go out and come back before time moves on
        }
        QVERIFY2(seen.size() >= 25, qPrintable(QString::number(seen.size()))); // the budget is used
        for (qsizetype i = 0; i < seen.size(); ++i) {
            int inWindow = 0;
            for (qsizetype j = i; j < seen.size() && seen[j] < seen[i] + 10000; ++j)
                ++inWindow;
            QVERIFY2(inWindow <= 5,
                     qPrintable(QStringLiteral("%1 at %2").arg(inWindow).arg(seen[i])));
        }
        QCOMPARE(scheduler.requestCount(), int(seen.size()));
    }

    void recordsTheProcessingTime()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        ManualClock clock;
        QByteArray status = "in_queue";
        server.setHandler([&](const ReceivedRequest &) {
            QByteArray body = R"({"id":"p","status":")" + status + R"(","error":null)";
            if (status == "completed")
                body += R"(,"output":["https://cdn.fashn.ai/p/o.png"])";
            return ScriptedReply::json(200, body + "}");
        });
        QNetworkAccessManager nam;
        ClientConfig config;
        config.baseUrl = server.url();
        config.apiKey = "fa-test-key";
        FashnClient client(&nam, config, nullptr, &clock);
        FixedDurations d;
        d.sigma = 0.1;
        d.ratio = 0.5; // processing expected to take 10 s
        StatusScheduler scheduler(&d, {50, 10000}, 1.0, &clock);
        PollPlan plan;
        plan.expectedMs = 20000;
        plan.durationKey = "m|fast|1k";
        PredictionPoller poller(&client, "p", plan, 0, nullptr, &clock);
        poller.setScheduler(&scheduler);
        QSignalSpy finished(&poller, &PredictionPoller::finished);
        poller.start();
        auto runTo = [&](qint64 ms) {
            while (clock.monotonicMs() < ms) {
                clock.advance(100);
                scheduler.wake();
                QTest::qWait(2);
            }
        };
        runTo(30000); // queued all along
        status = "processing";
        runTo(40000); // processing seen within 1.6 s of 30 s
        status = "completed";
        runTo(60000);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(d.recorded.size(), 1);
        // Began at ~30 s (+-0.8 s), ended at 40 s (+-0.5 s): about 10 s, not 40 from submission.
        QVERIFY2(std::abs(d.recorded.first() - 10000) < 2500,
                 qPrintable(QString::number(d.recorded.first())));
        // Sent at 0, begun at ~30 s: both moments go to the history, with how finely the looks
        // bracketed the start and the end (within a second or two of 10 s: well, not fully).
        const DurationObservation &o = d.observations.first();
        QCOMPARE(o.submittedAt, clock.now().addMSecs(-clock.monotonicMs()));
        QVERIFY(std::abs(o.submittedAt.msecsTo(o.anchoredAt) - 30000) < 2500);
        QVERIFY2(o.precision > 0.2 && o.precision < 1.0, qPrintable(QString::number(o.precision)));
        QCOMPARE(scheduler.trackedCount(), 0);
    }

    // The history says 10 s with a spread of 0.1, but the server is suddenly far quicker: a
    // prediction ends at 4 s. The scheduler's next expectations widen, so the next early end
    // is looked for sooner; one that ends as expected leaves them as they were.
    void missesWidenTheWindow()
    {
        Simulation sim;
        QVERIFY(sim.ok());
        FixedDurations d;
        d.sigma = 0.1;
        d.ratio = 0.5; // 10 s of a 20 s catalog time
        StatusScheduler scheduler(&d, {1000, 10000}, 1.0, &sim.clock);
        StatusScheduler::Track fresh;
        fresh.catalogMs = 20000;
        fresh.queueLookMs = 0;
        fresh.processingSeenMs = 1000;
        fresh.lastLookMs = 1000;
        const qint64 firstLookBefore = scheduler.nextLookMs(fresh);
        QVERIFY(firstLookBefore > 8000);

        // Processing from the start, seen at the first look (2 s): the anchor is at 1 s.
        QVERIFY(sim.walk(scheduler, 20000, 0, 1000 + 10000).looks > 0); // as expected
        QCOMPARE(scheduler.nextLookMs(fresh), firstLookBefore);
        // Far quicker than the history's spread allows.
        QVERIFY(sim.walk(scheduler, 20000, 0, 1000 + 4000).looks > 0);
        const qint64 firstLookAfter = scheduler.nextLookMs(fresh);
        QVERIFY2(firstLookAfter < firstLookBefore - 1500,
                 qPrintable(QStringLiteral("%1 then %2").arg(firstLookBefore).arg(firstLookAfter)));
    }
};

QTEST_GUILESS_MAIN(TestStatusScheduler)
#include "tst_statusscheduler.moc"

#include "core/api/FashnClient.h"
#include "core/api/PredictionPoller.h"
#include "support/ScriptedHttpServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace fr;
using fr::test::ReceivedRequest;
using fr::test::ScriptedHttpServer;
using fr::test::ScriptedReply;

namespace {

QByteArray statusBody(const char *status)
{
    QByteArray body = "{\"id\":\"p1\",\"status\":\"" + QByteArray(status) + "\",\"error\":null";
    if (QByteArray(status) == "completed")
        body += ",\"output\":[\"https://cdn.fashn.ai/p1/output_0.png\"]";
    if (QByteArray(status) == "failed")
        return "{\"id\":\"p1\",\"status\":\"failed\",\"output\":null,"
               "\"error\":{\"name\":\"PoseError\",\"message\":\"no pose\"}}";
    return body + "}";
}

// Polls every ~50 ms: expected 1 s on a clock scaled by 0.05.
PollPlan fastPlan()
{
    PollPlan plan;
    plan.expectedMs = 1000;
    plan.timeScale = 0.05;
    return plan;
}

} // namespace

class TestPredictionPoller : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FashnClient> m_client;

private slots:
    void init()
    {
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->listen());
        m_nam = std::make_unique<QNetworkAccessManager>();
        ClientConfig config;
        config.baseUrl = m_server->url();
        config.apiKey = "fa-test-key";
        config.transferTimeoutMs = 3000;
        config.maxRetries = 0; // the poller's own persistence is under test
        config.backoffBaseMs = 10;
        config.backoffMaxMs = 50;
        m_client = std::make_unique<FashnClient>(m_nam.get(), config);
    }

    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
        m_server.reset();
    }

    void followsToCompletion()
    {
        m_server->enqueue(ScriptedReply::json(200, statusBody("starting")));
        m_server->enqueue(ScriptedReply::json(200, statusBody("starting")));
        m_server->enqueue(ScriptedReply::json(200, statusBody("processing")));
        m_server->enqueue(ScriptedReply::json(200, statusBody("processing")));
        m_server->enqueue(
            ScriptedReply::json(200, statusBody("completed"), {{"x-fashn-credits-used", "1"}}));
        PredictionPoller poller(m_client.get(), "p1", fastPlan(), Clock::system()->monotonicMs());
        QSignalSpy changed(&poller, &PredictionPoller::statusChanged);
        QSignalSpy finished(&poller, &PredictionPoller::finished);
        QSignalSpy failed(&poller, &PredictionPoller::failed);
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(changed.count(), 3); // starting, processing, completed: changes only
        QCOMPARE(changed.at(0).at(0).value<StatusResult>().status, PredictionStatus::Starting);
        QCOMPARE(changed.at(1).at(0).value<StatusResult>().status, PredictionStatus::Processing);
        const StatusResult done = finished.first().at(0).value<StatusResult>();
        QCOMPARE(done.status, PredictionStatus::Completed);
        QCOMPARE(done.outputs.size(), 1);
        QCOMPARE(done.creditsUsed, 1);
        QCOMPARE(poller.lastStatus(), PredictionStatus::Completed);
        QCOMPARE(poller.requestCount(), 5);
        // Stopped at the terminal status: not running, nothing asked or waiting.
        QVERIFY(!poller.isRunning());
        QCOMPARE(m_client->unansweredCount(), 0);
        QCOMPARE(m_server->requestCount(), 5);
        QCOMPARE(failed.count(), 0);
        for (const auto &request : m_server->requests())
            QCOMPARE(request.path, QByteArray("/v1/status/p1"));
    }

    void failedPredictionFinishes()
    {
        m_server->enqueue(ScriptedReply::json(200, statusBody("failed")));
        PredictionPoller poller(m_client.get(), "p1", fastPlan(), Clock::system()->monotonicMs());
        QSignalSpy finished(&poller, &PredictionPoller::finished);
        poller.start();
        QTRY_COMPARE(finished.count(), 1);
        const StatusResult result = finished.first().at(0).value<StatusResult>();
        QCOMPARE(result.status, PredictionStatus::Failed);
        QCOMPARE(result.predictionError.name, QStringLiteral("PoseError"));
        QVERIFY(result.predictionError.isInputProblem());
    }

    void rearmedOnlyAfterReply()
    {
        // Each reply takes 4x the polling interval: polls must still never overlap.
        m_server->setHandler([this](const ReceivedRequest &) {
            const bool last = m_server->requestCount() >= 5;
            return ScriptedReply::json(200, statusBody(last ? "completed" : "processing"))
                .withDelay(200);
        });
        PredictionPoller poller(m_client.get(), "p1", fastPlan(), Clock::system()->monotonicMs());
        QSignalSpy finished(&poller, &PredictionPoller::finished);
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(m_server->maxConcurrent(), 1);
        const auto &requests = m_server->requests();
        QCOMPARE(requests.size(), 5);
        for (qsizetype i = 1; i < requests.size(); ++i)
            QVERIFY(requests.at(i).receivedAtMs >= requests.at(i - 1).answeredAtMs);
    }

    void stopHaltsPolling()
    {
        m_server->setDefaultReply(ScriptedReply::json(200, statusBody("processing")));
        PredictionPoller poller(m_client.get(), "p1", fastPlan(), Clock::system()->monotonicMs());
        QSignalSpy changed(&poller, &PredictionPoller::statusChanged);
        poller.start();
        QTRY_COMPARE(changed.count(), 1);
        poller.stop();
        const int count = poller.requestCount();
        QVERIFY(!poller.isRunning());
        // At most the one already in flight; its answer is ignored and nothing follows it.
        QVERIFY(m_client->unansweredCount() <= 1);
        QTRY_COMPARE(m_client->unansweredCount(), 0);
        QCOMPARE(poller.requestCount(), count);
        QCOMPARE(changed.count(), 1);
        // And it can be resumed.
        m_server->setDefaultReply(ScriptedReply::json(200, statusBody("completed")));
        QSignalSpy finished(&poller, &PredictionPoller::finished);
        poller.start();
        QTRY_COMPARE(finished.count(), 1);
    }

    void notFoundFails()
    {
        m_server->setDefaultReply(
            ScriptedReply::json(404, "{\"error\":\"NotFound\",\"message\":\"gone\"}"));
        PredictionPoller poller(m_client.get(), "p1", fastPlan(), Clock::system()->monotonicMs());
        QSignalSpy failed(&poller, &PredictionPoller::failed);
        poller.start();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<ApiError>().kind, ApiErrorKind::NotFound);
        QVERIFY(!poller.isRunning());
        QCOMPARE(m_client->unansweredCount(), 0);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void transientErrorsKeepPolling()
    {
        m_server->enqueue(
            ScriptedReply::json(500, "{\"error\":\"InternalServerError\",\"message\":\"x\"}"));
        m_server->enqueue(ScriptedReply::drop());
        m_server->enqueue(ScriptedReply::json(502, "bad gateway"));
        m_server->setDefaultReply(ScriptedReply::json(200, statusBody("completed")));
        PredictionPoller poller(m_client.get(), "p1", fastPlan(), Clock::system()->monotonicMs());
        QSignalSpy finished(&poller, &PredictionPoller::finished);
        QSignalSpy failed(&poller, &PredictionPoller::failed);
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(failed.count(), 0);
        QVERIFY(m_server->requestCount() >= 4);
    }

    // A 400 or 414 on status says nothing about the prediction: the poller stops at once (the
    // runner keeps the job, with its id, for resume) instead of asking forever.
    void badRequestOnStatusStops()
    {
        m_server->setDefaultReply(
            ScriptedReply::json(414, "{\"error\":\"BadRequest\",\"message\":\"URI too long\"}"));
        PredictionPoller poller(m_client.get(), "p1", fastPlan(), Clock::system()->monotonicMs());
        QSignalSpy failed(&poller, &PredictionPoller::failed);
        poller.start();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<ApiError>().kind, ApiErrorKind::BadRequest);
        QCOMPARE(failed.first().at(0).value<ApiError>().httpStatus, 414);
        QVERIFY(!poller.isRunning());
    }

    // Errors are said as they come (what was answered, when the next look is), and a status that
    // stays unreadable past the give-up time ends the following with the last answer.
    void unreadableStatusIsToldThenGivenUp()
    {
        ManualClock clock;
        m_server->setDefaultReply(ScriptedReply::json(503, "<html>Service Unavailable</html>",
                                                      {{"retry-after-ms", "300"}}));
        PollPlan plan = fastPlan();
        PredictionPoller poller(m_client.get(), "p1", plan, 0, nullptr, &clock);
        poller.setGiveUpAfterMs(60000);
        QSignalSpy troubled(&poller, &PredictionPoller::troubled);
        QSignalSpy failed(&poller, &PredictionPoller::failed);
        // Each failed look moves time on by 40 s: the second look is 40 s into the outage, the
        // third 80 s, past the minute.
        connect(&poller, &PredictionPoller::troubled, this,
                [&clock](const ApiError &, qint64) { clock.advance(40000); });
        poller.start();
        clock.set(poller.nextPollAtMs()); // the first look
        poller.wake();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(troubled.count(), 2);
        const ApiError first = troubled.first().at(0).value<ApiError>();
        QCOMPARE(first.httpStatus, 503);
        // The server asked for 300 ms: the next look is not sooner.
        QVERIFY2(troubled.first().at(1).toLongLong() >= 300,
                 qPrintable(QString::number(troubled.first().at(1).toLongLong())));
        const ApiError last = failed.first().at(0).value<ApiError>();
        QCOMPARE(last.httpStatus, 503);
        QVERIFY2(last.message.contains("no readable status for 80 s"), qPrintable(last.message));
        QVERIFY(!poller.isRunning());
        QCOMPARE(m_server->requestCount(), 3);
    }

    void expiryStopsPolling()
    {
        m_server->setDefaultReply(ScriptedReply::json(200, statusBody("in_queue")));
        const qint64 now = Clock::system()->monotonicMs();
        PredictionPoller poller(m_client.get(), "p1", fastPlan(), now);
        poller.setExpiresAtMs(now + 300);
        QSignalSpy failed(&poller, &PredictionPoller::failed);
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 3000);
        QCOMPARE(failed.first().at(0).value<ApiError>().kind, ApiErrorKind::OutputExpired);
        QVERIFY(Clock::system()->monotonicMs() >= now + 300);
        QVERIFY(m_server->requestCount() >= 1);
        QVERIFY(!poller.isRunning());
        QCOMPARE(m_client->unansweredCount(), 0);
    }

    // The schedule runs on the injected clock, not on the timer's real time: nothing is asked
    // before the clock reaches the first look (0.75 of the expected time, scaled), and the
    // look goes out as soon as it does.
    void manualClockDrivesSchedule()
    {
        ManualClock clock;
        m_server->setDefaultReply(ScriptedReply::json(200, statusBody("completed")));
        PollPlan plan;
        plan.expectedMs = 4000;
        plan.timeScale = 0.1; // first look at 300 ms of scaled time
        PredictionPoller poller(m_client.get(), "p1", plan, 0, nullptr, &clock);
        QSignalSpy finished(&poller, &PredictionPoller::finished);
        poller.start();
        QCOMPARE(poller.nextPollAtMs(), 300);
        clock.set(299);
        poller.wake();
        QCOMPARE(poller.requestCount(), 0);
        clock.set(300);
        poller.wake();
        QCOMPARE(poller.requestCount(), 1);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(poller.nextPollAtMs(), -1);
        clock.set(10000);
        poller.setExpiresAtMs(5000);
        QSignalSpy failed(&poller, &PredictionPoller::failed);
        poller.start();
        QTRY_COMPARE(failed.count(), 1); // already past its expiry
        QCOMPARE(m_server->requestCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPredictionPoller)
#include "tst_predictionpoller.moc"

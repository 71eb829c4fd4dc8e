#include "core/api/FashnClient.h"
#include "support/ScriptedHttpServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <memory>
#include <optional>

using namespace fr;
using fr::test::ReceivedRequest;
using fr::test::ScriptedHttpServer;
using fr::test::ScriptedReply;

namespace {

const QByteArray kKey = "fa-testid-secrethash";
const QByteArray kProcessing = "{\"id\":\"p1\",\"status\":\"processing\",\"error\":null}";
const QByteArray kCompleted = "{\"id\":\"p1\",\"status\":\"completed\",\"output\":[\"https://"
                              "cdn.fashn.ai/p1/output_0.png\"],\"error\":null}";

template <typename T> struct Answer
{
    std::optional<T> value;
    int calls = 0;
};

} // namespace

class TestFashnClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    ClientConfig config() const
    {
        ClientConfig config;
        config.baseUrl = m_server->url();
        config.apiKey = QString::fromLatin1(kKey);
        config.transferTimeoutMs = 5000;
        config.backoffBaseMs = 20;
        config.backoffMaxMs = 100;
        config.maxRetries = 3;
        return config;
    }

    template <typename T> static auto collector(Answer<T> *answer)
    {
        return [answer](const T &result) {
            answer->value = result;
            ++answer->calls;
        };
    }

private slots:
    void init()
    {
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->listen());
        m_nam = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_nam.reset();
        m_server.reset();
    }

    void checkBaseUrlTable()
    {
        QVERIFY(checkBaseUrl(QUrl("https://api.fashn.ai")).isEmpty());
        QVERIFY(checkBaseUrl(QUrl("http://127.0.0.1:8080")).isEmpty());
        QVERIFY(checkBaseUrl(QUrl("http://127.3.4.5")).isEmpty());
        QVERIFY(checkBaseUrl(QUrl("http://localhost:9000/v1")).isEmpty());
        QVERIFY(checkBaseUrl(QUrl("http://[::1]:9000")).isEmpty());
        QVERIFY(!checkBaseUrl(QUrl("http://api.fashn.ai")).isEmpty());
        QVERIFY(!checkBaseUrl(QUrl("http://192.168.1.2")).isEmpty());
        QVERIFY(!checkBaseUrl(QUrl("http://localhost.evil.com")).isEmpty());
        QVERIFY(!checkBaseUrl(QUrl("ftp://127.0.0.1")).isEmpty());
        QVERIFY(!checkBaseUrl(QUrl("not a url")).isEmpty());
    }

    void configFromEnvironment()
    {
        qputenv("FASHN_BASE_URL", "http://127.0.0.1:1234/v1");
        qputenv("FASHN_API_KEY", "fa-env-key");
        const ClientConfig config = ClientConfig::fromEnvironment();
        qunsetenv("FASHN_BASE_URL");
        qunsetenv("FASHN_API_KEY");
        QCOMPARE(config.baseUrl, QUrl("http://127.0.0.1:1234/v1"));
        QCOMPARE(config.apiKey, QStringLiteral("fa-env-key"));
        QCOMPARE(ClientConfig::fromEnvironment().baseUrl, QUrl("https://api.fashn.ai"));
    }

    void runSendsKeyAndJson()
    {
        m_server->enqueue(ScriptedReply::json(200, "{\"id\":\"pred-1\",\"error\":null}"));
        ClientConfig cfg = config();
        cfg.baseUrl = m_server->url("/v1"); // the SDK spelling of the base URL
        FashnClient client(m_nam.get(), cfg);
        Answer<RunResult> answer;
        const QJsonObject body{
            {"model_name", "tryon-v1.6"},
            {"inputs", QJsonObject{{"garment_image", "data:image/png;base64,AA"}}}};
        client.run(body, this, collector(&answer));
        QTRY_COMPARE(answer.calls, 1);
        QVERIFY2(!answer.value->error.isError(), qPrintable(answer.value->error.describe()));
        QCOMPARE(answer.value->predictionId, QStringLiteral("pred-1"));
        QCOMPARE(m_server->requestCount(), 1);
        const ReceivedRequest &request = m_server->requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/v1/run"));
        QCOMPARE(request.header("Authorization"), "Bearer " + kKey);
        QVERIFY(request.header("Content-Type").startsWith("application/json"));
        QCOMPARE(QJsonDocument::fromJson(request.body).object(), body);
        QCOMPARE(client.sentCount(Endpoint::Run), 1);
    }

    // An id with characters a path treats specially is encoded once: "abc/def" goes out as
    // abc%2Fdef (not %252F, and never as two path segments).
    void statusIdIsEncodedOnce()
    {
        m_server->enqueue(ScriptedReply::json(200, kProcessing));
        m_server->enqueue(ScriptedReply::json(200, kProcessing));
        FashnClient client(m_nam.get(), config());
        Answer<StatusResult> first, second;
        client.status("abc/def", this, collector(&first));
        QTRY_COMPARE(first.calls, 1);
        client.status("a b?c#d%", this, collector(&second));
        QTRY_COMPARE(second.calls, 1);
        QCOMPARE(m_server->requests().at(0).path, QByteArray("/v1/status/abc%2Fdef"));
        QCOMPARE(m_server->requests().at(1).path, QByteArray("/v1/status/a%20b%3Fc%23d%25"));
    }

    void statusAndCredits()
    {
        m_server->enqueue(ScriptedReply::json(200, kCompleted, {{"x-fashn-credits-used", "2"}}));
        m_server->enqueue(ScriptedReply::json(200, kProcessing));
        m_server->enqueue(ScriptedReply::json(
            200, "{\"credits\":{\"total\":234,\"subscription\":100,\"on_demand\":134}}"));
        FashnClient client(m_nam.get(), config());
        Answer<StatusResult> done, running;
        Answer<CreditsResult> credits;
        client.status("p1", this, collector(&done));
        QTRY_COMPARE(done.calls, 1);
        client.status("p1", this, collector(&running));
        QTRY_COMPARE(running.calls, 1);
        client.credits(this, collector(&credits));
        QTRY_COMPARE(credits.calls, 1);

        QCOMPARE(done.value->status, PredictionStatus::Completed);
        QCOMPARE(done.value->outputs, QStringList{"https://cdn.fashn.ai/p1/output_0.png"});
        QCOMPARE(done.value->creditsUsed, 2);
        QCOMPARE(running.value->status, PredictionStatus::Processing);
        QCOMPARE(running.value->creditsUsed, -1);
        QCOMPARE(credits.value->total, 234);
        QCOMPARE(credits.value->onDemand, 134);
        QCOMPARE(m_server->requests().at(0).path, QByteArray("/v1/status/p1"));
        QCOMPARE(m_server->requests().at(0).method, QByteArray("GET"));
        QCOMPARE(m_server->requests().at(2).path, QByteArray("/v1/credits"));
        for (const auto &request : m_server->requests())
            QCOMPARE(request.header("authorization"), "Bearer " + kKey);
    }

    void apiErrorsAreTyped()
    {
        m_server->enqueue(
            ScriptedReply::json(404, "{\"error\":\"NotFound\",\"message\":\"no such\"}"));
        m_server->enqueue(
            ScriptedReply::json(401, "{\"error\":\"UnauthorizedAccess\",\"message\":\"bad key\"}"));
        m_server->enqueue(ScriptedReply::json(200, "{\"id\":\"p1\",\"status\":\"compl"));
        FashnClient client(m_nam.get(), config());
        Answer<StatusResult> a, b, c;
        client.status("p1", this, collector(&a));
        QTRY_COMPARE(a.calls, 1);
        client.status("p1", this, collector(&b));
        QTRY_COMPARE(b.calls, 1);
        client.status("p1", this, collector(&c));
        QTRY_COMPARE(c.calls, 1);
        QCOMPARE(a.value->error.kind, ApiErrorKind::NotFound);
        QCOMPARE(a.value->error.message, QStringLiteral("no such"));
        QCOMPARE(b.value->error.kind, ApiErrorKind::Unauthorized);
        QCOMPARE(c.value->error.kind, ApiErrorKind::InvalidReply);
        QCOMPARE(m_server->requestCount(), 3); // none of these is retried
    }

    void rateLimitedIsRetriedAfterRetryAfter()
    {
        m_server->enqueue(
            ScriptedReply::json(429, "{\"error\":\"RateLimitExceeded\",\"message\":\"slow\"}",
                                {{"retry-after-ms", "400"}}));
        m_server->setDefaultReply(ScriptedReply::json(200, kProcessing));
        FashnClient client(m_nam.get(), config());
        QSignalSpy waiting(&client, &FashnClient::waitingForBudget);
        Answer<StatusResult> first, second;
        client.status("p1", this, collector(&first));
        QTRY_COMPARE(waiting.count(), 1);
        QCOMPARE(waiting.first().at(0).value<Endpoint>(), Endpoint::Status);
        // The block holds every status request, including one made afterwards.
        client.status("p2", this, collector(&second));
        QCOMPARE(client.queuedCount(Endpoint::Status), 2);
        QTRY_COMPARE(second.calls, 1);
        QTRY_COMPARE(first.calls, 1);
        QVERIFY(!first.value->error.isError());
        QCOMPARE(first.value->status, PredictionStatus::Processing);
        QCOMPARE(m_server->requestCount(), 3);
        const auto &requests = m_server->requests();
        QVERIFY2(
            requests.at(1).receivedAtMs - requests.at(0).answeredAtMs >= 380,
            qPrintable(QString::number(requests.at(1).receivedAtMs - requests.at(0).answeredAtMs)));
        QVERIFY(requests.at(2).receivedAtMs - requests.at(0).answeredAtMs >= 380);
        QCOMPARE(requests.at(1).path, QByteArray("/v1/status/p1")); // FIFO kept
    }

    void rateLimitedGivesUpAfterMaxRetries()
    {
        m_server->setDefaultReply(
            ScriptedReply::json(429, "{\"error\":\"RateLimitExceeded\",\"message\":\"slow\"}"));
        ClientConfig cfg = config();
        cfg.maxRetries = 2;
        FashnClient client(m_nam.get(), cfg);
        Answer<CreditsResult> answer;
        client.credits(this, collector(&answer));
        QTRY_COMPARE(answer.calls, 1);
        QCOMPARE(answer.value->error.kind, ApiErrorKind::RateLimited);
        QCOMPARE(m_server->requestCount(), 3);
    }

    void concurrencyAndCreditsAreNotRetried_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ApiErrorKind>("kind");
        QTest::newRow("concurrency")
            << QByteArray("{\"error\":\"ConcurrencyLimitExceeded\",\"message\":\"6\"}")
            << ApiErrorKind::ConcurrencyLimited;
        QTest::newRow("credits") << QByteArray("{\"error\":\"OutOfCredits\",\"message\":\"0\"}")
                                 << ApiErrorKind::OutOfCredits;
    }

    void concurrencyAndCreditsAreNotRetried()
    {
        QFETCH(QByteArray, body);
        QFETCH(ApiErrorKind, kind);
        m_server->setDefaultReply(ScriptedReply::json(429, body, {{"retry-after-ms", "10"}}));
        FashnClient client(m_nam.get(), config());
        Answer<RunResult> answer;
        client.run(QJsonObject{{"model_name", "tryon-v1.6"}}, this, collector(&answer));
        QTRY_COMPARE(answer.calls, 1);
        QCOMPARE(answer.value->error.kind, kind);
        QCOMPARE(answer.value->error.httpStatus, 429);
        // Answered and nothing left to send again: no later resend can happen.
        QCOMPARE(client.unansweredCount(), 0);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void serverErrorRetriedThenSuccess()
    {
        m_server->enqueue(
            ScriptedReply::json(500, "{\"error\":\"InternalServerError\",\"message\":\"x\"}"));
        m_server->enqueue(
            ScriptedReply::json(429, "{\"error\":\"RateLimitExceeded\",\"message\":\"slow\"}",
                                {{"retry-after-ms", "10"}}));
        m_server->enqueue(ScriptedReply::json(200, "{\"id\":\"pred-2\",\"error\":null}"));
        FashnClient client(m_nam.get(), config());
        Answer<RunResult> answer;
        client.run(QJsonObject{{"model_name", "tryon-v1.6"}}, this, collector(&answer));
        QTRY_COMPARE(answer.calls, 1);
        QVERIFY(!answer.value->error.isError());
        QCOMPARE(answer.value->predictionId, QStringLiteral("pred-2"));
        QCOMPARE(m_server->requestCount(), 3);
        QCOMPARE(client.sentCount(Endpoint::Run), 3);
    }

    void runGatewayErrorIsUncertain_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("502 html") << 502 << QByteArray("<html><h1>502 Bad Gateway</h1></html>");
        QTest::newRow("504 aws") << 504
                                 << QByteArray("{\"message\":\"Endpoint request timed out\"}");
        QTest::newRow("500 empty") << 500 << QByteArray();
        QTest::newRow("503 unknown name")
            << 503 << QByteArray("{\"error\":\"upstream_overflow\",\"message\":\"x\"}");
    }

    // A gateway's 5xx does not prove that FASHN behind it created nothing: the /run is never
    // resent (it might be charged twice) and the job is uncertain, with what was answered.
    void runGatewayErrorIsUncertain()
    {
        QFETCH(int, http);
        QFETCH(QByteArray, body);
        m_server->setDefaultReply(ScriptedReply::json(http, body));
        FashnClient client(m_nam.get(), config());
        Answer<RunResult> answer;
        client.run(QJsonObject{{"model_name", "tryon-v1.6"}}, this, collector(&answer));
        QTRY_COMPARE(answer.calls, 1);
        const ApiError &error = answer.value->error;
        QCOMPARE(error.kind, ApiErrorKind::SubmissionUncertain);
        QCOMPARE(error.httpStatus, http);
        QVERIFY2(error.message.contains(QString::number(http)), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("may exist and be charged")),
                 qPrintable(error.message));
        QCOMPARE(client.unansweredCount(), 0);
        QCOMPARE(client.sentCount(Endpoint::Run), 1);
        QCOMPARE(m_server->requestCount(), 1);
    }

    // The same gateway page on a status request is only a reason to ask again.
    void statusGatewayErrorIsRetried()
    {
        m_server->enqueue(ScriptedReply::json(502, "<html>Bad Gateway</html>"));
        m_server->enqueue(ScriptedReply::json(200, kProcessing));
        FashnClient client(m_nam.get(), config());
        Answer<StatusResult> answer;
        client.status("p1", this, collector(&answer));
        QTRY_COMPARE(answer.calls, 1);
        QVERIFY2(!answer.value->error.isError(), qPrintable(answer.value->error.describe()));
        QCOMPARE(m_server->requestCount(), 2);
    }

    // An hour's Retry-After is not slept through behind "Submitting…": the request ends at once
    // with FASHN's answer and the wait it asked for.
    void longRetryAfterIsNotSleptThrough()
    {
        m_server->setDefaultReply(
            ScriptedReply::json(429, "{\"error\":\"RateLimitExceeded\",\"message\":\"slow down\"}",
                                {{"retry-after", "3600"}}));
        FashnClient client(m_nam.get(), config());
        QSignalSpy retrying(&client, &FashnClient::retrying);
        Answer<RunResult> answer;
        client.run(QJsonObject{{"model_name", "tryon-v1.6"}}, this, collector(&answer));
        QTRY_COMPARE(answer.calls, 1);
        QCOMPARE(answer.value->error.kind, ApiErrorKind::RateLimited);
        QVERIFY2(answer.value->error.message.contains("3600 s"),
                 qPrintable(answer.value->error.message));
        QCOMPARE(retrying.count(), 0);
        QCOMPARE(client.unansweredCount(), 0);
        QCOMPARE(client.sentCount(Endpoint::Run), 1);
    }

    // The server's explicit word wins: x-should-retry: false on a 500 is not asked again, and
    // x-should-retry: true on a 500 is.
    void shouldRetryHeaderIsHonoured()
    {
        m_server->enqueue(
            ScriptedReply::json(500, "{\"error\":\"InternalServerError\",\"message\":\"x\"}",
                                {{"x-should-retry", "false"}}));
        m_server->setDefaultReply(ScriptedReply::json(200, kProcessing));
        FashnClient client(m_nam.get(), config());
        Answer<StatusResult> answer;
        client.status("p1", this, collector(&answer));
        QTRY_COMPARE(answer.calls, 1);
        QCOMPARE(answer.value->error.kind, ApiErrorKind::ServerError);
        QCOMPARE(client.unansweredCount(), 0);
        QCOMPARE(m_server->requestCount(), 1);
    }

    // Every resend is announced with what was answered and the wait before it.
    void retriesAreAnnounced()
    {
        m_server->enqueue(
            ScriptedReply::json(500, "{\"error\":\"InternalServerError\",\"message\":\"hiccup\"}",
                                {{"retry-after-ms", "40"}}));
        m_server->enqueue(ScriptedReply::json(200, kProcessing));
        FashnClient client(m_nam.get(), config());
        QSignalSpy retrying(&client, &FashnClient::retrying);
        Answer<StatusResult> answer;
        client.status("p1", this, collector(&answer));
        QTRY_COMPARE(answer.calls, 1);
        QVERIFY(!answer.value->error.isError());
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(retrying.first().at(0).value<Endpoint>(), Endpoint::Status);
        const ApiError said = retrying.first().at(1).value<ApiError>();
        QCOMPARE(said.httpStatus, 500);
        QCOMPARE(said.message, QString("hiccup"));
        QCOMPARE(retrying.first().at(2).toLongLong(), 40);
    }

    void serverErrorReportedAfterMaxRetries()
    {
        m_server->setDefaultReply(
            ScriptedReply::json(500, "{\"error\":\"InternalServerError\",\"message\":\"x\"}"));
        ClientConfig cfg = config();
        cfg.maxRetries = 1;
        FashnClient client(m_nam.get(), cfg);
        Answer<StatusResult> answer;
        client.status("p1", this, collector(&answer));
        QTRY_COMPARE(answer.calls, 1);
        QCOMPARE(answer.value->error.kind, ApiErrorKind::ServerError);
        QCOMPARE(answer.value->error.httpStatus, 500);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void getConnectionDropRetried()
    {
        for (int i = 0; i < 6; ++i)
            m_server->enqueue(ScriptedReply::drop());
        m_server->setDefaultReply(ScriptedReply::json(200, kProcessing));
        ClientConfig cfg = config();
        cfg.maxRetries = 6;
        FashnClient client(m_nam.get(), cfg);
        Answer<StatusResult> answer;
        client.status("p1", this, collector(&answer));
        QTRY_COMPARE_WITH_TIMEOUT(answer.calls, 1, 10000);
        QVERIFY2(!answer.value->error.isError(), qPrintable(answer.value->error.describe()));
        QCOMPARE(m_server->requestCount(), 7);
        QVERIFY(client.sentCount(Endpoint::Status) >= 2); // the client itself resent
    }

    void truncatedReply()
    {
        m_server->enqueue(ScriptedReply::truncated(200, kCompleted));
        m_server->enqueue(ScriptedReply::json(200, kCompleted));
        FashnClient client(m_nam.get(), config());
        Answer<StatusResult> retried;
        client.status("p1", this, collector(&retried));
        QTRY_COMPARE(retried.calls, 1);
        QVERIFY(!retried.value->error.isError());
        QCOMPARE(retried.value->status, PredictionStatus::Completed);

        m_server->setDefaultReply(ScriptedReply::truncated(200, kCompleted));
        ClientConfig cfg = config();
        cfg.maxRetries = 0;
        FashnClient once(m_nam.get(), cfg);
        Answer<StatusResult> failed;
        once.status("p1", this, collector(&failed));
        QTRY_COMPARE(failed.calls, 1);
        QCOMPARE(failed.value->error.kind, ApiErrorKind::InvalidReply);
    }

    void runDropAfterBodyIsUncertain()
    {
        m_server->enqueue(ScriptedReply::drop());
        m_server->setDefaultReply(ScriptedReply::json(200, "{\"id\":\"dup\",\"error\":null}"));
        FashnClient client(m_nam.get(), config());
        Answer<RunResult> answer;
        client.run(QJsonObject{{"model_name", "tryon-v1.6"}, {"inputs", QJsonObject{}}}, this,
                   collector(&answer));
        QTRY_COMPARE(answer.calls, 1);
        QCOMPARE(answer.value->error.kind, ApiErrorKind::SubmissionUncertain);
        QVERIFY(answer.value->error.message.contains("may exist and be charged"));
        QVERIFY(answer.value->predictionId.isEmpty());
        // Answered and nothing left to send again: no later resend can happen.
        QCOMPARE(client.unansweredCount(), 0);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void runTruncatedReplyIsUncertain()
    {
        m_server->enqueue(ScriptedReply::truncated(200, "{\"id\":\"pred-3\",\"error\":null}"));
        m_server->setDefaultReply(ScriptedReply::json(200, "{\"id\":\"dup\",\"error\":null}"));
        FashnClient client(m_nam.get(), config());
        Answer<RunResult> answer;
        client.run(QJsonObject{{"model_name", "tryon-v1.6"}}, this, collector(&answer));
        QTRY_COMPARE(answer.calls, 1);
        QCOMPARE(answer.value->error.kind, ApiErrorKind::SubmissionUncertain);
        // Answered and nothing left to send again: no later resend can happen.
        QCOMPARE(client.unansweredCount(), 0);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void runRefusedBeforeSendingIsRetried()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now: connections are refused
        ClientConfig cfg = config();
        cfg.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        cfg.maxRetries = 2;
        FashnClient client(m_nam.get(), cfg);
        Answer<RunResult> answer;
        client.run(QJsonObject{{"model_name", "tryon-v1.6"}}, this, collector(&answer));
        QTRY_COMPARE(answer.calls, 1);
        QCOMPARE(answer.value->error.kind, ApiErrorKind::Network);
        QCOMPARE(client.sentCount(Endpoint::Run), 3); // safe to resend: nothing left the machine
    }

    void runRefusedThenServerComesUp()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ScriptedHttpServer late;
        late.setDefaultReply(ScriptedReply::json(200, "{\"id\":\"pred-late\",\"error\":null}"));
        ClientConfig cfg = config();
        cfg.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        cfg.backoffBaseMs = 300;
        cfg.backoffMaxMs = 300;
        cfg.maxRetries = 6;
        FashnClient client(m_nam.get(), cfg);
        connect(&client, &FashnClient::requestSent, this, [&late, port] {
            if (!late.port())
                QVERIFY(late.listen(port));
        });
        Answer<RunResult> answer;
        client.run(QJsonObject{{"model_name", "tryon-v1.6"}}, this, collector(&answer));
        QTRY_COMPARE_WITH_TIMEOUT(answer.calls, 1, 10000);
        if (!late.port())
            QSKIP("the port was taken by another process");
        QVERIFY2(!answer.value->error.isError(), qPrintable(answer.value->error.describe()));
        QCOMPARE(answer.value->predictionId, QStringLiteral("pred-late"));
        QCOMPARE(late.requestCount(), 1);
    }

    void insecureUrlSendsNothing()
    {
        ClientConfig cfg = config();
        cfg.baseUrl = QUrl("http://api.fashn.ai");
        FashnClient client(m_nam.get(), cfg);
        QSignalSpy sent(&client, &FashnClient::requestSent);
        Answer<RunResult> run;
        Answer<StatusResult> status;
        Answer<CreditsResult> credits;
        client.run(QJsonObject{}, this, collector(&run));
        client.status("p1", this, collector(&status));
        client.credits(this, collector(&credits));
        QCOMPARE(run.calls, 0); // answered asynchronously, like a reply
        QTRY_COMPARE(credits.calls, 1);
        QCOMPARE(run.value->error.kind, ApiErrorKind::InsecureUrl);
        QCOMPARE(status.value->error.kind, ApiErrorKind::InsecureUrl);
        QCOMPARE(credits.value->error.kind, ApiErrorKind::InsecureUrl);
        QCOMPARE(sent.count(), 0);
        QCOMPARE(client.sentCount(Endpoint::Run) + client.sentCount(Endpoint::Status), 0);
    }

    void missingKeySendsNothing()
    {
        ClientConfig cfg = config();
        cfg.apiKey.clear();
        FashnClient client(m_nam.get(), cfg);
        Answer<RunResult> run;
        Answer<StatusResult> status;
        client.run(QJsonObject{}, this, collector(&run));
        client.status("p1", this, collector(&status));
        QTRY_COMPARE(status.calls, 1);
        QCOMPARE(run.value->error.kind, ApiErrorKind::MissingKey);
        QCOMPARE(status.value->error.kind, ApiErrorKind::MissingKey);
        // Answered and nothing left to send again: no later resend can happen.
        QCOMPARE(client.unansweredCount(), 0);
        QCOMPARE(m_server->requestCount(), 0);
        // A key set later is used.
        client.setApiKey("fa-later");
        m_server->enqueue(ScriptedReply::json(200, kProcessing));
        client.status("p1", this, collector(&status));
        QTRY_COMPARE(status.calls, 2);
        QVERIFY(!status.value->error.isError());
        QCOMPARE(m_server->requests().first().header("Authorization"),
                 QByteArray("Bearer fa-later"));
    }

    void transferTimeout()
    {
        // The server would answer after 8 s; the answers come well before (or the QTRY fails).
        m_server->setDefaultReply(ScriptedReply::json(200, kProcessing).withDelay(8000));
        ClientConfig cfg = config();
        cfg.transferTimeoutMs = 200;
        cfg.queryTimeoutMs = 200;
        cfg.maxRetries = 0;
        FashnClient client(m_nam.get(), cfg);
        Answer<StatusResult> status;
        Answer<RunResult> run;
        client.status("p1", this, collector(&status));
        client.run(QJsonObject{{"model_name", "tryon-v1.6"}}, this, collector(&run));
        QTRY_COMPARE_WITH_TIMEOUT(status.calls, 1, 6000);
        QTRY_COMPARE_WITH_TIMEOUT(run.calls, 1, 6000);
        QCOMPARE(status.value->error.kind, ApiErrorKind::Timeout);
        // The /run body was sent: the prediction may exist.
        QCOMPARE(run.value->error.kind, ApiErrorKind::SubmissionUncertain);
    }

    void budgetHoldsQueuedRequests()
    {
        m_server->setDefaultReply(ScriptedReply::json(200, kProcessing));
        ClientConfig cfg = config();
        cfg.statusLimit = {3, 1000};
        FashnClient client(m_nam.get(), cfg);
        QSignalSpy waiting(&client, &FashnClient::waitingForBudget);
        // When the client sent each request, on its own clock: arrival times at the server
        // carry the loopback's jitter under load, which is not the client's to answer for.
        QElapsedTimer clock;
        clock.start();
        QList<qint64> sentAt;
        connect(&client, &FashnClient::requestSent, this, [&] { sentAt << clock.elapsed(); });
        int answers = 0;
        for (int i = 0; i < 10; ++i)
            client.status(QStringLiteral("p%1").arg(i), this, [&answers](const StatusResult &r) {
                QVERIFY(!r.error.isError());
                ++answers;
            });
        QCOMPARE(client.queuedCount(Endpoint::Status), 7);
        QTRY_COMPARE_WITH_TIMEOUT(answers, 10, 10000);
        QVERIFY(waiting.count() >= 3);
        const auto &requests = m_server->requests();
        QCOMPARE(requests.size(), 10);
        QCOMPARE(sentAt.size(), 10);
        for (qsizetype i = 0; i + 3 < sentAt.size(); ++i)
            QVERIFY2(sentAt.at(i + 3) - sentAt.at(i) >= 1000,
                     qPrintable(
                         QStringLiteral("%1: %2 ms").arg(i).arg(sentAt.at(i + 3) - sentAt.at(i))));
        for (qsizetype i = 0; i < requests.size(); ++i) // FIFO
            QCOMPARE(requests.at(i).path, QStringLiteral("/v1/status/p%1").arg(i).toLatin1());
    }

    // The rate windows are widened by the slowest recent round trip (arrivals can be no closer
    // than sends minus it), not by a fixed quarter second: 250 ms before anything was measured,
    // then what the replies took on the client's clock, within [25 ms, 250 ms].
    void windowMarginFollowsTheRoundTrip()
    {
        ManualClock clock;
        qint64 replyTakes = 0;
        m_server->setHandler([&](const ReceivedRequest &) {
            clock.advance(replyTakes);
            return ScriptedReply::json(200, kProcessing);
        });
        ClientConfig cfg = config();
        cfg.statusLimit = {1, 1000};
        FashnClient client(m_nam.get(), cfg, nullptr, &clock);
        QCOMPARE(client.windowMarginMs(), 250);
        QSignalSpy waiting(&client, &FashnClient::waitingForBudget);
        int answers = 0;
        auto ask = [&] {
            client.status("p", this, [&answers](const StatusResult &) { ++answers; });
        };
        ask();
        QTRY_COMPARE(answers, 1);
        QCOMPARE(client.windowMarginMs(), 25); // loopback, the manual clock did not move
        // The next status waits out the window plus that margin, counted from the send.
        ask();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().at(1).toLongLong(), 1025);
        clock.advance(1025);
        QTRY_COMPARE(answers, 2);
        // A slow network: each reply takes 180 ms.
        replyTakes = 180;
        clock.advance(2000);
        ask();
        QTRY_COMPARE(answers, 3);
        QCOMPARE(client.windowMarginMs(), 180);
        replyTakes = 900; // beyond the cap
        clock.advance(2000);
        ask();
        QTRY_COMPARE(answers, 4);
        QCOMPARE(client.windowMarginMs(), 250);
    }

    void fetchOutputs()
    {
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x');
        m_server->setHandler([png](const ReceivedRequest &request) {
            if (request.path.startsWith("/cdn/gone"))
                return ScriptedReply::json(404, "not found");
            if (request.path.startsWith("/cdn/html"))
                return ScriptedReply::json(200, "<html></html>");
            ScriptedReply reply = ScriptedReply::json(200, png).withDelay(150);
            reply.contentType = "image/png";
            return reply;
        });
        FashnClient client(m_nam.get(), config());
        // A different host than the API: the key must not travel to it.
        const QString cdn = QStringLiteral("http://localhost:%1/cdn/").arg(m_server->port());
        int ok = 0;
        for (int i = 0; i < 8; ++i)
            client.fetch(QUrl(cdn + QStringLiteral("output_%1.png").arg(i)), this,
                         [&ok, png](const QByteArray &data, const ApiError &error) {
                             QVERIFY(!error.isError());
                             QCOMPARE(data, png);
                             ++ok;
                         });
        QTRY_COMPARE_WITH_TIMEOUT(ok, 8, 10000);
        QVERIFY2(m_server->maxConcurrent() <= 4,
                 qPrintable(QString::number(m_server->maxConcurrent())));
        for (const auto &request : m_server->requests())
            QVERIFY(request.header("Authorization").isEmpty());

        QList<ApiError> errors;
        auto onError = [&errors](const QByteArray &data, const ApiError &error) {
            QVERIFY(data.isEmpty());
            errors.append(error);
        };
        client.fetch(QUrl(cdn + "gone.png"), this, onError);
        client.fetch(QUrl(cdn + "html.png"), this, onError);
        client.fetch(QUrl("data:image/png;base64," + png.toBase64()), this,
                     [&errors, png](const QByteArray &data, const ApiError &error) {
                         QCOMPARE(data, png);
                         errors.append(error);
                     });
        client.fetch(QUrl("<base64>_expired"), this, onError);
        client.fetch(QUrl("http://cdn.fashn.ai/x.png"), this, onError);
        QTRY_COMPARE(errors.size(), 5);
        QList<ApiErrorKind> kinds;
        for (const auto &e : errors)
            kinds.append(e.kind);
        QVERIFY(kinds.contains(ApiErrorKind::OutputExpired));
        QVERIFY(kinds.contains(ApiErrorKind::NotAnImage));
        QVERIFY(kinds.contains(ApiErrorKind::None));
        QVERIFY(kinds.contains(ApiErrorKind::InsecureUrl));
        QCOMPARE(kinds.count(ApiErrorKind::OutputExpired), 2);
    }

    void destroyedContextGetsNoCallback()
    {
        m_server->setDefaultReply(ScriptedReply::json(200, kProcessing).withDelay(100));
        FashnClient client(m_nam.get(), config());
        auto context = std::make_unique<QObject>();
        int calls = 0;
        client.status("p1", context.get(), [&calls](const StatusResult &) { ++calls; });
        QTRY_COMPARE(m_server->requestCount(), 1);
        context.reset();
        // The reply was read and the request settled: its callback had its one chance.
        QTRY_COMPARE(client.unansweredCount(), 0);
        QCOMPARE(calls, 0);
    }

    void keyIsNeverInErrorText()
    {
        m_server->setDefaultReply(ScriptedReply::drop());
        ClientConfig cfg = config();
        cfg.maxRetries = 0;
        FashnClient client(m_nam.get(), cfg);
        Answer<RunResult> answer;
        client.run(QJsonObject{}, this, collector(&answer));
        QTRY_COMPARE(answer.calls, 1);
        QVERIFY(!answer.value->error.describe().contains(QString::fromLatin1(kKey)));
        QVERIFY(!answer.value->error.message.contains(QString::fromLatin1(kKey)));
    }
};

QTEST_GUILESS_MAIN(TestFashnClient)
#include "tst_fashnclient.moc"

// FashnClient against hostile servers: redirects that would carry the key away, and replies
// that never end. Split from tst_fashnclient.cpp to keep each file readable.
#include "core/api/FashnClient.h"
#include "support/ScriptedHttpServer.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <memory>
#include <optional>

using namespace fr;
using fr::test::ReceivedRequest;
using fr::test::ScriptedHttpServer;
using fr::test::ScriptedReply;

namespace {

const QByteArray kKey = "fa-testid-secrethash";
const QByteArray kPng = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x');

ScriptedReply png()
{
    ScriptedReply reply = ScriptedReply::json(200, kPng);
    reply.contentType = "image/png";
    return reply;
}

struct Fetched
{
    int calls = 0;
    QByteArray data;
    ApiError error;
};

} // namespace

class TestFashnClientHostile : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<ScriptedHttpServer> m_attacker; // another origin on loopback
    std::unique_ptr<QNetworkAccessManager> m_nam;

    ClientConfig config() const
    {
        ClientConfig config;
        config.baseUrl = m_server->url();
        config.apiKey = QString::fromLatin1(kKey);
        config.transferTimeoutMs = 5000;
        config.backoffBaseMs = 20;
        config.backoffMaxMs = 100;
        config.maxRetries = 2;
        return config;
    }

    void verifyAttackerSawNoKey()
    {
        for (const auto &request : m_attacker->requests())
            QVERIFY2(request.header("Authorization").isEmpty(), request.path.constData());
    }

    auto fetchInto(Fetched *fetched)
    {
        return [fetched](const QByteArray &data, const ApiError &error) {
            ++fetched->calls;
            fetched->data = data;
            fetched->error = error;
        };
    }

private slots:
    void init()
    {
        m_server = std::make_unique<ScriptedHttpServer>();
        m_attacker = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->listen());
        QVERIFY(m_attacker->listen());
        m_attacker->setDefaultReply(png());
        m_nam = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_nam.reset();
        m_server.reset();
        m_attacker.reset();
    }

    void keyWithLineBreakIsNeverSent_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("CR LF") << QStringLiteral("fa-testid-secret\r\nX-Evil: 1");
        QTest::newRow("LF") << QStringLiteral("fa-testid-secret\nhash");
        QTest::newRow("NUL") << QString::fromLatin1("fa-testid-secret\0hash", 21);
        QTest::newRow("not ascii") << QString::fromUtf8("fa-testid-secrét");
    }
    void keyWithLineBreakIsNeverSent()
    {
        QFETCH(QString, key);
        ClientConfig cfg = config();
        cfg.apiKey = key;
        m_server->setDefaultReply(ScriptedReply::json(
            200, "{\"credits\":{\"total\":5,\"subscription\":0,\"on_demand\":5}}"));
        FashnClient client(m_nam.get(), cfg);
        std::optional<CreditsResult> credits;
        std::optional<RunResult> run;
        client.credits(this, [&credits](const CreditsResult &r) { credits = r; });
        client.run(QJsonObject{{"model_name", "tryon-v1.6"}}, this,
                   [&run](const RunResult &r) { run = r; });
        QTRY_VERIFY(credits.has_value() && run.has_value());
        QCOMPARE(m_server->requestCount(), 0);
        QCOMPARE(credits->error.kind, ApiErrorKind::MissingKey);
        QCOMPARE(run->error.kind, ApiErrorKind::MissingKey);
        QVERIFY2(credits->error.message.contains("printable"), qPrintable(credits->error.message));
    }

    void passwordInBaseUrlIsNeverShown()
    {
        ClientConfig cfg = config();
        cfg.baseUrl = QUrl("http://user:hunter2pw@api.example.com/v1");
        FashnClient client(m_nam.get(), cfg);
        std::optional<CreditsResult> credits;
        client.credits(this, [&credits](const CreditsResult &r) { credits = r; });
        QTRY_VERIFY(credits.has_value());
        QCOMPARE(credits->error.kind, ApiErrorKind::InsecureUrl);
        QVERIFY(!credits->error.describe().contains("hunter2pw"));
        QVERIFY(checkBaseUrl(QUrl("ftp://user:hunter2pw@host/")).contains("ftp"));
        QVERIFY(!checkBaseUrl(QUrl("ftp://user:hunter2pw@host/")).contains("hunter2pw"));
    }

    void statusRedirectToAnotherOriginIsNotFollowed()
    {
        m_server->enqueue(ScriptedReply::redirect(302, m_attacker->url("/v1/status/p1")));
        m_attacker->setDefaultReply(
            ScriptedReply::json(200, "{\"id\":\"p1\",\"status\":\"processing\",\"error\":null}"));
        FashnClient client(m_nam.get(), config());
        std::optional<StatusResult> result;
        client.status("p1", this, [&result](const StatusResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(m_attacker->requestCount(), 0);
        QCOMPARE(result->error.kind, ApiErrorKind::InvalidReply);
        QVERIFY2(result->error.message.contains(QString::number(m_attacker->port())),
                 qPrintable(result->error.message));
    }

    void creditsRedirectToAnotherOriginIsNotFollowed()
    {
        m_server->enqueue(ScriptedReply::redirect(307, m_attacker->url("/v1/credits")));
        m_attacker->setDefaultReply(ScriptedReply::json(
            200, "{\"credits\":{\"total\":5,\"subscription\":0,\"on_demand\":5}}"));
        FashnClient client(m_nam.get(), config());
        std::optional<CreditsResult> result;
        client.credits(this, [&result](const CreditsResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(m_attacker->requestCount(), 0);
        QCOMPARE(result->error.kind, ApiErrorKind::InvalidReply);
    }

    void runRedirectIsNeverFollowed()
    {
        // Even to the same origin: a 302/303 would turn the POST into a GET, and the answer to
        // a redirected /run cannot prove that no prediction was created.
        m_server->enqueue(ScriptedReply::redirect(302, m_server->url("/v1/run2")));
        m_server->setDefaultReply(ScriptedReply::json(200, "{\"id\":\"p9\",\"error\":null}"));
        FashnClient client(m_nam.get(), config());
        std::optional<RunResult> result;
        client.run(QJsonObject{{"model_name", "tryon-v1.6"}}, this,
                   [&result](const RunResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(result->error.kind, ApiErrorKind::SubmissionUncertain);
        QVERIFY(result->predictionId.isEmpty());
        QVERIFY2(result->error.message.contains("/v1/run2"), qPrintable(result->error.message));
    }

    void downloadRedirectToPlainHttpElsewhereIsRefused()
    {
        m_server->enqueue(
            ScriptedReply::redirect(302, QUrl("http://cdn.example.invalid/p1/output_0.png")));
        FashnClient client(m_nam.get(), config());
        Fetched fetched;
        client.fetch(m_server->url("/cdn/output_0.png"), this, fetchInto(&fetched));
        QTRY_COMPARE(fetched.calls, 1);
        QCOMPARE(fetched.error.kind, ApiErrorKind::InsecureUrl);
        QVERIFY2(fetched.error.message.contains("cdn.example.invalid"),
                 qPrintable(fetched.error.message));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void downloadRedirectIsFollowedWithoutTheKey()
    {
        // The output lives on the API host (the key goes with the first request); the hop to
        // another origin must not carry it.
        m_server->enqueue(ScriptedReply::redirect(302, m_attacker->url("/store/output_0.png")));
        FashnClient client(m_nam.get(), config());
        Fetched fetched;
        client.fetch(m_server->url("/v1/outputs/output_0.png"), this, fetchInto(&fetched));
        QTRY_COMPARE(fetched.calls, 1);
        QCOMPARE(fetched.error.kind, ApiErrorKind::None);
        QCOMPARE(fetched.data, kPng);
        QCOMPARE(m_attacker->requestCount(), 1);
        verifyAttackerSawNoKey();
    }

    void endlessOutputIsStoppedAtTheCap()
    {
        ScriptedReply endless = ScriptedReply::stream(256LL << 20, "image/png");
        endless.body = kPng + QByteArray(64 * 1024, 'x');
        m_server->enqueue(endless);
        ClientConfig cfg = config();
        cfg.maxOutputBytes = 1 << 20;
        FashnClient client(m_nam.get(), cfg);
        Fetched fetched;
        client.fetch(m_server->url("/cdn/endless.png"), this, fetchInto(&fetched));
        QTRY_COMPARE_WITH_TIMEOUT(fetched.calls, 1, 20000);
        QCOMPARE(fetched.error.kind, ApiErrorKind::InvalidReply);
        QVERIFY(fetched.data.isEmpty());
        QVERIFY2(fetched.error.message.contains("larger than"), qPrintable(fetched.error.message));
        QCOMPARE(m_server->requestCount(), 1); // not retried
        QVERIFY2(m_server->streamedBytes() < (64LL << 20),
                 qPrintable(QString::number(m_server->streamedBytes())));
    }

    // A compressed bomb (100 MB of zeros in 100 KB, Content-Encoding: deflate) is called what
    // it is, not "0 bytes that are not an image".
    void compressionBombIsNamed()
    {
        ScriptedReply bomb =
            ScriptedReply::json(200, qCompress(QByteArray(100 << 20, '\0'), 9).mid(4),
                                {{"Content-Encoding", "deflate"}});
        bomb.contentType = "image/png";
        m_server->enqueue(bomb);
        FashnClient client(m_nam.get(), config());
        Fetched fetched;
        client.fetch(m_server->url("/cdn/bomb.png"), this, fetchInto(&fetched));
        QTRY_COMPARE_WITH_TIMEOUT(fetched.calls, 1, 20000);
        QVERIFY(fetched.error.isError());
        QVERIFY(fetched.data.isEmpty());
        QVERIFY2(!fetched.error.message.contains("0 bytes"), qPrintable(fetched.error.message));
        QVERIFY2(fetched.error.message.contains("compress"), qPrintable(fetched.error.message));
    }

    void claimedLengthAboveTheCapIsRefusedAtOnce()
    {
        ScriptedReply liar = ScriptedReply::json(200, "{\"id\":\"p1\",\"status\":\"processing\"");
        liar.claimedLength = 10LL << 30;
        m_server->enqueue(liar);
        FashnClient client(m_nam.get(), config());
        std::optional<StatusResult> result;
        client.status("p1", this, [&result](const StatusResult &r) { result = r; });
        // Well before the 5 s transfer timeout a waiting client would run into.
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 3000);
        QCOMPARE(result->error.kind, ApiErrorKind::InvalidReply);
        QVERIFY2(result->error.message.contains("larger than"), qPrintable(result->error.message));
    }

    void oversizedStatusAndErrorRepliesAreStopped()
    {
        ClientConfig cfg = config();
        cfg.maxStatusBytes = 64 * 1024;
        cfg.maxReplyBytes = 16 * 1024;
        m_server->enqueue(
            ScriptedReply::json(200, "{\"id\":\"p1\",\"status\":\"processing\",\"x\":\"" +
                                         QByteArray(200 * 1024, 'a') + "\"}"));
        m_server->enqueue(ScriptedReply::json(400, QByteArray(32 * 1024, ' ') + "{}"));
        FashnClient client(m_nam.get(), cfg);
        std::optional<StatusResult> status;
        std::optional<CreditsResult> credits;
        client.status("p1", this, [&status](const StatusResult &r) { status = r; });
        QTRY_VERIFY(status.has_value());
        client.credits(this, [&credits](const CreditsResult &r) { credits = r; });
        QTRY_VERIFY(credits.has_value());
        QCOMPARE(status->error.kind, ApiErrorKind::InvalidReply);
        QVERIFY2(status->error.message.contains("larger than"), qPrintable(status->error.message));
        QCOMPARE(credits->error.kind, ApiErrorKind::InvalidReply);
        QVERIFY2(credits->error.message.contains("larger than"),
                 qPrintable(credits->error.message));
    }

    void oversizedRunReplyIsUncertain()
    {
        ClientConfig cfg = config();
        cfg.maxReplyBytes = 16 * 1024;
        m_server->enqueue(ScriptedReply::json(200, "{\"id\":\"p1\",\"x\":\"" +
                                                       QByteArray(64 * 1024, 'a') + "\"}"));
        FashnClient client(m_nam.get(), cfg);
        std::optional<RunResult> run;
        client.run(QJsonObject{{"model_name", "tryon-v1.6"}}, this,
                   [&run](const RunResult &r) { run = r; });
        QTRY_VERIFY(run.has_value());
        QCOMPARE(run->error.kind, ApiErrorKind::SubmissionUncertain);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void downloadRedirectLoopEnds()
    {
        m_server->setHandler([this](const ReceivedRequest &request) {
            return ScriptedReply::redirect(
                302, m_server->url(QString::fromLatin1(request.path) + QStringLiteral("x")));
        });
        FashnClient client(m_nam.get(), config());
        Fetched fetched;
        client.fetch(m_server->url("/cdn/o"), this, fetchInto(&fetched));
        QTRY_COMPARE(fetched.calls, 1);
        QVERIFY(fetched.error.isError());
        QVERIFY(m_server->requestCount() <= 11);
    }
};

QTEST_GUILESS_MAIN(TestFashnClientHostile)
#include "tst_fashnclienthostile.moc"

#include "core/api/ApiTypes.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace fr;

Q_DECLARE_METATYPE(fr::PredictionStatus)
Q_DECLARE_METATYPE(fr::ApiErrorKind)
Q_DECLARE_METATYPE(fr::RawHeaders)

class TestApiTypes : public QObject
{
    Q_OBJECT
private slots:
    void statusNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<PredictionStatus>("status");
        QTest::addColumn<bool>("terminal");
        QTest::newRow("starting") << "starting" << PredictionStatus::Starting << false;
        QTest::newRow("in_queue") << "in_queue" << PredictionStatus::InQueue << false;
        QTest::newRow("processing") << "processing" << PredictionStatus::Processing << false;
        QTest::newRow("completed") << "completed" << PredictionStatus::Completed << true;
        QTest::newRow("failed") << "failed" << PredictionStatus::Failed << true;
        QTest::newRow("canceled") << "canceled" << PredictionStatus::Canceled << true;
        QTest::newRow("time_out") << "time_out" << PredictionStatus::TimeOut << true;
        QTest::newRow("unknown word") << "dreaming" << PredictionStatus::Unknown << false;
        QTest::newRow("empty") << "" << PredictionStatus::Unknown << false;
    }

    void statusNames()
    {
        QFETCH(QString, text);
        QFETCH(PredictionStatus, status);
        QFETCH(bool, terminal);
        QCOMPARE(parsePredictionStatus(text), status);
        QCOMPARE(isTerminal(status), terminal);
        if (status != PredictionStatus::Unknown)
            QCOMPARE(predictionStatusName(status), text);
    }

    void statusBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<PredictionStatus>("status");
        QTest::addColumn<QStringList>("outputs");
        QTest::addColumn<QString>("errorName");
        QTest::addColumn<QString>("errorMessage");
        const QString id = "123a87r9-4129-4bb3-be18-9c9fb5bd7fc1-u1";
        for (const char *word : {"starting", "in_queue", "processing", "canceled", "time_out"}) {
            QTest::newRow(word)
                << QByteArray("{\"id\":\"123a87r9-4129-4bb3-be18-9c9fb5bd7fc1-u1\",\"status\":\"") +
                       word + "\",\"error\":null}"
                << parsePredictionStatus(word) << QStringList() << QString() << QString();
        }
        QTest::newRow("processing, output null")
            << QByteArray("{\"id\":\"x\",\"status\":\"processing\",\"output\":null,\"error\":null}")
            << PredictionStatus::Processing << QStringList() << QString() << QString();
        QTest::newRow("completed, one url")
            << QByteArray("{\"id\":\"x\",\"status\":\"completed\",\"output\":[\"https://"
                          "cdn.fashn.ai/x/output_0.png\"],\"error\":null}")
            << PredictionStatus::Completed << QStringList{"https://cdn.fashn.ai/x/output_0.png"}
            << QString() << QString();
        QTest::newRow("completed, base64 and expired")
            << QByteArray("{\"id\":\"x\",\"status\":\"completed\",\"output\":[\"data:image/"
                          "png;base64,iVBO\",\"<base64>_expired\"]}")
            << PredictionStatus::Completed
            << QStringList{"data:image/png;base64,iVBO", "<base64>_expired"} << QString()
            << QString();
        const char *runtime[] = {"ImageLoadError",
                                 "ContentModerationError",
                                 "InputValidationError",
                                 "ThirdPartyError",
                                 "UnavailableError",
                                 "PipelineError",
                                 "PoseError",
                                 "LoRALoadError",
                                 "3rdPartyProviderError",
                                 "InternalServerError",
                                 "NSFWError",
                                 "PhotoTypeError"};
        for (const char *name : runtime) {
            QTest::newRow(qPrintable(QStringLiteral("failed %1").arg(name)))
                << QByteArray("{\"id\":\"x\",\"status\":\"failed\",\"output\":null,\"error\":{"
                              "\"name\":\"") +
                       name + "\",\"message\":\"went wrong\"}}"
                << PredictionStatus::Failed << QStringList() << QString(name) << "went wrong";
        }
        Q_UNUSED(id);
    }

    void statusBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(PredictionStatus, status);
        QFETCH(QStringList, outputs);
        QFETCH(QString, errorName);
        QFETCH(QString, errorMessage);
        const StatusResult result = parseStatusBody(body);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
        QCOMPARE(result.status, status);
        QCOMPARE(result.outputs, outputs);
        QCOMPARE(result.predictionError.name, errorName);
        QCOMPARE(result.predictionError.message, errorMessage);
        QVERIFY(!result.id.isEmpty());
    }

    void malformedStatusBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("truncated") << QByteArray("{\"id\":\"x\",\"status\":\"compl");
        QTest::newRow("truncated after comma")
            << QByteArray("{\"id\":\"x\",\"status\":\"completed\",");
        QTest::newRow("array") << QByteArray("[\"completed\"]");
        QTest::newRow("no status") << QByteArray("{\"id\":\"x\"}");
        QTest::newRow("status not string") << QByteArray("{\"id\":\"x\",\"status\":3}");
        QTest::newRow("output not list")
            << QByteArray("{\"id\":\"x\",\"status\":\"completed\",\"output\":{}}");
        QTest::newRow("output entry number")
            << QByteArray("{\"id\":\"x\",\"status\":\"completed\",\"output\":[1]}");
        QTest::newRow("completed without output")
            << QByteArray("{\"id\":\"x\",\"status\":\"completed\",\"output\":[]}");
        QTest::newRow("id not string") << QByteArray("{\"id\":5,\"status\":\"processing\"}");
    }

    void malformedStatusBodies()
    {
        QFETCH(QByteArray, body);
        const StatusResult result = parseStatusBody(body);
        QCOMPARE(result.error.kind, ApiErrorKind::InvalidReply);
        QVERIFY(!result.error.message.isEmpty());
        QVERIFY(result.outputs.isEmpty());
    }

    void runBodies()
    {
        RunResult ok =
            parseRunBody("{\"id\":\"123a87r9-4129-4bb3-be18-9c9fb5bd7fc1-u1\",\"error\":null}");
        QVERIFY(!ok.error.isError());
        QCOMPARE(ok.predictionId, QStringLiteral("123a87r9-4129-4bb3-be18-9c9fb5bd7fc1-u1"));

        RunResult embedded =
            parseRunBody("{\"id\":null,\"error\":\"OutOfCredits\",\"message\":\"no\"}");
        QCOMPARE(embedded.error.kind, ApiErrorKind::OutOfCredits);
        QVERIFY(embedded.predictionId.isEmpty());

        for (const QByteArray &bad :
             {QByteArray(), QByteArray("{\"id\":\"abc"), QByteArray("{\"error\":null}"),
              QByteArray("{\"id\":\"\"}"), QByteArray("null")}) {
            // A success without a readable id: FASHN may have created a prediction all the same,
            // so the job is uncertain (never resent), not a free failure.
            const RunResult result = parseRunBody(bad);
            QCOMPARE(result.error.kind, ApiErrorKind::SubmissionUncertain);
            QVERIFY2(result.error.message.contains(QLatin1String("may exist")),
                     qPrintable(result.error.message));
            QVERIFY(result.predictionId.isEmpty());
        }
    }

    void creditsBodies()
    {
        const CreditsResult ok = parseCreditsBody(
            "{\"credits\":{\"total\":234,\"subscription\":100,\"on_demand\":134}}");
        QVERIFY(!ok.error.isError());
        QCOMPARE(ok.total, 234);
        QCOMPARE(ok.subscription, 100);
        QCOMPARE(ok.onDemand, 134);

        const CreditsResult partial = parseCreditsBody("{\"credits\":{\"total\":5}}");
        QVERIFY(!partial.error.isError());
        QCOMPARE(partial.total, 5);
        QCOMPARE(partial.onDemand, 0);

        for (const QByteArray &bad :
             {QByteArray("{\"credits\":{\"total\":\"many\"}}"), QByteArray("{\"credits\":5}"),
              QByteArray("{\"credits\":{\"total\":23"), QByteArray("{}"),
              QByteArray("{\"credits\":{\"subscription\":1}}"),
              QByteArray("{\"credits\":{\"total\":1,\"on_demand\":\"x\"}}")}) {
            const CreditsResult result = parseCreditsBody(bad);
            QVERIFY2(result.error.kind == ApiErrorKind::InvalidReply, bad.constData());
            QCOMPARE(result.total, 0);
        }
    }

    void apiErrors_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ApiErrorKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("400") << 400 << QByteArray("{\"error\":\"BadRequest\",\"message\":\"bad\"}")
                             << ApiErrorKind::BadRequest << "BadRequest";
        QTest::newRow("401") << 401
                             << QByteArray("{\"error\":\"UnauthorizedAccess\",\"message\":\"no\"}")
                             << ApiErrorKind::Unauthorized << "UnauthorizedAccess";
        QTest::newRow("404") << 404 << QByteArray("{\"error\":\"NotFound\",\"message\":\"no\"}")
                             << ApiErrorKind::NotFound << "NotFound";
        QTest::newRow("429 rate") << 429
                                  << QByteArray(
                                         "{\"error\":\"RateLimitExceeded\",\"message\":\"slow\"}")
                                  << ApiErrorKind::RateLimited << "RateLimitExceeded";
        QTest::newRow("429 concurrency")
            << 429 << QByteArray("{\"error\":\"ConcurrencyLimitExceeded\",\"message\":\"6\"}")
            << ApiErrorKind::ConcurrencyLimited << "ConcurrencyLimitExceeded";
        QTest::newRow("429 credits")
            << 429 << QByteArray("{\"error\":\"OutOfCredits\",\"message\":\"0\"}")
            << ApiErrorKind::OutOfCredits << "OutOfCredits";
        QTest::newRow("500") << 500
                             << QByteArray("{\"error\":\"InternalServerError\",\"message\":\"x\"}")
                             << ApiErrorKind::ServerError << "InternalServerError";
        QTest::newRow("502 html") << 502 << QByteArray("<html>bad gateway</html>")
                                  << ApiErrorKind::ServerError << "";
        QTest::newRow("503 empty") << 503 << QByteArray() << ApiErrorKind::ServerError << "";
        QTest::newRow("429 no body") << 429 << QByteArray() << ApiErrorKind::RateLimited << "";
        QTest::newRow("401 truncated")
            << 401 << QByteArray("{\"error\":\"Unauth") << ApiErrorKind::Unauthorized << "";
        QTest::newRow("403") << 403 << QByteArray() << ApiErrorKind::Unauthorized << "";
        QTest::newRow("413") << 413 << QByteArray() << ApiErrorKind::BadRequest << "";
        QTest::newRow("error object")
            << 400 << QByteArray("{\"error\":{\"name\":\"BadRequest\",\"message\":\"m\"}}")
            << ApiErrorKind::BadRequest << "BadRequest";
    }

    // Replies without FASHN's error name (a proxy's page, an empty body) are typed by status.
    void bareStatusesAreTyped_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ApiErrorKind>("kind");
        QTest::newRow("500 empty") << 500 << QByteArray() << ApiErrorKind::ServerError;
        QTest::newRow("502 html") << 502 << QByteArray("<html>Bad Gateway</html>")
                                  << ApiErrorKind::ServerError;
        QTest::newRow("599") << 599 << QByteArray() << ApiErrorKind::ServerError;
        QTest::newRow("404 html") << 404 << QByteArray("<h1>Not Found</h1>")
                                  << ApiErrorKind::NotFound;
        QTest::newRow("401") << 401 << QByteArray() << ApiErrorKind::Unauthorized;
        QTest::newRow("403") << 403 << QByteArray("{}") << ApiErrorKind::Unauthorized;
        QTest::newRow("408") << 408 << QByteArray() << ApiErrorKind::Timeout;
        QTest::newRow("414") << 414 << QByteArray() << ApiErrorKind::BadRequest;
        QTest::newRow("429") << 429 << QByteArray() << ApiErrorKind::RateLimited;
        QTest::newRow("410") << 410 << QByteArray() << ApiErrorKind::BadRequest;
    }
    void bareStatusesAreTyped()
    {
        QFETCH(int, http);
        QFETCH(QByteArray, body);
        QFETCH(ApiErrorKind, kind);
        const ApiError e = parseApiError(http, body, {});
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.httpStatus, http);
        QVERIFY(e.name.isEmpty());
    }

    void apiErrors()
    {
        QFETCH(int, http);
        QFETCH(QByteArray, body);
        QFETCH(ApiErrorKind, kind);
        QFETCH(QString, name);
        const ApiError error = parseApiError(http, body, {});
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, http);
        QCOMPARE(error.name, name);
        QCOMPARE(error.retryAfterMs, -1);
        QVERIFY(error.isError());
        QVERIFY(!error.describe().isEmpty());
        if (body.startsWith("{\"error\":\"") && body.contains("message"))
            QVERIFY(!error.message.isEmpty());
    }

    void retryAfter_data()
    {
        QTest::addColumn<RawHeaders>("headers");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("none") << RawHeaders{} << qint64(-1);
        QTest::newRow("ms") << RawHeaders{{"retry-after-ms", "1500"}} << qint64(1500);
        QTest::newRow("ms fraction") << RawHeaders{{"Retry-After-Ms", "12.2"}} << qint64(13);
        QTest::newRow("seconds") << RawHeaders{{"Retry-After", "3"}} << qint64(3000);
        QTest::newRow("seconds fraction") << RawHeaders{{"retry-after", "0.25"}} << qint64(250);
        QTest::newRow("ms wins") << RawHeaders{{"Retry-After", "3"}, {"retry-after-ms", "40"}}
                                 << qint64(40);
        QTest::newRow("garbage") << RawHeaders{{"Retry-After", "soon"}} << qint64(-1);
        QTest::newRow("negative") << RawHeaders{{"Retry-After", "-4"}} << qint64(-1);
        QTest::newRow("bad ms falls back")
            << RawHeaders{{"retry-after-ms", "x"}, {"retry-after", "2"}} << qint64(2000);
        // Found by fuzz_replies: a value no qint64 holds (undefined behaviour in the cast).
        QTest::newRow("ms beyond a year")
            << RawHeaders{{"retry-after-ms", "1.5e116"}} << qint64(365LL * 24 * 3600 * 1000);
        QTest::newRow("past date")
            << RawHeaders{{"Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"}} << qint64(0);
    }

    void retryAfter()
    {
        QFETCH(RawHeaders, headers);
        QFETCH(qint64, expected);
        QCOMPARE(retryAfterMs(headers), expected);
        if (expected >= 0) {
            const ApiError error = parseApiError(429, "{\"error\":\"RateLimitExceeded\"}", headers);
            QCOMPARE(error.retryAfterMs, expected);
        }
    }

    void retryAfterFutureDate()
    {
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(30);
        const QByteArray text =
            QLocale::c()
                .toString(when, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                .toLatin1();
        const qint64 ms = retryAfterMs({{"Retry-After", text}});
        QVERIFY2(ms > 28000 && ms <= 30000, qPrintable(QString::number(ms)));
    }

    void describeEveryKind()
    {
        QSet<QString> sentences;
        for (int k = int(ApiErrorKind::None); k <= int(ApiErrorKind::NotAnImage); ++k) {
            ApiError error;
            error.kind = ApiErrorKind(k);
            const QString text = error.describe();
            QVERIFY2(text.endsWith('.'), qPrintable(text));
            QVERIFY(!apiErrorKindName(error.kind).isEmpty());
            sentences.insert(text);
        }
        QCOMPARE(sentences.size(), int(ApiErrorKind::NotAnImage) + 1); // all different
        ApiError credits;
        credits.kind = ApiErrorKind::OutOfCredits;
        QCOMPARE(credits.describe(), QStringLiteral("Your FASHN account has no credits left; buy "
                                                    "credits at fashn.ai, then try again."));
        ApiError uncertain;
        uncertain.kind = ApiErrorKind::SubmissionUncertain;
        QVERIFY(uncertain.describe().contains("may exist and be charged"));
    }

    void predictionErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<bool>("input");
        QTest::newRow("ImageLoadError") << "ImageLoadError" << false << true;
        QTest::newRow("ContentModerationError") << "ContentModerationError" << false << true;
        QTest::newRow("InputValidationError") << "InputValidationError" << false << true;
        QTest::newRow("PoseError") << "PoseError" << false << true;
        QTest::newRow("NSFWError") << "NSFWError" << false << true;
        QTest::newRow("PhotoTypeError") << "PhotoTypeError" << false << true;
        QTest::newRow("ThirdPartyError") << "ThirdPartyError" << true << false;
        QTest::newRow("3rdPartyProviderError") << "3rdPartyProviderError" << true << false;
        QTest::newRow("UnavailableError") << "UnavailableError" << true << false;
        QTest::newRow("PipelineError") << "PipelineError" << true << false;
        QTest::newRow("InternalServerError") << "InternalServerError" << true << false;
        QTest::newRow("LoRALoadError") << "LoRALoadError" << false << false;
        QTest::newRow("PollingTimeout") << "PollingTimeout" << false << false;
        QTest::newRow("unknown") << "SomethingNew" << false << false;
        QTest::newRow("empty") << "" << false << false;
    }

    void predictionErrors()
    {
        QFETCH(QString, name);
        QFETCH(bool, retryable);
        QFETCH(bool, input);
        PredictionError error{name, QStringLiteral("detail from FASHN")};
        QCOMPARE(error.isRetryable(), retryable);
        QCOMPARE(error.isInputProblem(), input);
        const QString text = error.describe();
        QVERIFY(text.endsWith(QLatin1String("detail from FASHN")));
        QVERIFY(text.size() > 40);
        if (name == QLatin1String("SomethingNew"))
            QVERIFY(text.contains(name));
        QVERIFY(!retryable || !input);
    }

    void endpointNames()
    {
        QCOMPARE(endpointName(Endpoint::Run), QStringLiteral("run"));
        QCOMPARE(endpointName(Endpoint::Status), QStringLiteral("status"));
        QCOMPARE(endpointName(Endpoint::Credits), QStringLiteral("credits"));
        QCOMPARE(endpointName(Endpoint::Output), QStringLiteral("output"));
    }
};

QTEST_GUILESS_MAIN(TestApiTypes)
#include "tst_apitypes.moc"

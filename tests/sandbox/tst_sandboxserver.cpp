#include "core/api/Clock.h"
#include "sandbox/SandboxServer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace fr;

namespace {

const QString kKey = QString::fromLatin1(kSandboxDefaultKey);

QString dataUri(QSize size, const QColor &color, const char *format = "PNG")
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return QStringLiteral("data:image/%1;base64,").arg(QString::fromLatin1(format).toLower()) +
           QString::fromLatin1(bytes.toBase64());
}

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QNetworkReply *raw = nullptr; // kept for header checks, deleted with the manager
    qint64 elapsedMs = 0;

    QByteArray header(const char *name) const { return raw->rawHeader(name); }
    QString errorName() const { return json.value("error").toString(); }
};

QJsonObject tryOn(const QJsonObject &extra = {})
{
    QJsonObject inputs{{"model_image", "saved:demo"},
                       {"garment_image", dataUri({60, 80}, Qt::blue)}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        inputs.insert(it.key(), it.value());
    return {{"model_name", "tryon-v1.6"}, {"inputs", inputs}};
}

QJsonObject productToModel(const QJsonObject &extra = {})
{
    QJsonObject inputs{{"product_image", dataUri({60, 80}, Qt::red)}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        inputs.insert(it.key(), it.value());
    return {{"model_name", "product-to-model"}, {"inputs", inputs}};
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager *m_network = nullptr;

    SandboxServer &start(SandboxOptions options = {})
    {
        if (options.timeScale == 1.0 && !options.clock)
            options.timeScale = 0.01;
        m_server = std::make_unique<SandboxServer>(options);
        if (!m_server->listen())
            qFatal("sandbox did not listen");
        return *m_server;
    }

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QString &key = kKey)
    {
        QUrl url = path.startsWith("http") ? QUrl(path) : m_server->baseUrl().resolved(QUrl(path));
        QNetworkRequest request(url);
        request.setTransferTimeout(10000);
        if (!key.isNull())
            request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        Reply r;
        r.elapsedMs = timer.elapsed();
        r.raw = reply;
        r.error = reply->error();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body).object();
        return r;
    }
    Reply run(const QJsonObject &body, const QString &key = kKey)
    {
        return send("POST", "/v1/run", QJsonDocument(body).toJson(QJsonDocument::Compact), key);
    }
    Reply status(const QString &id) { return send("GET", "/v1/status/" + id); }
    QString submit(const QJsonObject &body)
    {
        const Reply r = run(body);
        if (r.status != 200)
            qWarning() << "run failed" << r.status << r.body;
        return r.json.value("id").toString();
    }
    Reply waitTerminal(const QString &id)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            Reply r = status(id);
            const QString s = r.json.value("status").toString();
            if (s == "completed" || s == "failed" || r.status != 200)
                return r;
            QTest::qWait(10);
        }
        return {};
    }
    Reply addFault(const QJsonObject &fault)
    {
        return send("POST", "/_sandbox/faults", QJsonDocument(fault).toJson(), QString());
    }
    QImage fetchOutput(const Reply &completed, int index = 0)
    {
        const Reply r = send("GET", completed.json.value("output").toArray().at(index).toString(),
                             {}, QString());
        return QImage::fromData(r.body);
    }

private slots:
    void init() { m_network = new QNetworkAccessManager(this); }
    void cleanup()
    {
        delete m_network;
        m_network = nullptr;
        m_server.reset();
    }

    void listensOnLoopback()
    {
        SandboxServer &s = start();
        QVERIFY(s.port() != 0);
        QCOMPARE(s.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(s.port())));
    }

    void unauthorized()
    {
        start();
        for (const QString &key : {QString(), QStringLiteral("fa-wrong-key")}) {
            Reply r = run(tryOn(), key);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.errorName(), QStringLiteral("UnauthorizedAccess"));
            QVERIFY(!r.json.value("message").toString().isEmpty());
            QCOMPARE(send("GET", "/v1/credits", {}, key).status, 401);
            QCOMPARE(send("GET", "/v1/status/x", {}, key).status, 401);
        }
        QCOMPARE(m_server->credits(kKey), 1000);
        QCOMPARE(m_server->credits("fa-wrong-key"), -1);
    }

    void notFound()
    {
        start();
        Reply r = send("GET", "/v1/nothing");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorName(), QStringLiteral("NotFound"));
        r = status("123a87r9-4129-4bb3-be18-9c9fb5bd7fc1-u1");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorName(), QStringLiteral("NotFound"));
        QCOMPARE(send("GET", "/cdn/nope/output_0.png").status, 404);
        QCOMPARE(send("GET", "/v1/run").status, 404);
    }

    void predictionsOfAnotherKeyAreNotFound()
    {
        SandboxOptions options;
        options.keys = {"fa-one", "fa-two"};
        SandboxServer &s = start(options);
        QCOMPARE(run(tryOn()).status, 401); // explicit keys replace the default key
        const Reply r = run(tryOn(), "fa-one");
        QCOMPARE(r.status, 200);
        const QString id = r.json.value("id").toString();
        QCOMPARE(send("GET", "/v1/status/" + id, {}, "fa-one").status, 200);
        QCOMPARE(send("GET", "/v1/status/" + id, {}, "fa-two").status, 404);
        QCOMPARE(s.credits("fa-one"), 999);
        QCOMPARE(s.credits("fa-two"), 1000);
    }

    void badRequest()
    {
        start();
        Reply r = send("POST", "/v1/run", "{not json");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorName(), QStringLiteral("BadRequest"));
        r = run({{"model_name", "tryon-v9"}, {"inputs", QJsonObject{}}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.json.value("message").toString().contains("tryon-v9"));
        // Every problem is reported, each naming its parameter.
        r = run({{"model_name", "product-to-model"},
                 {"inputs", QJsonObject{{"resolution", "8k"}, {"num_images", 9}}}});
        QCOMPARE(r.status, 400);
        const QString message = r.json.value("message").toString();
        QVERIFY2(message.contains("product_image"), qPrintable(message));
        QVERIFY2(message.contains("resolution"), qPrintable(message));
        QVERIFY2(message.contains("num_images"), qPrintable(message));
        r = run(productToModel({{"model_image", dataUri({10, 10}, Qt::red)},
                                {"face_reference", dataUri({10, 10}, Qt::red)}}));
        QCOMPARE(r.status, 400);
        QVERIFY(r.json.value("message").toString().contains("face_reference"));
        QCOMPARE(m_server->credits(kKey), 1000);
    }

    void runWalksStatusesAndCharges()
    {
        // tryon-v1.6 balanced takes 8 s +-15%: starting for the first 5%, in_queue to 15%.
        ManualClock clock;
        SandboxOptions options;
        options.clock = &clock;
        SandboxServer &s = start(options);
        QSignalSpy finished(&s, &SandboxServer::predictionFinished);
        const Reply submitted = run(tryOn());
        QCOMPARE(submitted.status, 200);
        QVERIFY(submitted.json.contains("error"));
        QVERIFY(submitted.json.value("error").isNull());
        const QString id = submitted.json.value("id").toString();
        QVERIFY2(
            QRegularExpression("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-u1$")
                .match(id)
                .hasMatch(),
            qPrintable(id));
        QCOMPARE(s.credits(kKey), 999);
        const QList<std::pair<qint64, QString>> walk = {
            {0, "starting"}, {700, "in_queue"}, {2000, "processing"}, {6500, "processing"}};
        for (const auto &[atMs, expected] : walk) {
            clock.set(atMs);
            const Reply r = status(id);
            QCOMPARE(r.json.value("status").toString(), expected);
            QVERIFY(r.json.value("output").isNull());
            QVERIFY(r.json.value("error").isNull());
            QVERIFY(r.header("x-fashn-credits-used").isEmpty());
        }
        QCOMPARE(finished.size(), 0);
        clock.set(10000);
        QTRY_COMPARE(status(id).json.value("status").toString(), QStringLiteral("completed"));
        const Reply last = status(id);
        QCOMPARE(last.json.value("id").toString(), id);
        QVERIFY(last.json.value("error").isNull());
        QCOMPARE(last.header("x-fashn-credits-used"), QByteArray("1"));
        const QJsonArray output = last.json.value("output").toArray();
        QCOMPARE(output.size(), 1);
        QCOMPARE(output.at(0).toString(), s.baseUrl().toString() + "/cdn/" + id + "/output_0.png");
        const Reply file = send("GET", output.at(0).toString(), {}, QString());
        QCOMPARE(file.raw->header(QNetworkRequest::ContentTypeHeader).toString(), "image/png");
        QCOMPARE(QImage::fromData(file.body).size(), QSize(768, 1024)); // the saved demo model
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), id);
        QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("completed"));
        const qint64 finishedMs = finished.at(0).at(2).toLongLong();
        // The due time (6.8 s to 9.2 s), or later if the rendering finished after it.
        QVERIFY2(finishedMs >= 6800 && finishedMs <= 10000,
                 qPrintable(QString::number(finishedMs)));
        QCOMPARE(s.credits(kKey), 999);
        QVERIFY(submit(tryOn()) != id);
    }

    void walksInRealTime()
    {
        SandboxOptions options;
        options.timeScale = 0.02; // tryon balanced 8 s -> ~160 ms
        options.enforceRateLimits = false;
        start(options);
        QElapsedTimer timer;
        timer.start();
        const QString id = submit(tryOn());
        QStringList seen;
        while (timer.elapsed() < 10000) {
            const QString st = status(id).json.value("status").toString();
            if (seen.isEmpty() || seen.last() != st)
                seen << st;
            if (st == "completed" || st == "failed")
                break;
            QTest::qWait(5);
        }
        QCOMPARE(seen.last(), QStringLiteral("completed"));
        QVERIFY(seen.contains("processing"));
        QVERIFY(timer.elapsed() >= 130); // not before 85% of the scaled duration
    }

    void outputSizes_data()
    {
        QTest::addColumn<QJsonObject>("inputs");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("1:1 1k") << QJsonObject{{"aspect_ratio", "1:1"}} << QSize(1024, 1024);
        QTest::newRow("16:9 1k") << QJsonObject{{"aspect_ratio", "16:9"}} << QSize(1360, 768);
        QTest::newRow("3:4 2k") << QJsonObject{{"aspect_ratio", "3:4"}, {"resolution", "2k"}}
                                << QSize(1776, 2368);
        QTest::newRow("from background 4:3")
            << QJsonObject{{"background_reference", dataUri({400, 300}, Qt::gray)}}
            << QSize(1184, 880);
        QTest::newRow("from model 9:16")
            << QJsonObject{{"model_image", dataUri({300, 600}, Qt::gray)}} << QSize(768, 1360);
        QTest::newRow("from product 2:3") << QJsonObject{} << QSize(832, 1248);
    }
    void outputSizes()
    {
        QFETCH(QJsonObject, inputs);
        QFETCH(QSize, expected);
        SandboxOptions options;
        options.enforceRateLimits = false;
        start(options);
        QJsonObject body = productToModel(inputs);
        if (inputs.isEmpty()) {
            QJsonObject in = body.value("inputs").toObject();
            in.insert("product_image", dataUri({200, 300}, Qt::red));
            body.insert("inputs", in);
        }
        const Reply done = waitTerminal(submit(body));
        QCOMPARE(done.json.value("status").toString(), QStringLiteral("completed"));
        QCOMPARE(fetchOutput(done).size(), expected);
    }

    void deterministicPerSeed()
    {
        SandboxOptions options;
        options.enforceRateLimits = false;
        start(options);
        auto bytes = [&](int seed, int index = 0, int count = 1) {
            const Reply done = waitTerminal(submit(
                productToModel({{"seed", seed}, {"num_images", count}, {"aspect_ratio", "1:1"}})));
            return send("GET", done.json.value("output").toArray().at(index).toString()).body;
        };
        const QByteArray a = bytes(5);
        QVERIFY(!a.isEmpty());
        QCOMPARE(bytes(5), a);
        QVERIFY(bytes(6) != a);
        // The outputs of one request differ from each other.
        const QByteArray first = bytes(5, 0, 2);
        const QByteArray second = bytes(5, 1, 2);
        QVERIFY(!second.isEmpty());
        QVERIFY(first != second);
    }

    void jpegAndMultipleOutputs()
    {
        SandboxOptions options;
        options.enforceRateLimits = false;
        start(options);
        const Reply done =
            waitTerminal(submit(tryOn({{"num_samples", 3}, {"output_format", "jpeg"}})));
        const QJsonArray out = done.json.value("output").toArray();
        QCOMPARE(out.size(), 3);
        QVERIFY(out.at(2).toString().endsWith("/output_2.jpeg"));
        const Reply file = send("GET", out.at(2).toString());
        QCOMPARE(file.raw->header(QNetworkRequest::ContentTypeHeader).toString(), "image/jpeg");
        QVERIFY(file.body.startsWith("\xFF\xD8"));
        QCOMPARE(done.header("x-fashn-credits-used"), QByteArray("3"));
        QCOMPARE(m_server->credits(kKey), 997);
    }

    void base64OutputsExpire()
    {
        ManualClock clock;
        SandboxOptions options;
        options.clock = &clock;
        start(options);
        const QString id = submit(tryOn({{"return_base64", true}}));
        QCOMPARE(status(id).json.value("status").toString(), QStringLiteral("starting"));
        clock.advance(60 * 1000);
        QTRY_COMPARE(status(id).json.value("status").toString(), QStringLiteral("completed"));
        const QString uri = status(id).json.value("output").toArray().at(0).toString();
        QVERIFY(uri.startsWith("data:image/png;base64,"));
        const QImage image =
            QImage::fromData(QByteArray::fromBase64(uri.mid(uri.indexOf(',') + 1).toLatin1()));
        QCOMPARE(image.size(), QSize(768, 1024));
        clock.advance(59 * 60 * 1000);
        QVERIFY(status(id).json.value("output").toArray().at(0).toString().startsWith("data:"));
        clock.advance(2 * 60 * 1000);
        QCOMPARE(status(id).json.value("output").toArray(), QJsonArray{"<base64>_expired"});
    }

    void cdnOutputsExpireAfter72Hours()
    {
        ManualClock clock;
        SandboxOptions options;
        options.clock = &clock;
        start(options);
        const QString id = submit(tryOn());
        clock.advance(60 * 1000);
        QTRY_COMPARE(status(id).json.value("status").toString(), QStringLiteral("completed"));
        const QString url = status(id).json.value("output").toArray().at(0).toString();
        QCOMPARE(send("GET", url).status, 200);
        clock.advance(71LL * 3600 * 1000);
        QCOMPARE(send("GET", url).status, 200);
        clock.advance(2LL * 3600 * 1000);
        QCOMPARE(send("GET", url).status, 404);
    }

    void flatLegacyBody()
    {
        SandboxOptions options;
        options.enforceRateLimits = false;
        start(options);
        const QJsonObject body{{"model_image", dataUri({300, 500}, Qt::yellow)},
                               {"garment_image", dataUri({40, 40}, Qt::blue)},
                               {"category", "tops"},
                               {"long_top", true}};
        const Reply done = waitTerminal(submit(body));
        QCOMPARE(done.json.value("status").toString(), QStringLiteral("completed"));
        QVERIFY(done.json.value("output").toArray().at(0).toString().endsWith(".png"));
        QCOMPARE(fetchOutput(done).size(), QSize(300, 500));
        QCOMPARE(run(QJsonObject{{"cover_feet", "yes"}}).status, 400);
    }

    void loopbackUrlInputsAreFetched()
    {
        SandboxOptions options;
        options.enforceRateLimits = false;
        start(options);
        const Reply first = waitTerminal(submit(productToModel({{"aspect_ratio", "4:5"}})));
        const QString url = first.json.value("output").toArray().at(0).toString();
        const Reply done = waitTerminal(submit(productToModel({{"image_prompt", url}})));
        QCOMPARE(done.json.value("status").toString(), QStringLiteral("completed"));
        QCOMPARE(fetchOutput(done).size(), QSize(912, 1152)); // 4:5 inherited from the URL image
    }

    void imageLoadErrors_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("input");
        QTest::newRow("bad data uri")
            << tryOn({{"garment_image", "data:image/png;base64,bm90IGFuIGltYWdl"}})
            << "garment_image";
        QTest::newRow("non-loopback url")
            << tryOn({{"garment_image", "https://example.com/garment.png"}}) << "garment_image";
        QTest::newRow("unknown saved model")
            << tryOn({{"model_image", "saved:nobody"}}) << "model_image";
        QTest::newRow("loopback 404")
            << productToModel({{"image_prompt", "http://127.0.0.1:1/x.png"}}) << "image_prompt";
    }
    void imageLoadErrors()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, input);
        SandboxOptions options;
        options.enforceRateLimits = false;
        SandboxServer &s = start(options);
        const Reply done = waitTerminal(submit(body));
        QCOMPARE(done.json.value("status").toString(), QStringLiteral("failed"));
        QVERIFY(done.json.value("output").isNull());
        const QJsonObject error = done.json.value("error").toObject();
        QCOMPARE(error.value("name").toString(), QStringLiteral("ImageLoadError"));
        QVERIFY2(error.value("message").toString().contains(input),
                 qPrintable(error.value("message").toString()));
        QCOMPARE(done.header("x-fashn-credits-used"), QByteArray("0"));
        QCOMPARE(s.credits(kKey), 1000); // refunded
    }

    void rateLimits()
    {
        SandboxOptions options;
        options.statusLimit = 3;
        options.creditsLimit = 2;
        options.runLimit = 1;
        start(options);
        QCOMPARE(send("GET", "/v1/credits").status, 200);
        QCOMPARE(send("GET", "/v1/credits").status, 200);
        Reply r = send("GET", "/v1/credits");
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorName(), QStringLiteral("RateLimitExceeded"));
        const QString id = submit(tryOn());
        QVERIFY(!id.isEmpty());
        r = run(tryOn());
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorName(), QStringLiteral("RateLimitExceeded"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(status(id).status, 200);
        r = status(id);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorName(), QStringLiteral("RateLimitExceeded"));
        QCOMPARE(m_server->credits(kKey), 999); // only the accepted run was charged
    }

    void concurrencyLimit()
    {
        ManualClock clock; // nothing finishes while the clock stands still
        SandboxOptions options;
        options.clock = &clock;
        options.maxInFlight = 2;
        start(options);
        QCOMPARE(run(tryOn()).status, 200);
        QCOMPARE(run(tryOn()).status, 200);
        const Reply r = run(tryOn());
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorName(), QStringLiteral("ConcurrencyLimitExceeded"));
        QCOMPARE(m_server->credits(kKey), 998);
        clock.advance(60 * 1000);
        // Once both are done a new run is accepted (QTRY would run the expression twice).
        int accepted = 0;
        for (int i = 0; i < 100 && accepted != 200; ++i) {
            QTest::qWait(20);
            accepted = run(tryOn()).status;
        }
        QCOMPARE(accepted, 200);
    }

    void outOfCreditsAndCreditsEndpoint()
    {
        SandboxOptions options;
        options.credits = 3;
        options.subscriptionCredits = 2;
        SandboxServer &s = start(options);
        Reply r = send("GET", "/v1/credits");
        QCOMPARE(r.json.value("credits").toObject(),
                 (QJsonObject{{"total", 5}, {"subscription", 2}, {"on_demand", 3}}));
        // quality 2k = 4 credits, + 3 for the face reference = 7 > 5
        r = run(productToModel({{"generation_mode", "quality"},
                                {"resolution", "2k"},
                                {"face_reference", dataUri({20, 20}, Qt::green)}}));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorName(), QStringLiteral("OutOfCredits"));
        QCOMPARE(s.credits(kKey), 5);
        QCOMPARE(run(productToModel({{"generation_mode", "quality"}, {"resolution", "1k"}})).status,
                 200);
        r = send("GET", "/v1/credits");
        QCOMPARE(r.json.value("credits").toObject(),
                 (QJsonObject{{"total", 2}, {"subscription", 0}, {"on_demand", 2}}));
    }

    void transportFaults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("http500") << "http500" << 500 << "InternalServerError";
        QTest::newRow("rate_limit") << "rate_limit" << 429 << "RateLimitExceeded";
        QTest::newRow("concurrency_limit")
            << "concurrency_limit" << 429 << "ConcurrencyLimitExceeded";
        QTest::newRow("out_of_credits") << "out_of_credits" << 429 << "OutOfCredits";
    }
    void transportFaults()
    {
        QFETCH(QString, fault);
        QFETCH(int, status);
        QFETCH(QString, error);
        SandboxServer &s = start();
        QCOMPARE(addFault({{"endpoint", "run"}, {"fault", fault}, {"count", 2}}).status, 200);
        for (int i = 0; i < 2; ++i) {
            const Reply r = run(tryOn());
            QCOMPARE(r.status, status);
            QCOMPARE(r.errorName(), error);
        }
        QCOMPARE(s.credits(kKey), 1000); // nothing was created
        QCOMPARE(run(tryOn()).status, 200);
        QCOMPARE(s.requestCount(SandboxEndpoint::Run), 3);
    }

    void dropAfterTheRunWasAccepted()
    {
        SandboxServer &s = start();
        QSignalSpy finished(&s, &SandboxServer::predictionFinished);
        // QNetworkAccessManager silently resends a request whose connection closed before a
        // reply (twice, in Qt 6.4), so drop more often than it retries.
        QCOMPARE(addFault({{"endpoint", "run"}, {"fault", "drop"}, {"count", 10}}).status, 200);
        const Reply r = run(tryOn());
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(r.status, 0);
        // Every dropped attempt created and charged a prediction: the submission is uncertain.
        const int attempts = s.requestCount(SandboxEndpoint::Run);
        qInfo() << "run attempts seen by the sandbox:" << attempts;
        QVERIFY(attempts >= 1);
        QCOMPARE(s.credits(kKey), 1000 - attempts);
        QTRY_COMPARE(finished.size(), attempts);
        QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("completed"));
        QCOMPARE(send("GET", "/_sandbox/stats", {}, QString())
                     .json.value("completions")
                     .toArray()
                     .size(),
                 attempts);
    }

    void delayFault()
    {
        start();
        QCOMPARE(addFault({{"endpoint", "credits"}, {"fault", "delay"}, {"delay_ms", 400}}).status,
                 200);
        Reply r = send("GET", "/v1/credits");
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 380, qPrintable(QString::number(r.elapsedMs)));
        r = send("GET", "/v1/credits");
        QVERIFY(r.elapsedMs < 380);
    }

    void malformedAndTruncated()
    {
        start();
        QCOMPARE(addFault({{"endpoint", "credits"}, {"fault", "malformed_json"}}).status, 200);
        Reply r = send("GET", "/v1/credits");
        QCOMPARE(r.status, 200);
        QJsonParseError parse;
        QJsonDocument::fromJson(r.body, &parse);
        QVERIFY(parse.error != QJsonParseError::NoError);

        QCOMPARE(addFault({{"endpoint", "any"}, {"fault", "truncated"}}).status, 200);
        r = send("GET", "/v1/credits");
        QVERIFY(r.error != QNetworkReply::NoError);
        QVERIFY(QJsonDocument::fromJson(r.body).isNull());
        QCOMPARE(send("GET", "/v1/credits").status, 200);
    }

    void faultsCanBeClearedAndInjectedFromCpp()
    {
        SandboxServer &s = start();
        QCOMPARE(addFault({{"endpoint", "status"}, {"fault", "http500"}, {"count", 5}}).status,
                 200);
        QCOMPARE(addFault({{"fault", "bogus"}}).status, 400);
        QCOMPARE(
            send("GET", "/_sandbox/faults", {}, QString()).json.value("faults").toArray().size(),
            1);
        QCOMPARE(send("DELETE", "/_sandbox/faults", {}, QString()).status, 200);
        QCOMPARE(status("x").status, 404);
        SandboxFault fault;
        fault.kind = SandboxFaultKind::Http500;
        fault.endpoint = SandboxEndpoint::Output;
        s.injectFault(fault);
        QCOMPARE(send("GET", "/cdn/x/output_0.png").status, 500);
        QCOMPARE(send("GET", "/cdn/x/output_0.png").status, 404);
    }

    void runtimeErrors_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : SandboxFault::runtimeErrorNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void runtimeErrors()
    {
        QFETCH(QString, name);
        SandboxOptions options;
        options.enforceRateLimits = false;
        SandboxServer &s = start(options);
        QCOMPARE(
            addFault({{"fault", "runtime"}, {"name", name}, {"message", "sandbox says no"}}).status,
            200);
        const Reply failed = waitTerminal(submit(tryOn()));
        QCOMPARE(failed.json.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(failed.json.value("error").toObject(),
                 (QJsonObject{{"name", name}, {"message", "sandbox says no"}}));
        QCOMPARE(failed.header("x-fashn-credits-used"), QByteArray("0"));
        QCOMPARE(s.credits(kKey), 1000);
        // Only the next prediction fails.
        QCOMPARE(waitTerminal(submit(tryOn())).json.value("status").toString(),
                 QStringLiteral("completed"));
    }

    void statsCountRequests()
    {
        SandboxOptions options;
        options.enforceRateLimits = false;
        start(options);
        const Reply done = waitTerminal(submit(tryOn()));
        send("GET", "/v1/credits");
        fetchOutput(done);
        const QJsonObject stats = send("GET", "/_sandbox/stats", {}, QString()).json;
        const QJsonObject requests = stats.value("requests").toObject();
        QCOMPARE(requests.value("run").toInt(), 1);
        QVERIFY(requests.value("status").toInt() >= 1);
        QCOMPARE(requests.value("status").toInt(), m_server->requestCount(SandboxEndpoint::Status));
        QCOMPARE(requests.value("credits").toInt(), 1);
        QCOMPARE(requests.value("output").toInt(), 1);
        const QJsonArray completions = stats.value("completions").toArray();
        QCOMPARE(completions.size(), 1);
        QCOMPARE(completions.at(0).toObject().value("id").toString(),
                 done.json.value("id").toString());
        QVERIFY(completions.at(0).toObject().value("finished_ms").toInteger() >=
                completions.at(0).toObject().value("created_ms").toInteger());
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"

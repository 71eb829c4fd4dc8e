#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

// The fittingroom-sandbox executable, driven as a separate process.
class TestFittingRoomSandbox : public QObject
{
    Q_OBJECT

private:
    struct Started
    {
        QString url;
        QString error;
    };

    Started startSandbox(QProcess &process, const QStringList &arguments)
    {
        process.start(QStringLiteral(FR_SANDBOX_EXE), arguments);
        if (!process.waitForStarted(10000))
            return {{}, QStringLiteral("did not start")};
        QElapsedTimer timer;
        timer.start();
        while (!process.canReadLine() && timer.elapsed() < 10000)
            process.waitForReadyRead(200);
        return {QString::fromUtf8(process.readLine()).trimmed(), QString()};
    }

    std::pair<int, QJsonObject> getCredits(const QString &base, const QByteArray &key)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(base + QStringLiteral("/v1/credits")));
        request.setRawHeader("Authorization", "Bearer " + key);
        request.setTransferTimeout(10000);
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object()};
    }

    static void stop(QProcess &process)
    {
        process.kill();
        process.waitForFinished(5000);
    }

private slots:
    void printsItsUrlAndServes()
    {
        QProcess process;
        const Started s = startSandbox(process, {"--port", "0", "--key", "fa-test-one", "--key",
                                                 "fa-test-two", "--credits", "77"});
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QVERIFY2(QRegularExpression("^http://127\\.0\\.0\\.1:\\d+$").match(s.url).hasMatch(),
                 qPrintable(s.url));
        auto [status, json] = getCredits(s.url, "fa-test-two");
        QCOMPARE(status, 200);
        QCOMPARE(json.value("credits").toObject().value("total").toInt(), 77);
        // Explicit keys replace the default key.
        QCOMPARE(getCredits(s.url, defaultKey()).first, 401);
        stop(process);
    }

    void faultsFromTheCommandLine()
    {
        QProcess process;
        const Started s = startSandbox(process, {"--port", "0", "--fault", "http500:credits:1"});
        QVERIFY2(s.url.startsWith("http://127.0.0.1:"), qPrintable(s.url));
        QCOMPARE(getCredits(s.url, defaultKey()).first, 500);
        QCOMPARE(getCredits(s.url, defaultKey()).first, 200);
        stop(process);
    }

    void rejectsBadOptions()
    {
        QProcess process;
        process.start(QStringLiteral(FR_SANDBOX_EXE), {"--fault", "explode"});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("explode"));
        process.start(QStringLiteral(FR_SANDBOX_EXE), {"--help"});
        QVERIFY(process.waitForFinished(10000));
        const QByteArray help = process.readAllStandardOutput();
        QVERIFY(help.contains("--run-limit"));
        QVERIFY(help.contains("--no-rate-limits"));
        QVERIFY(help.contains("--load"));
        QVERIFY(help.contains("drift"));
        process.start(QStringLiteral(FR_SANDBOX_EXE), {"--load", "busy"});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--load"));
    }

    void startsWithALoadProfile()
    {
        QProcess process;
        const Started s =
            startSandbox(process, {"--port", "0", "--load", "drift", "--load-seed", "7"});
        QVERIFY2(s.url.startsWith("http://127.0.0.1:"), qPrintable(s.url));
        QCOMPARE(getCredits(s.url, defaultKey()).first, 200);
        stop(process);
    }

private:
    static QByteArray defaultKey() { return QByteArrayLiteral("fa-sandbox-local-key"); }
};

QTEST_GUILESS_MAIN(TestFittingRoomSandbox)
#include "tst_fittingroomsandbox.moc"

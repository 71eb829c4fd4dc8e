// The demo mode's sandbox on its own thread: it answers a client on the main thread, refuses a
// taken port with a reason, and stops cleanly when it goes out of scope.
#include "core/api/FashnClient.h"
#include "sandbox/SandboxThread.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace fr;

class tst_SandboxThread : public QObject
{
    Q_OBJECT

private slots:
    void answersFromItsOwnThread()
    {
        SandboxThread sandbox;
        QString error;
        QVERIFY2(sandbox.start({}, 0, &error), qPrintable(error));
        QCOMPARE(sandbox.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QNetworkAccessManager nam;
        ClientConfig config;
        config.baseUrl = sandbox.baseUrl();
        config.apiKey = QString::fromLatin1(kSandboxDefaultKey);
        FashnClient client(&nam, config);
        CreditsResult result;
        bool done = false;
        client.credits(this, [&](const CreditsResult &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.describe()));
        QVERIFY(result.total > 0);
    }

    void secondServerOnTheSamePortIsRefused()
    {
        SandboxThread first;
        QVERIFY(first.start({}));
        SandboxThread second;
        QString error;
        QVERIFY(!second.start({}, first.baseUrl().port(), &error));
        QVERIFY(error.contains(QString::number(first.baseUrl().port())));
    }
};

QTEST_MAIN(tst_SandboxThread)
#include "tst_sandboxthread.moc"

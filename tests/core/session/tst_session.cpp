#include "core/FashnDefaults.h"
#include "core/api/FashnClient.h"
#include "core/jobs/JobRunner.h"
#include "core/session/Session.h"
#include "core/settings/SecretStore.h"
#include "core/settings/Settings.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fr;

class tst_Session : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    SessionOptions options() const
    {
        SessionOptions o;
        o.journalPath = QStringLiteral(":memory:");
        o.catalogOverrideDir = QStringLiteral("-");
        o.readEnvironment = false;
        return o;
    }

    static void startAndWait(Session &session)
    {
        QSignalSpy ready(&session, &Session::ready);
        session.start();
        QTRY_COMPARE(ready.count(), 1);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void settingsReachClientAndRunner()
    {
        Settings settings(m_dir.filePath("a.ini"));
        MemorySecretStore secrets;
        SessionOptions o = options();
        o.apiKey = QStringLiteral("fa-test-key");
        Session session(&settings, &secrets, o);
        startAndWait(session);
        QCOMPARE(session.backend(), Session::Backend::Fashn);
        QVERIFY(session.hasKey());
        QCOMPARE(session.client()->config().apiKey, QString("fa-test-key"));
        QCOMPARE(session.client()->config().baseUrl, QUrl(defaults::baseUrl()));
        QCOMPARE(session.runner()->config().maxInFlight, defaults::kMaxInFlight);

        // What the user sets reaches the client and the runner without a restart.
        settings.setMaxInFlight(2);
        QCOMPARE(session.runner()->config().maxInFlight, 2);
        settings.setRateLimits({500, 60000}, {100, 10000}, {60, 10000});
        QCOMPARE(session.client()->config().runLimit.requests, 500);
        QCOMPARE(session.client()->config().statusLimit.requests, 100);
        QCOMPARE(session.client()->config().creditsLimit.requests, 60);
        settings.setBaseUrl(QUrl("http://127.0.0.1:9"));
        QCOMPARE(session.client()->config().baseUrl, QUrl("http://127.0.0.1:9"));
        settings.setFileNameTemplate("{model}_{n}");
        QCOMPARE(session.runner()->config().fileNameTemplate, QString("{model}_{n}"));
        settings.setOutputDir(m_dir.filePath("out"));
        QCOMPARE(session.runner()->config().outputDir, m_dir.filePath("out"));
        QCOMPARE(session.client()->config().apiKey, QString("fa-test-key"));
    }

    void forcedSandboxUsesTheFactory()
    {
        Settings settings(m_dir.filePath("b.ini"));
        SessionOptions o = options();
        o.forceSandbox = true;
        o.sandboxTimeScale = 0.5;
        double askedScale = 0;
        o.startSandbox = [&](double scale) {
            askedScale = scale;
            return LocalBackend{QUrl("http://127.0.0.1:1"), QStringLiteral("fa-sandbox"),
                                QString()};
        };
        Session session(&settings, nullptr, o);
        startAndWait(session);
        QVERIFY(session.isSandbox());
        QCOMPARE(askedScale, 0.5);
        QCOMPARE(session.client()->config().baseUrl, QUrl("http://127.0.0.1:1"));
        QCOMPARE(session.client()->config().apiKey, QString("fa-sandbox"));
        // The user's base URL must not pull a sandbox session over to FASHN.
        settings.setBaseUrl(QUrl("http://127.0.0.1:9"));
        QCOMPARE(session.client()->config().baseUrl, QUrl("http://127.0.0.1:1"));
        QCOMPARE(session.runner()->config().timeScale, 0.5);
    }

    void withoutBackendSettingNoKeyMeansFashnWithoutKey()
    {
        Settings settings(m_dir.filePath("c.ini"));
        settings.setBackend("sandbox");
        SessionOptions o = options();
        o.useBackendSetting = false;
        bool asked = false;
        o.startSandbox = [&](double) {
            asked = true;
            return LocalBackend{};
        };
        Session session(&settings, nullptr, o);
        startAndWait(session);
        QCOMPARE(session.backend(), Session::Backend::Fashn);
        QVERIFY(!session.hasKey());
        QVERIFY(!asked);
    }

    void autoWithoutKeyStartsTheSandbox()
    {
        Settings settings(m_dir.filePath("d.ini"));
        MemorySecretStore secrets; // empty
        SessionOptions o = options();
        o.startSandbox = [](double) {
            return LocalBackend{QUrl("http://127.0.0.1:2"), QStringLiteral("k"), QString()};
        };
        Session session(&settings, &secrets, o);
        startAndWait(session);
        QVERIFY(session.isSandbox());
    }
};

QTEST_GUILESS_MAIN(tst_Session)
#include "tst_session.moc"

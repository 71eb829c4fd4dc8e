#include "core/settings/Settings.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fr;

class tst_Settings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaults()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath("s.ini"));
        QCOMPARE(s.baseUrl(), QUrl("https://api.fashn.ai"));
        QVERIFY(s.outputDir().endsWith("Fitting Room"));
        QCOMPARE(s.maxInFlight(), 6);
        QCOMPARE(s.runLimit().requests, 50);
        QCOMPARE(s.runLimit().windowMs, 60000);
        QCOMPARE(s.statusLimit().windowMs, 10000);
        QCOMPARE(s.creditsLimit().requests, 30);
        QVERIFY(s.fileNameTemplate().contains("{n}"));
    }

    void roundTripAndBounds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("s.ini");
        {
            Settings s(path);
            s.setBaseUrl(QUrl("http://127.0.0.1:9999"));
            s.setOutputDir("/tmp/results");
            s.setMaxInFlight(40);
            s.setRateLimits({10, 1000}, {20, 2000}, {5, 500});
            s.setFileNameTemplate("{model}-{seed}-{n}");
        }
        Settings s(path);
        QCOMPARE(s.baseUrl(), QUrl("http://127.0.0.1:9999"));
        QCOMPARE(s.outputDir(), QString("/tmp/results"));
        QCOMPARE(s.maxInFlight(), 6);
        QCOMPARE(s.statusLimit().requests, 20);
        QCOMPARE(s.creditsLimit().windowMs, 500);
        QCOMPARE(s.fileNameTemplate(), QString("{model}-{seed}-{n}"));
        s.setBaseUrl(QUrl());
        QCOMPARE(s.baseUrl(), QUrl("https://api.fashn.ai"));
    }

    void invalidValuesFallBack()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath("s.ini"));
        s.raw().setValue("limits/status/requests", 0);
        s.raw().setValue("api/maxInFlight", "many");
        s.raw().setValue("library/fileNameTemplate", "no-counter");
        QCOMPARE(s.statusLimit().requests, 50);
        QCOMPARE(s.maxInFlight(), 1);
        QCOMPARE(s.fileNameTemplate(), QString("{date}_{model}_{id}_{n}"));
    }

    void neverStoresTheKey()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath("s.ini"));
        s.setBaseUrl(QUrl("https://api.fashn.ai"));
        s.raw().sync();
        QFile f(dir.filePath("s.ini"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().toLower().contains("key"));
    }
};

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"

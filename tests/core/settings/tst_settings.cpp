#include "core/FashnDefaults.h"
#include "core/settings/Settings.h"

#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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
        QCOMPARE(s.baseUrl(), QUrl(defaults::baseUrl()));
        QCOMPARE(s.backend(), QString("auto"));
        QCOMPARE(s.outputDir(), Settings::defaultOutputDir());
        QVERIFY(s.outputDir().endsWith("Fitting Room"));
        QCOMPARE(s.maxInFlight(), defaults::kMaxInFlight);
        QCOMPARE(s.runLimit().requests, defaults::kRunLimit.requests);
        QCOMPARE(s.runLimit().windowMs, defaults::kRunLimit.windowMs);
        QCOMPARE(s.statusLimit().requests, defaults::kStatusLimit.requests);
        QCOMPARE(s.statusLimit().windowMs, defaults::kStatusLimit.windowMs);
        QCOMPARE(s.creditsLimit().requests, defaults::kCreditsLimit.requests);
        QCOMPARE(s.creditsLimit().windowMs, defaults::kCreditsLimit.windowMs);
        QCOMPARE(s.fileNameTemplate(), defaults::fileNameTemplate());
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.confirmThreshold(), 20);
        QCOMPARE(s.dailyCreditCap(), 0); // no cap unless the user sets one
        QCOMPARE(s.defaultOutputFormat(), QString());
        QCOMPARE(s.lastModel(), QString());
        QVERIFY(s.lastValues("tryon-v1.6").isEmpty());
        QVERIFY(s.windowState("main").isEmpty());
    }

    // Every entry's default must pass its own normaliser unchanged, or a fresh install would
    // read a value the table itself refuses.
    void tableDefaultsAreNormal()
    {
        QVERIFY(Settings::keys().size() >= 16);
        QStringList names;
        for (const Settings::Key &k : Settings::keys()) {
            QVERIFY2(!names.contains(k.name), qPrintable(k.name));
            names << k.name;
            const QVariant d = k.defaultValue();
            QVERIFY2(d.isValid(), qPrintable(k.name));
            QCOMPARE(k.normalise(d), d);
        }
    }

    void keyLookup()
    {
        QVERIFY(Settings::key("api/maxInFlight"));
        QCOMPARE(Settings::key("values/tryon-v1.6")->name, QString("values/"));
        QCOMPARE(Settings::key("window/main")->name, QString("window/"));
        QVERIFY(!Settings::key("values/"));
        QVERIFY(!Settings::key("api/maxInFlightX"));
        QVERIFY(!Settings::key("nope"));
    }

    // A value written by hand (or by an older version) into the file reads back normalised.
    void normalisesStoredValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("in flight not a number")
            << "api/maxInFlight" << QVariant("many") << QVariant(defaults::kMaxInFlight);
        QTest::newRow("in flight above FASHN")
            << "api/maxInFlight" << QVariant(40) << QVariant(defaults::kMaxInFlight);
        QTest::newRow("in flight zero") << "api/maxInFlight" << QVariant(0) << QVariant(1);
        QTest::newRow("in flight fine") << "api/maxInFlight" << QVariant(" 3 ") << QVariant(3);
        QTest::newRow("no requests")
            << "limits/status/requests" << QVariant(0) << QVariant(defaults::kStatusLimit.requests);
        QTest::newRow("tiny window")
            << "limits/run/windowMs" << QVariant(50) << QVariant(defaults::kRunLimit.windowMs);
        QTest::newRow("raised quota") << "limits/run/requests" << QVariant(500) << QVariant(500);
        QTest::newRow("template without counter")
            << "library/fileNameTemplate" << QVariant("no-counter")
            << QVariant(defaults::fileNameTemplate());
        QTest::newRow("template") << "library/fileNameTemplate" << QVariant("{model}_{n}")
                                  << QVariant("{model}_{n}");
        QTest::newRow("unknown backend") << "api/backend" << QVariant("cloud") << QVariant("auto");
        QTest::newRow("sandbox backend")
            << "api/backend" << QVariant("sandbox") << QVariant("sandbox");
        QTest::newRow("unknown language") << "ui/language" << QVariant("xx") << QVariant(QString());
        QTest::newRow("german") << "ui/language" << QVariant("de") << QVariant("de");
        QTest::newRow("negative threshold") << "ui/confirmThreshold" << QVariant(-5) << QVariant(0);
        QTest::newRow("negative cap") << "spend/dailyCreditCap" << QVariant(-3) << QVariant(0);
        QTest::newRow("cap") << "spend/dailyCreditCap" << QVariant("250") << QVariant(250);
        QTest::newRow("gif") << "ui/defaultOutputFormat" << QVariant("gif") << QVariant(QString());
        QTest::newRow("jpeg") << "ui/defaultOutputFormat" << QVariant("jpeg") << QVariant("jpeg");
        QTest::newRow("relative base URL")
            << "api/baseUrl" << QVariant("api.example") << QVariant(defaults::baseUrl());
        QTest::newRow("loopback base URL")
            << "api/baseUrl" << QVariant("http://127.0.0.1:9") << QVariant("http://127.0.0.1:9");
        QTest::newRow("blank output dir")
            << "library/outputDir" << QVariant("  ") << QVariant(Settings::defaultOutputDir());
        QTest::newRow("values not JSON")
            << "values/m" << QVariant(QByteArray("{oops")) << QVariant(QByteArray());
        QTest::newRow("values an array")
            << "values/m" << QVariant(QByteArray("[1]")) << QVariant(QByteArray());
    }

    void normalisesStoredValues()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, stored);
        QFETCH(QVariant, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath("s.ini");
        {
            QSettings file(path, QSettings::IniFormat);
            file.setValue(key, stored);
        }
        Settings s(path);
        QCOMPARE(s.value(key), expected);
    }

    void settersNormalise()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath("s.ini"));
        s.setMaxInFlight(40);
        QCOMPARE(s.maxInFlight(), defaults::kMaxInFlight);
        s.setConfirmThreshold(-1);
        QCOMPARE(s.confirmThreshold(), 0);
        s.setDailyCreditCap(-10);
        QCOMPARE(s.dailyCreditCap(), 0);
        s.setDailyCreditCap(40);
        QCOMPARE(s.dailyCreditCap(), 40);
        s.setFileNameTemplate("no-counter");
        QCOMPARE(s.fileNameTemplate(), defaults::fileNameTemplate());
        s.setBackend("cloud");
        QCOMPARE(s.backend(), QString("auto"));
        s.setRateLimits({0, 1000}, {20, 10}, {5, 500});
        QCOMPARE(s.runLimit().requests, defaults::kRunLimit.requests);
        QCOMPARE(s.runLimit().windowMs, 1000);
        QCOMPARE(s.statusLimit().windowMs, defaults::kStatusLimit.windowMs);
        QCOMPARE(s.creditsLimit().requests, 5);
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("s.ini");
        const QJsonObject values{{"prompt", "studio"}, {"seed", 42}};
        {
            Settings s(path);
            s.setBaseUrl(QUrl("http://127.0.0.1:9999"));
            s.setOutputDir("/tmp/results");
            s.setMaxInFlight(2);
            s.setRateLimits({10, 1000}, {20, 2000}, {5, 500});
            s.setFileNameTemplate("{model}-{seed}-{n}");
            s.setLanguage("fr");
            s.setConfirmThreshold(7);
            s.setDefaultOutputFormat("png");
            s.setLastModel("tryon-v1.6");
            s.setLastValues("tryon-v1.6", values);
            s.setWindowState("main", QByteArray("\x01\x02\x00\x03", 4));
        }
        Settings s(path);
        QCOMPARE(s.baseUrl(), QUrl("http://127.0.0.1:9999"));
        QCOMPARE(s.outputDir(), QString("/tmp/results"));
        QCOMPARE(s.maxInFlight(), 2);
        QCOMPARE(s.runLimit().requests, 10);
        QCOMPARE(s.statusLimit().requests, 20);
        QCOMPARE(s.statusLimit().windowMs, 2000);
        QCOMPARE(s.creditsLimit().windowMs, 500);
        QCOMPARE(s.fileNameTemplate(), QString("{model}-{seed}-{n}"));
        QCOMPARE(s.language(), QString("fr"));
        QCOMPARE(s.confirmThreshold(), 7);
        QCOMPARE(s.defaultOutputFormat(), QString("png"));
        QCOMPARE(s.lastModel(), QString("tryon-v1.6"));
        QCOMPARE(s.lastValues("tryon-v1.6"), values);
        QVERIFY(s.lastValues("product-to-model").isEmpty());
        QCOMPARE(s.windowState("main"), QByteArray("\x01\x02\x00\x03", 4));
        s.setBaseUrl(QUrl());
        QCOMPARE(s.baseUrl(), QUrl(defaults::baseUrl()));
    }

    void changedOncePerRealChange()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath("s.ini"));
        QSignalSpy spy(&s, &Settings::changed);

        s.setMaxInFlight(3);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).toString(), QString("api/maxInFlight"));
        s.setMaxInFlight(3); // same value
        s.setMaxInFlight(defaults::kMaxInFlight);
        QCOMPARE(spy.count(), 1);
        spy.clear();
        s.setMaxInFlight(defaults::kMaxInFlight + 10); // clamps to the value already there
        s.setBackend("cloud");                         // refused: reads as "auto" like before
        s.setFileNameTemplate(defaults::fileNameTemplate());
        s.setBaseUrl(QUrl(defaults::baseUrl()));
        s.setRateLimits(defaults::kRunLimit, defaults::kStatusLimit, defaults::kCreditsLimit);
        s.setLastValues("m", QJsonObject());
        QCOMPARE(spy.count(), 0);

        s.setRateLimits({10, defaults::kRunLimit.windowMs}, defaults::kStatusLimit,
                        defaults::kCreditsLimit);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).toString(), QString("limits/run/requests"));

        s.setLastValues("m", QJsonObject{{"seed", 1}});
        s.setLastValues("m", QJsonObject{{"seed", 1}});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).toString(), QString("values/m"));

        s.reset("api/maxInFlight");
        QCOMPARE(spy.count(), 0); // already the default
        s.setLanguage("de");
        s.reset("ui/language");
        QCOMPARE(spy.count(), 2);
    }

    // Settings written again with what they already hold leave the file alone: every rewrite
    // is an fdatasync on the UI thread (QSettings saves through QSaveFile).
    void unchangedValuesAreNotRewritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("s.ini");
        {
            Settings s(path);
            s.setMaxInFlight(3);
            s.setLastModel("tryon-v1.6");
            s.setLastValues("tryon-v1.6", QJsonObject{{"seed", 7}});
            s.sync();
        }
        const auto inode = [&path] {
            struct stat st = {};
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : ino_t(0);
        };
        const ino_t before = inode();
        QVERIFY(before != 0);
        {
            Settings s(path); // read back from the file: values are strings now
            s.setMaxInFlight(3);
            s.setLastModel("tryon-v1.6");
            s.setLastValues("tryon-v1.6", QJsonObject{{"seed", 7}});
            s.reset("api/backend"); // never stored
            s.sync();
        }
        QCOMPARE(inode(), before);
        {
            Settings s(path);
            s.setMaxInFlight(4);
            s.sync();
        }
        QVERIFY(inode() != before); // a real change is written (QSaveFile: a new file)
        QCOMPARE(Settings(path).maxInFlight(), 4);
    }

    // The table has no place for a key (the dialog's round trip in tst_settingsdialog checks
    // that the key a user types never reaches the file): a new entry named like one fails here.
    void tableHasNoKeyEntry()
    {
        for (const Settings::Key &k : Settings::keys())
            QVERIFY2(!k.name.toLower().contains("key") && !k.name.toLower().contains("secret") &&
                         !k.name.toLower().contains("token"),
                     qPrintable(k.name));
    }
};

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"

// fittingroom-cli as a user runs it: a real process, the embedded sandbox, exit codes.
#include "support/ScriptedHttpServer.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kSamples = QStringLiteral(FR_SAMPLES_DIR);

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    // The CLI as a user runs it, with the user's real folders and keys kept out. The event
    // loop runs while it works, so a server in this process can answer it.
    Run cli(const QStringList &args, const QMap<QString, QString> &env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert("HOME", m_home.path());
        e.insert("XDG_CONFIG_HOME", m_home.filePath("config"));
        e.insert("XDG_DATA_HOME", m_home.filePath("data"));
        e.remove("FASHN_API_KEY");
        e.remove("FASHN_BASE_URL");
        e.insert("LANG", "C");
        for (auto it = env.begin(); it != env.end(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(FR_CLI_PATH), args);
        if (!finished.wait(120000))
            qFatal("fittingroom-cli did not finish");
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    // A completed, charged prediction whose output cannot be fetched (a file:// address, or a
    // redirect to one) is exit 7 and says it was charged, never "nothing was sent" (exit 2/5).
    void unfetchableOutputIsChargedAndExitsSeven_data()
    {
        QTest::addColumn<bool>("redirect");
        QTest::newRow("file url") << false;
        QTest::newRow("redirect to file url") << true;
    }
    void unfetchableOutputIsChargedAndExitsSeven()
    {
        QFETCH(bool, redirect);
        using fr::test::ReceivedRequest;
        using fr::test::ScriptedReply;
        fr::test::ScriptedHttpServer server;
        QVERIFY(server.listen());
        const QString output =
            redirect ? server.url("/cdn/o.png").toString() : QStringLiteral("file:///etc/passwd");
        const QByteArray status = QJsonDocument(QJsonObject{{"id", "p-file"},
                                                            {"status", "completed"},
                                                            {"output", QJsonArray{output}}})
                                      .toJson(QJsonDocument::Compact);
        server.setHandler([&](const ReceivedRequest &request) {
            if (request.path == "/v1/run")
                return ScriptedReply::json(200, "{\"id\":\"p-file\",\"error\":null}");
            if (request.path.startsWith("/v1/status/"))
                return ScriptedReply::json(200, status, {{"x-fashn-credits-used", "1"}});
            return ScriptedReply::redirect(302, QUrl("file:///etc/passwd"));
        });
        QTemporaryDir out;
        const Run r = cli({"run", "product-to-model", "product_image=" + kSamples + "/product.jpg",
                           "--out", out.path(), "--base-url", server.url().toString()},
                          {{"FASHN_API_KEY", "fa-testid-secrethash"}});
        QCOMPARE(r.code, 7);
        QVERIFY2(r.err.contains("p-file") && r.err.contains("charged"), r.err.constData());
        QVERIFY2(!r.err.contains("nothing was sent"), r.err.constData());
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 0);
    }

    void modelsList()
    {
        const Run r = cli({"models"});
        QCOMPARE(r.code, 0);
        for (const char *m : {"product-to-model", "tryon-v1.6", "tryon-legacy", "tryon-max"})
            QVERIFY2(r.out.contains(m), r.out.constData());
        const Run j = cli({"models", "product-to-model", "--json"});
        QCOMPARE(j.code, 0);
        QCOMPARE(QJsonDocument::fromJson(j.out).object()["parameters"].toArray().size(), 14);
    }

    void estimateJson()
    {
        const Run r = cli({"estimate", "product-to-model", "product_image=shirt.jpg",
                           "face_reference=me.jpg", "num_images=2", "--json"});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object(), QJsonObject({{"credits", 8}}));
        const Run text =
            cli({"estimate", "product-to-model", "product_image=shirt.jpg", "resolution=2k"});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains("4 credits") && text.out.contains("billed as quality"),
                 text.out.constData());
    }

    void badParametersAreNamed()
    {
        const Run r = cli({"estimate", "product-to-model", "product_image=a.jpg", "resolution=8k",
                           "seed=x", "colour=red", "model_image=m.jpg", "face_reference=f.jpg"});
        QCOMPARE(r.code, 2);
        for (const char *word : {"resolution", "seed", "colour", "face_reference"})
            QVERIFY2(r.err.contains(word), r.err.constData());
        // The unknown-parameter line lists every parameter, face_reference included, so the
        // rule that excludes it must be checked by its own words.
        QVERIFY2(r.err.contains("model_image cannot be combined with face_reference"),
                 r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void runAgainstEmbeddedSandbox()
    {
        QTemporaryDir out;
        const Run r = cli({"--sandbox", "--sandbox-time-scale", "0.02", "run", "product-to-model",
                           "product_image=" + kSamples + "/product.jpg", "prompt=studio",
                           "num_images=2", "--out", out.path()});
        QVERIFY2(r.code == 0, r.err.constData());
        const QStringList files = QString::fromUtf8(r.out).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(files.size(), 2);
        for (const QString &f : files) {
            QVERIFY(f.startsWith(out.path()));
            QVERIFY(!QImageReader(f).read().isNull());
            QVERIFY(QFileInfo::exists(f + ".json"));
        }
        QVERIFY2(r.err.contains("Submitting") && r.err.contains("Saved 2 results"),
                 r.err.constData());
    }

    void runJsonReportsCredits()
    {
        QTemporaryDir out;
        const Run r = cli({"--sandbox", "--sandbox-time-scale", "0.02", "--json", "run",
                           "tryon-v1.6", "model_image=saved:demo",
                           "garment_image=" + kSamples + "/product.jpg", "--out", out.path()});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o["state"].toString(), QString("completed"));
        QCOMPARE(o["credits_used"].toInt(), 1);
        QCOMPARE(o["files"].toArray().size(), 1);
    }

    void unreadableImageExitsTwo()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath("broken.jpg"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a jpeg");
        f.close();
        const Run r = cli({"--sandbox", "run", "product-to-model", "product_image=" + f.fileName(),
                           "--out", dir.path()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("broken.jpg"), r.err.constData());
    }

    // A device as an input: refused at once (it used to be read until memory ran out).
    void deviceImageExitsTwo()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::link("/dev/zero", dir.filePath("zero.jpg")));
        const Run r = cli({"--sandbox", "run", "product-to-model",
                           "product_image=" + dir.filePath("zero.jpg"), "--out", dir.path()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("zero.jpg") && r.err.contains("regular file"), r.err.constData());
    }

    void noKeyExitsThree()
    {
        const Run r = cli({"credits"});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains("FASHN_API_KEY"));
    }

    void insecureBaseUrlRefused()
    {
        const Run r = cli({"credits", "--base-url", "http://api.example.com"},
                          {{"FASHN_API_KEY", "fa-test-0123456789"}});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("api.example.com") && r.err.contains("http"), r.err.constData());
        QCOMPARE(r.code, 2);
    }

    void passwordInBaseUrlNeverShown()
    {
        const Run r = cli({"credits", "--base-url", "http://user:hunter2pw@api.example.com"},
                          {{"FASHN_API_KEY", "fa-test-0123456789"}});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("api.example.com"), r.err.constData());
        QVERIFY2(!r.err.contains("hunter2pw") && !r.out.contains("hunter2pw"), r.err.constData());
    }

    // A CR/LF in the key would be put into the Authorization header (header injection).
    void keyWithLineBreakRefused()
    {
        // Port 1 on loopback: if anything were sent, the CLI would report a network error (5).
        const Run r = cli({"credits", "--base-url", "http://127.0.0.1:1"},
                          {{"FASHN_API_KEY", "fa-test-0123\r\nX-Evil: 1"}});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("printable"), r.err.constData());
        QVERIFY(!r.err.contains("X-Evil"));
    }

    // The CLI is built on the studio's session: the base URL set in the studio applies.
    void studioSettingsApply()
    {
        QTemporaryDir home;
        {
            QSettings settings(home.filePath("config/FittingRoom/fittingroom.conf"),
                               QSettings::IniFormat);
            settings.setValue("api/baseUrl", "http://api.example.com");
        }
        const Run r = cli({"credits"}, {{"FASHN_API_KEY", "fa-test-0123456789"},
                                        {"XDG_CONFIG_HOME", home.filePath("config")}});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("api.example.com"), r.err.constData());
        // A sandbox run talks to its own server whatever the setting says.
        const Run sandbox =
            cli({"--sandbox", "--json", "credits"}, {{"XDG_CONFIG_HOME", home.filePath("config")}});
        QCOMPARE(sandbox.code, 0);
    }

    void creditsAndUnknownPrediction()
    {
        const Run c = cli({"--sandbox", "--json", "credits"});
        QCOMPARE(c.code, 0);
        QCOMPARE(QJsonDocument::fromJson(c.out).object()["credits"].toObject()["total"].toInt(),
                 1000);
        const Run s = cli({"--sandbox", "status", "no-such-prediction"});
        QCOMPARE(s.code, 8);
    }

    void usageErrors()
    {
        // A forgotten option value is refused, not taken for a folder named like an option.
        const Run out = cli({"--out", "--json", "models"});
        QCOMPARE(out.code, 2);
        QVERIFY2(out.err.contains("--out needs a value; --json is an option"), out.err);
        QVERIFY(!QFileInfo::exists(QDir::current().filePath("--json")));
        for (const char *scale : {"nan", "inf", "-1", "0", "11"}) {
            const Run r = cli({"--sandbox", "--sandbox-time-scale", scale, "models"});
            QVERIFY2(r.code == 2, scale);
            QVERIFY2(r.err.contains("--sandbox-time-scale must be a number"), r.err);
        }
        QCOMPARE(cli({"--sandbox", "--sandbox-time-scale", "0.5", "models"}).code, 0);
        // A parameter given twice would silently keep one of the two values.
        const Run twice = cli({"--sandbox", "estimate", "product-to-model",
                               "product_image=" + kSamples + "/product.jpg", "seed=1", "seed=2"});
        QCOMPARE(twice.code, 2);
        QVERIFY2(twice.err.contains("seed is given twice"), twice.err);

        QCOMPARE(cli({}).code, 2);
        QCOMPARE(cli({"frobnicate"}).code, 2);
        QCOMPARE(cli({"--bogus", "models"}).code, 2);
        const Run h = cli({"--help"});
        QCOMPARE(h.code, 0);
        QVERIFY(h.out.contains("Exit codes"));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"

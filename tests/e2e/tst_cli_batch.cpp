// fittingroom-cli batch, jobs and spend as a user runs them: a real process against a sandbox
// served from this test (so its request counts show exactly what was sent).
#include "core/jobs/JobJournal.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace fr;

namespace {
const QString kSamples = QStringLiteral(FR_SAMPLES_DIR);

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class tst_CliBatch : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_files; // batch files and their images
    std::unique_ptr<SandboxServer> m_server;

    // The CLI runs while this event loop serves the sandbox, so the wait never blocks it.
    Run cli(const QStringList &args, const QMap<QString, QString> &env = {}, int timeoutMs = 180000)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert("HOME", m_home.path());
        e.insert("XDG_CONFIG_HOME", m_home.filePath("config"));
        e.insert("XDG_DATA_HOME", m_home.filePath("data"));
        e.insert("FASHN_API_KEY", QString::fromLatin1(kSandboxDefaultKey));
        e.remove("FASHN_BASE_URL");
        e.insert("LANG", "C");
        for (auto it = env.begin(); it != env.end(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        QEventLoop loop;
        connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        p.start(QStringLiteral(FR_CLI_PATH),
                args.contains("--sandbox")
                    ? args
                    : QStringList{"--base-url", m_server->baseUrl().toString()} + args);
        p.closeWriteChannel(); // stdin is a pipe, not a terminal
        loop.exec();
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
            qWarning("fittingroom-cli did not finish");
        }
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    int runs() const { return m_server->requestCount(SandboxEndpoint::Run); }

    QString write(const QString &name, const QByteArray &data)
    {
        QFile f(m_files.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(f.fileName()));
        f.write(data);
        return f.fileName();
    }

    // Two products on three seeds: 6 jobs of 1 credit (fast, 1k).
    QString matrixFile()
    {
        return write(
            "matrix.jsonl",
            R"({"model": "product-to-model", "params": {"product_image": ["shirt.jpg", "images/dress.jpg"], "seed": [1, 2, 3], "generation_mode": "fast"}})"
            "\n");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_files.isValid());
        QVERIFY(QDir(m_files.path()).mkpath("images"));
        QVERIFY(QFile::copy(kSamples + "/product.jpg", m_files.filePath("shirt.jpg")));
        QVERIFY(QFile::copy(kSamples + "/product.jpg", m_files.filePath("images/dress.jpg")));
        SandboxOptions options;
        options.timeScale = 0.02;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->listen(0));
    }

    void badLineSendsNothing()
    {
        const QString file =
            write("bad.csv", "model,product_image,seed,prompt\n"
                             "product-to-model,shirt.jpg,\"[1, 2]\",\"studio, white\"\n"
                             "product-to-model,shirt.jpg,-4,\"a\n"
                             "two-line prompt\"\n"
                             "product-to-model,missing.jpg,5,\n");
        const int before = runs();
        const Run r = cli({"batch", file, "--yes"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("Line 3: seed") && r.err.contains("Line 5: product_image") &&
                     r.err.contains("missing.jpg"),
                 r.err.constData());
        QVERIFY2(!r.err.contains("Line 2"), r.err.constData());
        QCOMPARE(runs(), before);
        QVERIFY(r.out.isEmpty());
    }

    void noTerminalNeedsYes()
    {
        const int before = runs();
        const Run r = cli({"batch", matrixFile()});
        QCOMPARE(r.code, 9);
        QVERIFY2(r.err.contains("6 job") && r.err.contains("--yes"), r.err.constData());
        QCOMPARE(runs(), before);
    }

    void maxCreditsRefusesALargerBatch()
    {
        const int before = runs();
        const Run r = cli({"batch", matrixFile(), "--yes", "--max-credits", "5"});
        QCOMPARE(r.code, 9);
        QVERIFY2(r.err.contains("--max-credits 5"), r.err.constData());
        QCOMPARE(runs(), before);
        QCOMPARE(cli({"batch", matrixFile(), "--yes", "--max-credits", "many"}).code, 2);
    }

    // --max-credits equal to the cost lets it through: 6 /run, 6 results, one document.
    void matrixRunsEveryJobOnce()
    {
        QTemporaryDir out;
        const int before = runs();
        const Run r = cli(
            {"batch", matrixFile(), "--yes", "--max-credits", "6", "--json", "--out", out.path()});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(runs() - before, 6);
        QVERIFY2(r.err.contains("done 6, failed 0"), r.err.constData());

        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
        const QJsonArray jobs = doc["jobs"].toArray();
        QCOMPARE(jobs.size(), 6);
        QCOMPARE(doc["exit_code"].toInt(), 0);
        QCOMPARE(doc["credits_used"].toInt(), 6);
        QSet<QString> combinations, predictions;
        for (const QJsonValue &v : jobs) {
            const QJsonObject job = v.toObject();
            QCOMPARE(job["state"].toString(), QString("completed"));
            QCOMPARE(job["line"].toInt(), 1);
            QCOMPARE(job["credits_used"].toInt(), 1);
            combinations << QJsonDocument(job["matrix"].toObject()).toJson();
            predictions << job["prediction_id"].toString();
            const QJsonArray files = job["files"].toArray();
            QCOMPARE(files.size(), 1);
            QVERIFY(files[0].toString().startsWith(out.path()));
            QVERIFY(!QImageReader(files[0].toString()).read().isNull());
            QVERIFY(QFileInfo::exists(files[0].toString() + ".json"));
        }
        QCOMPARE(combinations.size(), 6);
        QCOMPARE(predictions.size(), 6);
        QCOMPARE(QDir(out.path()).entryList({"*.png"}).size(), 6);

        // The journal remembers them: jobs lists them, spend adds them up.
        const Run list = cli({"jobs", "--json"});
        QCOMPARE(list.code, 0);
        const QJsonArray listed = QJsonDocument::fromJson(list.out).object()["jobs"].toArray();
        QCOMPARE(listed.size(), 6);
        for (const QJsonValue &v : listed) {
            QVERIFY(predictions.contains(v["prediction_id"].toString()));
            QCOMPARE(v["files"].toArray().size(), 1);
        }
        const Run text = cli({"jobs", "--state", "completed"});
        QCOMPARE(text.code, 0);
        for (const QString &id : std::as_const(predictions))
            QVERIFY2(text.out.contains(id.toUtf8()), text.out.constData());
        QVERIFY(QJsonDocument::fromJson(cli({"jobs", "--state", "failed", "--json"}).out)
                    .object()["jobs"]
                    .toArray()
                    .isEmpty());
        QCOMPARE(cli({"jobs", "--state", "sleeping"}).code, 2);

        const Run spend = cli({"spend", "--json"});
        QCOMPARE(spend.code, 0);
        const QJsonObject s = QJsonDocument::fromJson(spend.out).object();
        QCOMPARE(s["total"]["jobs"].toInt(), 6);
        QCOMPARE(s["total"]["estimated"].toInt(), 6);
        QCOMPARE(s["total"]["charged"].toInt(), 6);
        QCOMPARE(s["days"].toArray().size(), 1);
        QCOMPARE(s["models"].toArray().first()["model"].toString(), QString("product-to-model"));
        QVERIFY(cli({"spend"}).out.contains("6 estimated, 6 charged"));
        QCOMPARE(QJsonDocument::fromJson(cli({"spend", "--since", "2999-01-01", "--json"}).out)
                     .object()
                     .value("total")["jobs"]
                     .toInt(),
                 0);
        QCOMPARE(cli({"spend", "--since", "yesterday"}).code, 2);
    }

    // With one job in flight the runner is handed two at a time (not the whole batch, whose
    // prepared images it would hold): every job still runs, each once.
    void aLongBatchIsFedAFewAtATime()
    {
        QTemporaryDir config;
        {
            QSettings settings(config.filePath("FittingRoom/fittingroom.conf"),
                               QSettings::IniFormat);
            settings.setValue("api/maxInFlight", 1);
        }
        const QString file = write(
            "long.jsonl",
            R"({"model": "product-to-model", "params": {"product_image": "shirt.jpg", "seed": [1, 2, 3, 4, 5, 6, 7, 8]}})");
        QTemporaryDir out;
        const Run r = cli({"--sandbox", "--sandbox-time-scale", "0.02", "batch", file, "--yes",
                           "--json", "--out", out.path()},
                          {{"XDG_CONFIG_HOME", config.path()}}, 90000);
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray jobs = QJsonDocument::fromJson(r.out).object()["jobs"].toArray();
        QCOMPARE(jobs.size(), 8);
        QSet<QString> predictions;
        for (const QJsonValue &v : jobs) {
            QCOMPARE(v["state"].toString(), QString("completed"));
            predictions << v["prediction_id"].toString();
        }
        QCOMPARE(predictions.size(), 8);
        QCOMPARE(QDir(out.path()).entryList({"*.png"}).size(), 8);
    }

    // A job an earlier run left in the journal is counted before a new batch starts.
    void unfinishedJobsAreMentioned()
    {
        const QString path = m_home.filePath("data/FittingRoom/fittingroom/journal.sqlite");
        QVERIFY(QFileInfo::exists(path));
        {
            JobJournal journal;
            QVERIFY(journal.open(path));
            JobRecord job;
            job.id = "left-over";
            job.model = "product-to-model";
            job.state = JobState::Queued;
            job.createdAt = QDateTime::currentDateTimeUtc();
            QVERIFY(journal.save(job));
        }
        const Run r = cli({"batch", matrixFile(), "--max-credits", "0"});
        QCOMPARE(r.code, 9);
        QVERIFY2(r.err.contains("1 unfinished job") && r.err.contains("fittingroom-cli resume"),
                 r.err.constData());
        const Run list = cli({"jobs", "--state", "unfinished", "--json"});
        QCOMPARE(QJsonDocument::fromJson(list.out).object()["jobs"].toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_CliBatch)
#include "tst_cli_batch.moc"

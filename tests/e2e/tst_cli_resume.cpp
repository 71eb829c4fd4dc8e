// fittingroom-cli resume, resubmit, drop and the daily credit cap, as a user runs them after a
// crash: a real process against a sandbox served from this test, whose request counts show
// exactly what was sent. The journal is written here the way an interrupted run leaves it.
#include "core/jobs/JobJournal.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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

QJsonObject fastProduct()
{
    return {{"product_image", kSamples + "/product.jpg"}, {"generation_mode", "fast"}};
}

JobRecord row(const QString &id, JobState state, const QString &outDir)
{
    JobRecord job;
    job.id = id;
    job.model = "product-to-model";
    job.values = fastProduct();
    job.outputDir = outDir;
    job.state = state;
    job.creditsEstimated = 1;
    job.createdAt = QDateTime::currentDateTimeUtc();
    job.updatedAt = job.createdAt;
    return job;
}
} // namespace

class tst_CliResume : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    std::unique_ptr<SandboxServer> m_server;

    QString journalPath(const QString &home) const
    {
        return home + "/data/FittingRoom/fittingroom/journal.sqlite";
    }

    // The CLI runs while this event loop serves the sandbox, so the wait never blocks it.
    Run cli(const QStringList &args, const QString &home = {})
    {
        const QString h = home.isEmpty() ? m_home.path() : home;
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert("HOME", h);
        e.insert("XDG_CONFIG_HOME", h + "/config");
        e.insert("XDG_DATA_HOME", h + "/data");
        e.insert("FASHN_API_KEY", QString::fromLatin1(kSandboxDefaultKey));
        e.remove("FASHN_BASE_URL");
        e.insert("LANG", "C");
        p.setProcessEnvironment(e);
        QEventLoop loop;
        connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
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

    // A prediction FASHN accepted before the app died: real on the sandbox, so it can be polled.
    QString createPrediction()
    {
        QFile image(kSamples + "/product.jpg");
        if (!image.open(QIODevice::ReadOnly))
            return {};
        const QJsonObject body{
            {"model_name", "product-to-model"},
            {"inputs",
             QJsonObject{{"product_image", QString::fromLatin1("data:image/jpeg;base64," +
                                                               image.readAll().toBase64())},
                         {"generation_mode", "fast"}}}};
        QNetworkAccessManager nam;
        QNetworkRequest request(m_server->baseUrl().resolved(QUrl("/v1/run")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("Authorization", QByteArray("Bearer ") + kSandboxDefaultKey);
        QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson());
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object()["id"].toString();
    }

    std::optional<JobRecord> load(const QString &id, const QString &home = {})
    {
        JobJournal journal;
        if (!journal.open(journalPath(home.isEmpty() ? m_home.path() : home)))
            return std::nullopt;
        return journal.load(id);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        SandboxOptions options;
        options.timeScale = 0.02;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->listen(0));
    }

    // Accepted: polled and saved once, never sent again. Never sent: sent once. Interrupted
    // while sending, or uncertain already: listed with what to do, never sent.
    void resumeFinishesWhatWasLeft()
    {
        QTemporaryDir accepted, fresh;
        const QString prediction = createPrediction();
        QVERIFY(!prediction.isEmpty());
        {
            JobJournal journal;
            QVERIFY2(journal.open(journalPath(m_home.path())), qPrintable(journal.lastError()));
            JobRecord a = row("accepted", JobState::Running, accepted.path());
            a.predictionId = prediction;
            a.submittedAt = a.createdAt;
            QVERIFY(journal.save(a));
            QVERIFY(journal.save(row("never-sent", JobState::Queued, fresh.path())));
            QVERIFY(journal.save(row("interrupted", JobState::Submitting, fresh.path())));
            JobRecord u = row("was-uncertain", JobState::Uncertain, fresh.path());
            u.errorKind = "submission_uncertain";
            u.errorName = "interrupted";
            QVERIFY(journal.save(u));
        }
        const int before = runs();
        const Run r = cli({"resume", "--json"});
        QVERIFY2(r.code == 6, r.err.constData());
        QCOMPARE(runs() - before, 1); // the never-sent job, and only it
        QVERIFY2(r.err.contains("resubmit") && r.err.contains("drop") &&
                     r.err.contains("interrupted") && r.err.contains("was-uncertain"),
                 r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QSet<QString> listed;
        for (const QJsonValue &v : doc["uncertain"].toArray())
            listed << v["id"].toString();
        QCOMPARE(listed, (QSet<QString>{"interrupted", "was-uncertain"}));
        QCOMPARE(doc["exit_code"].toInt(), 6);

        const std::optional<JobRecord> a = load("accepted");
        QVERIFY(a);
        QCOMPARE(a->state, JobState::Completed);
        QCOMPARE(a->predictionId, prediction);
        QCOMPARE(a->savedFiles.size(), 1);
        QCOMPARE(QDir(accepted.path()).entryList({"*.png"}).size(), 1);
        QVERIFY(QFileInfo::exists(a->savedFiles.first() + ".json"));
        const std::optional<JobRecord> n = load("never-sent");
        QCOMPARE(n->state, JobState::Completed);
        QCOMPARE(n->savedFiles.size(), 1);
        QCOMPARE(load("interrupted")->state, JobState::Uncertain);

        // Again: nothing is sent or saved twice; the uncertain jobs are still waiting.
        const Run again = cli({"resume"});
        QCOMPARE(again.code, 6);
        QCOMPARE(runs() - before, 1);
        QCOMPARE(QDir(accepted.path()).entryList({"*.png"}).size(), 1);

        // Dropped, they are left alone: resume has nothing more to do.
        QCOMPARE(cli({"drop", "interrupted"}).code, 0);
        QCOMPARE(cli({"drop", "was-uncertain"}).code, 0);
        QCOMPARE(cli({"drop", "accepted"}).code, 2); // completed: nothing to drop
        QCOMPARE(cli({"drop", "no-such-job"}).code, 8);
        const Run done = cli({"resume"});
        QVERIFY2(done.code == 0 && done.err.contains("Nothing to resume"), done.err.constData());
        QCOMPARE(load("was-uncertain")->state, JobState::Cancelled);
        QCOMPARE(runs() - before, 1);
        QCOMPARE(QDir(accepted.path()).entryList({"*.png"}).size(), 1);
        QVERIFY(QFileInfo::exists(a->savedFiles.first())); // drop never deletes files
    }

    // A resubmission may be a second charge: without a terminal it needs --yes, and it happens
    // once; an accepted job is dropped only with --yes.
    void resubmitAndDropAsk()
    {
        QTemporaryDir out;
        {
            JobJournal journal;
            QVERIFY(journal.open(journalPath(m_home.path())));
            JobRecord u = row("to-resubmit", JobState::Uncertain, out.path());
            u.errorKind = "submission_uncertain";
            u.errorName = "interrupted";
            QVERIFY(journal.save(u));
        }
        const int before = runs();
        const Run refused = cli({"resubmit", "to-resubmit"});
        QVERIFY2(refused.code == 9 && refused.err.contains("--yes"), refused.err.constData());
        QCOMPARE(runs(), before);
        QCOMPARE(load("to-resubmit")->state, JobState::Uncertain);

        const Run r = cli({"resubmit", "to-resubmit", "--yes", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(runs() - before, 1);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        const QJsonObject job = doc["jobs"].toArray().first().toObject();
        QCOMPARE(job["state"].toString(), QString("completed"));
        QCOMPARE(doc["resubmitted"].toString(), QString("to-resubmit"));
        const std::optional<JobRecord> old = load("to-resubmit");
        QCOMPARE(old->state, JobState::Cancelled);
        QCOMPARE(old->errorName, QString("resubmitted"));
        QCOMPARE(old->errorMessage, job["job_id"].toString());
        QCOMPARE(QDir(out.path()).entryList({"*.png"}).size(), 1);
        QCOMPARE(cli({"resubmit", "to-resubmit", "--yes"}).code, 2);
        QCOMPARE(cli({"resubmit", "no-such-job", "--yes"}).code, 8);
        QCOMPARE(runs() - before, 1);

        // Paid for and still at FASHN: dropping it would lose outputs, so it asks for --yes.
        {
            JobJournal journal;
            QVERIFY(journal.open(journalPath(m_home.path())));
            JobRecord a = row("paid", JobState::Running, out.path());
            a.predictionId = "not-polled";
            QVERIFY(journal.save(a));
        }
        QCOMPARE(cli({"drop", "paid"}).code, 9);
        QCOMPARE(load("paid")->state, JobState::Running);
        QCOMPARE(cli({"drop", "paid", "--yes"}).code, 0);
        QCOMPARE(load("paid")->errorName, QString("dropped"));
        QCOMPARE(cli({"resume"}).code, 0);
        QCOMPARE(runs() - before, 1);
    }

    // Today's accepted credits plus the batch may not pass the cap; yesterday's do not count.
    void dailyCapRefusesBeforeSending()
    {
        QTemporaryDir home, files;
        {
            JobJournal journal;
            QVERIFY(journal.open(journalPath(home.path())));
            JobRecord today = row("today", JobState::Completed, files.path());
            today.predictionId = "p-today";
            today.creditsEstimated = 3;
            today.submittedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(journal.save(today));
            JobRecord old = row("yesterday", JobState::Completed, files.path());
            old.predictionId = "p-yesterday";
            old.creditsEstimated = 10;
            old.createdAt = old.submittedAt = QDateTime::currentDateTime().addDays(-1);
            QVERIFY(journal.save(old));
        }
        auto setCap = [&](int cap) {
            QSettings settings(home.filePath("config/FittingRoom/fittingroom.conf"),
                               QSettings::IniFormat);
            settings.setValue("spend/dailyCreditCap", cap);
        };
        QFile batch(files.filePath("two.jsonl"));
        QVERIFY(batch.open(QIODevice::WriteOnly));
        batch.write(R"({"model": "product-to-model", "params": {"product_image": ")" +
                    (kSamples + "/product.jpg").toUtf8() +
                    R"(", "seed": [1, 2], "generation_mode": "fast"}})");
        batch.close();

        setCap(4);
        const int before = runs();
        const Run refused =
            cli({"batch", batch.fileName(), "--yes", "--out", files.path()}, home.path());
        QVERIFY2(refused.code == 9, refused.err.constData());
        QVERIFY2(refused.err.contains("3 credit") && refused.err.contains("spent today") &&
                     refused.err.contains("2 more") && refused.err.contains("daily cap of 4"),
                 refused.err.constData());
        const Run run =
            cli({"run", "product-to-model", "product_image=" + kSamples + "/product.jpg",
                 "generation_mode=fast", "num_images=2", "--out", files.path()},
                home.path());
        QVERIFY2(run.code == 9 && run.err.contains("daily cap of 4"), run.err.constData());
        QCOMPARE(runs(), before);
        // Simulated credits are not capped, even by a cap below the batch alone.
        setCap(1);
        const Run simulated = cli({"--sandbox", "--sandbox-time-scale", "0.02", "batch",
                                   batch.fileName(), "--yes", "--out", files.path()},
                                  home.path());
        QVERIFY2(simulated.code == 0, simulated.err.constData());

        setCap(5);
        const Run sent =
            cli({"batch", batch.fileName(), "--yes", "--out", files.path()}, home.path());
        QVERIFY2(sent.code == 0, sent.err.constData());
        QCOMPARE(runs() - before, 2);
    }
};

QTEST_GUILESS_MAIN(tst_CliResume)
#include "tst_cli_resume.moc"

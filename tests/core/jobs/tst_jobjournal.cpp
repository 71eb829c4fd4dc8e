#include "core/jobs/JobJournal.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace fr;

class tst_JobJournal : public QObject
{
    Q_OBJECT

    // Runs statements on a database file outside the journal (an older or foreign writer).
    static void prepareFile(const QString &path, const QStringList &statements)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "setup");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &s : statements)
                QVERIFY2(q.exec(s), qPrintable(s));
            db.close();
        }
        QSqlDatabase::removeDatabase("setup");
    }

    static int userVersion(const QString &path)
    {
        int version = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "peek");
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec("PRAGMA user_version") && q.next())
                    version = q.value(0).toInt();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase("peek");
        return version;
    }

    static JobRecord sample(const QString &id, JobState state, int minute)
    {
        JobRecord j;
        j.id = id;
        j.model = "product-to-model";
        j.values = {{"product_image", "/tmp/shirt.jpg"}, {"num_images", 2}};
        j.inputs = {{"product_image", QJsonObject{{"file", "shirt.jpg"}, {"sha256", "ab12"}}}};
        j.outputDir = "/tmp/out";
        j.state = state;
        j.predictionId = "pred-" + id;
        j.remoteStatus = "processing";
        j.creditsEstimated = 2;
        j.creditsUsed = -1;
        j.outputs = {"https://cdn.fashn.ai/x/output_0.png"};
        j.savedFiles = {"/tmp/out/a.png"};
        j.createdAt = QDateTime(QDate(2026, 11, 21), QTime(10, minute), Qt::UTC);
        j.submittedAt = j.createdAt.addSecs(5);
        j.updatedAt = j.createdAt.addSecs(6);
        return j;
    }

private slots:
    void roundTripSurvivesReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("journal.sqlite");
        const JobRecord job = sample("a", JobState::Running, 1);
        {
            JobJournal journal;
            QVERIFY(journal.open(path));
            QVERIFY(journal.save(job));
        }
        JobJournal journal;
        QVERIFY(journal.open(path));
        const auto loaded = journal.load("a");
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->model, job.model);
        QCOMPARE(loaded->values, job.values);
        QCOMPARE(loaded->inputs, job.inputs);
        QCOMPARE(loaded->state, JobState::Running);
        QCOMPARE(loaded->predictionId, job.predictionId);
        QCOMPARE(loaded->outputs, job.outputs);
        QCOMPARE(loaded->savedFiles, job.savedFiles);
        QCOMPARE(loaded->creditsEstimated, 2);
        QCOMPARE(loaded->createdAt, job.createdAt);
        QCOMPARE(loaded->submittedAt, job.submittedAt);
        QVERIFY(!journal.load("missing").has_value());
    }

    void unfinishedOldestFirst()
    {
        JobJournal journal;
        QVERIFY(journal.open(":memory:"));
        QVERIFY(journal.save(sample("late", JobState::Submitting, 30)));
        QVERIFY(journal.save(sample("done", JobState::Completed, 1)));
        QVERIFY(journal.save(sample("early", JobState::Queued, 2)));
        QVERIFY(journal.save(sample("gone", JobState::Expired, 3)));
        QStringList ids;
        for (const JobRecord &j : journal.unfinished())
            ids << j.id;
        QCOMPARE(ids, QStringList({"early", "late"}));
        QCOMPARE(journal.all().size(), 4);
        QCOMPARE(journal.all().first().id, QString("late"));
    }

    void saveReplacesAndRemoveDeletes()
    {
        JobJournal journal;
        QVERIFY(journal.open(":memory:"));
        JobRecord j = sample("x", JobState::Running, 1);
        QVERIFY(journal.save(j));
        j.state = JobState::Completed;
        j.creditsUsed = 2;
        QVERIFY(journal.save(j));
        QCOMPARE(journal.all().size(), 1);
        QCOMPARE(journal.load("x")->state, JobState::Completed);
        QCOMPARE(journal.load("x")->creditsUsed, 2);
        QVERIFY(journal.remove("x"));
        QVERIFY(journal.all().isEmpty());
    }

    void quotesInIdsAreHarmless()
    {
        JobJournal journal;
        QVERIFY(journal.open(":memory:"));
        QVERIFY(journal.save(sample("it's", JobState::Running, 1)));
        QVERIFY(journal.load("it's").has_value());
        QVERIFY(!journal.load("x' OR '1'='1").has_value());
    }

    void newJournalHasSchemaVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("j.sqlite");
        {
            JobJournal journal;
            QVERIFY(journal.open(path));
            QVERIFY(journal.save(sample("a", JobState::Running, 1)));
        }
        QCOMPARE(userVersion(path), 3);
        JobJournal again;
        QVERIFY(again.open(path));
        QVERIFY(again.load("a").has_value());
    }

    // A journal written before versions were kept (version 0, our table) is adopted.
    void unversionedJournalIsAdopted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.sqlite");
        prepareFile(
            path,
            {"CREATE TABLE jobs ( id TEXT PRIMARY KEY, model TEXT NOT NULL, state TEXT NOT NULL,"
             " values_json TEXT, inputs_json TEXT, output_dir TEXT, prediction_id TEXT, "
             "remote_status TEXT,"
             " error_kind TEXT, error_name TEXT, error_message TEXT,"
             " credits_estimated INTEGER, credits_used INTEGER, outputs_json TEXT, saved_json TEXT,"
             " created_at TEXT, submitted_at TEXT, completed_at TEXT, updated_at TEXT)",
             "INSERT INTO jobs (id, model, state) VALUES ('old', 'tryon-v1.6', 'running')"});
        {
            JobJournal journal;
            QString error;
            QVERIFY2(journal.open(path, &error), qPrintable(error));
            QCOMPARE(journal.unfinished().size(), 1);
        }
        QCOMPARE(userVersion(path), 3);
    }

    // Version 1 (before durations were kept) gains the table and keeps its jobs.
    void version1JournalGainsDurations()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("v1.sqlite");
        {
            JobJournal journal;
            QVERIFY(journal.open(path));
            QVERIFY(journal.save(sample("a", JobState::Running, 1)));
        }
        prepareFile(path, {"DROP TABLE durations", "PRAGMA user_version = 1"});
        {
            JobJournal journal;
            QString error;
            QVERIFY2(journal.open(path, &error), qPrintable(error));
            QVERIFY(journal.load("a").has_value());
            QVERIFY(
                journal.addDuration({"m|fast|1k", 16000, 14000, QDateTime::currentDateTimeUtc()}));
        }
        QCOMPARE(userVersion(path), 3);
    }

    void durationsSurviveAReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("d.sqlite");
        const QDateTime at(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        {
            JobJournal journal;
            QVERIFY(journal.open(path));
            for (int i = 0; i < 5; ++i)
                QVERIFY(journal.addDuration({"k", 1000.0 * i, 900.0 * i, at.addSecs(i)}));
        }
        JobJournal journal;
        QVERIFY(journal.open(path));
        const QList<DurationObservation> all = journal.recentDurations();
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.first().catalogMs, 0.0);
        QCOMPARE(all.last().observedMs, 3600.0);
        QCOMPARE(all.last().anchoredAt, at.addSecs(4));
        const QList<DurationObservation> two = journal.recentDurations(2);
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.first().catalogMs, 3000.0); // the newest two, oldest first
    }

    // Version 2 kept durations without their submission time and precision: it gains both
    // columns, keeps its observations (read as "not known"), and new ones keep everything.
    void version2DurationsGainSubmissionAndPrecision()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("v2.sqlite");
        const QDateTime at(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        prepareFile(path, {"CREATE TABLE durations (key TEXT NOT NULL, catalog_ms REAL NOT NULL,"
                           " observed_ms REAL NOT NULL, anchored_at TEXT NOT NULL)",
                           "INSERT INTO durations VALUES ('k', 1000, 900, "
                           "'2026-03-01T12:00:00.000Z')",
                           "PRAGMA user_version = 2"});
        JobJournal journal;
        QString error;
        QVERIFY2(journal.open(path, &error), qPrintable(error));
        DurationObservation o;
        o.key = "k";
        o.catalogMs = 2000;
        o.observedMs = 1800;
        o.anchoredAt = at.addSecs(10);
        o.submittedAt = at.addSecs(4);
        o.precision = 0.25;
        QVERIFY(journal.addDuration(o));
        const QList<DurationObservation> all = journal.recentDurations();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().anchoredAt, at);
        QVERIFY(!all.first().submittedAt.isValid());
        QCOMPARE(all.first().precision, -1.0);
        QCOMPARE(all.last().submittedAt, at.addSecs(4));
        QCOMPARE(all.last().precision, 0.25);
        QCOMPARE(userVersion(path), 3);
    }

    void unknownSchemaIsRefused_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("named");
        QTest::newRow("newer version")
            << QStringList{"CREATE TABLE jobs (id TEXT)", "PRAGMA user_version = 7"} << "7";
        QTest::newRow("version without table") << QStringList{"PRAGMA user_version = 4"} << "4";
        QTest::newRow("foreign jobs table")
            << QStringList{"CREATE TABLE jobs (id INTEGER, title TEXT)"} << "model";
    }

    void unknownSchemaIsRefused()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString path = dir.filePath("foreign.sqlite");
        prepareFile(path, statements);
        JobJournal journal;
        QString error;
        QVERIFY(!journal.open(path, &error));
        QVERIFY(!journal.isOpen());
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(named), qPrintable(error));
        QCOMPARE(journal.lastError(), error);
        QVERIFY(!journal.save(sample("x", JobState::Queued, 1)));
    }

    void stateNames()
    {
        for (int s = 0; s <= int(JobState::Expired); ++s)
            QCOMPARE(jobStateFromName(jobStateName(JobState(s))), JobState(s));
        QVERIFY(isFinal(JobState::Uncertain));
        QVERIFY(!isFinal(JobState::Downloading));
    }

    void unwritableLocationIsReported()
    {
        JobJournal journal;
        QString error;
        QVERIFY(!journal.open("/proc/definitely/not/here.sqlite", &error));
        QVERIFY(error.contains("journal"));
    }

    // Two journals on one file (the studio and a CLI): the second is refused and told who holds
    // the job, until the holder lets it go.
    void claimIsExclusiveAcrossJournals()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("journal.sqlite");
        JobJournal a, b;
        QVERIFY(a.open(path));
        QVERIFY(b.open(path));
        QVERIFY(a.save(sample("j", JobState::Running, 1)));
        QVERIFY(a.claim("j"));
        QVERIFY(a.claim("j")); // ours already
        JobOwner holder;
        QVERIFY(!b.claim("j", &holder));
        QCOMPARE(holder.pid, QCoreApplication::applicationPid());
        QCOMPARE(holder.token, a.self().token);
        QVERIFY(a.holds("j"));
        QVERIFY(!b.holds("j"));
        b.release("j"); // not b's to release
        QVERIFY(a.holds("j"));
        a.release("j");
        QVERIFY(b.claim("j"));
        QVERIFY(b.holds("j"));
        QVERIFY(!a.holds("j"));

        // A journal closed cleanly (the studio quitting) frees its claims at once.
        QVERIFY(a.save(sample("k", JobState::Running, 1)));
        QVERIFY(b.claim("k"));
        JobJournal c;
        QVERIFY(c.open(path));
        QVERIFY(!c.claim("k"));
        b.close();
        QVERIFY(c.claim("k"));
        QVERIFY(c.claim("j"));
    }

    // A process killed while holding jobs: its pid is gone, so resume takes them over. So is a
    // claim whose pid the kernel has since given to another process (here: ours).
    void deadOwnersClaimIsTakenOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("journal.sqlite");
        QProcess gone;
        gone.start("true", QStringList());
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished());
        JobJournal dead, reused, live;
        QVERIFY(dead.open(path));
        QVERIFY(reused.open(path));
        QVERIFY(live.open(path));
        JobOwner d = dead.self();
        d.pid = deadPid;
        d.started = "1";
        dead.setSelf(d);
        JobOwner r = reused.self();
        r.started = "1"; // our pid, but an older process's start time
        reused.setSelf(r);
        QVERIFY(dead.claim("x"));
        QVERIFY(reused.claim("y"));
        QVERIFY(live.claim("x"));
        QVERIFY(live.claim("y"));
        QCOMPARE(live.owner("x")->token, live.self().token);

        // Another host's process is judged by its heartbeat: fresh holds, stale is taken over.
        JobJournal remote;
        QVERIFY(remote.open(path));
        JobOwner o = remote.self();
        o.host = "elsewhere.example";
        o.pid = deadPid; // meaningless on this host
        remote.setSelf(o);
        QVERIFY(remote.claim("z"));
        JobOwner holder;
        QVERIFY(!live.claim("z", &holder));
        QCOMPARE(holder.host, QString("elsewhere.example"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "age");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("UPDATE job_claims SET heartbeat_at = '2020-01-01T00:00:00.000Z'"));
            db.close();
        }
        QSqlDatabase::removeDatabase("age");
        QVERIFY(live.claim("z"));
    }

    // Claims race from four connections at once: every job ends with exactly one winner.
    void claimIsAtomicUnderContention()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("journal.sqlite");
        {
            JobJournal setup;
            QVERIFY(setup.open(path));
        }
        constexpr int kJobs = 150;
        constexpr int kThreads = 4;
        std::atomic<int> wins[kJobs] = {};
        std::atomic<int> openFailures = 0;
        QSemaphore claimed, mayClose;
        QList<QThread *> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads << QThread::create([&] {
                JobJournal journal;
                if (!journal.open(path)) {
                    ++openFailures;
                    claimed.release();
                    mayClose.acquire();
                    return;
                }
                for (int i = 0; i < kJobs; ++i) {
                    if (journal.claim(QString::number(i)))
                        ++wins[i];
                }
                // Every journal stays open until all have raced: closing one frees its claims.
                claimed.release();
                mayClose.acquire();
            });
        }
        for (QThread *t : threads)
            t->start();
        QVERIFY(claimed.tryAcquire(kThreads, 60000));
        mayClose.release(kThreads);
        for (QThread *t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QCOMPARE(openFailures.load(), 0);
        for (int i = 0; i < kJobs; ++i)
            QVERIFY2(wins[i] == 1,
                     qPrintable(QString("job %1 claimed %2 times").arg(i).arg(wins[i])));
    }
};

QTEST_GUILESS_MAIN(tst_JobJournal)
#include "tst_jobjournal.moc"

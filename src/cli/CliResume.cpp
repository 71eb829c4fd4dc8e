// fittingroom-cli resume, resubmit and drop: what an interrupted run left in the journal, and the
// user's decision about jobs that may have been charged.
#include "CliApp.h"

#include "core/catalog/Pricing.h"
#include "core/jobs/BatchFile.h"
#include "core/jobs/JobJournal.h"
#include "core/jobs/JobRunner.h"
#include "core/session/Session.h"
#include "core/settings/Settings.h"
#include "core/text/Wording.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>

namespace fr {

namespace {

// Paid for and already at FASHN: resume only polls and saves it.
bool isAccepted(const JobRecord &job)
{
    return (job.state == JobState::Running || job.state == JobState::Downloading ||
            job.state == JobState::Suspended) &&
           !job.predictionId.isEmpty();
}

} // namespace

int CliApp::commandResume(const QStringList &args)
{
    if (!args.isEmpty()) {
        fail(tr("resume takes no arguments: fittingroom-cli resume [--json]"));
        return ExitUsage;
    }
    if (m_sandbox) {
        fail(tr("resume works on the journal of paid runs; sandbox runs are not kept in it."));
        return ExitUsage;
    }
    // The journal is read before connecting: listing uncertain jobs needs no key.
    QList<JobRecord> unfinished;
    {
        JobJournal journal;
        bool empty = false;
        QString error;
        if (!openJournal(&journal, &empty, &error)) {
            fail(error);
            return ExitUsage;
        }
        if (!empty)
            unfinished = journal.unfinished();
    }

    QList<BatchJob> jobs;
    QList<JobRecord> records;
    QHash<QString, int> index;
    QString outDir = m_outDir.isEmpty() ? m_settings->outputDir() : m_outDir;
    qint64 elapsedMs = 0;
    if (!unfinished.isEmpty()) {
        if (!connectClient())
            return m_connectExit;
        if (!m_session->journal()->isOpen()) {
            fail(m_session->startProblem());
            return ExitUsage;
        }
        int accepted = 0;
        int notSent = 0;
        int interrupted = 0;
        for (const JobRecord &rec : std::as_const(unfinished)) {
            index.insert(rec.id, int(records.size()));
            records << rec;
            jobs << BatchJob{0, rec.model, rec.values, {}};
            accepted += isAccepted(rec) ? 1 : 0;
            notSent += rec.state == JobState::Preparing || rec.state == JobState::Queued ? 1 : 0;
            interrupted += rec.state == JobState::Submitting ? 1 : 0;
        }
        if (!records.first().outputDir.isEmpty())
            outDir = records.first().outputDir;
        m_err << tr("Resuming %n job(s):", nullptr, int(records.size())) << ' '
              << tr("%n accepted by FASHN (polled and saved, no new charge)", nullptr, accepted)
              << ", " << tr("%n never sent (sent now)", nullptr, notSent);
        if (interrupted > 0)
            m_err << ", "
                  << tr("%n interrupted while being sent (uncertain, not resent)", nullptr,
                        interrupted);
        m_err << '.' << Qt::endl;

        JobRunner &runner = *m_session->runner();
        QEventLoop loop;
        QElapsedTimer clock;
        clock.start();
        int open = int(records.size());
        auto onChange = [&](const JobRecord &rec, bool finished) {
            const auto it = index.constFind(rec.id);
            if (it == index.constEnd())
                return;
            JobRecord &known = records[*it];
            const bool changed = known.state != rec.state;
            known = rec;
            // One plain line per change of state, as batch does without a terminal.
            if (changed)
                m_err << tr("Job %1: %2").arg(rec.id, text::jobStatus(rec)) << Qt::endl;
            if (finished && --open == 0)
                loop.quit();
        };
        connect(&runner, &JobRunner::jobChanged, &loop,
                [&](const JobRecord &rec) { onChange(rec, false); });
        connect(&runner, &JobRunner::jobFinished, &loop,
                [&](const JobRecord &rec) { onChange(rec, true); });
        // The studio or another CLI is on it: it is theirs to finish, never ours to send again.
        connect(&runner, &JobRunner::jobHeldElsewhere, &loop,
                [&](const JobRecord &rec, const JobOwner &owner) {
                    m_err << text::heldElsewhere(rec, owner) << Qt::endl;
                    if (index.contains(rec.id) && --open == 0)
                        loop.quit();
                });
        // As in batch: jobs not yet sent are dropped (nothing paid), accepted ones followed.
        connect(&runner, &JobRunner::outOfCredits, &loop, [&](const QString &detail) {
            fail(text::apiError({ApiErrorKind::OutOfCredits, 0, detail}));
            for (const JobRecord &rec : std::as_const(records)) {
                if (rec.state == JobState::Preparing || rec.state == JobState::Queued)
                    runner.cancel(rec.id);
            }
        });
        // The same pick-up the studio does at start: Submitting becomes Uncertain (never resent),
        // Running and Downloading are polled again, Preparing and Queued start from their files.
        runner.resumeUnfinished();
        if (open > 0)
            loop.exec();
        elapsedMs = clock.elapsed();
    }

    // Every uncertain job still undecided, the ones this resume found included.
    QList<JobRecord> uncertain;
    {
        JobJournal journal;
        bool empty = false;
        QString error;
        if (openJournal(&journal, &empty, &error) && !empty) {
            for (const JobRecord &rec : journal.all()) {
                if (rec.state == JobState::Uncertain)
                    uncertain << rec;
            }
        }
    }
    QJsonArray uncertainJson;
    if (!uncertain.isEmpty())
        m_err << tr("%n job(s) may have been received and charged by FASHN without a result. "
                    "Check your FASHN history, then send one again with fittingroom-cli resubmit "
                    "ID (a new charge) or forget it with fittingroom-cli drop ID:",
                    nullptr, int(uncertain.size()))
              << Qt::endl;
    for (const JobRecord &rec : std::as_const(uncertain)) {
        m_err << "  " << rec.id << "  " << rec.model << "  "
              << rec.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
              << Qt::endl;
        uncertainJson.append(
            QJsonObject{{QStringLiteral("id"), rec.id},
                        {QStringLiteral("model"), rec.model},
                        {QStringLiteral("created"), rec.createdAt.toString(Qt::ISODate)},
                        {QStringLiteral("credits_estimated"), rec.creditsEstimated},
                        {QStringLiteral("message"), text::jobError(rec)},
                        {QStringLiteral("advice"), text::jobAdvice(rec)}});
    }
    if (records.isEmpty() && uncertain.isEmpty()) {
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("jobs"), QJsonArray()},
                                  {QStringLiteral("uncertain"), QJsonArray()},
                                  {QStringLiteral("exit_code"), ExitOk}});
        else
            m_err << tr("Nothing to resume.") << Qt::endl;
        return ExitOk;
    }
    const QJsonObject extra{{QStringLiteral("uncertain"), uncertainJson},
                            {QStringLiteral("exit_code"), int(ExitUncertain)}};
    if (records.isEmpty()) {
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("jobs"), QJsonArray()},
                                  {QStringLiteral("uncertain"), uncertainJson},
                                  {QStringLiteral("exit_code"), int(ExitUncertain)}});
        return ExitUncertain;
    }
    // The document always has its uncertain list; the exit code is 6 while one is undecided.
    const int code = reportBatch(
        jobs, records, QDir(outDir).absolutePath(), elapsedMs,
        uncertain.isEmpty() ? QJsonObject{{QStringLiteral("uncertain"), QJsonArray()}} : extra);
    return uncertain.isEmpty() ? code : int(ExitUncertain);
}

int CliApp::commandResubmit(const QStringList &args)
{
    if (args.size() != 1) {
        fail(tr("resubmit needs one job id: fittingroom-cli resubmit JOB_ID [--yes]"));
        return ExitUsage;
    }
    if (m_sandbox) {
        fail(tr("resubmit works on the journal of paid runs; sandbox runs are not kept in it."));
        return ExitUsage;
    }
    const QString id = args.first();
    if (!connectClient())
        return m_connectExit;
    JobJournal &journal = *m_session->journal();
    if (!journal.isOpen()) {
        fail(m_session->startProblem());
        return ExitUsage;
    }
    std::optional<JobRecord> old = journal.load(id);
    if (!old) {
        fail(tr("No job %1 in the journal (fittingroom-cli jobs lists them).").arg(id));
        return ExitNotFound;
    }
    if (old->state == JobState::Cancelled && old->errorName == QLatin1String("resubmitted")) {
        fail(tr("Job %1 was already resubmitted as job %2.").arg(id, old->errorMessage));
        return ExitUsage;
    }
    if (!isFinal(old->state)) {
        fail(tr("Job %1 is not finished (%2): fittingroom-cli resume finishes it without a new "
                "charge.")
                 .arg(id, text::jobState(old->state)));
        return ExitUsage;
    }
    if (old->state == JobState::Completed) {
        fail(tr("Job %1 is completed; its files are saved.").arg(id));
        return ExitUsage;
    }
    const ModelSpec *model = catalog().model(old->model);
    if (!model) {
        fail(tr("The model %1 is no longer in the catalog.").arg(old->model));
        return ExitUsage;
    }
    const int credits = estimatePrice(*model, old->values).total;
    m_err << tr("Job %1 (%2, %3): %4")
                 .arg(id, old->model, text::jobState(old->state), text::jobError(*old))
          << Qt::endl;
    if (!withinDailyCap(credits))
        return ExitRefused;
    if (!confirmSend(tr("Send it again as a new job for %1? If FASHN received it before, this is "
                        "a second charge.")
                         .arg(tr("%n credit(s)", nullptr, credits))))
        return ExitRefused;

    JobRunner &runner = *m_session->runner();
    QEventLoop loop;
    JobRecord finished;
    QString newId;
    connect(&runner, &JobRunner::jobFinished, &loop, [&](const JobRecord &rec) {
        if (rec.id == newId || newId.isEmpty()) {
            finished = rec;
            loop.quit();
        }
    });
    QElapsedTimer clock;
    clock.start();
    const JobRunner::Submission s = runner.submit(old->model, old->values, old->outputDir);
    if (s.jobId.isEmpty()) {
        for (const ValidationIssue &issue : s.issues)
            fail(text::validationIssue(issue));
        return ExitUsage;
    }
    newId = s.jobId;
    // Marked before the new job can finish, so neither a crash nor a second resubmit sends it
    // a third time.
    old->state = JobState::Cancelled;
    old->errorKind = QStringLiteral("cancelled");
    old->errorName = QStringLiteral("resubmitted");
    old->errorMessage = newId;
    old->updatedAt = QDateTime::currentDateTimeUtc();
    if (!journal.save(*old))
        fail(tr("Could not mark job %1 in the journal: %2").arg(id, journal.lastError()));
    m_err << tr("Resubmitted job %1 as job %2.").arg(id, newId) << Qt::endl;
    if (finished.id != newId) {
        finished = JobRecord{};
        if (const std::optional<JobRecord> rec = runner.job(newId); rec && isFinal(rec->state))
            finished = *rec;
        else
            loop.exec();
    }
    const QString outDir =
        QDir(old->outputDir.isEmpty() ? m_settings->outputDir() : old->outputDir).absolutePath();
    return reportBatch({BatchJob{0, old->model, old->values, {}}}, {finished}, outDir,
                       clock.elapsed(), QJsonObject{{QStringLiteral("resubmitted"), id}});
}

int CliApp::commandDrop(const QStringList &args)
{
    if (args.size() != 1) {
        fail(tr("drop needs one job id: fittingroom-cli drop JOB_ID"));
        return ExitUsage;
    }
    const QString id = args.first();
    JobJournal journal;
    bool empty = false;
    QString error;
    if (!openJournal(&journal, &empty, &error)) {
        fail(error);
        return ExitUsage;
    }
    std::optional<JobRecord> job = empty ? std::nullopt : journal.load(id);
    if (!job) {
        fail(tr("No job %1 in the journal (fittingroom-cli jobs lists them).").arg(id));
        return ExitNotFound;
    }
    if (isFinal(job->state) && job->state != JobState::Uncertain) {
        fail(tr("Job %1 is %2 already; resume does not touch it.")
                 .arg(id, text::jobState(job->state).toLower()));
        return ExitUsage;
    }
    if (isAccepted(*job) && !m_yes) {
        fail(tr("FASHN accepted job %1 (prediction %2), so it is paid for: fittingroom-cli resume "
                "would save its outputs. Add --yes to drop it anyway.")
                 .arg(id, job->predictionId));
        return ExitRefused;
    }
    job->state = JobState::Cancelled;
    job->errorKind = QStringLiteral("cancelled");
    job->errorName = QStringLiteral("dropped");
    job->errorMessage.clear();
    job->updatedAt = QDateTime::currentDateTimeUtc();
    if (!journal.save(*job)) {
        fail(tr("Could not write the journal: %1").arg(journal.lastError()));
        return ExitUsage;
    }
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("id"), id},
                              {QStringLiteral("state"), jobStateName(job->state)},
                              {QStringLiteral("dropped"), true}});
    else
        m_err << tr("Dropped job %1; resume leaves it alone, and files saved for it are kept.")
                     .arg(id)
              << Qt::endl;
    return ExitOk;
}

} // namespace fr

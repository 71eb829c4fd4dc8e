// fittingroom-cli batch: a file of jobs, checked whole, priced, confirmed, then run through the
// same runner as `run`.
#include "CliApp.h"

#include "core/catalog/Pricing.h"
#include "core/jobs/BatchFile.h"
#include "core/jobs/JobJournal.h"
#include "core/jobs/JobRunner.h"
#include "core/session/Session.h"
#include "core/settings/Settings.h"
#include "core/text/Wording.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace fr {

namespace {

bool isTerminal(FILE *stream)
{
#ifdef Q_OS_UNIX
    return ::isatty(fileno(stream));
#else
    Q_UNUSED(stream);
    return false;
#endif
}

// Where each job of the batch stands, for the live line and the summary.
struct BatchState
{
    struct Entry
    {
        BatchJob job;
        JobRecord rec;
        qint64 expectedMs = 0;
        bool finished = false;
    };
    QList<Entry> entries;
    QHash<QString, int> byId;

    int count(auto &&pred) const
    {
        return int(std::count_if(entries.begin(), entries.end(), pred));
    }
    int done() const
    {
        return count([](const Entry &e) { return e.rec.state == JobState::Completed; });
    }
    int failed() const
    {
        return count(
            [](const Entry &e) { return e.finished && e.rec.state != JobState::Completed; });
    }
    int running() const
    {
        return count([](const Entry &e) {
            return e.rec.state == JobState::Submitting || e.rec.state == JobState::Running ||
                   e.rec.state == JobState::Downloading;
        });
    }
    int unfinished() const
    {
        return count([](const Entry &e) { return !e.finished; });
    }
    // Charged credits where FASHN said (x-fashn-credits-used), else the estimate of every job
    // FASHN accepted.
    int spent() const
    {
        int total = 0;
        for (const Entry &e : entries) {
            if (e.rec.creditsUsed >= 0)
                total += e.rec.creditsUsed;
            else if (!e.rec.predictionId.isEmpty() && e.rec.state != JobState::Failed)
                total += qMax(0, e.rec.creditsEstimated);
        }
        return total;
    }
    // Rough: the expected time still owed by every unfinished job, shared by the jobs that run
    // at once. Jobs past their expected time count as almost done.
    qint64 leftMs(int inFlight) const
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        qint64 owed = 0;
        int open = 0;
        for (const Entry &e : entries) {
            if (e.finished)
                continue;
            ++open;
            qint64 left = e.expectedMs;
            if (e.rec.submittedAt.isValid())
                left = qMax<qint64>(1000, e.expectedMs - e.rec.submittedAt.msecsTo(now));
            owed += left;
        }
        return open ? owed / qMax(1, qMin(inFlight, open)) : 0;
    }
};

QString duration(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

int CliApp::commandBatch(const QStringList &args)
{
    if (args.size() != 1) {
        fail(tr("batch needs one file: fittingroom-cli batch FILE [--yes] [--max-credits N]"));
        return ExitUsage;
    }
    const BatchFile batch = BatchFile::read(args.first(), catalog());
    if (!batch.isValid()) {
        for (const BatchProblem &p : batch.problems)
            fail(text::batchProblem(p));
        fail(tr("Nothing was sent: %n problem(s) in %1.", nullptr, int(batch.problems.size()))
                 .arg(QDir::toNativeSeparators(args.first())));
        return ExitUsage;
    }
    if (!connectClient())
        return m_connectExit;
    if (!m_session->journal()->isOpen()) {
        fail(m_session->startProblem());
        return ExitUsage;
    }
    const QString outDir =
        QDir(m_outDir.isEmpty() ? m_settings->outputDir() : m_outDir).absolutePath();
    if (!QDir().mkpath(outDir)) {
        fail(tr("Cannot create the output folder %1.").arg(QDir::toNativeSeparators(outDir)));
        return ExitUsage;
    }
    reportUnfinished();

    BatchState state;
    int total = 0;
    for (const BatchJob &job : batch.jobs) {
        const ModelSpec *model = catalog().model(job.model);
        const int credits = estimatePrice(*model, job.values).total;
        total += credits;
        BatchState::Entry e{
            job,
            {},
            qint64(expectedDurationSeconds(*model, job.values) * 1000 * m_session->timeScale())};
        e.rec.model = job.model;
        e.rec.state = JobState::Preparing;
        e.rec.creditsEstimated = credits;
        state.entries << e;
    }
    const int jobCount = int(batch.jobs.size());
    m_err
        << tr("%n job(s), %1 in total.", nullptr, jobCount).arg(tr("%n credit(s)", nullptr, total))
        << Qt::endl;
    if (m_maxCredits >= 0 && total > m_maxCredits) {
        fail(tr("Nothing was sent: the batch costs %n credit(s), more than --max-credits %1.",
                nullptr, total)
                 .arg(m_maxCredits));
        return ExitRefused;
    }
    if (!withinDailyCap(total))
        return ExitRefused;
    if (!confirmSend(tr("Send %n job(s) for %1?", nullptr, jobCount)
                         .arg(tr("%n credit(s)", nullptr, total))))
        return ExitRefused;

    JobRunner &runner = *m_session->runner();
    const bool live = isTerminal(stderr);
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    QString lastLine;
    auto progress = [&](bool force) {
        const int done = state.done();
        const int failed = state.failed();
        const int running = state.running();
        const int queued = jobCount - done - failed - running;
        QString line = tr("done %1, failed %2, running %3, queued %4; %n credit(s) spent", nullptr,
                          state.spent())
                           .arg(done)
                           .arg(failed)
                           .arg(running)
                           .arg(queued);
        // The plain log gets a line per change of state, not one per second of countdown.
        if (!live && line == lastLine && !force)
            return;
        if (!live)
            lastLine = line;
        if (done + failed < jobCount)
            line += tr(", about %1 left").arg(duration(state.leftMs(runner.config().maxInFlight)));
        if (live)
            m_err << "\r\x1b[K" << line;
        else
            m_err << line << Qt::endl;
        m_err.flush();
    };
    auto onChange = [&](const JobRecord &rec, bool finished) {
        const auto it = state.byId.constFind(rec.id);
        if (it == state.byId.constEnd())
            return; // a job of another run sharing the runner
        BatchState::Entry &e = state.entries[*it];
        e.rec = rec;
        e.finished = e.finished || finished;
        progress(false);
        if (finished && state.unfinished() == 0)
            loop.quit();
    };
    connect(&runner, &JobRunner::jobChanged, &loop,
            [&](const JobRecord &rec) { onChange(rec, false); });
    connect(&runner, &JobRunner::jobFinished, &loop,
            [&](const JobRecord &rec) { onChange(rec, true); });
    // Out of credits holds the runner's queue: the jobs not yet sent are dropped (nothing paid),
    // the ones FASHN accepted are followed to the end.
    connect(&runner, &JobRunner::outOfCredits, &loop, [&](const QString &detail) {
        fail(text::apiError({ApiErrorKind::OutOfCredits, 0, detail}));
        for (const BatchState::Entry &e : std::as_const(state.entries)) {
            if (!e.finished &&
                (e.rec.state == JobState::Preparing || e.rec.state == JobState::Queued))
                runner.cancel(e.rec.id);
        }
    });
    QTimer tick;
    if (live) {
        connect(&tick, &QTimer::timeout, &loop, [&] { progress(true); });
        tick.start(1000);
    }

    for (int i = 0; i < jobCount; ++i) {
        BatchState::Entry &e = state.entries[i];
        const JobRunner::Submission s = runner.submit(e.job.model, e.job.values, outDir);
        if (s.jobId.isEmpty()) {
            // validate() passed above, so this is the runner's own refusal; keep it with the job.
            e.finished = true;
            e.rec.state = JobState::Failed;
            e.rec.errorKind = QStringLiteral("input");
            e.rec.errorMessage = joinIssues(s.issues);
            continue;
        }
        state.byId.insert(s.jobId, i);
        if (const std::optional<JobRecord> rec = runner.job(s.jobId))
            e.rec = *rec;
        e.rec.id = s.jobId;
    }
    // A job may finish (or fail) inside submit() already.
    for (BatchState::Entry &e : state.entries) {
        if (!e.finished && !e.rec.id.isEmpty() && !runner.job(e.rec.id)) {
            if (const std::optional<JobRecord> rec = m_session->journal()->load(e.rec.id)) {
                e.rec = *rec;
                e.finished = isFinal(rec->state);
            }
        }
    }
    progress(true);
    if (state.unfinished() > 0)
        loop.exec();
    tick.stop();
    if (live)
        m_err << Qt::endl;
    QList<BatchJob> jobs;
    QList<JobRecord> records;
    for (const BatchState::Entry &e : std::as_const(state.entries)) {
        jobs << e.job;
        records << e.rec;
    }
    return reportBatch(jobs, records, outDir, clock.elapsed());
}

bool CliApp::confirmSend(const QString &question)
{
    if (m_yes)
        return true;
    if (!isTerminal(stdin)) {
        fail(tr("Nothing was sent: without a terminal to confirm on, add --yes to send."));
        return false;
    }
    m_err << question << tr(" [y/N] ");
    m_err.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    if (answer != QLatin1String("y") && answer != QLatin1String("yes") && answer != tr("y") &&
        answer != tr("yes")) {
        fail(tr("Nothing was sent."));
        return false;
    }
    return true;
}

int CliApp::reportBatch(const QList<BatchJob> &batchJobs, const QList<JobRecord> &records,
                        const QString &outDir, qint64 elapsedMs, const QJsonObject &extra)
{
    const int count = int(records.size());
    int code = ExitOk;
    int done = 0;
    int files = 0;
    int charged = 0;
    int estimated = 0;
    bool uncertain = false;
    QJsonArray jobs;
    for (int i = 0; i < count; ++i) {
        const JobRecord &rec = records.at(i);
        const BatchJob &b = batchJobs.at(i);
        const int jobCode = exitFor(rec);
        if (jobCode != ExitOk && code == ExitOk)
            code = jobCode;
        uncertain = uncertain || rec.state == JobState::Uncertain;
        done += rec.state == JobState::Completed ? 1 : 0;
        files += int(rec.savedFiles.size());
        estimated += qMax(0, rec.creditsEstimated);
        charged += qMax(0, rec.creditsUsed);
        if (m_json) {
            QJsonObject o{{QStringLiteral("line"), b.line},
                          {QStringLiteral("model"), b.model},
                          {QStringLiteral("job_id"), rec.id},
                          {QStringLiteral("prediction_id"), rec.predictionId},
                          {QStringLiteral("state"), jobStateName(rec.state)},
                          {QStringLiteral("files"), QJsonArray::fromStringList(rec.savedFiles)},
                          {QStringLiteral("credits_estimated"), rec.creditsEstimated},
                          {QStringLiteral("exit_code"), jobCode}};
            if (!b.matrix.isEmpty())
                o.insert(QStringLiteral("matrix"), b.matrix);
            if (rec.creditsUsed >= 0)
                o.insert(QStringLiteral("credits_used"), rec.creditsUsed);
            if (const QString message = text::jobError(rec); !message.isEmpty())
                o.insert(QStringLiteral("message"), message);
            if (!rec.errorKind.isEmpty())
                o.insert(QStringLiteral("error_kind"), rec.errorKind);
            jobs.append(o);
        } else {
            for (const QString &file : rec.savedFiles)
                m_out << QDir::toNativeSeparators(file) << Qt::endl;
        }
        if (rec.state != JobState::Completed || !rec.errorKind.isEmpty()) {
            const QString where =
                b.line <= 0 ? tr("Job %1").arg(rec.id)
                : b.matrix.isEmpty()
                    ? tr("Line %1").arg(b.line)
                    : tr("Line %1 (%2)").arg(QString::number(b.line), text::matrixValues(b.matrix));
            QString message = text::jobError(rec);
            if (message.isEmpty())
                message = text::jobState(rec.state);
            m_err << tr("%1: %2").arg(where, message) << Qt::endl;
        }
    }
    // A job that may have been charged without a result needs the user's eye before anything.
    if (uncertain)
        code = ExitUncertain;
    m_err << tr("%n of %1 job(s) completed", nullptr, done).arg(count) << ", "
          << tr("%n file(s) saved in %1", nullptr, files).arg(QDir::toNativeSeparators(outDir))
          << ", " << tr("%n credit(s) charged", nullptr, charged) << " ("
          << tr("%1 estimated").arg(estimated) << "), " << duration(elapsedMs) << '.' << Qt::endl;
    if (m_json) {
        QJsonObject doc{{QStringLiteral("jobs"), jobs},
                        {QStringLiteral("completed"), done},
                        {QStringLiteral("files"), files},
                        {QStringLiteral("credits_estimated"), estimated},
                        {QStringLiteral("credits_used"), charged},
                        {QStringLiteral("output_dir"), outDir},
                        {QStringLiteral("exit_code"), code}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            doc.insert(it.key(), it.value());
        printJson(doc);
    }
    return code;
}

} // namespace fr

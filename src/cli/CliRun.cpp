// fittingroom-cli run: one job through the runner, from files to saved results.
#include "CliApp.h"

#include "core/api/FashnClient.h"
#include "core/catalog/Pricing.h"
#include "core/jobs/JobJournal.h"
#include "core/jobs/JobRunner.h"
#include "core/session/Session.h"
#include "core/settings/Settings.h"
#include "core/text/Wording.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>

namespace fr {

int CliApp::commandRun(const QStringList &args)
{
    if (args.isEmpty()) {
        fail(tr("run needs a model: fittingroom-cli run MODEL NAME=VALUE..."));
        return ExitUsage;
    }
    const ModelSpec *model = catalog().model(args.first());
    if (!model) {
        fail(tr("Unknown model \"%1\". Models: %2.")
                 .arg(args.first(), catalog().modelNames().join(QLatin1String(", "))));
        return ExitUsage;
    }
    QJsonObject values;
    if (!parseValues(*model, args.mid(1), &values))
        return ExitUsage;
    if (!connectClient())
        return m_connectExit;

    const QString outDir =
        QDir(m_outDir.isEmpty() ? m_settings->outputDir() : m_outDir).absolutePath();
    if (!QDir().mkpath(outDir)) {
        fail(tr("Cannot create the output folder %1.").arg(QDir::toNativeSeparators(outDir)));
        return ExitUsage;
    }
    if (!m_session->journal()->isOpen()) {
        fail(m_session->startProblem());
        return ExitUsage;
    }
    reportUnfinished();
    JobRunner &runner = *m_session->runner();

    const int estimate = estimatePrice(*model, values).total;
    m_err << tr("Estimated cost: %n credit(s).", nullptr, estimate) << Qt::endl;
    if (!withinDailyCap(estimate))
        return ExitRefused;

    QEventLoop loop;
    JobRecord finished;
    QString lastLine;
    connect(&runner, &JobRunner::jobChanged, this, [&](const JobRecord &job) {
        QString line;
        switch (job.state) {
        case JobState::Preparing:
            line = tr("Preparing the input images…");
            break;
        case JobState::Queued:
            line = job.errorKind.isEmpty() ? tr("Queued.")
                                           : tr("Waiting: %1").arg(text::jobError(job));
            break;
        case JobState::Submitting:
            line = tr("Submitting to FASHN…");
            break;
        case JobState::Running:
            line = tr("Prediction %1: %2").arg(job.predictionId, job.remoteStatus);
            break;
        case JobState::Downloading:
            line = tr("Completed; saving %n output(s)…", nullptr,
                      int(qMax<qsizetype>(1, job.outputs.size())));
            break;
        default:
            break;
        }
        if (!line.isEmpty() && line != lastLine) {
            m_err << line << Qt::endl;
            lastLine = line;
        }
    });
    connect(&runner, &JobRunner::jobFinished, this, [&](const JobRecord &job) {
        finished = job;
        loop.quit();
    });
    const JobRunner::Submission submission = runner.submit(model->name(), values, outDir);
    if (submission.jobId.isEmpty()) {
        for (const ValidationIssue &issue : submission.issues)
            fail(text::validationIssue(issue));
        return ExitUsage;
    }
    // Only this run's job is on the runner (the session resumes none): it may even have failed
    // already, before the loop starts.
    if (finished.id.isEmpty())
        loop.exec();

    const int code = exitFor(finished);
    if (m_json) {
        QJsonObject o{{QStringLiteral("job_id"), finished.id},
                      {QStringLiteral("prediction_id"), finished.predictionId},
                      {QStringLiteral("state"), jobStateName(finished.state)},
                      {QStringLiteral("files"), QJsonArray::fromStringList(finished.savedFiles)},
                      {QStringLiteral("credits_estimated"), finished.creditsEstimated},
                      {QStringLiteral("exit_code"), code}};
        if (finished.creditsUsed >= 0)
            o.insert(QStringLiteral("credits_used"), finished.creditsUsed);
        if (const QString message = text::jobError(finished); !message.isEmpty())
            o.insert(QStringLiteral("message"), message);
        if (const QString advice = text::jobAdvice(finished); !advice.isEmpty())
            o.insert(QStringLiteral("advice"), advice);
        if (!finished.errorKind.isEmpty())
            o.insert(QStringLiteral("error_kind"), finished.errorKind);
        if (!finished.errorName.isEmpty())
            o.insert(QStringLiteral("error"), finished.errorName);
        printJson(o);
    } else {
        for (const QString &file : std::as_const(finished.savedFiles))
            m_out << QDir::toNativeSeparators(file) << Qt::endl;
        if (finished.state == JobState::Completed) {
            m_err << tr("Saved %n result(s) in %1", nullptr, int(finished.savedFiles.size()))
                         .arg(QDir::toNativeSeparators(outDir));
            if (finished.creditsUsed >= 0)
                m_err << tr(" (%n credit(s) used)", nullptr, finished.creditsUsed);
            m_err << '.' << Qt::endl;
        }
        if (const QString message = text::jobError(finished); !message.isEmpty())
            m_err << message << Qt::endl;
        if (const QString advice = text::jobAdvice(finished); !advice.isEmpty())
            m_err << advice << Qt::endl;
    }
    return code;
}

int CliApp::exitFor(const JobRecord &job) const
{
    switch (job.state) {
    case JobState::Completed:
        return job.errorKind.isEmpty() ? ExitOk : ExitOutputLost; // some outputs missing
    case JobState::Uncertain:
        return ExitUncertain;
    case JobState::Expired:
        return ExitOutputLost;
    case JobState::Suspended:
        return ExitSuspended;
    case JobState::Cancelled:
        return ExitPredictionFailed;
    default:
        break;
    }
    // Completed and charged, but the outputs could not be fetched or written.
    if (job.errorName == QLatin1String("outputs_lost"))
        return ExitOutputLost;
    if (job.errorKind == QLatin1String("runtime"))
        return ExitPredictionFailed;
    // Nothing was sent: a bad input image, an output folder that cannot be written, a journal
    // that cannot record the job.
    if (job.errorKind == QLatin1String("input") || job.errorKind == QLatin1String("output") ||
        job.errorKind == QLatin1String("journal"))
        return ExitUsage;
    for (int k = int(ApiErrorKind::None); k <= int(ApiErrorKind::NotAnImage); ++k) {
        if (apiErrorKindName(ApiErrorKind(k)) == job.errorKind)
            return exitForError(k);
    }
    return ExitPredictionFailed;
}

} // namespace fr

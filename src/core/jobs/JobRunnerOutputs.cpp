#include "JobRunner.h"
#include "JobRunnerActive.h"

#include "core/api/FashnClient.h"
#include "core/catalog/ModelCatalog.h"
#include "core/images/WorkerPool.h"
#include "core/library/OutputStore.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QUrl>

// The end of a job: fetching or decoding its outputs, saving each with its sidecar off the UI
// thread, and settling the job once every output is saved or has failed.
namespace fr {

void JobRunner::download(Active *a, const QStringList &outputs)
{
    a->outputCount = int(outputs.size());
    a->outputsPending = a->outputCount;
    // Outputs already on disk from before a restart are kept, not fetched again.
    for (const QString &path : std::as_const(a->rec.savedFiles)) {
        QFile f(path + QStringLiteral(".json"));
        if (QFileInfo::exists(path) && f.open(QIODevice::ReadOnly)) {
            const int index = QJsonDocument::fromJson(f.readAll())
                                  .object()
                                  .value(QStringLiteral("output_index"))
                                  .toInt(-1);
            if (index >= 0 && index < a->outputCount && !a->saved.contains(index))
                a->saved.insert(index, path);
        }
    }
    if (outputs.isEmpty()) {
        finish(a, JobState::Failed, apiErrorKindName(ApiErrorKind::InvalidReply),
               QStringLiteral("no_outputs"), {});
        return;
    }
    const QString jobId = a->rec.id;
    for (int i = 0; i < outputs.size(); ++i) {
        const QString out = outputs.at(i);
        if (a->saved.contains(i)) {
            outputDone(a, i, true, a->saved.value(i), ApiErrorKind::None, {});
            if (!find(jobId))
                return;
            continue;
        }
        if (out.endsWith(QLatin1String("_expired"))) {
            outputDone(a, i, false, {}, ApiErrorKind::OutputExpired,
                       QStringLiteral("#%1: expired").arg(i + 1));
        } else if (out.startsWith(QLatin1String("data:"))) {
            const int comma = out.indexOf(QLatin1Char(','));
            saveOutput(a, i, QByteArray::fromBase64(out.mid(comma + 1).toLatin1()), {});
        } else {
            m_client->fetch(
                QUrl(out), this, [this, jobId, i, out](const QByteArray &data, const ApiError &e) {
                    Active *a = find(jobId);
                    if (!a)
                        return;
                    if (e.isError()) {
                        const ApiErrorKind kind =
                            e.kind == ApiErrorKind::NotFound ? ApiErrorKind::OutputExpired : e.kind;
                        outputDone(a, i, false, {}, kind,
                                   QStringLiteral("#%1: %2 %3")
                                       .arg(i + 1)
                                       .arg(apiErrorKindName(e.kind), e.message));
                        return;
                    }
                    saveOutput(a, i, data, out);
                });
        }
        if (!find(jobId))
            return;
    }
}

void JobRunner::saveOutput(Active *a, int index, const QByteArray &bytes, const QString &sourceUrl)
{
    // A process that took the job over (we were thought gone) saves it; we must not.
    if (!stillOurs(a))
        return;
    const ModelSpec *model = spec(a);
    OutputProvenance p;
    p.jobId = a->rec.id;
    p.model = a->rec.model;
    for (auto it = a->rec.values.begin(); it != a->rec.values.end(); ++it) {
        const ParamSpec *ps = model->input(it.key());
        if (ps && ps->kind == ParamKind::Image)
            p.parameters.insert(
                it.key(), a->rec.inputs.value(it.key()).toObject().value(QStringLiteral("file")));
        else
            p.parameters.insert(it.key(), it.value());
    }
    for (auto it = a->rec.inputs.begin(); it != a->rec.inputs.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        p.inputs.append({it.key(), o.value(QStringLiteral("file")).toString(),
                         o.value(QStringLiteral("sha256")).toString()});
    }
    const QJsonValue seed =
        model->effectiveValue(a->rec.values, model->paramWithRole(QStringLiteral("seed")));
    p.seed = seed.isDouble() ? qint64(seed.toDouble()) : -1;
    p.predictionId = a->rec.predictionId;
    p.creditsUsed = a->rec.creditsUsed;
    p.creditsEstimated = a->rec.creditsEstimated;
    p.outputIndex = index;
    p.outputCount = a->outputCount;
    p.sourceUrl = sourceUrl;
    p.submittedAt = a->rec.submittedAt;
    p.completedAt = a->rec.completedAt;
    const OutputStore store(a->rec.outputDir, m_config.fileNameTemplate);
    const QDateTime now = m_clock->now();
    const QString jobId = a->rec.id;

    // Decoding a 16 MP output and writing it are worker-thread work.
    auto *watcher = new QFutureWatcher<SavedOutput>(this);
    connect(watcher, &QFutureWatcher<SavedOutput>::finished, this, [this, watcher, jobId, index] {
        watcher->deleteLater();
        Active *a = find(jobId);
        if (!a)
            return;
        const SavedOutput r = watcher->result();
        a->diskProblem = a->diskProblem || r.diskError;
        if (r.ok)
            outputDone(a, index, true, r.imagePath, ApiErrorKind::None, r.error);
        else
            outputDone(a, index, false, {},
                       r.diskError ? ApiErrorKind::None : ApiErrorKind::NotAnImage,
                       QStringLiteral("#%1: %2").arg(index + 1).arg(r.error));
    });
    watcher->setFuture(runInBackground([bytes, p, store, now]() -> SavedOutput {
        QImage probe;
        if (bytes.isEmpty() || !probe.loadFromData(bytes)) {
            SavedOutput r;
            r.error =
                QStringLiteral("the downloaded data is not a readable image; nothing was saved.");
            return r;
        }
        return store.save(bytes, p, now);
    }));
}

void JobRunner::outputDone(Active *a, int index, bool saved, const QString &path,
                           ApiErrorKind problem, const QString &message)
{
    if (saved) {
        a->saved.insert(index, path);
        if (!a->rec.savedFiles.contains(path)) {
            a->rec.savedFiles << path;
            update(a); // each saved file is journalled at once
        }
        if (!message.isEmpty())
            a->outputProblems << message;
    } else {
        a->outputProblems << message;
        if (a->worstProblem == ApiErrorKind::None || problem != ApiErrorKind::OutputExpired)
            a->worstProblem = problem;
    }
    if (--a->outputsPending > 0)
        return;
    // A write error is never a quiet success: the job says "disk" and the CLI exits 7.
    const QString disk = QStringLiteral("disk");
    const QString problems = a->outputProblems.join(QLatin1Char('\n'));
    if (a->saved.size() == a->outputCount) {
        finish(a, JobState::Completed, a->diskProblem ? disk : QString(), {}, problems);
    } else if (a->saved.isEmpty()) {
        if (a->worstProblem == ApiErrorKind::OutputExpired && !a->diskProblem) {
            finish(a, JobState::Expired, apiErrorKindName(a->worstProblem), {}, problems);
            return;
        }
        // FASHN completed (and charged) the prediction: whatever kept the outputs away (a
        // file:// address, a disk, an odd reply), it is never "nothing was sent".
        finish(a, JobState::Failed,
               a->diskProblem || a->worstProblem == ApiErrorKind::None
                   ? disk
                   : apiErrorKindName(a->worstProblem),
               QStringLiteral("outputs_lost"), problems);
    } else {
        // Keep what arrived; say what did not.
        finish(a, JobState::Completed,
               a->diskProblem || a->worstProblem == ApiErrorKind::None
                   ? disk
                   : apiErrorKindName(a->worstProblem),
               QStringLiteral("partial"), problems);
    }
}

} // namespace fr

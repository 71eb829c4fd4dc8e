#include "JobRunner.h"
#include "CrashPoint.h"
#include "JobRunnerActive.h"

#include "core/images/WorkerPool.h"

#include "core/api/FashnClient.h"
#include "core/api/PredictionPoller.h"
#include "core/api/StatusScheduler.h"
#include "core/catalog/ModelCatalog.h"
#include "core/catalog/Pricing.h"
#include "core/catalog/RequestBuilder.h"
#include "core/images/ImagePreparer.h"
#include "core/library/OutputStore.h"

#include <QDir>
#include <QFutureWatcher>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <QtConcurrent>

namespace fr {

JobRunner::JobRunner(FashnClient *client, const ModelCatalog *catalog, JobJournal *journal,
                     const RunnerConfig &config, QObject *parent, Clock *clock)
    : QObject(parent), m_client(client), m_catalog(catalog), m_journal(journal), m_config(config),
      m_clock(clock ? clock : Clock::system()), m_durations(journal, m_clock, config.timeScale),
      m_scheduler(std::make_unique<StatusScheduler>(&m_durations, config.statusBudget,
                                                    config.timeScale, m_clock))
{
    // Claims of a process on another host are trusted only while their heartbeat is fresh.
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(int(JobJournal::kStaleAfterMs / 5));
    connect(m_heartbeat, &QTimer::timeout, this, [this] {
        if (!m_active.isEmpty())
            m_journal->heartbeat();
    });
    m_heartbeat->start();
}

JobRunner::~JobRunner()
{
    qDeleteAll(m_active);
}

void JobRunner::setConfig(const RunnerConfig &config)
{
    m_config = config;
    QTimer::singleShot(0, this, &JobRunner::pump);
}

const ModelSpec *JobRunner::spec(const Active *a) const
{
    return m_catalog->model(a->rec.model);
}

JobRunner::Active *JobRunner::find(const QString &jobId) const
{
    return m_active.value(jobId);
}

bool JobRunner::stillOurs(Active *a)
{
    if (m_journal->holds(a->rec.id))
        return true;
    const JobOwner holder = m_journal->owner(a->rec.id).value_or(JobOwner{});
    const JobRecord rec = m_journal->load(a->rec.id).value_or(a->rec);
    if (a->poller)
        a->poller->deleteLater();
    m_queue.removeAll(a->rec.id);
    m_active.remove(a->rec.id);
    delete a;
    emit jobHeldElsewhere(rec, holder);
    return false;
}

std::optional<JobRecord> JobRunner::job(const QString &jobId) const
{
    if (const Active *a = find(jobId))
        return a->rec;
    return m_journal->load(jobId);
}

int JobRunner::inFlightCount() const
{
    int n = 0;
    for (const Active *a : m_active) {
        if (a->rec.state == JobState::Submitting || a->rec.state == JobState::Running)
            ++n;
    }
    return n;
}

bool JobRunner::update(Active *a, bool notify)
{
    a->rec.updatedAt = m_clock->now();
    const bool saved = m_journal->save(a->rec);
    if (!saved)
        qWarning("Fitting Room: could not write job %s to the journal: %s", qPrintable(a->rec.id),
                 qPrintable(m_journal->lastError()));
    if (notify)
        emit jobChanged(a->rec);
    return saved;
}

void JobRunner::finish(Active *a, JobState state, const QString &kind, const QString &name,
                       const QString &message)
{
    a->rec.state = state;
    a->body.clear();
    a->prepared.clear();
    if (!kind.isEmpty())
        a->rec.errorKind = kind;
    if (!name.isEmpty())
        a->rec.errorName = name;
    if (!message.isEmpty())
        a->rec.errorMessage = message;
    if (!a->rec.completedAt.isValid() && state != JobState::Suspended)
        a->rec.completedAt = m_clock->now();
    if (a->poller)
        a->poller->deleteLater();
    m_queue.removeAll(a->rec.id);
    update(a);
    m_journal->release(a->rec.id);
    const JobRecord done = a->rec;
    m_active.remove(a->rec.id);
    delete a;
    emit jobFinished(done);
    // A slot may have freed up: FASHN's concurrency limit counts only our unfinished predictions.
    m_heldByConcurrency = false;
    QTimer::singleShot(0, this, &JobRunner::pump);
}

JobRunner::Submission JobRunner::submit(const QString &model, const QJsonObject &values,
                                        const QString &outputDir)
{
    Submission result;
    const ModelSpec *spec = m_catalog->model(model);
    if (!spec) {
        result.issues.append({QStringLiteral("model"), QStringLiteral("unknown"),
                              QStringLiteral("%1 is not a model of the catalog (%2).")
                                  .arg(model, m_catalog->modelNames().join(QLatin1String(", ")))});
        return result;
    }
    result.issues = validate(*spec, values, ImageSources::LocalFilesAllowed);
    if (!result.issues.isEmpty())
        return result;

    auto *a = new Active;
    a->rec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a->rec.model = model;
    a->rec.values = values;
    a->rec.outputDir = outputDir.isEmpty() ? m_config.outputDir : outputDir;
    a->rec.creditsEstimated = estimatePrice(*spec, values).total;
    a->rec.createdAt = m_clock->now();
    m_active.insert(a->rec.id, a);
    result.jobId = a->rec.id;
    update(a);
    // A new id: nobody else can hold it, but the claim tells other processes it is ours.
    m_journal->claim(a->rec.id);
    prepare(a);
    return result;
}

void JobRunner::prepare(Active *a)
{
    a->rec.state = JobState::Preparing;
    a->wireValues = a->rec.values;
    const ModelSpec *model = spec(a);
    PrepareOptions options;
    options.maxEdge = model->uploadMaxEdge(a->rec.values);
    QStringList files;
    for (const QString &param : model->imageInputs()) {
        const QString value = a->rec.values.value(param).toString();
        switch (classifyImageValue(value)) {
        case ImageValueForm::LocalFile:
            files << param;
            break;
        case ImageValueForm::DataUri:
            a->rec.inputs.insert(
                param, QJsonObject{{QStringLiteral("file"), QStringLiteral("(inline image)")}});
            break;
        case ImageValueForm::HttpUrl:
        case ImageValueForm::Saved:
            a->rec.inputs.insert(param, QJsonObject{{QStringLiteral("file"), value}});
            break;
        default:
            break;
        }
    }
    update(a);
    a->pendingPrepares = int(files.size());
    if (files.isEmpty()) {
        encode(a);
        return;
    }
    const QString jobId = a->rec.id;
    for (const QString &param : files) {
        QString path = a->rec.values.value(param).toString();
        if (path.startsWith(QLatin1String("file://"), Qt::CaseInsensitive))
            path = QUrl(path).toLocalFile();
        auto *watcher = new QFutureWatcher<PreparedImage>(this);
        connect(
            watcher, &QFutureWatcher<PreparedImage>::finished, this, [this, watcher, jobId, param] {
                watcher->deleteLater();
                Active *a = find(jobId);
                if (!a || a->rec.state != JobState::Preparing)
                    return;
                const PreparedImage image = watcher->result();
                if (!image.ok()) {
                    finish(a, JobState::Failed, QStringLiteral("input"),
                           imageProblemName(image.problem), param);
                    return;
                }
                a->prepared.insert(param, image);
                a->rec.inputs.insert(param, QJsonObject{{QStringLiteral("file"), image.fileName},
                                                        {QStringLiteral("sha256"),
                                                         QString::fromLatin1(image.sourceSha256)}});
                if (--a->pendingPrepares == 0)
                    encode(a);
            });
        watcher->setFuture(prepareImageAsync(path, options));
    }
}

// The body is built once, before the job queues: with inline images it is megabytes of base64,
// which would hold the UI thread for a second, so it is made on a worker. The same worker makes
// a test write in the output folder: a read-only mount or a full disk is found before FASHN
// is paid, not after.
namespace {
struct Encoded
{
    QByteArray body;
    QString folderProblem;
};
} // namespace

void JobRunner::encode(Active *a)
{
    const QString jobId = a->rec.id;
    auto *watcher = new QFutureWatcher<Encoded>(this);
    connect(watcher, &QFutureWatcher<Encoded>::finished, this, [this, watcher, jobId] {
        watcher->deleteLater();
        Active *a = find(jobId);
        if (!a || a->rec.state != JobState::Preparing)
            return;
        const Encoded encoded = watcher->result();
        if (!encoded.folderProblem.isEmpty()) {
            finish(a, JobState::Failed, QStringLiteral("output"), {}, encoded.folderProblem);
            return;
        }
        a->body = encoded.body;
        a->prepared.clear();
        enqueue(a);
    });
    watcher->setFuture(runInBackground([model = *spec(a), values = a->wireValues,
                                        images = a->prepared, folder = a->rec.outputDir] {
        Encoded encoded;
        encoded.folderProblem = OutputStore::checkWritable(folder);
        if (!encoded.folderProblem.isEmpty())
            return encoded;
        QHash<QString, QByteArray> uris;
        for (auto it = images.cbegin(); it != images.cend(); ++it)
            uris.insert(it.key(), it.value().dataUriBytes());
        encoded.body = encodeRequestBody(model, values, uris);
        return encoded;
    }));
}

void JobRunner::enqueue(Active *a)
{
    a->rec.state = JobState::Queued;
    update(a);
    if (!m_queue.contains(a->rec.id))
        m_queue.append(a->rec.id);
    pump();
}

void JobRunner::pump()
{
    while (!m_pausedForCredits && !m_heldByConcurrency && !m_queue.isEmpty() &&
           inFlightCount() < m_config.maxInFlight) {
        Active *a = find(m_queue.takeFirst());
        if (a && a->rec.state == JobState::Queued)
            submitNow(a);
    }
}

void JobRunner::submitNow(Active *a)
{
    if (!stillOurs(a))
        return;
    crashPoint("before-submit");
    a->rec.state = JobState::Submitting;
    a->rec.submittedAt = m_clock->now();
    a->submittedMonotonicMs = m_clock->monotonicMs();
    a->rec.errorKind.clear();
    a->rec.errorName.clear();
    a->rec.errorMessage.clear();
    // Journal first: if the app dies while the request is out, the job is known as uncertain.
    // A job the journal could not record is never sent: a crash would leave a charge that no
    // record, resume or spending report knows of.
    if (!update(a, false)) {
        a->rec.submittedAt = {};
        finish(a, JobState::Failed, QStringLiteral("journal"), {},
               QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_journal->path()),
                                            m_journal->lastError()));
        return;
    }
    emit jobChanged(a->rec);
    const QString jobId = a->rec.id;
    m_client->run(a->body, this,
                  [this, jobId](const RunResult &result) { onRunResult(jobId, result); });
}

void JobRunner::onRunResult(const QString &jobId, const RunResult &result)
{
    Active *a = find(jobId);
    if (!a)
        return;
    const ApiError &e = result.error;
    switch (e.kind) {
    case ApiErrorKind::None:
        crashPoint("after-accept"); // accepted, the prediction id not yet journalled
        a->body.clear();            // accepted: never sent again
        a->rec.predictionId = result.predictionId;
        a->rec.state = JobState::Running;
        a->rec.remoteStatus = QStringLiteral("starting");
        update(a);
        if (a->cancelRequested) {
            finish(a, JobState::Cancelled, QStringLiteral("cancelled"), {}, {});
            return;
        }
        startPolling(a);
        return;
    case ApiErrorKind::ConcurrencyLimited: {
        // Another client of the same account fills the slots: hold until one of ours ends.
        a->rec.state = JobState::Queued;
        a->rec.errorKind = apiErrorKindName(e.kind);
        a->rec.errorName = e.name;
        a->rec.errorMessage = e.message;
        update(a);
        m_queue.prepend(jobId);
        m_heldByConcurrency = true;
        if (inFlightCount() == 0) {
            QTimer::singleShot(
                qMax<qint64>(1, qint64(m_config.concurrencyRetryMs * m_config.timeScale)), this,
                [this] {
                    m_heldByConcurrency = false;
                    pump();
                });
        }
        return;
    }
    case ApiErrorKind::OutOfCredits:
        m_pausedForCredits = true;
        finish(a, JobState::Failed, apiErrorKindName(e.kind), e.name, e.message);
        emit outOfCredits(e.message);
        return;
    case ApiErrorKind::SubmissionUncertain:
        finish(a, JobState::Uncertain, apiErrorKindName(e.kind), e.name, e.message);
        return;
    default:
        finish(a, JobState::Failed, apiErrorKindName(e.kind), e.name, e.message);
        return;
    }
}

void JobRunner::startPolling(Active *a)
{
    const ModelSpec *model = spec(a);
    PollPlan plan;
    plan.expectedMs = qint64(expectedDurationSeconds(*model, a->rec.values) * 1000.0);
    plan.timeScale = m_config.timeScale;
    plan.durationKey = DurationHistory::keyFor(*model, a->rec.values);
    // Resumed jobs: elapsed time since submission comes from the wall clock.
    const qint64 elapsed = a->rec.submittedAt.isValid()
                               ? qMax<qint64>(0, a->rec.submittedAt.msecsTo(m_clock->now()))
                               : 0;
    const qint64 submittedMs = m_clock->monotonicMs() - elapsed;
    const bool inline64 =
        model->effectiveValue(a->rec.values, model->paramWithRole(QStringLiteral("inline_outputs")))
            .toBool();
    const qint64 retention = qint64(
        (inline64 ? m_config.inlineRetentionMs : m_config.cdnRetentionMs) * m_config.timeScale);
    auto *poller =
        new PredictionPoller(m_client, a->rec.predictionId, plan, submittedMs, this, m_clock);
    poller->setExpiresAtMs(submittedMs + retention);
    poller->setGiveUpAfterMs(qMax<qint64>(1, qint64(m_config.statusGiveUpMs * m_config.timeScale)));
    poller->setScheduler(m_scheduler.get());
    a->poller = poller;
    const QString jobId = a->rec.id;
    connect(poller, &PredictionPoller::statusChanged, this, [this, jobId](const StatusResult &s) {
        if (Active *a = find(jobId); a && a->rec.remoteStatus != predictionStatusName(s.status)) {
            a->rec.remoteStatus = predictionStatusName(s.status);
            update(a);
            crashPoint("polling");
        }
    });
    connect(poller, &PredictionPoller::finished, this,
            [this, jobId](const StatusResult &s) { onFinishedStatus(jobId, s); });
    connect(poller, &PredictionPoller::troubled, this,
            [this, jobId](const ApiError &answer, qint64 retryInMs) {
                if (const Active *a = find(jobId))
                    emit jobStatusTrouble(a->rec, answer, retryInMs);
            });
    connect(poller, &PredictionPoller::failed, this, [this, jobId](const ApiError &e) {
        Active *a = find(jobId);
        if (!a)
            return;
        // Expired outputs and an unknown prediction are FASHN's last word. Anything else (a 400
        // or 414 on status, a refused key, a long outage) says nothing about the prediction,
        // which exists and may be charged: it is kept, with its id, for resume to follow.
        JobState state = JobState::Suspended;
        if (e.kind == ApiErrorKind::OutputExpired)
            state = JobState::Expired;
        else if (e.kind == ApiErrorKind::NotFound)
            state = JobState::Failed;
        finish(a, state, apiErrorKindName(e.kind), e.name, e.message);
    });
    poller->start();
}

void JobRunner::onFinishedStatus(const QString &jobId, const StatusResult &s)
{
    Active *a = find(jobId);
    if (!a)
        return;
    if (a->poller)
        a->poller->deleteLater();
    a->rec.remoteStatus = predictionStatusName(s.status);
    if (s.creditsUsed >= 0)
        a->rec.creditsUsed = s.creditsUsed;
    if (s.status != PredictionStatus::Completed) {
        const PredictionError &pe = s.predictionError;
        a->rec.creditsUsed = qMax(0, a->rec.creditsUsed);
        finish(a, JobState::Failed, QStringLiteral("runtime"), pe.name, pe.message);
        return;
    }
    a->rec.state = JobState::Downloading;
    // Set once: a resumed job keeps it, and with it the names of its output files.
    if (!a->rec.completedAt.isValid())
        a->rec.completedAt = m_clock->now();
    // FASHN returns num_images outputs: a server listing more gets no more saved than asked.
    const ModelSpec *model = spec(a);
    const int asked = model ? model->imageCount(a->rec.values) : int(s.outputs.size());
    const QStringList outputs = s.outputs.mid(0, asked);
    a->rec.outputs.clear();
    for (const QString &o : outputs) {
        if (!o.startsWith(QLatin1String("data:")))
            a->rec.outputs << o;
    }
    if (s.outputs.size() > asked) {
        a->outputProblems << QStringLiteral("FASHN listed %1 outputs for %2 asked; only %2 saved")
                                 .arg(s.outputs.size())
                                 .arg(asked);
    }
    update(a);
    crashPoint("downloading");
    QTimer::singleShot(0, this, &JobRunner::pump); // the slot is free once FASHN completed it
    download(a, outputs);
}

void JobRunner::cancel(const QString &jobId)
{
    Active *a = find(jobId);
    if (!a)
        return;
    switch (a->rec.state) {
    case JobState::Preparing:
    case JobState::Queued:
        finish(a, JobState::Cancelled, QStringLiteral("cancelled"), {}, {});
        return;
    case JobState::Submitting:
        a->cancelRequested = true; // decided once FASHN answers
        return;
    case JobState::Running:
        finish(a, JobState::Cancelled, QStringLiteral("cancelled"), {}, {});
        return;
    default:
        return; // downloading: the result is paid for, let it land on disk
    }
}

void JobRunner::resumeSubmitting()
{
    m_pausedForCredits = false;
    pump();
}

int JobRunner::resumeUnfinished()
{
    int resumed = 0;
    for (const JobRecord &listed : m_journal->unfinished())
        resumed += resumeRecord(listed) ? 1 : 0;
    return resumed;
}

bool JobRunner::resume(const QString &jobId)
{
    const std::optional<JobRecord> rec = m_journal->load(jobId);
    return rec && !isFinal(rec->state) && resumeRecord(*rec);
}

bool JobRunner::resumeRecord(const JobRecord &listed)
{
    if (m_active.contains(listed.id))
        return false;
    JobOwner holder;
    if (!m_journal->claim(listed.id, &holder)) {
        if (!holder.token.isEmpty())
            emit jobHeldElsewhere(listed, holder);
        else
            qWarning("Fitting Room: could not claim job %s in the journal: %s",
                     qPrintable(listed.id), qPrintable(m_journal->lastError()));
        return false;
    }
    // Read again under our claim: its last owner may have moved it on since the listing.
    const JobRecord rec = m_journal->load(listed.id).value_or(listed);
    if (isFinal(rec.state)) {
        m_journal->release(rec.id);
        return false;
    }
    auto *a = new Active;
    a->rec = rec;
    m_active.insert(rec.id, a);
    if (!m_catalog->model(rec.model)) {
        finish(a, JobState::Failed, QStringLiteral("input"), QStringLiteral("unknown_model"),
               rec.model);
        return true;
    }
    switch (rec.state) {
    case JobState::Preparing:
    case JobState::Queued:
        prepare(a); // nothing was sent: start again from the files
        break;
    case JobState::Submitting:
        finish(a, JobState::Uncertain, apiErrorKindName(ApiErrorKind::SubmissionUncertain),
               QStringLiteral("interrupted"), {});
        break;
    case JobState::Suspended:
        a->rec.errorKind.clear();
        a->rec.errorName.clear();
        a->rec.errorMessage.clear();
        [[fallthrough]];
    case JobState::Running:
    case JobState::Downloading:
        // Polling again also returns the outputs of a completed prediction.
        a->rec.state = JobState::Running;
        update(a);
        startPolling(a);
        break;
    default:
        break;
    }
    return true;
}

} // namespace fr

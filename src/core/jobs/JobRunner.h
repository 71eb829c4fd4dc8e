#pragma once

#include "DurationHistory.h"
#include "JobJournal.h"
#include "JobRecord.h"
#include "core/FashnDefaults.h"
#include "core/api/ApiTypes.h"
#include "core/api/Clock.h"
#include "core/catalog/Validation.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <optional>

namespace fr {

class FashnClient;
class ModelCatalog;
class ModelSpec;
class PredictionPoller;
class StatusScheduler;

struct RunnerConfig
{
    int maxInFlight = defaults::kMaxInFlight;
    QString outputDir; // default folder for jobs that do not name one
    QString fileNameTemplate = defaults::fileNameTemplate();
    double timeScale = 1.0;            // < 1 only against a time-scaled sandbox
    qint64 concurrencyRetryMs = 15000; // held by a 429 while none of ours is in flight
    qint64 cdnRetentionMs = defaults::kCdnRetentionMs;
    qint64 inlineRetentionMs = defaults::kInlineRetentionMs;
    // A running job whose status cannot be read this long is suspended (resumable), not
    // waited on until its outputs expire.
    qint64 statusGiveUpMs = 15 * 60 * 1000;
    // Status requests the poller spends: below the server's 50 per 10 s, leaving room for
    // another client on the same key.
    RateLimit statusBudget{40, 10000};
};

// The scheduler: prepares inputs off the UI thread, submits at most maxInFlight predictions,
// follows each with a poller, saves the outputs, and journals every step so nothing paid for is
// lost when the app stops.
class JobRunner : public QObject
{
    Q_OBJECT
public:
    JobRunner(FashnClient *client, const ModelCatalog *catalog, JobJournal *journal,
              const RunnerConfig &config, QObject *parent = nullptr, Clock *clock = nullptr);
    ~JobRunner() override;

    struct Submission
    {
        QString jobId;                 // empty when the values were refused
        QList<ValidationIssue> issues; // every problem, when refused
    };
    // Validates (local files allowed) and starts the job. Nothing is sent when invalid.
    Submission submit(const QString &model, const QJsonObject &values,
                      const QString &outputDir = {});
    // Picks up the journal's unfinished jobs after a restart. Returns how many.
    int resumeUnfinished();
    // Picks up one unfinished job (a suspended one: follows it again). False when it is final,
    // unknown, already active or held by another process.
    bool resume(const QString &jobId);
    // Nothing is lost: a job already at FASHN is only stopped being followed (there is no
    // cancel endpoint); one that is downloading finishes saving.
    void cancel(const QString &jobId);
    // After an OutOfCredits stop, once the user has bought credits.
    void resumeSubmitting();
    bool isPausedForCredits() const { return m_pausedForCredits; }
    // The user changed the settings: in-flight limit, default folder, file-name template.
    void setConfig(const RunnerConfig &config);
    const RunnerConfig &config() const { return m_config; }

    std::optional<JobRecord> job(const QString &jobId) const;
    int inFlightCount() const;
    int activeCount() const { return int(m_active.size()); }
    // What the poller has learned about durations (persisted in the journal).
    const DurationHistory &durations() const { return m_durations; }

signals:
    void jobChanged(const fr::JobRecord &job);
    void jobFinished(const fr::JobRecord &job);
    // Submitting paused: the account has no credits. detail is FASHN's raw message; word it
    // with fr::text::apiError({ApiErrorKind::OutOfCredits, ...}) or the failed job's jobError().
    void outOfCredits(const QString &detail);
    // Another Fitting Room process holds this job (resumeUnfinished, or a takeover noticed before
    // a send or a save): it is left to that process, untouched. Word it with text::heldElsewhere.
    void jobHeldElsewhere(const fr::JobRecord &job, const fr::JobOwner &owner);
    // A status request for this running job failed; it is asked again in retryInMs. Word it
    // with fr::text::statusTrouble.
    void jobStatusTrouble(const fr::JobRecord &job, const fr::ApiError &answer, qint64 retryInMs);

private:
    struct Active;
    void prepare(Active *a);
    void encode(Active *a);
    void enqueue(Active *a);
    void pump();
    void submitNow(Active *a);
    void onRunResult(const QString &jobId, const RunResult &result);
    void startPolling(Active *a);
    bool resumeRecord(const JobRecord &listed);
    void onFinishedStatus(const QString &jobId, const StatusResult &status);
    void download(Active *a, const QStringList &outputs);
    void saveOutput(Active *a, int index, const QByteArray &bytes, const QString &sourceUrl);
    void outputDone(Active *a, int index, bool saved, const QString &path, ApiErrorKind problem,
                    const QString &message);
    bool update(Active *a, bool notify = true); // false: the journal did not record it
    void finish(Active *a, JobState state, const QString &kind = {}, const QString &name = {},
                const QString &message = {});
    Active *find(const QString &jobId) const;
    // False (and the job let go without a journal write) when another process took it over.
    bool stillOurs(Active *a);
    const ModelSpec *spec(const Active *a) const;

    FashnClient *m_client;
    const ModelCatalog *m_catalog;
    JobJournal *m_journal;
    RunnerConfig m_config;
    Clock *m_clock;
    DurationHistory m_durations;
    std::unique_ptr<StatusScheduler> m_scheduler; // before the pollers (children) go
    QHash<QString, Active *> m_active;
    QList<QString> m_queue;
    bool m_pausedForCredits = false;
    bool m_heldByConcurrency = false;
    QTimer *m_heartbeat = nullptr;
};

} // namespace fr

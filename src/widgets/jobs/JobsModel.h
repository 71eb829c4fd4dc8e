#pragma once

#include "core/jobs/JobRecord.h"

#include <QAbstractListModel>
#include <QHash>
#include <QTimer>

namespace fr {

class Clock;
class JobJournal;
class JobRunner;
class ModelCatalog;

// Every job of this session and the recent ones of the journal, newest first. Rows follow the
// runner's signals; while a job is running its elapsed time is refreshed once a second (only
// those rows, only while any runs). Needs no widget: tested headless.
class JobsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        JobIdRole = Qt::UserRole + 1,
        RecordRole,     // the whole JobRecord (QVariant)
        StateRole,      // JobState as int
        StatusTextRole, // the status in words: "Processing", "Paused for credits", ...
        ModelTitleRole,
        InputPathsRole,     // local input image files (for thumbnails)
        ElapsedSecondsRole, // since submission (or since creation before that)
        ExpectedSecondsRole,
        CreditsTextRole, // "3 credits" / "est. 3 credits" / "no charge"
        ProblemRole,     // what happened, for failed/uncertain/expired jobs
        AdviceRole,      // what to do about it
        SavedFilesRole,
        IsActiveRole, // not final
    };
    Q_ENUM(Role)

    JobsModel(JobRunner *runner, JobJournal *journal, const ModelCatalog *catalog, double timeScale,
              QObject *parent = nullptr, Clock *clock = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the journal's recent jobs (the studio calls it once the session is ready).
    void reload(int limit = 200);
    void setTimeScale(double timeScale) { m_timeScale = timeScale; }
    int rowOf(const QString &jobId) const;
    JobRecord record(int row) const { return m_jobs.at(row); }
    bool pausedForCredits() const { return m_pausedForCredits; }
    void setPausedForCredits(bool paused);
    // Finished jobs leave the list (they stay in the journal and their files in the library).
    void clearFinished();

    static QString statusText(const JobRecord &job, bool pausedForCredits);

private:
    void upsert(const JobRecord &job);
    void tick();
    double expectedSeconds(const JobRecord &job) const;

    JobRunner *m_runner;
    JobJournal *m_journal;
    const ModelCatalog *m_catalog;
    double m_timeScale;
    Clock *m_clock;
    QList<JobRecord> m_jobs;
    QTimer m_tick;
    bool m_pausedForCredits = false;
};

} // namespace fr

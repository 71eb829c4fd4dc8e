#pragma once

#include <QDate>
#include <QDateTime>

#include "JobRecord.h"
#include "core/api/Durations.h"

#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

namespace fr {

// Who holds a job: one open JobJournal of one process. Two processes sharing a journal (the
// studio and a CLI batch, or two CLIs) each claim a job before sending or saving it.
struct JobOwner
{
    qint64 pid = 0;
    QString host;
    QString token;   // this JobJournal instance (two journals of one process differ)
    QString started; // the process's start time as the kernel reports it: a reused pid differs
    QDateTime heartbeatAt;
};
// This process, with a fresh token.
JobOwner currentProcessOwner();

// The on-disk record of every job (SQLite). A job is written before each step that costs or
// could be lost (before /run leaves, when the prediction id arrives, when outputs are saved), so
// after a crash unfinished jobs resume where they were.
class JobJournal
{
public:
    JobJournal();
    ~JobJournal();
    JobJournal(const JobJournal &) = delete;
    JobJournal &operator=(const JobJournal &) = delete;

    // path ":memory:" keeps the journal in memory (tests, one-shot sandbox runs). A journal of an
    // unknown schema version, or with a foreign jobs table, is refused with a message naming it.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const;
    void close();
    QString lastError() const { return m_lastError; }
    QString path() const { return m_path; } // as given to open()

    bool save(const JobRecord &job);
    std::optional<JobRecord> load(const QString &id) const;
    QList<JobRecord> all() const;        // newest first
    QList<JobRecord> unfinished() const; // not in a final state, oldest first
    // Estimated credits of the jobs FASHN accepted on a local day (what the daily cap counts;
    // a job never sent cost nothing).
    int creditsSpentOn(const QDate &day) const;
    bool remove(const QString &id);

    // The poller's memory of how long predictions take (schema version 2).
    bool addDuration(const DurationObservation &observation);
    QList<DurationObservation> recentDurations(int limit = 500) const; // oldest first
    // Claims a job for this journal's owner, atomically across processes (BEGIN IMMEDIATE). A
    // claim held by a live other owner is refused and *holder says whose; one held by a process
    // that is gone (its pid dead or reused on this host, or no heartbeat for staleAfterMs from
    // another host) is taken over. Claiming a job already ours succeeds.
    bool claim(const QString &jobId, JobOwner *holder = nullptr);
    // Whether this journal's owner holds the job (checked again before a send or a save).
    bool holds(const QString &jobId) const;
    void release(const QString &jobId);
    // Lets go of every claim of ours; close() does this, so unfinished jobs of a process that
    // shut down cleanly are free at once for the next one (a killed one's wait for the pid check).
    void releaseAll();
    // Refreshes the heartbeat of every claim of ours (for owners on other hosts to see us live).
    void heartbeat();
    std::optional<JobOwner> owner(const QString &jobId) const;
    const JobOwner &self() const { return m_self; }
    // Tests and tools act as another process (a dead one, for a takeover).
    void setSelf(const JobOwner &owner) { m_self = owner; }
    static constexpr qint64 kStaleAfterMs = 10LL * 60 * 1000;

private:
    // tail is SQL of ours (WHERE/ORDER with ? marks); every value is bound from values.
    QList<JobRecord> query(const QString &tail, const QVariantList &values = {}) const;
    bool alive(const JobOwner &owner) const;
    QString m_connection;
    mutable QString m_lastError;
    QString m_path;
    JobOwner m_self;
};

} // namespace fr

Q_DECLARE_METATYPE(fr::JobOwner)

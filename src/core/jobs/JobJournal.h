#pragma once

#include <QDate>
#include <QDateTime>

#include "JobRecord.h"

#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

namespace fr {

// One prediction's observed processing time, from its first `processing` status to its end,
// next to what the catalog expected of it. Times in unscaled milliseconds.
struct DurationObservation
{
    QString key;           // model|mode|resolution (DurationHistory::keyFor)
    double catalogMs = 0;  // the catalog's expected duration
    double observedMs = 0; // first processing -> completion
    QDateTime anchoredAt;  // when it began processing (wall clock, UTC)
};

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

private:
    // tail is SQL of ours (WHERE/ORDER with ? marks); every value is bound from values.
    QList<JobRecord> query(const QString &tail, const QVariantList &values = {}) const;
    QString m_connection;
    mutable QString m_lastError;
};

} // namespace fr

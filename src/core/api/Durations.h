#pragma once

#include <QDateTime>
#include <QString>

namespace fr {

// What a prediction's processing time (first `processing` to completion) is expected to be:
// a log-normal with this median and log-spread, in unscaled milliseconds.
struct DurationEstimate
{
    double medianMs = 0;
    double sigma = 0.5;
    double weight = 0; // how much evidence stands behind it (0: the catalog alone)
};

// One observed processing time. Both moments are kept because it is not known in advance
// which one the server's load acts at: the load when the job was sent (it decided the queue
// and, on some servers, the worker) or the load when it began processing.
struct DurationObservation
{
    QString key;           // model|mode|resolution (DurationHistory::keyFor)
    double catalogMs = 0;  // the catalog's expected duration
    double observedMs = 0; // first processing -> completion, unscaled
    QDateTime anchoredAt;  // when it began processing (wall clock, UTC)
    QDateTime submittedAt; // when it was sent (wall clock, UTC); invalid in old journals
    // How finely the looks bracketed the start and the end, as a weight in (0, 1]: 1 when both
    // were seen within a small fraction of the duration. Negative: not measured (old journals).
    double precision = -1;
};

// Where the scheduler learns durations from and reports them to (DurationHistory).
class DurationSource
{
public:
    virtual ~DurationSource() = default;
    // The expected processing time of a prediction of `key` sent at submittedAt that began
    // processing at anchoredAt (either may be invalid: not known yet, then "now").
    virtual DurationEstimate estimate(const QString &key, double catalogMs,
                                      const QDateTime &submittedAt,
                                      const QDateTime &anchoredAt) const = 0;
    virtual void record(const DurationObservation &observation) = 0;
};

} // namespace fr

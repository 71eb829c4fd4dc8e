#pragma once

#include "JobJournal.h"
#include "core/api/StatusScheduler.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fr {

class Clock;
class ModelSpec;

// The poller's memory. Every observed processing time is kept as its ratio to the catalog's
// expectation; the ratio near a given moment is the server's load factor then. Observations
// weigh by their distance in time to the moment asked about (exponential decay), so a
// prediction that began processing two minutes ago is judged by the load of two minutes ago,
// also by observations that arrived after it began. Old history keeps a small weight, so a
// restart starts from what the server usually does rather than from the bare catalog.
class DurationHistory : public DurationSource
{
public:
    static constexpr double kDecayMs = 60000;         // unscaled: the load drifts over minutes
    static constexpr double kSlopeRidge = 0.1;        // minutes^2 of evidence before a trend counts
    static constexpr double kColdSigma = 0.5;         // FASHN: durations "vary with load"
    static constexpr double kPriorRatio = 0.9;        // processing is most of the catalog's time
    static constexpr double kPriorWeight = 0.1;       // worth a fraction of one observation
    static constexpr double kBackgroundWeight = 5e-4; // each stale observation's floor
    static constexpr double kSigmaFloor = 0.08;

    // journal may be null (memory only); timeScale < 1 against a time-scaled sandbox, whose
    // minutes pass faster on the wall clock.
    explicit DurationHistory(JobJournal *journal = nullptr, const Clock *clock = nullptr,
                             double timeScale = 1.0);

    // model|mode|resolution from the parameters the catalog's timing table is keyed by.
    static QString keyFor(const ModelSpec &model, const QJsonObject &values);

    void record(const DurationObservation &observation) override;
    // One observation sent and begun at `at`, measured as finely as its catalog time allows.
    void record(const QString &key, double catalogMs, double observedMs, const QDateTime &at);
    // The load near each moment is judged twice: by the observations' submission times and by
    // their processing starts. The reference whose line leaves the smaller spread is used:
    // that is the moment the server's load acts at.
    DurationEstimate estimate(const QString &key, double catalogMs, const QDateTime &submittedAt,
                              const QDateTime &anchoredAt) const override;
    // Sent and begun at `at` (the current time when invalid).
    DurationEstimate estimate(const QString &key, double catalogMs, const QDateTime &at = {}) const
    {
        return estimate(key, catalogMs, at, at);
    }
    // The learned ratio now against the prior's (processing = 0.9 of the catalog's time):
    // above 1 the server is slower than usual.
    double loadFactor() const;
    int size() const;

private:
    struct Sample
    {
        QString key;
        double logRatio = 0;
        QDateTime at;          // processing began
        QDateTime submittedAt; // sent (the start when not known)
        double precision = 1;  // coarsely measured predictions count less
    };
    struct Fit
    {
        double mean = 0;     // this key's expected log ratio
        double variance = 0; // weighted residual variance around the line
        double weight = 0;
        double weightSq = 0;
    };
    Fit fit(const QString &key, const QDateTime &at, bool bySubmission) const;
    double weightOf(const QDateTime &sampleAt, double precision, const QDateTime &at) const;
    void load() const; // the journal may open after the runner is built

    JobJournal *m_journal;
    const Clock *m_clock;
    double m_timeScale;
    mutable QList<Sample> m_samples;
    mutable bool m_loaded = false;
};

} // namespace fr

#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace fr {

// How busy the emulated FASHN is. Steady: the catalog's durations, +-jitter per id (the
// behaviour every test was written against). Drift: a load factor moving slowly between 0.5 and
// 2.0 over minutes stretches processing, and predictions wait in the queue while it is high.
// Spiky: steady plus rare slow outliers.
enum class SandboxLoad { Steady, Drift, Spiky };

std::optional<SandboxLoad> sandboxLoadFromName(const QString &name);
QString sandboxLoadName(SandboxLoad load);

// When a prediction moves from starting to in_queue, to processing, and ends; all on the
// sandbox's (scaled) monotonic clock.
struct SandboxTiming
{
    qint64 queueAt = 0;
    qint64 processingAt = 0;
    qint64 dueAt = 0;
    double factor = 1.0; // load factor applied (incl. an outlier's), without the jitter
    bool outlier = false;
};

// Pure and deterministic given its seed and the order of predictions, so benchmarks over a
// profile are repeatable and tests need no sleeping.
class SandboxLoadProfile
{
public:
    static constexpr double kMinFactor = 0.5;
    static constexpr double kMaxFactor = 2.0;
    static constexpr double kHoldAbove = 1.4;    // drift: the queue holds predictions above this
    static constexpr double kJitter = 0.15;      // drift and spiky: +- between neighbours
    static constexpr double kOutlierRate = 0.04; // spiky
    static constexpr double kDriftPeriodMs = 360000.0; // unscaled: 0.5 -> 2.0 in about 3 min

    SandboxLoadProfile(SandboxLoad load, quint32 seed, double timeScale, qint64 originMs);

    SandboxLoad load() const { return m_load; }
    // The drift load factor at a time on the sandbox's clock; 1 for the other profiles.
    double factorAt(qint64 ms) const;
    // The next prediction's timeline. expectedMs: the catalog's duration, already scaled.
    // idJitter in [-1, 1]: steady's per-id jitter (the other profiles draw from the seed).
    SandboxTiming next(qint64 createdAt, double expectedMs, double steadyJitter, double idJitter);

private:
    double uniform(); // [0, 1), from the seeded sequence

    SandboxLoad m_load;
    double m_timeScale;
    qint64 m_origin;
    double m_phase1;
    double m_phase2;
    quint64 m_state;
};

} // namespace fr

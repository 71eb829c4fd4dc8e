#include "SandboxLoadProfile.h"

#include <QStringList>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace fr {

std::optional<SandboxLoad> sandboxLoadFromName(const QString &name)
{
    if (name == QLatin1String("steady"))
        return SandboxLoad::Steady;
    if (name == QLatin1String("drift"))
        return SandboxLoad::Drift;
    if (name == QLatin1String("spiky"))
        return SandboxLoad::Spiky;
    return std::nullopt;
}

QString sandboxLoadName(SandboxLoad load)
{
    switch (load) {
    case SandboxLoad::Drift:
        return QStringLiteral("drift");
    case SandboxLoad::Spiky:
        return QStringLiteral("spiky");
    case SandboxLoad::Steady:
        break;
    }
    return QStringLiteral("steady");
}

SandboxLoadProfile::SandboxLoadProfile(SandboxLoad load, quint32 seed, double timeScale,
                                       qint64 originMs)
    : m_load(load), m_timeScale(timeScale > 0 ? timeScale : 1.0), m_origin(originMs),
      m_state(0x9E3779B97F4A7C15ULL ^ (quint64(seed) * 0xBF58476D1CE4E5B9ULL))
{
    m_phase1 = uniform() * 2 * std::numbers::pi;
    m_phase2 = uniform() * 2 * std::numbers::pi;
}

double SandboxLoadProfile::uniform()
{
    // splitmix64: tiny, well mixed, and the same on every platform (unlike std distributions).
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return double(z >> 11) / double(1ULL << 53);
}

double SandboxLoadProfile::factorAt(qint64 ms) const
{
    if (m_load != SandboxLoad::Drift)
        return 1.0;
    // A slow sine with a little of a faster one, in log space so that the factor spends as
    // long below 1 as above it; the weights sum to 1 so it stays within [0.5, 2].
    const double t = double(ms - m_origin) / m_timeScale;
    const double w = 2 * std::numbers::pi / kDriftPeriodMs;
    const double s = 0.8 * std::sin(w * t + m_phase1) + 0.2 * std::sin(2.7 * w * t + m_phase2);
    const double f = std::exp(std::log(2.0) * s);
    return std::clamp(f, kMinFactor, kMaxFactor);
}

SandboxTiming SandboxLoadProfile::next(qint64 createdAt, double expectedMs, double steadyJitter,
                                       double idJitter)
{
    SandboxTiming timing;
    if (m_load == SandboxLoad::Steady) {
        // Today's behaviour, unchanged: tests written against it keep their timings.
        const double total = expectedMs * (1.0 + steadyJitter * idJitter);
        timing.queueAt = createdAt + qint64(total * 0.05);
        timing.processingAt = createdAt + qint64(total * 0.15);
        timing.dueAt = createdAt + qMax<qint64>(1, qint64(total));
        return timing;
    }
    const double jitter = 1.0 + kJitter * (2.0 * uniform() - 1.0);
    double factor = factorAt(createdAt);
    double hold = 0;
    if (m_load == SandboxLoad::Drift && factor > kHoldAbove) {
        // A busy server queues work before it starts it: the hold grows with the load.
        hold = expectedMs * (factor - kHoldAbove);
    }
    if (m_load == SandboxLoad::Spiky) {
        const double roll = uniform();
        const double size = uniform();
        if (roll < kOutlierRate) {
            factor = 3.0 + 2.0 * size;
            timing.outlier = true;
        }
    }
    timing.factor = factor;
    const double total = expectedMs * factor * jitter;
    timing.queueAt = createdAt + qint64(total * 0.05);
    timing.processingAt = createdAt + qint64(total * 0.15 + hold);
    timing.dueAt = timing.processingAt + qMax<qint64>(1, qint64(total * 0.85));
    return timing;
}

} // namespace fr

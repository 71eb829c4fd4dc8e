#pragma once

#include "SandboxLoadProfile.h"
#include "core/FashnDefaults.h"

#include <QStringList>

namespace fr {

class Clock;

// The key every sandbox accepts when no keys are configured.
inline constexpr char kSandboxDefaultKey[] = "fa-sandbox-local-key";

// How the local FASHN emulator behaves. Defaults follow the documented production limits.
struct SandboxOptions
{
    QStringList keys;            // accepted API keys; empty: only kSandboxDefaultKey
    int credits = 1000;          // on-demand credits per key at start
    int subscriptionCredits = 0; // subscription credits per key at start (spent first)
    double timeScale = 1.0;      // multiplies processing times and retention periods
    int runLimit = defaults::kRunLimit.requests;
    int runWindowMs = defaults::kRunLimit.windowMs;
    int statusLimit = defaults::kStatusLimit.requests;
    int statusWindowMs = defaults::kStatusLimit.windowMs;
    int creditsLimit = defaults::kCreditsLimit.requests;
    int creditsWindowMs = defaults::kCreditsLimit.windowMs;
    bool enforceRateLimits = true;
    int maxInFlight = defaults::kMaxInFlight; // predictions per key not yet terminal
    double jitter = 0.15; // +- fraction of the total duration, deterministic per id (steady)
    SandboxLoad load = SandboxLoad::Steady; // how processing times follow the server's load
    quint32 loadSeed = 1; // drift phases, jitter and outliers: the same seed, the same run
    QStringList savedModels = {QStringLiteral("demo")}; // names accepted as saved:<name>
    int fetchTimeoutMs = 10000;                         // loopback image downloads
    const Clock *clock = nullptr;                       // not owned; null: the system clock

    QStringList acceptedKeys() const
    {
        return keys.isEmpty() ? QStringList{QString::fromLatin1(kSandboxDefaultKey)} : keys;
    }
};

} // namespace fr

// Pollers under a server whose load moves: the learning poller (one StatusScheduler over a
// DurationHistory), today's schedule (PredictionPoller alone) and a fixed 1 s poller (what the
// official SDKs do), each against its own sandbox with the same load profile and seed, so the
// three see the same durations at the same moments. For each of drift, steady and spiky:
//   - 36 jobs of mixed models, modes and tiers, one submitted every 5 s, the learning poller
//     starting from an empty journal;
//   - 20 cold starts: single jobs spread over the same minutes, each followed by a learning
//     poller with no history at all (its first job).
// Every figure is in unscaled (real FASHN) seconds. Run once, on a quiet machine if possible:
//
//   bench_poller_load [time_scale=0.25] [profiles=drift,steady,spiky] [seed=1]
#include "BenchPollers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace fr;
using namespace fr::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double scale = argc > 1 ? QByteArray(argv[1]).toDouble() : 0.25;
    const QStringList profiles = QString::fromLocal8Bit(argc > 2 ? argv[2] : "drift,steady,spiky")
                                     .split(QLatin1Char(','), Qt::SkipEmptyParts);
    const quint32 seed = argc > 3 ? QByteArray(argv[3]).toUInt() : 1;

    std::printf("time scale %.3f, seed %u; lateness = completion seen minus completion, "
                "unscaled seconds\n",
                scale, seed);
    bool driftMet = true;
    bool ranDrift = false;
    bool failures = false; // a job that could not be run or followed
    QElapsedTimer wall;
    wall.start();
    for (const QString &name : profiles) {
        const auto load = sandboxLoadFromName(name);
        if (!load) {
            std::fprintf(stderr, "unknown profile %s\n", qPrintable(name));
            return 2;
        }
        Scenario scenario(*load, seed, scale);
        const ScenarioResult r = scenario.run();
        if (!r.ok)
            failures = true;
        std::printf("\n== %s: %d jobs (+%d cold starts), %.0f s wall\n", qPrintable(name), r.jobs,
                    r.coldJobs, r.wallMs / 1000.0);
        std::printf("%-10s %8s %8s %10s %12s %10s %14s\n", "poller", "median", "p95", "requests",
                    "vs 1s poller", "max/10s", "cold p95");
        const double fixedRequests = r.pollers[int(PollerKind::Fixed)].requests;
        for (int k = 0; k < 3; ++k) {
            const PollerResult &p = r.pollers[k];
            std::printf("%-10s %7.2fs %7.2fs %10d %12.3f %10d %13.2fs\n",
                        qPrintable(pollerName(PollerKind(k))), p.medianLateS, p.p95LateS,
                        p.requests, fixedRequests > 0 ? p.requests / fixedRequests : 0.0,
                        p.maxIn10s, p.coldP95LateS);
        }
        if (*load == SandboxLoad::Drift) {
            ranDrift = true;
            const PollerResult &l = r.pollers[int(PollerKind::Learning)];
            const double ratio = fixedRequests > 0 ? l.requests / fixedRequests : 1;
            driftMet = l.medianLateS <= 0.6 && l.p95LateS <= 1.5 && ratio <= 0.35 &&
                       l.maxIn10s <= 45 && l.coldP95LateS <= 3.0;
            std::printf("drift goals (median <= 0.6 s, p95 <= 1.5 s, <= 0.35 of the requests, "
                        "<= 45 per 10 s, cold p95 <= 3 s): %s\n",
                        driftMet ? "met" : "missed");
        }
    }
    std::printf("\nwall time %.0f s\n", wall.elapsed() / 1000.0);
    if (failures)
        std::printf("some jobs failed (see stderr): the figures above are incomplete\n");
    return failures ? 1 : ranDrift && !driftMet ? 3 : 0;
}

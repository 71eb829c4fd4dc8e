// Scheduling under tight limits: 40 jobs through the real JobRunner and FashnClient against a
// sandbox whose limits are scaled down (run 5 per 6 s, status 5 per 1 s, 3 predictions in
// flight per key). Goal: zero 429s, and a total time within 10 % of what those limits allow.
//
// What the limits allow, from the sandbox's own record of every prediction: the 40th /run can
// go out no earlier than 7 full run windows after the first (5 per window), and then takes its
// processing time; and 3 in flight at once cannot finish the jobs faster than the sum of their
// processing times divided by 3. The larger of the two is the bound.
//
//   bench_scheduling [time_scale=0.15] [jobs=40]
#include "core/api/FashnClient.h"
#include "core/catalog/ModelCatalog.h"
#include "core/jobs/JobJournal.h"
#include "core/jobs/JobRunner.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace fr;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double scale = argc > 1 ? QByteArray(argv[1]).toDouble() : 0.15;
    const int jobs = argc > 2 ? QByteArray(argv[2]).toInt() : 40;
    constexpr int kRunLimit = 5;
    constexpr int kRunWindowMs = 6000;
    constexpr int kStatusLimit = 5;
    constexpr int kStatusWindowMs = 1000;
    constexpr int kInFlight = 3;

    SandboxOptions options;
    options.timeScale = scale;
    options.runLimit = kRunLimit;
    options.runWindowMs = kRunWindowMs;
    options.statusLimit = kStatusLimit;
    options.statusWindowMs = kStatusWindowMs;
    options.maxInFlight = kInFlight;
    SandboxServer sandbox(options);
    if (!sandbox.listen(0)) {
        std::fprintf(stderr, "cannot listen on loopback\n");
        return 2;
    }

    // The client is told the same limits (as a user would set them for a small account); the
    // runner keeps a status request of each second free for another client on the key.
    ClientConfig clientConfig;
    clientConfig.baseUrl = sandbox.baseUrl();
    clientConfig.apiKey = QString::fromLatin1(kSandboxDefaultKey);
    clientConfig.runLimit = {kRunLimit, kRunWindowMs};
    clientConfig.statusLimit = {kStatusLimit, kStatusWindowMs};
    QNetworkAccessManager nam;
    FashnClient client(&nam, clientConfig);
    const ModelCatalog catalog = ModelCatalog::bundled();
    JobJournal journal;
    journal.open(QStringLiteral(":memory:"));
    QTemporaryDir out;
    RunnerConfig runnerConfig;
    runnerConfig.outputDir = out.path();
    runnerConfig.timeScale = scale;
    runnerConfig.maxInFlight = kInFlight;
    runnerConfig.statusBudget = {kStatusLimit - 1, kStatusWindowMs};
    JobRunner runner(&client, &catalog, &journal, runnerConfig);

    int finished = 0;
    int completed = 0;
    QElapsedTimer wall;
    QObject::connect(&runner, &JobRunner::jobFinished, &app, [&](const JobRecord &job) {
        ++finished;
        completed += job.state == JobState::Completed ? 1 : 0;
        if (finished == jobs)
            app.quit();
    });
    const QString garment = QStringLiteral(FR_SAMPLES_DIR) + QStringLiteral("/product.jpg");
    // From the first /run on the wire: preparing the first input image is not the limits' time.
    QObject::connect(&client, &FashnClient::requestSent, &app, [&wall](Endpoint endpoint) {
        if (endpoint == Endpoint::Run && !wall.isValid())
            wall.start();
    });
    for (int i = 0; i < jobs; ++i) {
        const auto s = runner.submit(QStringLiteral("tryon-v1.6"),
                                     {{QStringLiteral("model_image"), QStringLiteral("saved:demo")},
                                      {QStringLiteral("garment_image"), garment},
                                      {QStringLiteral("seed"), i}});
        if (s.jobId.isEmpty()) {
            std::fprintf(stderr, "job %d refused\n", i);
            return 2;
        }
    }
    QTimer::singleShot(30 * 60 * 1000, &app, [&] {
        std::fprintf(stderr, "timed out with %d of %d finished\n", finished, jobs);
        app.exit(3);
    });
    if (const int code = app.exec(); code != 0)
        return code;
    const double measuredS = wall.elapsed() / 1000.0;

    const QJsonObject stats = sandbox.stats();
    const int rejections =
        stats.value(QStringLiteral("rejections")).toObject().value(QStringLiteral("total")).toInt();
    const QJsonArray completions = stats.value(QStringLiteral("completions")).toArray();
    double sumS = 0;
    double minS = 1e9;
    double lastCreatedS = 0;
    double firstCreatedMs = 1e18;
    for (const QJsonValue &v : completions)
        firstCreatedMs = std::min(firstCreatedMs, v[QStringLiteral("created_ms")].toDouble());
    for (const QJsonValue &v : completions) {
        const double created = v[QStringLiteral("created_ms")].toDouble();
        const double d = (v[QStringLiteral("finished_ms")].toDouble() - created) / 1000.0;
        sumS += d;
        minS = std::min(minS, d);
        lastCreatedS = std::max(lastCreatedS, (created - firstCreatedMs) / 1000.0);
    }
    const int windows = (jobs + kRunLimit - 1) / kRunLimit - 1;
    const double runBoundS = windows * kRunWindowMs / 1000.0 + minS;
    const double slotBoundS = sumS / kInFlight;
    const double boundS = std::max(runBoundS, slotBoundS);
    const double ratio = measuredS / boundS;

    std::printf("%d jobs (tryon-v1.6), time scale %.3f; limits: run %d per %.0f s, status %d per "
                "%.0f s, %d in flight\n",
                jobs, scale, kRunLimit, kRunWindowMs / 1000.0, kStatusLimit,
                kStatusWindowMs / 1000.0, kInFlight);
    std::printf("processing per job (sandbox): %.2f s mean, %.2f s shortest\n",
                completions.isEmpty() ? 0.0 : sumS / completions.size(), minS);
    std::printf("limits allow at best: %.1f s (run windows: %.1f s; %d slots: %.1f s)\n", boundS,
                runBoundS, kInFlight, slotBoundS);
    std::printf("measured: %.1f s from the first submit to the last saved output (%.3f of the "
                "bound; goal <= 1.10); last /run accepted at %.1f s\n",
                measuredS, ratio, lastCreatedS);
    std::printf("429 replies: %d (goal 0); completed %d of %d\n", rejections, completed, jobs);
    const bool met = rejections == 0 && completed == jobs && ratio <= 1.10;
    std::printf("goals %s\n", met ? "met" : "NOT met");
    return met ? 0 : 1;
}

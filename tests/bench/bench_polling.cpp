// Status requests per completed job and delay from completion to detection: the adaptive
// PredictionPoller against a fixed 1-second poller, on the sandbox with the catalog's documented
// durations (±15% jitter). The sandbox and both pollers run on a scaled clock; every figure is
// reported in unscaled (real FASHN) time.
//
// Outputs are JPEG and the scale is gentle so that the sandbox's own rendering (36 outputs, a
// third of them 16 MP) finishes inside the documented durations on a 2-core machine.
//
//   bench_polling [time_scale=0.25] [rounds=1]
#include "core/api/FashnClient.h"
#include "core/api/PredictionPoller.h"
#include "core/catalog/ModelCatalog.h"
#include "core/catalog/Pricing.h"
#include "core/catalog/RequestBuilder.h"
#include "sandbox/SandboxServer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QImage>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace fr;

namespace {

struct Config
{
    QString model;
    QJsonObject values;
};

QList<Config> configs(const QString &png)
{
    QList<Config> out;
    for (const char *mode : {"fast", "balanced", "quality"}) {
        for (const char *res : {"1k", "2k", "4k"})
            out.append({QStringLiteral("product-to-model"),
                        {{"product_image", png},
                         {"generation_mode", mode},
                         {"resolution", res},
                         {"output_format", "jpeg"}}});
    }
    for (const char *mode : {"performance", "balanced", "quality"})
        out.append({QStringLiteral("tryon-v1.6"),
                    {{"model_image", "saved:demo"},
                     {"garment_image", png},
                     {"mode", mode},
                     {"output_format", "jpeg"}}});
    return out;
}

QByteArray tinyPngDataUri()
{
    QImage image(64, 80, QImage::Format_RGB32);
    image.fill(QColor(40, 90, 160));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return "data:image/png;base64," + bytes.toBase64();
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

struct Outcome
{
    int requests = 0;
    double delayMs = 0; // unscaled
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double scale = argc > 1 ? QByteArray(argv[1]).toDouble() : 0.25;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 1;

    SandboxOptions options;
    options.timeScale = scale;
    options.enforceRateLimits = false; // measure the pollers, not the budget
    options.maxInFlight = 1000;
    options.credits = 100000;
    options.clock = Clock::system(); // completion and detection times on one clock
    SandboxServer sandbox(options);
    if (!sandbox.listen(0)) {
        std::fprintf(stderr, "cannot start the sandbox\n");
        return 1;
    }
    ClientConfig cc;
    cc.baseUrl = sandbox.baseUrl();
    cc.apiKey = QString::fromLatin1(kSandboxDefaultKey);
    cc.statusLimit = {1000000, 1000};
    cc.runLimit = {1000000, 1000};
    QNetworkAccessManager nam;
    FashnClient client(&nam, cc);
    const ModelCatalog catalog = ModelCatalog::bundled();
    const QString png = QString::fromLatin1(tinyPngDataUri());

    // Completion times as the sandbox saw them (same process, same monotonic clock).
    QHash<QString, qint64> completedAt;
    QObject::connect(
        &sandbox, &SandboxServer::predictionFinished, &app,
        [&](const QString &id, const QString &, qint64 ms) { completedAt.insert(id, ms); });

    QList<Outcome> adaptive, fixed;
    QElapsedTimer wall;
    wall.start();
    for (int round = 0; round < rounds; ++round) {
        for (const bool useAdaptive : {true, false}) {
            int pending = 0;
            QEventLoop loop;
            for (Config c : configs(png)) {
                for (int seed = 0; seed < 3; ++seed) {
                    c.values.insert(QStringLiteral("seed"),
                                    seed + round * 10 + (useAdaptive ? 0 : 100));
                    const ModelSpec &spec = *catalog.model(c.model);
                    const qint64 expectedMs =
                        qint64(expectedDurationSeconds(spec, c.values) * 1000);
                    ++pending;
                    client.run(
                        buildRequestBody(spec, c.values), &app,
                        [&, expectedMs, useAdaptive](const RunResult &r) {
                            if (r.error.isError()) {
                                std::fprintf(stderr, "run failed: %s\n",
                                             qPrintable(r.error.describe()));
                                if (--pending == 0)
                                    loop.quit();
                                return;
                            }
                            const qint64 submitted = Clock::system()->monotonicMs();
                            // useAdaptive by value: this callback outlives the lambda that owns its
                            // copy.
                            auto done = [&pending, &loop, &completedAt, &adaptive, &fixed, scale,
                                         useAdaptive, id = r.predictionId](int requests) {
                                const qint64 now = Clock::system()->monotonicMs();
                                const double delay = (now - completedAt.value(id, now)) / scale;
                                (useAdaptive ? adaptive : fixed).append({requests, delay});
                                if (--pending == 0)
                                    loop.quit();
                            };
                            if (useAdaptive) {
                                auto *poller = new PredictionPoller(&client, r.predictionId,
                                                                    PollPlan{expectedMs, scale},
                                                                    submitted, &app);
                                QObject::connect(poller, &PredictionPoller::finished, &app,
                                                 [poller, done](const StatusResult &) {
                                                     done(poller->requestCount());
                                                     poller->deleteLater();
                                                 });
                                poller->start();
                            } else {
                                // The SDKs' way: a status request every second until it ends.
                                // QPointer: replies still in flight may arrive after the timer is
                                // gone.
                                QPointer<QTimer> timer = new QTimer(&app);
                                timer->setTimerType(Qt::PreciseTimer);
                                auto count = std::make_shared<int>(0);
                                QObject::connect(
                                    timer, &QTimer::timeout, &app,
                                    [&, timer, count, done, id = r.predictionId] {
                                        ++*count;
                                        client.status(id, &app,
                                                      [timer, count, done](const StatusResult &s) {
                                                          if (timer && isTerminal(s.status) &&
                                                              timer->isActive()) {
                                                              timer->stop();
                                                              timer->deleteLater();
                                                              done(*count);
                                                          }
                                                      });
                                    });
                                timer->start(std::max(1, int(1000 * scale)));
                            }
                        });
                }
            }
            loop.exec();
        }
    }

    auto summarize = [](const QList<Outcome> &v, double *requests, double *delay) {
        double total = 0;
        QList<double> delays;
        for (const Outcome &o : v) {
            total += o.requests;
            delays << o.delayMs;
        }
        *requests = v.isEmpty() ? 0 : total / v.size();
        *delay = median(delays);
    };
    double aReq, aDelay, fReq, fDelay;
    summarize(adaptive, &aReq, &aDelay);
    summarize(fixed, &fReq, &fDelay);
    std::printf("jobs per poller: %lld (product-to-model 3 modes x 3 tiers, tryon-v1.6 3 modes, x3 "
                "seeds x%d rounds)\n",
                static_cast<long long>(adaptive.size()), rounds);
    std::printf("time scale %.3f, wall time %.1f s\n", scale, wall.elapsed() / 1000.0);
    std::printf("adaptive poller: %.2f status requests per job, median detection delay %.0f ms\n",
                aReq, aDelay);
    std::printf("fixed 1 s poller: %.2f status requests per job, median detection delay %.0f ms\n",
                fReq, fDelay);
    std::printf(
        "requests_ratio=%.3f adaptive_median_delay_ms=%.0f fixed_median_delay_ms=%.0f goal=%s\n",
        aReq / fReq, aDelay, fDelay, (aReq / fReq <= 0.3 && aDelay <= 1000) ? "met" : "missed");
    return 0;
}

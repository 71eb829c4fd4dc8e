#pragma once

// bench_poller_load's machinery: three sandboxes with one load profile, and the three pollers
// following the same jobs on them.
#include "BenchSupport.h"
#include "core/api/FashnClient.h"
#include "core/api/PredictionPoller.h"
#include "core/api/StatusScheduler.h"
#include "core/catalog/ModelCatalog.h"
#include "core/catalog/Pricing.h"
#include "core/catalog/RequestBuilder.h"
#include "core/jobs/DurationHistory.h"
#include "core/jobs/JobJournal.h"
#include "sandbox/SandboxServer.h"

#include <QBuffer>
#include <QEventLoop>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>
#include <memory>

namespace fr::bench {

enum class PollerKind { Learning = 0, Today = 1, Fixed = 2 };

inline QString pollerName(PollerKind k)
{
    switch (k) {
    case PollerKind::Learning:
        return QStringLiteral("learning");
    case PollerKind::Today:
        return QStringLiteral("today");
    case PollerKind::Fixed:
        break;
    }
    return QStringLiteral("fixed 1s");
}

// Counts the status requests that leave, with their times, whoever sends them.
class CountingNam : public QNetworkAccessManager
{
public:
    QList<qint64> statusTimes;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        if (request.url().path().contains(QLatin1String("/status")))
            statusTimes << Clock::system()->monotonicMs();
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

struct Job
{
    QString model;
    QJsonObject values;
};

inline QString tinyPngDataUri()
{
    QImage image(64, 80, QImage::Format_RGB32);
    image.fill(QColor(40, 90, 160));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(bytes.toBase64());
}

// 12 configurations of three models, every mode and tier among them; three seeds each.
inline QList<Job> mixedJobs(int count)
{
    const QString png = tinyPngDataUri();
    QList<Job> configs;
    const QList<std::pair<const char *, const char *>> p2m = {
        {"fast", "1k"},    {"fast", "4k"},    {"balanced", "2k"},
        {"quality", "1k"}, {"quality", "2k"}, {"quality", "4k"}};
    for (const auto &[mode, res] : p2m)
        configs.append({QStringLiteral("product-to-model"),
                        {{"product_image", png},
                         {"generation_mode", mode},
                         {"resolution", res},
                         {"output_format", "jpeg"}}});
    for (const char *mode : {"performance", "balanced", "quality"})
        configs.append({QStringLiteral("tryon-v1.6"),
                        {{"model_image", "saved:demo"},
                         {"garment_image", png},
                         {"mode", mode},
                         {"output_format", "jpeg"}}});
    const QList<std::pair<const char *, const char *>> max = {
        {"balanced", "1k"}, {"quality", "2k"}, {"balanced", "4k"}};
    for (const auto &[mode, res] : max)
        configs.append({QStringLiteral("tryon-max"),
                        {{"model_image", png},
                         {"product_image", png},
                         {"generation_mode", mode},
                         {"resolution", res},
                         {"output_format", "jpeg"}}});
    QList<Job> jobs;
    for (int i = 0; i < count; ++i) {
        // Interleaved (7 is prime to 12) so long and short jobs mix over the minutes.
        Job j = configs[(i * 7) % configs.size()];
        j.values.insert(QStringLiteral("seed"), i);
        jobs.append(j);
    }
    return jobs;
}

struct PollerResult
{
    double medianLateS = 0;
    double p95LateS = 0;
    int requests = 0;
    int maxIn10s = 0;
    double coldP95LateS = 0;
};

struct ScenarioResult
{
    bool ok = true;
    int jobs = 0;
    int coldJobs = 0;
    qint64 wallMs = 0;
    PollerResult pollers[3];
};

// One poller kind following jobs on its own sandbox.
class Lane
{
public:
    Lane(PollerKind kind, SandboxLoad load, quint32 seed, double scale, bool cold)
        : m_kind(kind), m_scale(scale), m_cold(cold)
    {
        SandboxOptions options;
        options.timeScale = scale;
        options.enforceRateLimits = false; // the pollers' own pacing is measured
        options.maxInFlight = 1000;
        options.credits = 1000000;
        options.load = load;
        options.loadSeed = seed;
        options.clock = Clock::system();
        m_sandbox = std::make_unique<SandboxServer>(options);
        m_ok = m_sandbox->listen(0);
        ClientConfig cc;
        cc.baseUrl = m_sandbox->baseUrl();
        cc.apiKey = QString::fromLatin1(kSandboxDefaultKey);
        cc.statusLimit = {1000000, 1000};
        cc.runLimit = {1000000, 1000};
        m_client = std::make_unique<FashnClient>(&m_nam, cc);
        QObject::connect(m_sandbox.get(), &SandboxServer::predictionFinished, m_sandbox.get(),
                         [this](const QString &id, const QString &, qint64 ms) {
                             m_completedAt.insert(id, ms);
                         });
        if (m_kind == PollerKind::Learning && !m_cold) {
            m_journal.open(m_dir.filePath(QStringLiteral("journal.sqlite")));
            m_history = std::make_unique<DurationHistory>(&m_journal, Clock::system(), scale);
            m_scheduler = std::make_unique<StatusScheduler>(
                m_history.get(), RateLimit{40, int(10000 * scale)}, scale);
        }
    }

    bool ok() const { return m_ok; }
    int pending() const { return m_pending; }
    std::vector<double> lateness() const { return m_late; }
    const QList<qint64> &statusTimes() const { return m_nam.statusTimes; }

    void submit(const ModelCatalog &catalog, const Job &job, std::function<void()> done)
    {
        const ModelSpec &spec = *catalog.model(job.model);
        PollPlan plan;
        plan.expectedMs = qint64(expectedDurationSeconds(spec, job.values) * 1000);
        plan.timeScale = m_scale;
        plan.durationKey = DurationHistory::keyFor(spec, job.values);
        ++m_pending;
        m_client->run(buildRequestBody(spec, job.values), m_sandbox.get(),
                      [this, plan, done](const RunResult &r) {
                          if (r.error.isError()) {
                              std::fprintf(stderr, "run failed: %s\n",
                                           qPrintable(r.error.describe()));
                              m_ok = false;
                              finishOne(done);
                              return;
                          }
                          follow(r.predictionId, plan, done);
                      });
    }

private:
    void finishOne(const std::function<void()> &done)
    {
        --m_pending;
        done();
    }

    void seen(const QString &id, const std::function<void()> &done)
    {
        const qint64 now = Clock::system()->monotonicMs();
        m_late.push_back(double(now - m_completedAt.value(id, now)) / m_scale / 1000.0);
        finishOne(done);
    }

    void follow(const QString &id, const PollPlan &plan, const std::function<void()> &done)
    {
        const qint64 submitted = Clock::system()->monotonicMs();
        if (m_kind == PollerKind::Fixed) {
            QPointer<QTimer> timer = new QTimer(m_sandbox.get());
            timer->setTimerType(Qt::PreciseTimer);
            QObject::connect(timer, &QTimer::timeout, m_sandbox.get(), [this, timer, id, done] {
                m_client->status(id, m_sandbox.get(),
                                 [this, timer, id, done](const StatusResult &s) {
                                     if (timer && isTerminal(s.status) && timer->isActive()) {
                                         timer->stop();
                                         timer->deleteLater();
                                         seen(id, done);
                                     }
                                 });
            });
            timer->start(std::max(1, int(1000 * m_scale)));
            return;
        }
        // A cold lane gives every job its own empty history: each is a first job.
        StatusScheduler *scheduler = m_scheduler.get();
        if (m_kind == PollerKind::Learning && m_cold) {
            auto history = std::make_shared<DurationHistory>(nullptr, Clock::system(), m_scale);
            auto *own = new StatusScheduler(history.get(), RateLimit{40, int(10000 * m_scale)},
                                            m_scale, nullptr, m_sandbox.get());
            m_coldHistories.push_back(history);
            scheduler = own;
        }
        auto *poller = new PredictionPoller(m_client.get(), id, plan, submitted, m_sandbox.get());
        if (m_kind == PollerKind::Learning)
            poller->setScheduler(scheduler);
        QObject::connect(
            poller, &PredictionPoller::finished, m_sandbox.get(),
            [this, poller, id, done, plan, submitted](const StatusResult &) {
                seen(id, done);
                if (qEnvironmentVariableIsSet("FR_BENCH_VERBOSE") && m_late.back() > 1.5) {
                    const DurationHistory *h = m_history.get();
                    const DurationEstimate e =
                        h ? h->estimate(plan.durationKey, double(plan.expectedMs))
                          : DurationEstimate{};
                    std::fprintf(stderr,
                                 "%s late %.2f s: %s, ran %.1f s, catalog %.1f s, "
                                 "now expects %.1f s sigma %.2f\n",
                                 qPrintable(pollerName(m_kind)), m_late.back(),
                                 qPrintable(plan.durationKey),
                                 (m_completedAt.value(id) - submitted) / m_scale / 1000.0,
                                 plan.expectedMs / 1000.0, e.medianMs / 1000.0, e.sigma);
                }
                poller->deleteLater();
            });
        QObject::connect(poller, &PredictionPoller::failed, m_sandbox.get(),
                         [this, poller, done](const ApiError &e) {
                             std::fprintf(stderr, "poll failed: %s\n", qPrintable(e.describe()));
                             m_ok = false;
                             finishOne(done);
                             poller->deleteLater();
                         });
        poller->start();
    }

    PollerKind m_kind;
    double m_scale;
    bool m_cold;
    bool m_ok = false;
    int m_pending = 0;
    QTemporaryDir m_dir;
    JobJournal m_journal;
    std::unique_ptr<DurationHistory> m_history;
    std::vector<std::shared_ptr<DurationHistory>> m_coldHistories;
    std::unique_ptr<StatusScheduler> m_scheduler;
    CountingNam m_nam;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<FashnClient> m_client;
    QHash<QString, qint64> m_completedAt;
    std::vector<double> m_late;
};

inline int maxInWindow(QList<qint64> times, qint64 windowMs)
{
    std::sort(times.begin(), times.end());
    int best = 0;
    qsizetype j = 0;
    for (qsizetype i = 0; i < times.size(); ++i) {
        while (times[i] - times[j] >= windowMs)
            ++j;
        best = std::max(best, int(i - j + 1));
    }
    return best;
}

// Six lanes (three pollers, warm and cold) on one profile, run together.
class Scenario
{
public:
    static constexpr int kJobs = 36;
    static constexpr int kColdJobs = 20;
    static constexpr double kSubmitGapMs = 5000; // unscaled, the warm jobs
    static constexpr double kColdGapMs = 9000;   // unscaled, the cold starts

    Scenario(SandboxLoad load, quint32 seed, double scale) : m_scale(scale)
    {
        for (int k = 0; k < 3; ++k) {
            m_warm[k] = std::make_unique<Lane>(PollerKind(k), load, seed, scale, false);
            m_coldLanes[k] = std::make_unique<Lane>(PollerKind(k), load, seed + 1000, scale, true);
        }
    }

    ScenarioResult run()
    {
        ScenarioResult result;
        result.jobs = kJobs;
        result.coldJobs = kColdJobs;
        for (int k = 0; k < 3; ++k) {
            if (!m_warm[k]->ok() || !m_coldLanes[k]->ok()) {
                std::fprintf(stderr, "cannot start the sandboxes\n");
                result.ok = false;
                return result;
            }
        }
        const ModelCatalog catalog = ModelCatalog::bundled();
        const QList<Job> jobs = mixedJobs(kJobs);
        const QList<Job> coldJobs = mixedJobs(kColdJobs);
        QEventLoop loop;
        int outstanding = 3 * (kJobs + kColdJobs);
        auto done = [&] {
            if (--outstanding == 0)
                loop.quit();
        };
        QElapsedTimer wall;
        wall.start();
        for (int i = 0; i < kJobs; ++i) {
            QTimer::singleShot(int(i * kSubmitGapMs * m_scale), &loop, [&, i] {
                for (int k = 0; k < 3; ++k)
                    m_warm[k]->submit(catalog, jobs[i], done);
            });
        }
        for (int i = 0; i < kColdJobs; ++i) {
            QTimer::singleShot(int(i * kColdGapMs * m_scale), &loop, [&, i] {
                for (int k = 0; k < 3; ++k)
                    m_coldLanes[k]->submit(catalog, coldJobs[(i * 5) % kColdJobs], done);
            });
        }
        loop.exec();
        result.wallMs = wall.elapsed();
        for (int k = 0; k < 3; ++k) {
            PollerResult &p = result.pollers[k];
            const std::vector<double> late = m_warm[k]->lateness();
            p.medianLateS = median(late);
            p.p95LateS = percentile(late, 0.95);
            p.requests = int(m_warm[k]->statusTimes().size());
            p.maxIn10s = maxInWindow(m_warm[k]->statusTimes(), qint64(10000 * m_scale));
            p.coldP95LateS = percentile(m_coldLanes[k]->lateness(), 0.95);
            result.ok = result.ok && m_warm[k]->ok() && m_coldLanes[k]->ok();
        }
        return result;
    }

private:
    double m_scale;
    std::unique_ptr<Lane> m_warm[3];
    std::unique_ptr<Lane> m_coldLanes[3];
};

} // namespace fr::bench

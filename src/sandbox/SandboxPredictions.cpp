#include "SandboxPredictions.h"

#include "core/FashnDefaults.h"
#include "core/api/Clock.h"
#include "core/catalog/Pricing.h"
#include "core/catalog/Validation.h"

#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>
#include <QtConcurrent>

namespace fr {

namespace {

constexpr qint64 kBase64RetentionMs = defaults::kInlineRetentionMs;
constexpr qint64 kCdnRetentionMs = defaults::kCdnRetentionMs;

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// A deterministic value in [-1, 1] from the prediction id.
double idJitter(const QString &id)
{
    const QByteArray d = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Md5);
    const quint16 v = quint16(quint8(d[0])) << 8 | quint8(d[1]);
    return double(v) / 65535.0 * 2.0 - 1.0;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("-u1");
}

} // namespace

SandboxPredictions::SandboxPredictions(const SandboxOptions &options, const Clock *clock,
                                       QObject *parent)
    : QObject(parent), m_options(options), m_clock(clock),
      m_load(options.load, options.loadSeed, options.timeScale, clock->monotonicMs()),
      m_network(new QNetworkAccessManager(this))
{
    m_sweep.setSingleShot(true);
    connect(&m_sweep, &QTimer::timeout, this, [this] { settleAll(); });
}

SandboxPredictions::~SandboxPredictions() = default;

qint64 SandboxPredictions::now() const
{
    return m_clock->monotonicMs();
}

QString SandboxPredictions::create(const QString &key, const ModelSpec &model,
                                   const QJsonObject &values, int price,
                                   std::optional<std::pair<QString, QString>> injected)
{
    Prediction p;
    do {
        p.id = newId();
    } while (m_predictions.contains(p.id));
    ++m_created;
    p.key = key;
    p.values = values;
    p.price = price;
    p.outputCount = model.imageCount(values);
    p.base64 = model.effectiveValue(values, model.paramWithRole(QStringLiteral("inline_outputs")))
                   .toBool();
    p.createdAt = now();
    const SandboxTiming timing = m_load.next(
        p.createdAt, expectedDurationSeconds(model, values) * 1000.0 * m_options.timeScale,
        m_options.jitter, idJitter(p.id));
    p.queueAt = timing.queueAt;
    p.processingAt = timing.processingAt;
    p.dueAt = timing.dueAt;
    p.job.model = model;
    p.job.values = values;
    if (injected) {
        p.injected = true;
        p.errorName = injected->first;
        p.errorMessage = injected->second.isEmpty()
                             ? QStringLiteral("Sandbox: injected %1.").arg(injected->first)
                             : injected->second;
    }
    const QString id = p.id;

    QList<std::pair<QString, QUrl>> fetches;
    for (const QString &input : model.imageInputs()) {
        const QString value = values.value(input).toString().trimmed();
        if (value.isEmpty() || !p.errorName.isEmpty())
            continue;
        switch (classifyImageValue(value)) {
        case ImageValueForm::DataUri:
            p.job.dataUris.insert(input, value);
            break;
        case ImageValueForm::Saved: {
            const QString name = value.mid(6);
            if (m_options.savedModels.contains(name)) {
                auto saved = m_savedModels.find(name);
                if (saved == m_savedModels.end())
                    saved = m_savedModels.insert(name, SandboxRenderer::savedModel(name));
                p.job.images.insert(input, *saved);
            } else {
                failLoad(
                    p,
                    QStringLiteral("%1: there is no saved model named \"%2\".").arg(input, name));
            }
            break;
        }
        case ImageValueForm::HttpUrl: {
            const QUrl url(value);
            // The sandbox never reaches beyond this machine; a real FASHN would fetch the URL.
            if (!isLoopbackHost(url.host()))
                failLoad(p, QStringLiteral("%1: could not fetch %2 (the sandbox only fetches "
                                           "images from loopback addresses).")
                                .arg(input, url.toString()));
            else
                fetches.append({input, url});
            break;
        }
        default:
            failLoad(p, QStringLiteral("%1: not an image URL or data URI.").arg(input));
            break;
        }
    }
    if (!p.errorName.isEmpty())
        fetches.clear();
    p.pendingFetches = int(fetches.size());
    m_predictions.insert(id, p);
    for (const auto &[input, url] : fetches)
        fetch(id, input, url);
    if (fetches.isEmpty())
        inputLoaded(id);
    armSweep();
    return id;
}

void SandboxPredictions::failLoad(Prediction &p, const QString &message)
{
    if (!p.errorName.isEmpty())
        return;
    p.errorName = QStringLiteral("ImageLoadError");
    p.errorMessage = message;
}

void SandboxPredictions::fetch(const QString &id, const QString &input, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.fetchTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, input, url] {
        reply->deleteLater();
        auto it = m_predictions.find(id);
        if (it == m_predictions.end())
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200)
            failLoad(*it, QStringLiteral("%1: could not fetch %2 (%3).")
                              .arg(input, url.toString(),
                                   status ? QStringLiteral("HTTP %1").arg(status)
                                          : reply->errorString()));
        else
            it->job.encoded.insert(input, reply->readAll());
        inputLoaded(id);
    });
}

void SandboxPredictions::inputLoaded(const QString &id)
{
    auto it = m_predictions.find(id);
    if (it == m_predictions.end())
        return;
    if (it->pendingFetches > 0)
        --it->pendingFetches;
    if (it->pendingFetches == 0)
        startRender(*it);
}

void SandboxPredictions::startRender(Prediction &p)
{
    if (!p.errorName.isEmpty()) {
        p.renderDone = true;
        p.renderDoneAt = now();
        p.job = {};
        return;
    }
    const QString id = p.id;
    auto *watcher = new QFutureWatcher<SandboxRenderResult>(this);
    connect(watcher, &QFutureWatcher<SandboxRenderResult>::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        auto it = m_predictions.find(id);
        if (it == m_predictions.end())
            return;
        const SandboxRenderResult result = watcher->result();
        it->renderDone = true;
        it->renderDoneAt = now();
        it->job = {};
        if (it->errorName.isEmpty()) {
            it->errorName = result.errorName;
            it->errorMessage = result.errorMessage;
        }
        it->outputs = result.outputs;
        it->format = result.format;
        settle(*it, now());
    });
    watcher->setFuture(QtConcurrent::run(&m_renderPool, &SandboxRenderer::run, p.job));
}

void SandboxPredictions::settle(Prediction &p, qint64 t)
{
    if (p.state != Prediction::State::Running || t < p.dueAt)
        return;
    if (p.injected) {
        p.state = Prediction::State::Failed;
        p.finishedAt = p.dueAt;
    } else if (p.renderDone) {
        p.state = p.errorName.isEmpty() ? Prediction::State::Completed : Prediction::State::Failed;
        p.finishedAt = qMax(p.dueAt, p.renderDoneAt);
    } else {
        return; // still rendering: stays "processing"
    }
    if (p.state == Prediction::State::Failed)
        p.outputs.clear();
    const QString status = phase(p, t);
    m_completions.append(QJsonObject{{QStringLiteral("id"), p.id},
                                     {QStringLiteral("status"), status},
                                     {QStringLiteral("finished_ms"), p.finishedAt},
                                     {QStringLiteral("created_ms"), p.createdAt}});
    emit predictionFinished(p.id, status, p.finishedAt);
}

void SandboxPredictions::settleAll()
{
    const qint64 t = now();
    for (Prediction &p : m_predictions)
        settle(p, t);
    armSweep();
}

void SandboxPredictions::armSweep()
{
    const qint64 t = now();
    qint64 next = -1;
    for (const Prediction &p : std::as_const(m_predictions)) {
        if (p.state == Prediction::State::Running && p.dueAt > t && (next < 0 || p.dueAt < next))
            next = p.dueAt;
    }
    if (next < 0)
        m_sweep.stop();
    else
        m_sweep.start(int(qMin<qint64>(next - t, 24LL * 3600 * 1000)));
}

QString SandboxPredictions::phase(const Prediction &p, qint64 t) const
{
    switch (p.state) {
    case Prediction::State::Completed:
        return QStringLiteral("completed");
    case Prediction::State::Failed:
        return QStringLiteral("failed");
    case Prediction::State::Running:
        break;
    }
    if (t < p.queueAt)
        return QStringLiteral("starting");
    if (t < p.processingAt)
        return QStringLiteral("in_queue");
    return QStringLiteral("processing");
}

QJsonObject SandboxPredictions::statusJson(const QString &id, int *creditsUsed)
{
    *creditsUsed = -1;
    auto it = m_predictions.find(id);
    if (it == m_predictions.end())
        return {};
    Prediction &p = *it;
    const qint64 t = now();
    settle(p, t);
    QJsonObject json{{QStringLiteral("id"), p.id},
                     {QStringLiteral("status"), phase(p, t)},
                     {QStringLiteral("output"), QJsonValue::Null},
                     {QStringLiteral("error"), QJsonValue::Null}};
    if (p.state == Prediction::State::Completed) {
        *creditsUsed = p.price;
        QJsonArray output;
        const bool expired =
            p.base64 && t >= p.finishedAt + qint64(kBase64RetentionMs * m_options.timeScale);
        if (expired)
            p.outputs.clear(); // inline outputs are held only for the retention period
        const QString mime = p.format == QLatin1String("jpeg") ? QStringLiteral("image/jpeg")
                                                               : QStringLiteral("image/png");
        for (int i = 0; i < p.outputCount; ++i) {
            if (expired)
                output.append(QStringLiteral("<base64>_expired"));
            else if (p.base64)
                output.append(QStringLiteral("data:%1;base64,").arg(mime) +
                              QString::fromLatin1(p.outputs.value(i).toBase64()));
            else
                output.append(
                    m_baseUrl.toString() +
                    QStringLiteral("/cdn/%1/output_%2.%3").arg(p.id).arg(i).arg(p.format));
        }
        json.insert(QStringLiteral("output"), output);
    } else if (p.state == Prediction::State::Failed) {
        *creditsUsed = 0;
        json.insert(QStringLiteral("error"),
                    QJsonObject{{QStringLiteral("name"), p.errorName},
                                {QStringLiteral("message"), p.errorMessage}});
    }
    return json;
}

std::optional<SandboxPredictions::Output> SandboxPredictions::output(const QString &id, int index)
{
    auto it = m_predictions.find(id);
    if (it == m_predictions.end())
        return std::nullopt;
    Prediction &p = *it;
    const qint64 t = now();
    settle(p, t);
    if (p.state != Prediction::State::Completed || p.base64 || index < 0 ||
        index >= p.outputs.size())
        return std::nullopt;
    if (t >= p.finishedAt + qint64(kCdnRetentionMs * m_options.timeScale)) {
        p.outputs.clear(); // deleted after 72 h, like FASHN's CDN
        return std::nullopt;
    }
    return Output{p.outputs.at(index), p.format};
}

int SandboxPredictions::inFlight(const QString &key)
{
    const qint64 t = now();
    int n = 0;
    for (Prediction &p : m_predictions) {
        settle(p, t);
        if (p.key == key && p.state == Prediction::State::Running)
            ++n;
    }
    return n;
}

int SandboxPredictions::price(const QString &id) const
{
    return m_predictions.value(id).price;
}

QString SandboxPredictions::keyOf(const QString &id) const
{
    return m_predictions.value(id).key;
}

} // namespace fr

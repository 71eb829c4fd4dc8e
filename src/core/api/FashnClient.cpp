#include "FashnClient.h"

#include "FashnClientPrivate.h"
#include "HttpSupport.h"
#include "core/settings/SecretStore.h"

#include <QHostAddress>
#include <QIODevice>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>
#include <algorithm>
#include <cstring>
#include <limits>
#include <utility>

namespace fr {

using namespace http;

ClientConfig ClientConfig::fromEnvironment()
{
    ClientConfig config;
    const QString base = qEnvironmentVariable("FASHN_BASE_URL").trimmed();
    if (!base.isEmpty())
        config.baseUrl = QUrl(base);
    config.apiKey = qEnvironmentVariable("FASHN_API_KEY").trimmed();
    return config;
}

FashnClient::FashnClient(QNetworkAccessManager *nam, const ClientConfig &config, QObject *parent,
                         Clock *clock)
    : QObject(parent), m_nam(nam), m_config(config), m_clock(clock ? clock : Clock::system()),
      m_marginMs(kWindowMarginMs)
{
    applyLimits();
    for (int i = 0; i < 4; ++i) {
        m_pumpTimers[i] = new QTimer(this);
        m_pumpTimers[i]->setSingleShot(true);
        m_pumpTimers[i]->setTimerType(Qt::PreciseTimer);
        const Endpoint endpoint = Endpoint(i);
        connect(m_pumpTimers[i], &QTimer::timeout, this, [this, endpoint] { pump(endpoint); });
    }
}

void FashnClient::applyLimits()
{
    const RateLimit limits[4] = {m_config.runLimit, m_config.statusLimit, m_config.creditsLimit,
                                 RateLimit{1, 0}};
    for (int i = 0; i < 4; ++i) {
        RateLimit limit = limits[i];
        if (limit.windowMs > 0)
            limit.windowMs += qMin(m_marginMs, limit.windowMs / 4);
        m_budgets[i].setLimit(limit);
    }
}

void FashnClient::noteRoundTrip(qint64 ms)
{
    m_roundTrips.append(qMax<qint64>(0, ms));
    if (m_roundTrips.size() > kRoundTripsKept)
        m_roundTrips.removeFirst();
    const qint64 slowest = *std::max_element(m_roundTrips.cbegin(), m_roundTrips.cend());
    const int margin = int(std::clamp<qint64>(slowest, kMinWindowMarginMs, kWindowMarginMs));
    if (margin != m_marginMs) {
        m_marginMs = margin;
        applyLimits();
    }
}

int FashnClient::windowMarginMs() const
{
    return m_marginMs;
}

void FashnClient::reconfigure(const ClientConfig &config)
{
    m_config = config;
    applyLimits();
    for (int i = 0; i < 4; ++i)
        pump(Endpoint(i));
}

FashnClient::~FashnClient()
{
    // Nothing is delivered after destruction: detach replies before aborting them.
    const QSet<Pending *> live = m_live;
    m_live.clear();
    for (Pending *pending : live) {
        if (pending->reply) {
            pending->reply->disconnect(this);
            pending->reply->abort();
            pending->reply->deleteLater();
        }
        delete pending;
    }
}

RateBudget &FashnClient::budget(Endpoint endpoint)
{
    return m_budgets[indexOf(endpoint)];
}

int FashnClient::queuedCount(Endpoint endpoint) const
{
    return int(m_queues[indexOf(endpoint)].size());
}

int FashnClient::sentCount(Endpoint endpoint) const
{
    return m_sent[indexOf(endpoint)];
}

QUrl FashnClient::apiUrl(const QString &path) const
{
    QUrl url = m_config.baseUrl;
    // Encoded throughout: a path part the caller encoded (a prediction id with a '/') must not
    // be encoded a second time (%2F becoming %252F).
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // The official SDKs' base URL includes /v1; accept both spellings.
    if (base.endsWith(QLatin1String("/v1")))
        base.chop(3);
    url.setPath(base + QStringLiteral("/v1/") + path, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

ApiError FashnClient::configError() const
{
    ApiError error;
    const QString reason = checkBaseUrl(m_config.baseUrl);
    if (!reason.isEmpty()) {
        error.kind = ApiErrorKind::InsecureUrl;
        error.message = reason;
    } else if (m_config.apiKey.trimmed().isEmpty()) {
        error.kind = ApiErrorKind::MissingKey;
        error.message = QStringLiteral("no API key configured");
    } else if (!keyIsPrintableAscii(m_config.apiKey.trimmed())) {
        // Never put into a header: a CR/LF would inject headers of its own.
        error.kind = ApiErrorKind::MissingKey;
        error.message = QStringLiteral("the API key contains a line break or a character that "
                                       "is not printable ASCII; nothing was sent");
    }
    return error;
}

void FashnClient::deliverLater(Pending *pending, const ApiError &error)
{
    // Answer asynchronously, like a network reply, so callers never see re-entrant callbacks.
    m_live.insert(pending);
    QTimer::singleShot(0, this, [this, pending, error] {
        if (!m_live.remove(pending))
            return;
        auto deliver = std::move(pending->deliver);
        const bool wanted = !pending->hasContext || pending->context;
        delete pending;
        Outcome outcome;
        outcome.error = error;
        if (wanted)
            deliver(outcome);
    });
}

FashnClient::Pending *FashnClient::makePending(Endpoint endpoint, QObject *context)
{
    auto *pending = new Pending;
    pending->endpoint = endpoint;
    pending->context = context;
    pending->hasContext = context != nullptr;
    return pending;
}

void FashnClient::run(const QJsonObject &body, QObject *context, RunCallback callback)
{
    run(QJsonDocument(body).toJson(QJsonDocument::Compact), context, std::move(callback));
}

void FashnClient::run(const QByteArray &body, QObject *context, RunCallback callback)
{
    Pending *pending = makePending(Endpoint::Run, context);
    pending->post = true;
    pending->url = apiUrl(QStringLiteral("run"));
    pending->body = body;
    pending->deliver = [callback = std::move(callback)](const Outcome &outcome) {
        if (!callback)
            return;
        if (outcome.error.isError()) {
            RunResult result;
            result.error = outcome.error;
            callback(result);
            return;
        }
        callback(parseRunBody(outcome.body));
    };
    const ApiError error = configError();
    if (error.isError())
        deliverLater(pending, error);
    else
        enqueue(pending);
}

void FashnClient::status(const QString &predictionId, QObject *context, StatusCallback callback)
{
    Pending *pending = makePending(Endpoint::Status, context);
    pending->url = apiUrl(QStringLiteral("status/") +
                          QString::fromLatin1(QUrl::toPercentEncoding(predictionId)));
    pending->deliver = [callback = std::move(callback)](const Outcome &outcome) {
        if (!callback)
            return;
        StatusResult result;
        if (outcome.error.isError()) {
            result.error = outcome.error;
        } else {
            result = parseStatusBody(outcome.body);
            const QByteArray credits = headerValue(outcome.headers, "x-fashn-credits-used");
            bool ok = false;
            const double value = credits.toDouble(&ok);
            if (ok && value >= 0 && value < 1e9)
                result.creditsUsed = int(value + 0.5);
        }
        callback(result);
    };
    ApiError error = configError();
    if (!error.isError() && predictionId.trimmed().isEmpty()) {
        error.kind = ApiErrorKind::NotFound;
        error.message = QStringLiteral("empty prediction id");
    }
    if (error.isError())
        deliverLater(pending, error);
    else
        enqueue(pending);
}

void FashnClient::credits(QObject *context, CreditsCallback callback)
{
    Pending *pending = makePending(Endpoint::Credits, context);
    pending->url = apiUrl(QStringLiteral("credits"));
    pending->deliver = [callback = std::move(callback)](const Outcome &outcome) {
        if (!callback)
            return;
        if (outcome.error.isError()) {
            CreditsResult result;
            result.error = outcome.error;
            callback(result);
            return;
        }
        callback(parseCreditsBody(outcome.body));
    };
    const ApiError error = configError();
    if (error.isError())
        deliverLater(pending, error);
    else
        enqueue(pending);
}

void FashnClient::fetch(const QUrl &url, QObject *context, FetchCallback callback)
{
    Pending *pending = makePending(Endpoint::Output, context);
    pending->url = url;
    pending->deliver = [callback = std::move(callback)](const Outcome &outcome) {
        if (!callback)
            return;
        ApiError error = outcome.error;
        if (!error.isError() && !looksLikeMedia(outcome.body)) {
            error.kind = ApiErrorKind::NotAnImage;
            error.httpStatus = 200;
            error.message =
                QStringLiteral("%1 bytes that are not an image").arg(outcome.body.size());
        }
        callback(error.isError() ? QByteArray() : outcome.body, error);
    };

    ApiError error;
    const QString text = url.toString(QUrl::FullyEncoded);
    // After 60 min FASHN replaces a base64 output by "<base64>_expired".
    if (text.endsWith(QLatin1String("_expired"))) {
        error.kind = ApiErrorKind::OutputExpired;
        error.message = QStringLiteral("the base64 output has expired");
        deliverLater(pending, error);
        return;
    }
    if (url.scheme() == QLatin1String("data")) {
        // return_base64 outputs are decoded here, without the network.
        const qsizetype comma = text.indexOf(QLatin1Char(','));
        const QString header = text.left(comma);
        if (comma < 0 || !header.endsWith(QLatin1String(";base64"))) {
            error.kind = ApiErrorKind::InvalidReply;
            error.message = QStringLiteral("the output is not a base64 data URI");
            deliverLater(pending, error);
            return;
        }
        const auto decoded = QByteArray::fromBase64Encoding(
            QByteArray::fromPercentEncoding(text.mid(comma + 1).toLatin1()),
            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            error.kind = ApiErrorKind::InvalidReply;
            error.message = QStringLiteral("the base64 output does not decode");
            deliverLater(pending, error);
            return;
        }
        // Delivered through the same path as a download, including the image check.
        m_live.insert(pending);
        QTimer::singleShot(0, this, [this, pending, data = *decoded] {
            if (!m_live.remove(pending))
                return;
            auto deliver = std::move(pending->deliver);
            const bool wanted = !pending->hasContext || pending->context;
            delete pending;
            Outcome outcome;
            outcome.body = data;
            if (wanted)
                deliver(outcome);
        });
        return;
    }

    const QString reason = checkBaseUrl(url);
    if (!reason.isEmpty()) {
        error.kind = ApiErrorKind::InsecureUrl;
        error.message = reason;
        deliverLater(pending, error);
        return;
    }
    // The key goes only to the API host itself, never to a CDN.
    const QUrl base = m_config.baseUrl;
    pending->sendKey = url.scheme().compare(base.scheme(), Qt::CaseInsensitive) == 0 &&
                       url.host().compare(base.host(), Qt::CaseInsensitive) == 0 &&
                       url.port(443) == base.port(443) && checkBaseUrl(base).isEmpty();
    enqueue(pending);
}

void FashnClient::enqueue(Pending *pending)
{
    m_live.insert(pending);
    m_queues[indexOf(pending->endpoint)].append(pending);
    pump(pending->endpoint);
}

void FashnClient::pump(Endpoint endpoint)
{
    QList<Pending *> &queue = m_queues[indexOf(endpoint)];
    while (!queue.isEmpty()) {
        Pending *pending = queue.first();
        if (pending->hasContext && !pending->context) {
            // The caller is gone: sending would only spend budget (and, for /run, credits).
            queue.removeFirst();
            m_live.remove(pending);
            delete pending;
            continue;
        }
        if (endpoint == Endpoint::Output) {
            if (m_activeFetches >= kMaxConcurrentFetches)
                return; // finishReply pumps again
        } else {
            const qint64 now = m_clock->monotonicMs();
            const qint64 delay = budget(endpoint).delayMs(now);
            if (delay > 0) {
                QTimer *timer = m_pumpTimers[indexOf(endpoint)];
                if (!timer->isActive() || timer->remainingTime() > delay + 5) {
                    timer->start(int(qMin<qint64>(delay, std::numeric_limits<int>::max())));
                    emit waitingForBudget(endpoint, delay);
                }
                return;
            }
            budget(endpoint).record(now);
        }
        queue.removeFirst();
        send(pending);
    }
}

void FashnClient::send(Pending *pending)
{
    QNetworkRequest request(pending->url);
    const bool query =
        pending->endpoint == Endpoint::Status || pending->endpoint == Endpoint::Credits;
    request.setTransferTimeout(query ? m_config.queryTimeoutMs : m_config.transferTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("FittingRoom/0.1"));
    // Qt 6 follows redirects by itself, Authorization header included and checking only the
    // first URL: every hop is judged in followRedirect instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (pending->endpoint != Endpoint::Output)
        request.setRawHeader("Accept", "application/json");
    if (pending->sendKey)
        request.setRawHeader("Authorization", "Bearer " + m_config.apiKey.trimmed().toUtf8());
    pending->uploadSeen = false;
    pending->bodySent = false;

    QNetworkReply *reply;
    if (pending->post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setHeader(QNetworkRequest::ContentLengthHeader, pending->body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *device = new SendOnceBody(pending->body, this);
        reply = m_nam->post(request, device);
        device->setParent(reply);
        connect(reply, &QNetworkReply::uploadProgress, this, [pending](qint64 sent, qint64 total) {
            pending->uploadSeen = true;
            if (total > 0 && sent >= total)
                pending->bodySent = true;
        });
    } else {
        reply = m_nam->get(request);
    }
    pending->reply = reply;
    pending->sentAtMs = m_clock->monotonicMs();
    pending->received.clear();
    pending->tooLarge = false;
    reply->setReadBufferSize(kReadPiece);
    // A reply beyond its cap is aborted at once: an endless stream must not fill the memory.
    // abort() finishes the reply (finishReply may delete pending): return right after it.
    connect(reply, &QNetworkReply::readyRead, this, [this, pending, reply] {
        if (pending->tooLarge)
            return;
        if (pending->received.size() + reply->bytesAvailable() > replyCap(pending, reply)) {
            pending->tooLarge = true;
            reply->abort();
            return;
        }
        pending->received.append(reply->readAll());
    });
    // Room for the whole body at once: growing a 30 MB buffer step by step copies it each time.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, pending, reply] {
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (!pending->tooLarge && length > replyCap(pending, reply)) {
            pending->tooLarge = true;
            reply->abort();
            return;
        }
        if (length > pending->received.capacity() && length <= kReserveAtMost)
            pending->received.reserve(length);
    });
    if (pending->endpoint == Endpoint::Output)
        ++m_activeFetches;
    connect(reply, &QNetworkReply::finished, this, [this, pending, reply] {
        const auto error = reply->error();
        const bool timedOut =
            error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError;
        finishReply(pending, reply, timedOut, pending->bodySent);
    });
    ++m_sent[indexOf(pending->endpoint)];
    emit requestSent(pending->endpoint);
}

void FashnClient::retryLater(Pending *pending, qint64 delayMs, const ApiError &answer)
{
    ++pending->attempt;
    const Endpoint endpoint = pending->endpoint;
    emit retrying(endpoint, answer, delayMs);
    QTimer::singleShot(int(qBound(qint64(0), delayMs, qint64(std::numeric_limits<int>::max()))),
                       Qt::PreciseTimer, this, [this, pending, endpoint] {
                           if (!m_live.contains(pending))
                               return;
                           m_queues[indexOf(endpoint)].prepend(pending);
                           pump(endpoint);
                       });
}

void FashnClient::complete(Pending *pending, const Outcome &outcome)
{
    m_live.remove(pending);
    auto deliver = std::move(pending->deliver);
    const bool wanted = !pending->hasContext || pending->context;
    delete pending;
    // Last: the callback may destroy this client.
    if (wanted && deliver)
        deliver(outcome);
}

} // namespace fr

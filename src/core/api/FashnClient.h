#pragma once

#include "ApiTypes.h"
#include "Clock.h"
#include "RateBudget.h"
#include "core/FashnDefaults.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace fr {

struct ClientConfig
{
    QUrl baseUrl = QUrl(defaults::baseUrl());
    QString apiKey;
    int transferTimeoutMs = 120000; // a /run body with four 2000 px images is several MB
    // Status and credits replies are small: a server that goes silent this long is asked again
    // (and the user told) instead of being waited on for minutes.
    int queryTimeoutMs = 30000;
    // A Retry-After longer than this is not slept through: the request ends with FASHN's
    // answer (and how long it asked to wait) for the caller to report.
    qint64 maxRetryWaitMs = 120000;
    RateLimit runLimit = defaults::kRunLimit;
    RateLimit statusLimit = defaults::kStatusLimit;
    RateLimit creditsLimit = defaults::kCreditsLimit;
    int maxRetries = 6; // for 429 RateLimitExceeded, 5xx and GET connection errors
    qint64 backoffBaseMs = 1000;
    qint64 backoffMaxMs = 60000;
    // Replies are cut off beyond these sizes, by kind. An output: a 4k (16 MP) PNG is at most
    // about 48 MB. A status reply may carry up to four outputs inline as base64
    // (return_base64), a third larger each. Anything else, errors included, is small JSON.
    qint64 maxOutputBytes = 64LL << 20;
    qint64 maxStatusBytes = 4 * (maxOutputBytes / 3 * 4) + (1LL << 20);
    qint64 maxReplyBytes = 4LL << 20;

    // FASHN_BASE_URL overrides the base URL, like the official SDKs.
    static ClientConfig fromEnvironment();
};

// Checks a base URL: https, or http only for loopback hosts. Returns an empty string when fine,
// else the reason.
QString checkBaseUrl(const QUrl &url);

// The FASHN HTTP client over an injected QNetworkAccessManager. Every endpoint draws on one
// shared budget; a request that would break it waits in a queue instead of being sent.
// Callbacks run on the context object's thread and are dropped if the context is destroyed.
class FashnClient : public QObject
{
    Q_OBJECT
public:
    using RunCallback = std::function<void(const RunResult &)>;
    using StatusCallback = std::function<void(const StatusResult &)>;
    using CreditsCallback = std::function<void(const CreditsResult &)>;
    using FetchCallback = std::function<void(const QByteArray &data, const ApiError &error)>;

    FashnClient(QNetworkAccessManager *nam, const ClientConfig &config, QObject *parent = nullptr,
                Clock *clock = nullptr);
    ~FashnClient() override;

    const ClientConfig &config() const { return m_config; }
    void setApiKey(const QString &key) { m_config.apiKey = key; }
    // New base URL, key and limits (the user changed the settings). Requests already sent keep
    // their address; later ones use the new one.
    void reconfigure(const ClientConfig &config);

    // POST /v1/run. Retries 429 RateLimitExceeded and 5xx replies (no prediction was created);
    // never resends after a connection broke once the body was sent (SubmissionUncertain).
    void run(const QJsonObject &body, QObject *context, RunCallback callback);
    // The body already encoded (see encodeRequestBody): large bodies are built off the UI thread.
    void run(const QByteArray &body, QObject *context, RunCallback callback);
    // GET /v1/status/{id}; 5xx and connection errors are retried with backoff.
    void status(const QString &predictionId, QObject *context, StatusCallback callback);
    // GET /v1/credits.
    void credits(QObject *context, CreditsCallback callback);
    // GET of an output URL (no key sent unless the URL is on the API host); retried like status.
    void fetch(const QUrl &url, QObject *context, FetchCallback callback);

    // Requests waiting for budget, per endpoint (for the jobs panel and tests).
    int queuedCount(Endpoint endpoint) const;
    // How much longer than the server's the client's rate windows are: the slowest of the latest
    // API round trips, within [25 ms, 250 ms]; 250 ms before any reply.
    int windowMarginMs() const;
    int sentCount(Endpoint endpoint) const;
    // Requests not yet answered (queued, in flight or waiting to be resent). 0 right after an
    // answer means nothing of it will be sent again.
    int unansweredCount() const { return int(m_live.size()); }

signals:
    // The client waits before sending because a budget is spent or the server said 429.
    void waitingForBudget(fr::Endpoint endpoint, qint64 delayMs);
    void requestSent(fr::Endpoint endpoint);
    // A request failed and will be sent again after delayMs: what the server (or the network)
    // answered, for the user to see why nothing seems to happen. Never for a /run that may
    // have been received (those are not resent).
    void retrying(fr::Endpoint endpoint, const fr::ApiError &answer, qint64 delayMs);

private:
    struct Pending;
    struct Outcome;
    Pending *makePending(Endpoint endpoint, QObject *context);
    QUrl apiUrl(const QString &path) const;
    ApiError configError() const;
    void deliverLater(Pending *pending, const ApiError &error);
    void complete(Pending *pending, const Outcome &outcome);
    void enqueue(Pending *pending);
    void pump(Endpoint endpoint);
    void send(Pending *pending);
    void finishReply(Pending *pending, class QNetworkReply *reply, bool timedOut, bool bodySent);
    qint64 replyCap(const Pending *pending, QNetworkReply *reply) const;
    void followRedirect(Pending *pending, int http, const QUrl &target, Outcome outcome);
    void retryLater(Pending *pending, qint64 delayMs, const ApiError &answer);
    RateBudget &budget(Endpoint endpoint);
    void applyLimits();
    void noteRoundTrip(qint64 ms);

    QNetworkAccessManager *m_nam;
    ClientConfig m_config;
    Clock *m_clock;
    RateBudget m_budgets[4];
    QList<Pending *> m_queues[4];
    class QTimer *m_pumpTimers[4] = {};
    int m_sent[4] = {};
    QSet<Pending *> m_live; // every request not yet answered, owned by the client
    int m_activeFetches = 0;
    QList<qint64> m_roundTrips; // the latest API round trips, ms on the client's clock
    int m_marginMs;             // what the budgets' windows are widened by now
};

} // namespace fr

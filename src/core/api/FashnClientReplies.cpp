#include "FashnClientPrivate.h"
#include "HttpSupport.h"

#include <QNetworkRequest>
#include <QTimer>

#include <utility>

// How FashnClient reads an answer: caps by kind, redirects hop by hop, retries and the typing of
// errors (the request side is in FashnClient.cpp).
namespace fr {

using namespace http;

void FashnClient::finishReply(Pending *pending, QNetworkReply *reply, bool timedOut, bool bodySent)
{
    reply->deleteLater();
    pending->reply = nullptr;
    const Endpoint endpoint = pending->endpoint;
    if (endpoint == Endpoint::Output) {
        --m_activeFetches;
        // A free slot: let the next download start (queued, so this reply finishes first).
        QTimer::singleShot(0, this, [this] { pump(Endpoint::Output); });
    }

    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    if (endpoint != Endpoint::Output && http > 0)
        noteRoundTrip(m_clock->monotonicMs() - pending->sentAtMs);
    Outcome outcome;
    if (!pending->tooLarge && reply->isOpen()) {
        if (pending->received.size() + reply->bytesAvailable() > replyCap(pending, reply))
            pending->tooLarge = true;
        else
            pending->received.append(reply->readAll());
    }
    if (pending->tooLarge) {
        // Never retried: the same server would send the same flood again.
        const qint64 cap = replyCap(pending, reply);
        ApiError &error = outcome.error;
        error.httpStatus = http;
        error.kind = pending->post ? ApiErrorKind::SubmissionUncertain : ApiErrorKind::InvalidReply;
        error.message = QStringLiteral("the reply to %1 was larger than %2 MB, the most it may "
                                       "be; it was stopped")
                            .arg(endpointName(endpoint))
                            .arg(double(cap) / (1024 * 1024), 0, 'f', 1);
        if (pending->post)
            error.message += QStringLiteral("; the prediction may exist and be charged");
        pending->received.clear();
        complete(pending, outcome);
        return;
    }
    outcome.body = std::exchange(pending->received, {});
    outcome.headers = reply->rawHeaderPairs();

    const bool canRetry = pending->attempt < m_config.maxRetries;
    const qint64 backoff = backoffDelayMs(pending->attempt, m_config.backoffBaseMs,
                                          m_config.backoffMaxMs, randomJitter());

    // Transport-level failures (codes below 100) — including a reply cut short after its
    // headers — as opposed to complete HTTP replies with an error status.
    const bool transport = netError != QNetworkReply::NoError && (http == 0 || int(netError) < 100);
    if (transport) {
        ApiError &error = outcome.error;
        error.httpStatus = http;
        // ContentReSendError is Qt refusing its own silent resend (see SendOnceBody): the
        // server closed the connection before replying.
        error.message = netError == QNetworkReply::ContentReSendError
                            ? QStringLiteral("the server closed the connection without a reply")
                            : reply->errorString();
        if (timedOut)
            error.kind = ApiErrorKind::Timeout;
        else if (http != 0)
            error.kind = ApiErrorKind::InvalidReply; // truncated reply
        else
            error.kind = ApiErrorKind::Network;

        if (pending->post) {
            // Once the whole body may have reached the server, a prediction may exist and be
            // charged: never resend. Without any upload progress, only errors that happen
            // before connecting prove nothing was sent.
            const bool uncertain =
                bodySent || http != 0 || (!pending->uploadSeen && !failedBeforeSending(netError));
            if (uncertain) {
                error.kind = ApiErrorKind::SubmissionUncertain;
                error.message =
                    QStringLiteral("the connection broke after the request was sent (%1); the "
                                   "prediction may exist and be charged")
                        .arg(error.message);
                complete(pending, outcome);
                return;
            }
        }
        if (canRetry) {
            retryLater(pending, backoff, error);
            return;
        }
        complete(pending, outcome);
        return;
    }

    if (http >= 300 && http < 400) {
        const QByteArray location = headerValue(outcome.headers, "location");
        if (!location.isEmpty() || pending->post) {
            followRedirect(pending, http, pending->url.resolved(QUrl::fromEncoded(location)),
                           std::move(outcome));
            return;
        }
    }

    if (http >= 200 && http < 300 && netError != QNetworkReply::NoError) {
        // A success status whose body Qt could not deliver: above all a compression bomb,
        // which Qt refuses to inflate past a safe ratio and hands over as zero bytes.
        ApiError &error = outcome.error;
        error.httpStatus = http;
        error.kind = pending->post ? ApiErrorKind::SubmissionUncertain : ApiErrorKind::InvalidReply;
        const QString why = reply->errorString();
        error.message =
            why.startsWith(QLatin1String("Decompression"))
                ? QStringLiteral("the reply to %1 is compressed far beyond a safe ratio (a "
                                 "compression bomb?) and was not inflated")
                      .arg(endpointName(endpoint))
                : QStringLiteral("the reply to %1 could not be read: %2")
                      .arg(endpointName(endpoint), why);
        if (pending->post)
            error.message += QStringLiteral("; the prediction may exist and be charged");
        outcome.body.clear();
        complete(pending, outcome);
        return;
    }
    if (http >= 200 && http < 300) {
        complete(pending, outcome);
        return;
    }

    outcome.error = parseApiError(http, outcome.body, outcome.headers);
    if (pending->post && http >= 500 && !isFashnErrorName(outcome.error.name)) {
        // A gateway's or proxy's 5xx (an HTML page, AWS's {"message": ...}) says nothing about
        // what FASHN did behind it: the request may have been accepted and charged. Only
        // FASHN's own typed answers prove that nothing was created, so this is never resent.
        ApiError &error = outcome.error;
        const QString said = error.message.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" (\"%1\")").arg(error.message.left(120));
        error.kind = ApiErrorKind::SubmissionUncertain;
        error.message = QStringLiteral("/run was answered with HTTP %1%2, not by FASHN itself; the "
                                       "prediction may exist and be charged")
                            .arg(http)
                            .arg(said);
        complete(pending, outcome);
        return;
    }
    const QByteArray shouldRetry = headerValue(outcome.headers, "x-should-retry").toLower();
    const qint64 serverDelay = outcome.error.retryAfterMs;
    const qint64 delay = serverDelay >= 0 ? serverDelay : backoff;

    if (endpoint == Endpoint::Output && (http == 403 || http == 404 || http == 410)) {
        outcome.error.kind = ApiErrorKind::OutputExpired;
        complete(pending, outcome);
        return;
    }

    bool retryable = false;
    switch (outcome.error.kind) {
    case ApiErrorKind::RateLimited:
    case ApiErrorKind::ServerError:
        retryable = true;
        break;
    default:
        break;
    }
    // The SDKs honour the server's explicit word, except that OutOfCredits and
    // ConcurrencyLimitExceeded are always left to the caller (the scheduler handles them).
    if (shouldRetry == "false")
        retryable = false;
    if (!retryable || !canRetry) {
        complete(pending, outcome);
        return;
    }
    if (serverDelay > m_config.maxRetryWaitMs) {
        // Sleeping through an hour with "Submitting…" on screen helps nobody: the caller says
        // what FASHN answered and how long it asked to wait.
        outcome.error.message =
            QStringLiteral("%1 (FASHN asked to wait %2 s before trying again)")
                .arg(outcome.error.message.isEmpty() ? QStringLiteral("no details")
                                                     : outcome.error.message)
                .arg((serverDelay + 999) / 1000);
        complete(pending, outcome);
        return;
    }

    if (outcome.error.kind == ApiErrorKind::RateLimited && endpoint != Endpoint::Output) {
        // The server's window is full: hold every request of this endpoint, not just this one.
        budget(endpoint).blockUntil(m_clock->monotonicMs() + delay);
        emit retrying(endpoint, outcome.error, delay);
        ++pending->attempt;
        m_queues[indexOf(endpoint)].prepend(pending);
        pump(endpoint);
        return;
    }
    retryLater(pending, delay, outcome.error);
}

qint64 FashnClient::replyCap(const Pending *pending, QNetworkReply *reply) const
{
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (http != 0 && (http < 200 || http >= 300))
        return m_config.maxReplyBytes; // an error or a redirect: small JSON or HTML at most
    switch (pending->endpoint) {
    case Endpoint::Output:
        return m_config.maxOutputBytes;
    case Endpoint::Status:
        return m_config.maxStatusBytes;
    default:
        return m_config.maxReplyBytes;
    }
}

void FashnClient::followRedirect(Pending *pending, int http, const QUrl &target, Outcome outcome)
{
    ApiError &error = outcome.error;
    error.httpStatus = http;
    outcome.body.clear();
    if (pending->post) {
        // A 301-303 would turn the POST into a GET, and whatever answers at the new address
        // cannot prove that no prediction was created here: the job is uncertain, as after a
        // lost connection, and never sent again.
        error.kind = ApiErrorKind::SubmissionUncertain;
        error.message = QStringLiteral("the server answered /run with a redirect (HTTP %1) to "
                                       "%2, which was not followed; the prediction may exist "
                                       "and be charged")
                            .arg(http)
                            .arg(displayUrl(target));
        complete(pending, outcome);
        return;
    }
    if (pending->hops >= kMaxRedirects) {
        error.kind = ApiErrorKind::InvalidReply;
        error.message = QStringLiteral("more than %1 redirects, the last to %2")
                            .arg(kMaxRedirects)
                            .arg(displayUrl(target));
        complete(pending, outcome);
        return;
    }
    if (pending->endpoint == Endpoint::Output) {
        const QString reason = checkBaseUrl(target);
        if (!reason.isEmpty()) {
            error.kind = ApiErrorKind::InsecureUrl;
            error.message = QStringLiteral("the output was redirected to %1: %2")
                                .arg(displayUrl(target), reason);
            complete(pending, outcome);
            return;
        }
        // The key was for the first address only, whatever the next one is.
        pending->sendKey = false;
    } else if (!sameOrigin(target, pending->url)) {
        // The request carries the key: it goes nowhere but the configured API host.
        error.kind = ApiErrorKind::InvalidReply;
        error.message = QStringLiteral("the server redirected %1 to another address, %2; API "
                                       "calls are not redirected away from the API host")
                            .arg(endpointName(pending->endpoint), displayUrl(target));
        complete(pending, outcome);
        return;
    }
    ++pending->hops;
    pending->url = target;
    m_queues[indexOf(pending->endpoint)].prepend(pending);
    pump(pending->endpoint);
}

} // namespace fr

#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace fr {

enum class Endpoint { Run, Status, Credits, Output };
QString endpointName(Endpoint endpoint);

enum class PredictionStatus {
    Starting,
    InQueue,
    Processing,
    Completed,
    Failed,
    Canceled,
    TimeOut,
    Unknown
};
PredictionStatus parsePredictionStatus(const QString &text);
QString predictionStatusName(PredictionStatus status);
bool isTerminal(PredictionStatus status);

// What went wrong with one API call. API-level errors carry the HTTP status and FASHN's
// {"error", "message"}; transport problems have httpStatus 0.
enum class ApiErrorKind {
    None,
    BadRequest,          // 400
    Unauthorized,        // 401 UnauthorizedAccess
    NotFound,            // 404
    RateLimited,         // 429 RateLimitExceeded (the client waits and resends before reporting)
    ConcurrencyLimited,  // 429 ConcurrencyLimitExceeded (the scheduler holds the job)
    OutOfCredits,        // 429 OutOfCredits (never retried)
    ServerError,         // 5xx
    Network,             // connection refused, reset, DNS, TLS...
    Timeout,             // no complete reply within the transfer timeout
    SubmissionUncertain, // /run connection broke after the request was sent: may exist and be
                         // charged
    InvalidReply,        // malformed JSON, truncated body, unexpected shape
    InsecureUrl,         // base URL is not https and not loopback
    MissingKey,          // no API key configured
    OutputExpired,       // "<base64>_expired" or a CDN output that is gone
    NotAnImage,          // an output that does not decode as an image
};
QString apiErrorKindName(ApiErrorKind kind);

struct ApiError
{
    ApiErrorKind kind = ApiErrorKind::None;
    int httpStatus = 0;
    QString name;             // FASHN's error name, e.g. "OutOfCredits"
    QString message;          // FASHN's message or a transport description
    qint64 retryAfterMs = -1; // from retry-after-ms / retry-after, when given

    bool isError() const { return kind != ApiErrorKind::None; }
    // An English sentence for logs; people read fr::text::apiError() in their language.
    QString describe() const;
};

// A runtime error of a failed prediction (status "failed", error {name, message}).
struct PredictionError
{
    QString name;
    QString message;
    bool isEmpty() const { return name.isEmpty() && message.isEmpty(); }
    // UnavailableError, PipelineError, InternalServerError, ThirdPartyError and
    // 3rdPartyProviderError are worth trying again (failures cost nothing).
    bool isRetryable() const;
    // The user must change an input: ImageLoadError, InputValidationError, PoseError, ...
    bool isInputProblem() const;
    QString describe() const; // English, for logs; see fr::text::predictionError()
};

struct RunResult
{
    ApiError error;
    QString predictionId;
};

struct StatusResult
{
    ApiError error;
    QString id;
    PredictionStatus status = PredictionStatus::Unknown;
    QStringList outputs; // URLs, data URIs or "<base64>_expired"
    PredictionError predictionError;
    int creditsUsed = -1; // x-fashn-credits-used, when the reply carried it
};

struct CreditsResult
{
    ApiError error;
    int total = 0;
    int subscription = 0;
    int onDemand = 0;
};

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// Pure parsing, tested by tables.
ApiError parseApiError(int httpStatus, const QByteArray &body, const RawHeaders &headers);
// One of FASHN's own HTTP error names (BadRequest, RateLimitExceeded, InternalServerError, ...):
// an answer that carries one came from FASHN, not from a gateway in front of it.
bool isFashnErrorName(const QString &name);
StatusResult parseStatusBody(const QByteArray &body);   // the 200 body of /v1/status
RunResult parseRunBody(const QByteArray &body);         // the 200 body of /v1/run
CreditsResult parseCreditsBody(const QByteArray &body); // the 200 body of /v1/credits
qint64 retryAfterMs(const RawHeaders &headers);         // -1 when absent

} // namespace fr

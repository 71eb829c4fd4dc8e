#include "ApiTypes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace fr {

QString endpointName(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Run:
        return QStringLiteral("run");
    case Endpoint::Status:
        return QStringLiteral("status");
    case Endpoint::Credits:
        return QStringLiteral("credits");
    case Endpoint::Output:
        return QStringLiteral("output");
    }
    return QStringLiteral("unknown");
}

namespace {

struct StatusName
{
    PredictionStatus status;
    const char *name;
};

constexpr StatusName kStatusNames[] = {
    {PredictionStatus::Starting, "starting"},     {PredictionStatus::InQueue, "in_queue"},
    {PredictionStatus::Processing, "processing"}, {PredictionStatus::Completed, "completed"},
    {PredictionStatus::Failed, "failed"},         {PredictionStatus::Canceled, "canceled"},
    {PredictionStatus::TimeOut, "time_out"},
};

} // namespace

PredictionStatus parsePredictionStatus(const QString &text)
{
    const QString key = text.trimmed().toLower();
    for (const auto &entry : kStatusNames) {
        if (key == QLatin1String(entry.name))
            return entry.status;
    }
    // Spellings seen in other FASHN/Replicate-style schemas.
    if (key == QLatin1String("cancelled"))
        return PredictionStatus::Canceled;
    if (key == QLatin1String("timeout") || key == QLatin1String("timed_out"))
        return PredictionStatus::TimeOut;
    return PredictionStatus::Unknown;
}

QString predictionStatusName(PredictionStatus status)
{
    for (const auto &entry : kStatusNames) {
        if (entry.status == status)
            return QLatin1String(entry.name);
    }
    return QStringLiteral("unknown");
}

bool isTerminal(PredictionStatus status)
{
    switch (status) {
    case PredictionStatus::Completed:
    case PredictionStatus::Failed:
    case PredictionStatus::Canceled:
    case PredictionStatus::TimeOut:
        return true;
    default:
        return false;
    }
}

QString apiErrorKindName(ApiErrorKind kind)
{
    switch (kind) {
    case ApiErrorKind::None:
        return QStringLiteral("None");
    case ApiErrorKind::BadRequest:
        return QStringLiteral("BadRequest");
    case ApiErrorKind::Unauthorized:
        return QStringLiteral("Unauthorized");
    case ApiErrorKind::NotFound:
        return QStringLiteral("NotFound");
    case ApiErrorKind::RateLimited:
        return QStringLiteral("RateLimited");
    case ApiErrorKind::ConcurrencyLimited:
        return QStringLiteral("ConcurrencyLimited");
    case ApiErrorKind::OutOfCredits:
        return QStringLiteral("OutOfCredits");
    case ApiErrorKind::ServerError:
        return QStringLiteral("ServerError");
    case ApiErrorKind::Network:
        return QStringLiteral("Network");
    case ApiErrorKind::Timeout:
        return QStringLiteral("Timeout");
    case ApiErrorKind::SubmissionUncertain:
        return QStringLiteral("SubmissionUncertain");
    case ApiErrorKind::InvalidReply:
        return QStringLiteral("InvalidReply");
    case ApiErrorKind::InsecureUrl:
        return QStringLiteral("InsecureUrl");
    case ApiErrorKind::MissingKey:
        return QStringLiteral("MissingKey");
    case ApiErrorKind::OutputExpired:
        return QStringLiteral("OutputExpired");
    case ApiErrorKind::NotAnImage:
        return QStringLiteral("NotAnImage");
    }
    return QStringLiteral("Unknown");
}

namespace {

QString withDetail(const QString &sentence, const ApiError &error)
{
    QString text = sentence;
    if (!error.message.isEmpty())
        text += QStringLiteral(" (%1)").arg(error.message);
    return text;
}

ApiErrorKind kindForName(const QString &name)
{
    if (name == QLatin1String("BadRequest"))
        return ApiErrorKind::BadRequest;
    if (name == QLatin1String("UnauthorizedAccess") || name == QLatin1String("Unauthorized"))
        return ApiErrorKind::Unauthorized;
    if (name == QLatin1String("NotFound"))
        return ApiErrorKind::NotFound;
    if (name == QLatin1String("RateLimitExceeded"))
        return ApiErrorKind::RateLimited;
    if (name == QLatin1String("ConcurrencyLimitExceeded"))
        return ApiErrorKind::ConcurrencyLimited;
    if (name == QLatin1String("OutOfCredits"))
        return ApiErrorKind::OutOfCredits;
    if (name == QLatin1String("InternalServerError"))
        return ApiErrorKind::ServerError;
    return ApiErrorKind::None;
}

ApiErrorKind kindForHttpStatus(int httpStatus)
{
    if (httpStatus == 401 || httpStatus == 403)
        return ApiErrorKind::Unauthorized;
    if (httpStatus == 404)
        return ApiErrorKind::NotFound;
    if (httpStatus == 429)
        return ApiErrorKind::RateLimited;
    if (httpStatus == 408)
        return ApiErrorKind::Timeout;
    if (httpStatus >= 500 && httpStatus <= 599)
        return ApiErrorKind::ServerError;
    if (httpStatus >= 400 && httpStatus <= 499)
        return ApiErrorKind::BadRequest;
    return ApiErrorKind::InvalidReply;
}

ApiError invalidReply(const QString &why)
{
    ApiError error;
    error.kind = ApiErrorKind::InvalidReply;
    error.httpStatus = 200;
    error.message = why;
    return error;
}

// Parses a JSON object body; on failure returns false and fills *error.
bool parseObject(const QByteArray &body, QJsonObject *object, ApiError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = invalidReply(body.trimmed().isEmpty()
                                  ? QStringLiteral("empty reply body")
                                  : QStringLiteral("malformed JSON at offset %1: %2")
                                        .arg(parseError.offset)
                                        .arg(parseError.errorString()));
        return false;
    }
    if (!doc.isObject()) {
        *error = invalidReply(QStringLiteral("reply body is not a JSON object"));
        return false;
    }
    *object = doc.object();
    return true;
}

// FASHN's error is either a string name ({"error": "NotFound", "message": ...}) or, inside a
// status body, an object {"name", "message"}.
void readErrorField(const QJsonObject &object, QString *name, QString *message)
{
    const QJsonValue error = object.value(QLatin1String("error"));
    if (error.isString()) {
        *name = error.toString();
        *message = object.value(QLatin1String("message")).toString();
    } else if (error.isObject()) {
        const QJsonObject inner = error.toObject();
        *name = inner.value(QLatin1String("name")).toString();
        *message = inner.value(QLatin1String("message")).toString();
        if (message->isEmpty())
            *message = object.value(QLatin1String("message")).toString();
    } else {
        *message = object.value(QLatin1String("message")).toString();
    }
}

bool validIntField(const QJsonObject &object, const char *key, int *out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        *out = 0;
        return true;
    }
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < -2e9 || d > 2e9)
        return false;
    *out = int(std::llround(d));
    return true;
}

} // namespace

QString ApiError::describe() const
{
    switch (kind) {
    case ApiErrorKind::None:
        return QStringLiteral("No error.");
    case ApiErrorKind::BadRequest:
        return withDetail(QStringLiteral("FASHN rejected the request as invalid; check the "
                                         "parameters and images, then try again."),
                          *this);
    case ApiErrorKind::Unauthorized:
        return withDetail(QStringLiteral("FASHN did not accept the API key; check that it is "
                                         "correct and active in your FASHN account settings."),
                          *this);
    case ApiErrorKind::NotFound:
        return withDetail(QStringLiteral("FASHN does not know this prediction or address; it may "
                                         "have been deleted after 72 hours."),
                          *this);
    case ApiErrorKind::RateLimited:
        return withDetail(QStringLiteral("FASHN's rate limit was reached and retries did not get "
                                         "through; wait a minute, then try again."),
                          *this);
    case ApiErrorKind::ConcurrencyLimited:
        return withDetail(QStringLiteral("Too many predictions are running on this FASHN account "
                                         "at once; the job will wait for one to finish."),
                          *this);
    case ApiErrorKind::OutOfCredits:
        return QStringLiteral("Your FASHN account has no credits left; buy credits at fashn.ai, "
                              "then try again.");
    case ApiErrorKind::ServerError:
        return withDetail(QStringLiteral("The FASHN server had an internal error (HTTP %1); very "
                                         "large images can cause this. Try again later, or use "
                                         "smaller images.")
                              .arg(httpStatus),
                          *this);
    case ApiErrorKind::Network:
        return withDetail(QStringLiteral("Could not reach the FASHN server; check the network "
                                         "connection."),
                          *this);
    case ApiErrorKind::Timeout:
        return withDetail(QStringLiteral("The FASHN server did not answer in time; check the "
                                         "network connection and try again."),
                          *this);
    case ApiErrorKind::SubmissionUncertain:
        return withDetail(QStringLiteral("The connection broke after the request was sent, so the "
                                         "prediction may exist and be charged; it was not sent "
                                         "again. Check your FASHN dashboard before retrying."),
                          *this);
    case ApiErrorKind::InvalidReply:
        return withDetail(QStringLiteral("The FASHN server sent a reply that could not be "
                                         "understood."),
                          *this);
    case ApiErrorKind::InsecureUrl:
        return withDetail(QStringLiteral("The API address must use https (plain http is allowed "
                                         "only for this computer); nothing was sent."),
                          *this);
    case ApiErrorKind::MissingKey:
        return QStringLiteral("No FASHN API key is set; add your key in the settings or the "
                              "FASHN_API_KEY environment variable.");
    case ApiErrorKind::OutputExpired:
        return withDetail(QStringLiteral("The result is no longer available: FASHN deletes outputs "
                                         "after 72 hours, and base64 outputs after 60 minutes."),
                          *this);
    case ApiErrorKind::NotAnImage:
        return withDetail(QStringLiteral("The downloaded output is not an image or video."), *this);
    }
    return message;
}

namespace {

struct RuntimeErrorInfo
{
    const char *name;
    bool retryable;
    bool inputProblem;
    const char *sentence;
};

constexpr RuntimeErrorInfo kRuntimeErrors[] = {
    {"ImageLoadError", false, true,
     "An input image could not be loaded or decoded; check that the URL is public and serves an "
     "image, or that the file is a valid image."},
    {"ContentModerationError", false, true,
     "The inputs were blocked by content moderation; use different images or a more permissive "
     "moderation level."},
    {"InputValidationError", false, true,
     "The inputs are not valid for this model; check the parameters and image sizes."},
    {"PoseError", false, true,
     "No body pose could be found in the model image; use a photo that shows the person's body "
     "clearly."},
    {"NSFWError", false, true,
     "The inputs were flagged as explicit content; use different images."},
    {"PhotoTypeError", false, true,
     "The garment photo type could not be handled; set the garment photo type explicitly or use "
     "another photo."},
    {"ThirdPartyError", true, false,
     "A service FASHN depends on failed; try again (failed predictions cost nothing)."},
    {"3rdPartyProviderError", true, false,
     "A provider FASHN depends on failed; try again (failed predictions cost nothing)."},
    {"UnavailableError", true, false,
     "FASHN is overloaded right now; try again in a little while (failed predictions cost "
     "nothing)."},
    {"PipelineError", true, false,
     "FASHN's processing pipeline failed; try again (failed predictions cost nothing)."},
    {"InternalServerError", true, false,
     "FASHN had an internal error while processing; try again (failed predictions cost "
     "nothing)."},
    {"LoRALoadError", false, false,
     "FASHN could not load a model component for this request; contact FASHN support if it "
     "happens again."},
    {"PollingTimeout", false, false,
     "The prediction did not finish before the client stopped waiting; it may still complete."},
};

const RuntimeErrorInfo *runtimeInfo(const QString &name)
{
    for (const auto &info : kRuntimeErrors) {
        if (name == QLatin1String(info.name))
            return &info;
    }
    return nullptr;
}

} // namespace

bool PredictionError::isRetryable() const
{
    const RuntimeErrorInfo *info = runtimeInfo(name);
    return info && info->retryable;
}

bool PredictionError::isInputProblem() const
{
    const RuntimeErrorInfo *info = runtimeInfo(name);
    return info && info->inputProblem;
}

QString PredictionError::describe() const
{
    QString text;
    if (const RuntimeErrorInfo *info = runtimeInfo(name))
        text = QString::fromLatin1(info->sentence);
    else if (name.isEmpty())
        text = QStringLiteral("The prediction failed without a reason from FASHN.");
    else
        text = QStringLiteral("The prediction failed with the error %1.").arg(name);
    if (!message.isEmpty())
        text += QStringLiteral(" FASHN said: %1").arg(message);
    return text;
}

namespace {
constexpr double kLongestRetryAfterMs = 365.0 * 24 * 3600 * 1000;
} // namespace

qint64 retryAfterMs(const RawHeaders &headers)
{
    QByteArray ms;
    QByteArray seconds;
    bool haveMs = false;
    bool haveSeconds = false;
    for (const auto &header : headers) {
        const QByteArray name = header.first.trimmed().toLower();
        if (name == "retry-after-ms") {
            ms = header.second.trimmed();
            haveMs = true;
        } else if (name == "retry-after") {
            seconds = header.second.trimmed();
            haveSeconds = true;
        }
    }
    if (haveMs) {
        bool ok = false;
        const double value = ms.toDouble(&ok);
        // Beyond a year it only says "longer than anyone waits": kept representable (a
        // larger double does not fit a qint64; fuzz_replies found 1.5e116).
        if (ok && std::isfinite(value) && value >= 0)
            return qint64(std::ceil(std::min(value, kLongestRetryAfterMs)));
    }
    if (haveSeconds) {
        bool ok = false;
        const double value = seconds.toDouble(&ok);
        if (ok && std::isfinite(value) && value >= 0 && value < 1e9)
            return qint64(std::ceil(value * 1000.0));
        // An HTTP-date (RFC 7231 IMF-fixdate).
        const QDateTime when = QLocale::c().toDateTime(
            QString::fromLatin1(seconds), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (when.isValid()) {
            QDateTime utc = when;
            utc.setTimeSpec(Qt::UTC);
            return qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(utc));
        }
    }
    return -1;
}

bool isFashnErrorName(const QString &name)
{
    return kindForName(name) != ApiErrorKind::None;
}

ApiError parseApiError(int httpStatus, const QByteArray &body, const RawHeaders &headers)
{
    ApiError error;
    error.httpStatus = httpStatus;
    error.retryAfterMs = retryAfterMs(headers);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject())
        readErrorField(doc.object(), &error.name, &error.message);
    else if (!body.trimmed().isEmpty())
        error.message = QString::fromUtf8(body.trimmed().left(200)); // e.g. a proxy's HTML page

    // The name is more specific than the status (three different errors share 429).
    error.kind = kindForName(error.name);
    if (error.kind == ApiErrorKind::None)
        error.kind = kindForHttpStatus(httpStatus);
    return error;
}

RunResult parseRunBody(const QByteArray &body)
{
    RunResult result;
    QJsonObject object;
    if (!parseObject(body, &object, &result.error)) {
        // A success status whose body cannot be read: FASHN may have created the prediction.
        result.error.kind = ApiErrorKind::SubmissionUncertain;
        result.error.message += QStringLiteral(" in the /run reply; a prediction may exist and be "
                                               "charged");
        return result;
    }

    const QJsonValue id = object.value(QLatin1String("id"));
    if (id.isString() && !id.toString().isEmpty()) {
        result.predictionId = id.toString();
        return result;
    }
    // A 200 without an id but with an error (older API behaviour).
    QString name;
    QString message;
    readErrorField(object, &name, &message);
    if (!name.isEmpty()) {
        result.error.httpStatus = 200;
        result.error.name = name;
        result.error.message = message;
        result.error.kind = kindForName(name);
        if (result.error.kind == ApiErrorKind::None)
            result.error.kind = ApiErrorKind::BadRequest;
        return result;
    }
    // FASHN answered with success but named no prediction: one may exist all the same.
    result.error.kind = ApiErrorKind::SubmissionUncertain;
    result.error.httpStatus = 200;
    result.error.message = QStringLiteral("the /run reply has no prediction id; a prediction may "
                                          "exist and be charged");
    return result;
}

StatusResult parseStatusBody(const QByteArray &body)
{
    StatusResult result;
    QJsonObject object;
    if (!parseObject(body, &object, &result.error))
        return result;

    const QJsonValue status = object.value(QLatin1String("status"));
    if (!status.isString()) {
        result.error = invalidReply(QStringLiteral("the status reply has no status"));
        return result;
    }
    // An unknown status word is kept as Unknown (not an error): a newer API may add states,
    // and the poller keeps polling until a known terminal state.
    result.status = parsePredictionStatus(status.toString());

    const QJsonValue id = object.value(QLatin1String("id"));
    if (!id.isUndefined() && !id.isNull() && !id.isString()) {
        result.error = invalidReply(QStringLiteral("the prediction id is not a string"));
        return result;
    }
    result.id = id.toString();

    const QJsonValue output = object.value(QLatin1String("output"));
    if (output.isArray()) {
        const QJsonArray array = output.toArray();
        for (const QJsonValue &entry : array) {
            if (!entry.isString() || entry.toString().isEmpty()) {
                result.error = invalidReply(QStringLiteral("an output entry is not a string"));
                result.outputs.clear();
                return result;
            }
            result.outputs.append(entry.toString());
        }
    } else if (output.isString()) {
        result.outputs.append(output.toString()); // tolerated: a single output not in an array
    } else if (!output.isUndefined() && !output.isNull()) {
        result.error = invalidReply(QStringLiteral("the output is not a list"));
        return result;
    }

    readErrorField(object, &result.predictionError.name, &result.predictionError.message);
    if (object.value(QLatin1String("error")).isNull() ||
        object.value(QLatin1String("error")).isUndefined())
        result.predictionError = {};

    if (result.status == PredictionStatus::Completed && result.outputs.isEmpty())
        result.error = invalidReply(QStringLiteral("a completed prediction without outputs"));
    return result;
}

CreditsResult parseCreditsBody(const QByteArray &body)
{
    CreditsResult result;
    QJsonObject object;
    if (!parseObject(body, &object, &result.error))
        return result;
    const QJsonValue credits = object.value(QLatin1String("credits"));
    if (!credits.isObject()) {
        result.error = invalidReply(QStringLiteral("the credits reply has no credits object"));
        return result;
    }
    const QJsonObject inner = credits.toObject();
    if (!inner.value(QLatin1String("total")).isDouble() ||
        !validIntField(inner, "total", &result.total) ||
        !validIntField(inner, "subscription", &result.subscription) ||
        !validIntField(inner, "on_demand", &result.onDemand)) {
        result = {};
        result.error = invalidReply(QStringLiteral("the credits are not numbers"));
    }
    return result;
}

} // namespace fr

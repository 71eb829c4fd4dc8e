#include "SandboxServer.h"

#include "core/api/Clock.h"

#include "SandboxHttpServer.h"
#include "SandboxPredictions.h"
#include "core/catalog/Pricing.h"
#include "core/catalog/RequestBuilder.h"
#include "core/catalog/Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

namespace fr {

namespace {

const QString kStatusPrefix = QStringLiteral("/v1/status/");

SandboxEndpoint endpointOfPath(const QString &path, bool *api)
{
    *api = true;
    if (path == QLatin1String("/v1/run"))
        return SandboxEndpoint::Run;
    if (path.startsWith(kStatusPrefix))
        return SandboxEndpoint::Status;
    if (path == QLatin1String("/v1/credits"))
        return SandboxEndpoint::Credits;
    if (path.startsWith(QLatin1String("/cdn/")))
        return SandboxEndpoint::Output;
    *api = false;
    return SandboxEndpoint::Any;
}

QString counterName(const QString &path)
{
    bool api = false;
    const SandboxEndpoint e = endpointOfPath(path, &api);
    if (api)
        return SandboxFault::endpointName(e);
    return path.startsWith(QLatin1String("/_sandbox/")) ? QStringLiteral("control")
                                                        : QStringLiteral("other");
}

SandboxHttpResponse faultReply(SandboxFaultKind kind)
{
    switch (kind) {
    case SandboxFaultKind::Http500:
        return SandboxHttpResponse::error(500, QStringLiteral("InternalServerError"),
                                          QStringLiteral("Sandbox: injected server error."));
    case SandboxFaultKind::RateLimit:
        return SandboxHttpResponse::error(429, QStringLiteral("RateLimitExceeded"),
                                          QStringLiteral("Sandbox: injected rate limit."));
    case SandboxFaultKind::ConcurrencyLimit:
        return SandboxHttpResponse::error(429, QStringLiteral("ConcurrencyLimitExceeded"),
                                          QStringLiteral("Sandbox: injected concurrency limit."));
    case SandboxFaultKind::OutOfCredits:
        return SandboxHttpResponse::error(429, QStringLiteral("OutOfCredits"),
                                          QStringLiteral("Sandbox: injected out of credits."));
    case SandboxFaultKind::MalformedJson: {
        SandboxHttpResponse r;
        r.body = "{\"id\": \"sandbox-malformed\", \"status\": ";
        return r;
    }
    default:
        return {};
    }
}

bool replacesReply(SandboxFaultKind kind)
{
    switch (kind) {
    case SandboxFaultKind::Http500:
    case SandboxFaultKind::RateLimit:
    case SandboxFaultKind::ConcurrencyLimit:
    case SandboxFaultKind::OutOfCredits:
    case SandboxFaultKind::MalformedJson:
        return true;
    default:
        return false;
    }
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_catalog(ModelCatalog::bundled())
{
    m_clock = m_options.clock ? m_options.clock : Clock::system();
    m_http = new SandboxHttpServer(
        [this](const SandboxHttpRequest &request, QTcpSocket *socket) { handle(request, socket); },
        this);
    m_predictions = new SandboxPredictions(m_options, m_clock, this);
    connect(m_predictions, &SandboxPredictions::predictionFinished, this,
            [this](const QString &id, const QString &status, qint64 finishedMs) {
                if (status == QLatin1String("failed"))
                    refund(id); // failures are free
                emit predictionFinished(id, status, finishedMs);
            });
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port)
{
    m_port = m_http->listen(QHostAddress::LocalHost, port);
    m_predictions->setBaseUrl(baseUrl());
    return m_port != 0;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void SandboxServer::injectFault(const SandboxFault &fault)
{
    m_faults.add(fault);
}

void SandboxServer::clearFaults()
{
    m_faults.clear();
}

SandboxServer::Account &SandboxServer::account(const QString &key)
{
    auto it = m_accounts.find(key);
    if (it == m_accounts.end())
        it = m_accounts.insert(key, Account{m_options.subscriptionCredits, m_options.credits});
    return *it;
}

int SandboxServer::credits(const QString &key) const
{
    if (!m_options.acceptedKeys().contains(key))
        return -1;
    const Account a =
        m_accounts.value(key, Account{m_options.subscriptionCredits, m_options.credits});
    return a.subscription + a.onDemand;
}

void SandboxServer::setCredits(const QString &key, int onDemand, int subscription)
{
    m_accounts.insert(key, Account{subscription, onDemand});
}

int SandboxServer::requestCount(SandboxEndpoint endpoint) const
{
    if (endpoint == SandboxEndpoint::Any) {
        int total = 0;
        for (int n : m_counts)
            total += n;
        return total;
    }
    return m_counts.value(SandboxFault::endpointName(endpoint));
}

QJsonObject SandboxServer::stats() const
{
    QJsonObject requests;
    for (const QString &name :
         {QStringLiteral("run"), QStringLiteral("status"), QStringLiteral("credits"),
          QStringLiteral("output"), QStringLiteral("control"), QStringLiteral("other")})
        requests.insert(name, m_counts.value(name));
    QJsonObject rejections;
    int rejected = 0;
    for (auto it = m_rejections.cbegin(); it != m_rejections.cend(); ++it) {
        rejections.insert(it.key(), it.value());
        rejected += it.value();
    }
    rejections.insert(QStringLiteral("total"), rejected);
    return QJsonObject{{QStringLiteral("requests"), requests},
                       {QStringLiteral("rejections"), rejections},
                       {QStringLiteral("completions"), m_predictions->completions()},
                       {QStringLiteral("created"), m_predictions->createdCount()},
                       {QStringLiteral("now_ms"), m_clock->monotonicMs()},
                       {QStringLiteral("faults"), m_faults.toJson()}};
}

void SandboxServer::refund(const QString &id)
{
    const Charge charge = m_charges.take(id);
    if (charge.key.isEmpty())
        return;
    Account &a = account(charge.key);
    a.subscription += charge.subscription;
    a.onDemand += charge.onDemand;
}

QString SandboxServer::authorizedKey(const SandboxHttpRequest &request) const
{
    const QByteArray auth = request.header("authorization").trimmed();
    if (!auth.startsWith("Bearer "))
        return {};
    const QString key = QString::fromUtf8(auth.mid(7)).trimmed();
    return m_options.acceptedKeys().contains(key) ? key : QString();
}

bool SandboxServer::allowRate(const QString &key, SandboxEndpoint endpoint)
{
    if (!m_options.enforceRateLimits)
        return true;
    const QString id = SandboxFault::endpointName(endpoint) + QLatin1Char(' ') + key;
    auto it = m_windows.find(id);
    if (it == m_windows.end()) {
        switch (endpoint) {
        case SandboxEndpoint::Run:
            it = m_windows.insert(id, RateWindow(m_options.runLimit, m_options.runWindowMs));
            break;
        case SandboxEndpoint::Status:
            it = m_windows.insert(id, RateWindow(m_options.statusLimit, m_options.statusWindowMs));
            break;
        case SandboxEndpoint::Credits:
            it =
                m_windows.insert(id, RateWindow(m_options.creditsLimit, m_options.creditsWindowMs));
            break;
        default:
            return true;
        }
    }
    return it->tryAcquire(m_clock->monotonicMs());
}

void SandboxServer::handle(const SandboxHttpRequest &request, QTcpSocket *socket)
{
    m_counts[counterName(request.path)] += 1;
    bool api = false;
    const SandboxEndpoint endpoint = endpointOfPath(request.path, &api);
    std::optional<SandboxFault> fault;
    if (api)
        fault = m_faults.take(endpoint);
    if (fault && replacesReply(fault->kind)) {
        deliver(socket, faultReply(fault->kind), std::nullopt);
        return;
    }
    deliver(socket, api ? process(endpoint, request) : handleControl(request), fault);
}

void SandboxServer::deliver(QTcpSocket *socket, const SandboxHttpResponse &response,
                            const std::optional<SandboxFault> &fault)
{
    // Every 429 sent is counted by name, so tests can assert that a client never hit a limit.
    if (response.status == 429) {
        const QString name = QJsonDocument::fromJson(response.body)
                                 .object()
                                 .value(QStringLiteral("error"))
                                 .toString();
        ++m_rejections[name];
    }
    if (!fault) {
        SandboxHttpServer::write(socket, response);
        return;
    }
    switch (fault->kind) {
    case SandboxFaultKind::Drop:
        // The request was handled (a run created its prediction); only the reply is lost.
        socket->abort();
        return;
    case SandboxFaultKind::Delay: {
        QTimer::singleShot(fault->delayMs, this, [socket = QPointer<QTcpSocket>(socket), response] {
            if (socket)
                SandboxHttpServer::write(socket, response);
        });
        return;
    }
    case SandboxFaultKind::Truncated: {
        // Announce the full body and more, send half of it, then hang up.
        SandboxHttpResponse cut = response;
        cut.body.truncate(response.body.size() / 2);
        socket->write(cut.serialize(response.body.size() + 64));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    default:
        SandboxHttpServer::write(socket, response);
        return;
    }
}

SandboxHttpResponse SandboxServer::process(SandboxEndpoint endpoint,
                                           const SandboxHttpRequest &request)
{
    if (endpoint == SandboxEndpoint::Output) {
        if (request.method != "GET")
            return SandboxHttpResponse::error(404, QStringLiteral("NotFound"),
                                              QStringLiteral("No such file."));
        return handleOutput(request.path);
    }
    const QByteArray wanted = endpoint == SandboxEndpoint::Run ? "POST" : "GET";
    if (request.method != wanted)
        return SandboxHttpResponse::error(
            404, QStringLiteral("NotFound"),
            QStringLiteral("No %1 route for %2.")
                .arg(QString::fromLatin1(request.method), request.path));
    const QString key = authorizedKey(request);
    if (key.isEmpty())
        return SandboxHttpResponse::error(
            401, QStringLiteral("UnauthorizedAccess"),
            request.header("authorization").isEmpty()
                ? QStringLiteral("Missing Authorization header with a Bearer API key.")
                : QStringLiteral("Invalid or inactive API key."));
    if (!allowRate(key, endpoint))
        return SandboxHttpResponse::error(
            429, QStringLiteral("RateLimitExceeded"),
            QStringLiteral("Too many requests to /v1/%1; slow down and retry later.")
                .arg(SandboxFault::endpointName(endpoint)));
    switch (endpoint) {
    case SandboxEndpoint::Run:
        return handleRun(key, request);
    case SandboxEndpoint::Status:
        return handleStatus(key, request.path.mid(kStatusPrefix.size()));
    default:
        return handleCredits(key);
    }
}

SandboxHttpResponse SandboxServer::handleRun(const QString &key, const SandboxHttpRequest &request)
{
    auto bad = [](const QString &message) {
        return SandboxHttpResponse::error(400, QStringLiteral("BadRequest"), message);
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return bad(QStringLiteral("The body is not valid JSON: %1.").arg(parseError.errorString()));
    if (!doc.isObject())
        return bad(QStringLiteral("The body must be a JSON object."));
    QJsonObject values;
    const QString modelName = modelNameOfBody(doc.object(), &values);
    const ModelSpec *model = m_catalog.model(modelName);
    if (modelName.isEmpty() || !model)
        return bad(
            modelName.isEmpty()
                ? QStringLiteral("model_name is required.")
                : QStringLiteral("model_name \"%1\" is not a known model; expected one of %2.")
                      .arg(modelName, m_catalog.modelNames().join(QLatin1String(", "))));
    if (doc.object().contains(QLatin1String("model_name")) &&
        !doc.object().value(QLatin1String("inputs")).isObject())
        return bad(QStringLiteral("inputs must be a JSON object."));
    const QList<ValidationIssue> issues = validate(*model, values, ImageSources::WireOnly);
    if (!issues.isEmpty())
        return bad(joinIssues(issues));
    if (m_predictions->inFlight(key) >= m_options.maxInFlight)
        return SandboxHttpResponse::error(
            429, QStringLiteral("ConcurrencyLimitExceeded"),
            QStringLiteral("At most %1 predictions may be in flight at once; wait for one to "
                           "finish.")
                .arg(m_options.maxInFlight));
    const int price = estimatePrice(*model, values).total;
    Account &a = account(key);
    if (price > a.subscription + a.onDemand)
        return SandboxHttpResponse::error(
            429, QStringLiteral("OutOfCredits"),
            QStringLiteral("This request costs %1 credits but only %2 remain.")
                .arg(price)
                .arg(a.subscription + a.onDemand));
    Charge charge{key, qMin(price, a.subscription), 0};
    charge.onDemand = price - charge.subscription;
    a.subscription -= charge.subscription;
    a.onDemand -= charge.onDemand;
    std::optional<std::pair<QString, QString>> injected;
    if (const auto runtime = m_faults.takeRuntime())
        injected = std::make_pair(runtime->errorName, runtime->errorMessage);
    const QString id = m_predictions->create(key, *model, values, price, injected);
    m_charges.insert(id, charge);
    return SandboxHttpResponse::json(
        200, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("error"), QJsonValue::Null}});
}

SandboxHttpResponse SandboxServer::handleStatus(const QString &key, const QString &id)
{
    // Another account's prediction does not exist for this key, as on FASHN.
    if (!m_predictions->contains(id) || m_predictions->keyOf(id) != key)
        return SandboxHttpResponse::error(404, QStringLiteral("NotFound"),
                                          QStringLiteral("No prediction with id \"%1\".").arg(id));
    int creditsUsed = -1;
    SandboxHttpResponse r =
        SandboxHttpResponse::json(200, m_predictions->statusJson(id, &creditsUsed));
    if (creditsUsed >= 0)
        r.headers.append({"x-fashn-credits-used", QByteArray::number(creditsUsed)});
    return r;
}

SandboxHttpResponse SandboxServer::handleCredits(const QString &key)
{
    const Account &a = account(key);
    return SandboxHttpResponse::json(
        200, QJsonObject{{QStringLiteral("credits"),
                          QJsonObject{{QStringLiteral("total"), a.subscription + a.onDemand},
                                      {QStringLiteral("subscription"), a.subscription},
                                      {QStringLiteral("on_demand"), a.onDemand}}}});
}

SandboxHttpResponse SandboxServer::handleOutput(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^/cdn/([^/]+)/output_(\\d+)\\.(png|jpeg)$"));
    const QRegularExpressionMatch m = re.match(path);
    const auto notFound = SandboxHttpResponse::error(404, QStringLiteral("NotFound"),
                                                     QStringLiteral("No such file."));
    if (!m.hasMatch())
        return notFound;
    const auto output = m_predictions->output(m.captured(1), m.captured(2).toInt());
    if (!output || output->format != m.captured(3))
        return notFound;
    SandboxHttpResponse r;
    r.contentType = output->format == QLatin1String("jpeg") ? "image/jpeg" : "image/png";
    r.body = output->bytes;
    return r;
}

SandboxHttpResponse SandboxServer::handleControl(const SandboxHttpRequest &request)
{
    if (request.path == QLatin1String("/_sandbox/stats") && request.method == "GET")
        return SandboxHttpResponse::json(200, stats());
    if (request.path != QLatin1String("/_sandbox/faults"))
        return SandboxHttpResponse::error(404, QStringLiteral("NotFound"),
                                          QStringLiteral("No route for %1.").arg(request.path));
    if (request.method == "DELETE") {
        clearFaults();
        return SandboxHttpResponse::json(200,
                                         QJsonObject{{QStringLiteral("faults"), QJsonArray()}});
    }
    if (request.method == "GET")
        return SandboxHttpResponse::json(
            200, QJsonObject{{QStringLiteral("faults"), m_faults.toJson()}});
    if (request.method != "POST")
        return SandboxHttpResponse::error(404, QStringLiteral("NotFound"),
                                          QStringLiteral("Use POST, GET or DELETE."));
    // One rule as an object, or several as an array; nothing is added unless all are valid.
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    QJsonArray rules = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    if (!doc.isArray() && !doc.isObject())
        rules = {};
    QList<SandboxFault> faults;
    for (const QJsonValue &rule : rules) {
        QString error;
        const auto fault = SandboxFault::fromJson(rule.toObject(), &error);
        if (!fault)
            return SandboxHttpResponse::error(400, QStringLiteral("BadRequest"), error);
        faults.append(*fault);
    }
    if (faults.isEmpty())
        return SandboxHttpResponse::error(400, QStringLiteral("BadRequest"),
                                          QStringLiteral("Give a fault object or an array."));
    for (const SandboxFault &f : faults)
        m_faults.add(f);
    return SandboxHttpResponse::json(200,
                                     QJsonObject{{QStringLiteral("faults"), m_faults.toJson()}});
}

} // namespace fr

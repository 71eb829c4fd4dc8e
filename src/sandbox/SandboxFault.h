#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace fr {

enum class SandboxEndpoint { Run, Status, Credits, Output, Any };

enum class SandboxFaultKind {
    Drop,             // abort the connection without a reply (run: after the prediction exists)
    Delay,            // answer normally after delayMs
    Http500,          // 500 InternalServerError instead of handling the request
    RateLimit,        // 429 RateLimitExceeded
    ConcurrencyLimit, // 429 ConcurrencyLimitExceeded
    OutOfCredits,     // 429 OutOfCredits
    MalformedJson,    // 200 with a body that is not JSON
    Truncated,        // handled normally, but the body is cut short and the connection closed
    Runtime           // the next predictions fail with errorName
};

// One fault rule: applies to the next `count` matching requests (or predictions, for Runtime).
struct SandboxFault
{
    SandboxFaultKind kind = SandboxFaultKind::Http500;
    SandboxEndpoint endpoint = SandboxEndpoint::Any;
    int count = 1;
    int delayMs = 1000;
    QString errorName;    // Runtime only
    QString errorMessage; // Runtime only; empty: a generated message

    // {"endpoint":"run|status|credits|output|any","fault":"drop|...|runtime","count":N,
    //  "delay_ms":M,"name":"PoseError","message":"..."}
    static std::optional<SandboxFault> fromJson(const QJsonObject &json, QString *error);
    // Command-line form: KIND[:ENDPOINT[:COUNT[:DELAY_MS]]] or runtime:NAME[:COUNT[:MESSAGE]].
    static std::optional<SandboxFault> fromSpec(const QString &spec, QString *error);
    QJsonObject toJson() const;

    static QStringList runtimeErrorNames();
    static QString kindName(SandboxFaultKind kind);
    static QString endpointName(SandboxEndpoint endpoint);
    static std::optional<SandboxEndpoint> endpointFromName(const QString &name);
};

} // namespace fr

#include "SandboxFault.h"

namespace fr {

namespace {

struct KindName
{
    SandboxFaultKind kind;
    const char *name;
};

constexpr KindName kKinds[] = {
    {SandboxFaultKind::Drop, "drop"},
    {SandboxFaultKind::Delay, "delay"},
    {SandboxFaultKind::Http500, "http500"},
    {SandboxFaultKind::RateLimit, "rate_limit"},
    {SandboxFaultKind::ConcurrencyLimit, "concurrency_limit"},
    {SandboxFaultKind::OutOfCredits, "out_of_credits"},
    {SandboxFaultKind::MalformedJson, "malformed_json"},
    {SandboxFaultKind::Truncated, "truncated"},
    {SandboxFaultKind::Runtime, "runtime"},
};

std::optional<SandboxFaultKind> kindFromName(const QString &name)
{
    for (const KindName &k : kKinds) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool checkRuntime(const SandboxFault &f, QString *error)
{
    if (!SandboxFault::runtimeErrorNames().contains(f.errorName))
        return fail(error, QStringLiteral("unknown runtime error name \"%1\"; expected one of %2")
                               .arg(f.errorName,
                                    SandboxFault::runtimeErrorNames().join(QLatin1String(", "))));
    return true;
}

} // namespace

QStringList SandboxFault::runtimeErrorNames()
{
    return {QStringLiteral("ImageLoadError"),
            QStringLiteral("ContentModerationError"),
            QStringLiteral("InputValidationError"),
            QStringLiteral("ThirdPartyError"),
            QStringLiteral("UnavailableError"),
            QStringLiteral("PipelineError"),
            QStringLiteral("PoseError"),
            QStringLiteral("LoRALoadError"),
            QStringLiteral("3rdPartyProviderError"),
            QStringLiteral("InternalServerError"),
            QStringLiteral("NSFWError"),
            QStringLiteral("PhotoTypeError")};
}

QString SandboxFault::kindName(SandboxFaultKind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

QString SandboxFault::endpointName(SandboxEndpoint endpoint)
{
    switch (endpoint) {
    case SandboxEndpoint::Run:
        return QStringLiteral("run");
    case SandboxEndpoint::Status:
        return QStringLiteral("status");
    case SandboxEndpoint::Credits:
        return QStringLiteral("credits");
    case SandboxEndpoint::Output:
        return QStringLiteral("output");
    case SandboxEndpoint::Any:
        break;
    }
    return QStringLiteral("any");
}

std::optional<SandboxEndpoint> SandboxFault::endpointFromName(const QString &name)
{
    for (SandboxEndpoint e :
         {SandboxEndpoint::Run, SandboxEndpoint::Status, SandboxEndpoint::Credits,
          SandboxEndpoint::Output, SandboxEndpoint::Any}) {
        if (endpointName(e) == name)
            return e;
    }
    return std::nullopt;
}

std::optional<SandboxFault> SandboxFault::fromJson(const QJsonObject &json, QString *error)
{
    SandboxFault f;
    const auto kind = kindFromName(json.value(QLatin1String("fault")).toString());
    if (!kind) {
        fail(error, QStringLiteral("unknown fault \"%1\"")
                        .arg(json.value(QLatin1String("fault")).toString()));
        return std::nullopt;
    }
    f.kind = *kind;
    if (json.contains(QLatin1String("endpoint"))) {
        const auto e = endpointFromName(json.value(QLatin1String("endpoint")).toString());
        if (!e) {
            fail(error, QStringLiteral("unknown endpoint \"%1\"")
                            .arg(json.value(QLatin1String("endpoint")).toString()));
            return std::nullopt;
        }
        f.endpoint = *e;
    }
    f.count = json.value(QLatin1String("count")).toInt(1);
    f.delayMs = json.value(QLatin1String("delay_ms")).toInt(1000);
    f.errorName = json.value(QLatin1String("name")).toString();
    f.errorMessage = json.value(QLatin1String("message")).toString();
    if (f.count < 1 || f.delayMs < 0) {
        fail(error, QStringLiteral("count must be at least 1 and delay_ms not negative"));
        return std::nullopt;
    }
    if (f.kind == SandboxFaultKind::Runtime && !checkRuntime(f, error))
        return std::nullopt;
    return f;
}

std::optional<SandboxFault> SandboxFault::fromSpec(const QString &spec, QString *error)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    QJsonObject json{{QStringLiteral("fault"), parts.value(0)}};
    bool ok = true;
    auto number = [&](int i) {
        bool good = false;
        const int n = parts.value(i).toInt(&good);
        ok = ok && good;
        return n;
    };
    if (parts.value(0) == QLatin1String("runtime")) {
        json.insert(QStringLiteral("name"), parts.value(1));
        if (parts.size() > 2)
            json.insert(QStringLiteral("count"), number(2));
        if (parts.size() > 3)
            json.insert(QStringLiteral("message"), parts.mid(3).join(QLatin1Char(':')));
    } else {
        if (parts.size() > 1)
            json.insert(QStringLiteral("endpoint"), parts.value(1));
        if (parts.size() > 2)
            json.insert(QStringLiteral("count"), number(2));
        if (parts.size() > 3)
            json.insert(QStringLiteral("delay_ms"), number(3));
        if (parts.size() > 4)
            ok = false;
    }
    if (!ok) {
        fail(error, QStringLiteral("cannot read fault spec \"%1\"").arg(spec));
        return std::nullopt;
    }
    return fromJson(json, error);
}

QJsonObject SandboxFault::toJson() const
{
    QJsonObject json{{QStringLiteral("fault"), kindName(kind)},
                     {QStringLiteral("endpoint"), endpointName(endpoint)},
                     {QStringLiteral("count"), count}};
    if (kind == SandboxFaultKind::Delay)
        json.insert(QStringLiteral("delay_ms"), delayMs);
    if (kind == SandboxFaultKind::Runtime) {
        json.insert(QStringLiteral("name"), errorName);
        json.insert(QStringLiteral("message"), errorMessage);
    }
    return json;
}

} // namespace fr

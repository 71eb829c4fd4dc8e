#include "Validation.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <cmath>

namespace fr {

ImageValueForm classifyImageValue(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return ImageValueForm::Empty;
    if (v.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
        return ImageValueForm::DataUri;
    if (v.startsWith(QLatin1String("saved:")))
        return ImageValueForm::Saved;
    if (v.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
        v.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return ImageValueForm::HttpUrl;
    if (v.startsWith(QLatin1String("file://"), Qt::CaseInsensitive) ||
        !v.contains(QLatin1String("://")))
        return ImageValueForm::LocalFile;
    return ImageValueForm::Other;
}

namespace {

bool validDataUri(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^data:image/[a-zA-Z0-9.+-]+;base64,"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(v).hasMatch() && v.size() > v.indexOf(QLatin1Char(',')) + 1;
}

bool isSet(const QJsonObject &values, const QString &name)
{
    const QJsonValue v = values.value(name);
    return !v.isUndefined() && !v.isNull();
}

void checkImage(const ParamSpec &p, const QString &v, ImageSources sources,
                QList<ValidationIssue> *issues)
{
    auto add = [&](const QString &rule, const QString &msg) {
        issues->append({p.name, rule, msg});
    };
    switch (classifyImageValue(v)) {
    case ImageValueForm::Empty:
        add(QStringLiteral("type"),
            QStringLiteral("%1 is empty; give an image URL, a data URI or a file.").arg(p.name));
        return;
    case ImageValueForm::DataUri:
        if (!validDataUri(v))
            add(QStringLiteral("image_source"),
                QStringLiteral("%1 is a data URI without the data:image/<format>;base64, prefix or "
                               "without data.")
                    .arg(p.name));
        return;
    case ImageValueForm::Saved:
        if (!p.acceptsSaved)
            add(QStringLiteral("saved"),
                QStringLiteral("%1 does not accept saved:<name>; only model_image of try-on does.")
                    .arg(p.name));
        else if (v.trimmed().size() <= 6)
            add(QStringLiteral("saved"),
                QStringLiteral("%1 names no saved model after saved:.").arg(p.name));
        return;
    case ImageValueForm::HttpUrl: {
        const QUrl url(v.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            add(QStringLiteral("image_source"),
                QStringLiteral("%1 is not a valid URL.").arg(p.name));
        return;
    }
    case ImageValueForm::LocalFile:
        if (sources == ImageSources::WireOnly)
            add(QStringLiteral("image_source"),
                QStringLiteral("%1 must be an image URL or a data:image/<format>;base64, URI.")
                    .arg(p.name));
        return;
    case ImageValueForm::Other:
        add(QStringLiteral("image_source"),
            QStringLiteral("%1 must be an http(s) URL, a data URI%2%3.")
                .arg(p.name, p.acceptsSaved ? QStringLiteral(", saved:<name>") : QString(),
                     sources == ImageSources::LocalFilesAllowed ? QStringLiteral(" or a file")
                                                                : QString()));
        return;
    }
}

} // namespace

QList<ValidationIssue> validate(const ModelSpec &model, const QJsonObject &values,
                                ImageSources sources)
{
    QList<ValidationIssue> issues;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!model.input(it.key()))
            issues.append(
                {it.key(),
                 QStringLiteral("unknown"),
                 QStringLiteral("%1 is not a parameter of %2.").arg(it.key(), model.name()),
                 {model.name()}});
    }
    for (const ParamSpec &p : model.inputs()) {
        const QJsonValue v = values.value(p.name);
        if (v.isUndefined() || v.isNull()) {
            if (p.required)
                issues.append({p.name,
                               QStringLiteral("required"),
                               QStringLiteral("%1 is required by %2.").arg(p.name, model.name()),
                               {model.name()}});
            continue;
        }
        auto add = [&](const QString &rule, const QString &msg, const QStringList &args = {}) {
            issues.append({p.name, rule, msg, args});
        };
        const QStringList kind{paramKindName(p.kind)};
        switch (p.kind) {
        case ParamKind::Image:
            if (!v.isString())
                add(QStringLiteral("type"),
                    QStringLiteral("%1 must be a string (URL or data URI).").arg(p.name), kind);
            else
                checkImage(p, v.toString(), sources, &issues);
            break;
        case ParamKind::Enum:
            if (!v.isString() || !p.values.contains(v.toString()))
                add(QStringLiteral("enum"),
                    QStringLiteral("%1 must be one of %2.")
                        .arg(p.name, p.values.join(QLatin1String(", "))),
                    p.values);
            break;
        case ParamKind::Integer: {
            const double d = v.toDouble();
            if (!v.isDouble() || std::floor(d) != d) {
                add(QStringLiteral("type"),
                    QStringLiteral("%1 must be a whole number.").arg(p.name), kind);
                break;
            }
            if ((p.minimum && d < double(*p.minimum)) || (p.maximum && d > double(*p.maximum)))
                add(QStringLiteral("range"),
                    QStringLiteral("%1 must be between %2 and %3.")
                        .arg(p.name)
                        .arg(p.minimum.value_or(0))
                        .arg(p.maximum.value_or(0)),
                    {QString::number(p.minimum.value_or(0)),
                     QString::number(p.maximum.value_or(0))});
            break;
        }
        case ParamKind::Boolean:
            if (!v.isBool())
                add(QStringLiteral("type"), QStringLiteral("%1 must be true or false.").arg(p.name),
                    kind);
            break;
        case ParamKind::Text:
            if (!v.isString())
                add(QStringLiteral("type"), QStringLiteral("%1 must be text.").arg(p.name), kind);
            else if (p.maxLength > 0 && v.toString().size() > p.maxLength)
                add(QStringLiteral("length"),
                    QStringLiteral("%1 is longer than %2 characters.").arg(p.name).arg(p.maxLength),
                    {QString::number(p.maxLength)});
            break;
        }
        for (const QString &other : p.excludes) {
            if (isSet(values, other))
                add(QStringLiteral("excludes"),
                    QStringLiteral("%1 cannot be combined with %2.").arg(p.name, other), {other});
        }
    }
    return issues;
}

QString joinIssues(const QList<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &i : issues)
        lines << i.message;
    return lines.join(QLatin1Char(' '));
}

QJsonValue parseParamText(const ParamSpec &spec, const QString &text, QString *error)
{
    const QString t = text.trimmed();
    switch (spec.kind) {
    case ParamKind::Image:
    case ParamKind::Text:
        return text;
    case ParamKind::Enum:
        if (!spec.values.contains(t)) {
            *error = QStringLiteral("%1 must be one of %2, not \"%3\".")
                         .arg(spec.name, spec.values.join(QLatin1String(", ")), t);
            return QJsonValue(QJsonValue::Undefined);
        }
        return t;
    case ParamKind::Integer: {
        bool ok = false;
        const qlonglong n = t.toLongLong(&ok);
        if (!ok) {
            *error = QStringLiteral("%1 must be a whole number, not \"%2\".").arg(spec.name, t);
            return QJsonValue(QJsonValue::Undefined);
        }
        return QJsonValue(double(n));
    }
    case ParamKind::Boolean: {
        const QString l = t.toLower();
        if (l == QLatin1String("true") || l == QLatin1String("1") || l == QLatin1String("yes") ||
            l == QLatin1String("on"))
            return true;
        if (l == QLatin1String("false") || l == QLatin1String("0") || l == QLatin1String("no") ||
            l == QLatin1String("off"))
            return false;
        *error = QStringLiteral("%1 must be true or false, not \"%2\".").arg(spec.name, t);
        return QJsonValue(QJsonValue::Undefined);
    }
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace fr

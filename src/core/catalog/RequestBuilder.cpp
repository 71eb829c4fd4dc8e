#include "RequestBuilder.h"

#include <QJsonDocument>
#include <QUuid>

namespace fr {

QJsonObject buildRequestBody(const ModelSpec &model, const QJsonObject &values)
{
    QJsonObject inputs;
    // Catalog order keeps bodies stable for golden files and diffs.
    for (const ParamSpec &p : model.inputs()) {
        const QJsonValue v = values.value(p.name);
        if (v.isUndefined() || v.isNull())
            continue;
        inputs.insert(p.name, v);
    }
    if (model.requestShape() == RequestShape::Flat)
        return inputs;
    return QJsonObject{{QStringLiteral("model_name"), model.name()},
                       {QStringLiteral("inputs"), inputs}};
}

QByteArray encodeRequestBody(const ModelSpec &model, const QJsonObject &values,
                             const QHash<QString, QByteArray> &inlineImages)
{
    if (inlineImages.isEmpty())
        return QJsonDocument(buildRequestBody(model, values)).toJson(QJsonDocument::Compact);
    // A random token per body stands in for each image: no user text can contain it, so the
    // splice below cannot hit a prompt.
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject withTokens = values;
    for (auto it = inlineImages.cbegin(); it != inlineImages.cend(); ++it)
        withTokens.insert(it.key(), token + QLatin1Char(':') + it.key());
    const QByteArray json =
        QJsonDocument(buildRequestBody(model, withTokens)).toJson(QJsonDocument::Compact);
    qsizetype extra = 0;
    for (const QByteArray &uri : inlineImages)
        extra += uri.size();
    QByteArray out;
    out.reserve(json.size() + extra);
    qsizetype from = 0;
    const QByteArray prefix = '"' + token.toLatin1() + ':';
    for (;;) {
        const qsizetype at = json.indexOf(prefix, from);
        if (at < 0)
            break;
        const qsizetype nameStart = at + prefix.size();
        const qsizetype end = json.indexOf('"', nameStart);
        if (end < 0)
            break;
        const QString param = QString::fromUtf8(json.mid(nameStart, end - nameStart));
        out.append(json.constData() + from, at - from);
        out.append('"');
        out.append(inlineImages.value(param));
        out.append('"');
        from = end + 1;
    }
    out.append(json.constData() + from, json.size() - from);
    return out;
}

QString modelNameOfBody(const QJsonObject &body, QJsonObject *values)
{
    if (body.contains(QLatin1String("model_name"))) {
        *values = body.value(QLatin1String("inputs")).toObject();
        return body.value(QLatin1String("model_name")).toString();
    }
    // The flat body of seed 004 has the try-on fields at top level and no model name.
    *values = body;
    return body.isEmpty() ? QString() : QStringLiteral("tryon-legacy");
}

} // namespace fr

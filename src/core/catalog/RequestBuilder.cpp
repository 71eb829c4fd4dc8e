#include "RequestBuilder.h"

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

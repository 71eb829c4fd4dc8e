#pragma once

#include "ModelSpec.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

namespace fr {

// The JSON body of POST /v1/run: {"model_name", "inputs"} or, for the flat shape, the inputs at
// top level. Only parameters present in values are sent; "not set" is never sent as a default.
// Image values must already be wire-ready (URL, data URI or saved:<name>).
QJsonObject buildRequestBody(const ModelSpec &model, const QJsonObject &values);

// The same body as compact JSON bytes, with the images of inlineImages (parameter -> the whole
// data URI, ASCII) spliced in as raw bytes. Megabytes of base64 never pass through QString or
// the JSON writer's escaping, so a body of four large inputs is built in milliseconds; it is
// still meant for a worker thread.
QByteArray encodeRequestBody(const ModelSpec &model, const QJsonObject &values,
                             const QHash<QString, QByteArray> &inlineImages);

// The reverse, used by the sandbox: finds the model of a body and its input values.
// Returns the model name ("" when none fits) and fills *values.
QString modelNameOfBody(const QJsonObject &body, QJsonObject *values);

} // namespace fr

#pragma once

#include "ModelSpec.h"

#include <QJsonObject>

namespace fr {

// The JSON body of POST /v1/run: {"model_name", "inputs"} or, for the flat shape, the inputs at
// top level. Only parameters present in values are sent; "not set" is never sent as a default.
// Image values must already be wire-ready (URL, data URI or saved:<name>).
QJsonObject buildRequestBody(const ModelSpec &model, const QJsonObject &values);

// The reverse, used by the sandbox: finds the model of a body and its input values.
// Returns the model name ("" when none fits) and fills *values.
QString modelNameOfBody(const QJsonObject &body, QJsonObject *values);

} // namespace fr

#pragma once

#include "ModelSpec.h"

#include <QJsonObject>
#include <QMap>
#include <QSize>
#include <QString>

namespace fr {

// The aspect ratio a request asks for: the explicit value, else the ratio of the most specific
// image given (inheritance rule), snapped to the nearest supported ratio. Empty when unknown.
QString effectiveAspectRatio(const ModelSpec &model, const QJsonObject &values,
                             const QMap<QString, QSize> &imageSizes);

// Pixel size of each output image, given the decoded sizes of the image inputs.
QSize outputPixelSize(const ModelSpec &model, const QJsonObject &values,
                      const QMap<QString, QSize> &imageSizes);

} // namespace fr

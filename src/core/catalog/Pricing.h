#pragma once

#include "ModelSpec.h"

#include <QJsonObject>
#include <QString>

namespace fr {

struct PriceBreakdown
{
    int perImageBase = 0;   // credits per output image from the table or the flat price
    int perImageExtras = 0; // e.g. +3 with face_reference
    int images = 1;
    int total = 0;
    QString billedRow; // the table row used, e.g. "fast" when generation_mode was omitted at 1k
    bool automatic = false; // the row came from the automatic-mode rule
    bool known = true;      // false when no table cell applies to these values
};

PriceBreakdown estimatePrice(const ModelSpec &model, const QJsonObject &values);

// Expected processing time of a request in seconds, from the catalog's timing table.
double expectedDurationSeconds(const ModelSpec &model, const QJsonObject &values);

} // namespace fr

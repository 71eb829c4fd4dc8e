#include "Pricing.h"

#include <cmath>

namespace fr {

PriceBreakdown estimatePrice(const ModelSpec &model, const QJsonObject &values)
{
    PriceBreakdown price;
    const PricingRules &rules = model.pricing();
    price.images = model.imageCount(values);
    if (rules.table.isEmpty()) {
        price.perImageBase = rules.perImage;
    } else {
        const QJsonValue row = values.value(rules.table.rowParam);
        price.automatic = row.isUndefined() || row.isNull();
        const auto cell = model.lookup(rules.table, values);
        price.known = cell.has_value();
        price.perImageBase = cell ? int(std::lround(*cell)) : 0;
        if (price.automatic) {
            const QString column = model.effectiveValue(values, rules.table.columnParam).toString();
            price.billedRow = rules.table.omittedRow.value(column).toString(
                rules.table.omittedRow.value(QLatin1String("*")).toString());
        } else {
            price.billedRow = row.toString();
        }
    }
    for (const PriceExtra &extra : rules.extras) {
        const QJsonValue v = values.value(extra.ifSet);
        if (!v.isUndefined() && !v.isNull())
            price.perImageExtras += extra.perImage;
    }
    price.total = (price.perImageBase + price.perImageExtras) * price.images;
    return price;
}

double expectedDurationSeconds(const ModelSpec &model, const QJsonObject &values)
{
    const TimingRules &timing = model.timing();
    const double base = model.lookup(timing.table, values).value_or(timing.seconds);
    const int images = model.imageCount(values);
    return base * (1.0 + timing.perExtraImage * (images - 1));
}

} // namespace fr

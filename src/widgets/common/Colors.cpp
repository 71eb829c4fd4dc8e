#include "Colors.h"

#include <QtGlobal>

namespace fr {

QColor mix(const QColor &a, const QColor &b, double amountOfB)
{
    const double k = qBound(0.0, amountOfB, 1.0);
    return QColor::fromRgbF(float(a.redF() * (1 - k) + b.redF() * k),
                            float(a.greenF() * (1 - k) + b.greenF() * k),
                            float(a.blueF() * (1 - k) + b.blueF() * k));
}

} // namespace fr

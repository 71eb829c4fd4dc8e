#pragma once

#include <QColor>

namespace fr {

// a blended towards b by amountOfB (0: a, 1: b), opaque. The studio derives its quiet tones
// (card fills, borders, muted text) from the palette this way, so light and dark both work.
QColor mix(const QColor &a, const QColor &b, double amountOfB);

} // namespace fr

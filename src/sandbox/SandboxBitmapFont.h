#pragma once

#include <QColor>
#include <QPoint>
#include <QSize>
#include <QString>

class QPainter;

namespace fr {

// A 5x7 pixel font painted as rectangles: a QCoreApplication has no font database, so the
// sandbox cannot use QPainter::drawText. Covers A-Z, 0-9, space, '-', ':' and '#'; other
// characters are drawn as a filled box.
class SandboxBitmapFont
{
public:
    static constexpr int kGlyphWidth = 5;
    static constexpr int kGlyphHeight = 7;

    static QSize measure(const QString &text, int pixel);
    static void draw(QPainter &painter, QPoint topLeft, const QString &text, int pixel,
                     const QColor &color);
    // The rows of one glyph, bit 4 = leftmost column.
    static const unsigned char *glyph(QChar c);
};

} // namespace fr

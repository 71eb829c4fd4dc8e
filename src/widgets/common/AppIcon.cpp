#include "AppIcon.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace fr {

namespace {
QPixmap paintIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 256.0, size / 256.0);
    QLinearGradient bg(0, 12, 0, 244);
    bg.setColorAt(0, QColor(0x3b, 0x4a, 0x6b));
    bg.setColorAt(1, QColor(0x1f, 0x27, 0x38));
    p.setPen(Qt::NoPen);
    p.setBrush(bg);
    p.drawRoundedRect(QRectF(12, 12, 232, 232), 48, 48);

    QPen pen(QColor(0xf4, 0xef, 0xe6), 10, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    QPainterPath hook;
    hook.moveTo(106, 78);
    hook.cubicTo(106, 66, 115, 58, 128, 58);
    hook.cubicTo(140, 58, 150, 66, 150, 79);
    hook.cubicTo(150, 90, 142, 95, 136, 98);
    hook.cubicTo(131, 100, 128, 104, 128, 109);
    p.drawPath(hook);
    QPainterPath shoulders;
    shoulders.moveTo(128, 106);
    shoulders.lineTo(48, 160);
    shoulders.quadTo(42, 176, 54, 176);
    shoulders.lineTo(202, 176);
    shoulders.quadTo(214, 176, 208, 160);
    shoulders.closeSubpath();
    p.drawPath(shoulders);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xe0, 0x8a, 0x5b));
    p.drawPolygon(
        QPolygonF({QPointF(84, 184), QPointF(172, 184), QPointF(166, 220), QPointF(90, 220)}));
    return pixmap;
}
} // namespace

QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(paintIcon(size));
    return icon;
}

} // namespace fr

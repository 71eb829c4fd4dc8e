#include "ComposerStyle.h"

#include <QLabel>
#include <QPainter>
#include <QPainterPath>

#include <functional>

namespace fr::composer {

namespace {
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}
} // namespace

QColor mutedText(const QPalette &palette)
{
    return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.42);
}

// Errors need a hue the palette does not carry; it is tinted towards the text colour so it keeps
// the theme's contrast on dark and light windows.
QColor errorText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x25, 0x1d);
}

QColor warningText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf0, 0xc0, 0x60) : QColor(0x9a, 0x5b, 0x00);
}

QColor cardFill(const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), palette.color(QPalette::Base), 0.55);
}

QColor cardBorder(const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.16);
}

void makeCaption(QLabel *label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.88);
    label->setFont(font);
    QPalette palette = label->palette();
    const QColor muted = mutedText(palette);
    palette.setColor(QPalette::Active, QPalette::WindowText, muted);
    palette.setColor(QPalette::Inactive, QPalette::WindowText, muted);
    palette.setColor(QPalette::Disabled, QPalette::WindowText,
                     mix(muted, palette.color(QPalette::Window), 0.45));
    label->setPalette(palette);
}

void makeError(QLabel *label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.88);
    label->setFont(font);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, errorText(palette));
    label->setPalette(palette);
    label->setWordWrap(true);
}

void makeSectionTitle(QLabel *label)
{
    QFont font = label->font();
    font.setBold(true);
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 106);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    label->setFont(font);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, mutedText(palette));
    label->setPalette(palette);
}

namespace {

QIcon drawn(const QPalette &palette, const std::function<void(QPainter &, const QColor &)> &draw)
{
    QIcon icon;
    for (const auto &[mode, role] : {std::pair{QIcon::Normal, QPalette::Active},
                                     std::pair{QIcon::Disabled, QPalette::Disabled}}) {
        QColor color = palette.color(role, QPalette::ButtonText);
        if (mode == QIcon::Disabled)
            color = mix(color, palette.color(QPalette::Button), 0.5);
        for (int size : {16, 32}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(size / 16.0, size / 16.0);
            draw(painter, color);
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

} // namespace

QIcon lockIcon(const QPalette &palette)
{
    // One icon, two states: the shackle is closed when the button is checked (On).
    QIcon icon;
    for (bool locked : {false, true}) {
        const QIcon part = drawn(palette, [locked](QPainter &p, const QColor &c) {
            p.setPen(QPen(c, 1.6));
            p.setBrush(Qt::NoBrush);
            QPainterPath shackle;
            shackle.moveTo(5, 7.5);
            shackle.lineTo(5, 5);
            shackle.arcTo(5, 1.8, 6, 6, 180, -180);
            shackle.lineTo(11, locked ? 7.5 : 5.5);
            if (!locked)
                shackle.translate(0, -1.6);
            p.drawPath(shackle);
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawRoundedRect(QRectF(3, 7.5, 10, 7), 1.5, 1.5);
        });
        for (int size : {16, 32}) {
            icon.addPixmap(part.pixmap(size, QIcon::Normal), QIcon::Normal,
                           locked ? QIcon::On : QIcon::Off);
            icon.addPixmap(part.pixmap(size, QIcon::Disabled), QIcon::Disabled,
                           locked ? QIcon::On : QIcon::Off);
        }
    }
    return icon;
}

QIcon diceIcon(const QPalette &palette)
{
    return drawn(palette, [](QPainter &p, const QColor &c) {
        p.setPen(QPen(c, 1.4));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(2, 2, 12, 12), 2.5, 2.5);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        for (const QPointF &dot : {QPointF(5.2, 5.2), QPointF(10.8, 5.2), QPointF(8, 8),
                                   QPointF(5.2, 10.8), QPointF(10.8, 10.8)})
            p.drawEllipse(dot, 1.15, 1.15);
    });
}

QIcon clearIcon(const QPalette &palette)
{
    return drawn(palette, [](QPainter &p, const QColor &c) {
        p.setPen(QPen(c, 1.6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(4.5, 4.5), QPointF(11.5, 11.5));
        p.drawLine(QPointF(11.5, 4.5), QPointF(4.5, 11.5));
    });
}

} // namespace fr::composer

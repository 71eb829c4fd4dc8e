#include "SlimScrollBarStyle.h"

#include "Colors.h"

#include <QAbstractScrollArea>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionSlider>

#include <algorithm>

namespace fr {

namespace {

constexpr int kExtent = 12;    // the bar's thickness
constexpr int kThumbInset = 3; // space between the thumb and the track's long edges
constexpr int kMinThumb = 32;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// The thumb's rectangle along the full length of the track (no arrow buttons).
QRect thumbRect(const QStyleOptionSlider *bar)
{
    const bool horizontal = bar->orientation == Qt::Horizontal;
    const QRect track = bar->rect;
    const int length = horizontal ? track.width() : track.height();
    const int range = bar->maximum - bar->minimum;
    int thumb = length;
    if (range > 0) {
        const qint64 total = qint64(range) + bar->pageStep;
        thumb = int(qint64(length) * bar->pageStep / std::max<qint64>(total, 1));
        thumb = std::clamp(thumb, std::min(kMinThumb, length), length);
    }
    const int start = QStyle::sliderPositionFromValue(
        bar->minimum, bar->maximum, bar->sliderPosition, length - thumb, bar->upsideDown);
    return horizontal ? QRect(track.left() + start, track.top(), thumb, track.height())
                      : QRect(track.left(), track.top() + start, track.width(), thumb);
}

} // namespace

SlimScrollBarStyle::SlimScrollBarStyle(QObject *parent)
{
    // The base is a fresh instance of the application's style (QProxyStyle's default).
    setParent(parent);
}

void SlimScrollBarStyle::apply(QAbstractScrollArea *area)
{
    for (QScrollBar *bar : {area->verticalScrollBar(), area->horizontalScrollBar()})
        bar->setStyle(new SlimScrollBarStyle(bar));
}

void SlimScrollBarStyle::drawComplexControl(ComplexControl control,
                                            const QStyleOptionComplex *option, QPainter *painter,
                                            const QWidget *widget) const
{
    const auto *bar = qstyleoption_cast<const QStyleOptionSlider *>(option);
    if (control != CC_ScrollBar || !bar) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    const QPalette &pal = bar->palette;
    const bool dark = isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const bool hovered = bar->state & State_MouseOver;
    const bool pressed =
        (bar->activeSubControls & SC_ScrollBarSlider) && (bar->state & State_Sunken);

    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(bar->rect, mix(base, text, hovered ? 0.06 : 0.03));
    if (bar->maximum > bar->minimum && (bar->state & State_Enabled)) {
        qreal t = dark ? 0.32 : 0.28;
        if (hovered)
            t += 0.12;
        if (pressed)
            t += 0.12;
        const QColor thumbColor = mix(base, text, t);
        const bool horizontal = bar->orientation == Qt::Horizontal;
        const int inset = hovered ? kThumbInset - 1 : kThumbInset;
        const QRect thumb =
            thumbRect(bar).adjusted(horizontal ? 1 : inset, horizontal ? inset : 1,
                                    horizontal ? -1 : -inset, horizontal ? -inset : -1);
        const int thickness = horizontal ? thumb.height() : thumb.width();
        const int radius = thickness / 2;
        // The straight middle is a plain opaque fill; only the round ends are antialiased.
        const QRect middle = horizontal ? thumb.adjusted(radius, 0, -radius, 0)
                                        : thumb.adjusted(0, radius, 0, -radius);
        painter->fillRect(middle, thumbColor);
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(Qt::NoPen);
        painter->setBrush(thumbColor);
        const QSizeF cap(thickness, thickness);
        const QRectF first(thumb.topLeft(), cap);
        const QRectF last =
            horizontal ? QRectF(QPointF(thumb.right() + 1 - thickness, thumb.top()), cap)
                       : QRectF(QPointF(thumb.left(), thumb.bottom() + 1 - thickness), cap);
        painter->drawEllipse(first);
        painter->drawEllipse(last);
    }
    painter->restore();
}

QRect SlimScrollBarStyle::subControlRect(ComplexControl control, const QStyleOptionComplex *option,
                                         SubControl sub, const QWidget *widget) const
{
    const auto *bar = qstyleoption_cast<const QStyleOptionSlider *>(option);
    if (control != CC_ScrollBar || !bar)
        return QProxyStyle::subControlRect(control, option, sub, widget);
    const bool horizontal = bar->orientation == Qt::Horizontal;
    const QRect thumb = thumbRect(bar);
    switch (sub) {
    case SC_ScrollBarSlider:
        return thumb;
    case SC_ScrollBarGroove:
        return bar->rect;
    case SC_ScrollBarSubPage:
        return horizontal ? QRect(bar->rect.topLeft(), QPoint(thumb.left() - 1, bar->rect.bottom()))
                          : QRect(bar->rect.topLeft(), QPoint(bar->rect.right(), thumb.top() - 1));
    case SC_ScrollBarAddPage:
        return horizontal
                   ? QRect(QPoint(thumb.right() + 1, bar->rect.top()), bar->rect.bottomRight())
                   : QRect(QPoint(bar->rect.left(), thumb.bottom() + 1), bar->rect.bottomRight());
    default: // no arrow buttons, no first/last
        return {};
    }
}

QStyle::SubControl SlimScrollBarStyle::hitTestComplexControl(ComplexControl control,
                                                             const QStyleOptionComplex *option,
                                                             const QPoint &pos,
                                                             const QWidget *widget) const
{
    if (control != CC_ScrollBar || !qstyleoption_cast<const QStyleOptionSlider *>(option))
        return QProxyStyle::hitTestComplexControl(control, option, pos, widget);
    for (SubControl sub : {SC_ScrollBarSlider, SC_ScrollBarSubPage, SC_ScrollBarAddPage}) {
        if (subControlRect(control, option, sub, widget).contains(pos))
            return sub;
    }
    return SC_None;
}

int SlimScrollBarStyle::pixelMetric(PixelMetric metric, const QStyleOption *option,
                                    const QWidget *widget) const
{
    switch (metric) {
    case PM_ScrollBarExtent:
        return kExtent;
    case PM_ScrollBarSliderMin:
        return kMinThumb;
    default:
        return QProxyStyle::pixelMetric(metric, option, widget);
    }
}

int SlimScrollBarStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                                  QStyleHintReturn *returnData) const
{
    // A click in the track jumps a page (as before); a middle click moves the thumb there.
    if (hint == SH_ScrollBar_MiddleClickAbsolutePosition)
        return 1;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

} // namespace fr

#pragma once

#include <QProxyStyle>

class QAbstractScrollArea;

namespace fr {

// A slim, flat scroll bar for the big scrolling walls (the gallery). Besides the look (no arrow
// buttons, a rounded thumb in a quiet track), it exists for speed: the stock style paints the
// track with a gradient and outlines, which Qt 6.4's raster engine splits across the global
// thread pool and waits for inside the paint, on every scroll step. Here the track and the thumb
// are opaque rectangle fills, which the engine writes directly; only the thumb's small round
// ends are antialiased.
//
// Set it on a scroll bar with QWidget::setStyle() and make the scroll bar its parent, so it lives
// as long as the bar; everything else follows the application style.
class SlimScrollBarStyle : public QProxyStyle
{
    Q_OBJECT

public:
    explicit SlimScrollBarStyle(QObject *parent = nullptr);

    // Gives both of the area's scroll bars the slim look (each owns its style instance).
    static void apply(QAbstractScrollArea *area);

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;
    QRect subControlRect(ComplexControl control, const QStyleOptionComplex *option, SubControl sub,
                         const QWidget *widget = nullptr) const override;
    SubControl hitTestComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                     const QPoint &pos,
                                     const QWidget *widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
                  const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;
};

} // namespace fr

#include "SlotPreview.h"

#include "ComposerStyle.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>

namespace fr::composer {

SlotPreview::SlotPreview(QWidget *parent) : QWidget(parent)
{
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumHeight(110);
}

void SlotPreview::showEmpty(const QString &hint)
{
    m_mode = Mode::Empty;
    m_text = hint;
    m_detail.clear();
    m_thumbnail = {};
    m_scaled = {};
    update();
}

void SlotPreview::showBusy(const QString &text)
{
    m_mode = Mode::Busy;
    m_text = text;
    update();
}

void SlotPreview::showImage(const QImage &thumbnail)
{
    m_mode = Mode::Image;
    m_thumbnail = thumbnail;
    m_scaled = {};
    update();
}

void SlotPreview::showPlaceholder(Mode mode, const QString &headline, const QString &detail)
{
    m_mode = mode;
    m_text = headline;
    m_detail = detail;
    m_thumbnail = {};
    m_scaled = {};
    update();
}

void SlotPreview::setDropHighlight(bool on)
{
    if (m_highlight == on)
        return;
    m_highlight = on;
    update();
}

namespace {

// The slot's rounded shape, filled or outlined, at device resolution. Painted once per look and
// size and then blitted: antialiased fills of this size go through spans, which Qt 6.4 splits
// across its global thread pool and waits for inside the paint.
QPixmap shapePixmap(QSize size, qreal dpr, const QColor &fill, const QPen &pen)
{
    const QString key = QStringLiteral("fr-slot:%1x%2@%3:%4:%5:%6:%7")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(dpr)
                            .arg(fill.isValid() ? fill.rgba() : 0)
                            .arg(pen.style() == Qt::NoPen ? 0 : pen.color().rgba())
                            .arg(pen.widthF())
                            .arg(int(pen.style()));
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    pixmap = QPixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath shape;
    shape.addRoundedRect(QRectF(QPointF(0, 0), size).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    if (fill.isValid())
        p.fillPath(shape, fill);
    if (pen.style() != Qt::NoPen) {
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(shape);
    }
    p.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

} // namespace

void SlotPreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    // Everything below is blitted at device size; see shapePixmap().
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    const QPalette &pal = palette();
    const bool enabled = isEnabled();
    const qreal dpr = devicePixelRatioF();

    const QColor highlight = pal.color(QPalette::Highlight);
    QColor fill = mix(pal.color(QPalette::Base), pal.color(QPalette::Window), 0.35);
    if (m_highlight)
        fill = mix(fill, highlight, 0.12);
    p.drawPixmap(0, 0, shapePixmap(size(), dpr, fill, Qt::NoPen));

    if (m_mode == Mode::Image && !m_thumbnail.isNull()) {
        const QSize inner = (size() - QSize(8, 8)) * dpr;
        const QSize fitted = m_thumbnail.size().scaled(inner, Qt::KeepAspectRatio);
        // Whole device pixels, so the pixmap is copied rather than resampled.
        const QPoint topLeft((width() * dpr - fitted.width()) / 2,
                             (height() * dpr - fitted.height()) / 2);
        if (m_scaled.isNull() || m_scaled.size() != fitted || m_scaledAt != topLeft) {
            // Thumbnails arrive at most 360 px: scaling that here is cheap. The slot's rounded
            // corners are cut into the pixmap once, not clipped on every paint.
            QImage scaled =
                m_thumbnail.scaled(fitted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                    .convertToFormat(QImage::Format_ARGB32_Premultiplied);
            QImage rounded(scaled.size(), QImage::Format_ARGB32_Premultiplied);
            rounded.fill(Qt::transparent);
            QPainter r(&rounded);
            r.setRenderHint(QPainter::Antialiasing);
            QPainterPath shape;
            shape.addRoundedRect(QRectF(QPointF(0, 0), size() * dpr)
                                     .adjusted(0.5, 0.5, -0.5, -0.5)
                                     .translated(-topLeft),
                                 6 * dpr, 6 * dpr);
            r.setClipPath(shape);
            r.drawImage(0, 0, scaled);
            r.end();
            m_scaled = QPixmap::fromImage(rounded);
            m_scaled.setDevicePixelRatio(dpr);
            m_scaledAt = topLeft;
        }
        if (!enabled)
            p.setOpacity(0.35);
        p.drawPixmap(QPointF(topLeft) / dpr, m_scaled);
        p.setOpacity(1.0);
    } else {
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        const QColor textColor = enabled ? mutedText(pal) : mix(mutedText(pal), fill, 0.4);
        QRectF textBox = box.adjusted(14, 10, -14, -10);
        p.setPen(textColor);
        QFont font = this->font();
        if (m_mode == Mode::Link || m_mode == Mode::Saved) {
            QFont headline = font;
            headline.setBold(true);
            p.setFont(headline);
            p.setPen(enabled ? pal.color(QPalette::WindowText) : textColor);
            const QRectF top(textBox.left(), textBox.top(), textBox.width(),
                             textBox.height() / 2 - 2);
            p.drawText(top, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, m_text);
            font.setPointSizeF(font.pointSizeF() * 0.88);
            p.setFont(font);
            p.setPen(textColor);
            const QRectF bottom(textBox.left(), textBox.center().y() + 2, textBox.width(),
                                textBox.height() / 2 - 2);
            const QString elided =
                QFontMetrics(font).elidedText(m_detail, Qt::ElideMiddle, int(bottom.width()));
            p.drawText(bottom, Qt::AlignHCenter | Qt::AlignTop, elided);
        } else {
            font.setPointSizeF(font.pointSizeF() * 0.92);
            p.setFont(font);
            p.drawText(textBox, Qt::AlignCenter | Qt::TextWordWrap, m_text);
        }
    }

    QColor border = m_highlight ? highlight : cardBorder(pal);
    QPen pen(border, m_highlight ? 2.0 : 1.0);
    if (m_mode == Mode::Empty && !m_highlight) {
        pen.setStyle(Qt::DashLine);
        pen.setDashPattern({4, 3});
        pen.setColor(mix(pal.color(QPalette::Window), pal.color(QPalette::WindowText), 0.3));
    }
    p.drawPixmap(0, 0, shapePixmap(size(), dpr, QColor(), pen));
}

void SlotPreview::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()) &&
        onClicked)
        onClicked();
    QWidget::mouseReleaseEvent(event);
}

} // namespace fr::composer

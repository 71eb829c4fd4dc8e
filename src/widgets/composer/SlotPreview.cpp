#include "SlotPreview.h"

#include "ComposerStyle.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

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

void SlotPreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const bool enabled = isEnabled();
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath shape;
    shape.addRoundedRect(box, 6, 6);

    const QColor highlight = pal.color(QPalette::Highlight);
    QColor fill = mix(pal.color(QPalette::Base), pal.color(QPalette::Window), 0.35);
    if (m_highlight)
        fill = mix(fill, highlight, 0.12);
    p.fillPath(shape, fill);

    if (m_mode == Mode::Image && !m_thumbnail.isNull()) {
        const QSize inner = (rect().size() - QSize(8, 8)) * devicePixelRatioF();
        if (m_scaled.isNull() ||
            m_scaled.size() != m_thumbnail.size().scaled(inner, Qt::KeepAspectRatio)) {
            // Thumbnails arrive at most 360 px: scaling that here is cheap.
            m_scaled = QPixmap::fromImage(
                m_thumbnail.scaled(inner, Qt::KeepAspectRatio, Qt::SmoothTransformation));
            m_scaled.setDevicePixelRatio(devicePixelRatioF());
        }
        const QSizeF logical = QSizeF(m_scaled.size()) / m_scaled.devicePixelRatio();
        const QRectF target(QPointF(box.center().x() - logical.width() / 2,
                                    box.center().y() - logical.height() / 2),
                            logical);
        p.save();
        p.setClipPath(shape);
        if (!enabled)
            p.setOpacity(0.35);
        p.drawPixmap(target.topLeft(), m_scaled);
        p.restore();
    } else {
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
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(shape);
}

void SlotPreview::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()) &&
        onClicked)
        onClicked();
    QWidget::mouseReleaseEvent(event);
}

} // namespace fr::composer

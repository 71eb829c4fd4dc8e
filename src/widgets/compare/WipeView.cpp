#include "WipeView.h"

#include "core/images/WorkerPool.h"

#include <QFutureWatcher>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtConcurrent>

namespace fr {

namespace {

constexpr double kGrab = 8.0; // how close to the divider a press grabs it
constexpr double kHandleRadius = 15.0;

} // namespace

WipeView::WipeView(QWidget *parent) : ZoomView(parent) {}

WipeView::~WipeView() = default;

void WipeView::setImagePaths(const QString &left, const QString &right)
{
    setImagePath(left);
    m_rightPath = right;
    m_right = {};
    update();
    if (right.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<ImagePyramid>(this);
    connect(watcher, &QFutureWatcher<ImagePyramid>::finished, this, [this, watcher, right] {
        watcher->deleteLater();
        const ImagePyramid pyramid = watcher->result();
        if (right != m_rightPath)
            return; // replaced meanwhile
        m_right = pyramid;
        update();
        if (!pyramid.isNull())
            emit rightImageLoaded(pyramid.size());
    });
    watcher->setFuture(runInBackground([right] { return ImagePyramid::load(right); }));
}

void WipeView::setImages(const QImage &left, const QImage &right)
{
    m_rightPath.clear();
    m_right = ImagePyramid::fromImage(right);
    setImage(left);
}

void WipeView::setLabels(const QString &left, const QString &right)
{
    m_leftLabel = left;
    m_rightLabel = right;
    update();
}

void WipeView::setDivider(double fraction)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (qFuzzyCompare(fraction, m_divider))
        return;
    m_divider = fraction;
    update();
    emit dividerChanged(m_divider);
}

QRectF WipeView::rightImageRect() const
{
    // The right image covers the same spot of the picture as the left one, scaled so the
    // widths match: two renders of one composition at different resolutions line up.
    const QRectF left = viewTransform().imageRectInView();
    if (m_right.isNull() || left.isEmpty())
        return {};
    const double scale = left.width() / m_right.size().width();
    QRectF rect(QPointF(0, 0), QSizeF(m_right.size()) * scale);
    rect.moveCenter(left.center());
    return rect;
}

void WipeView::paintContent(QPainter &painter)
{
    const double x = dividerX();
    const QRectF leftClip(0, 0, x, height());
    const QRectF rightClip(x, 0, width() - x, height());
    pyramid().paint(painter, viewTransform().imageRectInView(), leftClip);
    if (!m_right.isNull()) {
        m_right.paint(painter, rightImageRect(), rightClip);
    } else {
        QColor dim = overlayTextColor();
        dim.setAlpha(110);
        painter.setPen(dim);
        painter.drawText(rightClip, Qt::AlignCenter,
                         m_rightPath.isEmpty() ? QString() : tr("Loading…"));
    }
    paintHandle(painter);
    if (!m_leftLabel.isEmpty())
        paintLabel(painter, m_leftLabel, true);
    if (!m_rightLabel.isEmpty())
        paintLabel(painter, m_rightLabel, false);
}

void WipeView::paintHandle(QPainter &painter) const
{
    const double x = std::round(dividerX()) + 0.5;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor line(255, 255, 255, m_hoverDivider || m_draggingDivider ? 235 : 190);
    // A dark hairline beside the light one keeps the divider visible over white garments.
    painter.setPen(QPen(QColor(0, 0, 0, 70), 3));
    painter.drawLine(QPointF(x, 0), QPointF(x, height()));
    painter.setPen(QPen(line, 1));
    painter.drawLine(QPointF(x, 0), QPointF(x, height()));

    const QPointF knob(x, height() / 2.0);
    painter.setPen(QPen(QColor(0, 0, 0, 60), 1));
    painter.setBrush(QColor(245, 245, 245, m_draggingDivider ? 255 : 235));
    painter.drawEllipse(knob, kHandleRadius, kHandleRadius);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(60, 60, 60));
    for (int side : {-1, 1}) {
        QPainterPath arrow;
        const double tip = knob.x() + side * 9.0;
        const double base = knob.x() + side * 4.0;
        arrow.moveTo(tip, knob.y());
        arrow.lineTo(base, knob.y() - 4.5);
        arrow.lineTo(base, knob.y() + 4.5);
        arrow.closeSubpath();
        painter.drawPath(arrow);
    }
    painter.restore();
}

void WipeView::paintLabel(QPainter &painter, const QString &text, bool left) const
{
    // Each label stays inside its own side and gives way when the divider comes close.
    const double room = (left ? dividerX() : width() - dividerX()) - 2 * 10 - 16 - kHandleRadius;
    if (room < 40)
        return;
    const QString shown = painter.fontMetrics().elidedText(text, Qt::ElideRight, int(room));
    paintChip(painter, shown, Qt::AlignTop | (left ? Qt::AlignLeft : Qt::AlignRight));
}

bool WipeView::nearDivider(const QPointF &pos) const
{
    return std::abs(pos.x() - dividerX()) <= kGrab ||
           QLineF(pos, QPointF(dividerX(), height() / 2.0)).length() <= kHandleRadius;
}

void WipeView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && contentReady() && nearDivider(event->position())) {
        setFocus(Qt::MouseFocusReason);
        m_draggingDivider = true;
        setCursor(Qt::SplitHCursor);
        update();
        event->accept();
        return;
    }
    ZoomView::mousePressEvent(event);
}

void WipeView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_draggingDivider) {
        setDivider(width() > 0 ? event->position().x() / width() : 0.5);
        event->accept();
        return;
    }
    const bool hover =
        (event->buttons() == Qt::NoButton) && contentReady() && nearDivider(event->position());
    if (hover != m_hoverDivider) {
        m_hoverDivider = hover;
        update();
    }
    if (hover)
        setCursor(Qt::SplitHCursor);
    else if (event->buttons() == Qt::NoButton)
        updateCursor();
    ZoomView::mouseMoveEvent(event);
}

void WipeView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_draggingDivider && event->button() == Qt::LeftButton) {
        m_draggingDivider = false;
        update();
        event->accept();
        return;
    }
    ZoomView::mouseReleaseEvent(event);
}

void WipeView::leaveEvent(QEvent *event)
{
    if (m_hoverDivider) {
        m_hoverDivider = false;
        update();
    }
    ZoomView::leaveEvent(event);
}

} // namespace fr

#include "ZoomView.h"

#include "core/images/WorkerPool.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>
#include <QWheelEvent>
#include <QtConcurrent>

#include <cmath>

namespace fr {

namespace {

// Current image and its two neighbours: enough to flip back and forth without waiting,
// without holding more than ~250 MB of 4k results.
constexpr int kCacheCapacity = 3;
// One wheel notch (120) zooms by about 20 %; touchpads send smaller deltas and get smoother steps.
constexpr double kWheelBase = 1.0015;
constexpr int kZoomChipMs = 1200;
// Fitted images float on the background instead of touching the pane's edges.
constexpr double kFitMargin = 12;

QString percentText(double scale)
{
    const double percent = scale * 100.0;
    return percent < 10 ? QString::number(percent, 'f', 1) + QStringLiteral(" %")
                        : QString::number(qRound(percent)) + QStringLiteral(" %");
}

} // namespace

ZoomView::ZoomView(QWidget *parent) : QWidget(parent), m_overlayTimer(new QTimer(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_transform.setFitMargin(kFitMargin);
    m_overlayTimer->setSingleShot(true);
    m_overlayTimer->setInterval(kZoomChipMs);
    connect(m_overlayTimer, &QTimer::timeout, this, [this] {
        m_showZoomChip = false;
        update();
    });
}

ZoomView::~ZoomView() = default;

void ZoomView::setImagePath(const QString &path)
{
    m_path = path;
    m_error.clear();
    for (const ImagePyramid &cached : std::as_const(m_cache)) {
        if (cached.path == path) {
            const ImagePyramid hit = cached;
            display(hit);
            return;
        }
    }
    m_pyramid = {};
    m_transform.setImageSize({});
    m_loading = !path.isEmpty();
    updateCursor();
    update();
    if (m_loading)
        startLoad(path);
}

void ZoomView::setImage(const QImage &image)
{
    m_path.clear();
    m_error.clear();
    display(ImagePyramid::fromImage(image));
}

void ZoomView::clear()
{
    setImagePath(QString());
}

void ZoomView::preload(const QStringList &paths)
{
    for (const QString &path : paths) {
        const bool cached = std::any_of(m_cache.cbegin(), m_cache.cend(),
                                        [&path](const ImagePyramid &p) { return p.path == path; });
        if (!path.isEmpty() && !cached)
            startLoad(path);
    }
}

void ZoomView::startLoad(const QString &path)
{
    if (m_pending.contains(path))
        return;
    m_pending.insert(path);
    // The worker sees only the path it was given; whether the result is still wanted is
    // decided here, on the UI thread, when it returns.
    auto *watcher = new QFutureWatcher<ImagePyramid>(this);
    connect(watcher, &QFutureWatcher<ImagePyramid>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_pending.remove(path);
        onLoaded(watcher->result());
    });
    watcher->setFuture(runInBackground([path] { return ImagePyramid::load(path); }));
}

void ZoomView::onLoaded(const ImagePyramid &pyramid)
{
    if (!pyramid.isNull())
        remember(pyramid);
    if (pyramid.path != m_path)
        return; // a neighbour preloaded, or the user moved on meanwhile
    if (pyramid.isNull()) {
        m_loading = false;
        m_error = pyramid.error.isEmpty() ? tr("The image could not be decoded.") : pyramid.error;
        updateCursor();
        update();
        emit loadFailed(m_path, m_error);
        return;
    }
    display(pyramid);
}

void ZoomView::display(const ImagePyramid &pyramid)
{
    m_pyramid = pyramid;
    m_loading = false;
    m_transform.setViewSize(size());
    m_transform.setImageSize(pyramid.size());
    updateCursor();
    update();
    emit imageLoaded(pyramid.size());
}

void ZoomView::remember(const ImagePyramid &pyramid)
{
    if (pyramid.path.isEmpty())
        return;
    m_cache.removeIf([&pyramid](const ImagePyramid &p) { return p.path == pyramid.path; });
    m_cache.append(pyramid);
    while (m_cache.size() > kCacheCapacity)
        m_cache.removeFirst();
}

void ZoomView::setView(double zoom, const QPointF &center)
{
    m_transform.setView(zoom, center);
    updateCursor();
    update();
}

void ZoomView::setFitView()
{
    m_transform.fit();
    updateCursor();
    update();
}

void ZoomView::fit()
{
    m_transform.fit();
    userChangedView();
}

void ZoomView::actualSize()
{
    m_transform.setScale(1.0);
    userChangedView();
}

void ZoomView::zoomIn()
{
    m_transform.setScale(m_transform.nextZoomIn());
    userChangedView();
}

void ZoomView::zoomOut()
{
    m_transform.setScale(m_transform.nextZoomOut());
    userChangedView();
}

void ZoomView::userChangedView()
{
    m_showZoomChip = true;
    m_overlayTimer->start();
    updateCursor();
    update();
    emit viewChanged(zoom(), center());
}

bool ZoomView::canPan() const
{
    if (!contentReady())
        return false;
    const QSizeF shown = m_transform.imageSize() * m_transform.scale();
    return shown.width() > width() + 0.5 || shown.height() > height() + 0.5;
}

void ZoomView::updateCursor()
{
    if (m_dragging)
        setCursor(Qt::ClosedHandCursor);
    else if (canPan())
        setCursor(Qt::OpenHandCursor);
    else
        unsetCursor();
}

void ZoomView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_transform.setViewSize(size());
    updateCursor();
}

void ZoomView::wheelEvent(QWheelEvent *event)
{
    if (!contentReady()) {
        event->ignore();
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        event->ignore();
        return;
    }
    m_transform.zoomAt(event->position(), m_transform.scale() * std::pow(kWheelBase, delta));
    userChangedView();
    event->accept();
}

void ZoomView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton && canPan()) {
        m_dragging = true;
        m_lastDragPos = event->position();
        updateCursor();
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void ZoomView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    const QPointF delta = event->position() - m_lastDragPos;
    m_lastDragPos = event->position();
    m_transform.panBy(delta);
    update();
    emit viewChanged(zoom(), center());
}

void ZoomView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        updateCursor();
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void ZoomView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !contentReady()) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    // Toggle between the overview and the pixels under the cursor, like every photo tool.
    if (m_transform.isFit() || std::abs(m_transform.scale() - 1.0) > 0.001)
        m_transform.zoomAt(event->position(), 1.0);
    else
        m_transform.fit();
    userChangedView();
}

void ZoomView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    case Qt::Key_0:
        fit();
        break;
    case Qt::Key_1:
        actualSize();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ZoomView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

QColor ZoomView::backgroundColor() const
{
    // The window's palette, not ours: panels darken the frames around their views, and the
    // image background must not darken with them.
    return neutralBackground(window()->palette());
}

QColor ZoomView::neutralBackground(const QPalette &palette)
{
    // A neutral grey that judges colours fairly: dark in both themes, a little lighter than a
    // dark window so the frame of the panel still reads.
    const int lightness = palette.color(QPalette::Window).lightness();
    const int grey = std::clamp(lightness / 4 + 18, 30, 52);
    return QColor(grey, grey, grey);
}

QColor ZoomView::overlayTextColor() const
{
    return QColor(230, 230, 230);
}

void ZoomView::paintChip(QPainter &painter, const QString &text, Qt::Alignment corner) const
{
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    painter.save();
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const int padX = 8;
    const int padY = 4;
    const QSize chip(metrics.horizontalAdvance(text) + 2 * padX, metrics.height() + 2 * padY);
    const int margin = 10;
    const int x = (corner & Qt::AlignRight) ? width() - chip.width() - margin : margin;
    const int y = (corner & Qt::AlignBottom) ? height() - chip.height() - margin : margin;
    const QRectF box(QPointF(x, y), chip);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(20, 20, 20, 190));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(overlayTextColor());
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

void ZoomView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(rect(), backgroundColor());
    if (hasError())
        paintError(painter);
    else if (!contentReady())
        paintPlaceholder(painter);
    else
        paintContent(painter);
    Q_UNUSED(event);

    if (m_showZoomChip && contentReady()) {
        const QString text = m_transform.isFit()
                                 ? tr("Fit · %1").arg(percentText(m_transform.scale()))
                                 : percentText(m_transform.scale());
        paintChip(painter, text, Qt::AlignBottom | Qt::AlignRight);
    }
}

void ZoomView::paintContent(QPainter &painter)
{
    m_pyramid.paint(painter, m_transform.imageRectInView(), QRectF(rect()));
}

void ZoomView::paintPlaceholder(QPainter &painter)
{
    if (!m_loading)
        return;
    QColor dim = overlayTextColor();
    dim.setAlpha(110);
    painter.setPen(dim);
    painter.drawText(rect(), Qt::AlignCenter, tr("Loading…"));
}

void ZoomView::paintError(QPainter &painter)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF middle = QRectF(rect()).center();
    const double radius = 16;
    QColor mark(226, 120, 110);
    painter.setPen(QPen(mark, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(QPointF(middle.x(), middle.y() - 40), radius, radius);
    painter.drawLine(QPointF(middle.x(), middle.y() - 48), QPointF(middle.x(), middle.y() - 38));
    painter.drawPoint(QPointF(middle.x(), middle.y() - 32));

    QFont title = painter.font();
    title.setBold(true);
    painter.setFont(title);
    painter.setPen(overlayTextColor());
    const QRectF lines(0, middle.y() - 12, width(), 22);
    painter.drawText(lines, Qt::AlignCenter, tr("Can't show this image"));

    painter.setFont(font());
    QColor dim = overlayTextColor();
    dim.setAlpha(150);
    painter.setPen(dim);
    const QString name = QFileInfo(m_path).fileName();
    const QFontMetrics metrics(font());
    const int room = std::max(40, width() - 40);
    painter.drawText(lines.translated(0, 24), Qt::AlignCenter,
                     metrics.elidedText(name, Qt::ElideMiddle, room));
    painter.drawText(lines.translated(0, 44), Qt::AlignCenter,
                     metrics.elidedText(m_error, Qt::ElideRight, room));
    painter.restore();
}

} // namespace fr

#include "ViewTransform.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace fr {

namespace {

// Photo-tool presets: the common fractions below 100 % and whole multiples above it.
constexpr std::array<double, 17> kLadder{0.0625, 0.0833, 0.125, 0.1667, 0.25, 0.3333,
                                         0.5,    0.6667, 1.0,   1.5,    2.0,  3.0,
                                         4.0,    6.0,    8.0,   12.0,   16.0};

// Scales within this ratio count as equal, so a preset reached by wheel is not skipped.
constexpr double kSameScale = 1.001;

} // namespace

ViewTransform::ViewTransform(const QSizeF &imageSize, const QSizeF &viewSize)
    : m_image(imageSize), m_view(viewSize)
{
    fit();
}

void ViewTransform::setImageSize(const QSizeF &size)
{
    m_image = size;
    fit();
}

void ViewTransform::setViewSize(const QSizeF &size)
{
    m_view = size;
    if (m_fit) {
        fit();
        return;
    }
    m_scale = clampScale(m_scale);
    clampCenter();
}

bool ViewTransform::isEmpty() const
{
    return m_image.width() <= 0 || m_image.height() <= 0 || m_view.width() <= 0 ||
           m_view.height() <= 0;
}

void ViewTransform::setFitMargin(double margin)
{
    m_fitMargin = std::max(0.0, margin);
    if (m_fit)
        fit();
}

double ViewTransform::fitScale() const
{
    if (isEmpty())
        return 1.0;
    // A margin never eats more than a third of a small view.
    const double w = std::max(m_view.width() - 2 * m_fitMargin, m_view.width() * 2 / 3);
    const double h = std::max(m_view.height() - 2 * m_fitMargin, m_view.height() * 2 / 3);
    return std::min(w / m_image.width(), h / m_image.height());
}

double ViewTransform::minScale() const
{
    return std::min(fitScale(), 1.0);
}

double ViewTransform::clampScale(double scale) const
{
    if (!std::isfinite(scale) || scale <= 0)
        return minScale();
    return std::clamp(scale, minScale(), std::max(minScale(), kMaxScale));
}

QPointF ViewTransform::normalizedCenter() const
{
    if (m_image.width() <= 0 || m_image.height() <= 0)
        return {0.5, 0.5};
    return {m_center.x() / m_image.width(), m_center.y() / m_image.height()};
}

void ViewTransform::fit()
{
    m_fit = true;
    m_scale = fitScale();
    m_center = QPointF(m_image.width() / 2, m_image.height() / 2);
}

void ViewTransform::setScale(double scale)
{
    zoomAt(QPointF(m_view.width() / 2, m_view.height() / 2), scale);
}

void ViewTransform::zoomAt(const QPointF &viewPos, double scale)
{
    const QPointF anchor = mapToImage(viewPos);
    m_fit = false;
    m_scale = clampScale(scale);
    const QPointF fromCenter = viewPos - QPointF(m_view.width() / 2, m_view.height() / 2);
    m_center = anchor - fromCenter / m_scale;
    clampCenter();
}

void ViewTransform::panBy(const QPointF &viewDelta)
{
    m_fit = false;
    m_center -= viewDelta / m_scale;
    clampCenter();
}

void ViewTransform::setCenter(const QPointF &imagePoint)
{
    m_center = imagePoint;
    clampCenter();
}

void ViewTransform::setNormalizedCenter(const QPointF &normalized)
{
    setCenter(QPointF(normalized.x() * m_image.width(), normalized.y() * m_image.height()));
}

void ViewTransform::setView(double scale, const QPointF &normalizedCenter)
{
    m_fit = false;
    m_scale = clampScale(scale);
    setNormalizedCenter(normalizedCenter);
}

QPointF ViewTransform::mapToView(const QPointF &imagePoint) const
{
    return (imagePoint - m_center) * m_scale + QPointF(m_view.width() / 2, m_view.height() / 2);
}

QPointF ViewTransform::mapToImage(const QPointF &viewPoint) const
{
    return (viewPoint - QPointF(m_view.width() / 2, m_view.height() / 2)) / m_scale + m_center;
}

QRectF ViewTransform::imageRectInView() const
{
    return QRectF(mapToView(QPointF(0, 0)), m_image * m_scale);
}

QRectF ViewTransform::visibleImageRect() const
{
    if (isEmpty())
        return {};
    const QRectF all(QPointF(0, 0), m_image);
    return QRectF(mapToImage(QPointF(0, 0)), m_view / m_scale).intersected(all);
}

double ViewTransform::nextZoomIn() const
{
    for (double step : kLadder) {
        if (step > m_scale * kSameScale)
            return clampScale(step);
    }
    return clampScale(kMaxScale);
}

double ViewTransform::nextZoomOut() const
{
    for (auto it = kLadder.rbegin(); it != kLadder.rend(); ++it) {
        if (*it * kSameScale < m_scale)
            return clampScale(*it);
    }
    return minScale();
}

void ViewTransform::clampCenter()
{
    // Per axis: a dimension wider than the view may not show empty space past its edges;
    // a narrower one sits in the middle, like every photo tool does.
    const auto clampAxis = [this](double center, double image, double view) {
        const double half = view / (2 * m_scale);
        if (image * m_scale <= view)
            return image / 2;
        return std::clamp(center, half, image - half);
    };
    m_center = QPointF(clampAxis(m_center.x(), m_image.width(), m_view.width()),
                       clampAxis(m_center.y(), m_image.height(), m_view.height()));
}

} // namespace fr

#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace fr {

// The geometry of looking at one image through one view: a scale (1.0 = 100 %, one image
// pixel per device-independent pixel) and the image point shown at the view's centre.
// A plain value with no Qt widget in sight, so zoom and pan rules are tested by tables and
// shared by ZoomView and WipeView instead of being written twice.
//
// Rules: the image never drifts out of view (a dimension larger than the view is clamped
// to its edges, a smaller one is centred); the scale stays between the smaller of fit and
// 100 % and kMaxScale. Fit mode is sticky: a resized view refits until the user zooms or pans.
class ViewTransform
{
public:
    static constexpr double kMaxScale = 16.0;

    ViewTransform() = default;
    ViewTransform(const QSizeF &imageSize, const QSizeF &viewSize);

    QSizeF imageSize() const { return m_image; }
    QSizeF viewSize() const { return m_view; }
    void setImageSize(const QSizeF &size); // resets to fit
    void setViewSize(const QSizeF &size);
    bool isEmpty() const;
    // Room left around a fitted image, in view pixels, so it does not touch the frame.
    void setFitMargin(double margin);
    double fitMargin() const { return m_fitMargin; }

    double scale() const { return m_scale; }
    bool isFit() const { return m_fit; }
    double fitScale() const;
    double minScale() const;
    double maxScale() const { return kMaxScale; }
    double clampScale(double scale) const;

    // The image point at the view's centre, in pixels and normalised to 0..1 of the size.
    QPointF center() const { return m_center; }
    QPointF normalizedCenter() const;

    void fit();
    void setScale(double scale); // about the view's centre
    // Keeps the image point under viewPos under viewPos (as far as clamping allows).
    void zoomAt(const QPointF &viewPos, double scale);
    void panBy(const QPointF &viewDelta);
    void setCenter(const QPointF &imagePoint);
    void setNormalizedCenter(const QPointF &normalized);
    // What setView() of a widget does: an explicit scale and centre, leaving fit mode.
    void setView(double scale, const QPointF &normalizedCenter);

    QPointF mapToView(const QPointF &imagePoint) const;
    QPointF mapToImage(const QPointF &viewPoint) const;
    QRectF imageRectInView() const;
    // The part of the image the view shows, in image pixels.
    QRectF visibleImageRect() const;

    // Zoom ladder for buttons and keys: the next preset above / below the current scale.
    double nextZoomIn() const;
    double nextZoomOut() const;

    bool operator==(const ViewTransform &other) const = default;

private:
    void clampCenter();

    QSizeF m_image;
    QSizeF m_view;
    double m_scale = 1.0;
    QPointF m_center;
    bool m_fit = true;
    double m_fitMargin = 0;
};

} // namespace fr

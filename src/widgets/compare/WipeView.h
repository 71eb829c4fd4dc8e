#pragma once

#include "widgets/viewer/ZoomView.h"

namespace fr {

// Two results in one frame, split by a vertical divider the user drags across: left of it the
// first image, right of it the second, both under the same zoom and pan (ZoomView's, driven
// by the first image's geometry; the second is mapped onto the same normalised spot).
// Dragging near the divider moves it; dragging elsewhere pans, as in any ZoomView.
class WipeView : public ZoomView
{
    Q_OBJECT
public:
    explicit WipeView(QWidget *parent = nullptr);
    ~WipeView() override;

    void setImagePaths(const QString &left, const QString &right);
    void setImages(const QImage &left, const QImage &right);
    void setLabels(const QString &left, const QString &right);
    QString rightImagePath() const { return m_rightPath; }
    bool hasRightImage() const { return !m_right.isNull(); }

    // Divider position as a fraction of the width, 0..1.
    double divider() const { return m_divider; }
    void setDivider(double fraction);

signals:
    void dividerChanged(double fraction);
    void rightImageLoaded(const QSize &size);

protected:
    void paintContent(QPainter &painter) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    bool nearDivider(const QPointF &pos) const;
    double dividerX() const { return m_divider * width(); }
    QRectF rightImageRect() const;
    void paintHandle(QPainter &painter) const;
    void paintLabel(QPainter &painter, const QString &text, bool left) const;

    ImagePyramid m_right;
    QString m_rightPath;
    QString m_leftLabel;
    QString m_rightLabel;
    double m_divider = 0.5;
    bool m_draggingDivider = false;
    bool m_hoverDivider = false;
};

} // namespace fr

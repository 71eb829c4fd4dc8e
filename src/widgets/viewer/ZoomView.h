#pragma once

#include "ImagePyramid.h"
#include "ViewTransform.h"

#include <QHash>
#include <QImage>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QWidget>

class QTimer;

namespace fr {

// Shows one image the way a photo tool does: fitted by default, 100 % on double-click, zoom
// about the cursor with the wheel, pan by dragging, keys + - 0 1. Decoding runs in a worker
// (a 4k result takes a few hundred ms); until then a neutral placeholder is shown, and a file
// that cannot be read shows a clear message instead of an empty frame.
//
// zoom() is the scale (1.0 = 100 %); center() is the image point at the view's centre,
// normalised to 0..1 so views of images with different sizes can follow each other.
// viewChanged is emitted for user actions only; setView() is silent so views can be
// synchronised without loops.
class ZoomView : public QWidget
{
    Q_OBJECT
public:
    explicit ZoomView(QWidget *parent = nullptr);
    ~ZoomView() override;

    void setImagePath(const QString &path);
    void setImage(const QImage &image);
    void clear();
    // Decodes these files in the background so a later setImagePath() shows them at once.
    void preload(const QStringList &paths);

    QString imagePath() const { return m_path; }
    QSize imageSize() const { return m_pyramid.size(); }
    bool hasImage() const { return !m_pyramid.isNull(); }
    bool isLoading() const { return m_loading; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    double zoom() const { return m_transform.scale(); }
    QPointF center() const { return m_transform.normalizedCenter(); }
    bool isFit() const { return m_transform.isFit(); }
    double fitZoom() const { return m_transform.fitScale(); }
    const ViewTransform &viewTransform() const { return m_transform; }

    void setView(double zoom, const QPointF &center);
    // Like setView() but keeps following the view size, as after fit().
    void setFitView();

    // The user-facing commands (toolbar, keys); each emits viewChanged.
    void fit();
    void actualSize();
    void zoomIn();
    void zoomOut();

    // The neutral grey behind images for a palette; panels use it for frames around views.
    static QColor neutralBackground(const QPalette &palette);

    QSize sizeHint() const override { return {640, 480}; }
    QSize minimumSizeHint() const override { return {120, 90}; }

signals:
    void viewChanged(double zoom, const QPointF &center);
    void imageLoaded(const QSize &size);
    void loadFailed(const QString &path, const QString &error);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

    // What sits on the image area; WipeView paints two images here.
    virtual void paintContent(QPainter &painter);
    // False while the placeholder (or the error) should be painted instead of paintContent().
    virtual bool contentReady() const { return hasImage(); }
    QColor backgroundColor() const;
    QColor overlayTextColor() const;
    void paintChip(QPainter &painter, const QString &text, Qt::Alignment corner) const;
    const ImagePyramid &pyramid() const { return m_pyramid; }
    ViewTransform &transform() { return m_transform; }
    void userChangedView();
    void updateCursor();

private:
    void startLoad(const QString &path);
    void onLoaded(const ImagePyramid &pyramid);
    void display(const ImagePyramid &pyramid);
    void remember(const ImagePyramid &pyramid);
    void paintPlaceholder(QPainter &painter);
    void paintError(QPainter &painter);
    bool canPan() const;

    ViewTransform m_transform;
    ImagePyramid m_pyramid;
    QString m_path;
    QString m_error;
    bool m_loading = false;
    bool m_dragging = false;
    QPointF m_lastDragPos;

    // Recently decoded images (current + preloaded neighbours), most recent last.
    QList<ImagePyramid> m_cache;
    QSet<QString> m_pending;
    QTimer *m_overlayTimer = nullptr;
    bool m_showZoomChip = false;
};

} // namespace fr

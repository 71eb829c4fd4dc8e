#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>

class QPainter;

namespace fr {

// A decoded image plus halved copies down to thumbnail size, made once in a worker thread.
// Painting a 16 MP result scaled to a screen every frame would cost far more than 16 ms;
// drawing from the level just above the wanted scale keeps each paint to the view's own
// pixel count, and the levels were made with area averaging, so downscaled views stay crisp.
// QImage is painted directly (no QPixmap): on raster platforms fromImage() is one more full
// copy of 64 MB on the UI thread.
struct ImagePyramid
{
    QString path;
    QString error;        // empty when decoded
    QList<QImage> levels; // levels[0] is the full image, each next one half the size
    qint64 bytes = 0;

    bool isNull() const { return levels.isEmpty(); }
    QSize size() const { return levels.isEmpty() ? QSize() : levels.first().size(); }

    // Decodes the file (EXIF orientation applied) and builds the levels. Thread-safe and
    // blocking: call it from QtConcurrent::run, never on the UI thread.
    static ImagePyramid load(const QString &path);
    static ImagePyramid fromImage(const QImage &image, const QString &path = {});

    // Paints the part of the image that falls into `clip`, placed at `imageRect` (the whole
    // image's rectangle in painter coordinates at the current zoom). Smooth filtering when
    // scaling down or mildly up; nearest neighbour from 200 % on, for pixel peeping.
    void paint(QPainter &painter, const QRectF &imageRect, const QRectF &clip) const;
};

} // namespace fr

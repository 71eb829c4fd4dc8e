#include "ImagePyramid.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>

#include <cmath>

namespace fr {

namespace {

// Below this long edge another level would not make painting any cheaper.
constexpr int kSmallestLevel = 384;
// Zoomed in past this, pixels are shown as squares rather than blurred.
constexpr double kNearestFrom = 2.0;

QImage paintable(QImage image)
{
    // The two formats the raster engine blends without converting per paint.
    const QImage::Format wanted =
        image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;
    if (image.format() != wanted)
        image.convertTo(wanted);
    return image;
}

} // namespace

ImagePyramid ImagePyramid::load(const QString &path)
{
    ImagePyramid pyramid;
    pyramid.path = path;
    if (!QFileInfo::exists(path)) {
        pyramid.error = QCoreApplication::translate("fr::ImagePyramid", "The file does not exist.");
        return pyramid;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        pyramid.error = reader.errorString();
        return pyramid;
    }
    return fromImage(image, path);
}

ImagePyramid ImagePyramid::fromImage(const QImage &image, const QString &path)
{
    ImagePyramid pyramid;
    pyramid.path = path;
    if (image.isNull())
        return pyramid;
    pyramid.levels.append(paintable(image));
    while (true) {
        const QImage &last = pyramid.levels.constLast();
        if (std::max(last.width(), last.height()) / 2 < kSmallestLevel)
            break;
        pyramid.levels.append(last.scaled(last.width() / 2, last.height() / 2,
                                          Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    }
    for (const QImage &level : std::as_const(pyramid.levels))
        pyramid.bytes += level.sizeInBytes();
    return pyramid;
}

void ImagePyramid::paint(QPainter &painter, const QRectF &imageRect, const QRectF &clip) const
{
    if (levels.isEmpty() || imageRect.isEmpty())
        return;
    const QSize full = levels.first().size();
    const double scale = imageRect.width() / full.width();

    // The smallest level still at least as large as what is drawn.
    int index = 0;
    while (index + 1 < levels.size() && scale <= std::pow(0.5, index + 1))
        ++index;
    const QImage &level = levels.at(index);

    const QRectF visible = imageRect.intersected(clip);
    if (visible.isEmpty())
        return;
    const double levelScale = imageRect.width() / level.width();
    // Whole source pixels only: a fractional source rectangle shifts pixel squares by a
    // sub-pixel amount between frames, which shows as shimmer while panning at high zoom.
    const QRect source = QRectF((visible.left() - imageRect.left()) / levelScale,
                                (visible.top() - imageRect.top()) / levelScale,
                                visible.width() / levelScale, visible.height() / levelScale)
                             .toAlignedRect()
                             .intersected(level.rect());
    const QRectF target(imageRect.left() + source.left() * levelScale,
                        imageRect.top() + source.top() * levelScale, source.width() * levelScale,
                        source.height() * levelScale);

    painter.save();
    painter.setClipRect(visible, Qt::IntersectClip);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, scale < kNearestFrom);
    painter.drawImage(target, level, source);
    painter.restore();
}

} // namespace fr

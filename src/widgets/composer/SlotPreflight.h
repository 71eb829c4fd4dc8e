#pragma once

#include "core/images/ImagePreparer.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

class QMimeData;
class QUrl;

namespace fr::composer {

// What the image slot learns about a file before any credit is spent. Produced on a worker
// thread; holds only values, so it can cross threads.
struct SlotCheck
{
    QString path; // the file checked (for pasted data: the cache file it was written to)
    ImageProblem problem = ImageProblem::None;
    bool folder = false;      // a folder was given, not a file
    bool writeFailed = false; // pasted data could not be written to the cache
    QString fileName;
    QSize sourceSize; // as displayed (EXIF orientation applied)
    qint64 fileBytes = 0;
    QByteArray uploadMime; // image/jpeg, or image/png when transparency must survive
    QImage thumbnail;

    bool ok() const { return problem == ImageProblem::None && !folder && !writeFailed; }
};

// Both run the full upload preparation (fr::prepareImageFile) so the verdict is the one the job
// will meet. Call them from a worker thread.
SlotCheck checkImageFile(const QString &path, int maxEdge);
// Writes pasted or dropped image data to <CacheLocation>/pasted, then checks that file. Raw
// encoded bytes are kept as they came (suffix names their format); otherwise image is saved
// as PNG.
SlotCheck checkPastedImage(const QByteArray &encoded, const QString &suffix, const QImage &image,
                           int maxEdge);
QString pastedImageDir();

// What a drop or a paste holds: an http(s) link; encoded image bytes (a browser's image/png,
// image/jpeg...) with their format as a file suffix; any image at all.
bool isHttp(const QUrl &url);
QByteArray rawImageData(const QMimeData *mime, QString *suffix);
bool hasImageData(const QMimeData *mime);

// The size the upload will have: the same long-edge rule as the preparer, never upscaling.
QSize uploadSize(const QSize &source, int maxEdge);

} // namespace fr::composer

#pragma once

#include <QByteArray>
#include <QFuture>
#include <QImage>
#include <QSize>
#include <QString>

namespace fr {

struct PrepareOptions
{
    int maxEdge = 2000; // 6000 when the job asks for 4k output
    int jpegQuality = 95;
    qint64 maxFileBytes = 200LL << 20; // refuse files larger than this outright
    qint64 maxPixels = 250'000'000;    // decoded size above this is a decompression bomb
};

enum class ImageProblem {
    None,
    Missing,      // no such file
    Unreadable,   // permissions, I/O error
    Empty,        // zero bytes
    TooLarge,     // file bigger than maxFileBytes
    NotAnImage,   // no image format recognises it
    Truncated,    // the file ends before the image does
    Bomb,         // declared pixel size above maxPixels
    DecodeFailed, // recognised but the decoder gave up
    NotAFile,     // a device, pipe or socket: only regular files are read
};
QString imageProblemName(ImageProblem problem);

// An input image made ready for upload: oriented (EXIF), at most maxEdge on the long edge,
// metadata stripped by re-encoding, JPEG unless transparency needs PNG.
struct PreparedImage
{
    ImageProblem problem = ImageProblem::None;
    QString message;         // English sentence naming the file and the problem
    QString fileName;        // the source file's name (no folder)
    QByteArray sourceSha256; // hex SHA-256 of the source file's bytes
    QSize sourceSize;        // oriented size before scaling
    QSize size;              // size sent
    QByteArray mimeType;     // image/jpeg or image/png
    QByteArray encoded;

    bool ok() const { return problem == ImageProblem::None; }
    QString dataUri() const;
    QByteArray dataUriBytes() const; // the same, ASCII bytes (no UTF-16 copy of megabytes)
};

// Synchronous; call from a worker thread (prepareImageAsync does).
PreparedImage prepareImageFile(const QString &path, const PrepareOptions &options = {});
PreparedImage prepareImageData(const QByteArray &data, const QString &name,
                               const PrepareOptions &options = {});
QFuture<PreparedImage> prepareImageAsync(const QString &path, const PrepareOptions &options = {});

// Decodes only the header: size and format, without decoding pixels. Invalid size on failure.
QSize peekImageSize(const QByteArray &data);

// Decodes an image scaled to fit within box, EXIF orientation applied (for thumbnails).
QImage loadThumbnail(const QString &path, const QSize &box);

} // namespace fr

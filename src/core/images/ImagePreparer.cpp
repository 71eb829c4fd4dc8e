#include "core/images/ImagePreparer.h"

#include "core/images/WorkerPool.h"

#include "core/images/DecodeBudget.h"
#include "core/images/ImageStructure.h"

#include <QBuffer>
#include <QColorSpace>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace fr {

namespace {

// Formats a photo plausibly arrives in. Restricting content sniffing to these keeps loosely
// detected formats (TGA, WBMP) from claiming arbitrary bytes.
bool isAcceptedFormat(const QByteArray &format)
{
    static const QByteArray accepted[] = {"jpeg", "jpg", "png",  "webp",
                                          "gif",  "bmp", "tiff", "tif"};
    for (const QByteArray &name : accepted) {
        if (format == name)
            return true;
    }
    return false;
}

// The allocation limit is process-wide in Qt 6.4. The 128 MB default refuses a legitimate
// 6000 px RGBA decode with headroom; bombs are caught earlier by the header size check.
void ensureAllocationLimit()
{
    static const bool done = [] {
        constexpr int wantedMb = 1024;
        const int current = QImageReader::allocationLimit();
        if (current != 0 && current < wantedMb)
            QImageReader::setAllocationLimit(wantedMb);
        return true;
    }();
    Q_UNUSED(done);
}

bool swapsAxes(QImageIOHandler::Transformations transformation)
{
    return transformation.testFlag(QImageIOHandler::TransformationRotate90);
}

// Never upscales; keeps the aspect ratio. The long edge is the same before and after a
// rotation, so this is computed on the stored size and transposed afterwards.
QSize fitLongEdge(const QSize &size, int maxEdge)
{
    const int longEdge = qMax(size.width(), size.height());
    if (maxEdge <= 0 || longEdge <= maxEdge)
        return size;
    const double factor = double(maxEdge) / longEdge;
    const auto scaled = [factor, maxEdge](int edge) {
        return qBound(1, int(std::lround(edge * factor)), maxEdge);
    };
    return {scaled(size.width()), scaled(size.height())};
}

bool hasTransparentPixels(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return false;
    const QImage argb = image.format() == QImage::Format_ARGB32 ||
                                image.format() == QImage::Format_ARGB32_Premultiplied
                            ? image
                            : image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(line[x]) != 255)
                return true;
        }
    }
    return false;
}

PreparedImage refuse(PreparedImage result, ImageProblem problem, const QString &message)
{
    result.problem = problem;
    result.message = message;
    return result;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

bool looksLikeEarlyEnd(const QString &readerError)
{
    return readerError.contains(QLatin1String("premature"), Qt::CaseInsensitive) ||
           readerError.contains(QLatin1String("truncat"), Qt::CaseInsensitive) ||
           readerError.contains(QLatin1String("end of file"), Qt::CaseInsensitive);
}

// Encoding a QImage also writes its text() entries (JPEG COM markers, PNG tEXt chunks) that the
// decoder collected from the source. A view on the same pixels carries no metadata at all.
QImage withoutMetadata(const QImage &image)
{
    QImage bare(image.constBits(), image.width(), image.height(), image.bytesPerLine(),
                image.format());
    if (image.colorSpace().isValid())
        bare.setColorSpace(image.colorSpace());
    return bare;
}

bool encode(const QImage &image, const char *format, int quality, QByteArray *out)
{
    QBuffer buffer(out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    return writer.write(withoutMetadata(image));
}

} // namespace

QString imageProblemName(ImageProblem problem)
{
    switch (problem) {
    case ImageProblem::None:
        return QStringLiteral("none");
    case ImageProblem::Missing:
        return QStringLiteral("missing");
    case ImageProblem::Unreadable:
        return QStringLiteral("unreadable");
    case ImageProblem::Empty:
        return QStringLiteral("empty");
    case ImageProblem::TooLarge:
        return QStringLiteral("too_large");
    case ImageProblem::NotAnImage:
        return QStringLiteral("not_an_image");
    case ImageProblem::Truncated:
        return QStringLiteral("truncated");
    case ImageProblem::Bomb:
        return QStringLiteral("bomb");
    case ImageProblem::DecodeFailed:
        return QStringLiteral("decode_failed");
    case ImageProblem::NotAFile:
        return QStringLiteral("not_a_file");
    }
    return QStringLiteral("unknown");
}

QString PreparedImage::dataUri() const
{
    return QString::fromLatin1(dataUriBytes());
}

QByteArray PreparedImage::dataUriBytes() const
{
    return "data:" + mimeType + ";base64," + encoded.toBase64();
}

PreparedImage prepareImageData(const QByteArray &data, const QString &name,
                               const PrepareOptions &options)
{
    ensureAllocationLimit();
    PreparedImage result;
    result.fileName = QFileInfo(name).fileName();
    const QString quoted = QLatin1Char('"') + result.fileName + QLatin1Char('"');

    if (data.isEmpty())
        return refuse(result, ImageProblem::Empty, quoted + QStringLiteral(" is empty (0 bytes)."));
    if (data.size() > options.maxFileBytes) {
        return refuse(result, ImageProblem::TooLarge,
                      quoted + QStringLiteral(" is %1, more than the %2 an input may be.")
                                   .arg(megabytes(data.size()), megabytes(options.maxFileBytes)));
    }
    result.sourceSha256 = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();

    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format().toLower();
    if (format.isEmpty() || !isAcceptedFormat(format)) {
        return refuse(result, ImageProblem::NotAnImage,
                      quoted + QStringLiteral(" is not an image in a supported format "
                                              "(JPEG, PNG, WebP, GIF, BMP or TIFF)."));
    }

    const QSize stored = reader.size();
    if (stored.isValid() && qint64(stored.width()) * stored.height() > options.maxPixels) {
        return refuse(result, ImageProblem::Bomb,
                      quoted + QStringLiteral(" declares %1 x %2 pixels, more than the %3 "
                                              "megapixels an input may decode to.")
                                   .arg(stored.width())
                                   .arg(stored.height())
                                   .arg(options.maxPixels / 1'000'000));
    }
    if (detail::encodedCompleteness(data) == detail::Completeness::Truncated) {
        return refuse(result, ImageProblem::Truncated,
                      quoted + QStringLiteral(" is cut short: the file ends before the image "
                                              "does (incomplete download or copy?)."));
    }

    const bool rotated = swapsAxes(reader.transformation());
    QSize target;
    if (stored.isValid()) {
        target = fitLongEdge(stored, options.maxEdge);
        if (target != stored)
            reader.setScaledSize(target); // JPEG: libjpeg scales while decoding (DCT scaling)
    }

    // Memory first: the header tells what decoding will take, and all slots share one budget.
    const qint64 cost = decodeBudget::estimateBytes(reader, target, data.size());
    if (cost > decodeBudget::totalBytes()) {
        return refuse(result, ImageProblem::Bomb,
                      quoted + QStringLiteral(" would need about %1 MB of memory to prepare "
                                              "(%2 x %3 pixels), more than the %4 MB set aside "
                                              "for images. Save it smaller (6000 pixels on the "
                                              "long edge are plenty) and try again.")
                                   .arg(cost / (1024 * 1024))
                                   .arg(stored.width())
                                   .arg(stored.height())
                                   .arg(decodeBudget::totalBytes() / (1024 * 1024)));
    }
    // A size the header does not tell: decode alone, then check.
    const decodeBudget::Ticket ticket(cost >= 0 ? cost : decodeBudget::totalBytes());

    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        const QString why = reader.errorString();
        const bool early = looksLikeEarlyEnd(why);
        return refuse(result, early ? ImageProblem::Truncated : ImageProblem::DecodeFailed,
                      quoted + (early ? QStringLiteral(" is cut short: %1.")
                                      : QStringLiteral(" could not be decoded: %1."))
                                   .arg(why));
    }

    if (!stored.isValid()) { // the format could not tell its size up front
        if (qint64(image.width()) * image.height() > options.maxPixels) {
            return refuse(result, ImageProblem::Bomb,
                          quoted + QStringLiteral(" decodes to %1 x %2 pixels, more than the %3 "
                                                  "megapixels an input may have.")
                                       .arg(image.width())
                                       .arg(image.height())
                                       .arg(options.maxPixels / 1'000'000));
        }
        target = fitLongEdge(image.size(), options.maxEdge);
        result.sourceSize = image.size();
    } else {
        result.sourceSize = rotated ? stored.transposed() : stored;
        if (rotated)
            target.transpose();
    }
    if (image.size() != target)
        image = image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);

    // Colours are sent as sRGB; the service does not promise to honour embedded profiles.
    if (image.colorSpace().isValid() && image.colorSpace() != QColorSpace::SRgb)
        image.convertToColorSpace(QColorSpace::SRgb);

    const bool png = hasTransparentPixels(image);
    const char *outFormat = png ? "png" : "jpeg";
    if (png) {
        image = image.convertToFormat(QImage::Format_ARGB32);
    } else if (image.format() != QImage::Format_Grayscale8 &&
               image.format() != QImage::Format_RGB32) {
        // Opaque by now: any alpha channel holds only 255, so this flattening changes no colour.
        image = image.convertToFormat(QImage::Format_RGB32);
    }
    QByteArray encoded;
    if (!encode(image, outFormat, png ? -1 : options.jpegQuality, &encoded)) {
        return refuse(result, ImageProblem::DecodeFailed,
                      quoted + QStringLiteral(" could not be re-encoded as %1.")
                                   .arg(QString::fromLatin1(outFormat).toUpper()));
    }
    result.size = image.size();
    result.mimeType = png ? QByteArrayLiteral("image/png") : QByteArrayLiteral("image/jpeg");
    result.encoded = std::move(encoded);
    return result;
}

PreparedImage prepareImageFile(const QString &path, const PrepareOptions &options)
{
    PreparedImage result;
    const QFileInfo info(path);
    result.fileName = info.fileName();
    const QString quoted = QLatin1Char('"') + result.fileName + QLatin1Char('"');
    if (!info.exists()) {
#ifdef Q_OS_UNIX
        // A link loop "exists" as a link but never leads to a file: say so, not "missing".
        struct stat st;
        if (::stat(QFile::encodeName(path).constData(), &st) != 0 && errno == ELOOP) {
            return refuse(result, ImageProblem::Unreadable,
                          quoted + QStringLiteral(" is a loop of symbolic links (%1).").arg(path));
        }
#endif
        return refuse(result, ImageProblem::Missing,
                      quoted + QStringLiteral(" does not exist (%1).").arg(path));
    }
    if (info.isDir()) {
        return refuse(result, ImageProblem::Unreadable,
                      quoted + QStringLiteral(" is a folder, not an image file."));
    }
    const QString notAFile = quoted + QStringLiteral(" (%1) is not a regular file but a device, "
                                                     "pipe or socket; only image files are read.")
                                          .arg(path);
    // A device or a pipe claims no size and never ends (/dev/zero) or blocks (a FIFO).
    if (!info.isFile())
        return refuse(result, ImageProblem::NotAFile, notAFile);
    if (info.size() > options.maxFileBytes) {
        return refuse(result, ImageProblem::TooLarge,
                      quoted + QStringLiteral(" is %1, more than the %2 an input may be.")
                                   .arg(megabytes(info.size()), megabytes(options.maxFileBytes)));
    }
    QFile file;
#ifdef Q_OS_UNIX
    // The path may have been swapped for a FIFO since it was looked at: open without blocking
    // and judge what was actually opened.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        return refuse(result, ImageProblem::Unreadable,
                      quoted + QStringLiteral(" cannot be opened: %1.")
                                   .arg(QString::fromLocal8Bit(strerror(errno))));
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return refuse(result, ImageProblem::NotAFile, notAFile);
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
#else
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
#endif
        return refuse(result, ImageProblem::Unreadable,
                      quoted + QStringLiteral(" cannot be opened: %1.").arg(file.errorString()));
    }
    // Never more than the limit and one byte, whatever the file claimed: it may grow while
    // read. prepareImageData then refuses anything above the limit.
    QByteArray data;
    const qint64 cap = options.maxFileBytes + 1;
    data.reserve(qsizetype(qMin(cap, qMax<qint64>(info.size(), 0) + 1)));
    char piece[64 * 1024];
    while (data.size() < cap) {
        const qint64 n = file.read(piece, qMin<qint64>(sizeof piece, cap - data.size()));
        if (n < 0) {
            return refuse(result, ImageProblem::Unreadable,
                          quoted + QStringLiteral(" cannot be read: %1.").arg(file.errorString()));
        }
        if (n == 0)
            break;
        data.append(piece, qsizetype(n));
    }
    return prepareImageData(data, path, options);
}

QFuture<PreparedImage> prepareImageAsync(const QString &path, const PrepareOptions &options)
{
    return runInBackground([path, options] { return prepareImageFile(path, options); });
}

// The size as displayed, i.e. with EXIF orientation applied, so it matches
// PreparedImage::sourceSize.
QSize peekImageSize(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    QImageReader reader(&buffer);
    if (!isAcceptedFormat(reader.format().toLower()))
        return {};
    const QSize size = reader.size();
    if (!size.isValid())
        return {};
    return swapsAxes(reader.transformation()) ? size.transposed() : size;
}

QImage loadThumbnail(const QString &path, const QSize &box)
{
    ensureAllocationLimit();
    if (box.isEmpty())
        return {};
    QImageReader reader(path);
    reader.setAutoTransform(true);
    if (!isAcceptedFormat(reader.format().toLower()))
        return {};
    const QSize stored = reader.size();
    if (stored.isValid()) {
        if (qint64(stored.width()) * stored.height() > PrepareOptions{}.maxPixels)
            return {};
        // The box applies to the displayed image; the reader scales before rotating.
        const QSize storedBox = swapsAxes(reader.transformation()) ? box.transposed() : box;
        const QSize fitted = stored.scaled(storedBox, Qt::KeepAspectRatio);
        if (fitted.width() < stored.width())
            reader.setScaledSize(fitted.expandedTo(QSize(1, 1)));
    }
    const qint64 cost = decodeBudget::estimateBytes(
        reader, reader.scaledSize().isValid() ? reader.scaledSize() : stored, 0);
    if (cost > decodeBudget::totalBytes())
        return {}; // preparing it says why
    const decodeBudget::Ticket ticket(cost >= 0 ? cost : decodeBudget::totalBytes());
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.width() > box.width() || image.height() > box.height())
        image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace fr

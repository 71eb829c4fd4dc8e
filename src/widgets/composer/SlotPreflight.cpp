#include "SlotPreflight.h"

#include <QMimeData>
#include <QUrl>

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

#include <cmath>

namespace fr::composer {

namespace {
constexpr QSize kThumbnailBox(360, 360);
} // namespace

SlotCheck checkImageFile(const QString &path, int maxEdge)
{
    SlotCheck check;
    check.path = path;
    const QFileInfo info(path);
    check.fileName = info.fileName();
    // The preparer reports a folder as unreadable; the slot words it on its own.
    if (info.isDir()) {
        check.folder = true;
        check.fileName = info.fileName().isEmpty() ? path : info.fileName();
        return check;
    }
    PrepareOptions options;
    options.maxEdge = maxEdge;
    const PreparedImage prepared = prepareImageFile(path, options);
    check.problem = prepared.problem;
    if (!prepared.ok())
        return check;
    check.fileBytes = info.size();
    check.sourceSize = prepared.sourceSize;
    check.uploadMime = prepared.mimeType;
    check.thumbnail = loadThumbnail(path, kThumbnailBox);
    return check;
}

QString pastedImageDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/pasted");
}

SlotCheck checkPastedImage(const QByteArray &encoded, const QString &suffix, const QImage &image,
                           int maxEdge)
{
    SlotCheck failed;
    failed.writeFailed = true;
    const QString dir = pastedImageDir();
    if (!QDir().mkpath(dir))
        return failed;

    QByteArray bytes = encoded;
    QString extension = suffix;
    if (bytes.isEmpty()) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (image.isNull() || !QImageWriter(&buffer, "png").write(image))
            return failed;
        extension = QStringLiteral("png");
    }
    const QString name =
        QStringLiteral("pasted-%1-%2.%3")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))
            .arg(extension.isEmpty() ? QStringLiteral("img") : extension);
    QSaveFile file(dir + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failed;
    return checkImageFile(file.fileName(), maxEdge);
}

QSize uploadSize(const QSize &source, int maxEdge)
{
    const int longEdge = qMax(source.width(), source.height());
    if (maxEdge <= 0 || longEdge <= maxEdge)
        return source;
    const double factor = double(maxEdge) / longEdge;
    const auto scaled = [factor, maxEdge](int edge) {
        return qBound(1, int(std::lround(edge * factor)), maxEdge);
    };
    return {scaled(source.width()), scaled(source.height())};
}

bool isHttp(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

QByteArray rawImageData(const QMimeData *mime, QString *suffix)
{
    for (const QString &format : mime->formats()) {
        if (!format.startsWith(QLatin1String("image/")) ||
            format == QLatin1String("application/x-qt-image"))
            continue;
        const QByteArray data = mime->data(format);
        if (!data.isEmpty()) {
            *suffix = format.mid(6).section(QLatin1Char('+'), 0, 0);
            return data;
        }
    }
    return {};
}

bool hasImageData(const QMimeData *mime)
{
    QString suffix;
    return mime->hasImage() || !rawImageData(mime, &suffix).isEmpty();
}

} // namespace fr::composer

#include "ThumbnailCache.h"

#include "ImagePreparer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace fr {

namespace {
constexpr int kWorkers = 2;                   // leaves the other core(s) to the UI
constexpr qint64 kDefaultMemory = 80LL << 20; // ~500 gallery thumbnails
constexpr int kJpegQuality = 88;
// Workers run a little below normal priority. A thumbnail a frame later goes unnoticed; a UI
// thread that waits for a core while both workers decode is a visible hitch in the scroll.
// Qt's QThread priorities do nothing under Linux's default scheduler, so this is a nice value.
constexpr int kWorkerNice = 5;

void yieldToTheUi()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        // Per thread on Linux: only this pool's own worker is affected.
        setpriority(PRIO_PROCESS, id_t(gettid()), kWorkerNice);
    }
#endif
}

// The formats QPainter draws fastest, so painting never converts.
QImage paintable(QImage image)
{
    const QImage::Format format =
        image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;
    return image.format() == format ? image : image.convertToFormat(format);
}
} // namespace

ThumbnailCache::ThumbnailCache(const QString &diskFolder, QObject *parent)
    : QObject(parent),
      m_diskFolder(diskFolder.isEmpty()
                       ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                             QStringLiteral("/thumbnails")
                       : diskFolder)
{
    m_pool.setMaxThreadCount(kWorkers);
    m_memory.setMaxCost(kDefaultMemory);
}

ThumbnailCache::~ThumbnailCache()
{
    m_queue.clear();
    // Workers capture only values, but they must not outlive the pool they run in.
    m_pool.waitForDone();
}

QString ThumbnailCache::memoryKey(const QString &path, int edge)
{
    return QString::number(edge) + QLatin1Char(':') + path;
}

QString ThumbnailCache::diskKey(const QString &path, int edge)
{
    const QFileInfo info(path);
    const QString material = QStringLiteral("%1\n%2\n%3\n%4")
                                 .arg(info.absoluteFilePath())
                                 .arg(info.lastModified().toMSecsSinceEpoch())
                                 .arg(info.size())
                                 .arg(edge);
    return QString::fromLatin1(
        QCryptographicHash::hash(material.toUtf8(), QCryptographicHash::Sha1).toHex());
}

void ThumbnailCache::setMemoryLimit(qint64 bytes)
{
    m_memory.setMaxCost(qsizetype(std::max<qint64>(bytes, 1 << 20)));
}

QImage ThumbnailCache::thumbnail(const QString &path, int edge)
{
    const QString key = memoryKey(path, edge);
    if (const QImage *cached = m_memory.object(key))
        return *cached;
    if (m_failed.contains(key))
        return {};
    if (m_wanted.contains(key)) {
        // Asked again while waiting: it is on screen now, so it goes to the front of the line.
        for (qsizetype i = 0; i < m_queue.size(); ++i) {
            if (m_queue.at(i).path == path && m_queue.at(i).edge == edge) {
                m_queue.move(i, m_queue.size() - 1);
                break;
            }
        }
        return {};
    }
    m_wanted.insert(key, 1);
    m_queue.append({path, edge});
    while (m_queue.size() > m_maxQueued) {
        const Request dropped = m_queue.takeFirst();
        m_wanted.remove(memoryKey(dropped.path, dropped.edge));
    }
    pump();
    return {};
}

void ThumbnailCache::cancelPending()
{
    for (const Request &r : std::as_const(m_queue))
        m_wanted.remove(memoryKey(r.path, r.edge));
    m_queue.clear();
}

void ThumbnailCache::forget(const QString &path)
{
    const QString suffix = QLatin1Char(':') + path;
    const QList<QString> keys = m_memory.keys();
    for (const QString &key : keys) {
        if (key.endsWith(suffix))
            m_memory.remove(key);
    }
    for (auto it = m_failed.begin(); it != m_failed.end();) {
        it = it->endsWith(suffix) ? m_failed.erase(it) : std::next(it);
    }
}

bool ThumbnailCache::hasFailed(const QString &path, int edge) const
{
    return m_failed.contains(memoryKey(path, edge));
}

void ThumbnailCache::pump()
{
    while (m_inFlight < kWorkers && !m_queue.isEmpty()) {
        const Request request = m_queue.takeLast();
        ++m_inFlight;
        QtConcurrent::run(&m_pool, &ThumbnailCache::produce, request.path, request.edge,
                          m_diskFolder)
            .then(this, [this, request](const Result &result) {
                --m_inFlight;
                const QString key = memoryKey(request.path, request.edge);
                // Cancelled meanwhile: keep the work (it is done) but announce nothing.
                const bool wanted = m_wanted.remove(key) > 0;
                if (result.image.isNull()) {
                    m_failed.insert(key);
                } else {
                    ++(result.fromDisk ? m_diskHits : m_decodes);
                    m_memory.insert(key, new QImage(result.image),
                                    qsizetype(result.image.sizeInBytes()));
                }
                pump();
                if (wanted)
                    emit thumbnailReady(request.path);
            });
    }
}

ThumbnailCache::Result ThumbnailCache::produce(const QString &path, int edge,
                                               const QString &diskFolder)
{
    yieldToTheUi();
    Result result;
    if (!QFileInfo(path).isFile())
        return result;
    const QString cachePath = diskFolder + QLatin1Char('/') + diskKey(path, edge);
    if (QFileInfo::exists(cachePath)) {
        QImageReader reader(cachePath);          // no suffix: the format comes from the content
        result.image = paintable(reader.read()); // a PNG reads back unpremultiplied
        if (!result.image.isNull()) {
            result.fromDisk = true;
            return result;
        }
    }
    QImage image = loadThumbnail(path, QSize(edge, edge));
    if (image.isNull())
        return result;
    const bool alpha = image.hasAlphaChannel();
    image = paintable(std::move(image));
    if (QDir().mkpath(diskFolder)) {
        QSaveFile file(cachePath);
        if (file.open(QIODevice::WriteOnly) &&
            image.save(&file, alpha ? "PNG" : "JPG", alpha ? -1 : kJpegQuality))
            file.commit();
    }
    result.image = std::move(image);
    return result;
}

} // namespace fr

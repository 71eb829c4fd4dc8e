#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>

namespace fr {

// Thumbnails for the gallery, never decoded on the calling (UI) thread. thumbnail() answers
// from memory at once or schedules the work and says so later with thumbnailReady().
//
// Three levels: a memory LRU (bytes), a disk cache of small encoded thumbnails, then a scaled
// decode of the original. The disk name hashes path, mtime, size and edge, so an edited file
// never shows its old thumbnail and a second opening decodes nothing big.
//
// Requests wait in a bounded queue served newest first: while the user scrolls, what was asked
// last is what is on screen. The oldest waiting requests fall off the end; asking again
// re-queues them.
class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    // diskFolder empty: QStandardPaths::CacheLocation/thumbnails.
    explicit ThumbnailCache(const QString &diskFolder = {}, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    // The cached image (fits edge x edge) or a null image while it is made.
    QImage thumbnail(const QString &path, int edge);
    // Drops every request not yet started (e.g. the view switched folder).
    void cancelPending();
    // Forgets the memory copies of one file (it was deleted or replaced).
    void forget(const QString &path);
    // The file could not be made into a thumbnail (missing, not an image); not retried until
    // forget().
    bool hasFailed(const QString &path, int edge) const;

    void setMemoryLimit(qint64 bytes);
    void setMaxQueued(int count) { m_maxQueued = count; }
    const QString &diskFolder() const { return m_diskFolder; }
    int pendingCount() const { return int(m_queue.size()) + m_inFlight; }

    // Counters for tests and benchmarks.
    int decodeCount() const { return m_decodes; }
    int diskHitCount() const { return m_diskHits; }

    // The disk cache file name for a file as it is now (sha1 of path, mtime, size, edge).
    static QString diskKey(const QString &path, int edge);

signals:
    void thumbnailReady(const QString &path);

private:
    struct Request
    {
        QString path;
        int edge = 0;
    };
    struct Result
    {
        QImage image;
        bool fromDisk = false;
    };
    static QString memoryKey(const QString &path, int edge);
    static Result produce(const QString &path, int edge, const QString &diskFolder);
    void pump();

    QString m_diskFolder;
    QThreadPool m_pool;
    QCache<QString, QImage> m_memory;
    QList<Request> m_queue;       // newest at the back
    QHash<QString, int> m_wanted; // memory key -> requests waiting or running
    QSet<QString> m_failed;
    int m_inFlight = 0;
    int m_maxQueued = 256;
    int m_decodes = 0;
    int m_diskHits = 0;
};

} // namespace fr

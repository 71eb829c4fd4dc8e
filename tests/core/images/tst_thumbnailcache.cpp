#include "core/images/ThumbnailCache.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fr;

class tst_ThumbnailCache : public QObject
{
    Q_OBJECT

    static QString writeImage(const QString &path, const QColor &color, QSize size = {800, 1000})
    {
        QImage img(size, QImage::Format_RGB32);
        img.fill(color);
        if (!img.save(path))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void readyIsAnnouncedAndCached()
    {
        QTemporaryDir dir;
        const QString path = writeImage(dir.filePath("a.png"), Qt::red);
        ThumbnailCache cache(dir.filePath("thumbs"));
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        QVERIFY(cache.thumbnail(path, 200).isNull()); // never decoded on the caller's thread
        QVERIFY(cache.thumbnail(path, 200).isNull()); // asking twice queues once
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(ready.first().first().toString(), path);
        const QImage thumb = cache.thumbnail(path, 200);
        QVERIFY(!thumb.isNull());
        QCOMPARE(thumb.size(), QSize(160, 200));
        QCOMPARE(thumb.pixelColor(10, 10), QColor(Qt::red));
        QCOMPARE(cache.decodeCount(), 1);
        QCOMPARE(cache.pendingCount(), 0);
    }

    void secondInstanceReadsTheDiskCache()
    {
        QTemporaryDir dir;
        const QString path = writeImage(dir.filePath("a.png"), Qt::blue);
        {
            ThumbnailCache first(dir.filePath("thumbs"));
            QSignalSpy ready(&first, &ThumbnailCache::thumbnailReady);
            first.thumbnail(path, 180);
            QTRY_COMPARE(ready.count(), 1);
        }
        QVERIFY(QFile::exists(dir.filePath("thumbs/") + ThumbnailCache::diskKey(path, 180)));
        // No temporary files left behind by the atomic write.
        QCOMPARE(QDir(dir.filePath("thumbs")).entryList(QDir::Files).size(), 1);

        ThumbnailCache second(dir.filePath("thumbs"));
        QSignalSpy ready(&second, &ThumbnailCache::thumbnailReady);
        second.thumbnail(path, 180);
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(second.decodeCount(), 0);
        QCOMPARE(second.diskHitCount(), 1);
        QCOMPARE(second.thumbnail(path, 180).size(), QSize(144, 180));
    }

    void changedFileIsDecodedAgain()
    {
        QTemporaryDir dir;
        const QString path = writeImage(dir.filePath("a.png"), Qt::green);
        const QString keyBefore = ThumbnailCache::diskKey(path, 100);
        {
            ThumbnailCache first(dir.filePath("thumbs"));
            QSignalSpy ready(&first, &ThumbnailCache::thumbnailReady);
            first.thumbnail(path, 100);
            QTRY_COMPARE(ready.count(), 1);
        }
        // Same path, new content, size and time.
        writeImage(path, Qt::yellow, {600, 600});
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(60),
                              QFileDevice::FileModificationTime));
        f.close();
        QVERIFY(ThumbnailCache::diskKey(path, 100) != keyBefore);
        QVERIFY(ThumbnailCache::diskKey(path, 100) != ThumbnailCache::diskKey(path, 101));

        ThumbnailCache second(dir.filePath("thumbs"));
        QSignalSpy ready(&second, &ThumbnailCache::thumbnailReady);
        second.thumbnail(path, 100);
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(second.decodeCount(), 1);
        QCOMPARE(second.diskHitCount(), 0);
        const QImage thumb = second.thumbnail(path, 100);
        QCOMPARE(thumb.size(), QSize(100, 100));
        QCOMPARE(thumb.pixelColor(50, 50), QColor(Qt::yellow));
    }

    void cancelledRequestsAreForgotten()
    {
        QTemporaryDir dir;
        ThumbnailCache cache(dir.filePath("thumbs"));
        QStringList paths;
        for (int i = 0; i < 12; ++i)
            paths << writeImage(dir.filePath(QString("%1.png").arg(i)),
                                QColor::fromHsv(i * 30, 200, 200));
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        for (const QString &p : paths)
            cache.thumbnail(p, 64);
        cache.cancelPending();
        // At most the two already running finish; the rest never start.
        QTRY_COMPARE(cache.pendingCount(), 0);
        QVERIFY(cache.decodeCount() <= 2);
        QVERIFY(ready.count() <= 2);
        // Asking again after a cancel works.
        cache.thumbnail(paths.last(), 64);
        QTRY_VERIFY(!cache.thumbnail(paths.last(), 64).isNull());
    }

    void newestRequestsWin()
    {
        QTemporaryDir dir;
        ThumbnailCache cache(dir.filePath("thumbs"));
        cache.setMaxQueued(4);
        QStringList paths;
        for (int i = 0; i < 10; ++i)
            paths << writeImage(dir.filePath(QString("%1.png").arg(i)), Qt::gray, {300, 300});
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        for (const QString &p : paths)
            cache.thumbnail(p, 64);
        QTRY_COMPARE(cache.pendingCount(), 0);
        // Two started at once, four waited, the oldest of the rest fell off the queue.
        QCOMPARE(ready.count(), 6);
        QStringList announced;
        for (const QList<QVariant> &args : ready)
            announced << args.first().toString();
        for (int i = 6; i < 10; ++i)
            QVERIFY2(announced.contains(paths[i]), qPrintable(paths[i]));
    }

    void unreadableFileFailsOnce()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath("junk.png"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an image at all");
        f.close();
        ThumbnailCache cache(dir.filePath("thumbs"));
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        cache.thumbnail(f.fileName(), 64);
        QTRY_VERIFY(cache.hasFailed(f.fileName(), 64));
        QCOMPARE(ready.count(), 1); // the view repaints its "unavailable" look
        cache.thumbnail(f.fileName(), 64);
        QCOMPARE(cache.pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ThumbnailCache)
#include "tst_thumbnailcache.moc"

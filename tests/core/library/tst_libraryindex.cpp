#include "core/library/LibraryIndex.h"
#include "core/library/OutputStore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fr;

class tst_LibraryIndex : public QObject
{
    Q_OBJECT

    static QByteArray png(int seed)
    {
        QImage img(12, 16, QImage::Format_RGB32);
        img.fill(QColor::fromHsv((seed * 37) % 360, 200, 200));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        img.save(&buffer, "PNG");
        return bytes;
    }
    const QDateTime m_base = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);

    // Saves one job's outputs; the outputs are saved a second apart (as a real job's are).
    QStringList saveJob(const QString &folder, const QString &jobId, const QString &model, int seed,
                        int count, int minutesAfterBase)
    {
        const OutputStore store(folder);
        QStringList paths;
        for (int i = 0; i < count; ++i) {
            OutputProvenance p;
            p.jobId = jobId;
            p.model = model;
            p.parameters = {{"prompt", QString("look %1").arg(seed)}, {"seed", seed}};
            p.seed = seed;
            p.predictionId = "pred-" + jobId;
            p.outputIndex = i;
            p.outputCount = count;
            p.creditsUsed = count;
            const SavedOutput r =
                store.save(png(seed + i), p, m_base.addSecs(minutesAfterBase * 60 + i));
            if (!r.ok)
                qFatal("save failed: %s", qPrintable(r.error));
            paths.append(r.imagePath);
        }
        return paths;
    }

    static void waitRefresh(LibraryIndex &index)
    {
        QSignalSpy done(&index, &LibraryIndex::refreshFinished);
        index.refresh();
        QVERIFY(done.wait(10000));
    }

private slots:
    void buildsNewestFirstWithJobsTogether()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath("results");
        saveJob(folder, "job-a", "product-to-model", 1, 2, 0);
        saveJob(folder, "job-b", "tryon-v1.6", 2, 1, 10);
        // job-c's second output is saved after job-d: the job still stays one block.
        saveJob(folder, "job-c", "product-to-model", 3, 3, 20);
        saveJob(folder, "job-d", "tryon-max", 4, 1, 20);

        LibraryIndex index(folder, dir.filePath("index.sqlite"));
        QVERIFY(index.entries().isEmpty());
        QSignalSpy changed(&index, &LibraryIndex::changed);
        waitRefresh(index);
        QCOMPARE(changed.count(), 1);
        const QList<LibraryEntry> e = index.entries();
        QCOMPARE(e.size(), 7);
        QStringList order;
        for (const LibraryEntry &x : e)
            order << QString("%1/%2").arg(x.jobId).arg(x.outputIndex);
        QCOMPARE(order, QStringList({"job-c/0", "job-c/1", "job-c/2", "job-d/0", "job-b/0",
                                     "job-a/0", "job-a/1"}));
        const LibraryEntry &first = e.first();
        QCOMPARE(first.model, QString("product-to-model"));
        QCOMPARE(first.prompt, QString("look 3"));
        QCOMPARE(first.seed, qint64(3));
        QCOMPARE(first.outputCount, 3);
        QCOMPARE(first.creditsUsed, 3);
        QCOMPARE(first.predictionId, QString("pred-job-c"));
        QCOMPARE(first.width, 12);
        QCOMPARE(first.height, 16);
        QCOMPARE(first.savedAt, m_base.addSecs(20 * 60));
        QCOMPARE(first.sidecarPath, first.imagePath + ".json");
        QVERIFY(QFile::exists(first.imagePath));
        QCOMPARE(index.models(), QStringList({"product-to-model", "tryon-max", "tryon-v1.6"}));
        QCOMPARE(LibraryIndex::readSidecar(first.sidecarPath)["job_id"].toString(),
                 QString("job-c"));
    }

    void secondOpenReadsTheIndexNotTheSidecars()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath("results");
        for (int j = 0; j < 20; ++j)
            saveJob(folder, QString("job-%1").arg(j), "tryon-v1.6", j, 2, j);
        const QString db = dir.filePath("index.sqlite");
        {
            LibraryIndex first(folder, db);
            waitRefresh(first);
            QCOMPARE(first.parsedCount(), 40);
        }
        LibraryIndex second(folder, db);
        // Opening alone gives everything, before any scan.
        QCOMPARE(second.entries().size(), 40);
        QSignalSpy changed(&second, &LibraryIndex::changed);
        waitRefresh(second);
        QCOMPARE(second.parsedCount(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(second.entries().size(), 40);
    }

    void modifiedSidecarIsReread()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath("results");
        const QStringList paths = saveJob(folder, "job-x", "tryon-v1.6", 7, 1, 0);
        saveJob(folder, "job-y", "tryon-v1.6", 8, 1, 1);
        const QString db = dir.filePath("index.sqlite");
        {
            LibraryIndex first(folder, db);
            waitRefresh(first);
        }
        QJsonObject json = LibraryIndex::readSidecar(paths[0] + ".json");
        QJsonObject params = json["parameters"].toObject();
        params["prompt"] = "a much longer prompt than before";
        json["parameters"] = params;
        QFile f(paths[0] + ".json");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(json).toJson());
        f.close();

        LibraryIndex second(folder, db);
        QSignalSpy changed(&second, &LibraryIndex::changed);
        waitRefresh(second);
        QCOMPARE(second.parsedCount(), 1);
        QCOMPARE(changed.count(), 1);
        bool found = false;
        for (const LibraryEntry &e : second.entries())
            found |= e.prompt == "a much longer prompt than before";
        QVERIFY(found);
    }

    void removedSidecarDisappears()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath("results");
        const QStringList a = saveJob(folder, "job-a", "tryon-v1.6", 1, 1, 0);
        const QStringList b = saveJob(folder, "job-b", "tryon-v1.6", 2, 1, 1);
        LibraryIndex index(folder, dir.filePath("index.sqlite"));
        waitRefresh(index);
        QCOMPARE(index.entries().size(), 2);
        QVERIFY(QFile::remove(a[0] + ".json"));
        QVERIFY(QFile::remove(b[0])); // the image gone, its sidecar left behind
        QSignalSpy changed(&index, &LibraryIndex::changed);
        waitRefresh(index);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(index.entries().size(), 0);
    }

    void corruptAndForeignSidecarsAreSkipped()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath("results");
        const QStringList good = saveJob(folder, "job-a", "tryon-v1.6", 1, 1, 0);
        QFile::copy(good[0], folder + "/broken.png");
        QFile broken(folder + "/broken.png.json");
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ \"model\": \"tryon\", oops");
        broken.close();
        QFile::copy(good[0], folder + "/other.png");
        QFile foreign(folder + "/other.png.json");
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("{\"model\": \"sdxl\", \"steps\": 30}");
        foreign.close();
        QFile settings(folder + "/settings.json"); // no image at all
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("{}");
        settings.close();

        const QString db = dir.filePath("index.sqlite");
        {
            LibraryIndex index(folder, db);
            waitRefresh(index);
            QCOMPARE(index.entries().size(), 1);
            QCOMPARE(index.skippedCount(), 3);
        }
        // Skipped files are remembered too: a second open parses nothing.
        LibraryIndex again(folder, db);
        QCOMPARE(again.skippedCount(), 3);
        waitRefresh(again);
        QCOMPARE(again.parsedCount(), 0);
        QCOMPARE(again.entries().size(), 1);
    }

    void addSavedAndRemove()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath("results");
        saveJob(folder, "job-a", "tryon-v1.6", 1, 1, 0);
        LibraryIndex index(folder, dir.filePath("index.sqlite"));
        waitRefresh(index);
        const QStringList added = saveJob(folder, "job-b", "tryon-max", 2, 2, 5);
        QSignalSpy changed(&index, &LibraryIndex::changed);
        index.addSaved(added);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(index.entries().size(), 3);
        QCOMPARE(index.entries().first().imagePath, added[0]);
        // Saved elsewhere: not this library's.
        index.addSaved({dir.filePath("elsewhere/x.png")});
        QCOMPARE(changed.count(), 1);

        QVERIFY(index.remove(added[0]));
        QVERIFY(!index.remove(added[0]));
        QCOMPARE(index.entries().size(), 2);
        // The removal is stored: a fresh instance agrees.
        LibraryIndex fresh(folder, dir.filePath("index.sqlite"));
        QCOMPARE(fresh.entries().size(), 2);
    }

    void hostileTextIsStoredAsData()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath("results");
        const OutputStore store(folder);
        OutputProvenance p;
        p.jobId = "j'); DROP TABLE entries; --";
        p.model = "tryon-v1.6";
        p.parameters = {{"prompt", "it's a \"quote\"; DELETE FROM entries"}};
        QVERIFY(store.save(png(1), p, m_base).ok);
        const QString db = dir.filePath("index.sqlite");
        {
            LibraryIndex index(folder, db);
            waitRefresh(index);
        }
        LibraryIndex again(folder, db);
        QCOMPARE(again.entries().size(), 1);
        QCOMPARE(again.entries().first().jobId, p.jobId);
        QCOMPARE(again.entries().first().prompt, p.parameters["prompt"].toString());
    }

    void refreshDuringRefreshRunsAgain()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath("results");
        saveJob(folder, "job-a", "tryon-v1.6", 1, 1, 0);
        LibraryIndex index(folder, dir.filePath("index.sqlite"));
        QSignalSpy done(&index, &LibraryIndex::refreshFinished);
        index.refresh();
        saveJob(folder, "job-b", "tryon-v1.6", 2, 1, 1);
        index.refresh();
        QVERIFY(done.wait(10000));
        QCOMPARE(done.count(), 1);
        QCOMPARE(index.entries().size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_LibraryIndex)
#include "tst_libraryindex.moc"

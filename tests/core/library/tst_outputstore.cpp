#include "core/library/OutputStore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fr;

class tst_OutputStore : public QObject
{
    Q_OBJECT

    static QByteArray png()
    {
        QImage img(8, 6, QImage::Format_RGB32);
        img.fill(Qt::red);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        img.save(&buffer, "PNG");
        return bytes;
    }
    static OutputProvenance provenance()
    {
        OutputProvenance p;
        p.jobId = "job-1";
        p.model = "product-to-model";
        p.parameters = {{"product_image", "shirt.jpg"}, {"resolution", "2k"}};
        p.inputs = {{"product_image", "shirt.jpg", "deadbeef"}};
        p.seed = 42;
        p.predictionId = "123a87r9-4129-4bb3-be18-9c9fb5bd7fc1-u1";
        p.creditsUsed = 4;
        p.creditsEstimated = 4;
        p.outputIndex = 1;
        p.outputCount = 2;
        p.sourceUrl = "https://cdn.fashn.ai/123/output_1.png";
        p.submittedAt = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
        p.completedAt = p.submittedAt.addSecs(30);
        return p;
    }
    const QDateTime m_when = QDateTime(QDate(2026, 11, 21), QTime(9, 1), Qt::UTC);

private slots:
    void savesImageAndSidecar()
    {
        QTemporaryDir dir;
        const OutputStore store(dir.filePath("results"));
        const SavedOutput r = store.save(png(), provenance(), m_when);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.imagePath.endsWith(".png"));
        QVERIFY(r.imagePath.startsWith(dir.filePath("results") + "/"));
        QVERIFY(QFileInfo(r.imagePath).fileName().contains("product-to-model_123a87r9-4129_2"));
        QFile f(r.sidecarPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(json["model"].toString(), QString("product-to-model"));
        QCOMPARE(json["prediction_id"].toString(), provenance().predictionId);
        QCOMPARE(json["seed"].toInt(), 42);
        QCOMPARE(json["credits_used"].toInt(), 4);
        QCOMPARE(json["output_index"].toInt(), 1);
        QCOMPARE(json["parameters"].toObject()["resolution"].toString(), QString("2k"));
        QCOMPARE(json["inputs"].toArray()[0].toObject()["sha256"].toString(), QString("deadbeef"));
        QCOMPARE(json["submitted_at"].toString(), QString("2026-11-21T09:00:00.000Z"));
        QCOMPARE(QDir(dir.filePath("results")).entryList(QDir::Files).size(),
                 2); // no temp files left
    }

    void hostileIdsStayInside_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("model");
        QTest::newRow("dotdot") << "../../../etc/passwd"
                                << "product-to-model";
        QTest::newRow("absolute") << "/tmp/evil"
                                  << "x";
        QTest::newRow("backslash") << "..\\..\\win"
                                   << "m";
        QTest::newRow("hidden") << ".bashrc"
                                << ".profile";
        QTest::newRow("nul-ish") << QString("a") + QChar(0) + "b"
                                 << "m";
        QTest::newRow("empty") << ""
                               << "";
    }
    void hostileIdsStayInside()
    {
        QFETCH(QString, id);
        QFETCH(QString, model);
        QTemporaryDir dir;
        OutputProvenance p = provenance();
        p.predictionId = id;
        p.jobId = id;
        p.model = model;
        const OutputStore store(dir.path(), "{model}{id}_{n}");
        const SavedOutput r = store.save(png(), p, m_when);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(QFileInfo(r.imagePath).absolutePath(), QDir(dir.path()).absolutePath());
        QVERIFY(!QFileInfo(r.imagePath).fileName().startsWith('.'));
    }

    void collisionsGetASuffix()
    {
        QTemporaryDir dir;
        const OutputStore store(dir.path());
        const SavedOutput a = store.save(png(), provenance(), m_when);
        OutputProvenance other = provenance();
        other.jobId = "job-2"; // another job whose name comes out the same
        const SavedOutput b = store.save(png(), other, m_when);
        QVERIFY(a.ok && b.ok);
        QVERIFY(a.imagePath != b.imagePath);
        QVERIFY(b.imagePath.endsWith("-2.png"));
    }

    // Resume saves an output again when the app died after writing it but before the journal
    // knew: the same file is found (by its sidecar, or by its bytes when the sidecar never got
    // written), never a "-2" copy. The name comes from the completion time, not the save time.
    void savingAgainAfterACrashKeepsOneFile()
    {
        QTemporaryDir dir;
        const OutputStore store(dir.path());
        const SavedOutput a = store.save(png(), provenance(), m_when);
        const SavedOutput b = store.save(png(), provenance(), m_when.addSecs(3600));
        QVERIFY(a.ok && b.ok);
        QCOMPARE(b.imagePath, a.imagePath);
        QVERIFY(QFile::remove(a.sidecarPath)); // killed between the image and its sidecar
        const SavedOutput c = store.save(png(), provenance(), m_when.addSecs(7200));
        QVERIFY(c.ok);
        QCOMPARE(c.imagePath, a.imagePath);
        QVERIFY(QFile::exists(a.sidecarPath));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void refusesNonImages()
    {
        QTemporaryDir dir;
        const OutputStore store(dir.path());
        const SavedOutput r = store.save("<html>gone</html>", provenance(), m_when);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains("not a PNG"));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void jpegExtension()
    {
        QTemporaryDir dir;
        QImage img(4, 4, QImage::Format_RGB32);
        img.fill(Qt::blue);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        img.save(&buffer, "JPEG");
        const SavedOutput r = OutputStore(dir.path()).save(bytes, provenance(), m_when);
        QVERIFY(r.imagePath.endsWith(".jpg"));
    }

    void unwritableFolderIsReported()
    {
        const SavedOutput r = OutputStore("/proc/no/such/dir").save(png(), provenance(), m_when);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains("output folder"));
        QVERIFY(r.diskError);
    }

    // The test write before a job is sent: a folder on a read-only file system (even for root),
    // a path that is a file, and a fine folder, which is left as it was.
    void writabilityIsTestedByWriting()
    {
        const QString proc = OutputStore::checkWritable("/proc/sys");
        QVERIFY2(proc.startsWith("/proc/sys: "), qPrintable(proc));
        QTemporaryDir dir;
        QFile file(dir.filePath("a-file"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString notFolder = OutputStore::checkWritable(file.fileName());
        QVERIFY2(!notFolder.isEmpty() && notFolder.contains(file.fileName()),
                 qPrintable(notFolder));
        const QString fine = dir.filePath("new/out");
        QCOMPARE(OutputStore::checkWritable(fine), QString());
        QVERIFY(QFileInfo(fine).isDir());
        QCOMPARE(
            QDir(fine).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_OutputStore)
#include "tst_outputstore.moc"

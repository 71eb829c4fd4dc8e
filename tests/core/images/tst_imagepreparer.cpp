#include "core/images/DecodeBudget.h"
#include "core/images/ImagePreparer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace fr;

namespace {

// Big-endian byte writer for hand-made PNG and TIFF (EXIF) structures.
class Bytes
{
public:
    Bytes &u8(int v)
    {
        m_data.append(char(v & 0xff));
        return *this;
    }
    Bytes &u16(int v) { return u8(v >> 8).u8(v); }
    Bytes &u32(quint32 v) { return u16(int(v >> 16)).u16(int(v & 0xffff)); }
    Bytes &raw(QByteArrayView bytes)
    {
        m_data.append(bytes);
        return *this;
    }
    QByteArray data() const { return m_data; }

private:
    QByteArray m_data;
};

quint32 crc32(QByteArrayView bytes)
{
    quint32 crc = 0xffffffffu;
    for (char c : bytes) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(QByteArrayView type, QByteArrayView payload)
{
    QByteArray typed = type.toByteArray() + payload.toByteArray();
    return Bytes().u32(quint32(payload.size())).raw(typed).u32(crc32(typed)).data();
}

// A complete, well-formed PNG whose header declares width x height; no pixel data worth the name.
QByteArray pngDeclaring(quint32 width, quint32 height, quint8 depth = 8, quint8 colorType = 6)
{
    const QByteArray ihdr =
        Bytes().u32(width).u32(height).u8(depth).u8(colorType).u8(0).u8(0).u8(0).data();
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", {}) +
           pngChunk("IEND", {});
}

// Gradients plus noise: compresses like a photograph, not like a flat test card.
QImage photoLike(int width, int height, quint32 seed = 7)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int noise = int(random.bounded(24u)) - 12;
            line[x] = qRgb(qBound(0, 255 * x / width + noise, 255),
                           qBound(0, 255 * y / height + noise, 255), qBound(0, 128 + noise, 255));
        }
    }
    return image;
}

QImage flat(int width, int height, QColor color = QColor(40, 90, 200))
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    return image;
}

QByteArray encoded(const QImage &image, const char *format, int quality = 90)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image))
        qFatal("could not encode test image: %s", qPrintable(writer.errorString()));
    return bytes;
}

// TIFF structure of an EXIF block: IFD0 with Orientation, and optionally a GPS IFD holding a
// recognisable string.
QByteArray exifTiff(int orientation, QByteArrayView gpsText = {})
{
    Bytes tiff;
    tiff.raw("MM").u16(42).u32(8);
    const bool gps = !gpsText.isEmpty();
    const int ifd0Entries = gps ? 2 : 1;
    tiff.u16(ifd0Entries);
    tiff.u16(0x0112).u16(3).u32(1).u16(orientation).u16(0);
    const quint32 gpsIfd = 8 + 2 + 12 * ifd0Entries + 4;
    if (gps)
        tiff.u16(0x8825).u16(4).u32(1).u32(gpsIfd);
    tiff.u32(0);
    if (gps) {
        const quint32 textOffset = gpsIfd + 2 + 12 * 2 + 4;
        tiff.u16(2);
        tiff.u16(0x0001).u16(2).u32(2).raw(QByteArray("N\0\0\0", 4));             // GPSLatitudeRef
        tiff.u16(0x0012).u16(2).u32(quint32(gpsText.size() + 1)).u32(textOffset); // GPSMapDatum
        tiff.u32(0);
        tiff.raw(gpsText).u8(0);
    }
    return tiff.data();
}

QByteArray withExif(const QByteArray &jpeg, const QByteArray &tiff)
{
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    const QByteArray app1 = Bytes().u8(0xff).u8(0xe1).u16(int(payload.size() + 2)).data() + payload;
    return jpeg.left(2) + app1 + jpeg.mid(2);
}

bool isRed(QRgb c)
{
    return qRed(c) > 180 && qGreen(c) < 90 && qBlue(c) < 90;
}

QImage decoded(const PreparedImage &prepared)
{
    return QImage::fromData(prepared.encoded);
}

} // namespace

class tst_ImagePreparer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void problemNames_data();
    void problemNames();
    void missingFile();
    void folderIsUnreadable();
    void emptyFile();
    void textFileNamedJpg();
    void tooLargeFile();
    void truncated_data();
    void truncated();
    void bytesAfterEndOfImageAreAccepted();
    void pngDecompressionBomb();
    void jpegDecompressionBomb();
    void memoryHungryImageIsRefusedBeforeDecoding();
    void exifOrientationIsApplied();
    void downscale_data();
    void downscale();
    void neverUpscales();
    void realTransparencyKeepsPng();
    void opaqueRgbaBecomesJpeg();
    void metadataIsStripped();
    void qualityOptionIsUsed();
    void sha256OfSourceBytes();
    void dataUri();
    void asyncVariant();
    void asyncRunsWhileTheGlobalPoolIsBusy();
    void thumbnail();
    void peekSize();
    void bundledSamplesPrepare();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void tst_ImagePreparer::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString tst_ImagePreparer::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_ImagePreparer::problemNames_data()
{
    QTest::addColumn<ImageProblem>("problem");
    QTest::addColumn<QString>("name");
    QTest::newRow("none") << ImageProblem::None << "none";
    QTest::newRow("missing") << ImageProblem::Missing << "missing";
    QTest::newRow("unreadable") << ImageProblem::Unreadable << "unreadable";
    QTest::newRow("empty") << ImageProblem::Empty << "empty";
    QTest::newRow("too_large") << ImageProblem::TooLarge << "too_large";
    QTest::newRow("not_an_image") << ImageProblem::NotAnImage << "not_an_image";
    QTest::newRow("truncated") << ImageProblem::Truncated << "truncated";
    QTest::newRow("bomb") << ImageProblem::Bomb << "bomb";
    QTest::newRow("decode_failed") << ImageProblem::DecodeFailed << "decode_failed";
    QTest::newRow("not_a_file") << ImageProblem::NotAFile << "not_a_file";
}

void tst_ImagePreparer::problemNames()
{
    QFETCH(ImageProblem, problem);
    QFETCH(QString, name);
    QCOMPARE(imageProblemName(problem), name);
}

void tst_ImagePreparer::missingFile()
{
    const PreparedImage result = prepareImageFile(m_dir.filePath("nowhere.jpg"));
    QCOMPARE(result.problem, ImageProblem::Missing);
    QVERIFY(!result.ok());
    QVERIFY(result.message.contains("nowhere.jpg"));
    QCOMPARE(result.fileName, QStringLiteral("nowhere.jpg"));
}

void tst_ImagePreparer::folderIsUnreadable()
{
    // Running as root defeats chmod 000; a folder cannot be read as a file by anyone.
    QVERIFY(QDir(m_dir.path()).mkpath("folder.jpg"));
    const PreparedImage result = prepareImageFile(m_dir.filePath("folder.jpg"));
    QCOMPARE(result.problem, ImageProblem::Unreadable);
    QVERIFY(result.message.contains("folder.jpg"));
}

void tst_ImagePreparer::emptyFile()
{
    const PreparedImage result = prepareImageFile(write("zero.jpg", {}));
    QCOMPARE(result.problem, ImageProblem::Empty);
    QVERIFY(result.message.contains("zero.jpg"));
    QVERIFY(result.encoded.isEmpty());
}

void tst_ImagePreparer::textFileNamedJpg()
{
    const QByteArray text = QByteArray("This is a shopping list, not a photo.\n").repeated(40);
    const PreparedImage result = prepareImageFile(write("notes.jpg", text));
    QCOMPARE(result.problem, ImageProblem::NotAnImage);
    QVERIFY(result.message.contains("notes.jpg"));
}

void tst_ImagePreparer::tooLargeFile()
{
    const QString path = write("big.jpg", encoded(photoLike(200, 200), "jpeg"));
    PrepareOptions options;
    options.maxFileBytes = 1000;
    const PreparedImage result = prepareImageFile(path, options);
    QCOMPARE(result.problem, ImageProblem::TooLarge);
    QVERIFY(result.message.contains("big.jpg"));
    // The same file is fine under the default limit.
    QVERIFY(prepareImageFile(path).ok());
    // Bytes from elsewhere (a drop, a paste) meet the same limit, to the byte.
    const QByteArray bytes = encoded(photoLike(200, 200), "jpeg");
    options.maxFileBytes = bytes.size() - 1;
    QCOMPARE(prepareImageData(bytes, "pasted.jpg", options).problem, ImageProblem::TooLarge);
    options.maxFileBytes = bytes.size();
    QVERIFY(prepareImageData(bytes, "pasted.jpg", options).ok());
}

void tst_ImagePreparer::truncated_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray jpeg = encoded(photoLike(400, 300), "jpeg");
    const QByteArray png = encoded(photoLike(400, 300), "png");
    QTest::newRow("jpeg cut at 60%") << "cut.jpg" << jpeg.left(jpeg.size() * 6 / 10);
    QTest::newRow("jpeg without EOI") << "noeoi.jpg" << jpeg.left(jpeg.size() - 2);
    QTest::newRow("jpeg cut in header") << "header.jpg" << jpeg.left(300);
    QTest::newRow("png cut at 60%") << "cut.png" << png.left(png.size() * 6 / 10);
    QTest::newRow("png without IEND") << "noiend.png" << png.left(png.size() - 12);
}

void tst_ImagePreparer::truncated()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    const PreparedImage result = prepareImageFile(write(name, bytes));
    QCOMPARE(imageProblemName(result.problem), imageProblemName(ImageProblem::Truncated));
    QVERIFY(result.message.contains(name));
    QVERIFY(result.encoded.isEmpty());
}

void tst_ImagePreparer::bytesAfterEndOfImageAreAccepted()
{
    // Cameras append trailers (and motion photos a whole video) after the JPEG's EOI.
    const QByteArray jpeg = encoded(photoLike(400, 300), "jpeg");
    const QByteArray trailer = QByteArray("\xff\xd8 vendor trailer ", 18).repeated(100);
    const PreparedImage result = prepareImageFile(write("trailer.jpg", jpeg + trailer));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.size, QSize(400, 300));
}

// Under the pixel limit, but a 16-bit grey PNG of 15000 x 15000 (a 437 KB file can hold it)
// decodes to 450 MB and is converted to 900 MB more to be scaled: refused from its header, with
// the memory it would take, before a pixel is decoded. An 8-bit RGBA image of 12000 x 12000
// decodes straight into the format the scaler takes and fits the shared budget.
void tst_ImagePreparer::memoryHungryImageIsRefusedBeforeDecoding()
{
    const qint64 peakBefore = decodeBudget::peakHeldBytes();
    const PreparedImage grey =
        prepareImageFile(write("grey16.png", pngDeclaring(15000, 15000, 16, 0)));
    QCOMPARE(grey.problem, ImageProblem::Bomb);
    QVERIFY2(grey.message.contains("grey16.png") && grey.message.contains("MB of memory") &&
                 grey.message.contains("15000 x 15000"),
             qPrintable(grey.message));
    QCOMPARE(decodeBudget::peakHeldBytes(), peakBefore); // nothing was held: nothing decoded
    const PreparedImage rgba = prepareImageFile(write("rgba.png", pngDeclaring(12000, 12000)));
    QVERIFY2(rgba.problem != ImageProblem::Bomb, qPrintable(rgba.message));
}

void tst_ImagePreparer::pngDecompressionBomb()
{
    const QByteArray bomb = pngDeclaring(50000, 50000);
    QVERIFY(bomb.size() < 100);
    const PreparedImage result = prepareImageFile(write("bomb.png", bomb));
    QCOMPARE(result.problem, ImageProblem::Bomb);
    QVERIFY(result.message.contains("bomb.png"));
    QVERIFY(result.message.contains("50000"));
    // Under the limit, the same construction is not called a bomb.
    const PreparedImage small = prepareImageFile(write("small.png", pngDeclaring(100, 100)));
    QVERIFY(small.problem != ImageProblem::Bomb);
}

void tst_ImagePreparer::jpegDecompressionBomb()
{
    QByteArray jpeg = encoded(photoLike(64, 64), "jpeg");
    const qsizetype sof = jpeg.indexOf(QByteArray("\xff\xc0", 2));
    QVERIFY(sof > 0);
    // SOF0: marker, length(2), precision(1), height(2), width(2)
    const QByteArray huge = Bytes().u16(60000).u16(60000).data();
    jpeg.replace(sof + 5, 4, huge);
    const PreparedImage result = prepareImageFile(write("bomb.jpg", jpeg));
    QCOMPARE(result.problem, ImageProblem::Bomb);
    QVERIFY(result.message.contains("bomb.jpg"));
}

void tst_ImagePreparer::exifOrientationIsApplied()
{
    // Stored landscape 4000x3000 with a red top-left corner; orientation 6 means "rotate 90
    // degrees clockwise to display", which moves that corner to the top right.
    QImage stored = flat(4000, 3000);
    QPainter(&stored).fillRect(0, 0, 600, 600, Qt::red);
    const QByteArray jpeg = withExif(encoded(stored, "jpeg"), exifTiff(6));
    const QString path = write("rotated.jpg", jpeg);
    QCOMPARE(QImageReader(path).transformation(), QImageIOHandler::TransformationRotate90);

    const PreparedImage result = prepareImageFile(path);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.sourceSize, QSize(3000, 4000));
    QCOMPARE(result.size, QSize(1500, 2000));
    const QImage out = decoded(result);
    QCOMPARE(out.size(), QSize(1500, 2000));
    QVERIFY(isRed(out.pixel(out.width() - 20, 20)));
    QVERIFY(!isRed(out.pixel(20, 20)));
    QVERIFY(!isRed(out.pixel(20, out.height() - 20)));
}

void tst_ImagePreparer::downscale_data()
{
    QTest::addColumn<QSize>("input");
    QTest::addColumn<int>("maxEdge");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("landscape to 2000") << QSize(4000, 3000) << 2000 << QSize(2000, 1500);
    QTest::newRow("portrait to 2000") << QSize(2400, 3600) << 2000 << QSize(1333, 2000);
    QTest::newRow("odd factor to 2000") << QSize(2100, 1000) << 2000 << QSize(2000, 952);
    QTest::newRow("4k job to 6000") << QSize(7200, 3600) << 6000 << QSize(6000, 3000);
}

void tst_ImagePreparer::downscale()
{
    QFETCH(QSize, input);
    QFETCH(int, maxEdge);
    QFETCH(QSize, expected);
    QImage image = flat(input.width(), input.height());
    QPainter(&image).fillRect(0, 0, input.width() / 4, input.height() / 4, Qt::red);
    PrepareOptions options;
    options.maxEdge = maxEdge;
    const PreparedImage result =
        prepareImageFile(write("scale.jpg", encoded(image, "jpeg")), options);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.sourceSize, input);
    QCOMPARE(result.size, expected);
    QCOMPARE(result.mimeType, QByteArray("image/jpeg"));
    const QImage out = decoded(result);
    QCOMPARE(out.size(), expected);
    // Scaled, not cropped: the red quarter-block is still a quarter of each edge.
    QVERIFY(isRed(out.pixel(expected.width() / 4 - 8, expected.height() / 4 - 8)));
    QVERIFY(!isRed(out.pixel(expected.width() / 4 + 8, expected.height() / 4 + 8)));
}

void tst_ImagePreparer::neverUpscales()
{
    const QString path = write("small.jpg", encoded(photoLike(800, 600), "jpeg"));
    for (const int maxEdge : {2000, 6000}) {
        PrepareOptions options;
        options.maxEdge = maxEdge;
        const PreparedImage result = prepareImageFile(path, options);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.size, QSize(800, 600));
        QCOMPARE(decoded(result).size(), QSize(800, 600));
    }
}

void tst_ImagePreparer::realTransparencyKeepsPng()
{
    QImage cutout(3000, 1000, QImage::Format_ARGB32);
    cutout.fill(Qt::transparent);
    QPainter(&cutout).fillRect(1000, 0, 1000, 1000, QColor(200, 30, 30));
    const PreparedImage result = prepareImageFile(write("cutout.png", encoded(cutout, "png")));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.mimeType, QByteArray("image/png"));
    QVERIFY(result.encoded.startsWith("\x89PNG"));
    const QImage out = decoded(result);
    QCOMPARE(out.size(), QSize(2000, 667));
    QVERIFY(out.hasAlphaChannel());
    QCOMPARE(qAlpha(out.pixel(10, 10)), 0);
    QCOMPARE(qAlpha(out.pixel(1000, 333)), 255);
}

void tst_ImagePreparer::opaqueRgbaBecomesJpeg()
{
    QImage opaque(600, 400, QImage::Format_ARGB32);
    opaque.fill(QColor(10, 150, 60, 255));
    const QByteArray png = encoded(opaque, "png");
    QVERIFY(QImage::fromData(png).hasAlphaChannel()); // the input does carry an alpha channel
    const PreparedImage result = prepareImageFile(write("opaque.png", png));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.mimeType, QByteArray("image/jpeg"));
    QVERIFY(result.encoded.startsWith("\xff\xd8"));
    const QImage out = decoded(result);
    QVERIFY(!out.hasAlphaChannel());
    QVERIFY(qAbs(qGreen(out.pixel(300, 200)) - 150) < 6);
}

void tst_ImagePreparer::metadataIsStripped()
{
    QImage image = photoLike(640, 480);
    image.setText("Comment", "FR-SECRET-COMMENT"); // Qt writes this as a JPEG COM marker
    const QByteArray jpeg =
        withExif(encoded(image, "jpeg"), exifTiff(1, "FR-SECRET-GPS-48.8584N-2.2945E"));
    // The input really carries the metadata, so the checks below can fail.
    QVERIFY(jpeg.contains("Exif"));
    QVERIFY(jpeg.contains("FR-SECRET-GPS"));
    QVERIFY(jpeg.contains("FR-SECRET-COMMENT"));

    const PreparedImage result = prepareImageFile(write("gps.jpg", jpeg));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.size, QSize(640, 480)); // small: re-encoded only to strip metadata
    QVERIFY(!result.encoded.contains("Exif"));
    QVERIFY(!result.encoded.contains("FR-SECRET-GPS"));
    QVERIFY(!result.encoded.contains("GPS"));
    QVERIFY(!result.encoded.contains("FR-SECRET-COMMENT"));
    QVERIFY(QImage::fromData(result.encoded).textKeys().isEmpty());
}

void tst_ImagePreparer::qualityOptionIsUsed()
{
    const QString path = write("quality.jpg", encoded(photoLike(800, 600), "jpeg", 100));
    const PreparedImage standard = prepareImageFile(path);
    PrepareOptions low;
    low.jpegQuality = 40;
    const PreparedImage cheap = prepareImageFile(path, low);
    QVERIFY(standard.ok() && cheap.ok());
    QVERIFY2(cheap.encoded.size() * 2 < standard.encoded.size(),
             qPrintable(QString("q40 %1 bytes, q95 %2 bytes")
                            .arg(cheap.encoded.size())
                            .arg(standard.encoded.size())));
}

void tst_ImagePreparer::sha256OfSourceBytes()
{
    const QByteArray jpeg = encoded(photoLike(300, 200), "jpeg");
    const PreparedImage result = prepareImageFile(write("hash.jpg", jpeg));
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QByteArray expected = QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex();
    QCOMPARE(result.sourceSha256, expected);
    QCOMPARE(result.sourceSha256.size(), 64);
    QVERIFY(result.sourceSha256 != QCryptographicHash::hash(result.encoded,
                                                            QCryptographicHash::Sha256)
                                       .toHex()); // the source, not what is sent
    QCOMPARE(prepareImageData(jpeg, "hash.jpg").sourceSha256, expected);
}

void tst_ImagePreparer::dataUri()
{
    const PreparedImage result = prepareImageData(encoded(photoLike(120, 80), "jpeg"), "a.jpg");
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QString uri = result.dataUri();
    const QString prefix = QStringLiteral("data:image/jpeg;base64,");
    QVERIFY(uri.startsWith(prefix));
    QCOMPARE(QByteArray::fromBase64(uri.mid(prefix.size()).toLatin1()), result.encoded);
}

void tst_ImagePreparer::asyncVariant()
{
    const QString path = write("async.jpg", encoded(photoLike(3000, 2000), "jpeg"));
    QFutureWatcher<PreparedImage> watcher;
    watcher.setFuture(prepareImageAsync(path));
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isFinished(), 30000);
    const PreparedImage result = watcher.result();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.size, QSize(2000, 1333));

    QFuture<PreparedImage> failing = prepareImageAsync(m_dir.filePath("absent.jpg"));
    failing.waitForFinished();
    QCOMPARE(failing.result().problem, ImageProblem::Missing);
}

// Qt's painting borrows the global pool and waits for it; our decodes must not queue there (nor
// wait behind whatever occupies it). The global pool is held busy until the preparation is done.
void tst_ImagePreparer::asyncRunsWhileTheGlobalPoolIsBusy()
{
    QThreadPool *global = QThreadPool::globalInstance();
    QSemaphore release;
    const int threads = global->maxThreadCount();
    for (int i = 0; i < threads; ++i)
        global->start([&release] { release.acquire(); });
    const QString path = write("busy-pool.jpg", encoded(photoLike(800, 600), "jpeg"));
    QFutureWatcher<PreparedImage> watcher;
    watcher.setFuture(prepareImageAsync(path));
    const bool finished = QTest::qWaitFor([&] { return watcher.isFinished(); }, 20000);
    release.release(threads);
    global->waitForDone();
    QVERIFY2(finished, "the preparation waited for the global thread pool");
    QVERIFY(watcher.result().ok());
}

void tst_ImagePreparer::thumbnail()
{
    QImage stored = flat(4000, 3000);
    QPainter(&stored).fillRect(0, 0, 600, 600, Qt::red);
    const QString path = write("thumb.jpg", withExif(encoded(stored, "jpeg"), exifTiff(6)));
    const QImage thumb = loadThumbnail(path, QSize(128, 128));
    QCOMPARE(thumb.size(), QSize(96, 128));
    QVERIFY(isRed(thumb.pixel(thumb.width() - 3, 3)));
    QVERIFY(!isRed(thumb.pixel(3, 3)));

    QVERIFY(loadThumbnail(m_dir.filePath("absent.jpg"), QSize(128, 128)).isNull());
    QVERIFY(
        loadThumbnail(write("thumbbomb.png", pngDeclaring(50000, 50000)), QSize(64, 64)).isNull());
    // Small images are not enlarged.
    QCOMPARE(loadThumbnail(write("tiny.png", encoded(flat(40, 30), "png")), QSize(128, 128)).size(),
             QSize(40, 30));
}

void tst_ImagePreparer::peekSize()
{
    QCOMPARE(peekImageSize(encoded(flat(321, 123), "jpeg")), QSize(321, 123));
    QCOMPARE(peekImageSize(pngDeclaring(50000, 40000)), QSize(50000, 40000));
    QCOMPARE(peekImageSize(withExif(encoded(flat(300, 100), "jpeg"), exifTiff(6))),
             QSize(100, 300));
    QVERIFY(!peekImageSize("plain text, no pixels").isValid());
    QVERIFY(!peekImageSize({}).isValid());
}

void tst_ImagePreparer::bundledSamplesPrepare()
{
    const QDir samples(QStringLiteral(FR_SAMPLES_DIR));
    for (const char *name : {"product.jpg", "model.jpg", "face.jpg", "background.jpg"}) {
        const QString path = samples.filePath(QString::fromLatin1(name));
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QVERIFY2(QFileInfo(path).size() < 200 * 1024, name);
        const PreparedImage result = prepareImageFile(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.mimeType, QByteArray("image/jpeg"));
        QVERIFY(result.size.width() >= 400 && result.size.height() >= 400);
    }
}

QTEST_GUILESS_MAIN(tst_ImagePreparer)
#include "tst_imagepreparer.moc"

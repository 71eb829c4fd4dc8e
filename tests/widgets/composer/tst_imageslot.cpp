#include "core/images/WorkerPool.h"
#include "widgets/composer/ImageSlot.h"

#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImageWriter>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>
#include <QUrl>

using namespace fr;

namespace {

QImage photoLike(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(7);
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

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, format).write(image);
    return bytes;
}

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

QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = char((v >> (24 - 8 * i)) & 0xff);
    return b;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &payload)
{
    const QByteArray typed = type + payload;
    return be32(quint32(payload.size())) + typed + be32(crc32(typed));
}

// A well-formed PNG whose header declares width x height: a decompression bomb in 70 bytes.
QByteArray pngDeclaring(quint32 width, quint32 height)
{
    const QByteArray ihdr = be32(width) + be32(height) + QByteArray("\x08\x06\x00\x00\x00", 5);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", {}) +
           pngChunk("IEND", {});
}

ParamSpec productSpec(bool acceptsSaved = false)
{
    ParamSpec spec;
    spec.name = QStringLiteral("product_image");
    spec.kind = ParamKind::Image;
    spec.required = true;
    spec.label = QStringLiteral("Product");
    spec.help = QStringLiteral("Photo of the product to be worn.");
    spec.acceptsSaved = acceptsSaved;
    return spec;
}

} // namespace

class tst_ImageSlot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyStateTeaches();
    void dropFileUrl();
    void uploadEdgeChangesTheUploadLine();
    void dropImageData();
    void dropHttpUrl_data();
    void dropHttpUrl();
    void paste_data();
    void paste();
    void refused_data();
    void refused();
    void refusalIntoEmptySlot();
    void dismissProblem();
    void deleteKeyClears();
    void clearButtonClears();
    void lateCheckOfReplacedInputIsDropped();
    void disabledSlotRefusesDrops();
    void savedModel();

private:
    QString write(const QString &name, const QByteArray &bytes);
    bool drop(ImageSlot &slot, QMimeData *mime);

    QTemporaryDir m_dir;
    QString m_photo; // 3000 x 2000 JPEG
    QString m_small; // 400 x 300 JPEG
};

void tst_ImageSlot::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_photo = write(QStringLiteral("photo.jpg"), encoded(photoLike(3000, 2000), "jpeg"));
    m_small = write(QStringLiteral("small.jpg"), encoded(photoLike(400, 300), "jpeg"));
}

QString tst_ImageSlot::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The two events a real drag ends with; returns whether the slot accepted the drag.
bool tst_ImageSlot::drop(ImageSlot &slot, QMimeData *mime)
{
    const QPoint at = slot.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&slot, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropEvent(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&slot, &dropEvent);
    return true;
}

void tst_ImageSlot::emptyStateTeaches()
{
    ImageSlot slot(productSpec());
    QCOMPARE(slot.param(), QStringLiteral("product_image"));
    QVERIFY(slot.value().isEmpty());
    QVERIFY(slot.problem().isEmpty());
    QVERIFY(!slot.isBusy());
    QCOMPARE(slot.toolTip(), productSpec().help);
    QVERIFY(!slot.accessibleName().isEmpty());
}

void tst_ImageSlot::dropFileUrl()
{
    ImageSlot slot(productSpec());
    QSignalSpy changed(&slot, &ImageSlot::valueChanged);
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(m_photo)});
    QVERIFY(drop(slot, mime));
    QVERIFY(slot.isBusy());
    QTRY_COMPARE(slot.value(), m_photo);
    QVERIFY(!slot.isBusy());
    QVERIFY(slot.problem().isEmpty());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toString(), QStringLiteral("product_image"));
    QCOMPARE(changed.first().at(1).toString(), m_photo);
    QVERIFY2(slot.summary().contains(QStringLiteral("3000×2000")), qPrintable(slot.summary()));
    QVERIFY2(slot.summary().contains(QStringLiteral("uploads 2000×1333 JPEG")),
             qPrintable(slot.summary()));
    delete mime;
}

void tst_ImageSlot::uploadEdgeChangesTheUploadLine()
{
    ImageSlot slot(productSpec());
    slot.setValue(m_photo);
    QTRY_COMPARE(slot.value(), m_photo);
    slot.setUploadEdge(6000);
    QVERIFY2(slot.summary().contains(QStringLiteral("uploads 3000×2000 JPEG")),
             qPrintable(slot.summary()));
    slot.setUploadEdge(2000);
    QVERIFY(slot.summary().contains(QStringLiteral("uploads 2000×1333 JPEG")));
}

void tst_ImageSlot::dropImageData()
{
    ImageSlot slot(productSpec());
    QMimeData mime;
    mime.setImageData(photoLike(640, 480));
    QVERIFY(drop(slot, &mime));
    QTRY_VERIFY(!slot.value().isEmpty());
    QVERIFY(slot.problem().isEmpty());
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QVERIFY2(slot.value().startsWith(cache + QStringLiteral("/pasted/")), qPrintable(slot.value()));
    QVERIFY(QFile::exists(slot.value()));
    QVERIFY(slot.summary().contains(QStringLiteral("640×480")));
    QFile::remove(slot.value());
}

void tst_ImageSlot::dropHttpUrl_data()
{
    QTest::addColumn<bool>("asUriList");
    QTest::newRow("text/uri-list") << true;
    QTest::newRow("text/plain") << false;
}

void tst_ImageSlot::dropHttpUrl()
{
    QFETCH(bool, asUriList);
    const QString url = QStringLiteral("https://cdn.example.com/shirts/blue.jpg");
    ImageSlot slot(productSpec());
    QMimeData mime;
    if (asUriList)
        mime.setUrls({QUrl(url)});
    else
        mime.setText(url);
    QVERIFY(drop(slot, &mime));
    QCOMPARE(slot.value(), url); // a link needs no file check
    QVERIFY(!slot.isBusy());
    QVERIFY(slot.summary().contains(QStringLiteral("link")));
}

void tst_ImageSlot::paste_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("image data") << "image";
    QTest::newRow("file url") << "file";
    QTest::newRow("http url") << "http";
}

void tst_ImageSlot::paste()
{
    QFETCH(QString, kind);
    QClipboard *clipboard = QGuiApplication::clipboard();
    auto *mime = new QMimeData;
    if (kind == QLatin1String("image"))
        mime->setImageData(photoLike(320, 240));
    else if (kind == QLatin1String("file"))
        mime->setUrls({QUrl::fromLocalFile(m_small)});
    else
        mime->setText(QStringLiteral("http://example.com/model.png"));
    clipboard->setMimeData(mime);

    ImageSlot slot(productSpec());
    slot.paste();
    QTRY_VERIFY(!slot.value().isEmpty());
    QVERIFY(slot.problem().isEmpty());
    if (kind == QLatin1String("image")) {
        QVERIFY(slot.summary().contains(QStringLiteral("320×240")));
        QFile::remove(slot.value());
    } else if (kind == QLatin1String("file")) {
        QCOMPARE(slot.value(), m_small);
    } else {
        QCOMPARE(slot.value(), QStringLiteral("http://example.com/model.png"));
    }
    clipboard->clear();
}

void tst_ImageSlot::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty file") << "empty"
                                << "empty (0 bytes)";
    QTest::newRow("folder") << "folder"
                            << "is a folder";
    QTest::newRow("two files") << "two"
                               << "2 files";
    QTest::newRow("not an image") << "text"
                                  << "not an image";
    QTest::newRow("truncated jpeg") << "truncated"
                                    << "incomplete";
    QTest::newRow("decompression bomb") << "bomb"
                                        << "too many pixels";
    QTest::newRow("missing file") << "missing"
                                  << "not found";
    QTest::newRow("ftp link") << "ftp"
                              << "ftp";
    QTest::newRow("plain words") << "words"
                                 << "not an image link";
}

void tst_ImageSlot::refused()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);

    ImageSlot slot(productSpec());
    slot.setValue(m_small);
    QTRY_COMPARE(slot.value(), m_small);
    QSignalSpy changed(&slot, &ImageSlot::valueChanged);
    QSignalSpy state(&slot, &ImageSlot::stateChanged);

    QMimeData mime;
    if (kind == QLatin1String("empty")) {
        mime.setUrls({QUrl::fromLocalFile(write(QStringLiteral("empty.jpg"), {}))});
    } else if (kind == QLatin1String("folder")) {
        QDir(m_dir.path()).mkpath(QStringLiteral("shoots"));
        mime.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("shoots")))});
    } else if (kind == QLatin1String("two")) {
        mime.setUrls({QUrl::fromLocalFile(m_small), QUrl::fromLocalFile(m_photo)});
    } else if (kind == QLatin1String("text")) {
        mime.setUrls({QUrl::fromLocalFile(
            write(QStringLiteral("notes.jpg"), QByteArray("shopping list: shirts, shoes\n")))});
    } else if (kind == QLatin1String("truncated")) {
        const QByteArray jpeg = encoded(photoLike(400, 300), "jpeg");
        mime.setUrls(
            {QUrl::fromLocalFile(write(QStringLiteral("half.jpg"), jpeg.left(jpeg.size() / 2)))});
    } else if (kind == QLatin1String("bomb")) {
        mime.setUrls(
            {QUrl::fromLocalFile(write(QStringLiteral("bomb.png"), pngDeclaring(100000, 100000)))});
    } else if (kind == QLatin1String("missing")) {
        mime.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("gone.jpg")))});
    } else if (kind == QLatin1String("ftp")) {
        mime.setUrls({QUrl(QStringLiteral("ftp://files.example.com/shirt.jpg"))});
    } else {
        mime.setText(QStringLiteral("a blue shirt"));
    }
    QVERIFY(drop(slot, &mime));
    QTRY_VERIFY(!slot.problem().isEmpty());
    QVERIFY2(slot.problem().contains(reason, Qt::CaseInsensitive), qPrintable(slot.problem()));
    QVERIFY(!slot.isBusy());
    // The previous value is not lost: still the value, and the slot says it is kept.
    QCOMPARE(slot.value(), m_small);
    QCOMPARE(changed.count(), 0);
    QVERIFY(state.count() >= 1);
    bool shown = false;
    for (QLabel *label : slot.findChildren<QLabel *>()) {
        if (label->isVisibleTo(&slot) && label->text().contains(slot.problem()) &&
            label->text().contains(QStringLiteral("previous image is kept")))
            shown = true;
    }
    QVERIFY2(shown, "the refusal is shown in the slot");
}

void tst_ImageSlot::refusalIntoEmptySlot()
{
    ImageSlot slot(productSpec());
    slot.setValue(m_dir.filePath(QStringLiteral("nothing-here.jpg")));
    QTRY_VERIFY(!slot.problem().isEmpty());
    QVERIFY(slot.value().isEmpty());
    QVERIFY(slot.problem().contains(QStringLiteral("nothing-here.jpg")));
}

void tst_ImageSlot::dismissProblem()
{
    ImageSlot slot(productSpec());
    QSignalSpy state(&slot, &ImageSlot::stateChanged);
    slot.setValue(QStringLiteral("ftp://example.com/a.jpg"));
    QVERIFY(!slot.problem().isEmpty());
    state.clear();
    QToolButton *dismiss = nullptr;
    for (QToolButton *b : slot.findChildren<QToolButton *>()) {
        if (b->accessibleName().startsWith(QStringLiteral("Dismiss")))
            dismiss = b;
    }
    QVERIFY(dismiss);
    dismiss->click();
    QVERIFY(slot.problem().isEmpty());
    QCOMPARE(state.count(), 1);
}

void tst_ImageSlot::deleteKeyClears()
{
    ImageSlot slot(productSpec());
    slot.setValue(m_small);
    QTRY_COMPARE(slot.value(), m_small);
    QSignalSpy changed(&slot, &ImageSlot::valueChanged);
    QTest::keyClick(&slot, Qt::Key_Delete);
    QVERIFY(slot.value().isEmpty());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(1).toString(), QString());

    slot.setValue(QStringLiteral("https://example.com/x.jpg"));
    QTest::keyClick(&slot, Qt::Key_Backspace);
    QVERIFY(slot.value().isEmpty());
}

void tst_ImageSlot::clearButtonClears()
{
    ImageSlot slot(productSpec());
    slot.show();
    slot.setValue(m_small);
    QTRY_COMPARE(slot.value(), m_small);
    QToolButton *clear = nullptr;
    for (QToolButton *b : slot.findChildren<QToolButton *>()) {
        if (b->accessibleName() == QStringLiteral("Clear the Product image"))
            clear = b;
    }
    QVERIFY(clear);
    QVERIFY(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(slot.value().isEmpty());
    QVERIFY(!clear->isVisible());
}

void tst_ImageSlot::lateCheckOfReplacedInputIsDropped()
{
    ImageSlot slot(productSpec());
    slot.setValue(m_photo); // checked on a worker thread
    QVERIFY(slot.isBusy());
    const QString link = QStringLiteral("https://example.com/other.jpg");
    slot.setValue(link); // replaces it before the check returns
    QCOMPARE(slot.value(), link);
    fr::workerPool()->waitForDone(); // where the slot's check runs
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(slot.value(), link);
    QVERIFY(!slot.isBusy());
}

void tst_ImageSlot::disabledSlotRefusesDrops()
{
    ImageSlot slot(productSpec());
    const QString reason = QStringLiteral("Not used: Face can't be combined with a Model image.");
    slot.setValue(QStringLiteral("https://example.com/kept.jpg"));
    slot.setDisabledReason(reason);
    QCOMPARE(slot.disabledReason(), reason);
    QCOMPARE(slot.value(), QStringLiteral("https://example.com/kept.jpg")); // kept
    bool shown = false;
    for (QLabel *label : slot.findChildren<QLabel *>())
        shown |= label->isVisibleTo(&slot) && label->text() == reason;
    QVERIFY(shown);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_small)});
    QVERIFY(!drop(slot, &mime));
    slot.setDisabledReason({});
    QVERIFY(drop(slot, &mime));
    QTRY_COMPARE(slot.value(), m_small);
}

void tst_ImageSlot::savedModel()
{
    ImageSlot plain(productSpec(false));
    plain.setValue(QStringLiteral("saved:anna"));
    QVERIFY(plain.value().isEmpty());
    QVERIFY(!plain.problem().isEmpty());

    ImageSlot model(productSpec(true));
    model.setValue(QStringLiteral("saved:anna"));
    QCOMPARE(model.value(), QStringLiteral("saved:anna"));
    auto *edit = model.findChild<QLineEdit *>();
    QVERIFY(edit);
    QCOMPARE(edit->text(), QStringLiteral("anna"));
    edit->setText(QStringLiteral("bruno"));
    emit edit->editingFinished();
    QCOMPARE(model.value(), QStringLiteral("saved:bruno"));
}

QTEST_MAIN(tst_ImageSlot)
#include "tst_imageslot.moc"

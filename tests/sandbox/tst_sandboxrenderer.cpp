#include "core/catalog/ModelCatalog.h"
#include "sandbox/SandboxBitmapFont.h"
#include "sandbox/SandboxRenderer.h"

#include <QBuffer>
#include <QPainter>
#include <QTest>

using namespace fr;

namespace {

QImage solid(QSize size, const QColor &color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    return image;
}

QString dataUri(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(bytes.toBase64());
}

int differingPixels(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < a.height(); y += 4)
        for (int x = 0; x < a.width(); x += 4)
            n += a.pixel(x, y) != b.pixel(x, y);
    return n;
}

} // namespace

class TestSandboxRenderer : public QObject
{
    Q_OBJECT

private:
    ModelCatalog m_catalog = ModelCatalog::bundled();
    const ModelSpec &p2m() { return *m_catalog.model("product-to-model"); }

private slots:
    void sizesFollowTheCatalog_data()
    {
        QTest::addColumn<QJsonObject>("values");
        QTest::addColumn<QSize>("productSize");
        QTest::addColumn<double>("ratio");
        QTest::addColumn<double>("megapixels");
        QTest::newRow("1:1 1k") << QJsonObject{{"aspect_ratio", "1:1"}} << QSize(40, 80) << 1.0
                                << 1.0;
        QTest::newRow("16:9 1k") << QJsonObject{{"aspect_ratio", "16:9"}} << QSize(40, 80)
                                 << 16.0 / 9 << 1.0;
        QTest::newRow("2:3 2k") << QJsonObject{{"aspect_ratio", "2:3"}, {"resolution", "2k"}}
                                << QSize(40, 80) << 2.0 / 3 << 4.0;
        QTest::newRow("inherit product 4:3") << QJsonObject{} << QSize(400, 300) << 4.0 / 3 << 1.0;
    }
    void sizesFollowTheCatalog()
    {
        QFETCH(QJsonObject, values);
        QFETCH(QSize, productSize);
        QFETCH(double, ratio);
        QFETCH(double, megapixels);
        SandboxRenderJob job{p2m(), values, {}, {}, {}};
        job.values.insert("product_image", dataUri(solid(productSize, Qt::red)));
        job.dataUris.insert("product_image", job.values.value("product_image").toString());
        const SandboxRenderResult r = SandboxRenderer::run(job);
        QVERIFY2(r.errorName.isEmpty(), qPrintable(r.errorMessage));
        QCOMPARE(r.outputs.size(), 1);
        const QImage out = QImage::fromData(r.outputs.first());
        QCOMPARE(out.size(), r.size);
        QVERIFY2(qAbs(double(out.width()) / out.height() - ratio) < 0.02,
                 qPrintable(QStringLiteral("%1x%2").arg(out.width()).arg(out.height())));
        QVERIFY(qAbs(out.width() * out.height() / (1024.0 * 1024.0) - megapixels) <
                0.05 * megapixels);
    }
    void deterministicPerSeedAndDifferentBetweenSeeds()
    {
        const QImage product = solid({64, 64}, Qt::red);
        const QImage a =
            SandboxRenderer::renderImage(p2m(), {}, {{"product_image", product}}, {300, 400}, 7);
        const QImage b =
            SandboxRenderer::renderImage(p2m(), {}, {{"product_image", product}}, {300, 400}, 7);
        const QImage c =
            SandboxRenderer::renderImage(p2m(), {}, {{"product_image", product}}, {300, 400}, 8);
        QCOMPARE(SandboxRenderer::encode(a, "png"), SandboxRenderer::encode(b, "png"));
        QVERIFY(differingPixels(a, c) > 500);
    }
    void usesTheInputs()
    {
        const QImage red = SandboxRenderer::renderImage(
            p2m(), {}, {{"product_image", solid({64, 64}, Qt::red)}}, {300, 400}, 1);
        const QImage blue = SandboxRenderer::renderImage(
            p2m(), {}, {{"product_image", solid({64, 64}, Qt::blue)}}, {300, 400}, 1);
        QVERIFY(differingPixels(red, blue) > 50);
        int redPixels = 0;
        for (int y = 0; y < red.height(); ++y)
            for (int x = 0; x < red.width(); ++x)
                redPixels += red.pixel(x, y) == qRgb(255, 0, 0);
        QVERIFY(redPixels > 1000); // the product is pasted onto the figure

        const QImage face =
            SandboxRenderer::renderImage(p2m(), {},
                                         {{"product_image", solid({64, 64}, Qt::red)},
                                          {"face_reference", solid({30, 30}, Qt::green)}},
                                         {300, 400}, 1);
        int green = 0;
        for (int y = 0; y < face.height() / 3; ++y)
            for (int x = 0; x < face.width(); ++x)
                green += face.pixel(x, y) == qRgb(0, 255, 0);
        QVERIFY(green > 200); // the face is in the head

        const ModelSpec &tryon = *m_catalog.model("tryon-v1.6");
        const QImage onModel =
            SandboxRenderer::renderImage(tryon, {},
                                         {{"model_image", solid({300, 400}, Qt::yellow)},
                                          {"garment_image", solid({50, 50}, Qt::blue)}},
                                         {300, 400}, 3);
        QCOMPARE(onModel.pixel(onModel.width() - 5, onModel.height() / 2), qRgb(255, 255, 0));
        QCOMPARE(onModel.pixel(onModel.width() / 2, int(onModel.height() * 0.44)), qRgb(0, 0, 255));
    }
    void stampsSandbox()
    {
        const QImage image = SandboxRenderer::renderImage(p2m(), {}, {}, {440, 440}, 1);
        // The top-left pixel of the 'S' glyph (row 0 = 01111: column 1 lit, column 0 dark).
        const int pixel = 440 / 110;
        const QPoint origin(4 * pixel, 4 * pixel);
        QCOMPARE(image.pixel(origin + QPoint(pixel + 1, 1)), qRgb(255, 255, 255));
        QVERIFY(image.pixel(origin + QPoint(1, 1)) != qRgb(255, 255, 255));
        QCOMPARE(SandboxBitmapFont::measure("SANDBOX", 2), QSize(7 * 6 * 2 - 2, 14));
    }
    void tryOnKeepsTheModelSizeCapped()
    {
        const ModelSpec &tryon = *m_catalog.model("tryon-v1.6");
        SandboxRenderJob job{tryon, {{"num_samples", 2}, {"output_format", "jpeg"}}, {}, {}, {}};
        job.values.insert("model_image", "x");
        job.values.insert("garment_image", "y");
        job.dataUris.insert("garment_image", dataUri(solid({50, 50}, Qt::blue)));
        job.images.insert("model_image", solid({3000, 4000}, Qt::yellow));
        const SandboxRenderResult r = SandboxRenderer::run(job);
        QCOMPARE(r.size, QSize(1500, 2000));
        QCOMPARE(r.outputs.size(), 2);
        QVERIFY(r.outputs[0].startsWith("\xFF\xD8"));
        QVERIFY(r.outputs[0] != r.outputs[1]);
    }
    void undecodableInputFails()
    {
        SandboxRenderJob job{p2m(), {}, {}, {}, {}};
        job.dataUris.insert("product_image", "data:image/png;base64,aGVsbG8=");
        const SandboxRenderResult r = SandboxRenderer::run(job);
        QCOMPARE(r.errorName, QStringLiteral("ImageLoadError"));
        QVERIFY(r.errorMessage.contains("product_image"));
        QVERIFY(SandboxRenderer::decodeDataUri("data:text/plain;base64,aGVsbG8=").isNull());
        QCOMPARE(SandboxRenderer::savedModel("demo").size(), QSize(768, 1024));
    }
};

QTEST_GUILESS_MAIN(TestSandboxRenderer)
#include "tst_sandboxrenderer.moc"

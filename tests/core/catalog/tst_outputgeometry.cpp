#include "core/catalog/ModelCatalog.h"
#include "core/catalog/OutputGeometry.h"

#include <QTest>

using namespace fr;

class tst_OutputGeometry : public QObject
{
    Q_OBJECT
    ModelCatalog m_catalog = ModelCatalog::bundled();

private slots:
    void inheritance_data()
    {
        QTest::addColumn<QStringList>("given"); // image inputs set
        QTest::addColumn<QString>("explicitRatio");
        QTest::addColumn<QString>("expected");
        // product 1:1, inspiration 16:9, background 4:3, model 2:3 (sizes below)
        QTest::newRow("product only") << QStringList{"product_image"} << ""
                                      << "1:1";
        QTest::newRow("inspiration beats product")
            << QStringList{"product_image", "image_prompt"} << ""
            << "16:9";
        QTest::newRow("background beats inspiration")
            << QStringList{"product_image", "image_prompt", "background_reference"} << ""
            << "4:3";
        QTest::newRow("model beats all") << QStringList{"product_image", "model_image"} << ""
                                         << "2:3";
        QTest::newRow("explicit wins") << QStringList{"product_image", "model_image"} << "9:16"
                                       << "9:16";
    }
    void inheritance()
    {
        QFETCH(QStringList, given);
        QFETCH(QString, explicitRatio);
        QFETCH(QString, expected);
        const QMap<QString, QSize> sizes{{"product_image", {1000, 1000}},
                                         {"image_prompt", {1920, 1080}},
                                         {"background_reference", {1600, 1200}},
                                         {"model_image", {800, 1200}}};
        QJsonObject values;
        for (const QString &g : given)
            values[g] = "https://e.com/x.jpg";
        if (!explicitRatio.isEmpty())
            values["aspect_ratio"] = explicitRatio;
        QCOMPARE(effectiveAspectRatio(*m_catalog.model("product-to-model"), values, sizes),
                 expected);
    }

    void snapsToSupportedRatio()
    {
        const QJsonObject values{{"product_image", "x"}};
        // 1000x1320 is closest to 3:4 among the nine ratios
        QCOMPARE(effectiveAspectRatio(*m_catalog.model("product-to-model"), values,
                                      {{"product_image", {1000, 1320}}}),
                 QString("3:4"));
    }

    void tierSizes_data()
    {
        QTest::addColumn<QString>("resolution");
        QTest::addColumn<QString>("ratio");
        QTest::addColumn<double>("megapixels");
        for (const char *r : {"1:1", "3:4", "16:9", "2:3"}) {
            QTest::addRow("1k %s", r) << "1k" << r << 1.0;
            QTest::addRow("2k %s", r) << "2k" << r << 4.0;
            QTest::addRow("4k %s", r) << "4k" << r << 16.0;
        }
    }
    void tierSizes()
    {
        QFETCH(QString, resolution);
        QFETCH(QString, ratio);
        QFETCH(double, megapixels);
        const QJsonObject values{
            {"product_image", "x"}, {"resolution", resolution}, {"aspect_ratio", ratio}};
        const QSize s = outputPixelSize(*m_catalog.model("product-to-model"), values, {});
        const double mp = s.width() * double(s.height()) / (1024.0 * 1024.0);
        QVERIFY2(qAbs(mp - megapixels) / megapixels < 0.05, qPrintable(QString::number(mp)));
        const QStringList parts = ratio.split(':');
        const double want = parts[0].toDouble() / parts[1].toDouble();
        QVERIFY(qAbs(double(s.width()) / s.height() - want) < 0.02);
        QCOMPARE(s.width() % 16, 0);
    }

    void tryOnKeepsModelSize()
    {
        const ModelSpec &v16 = *m_catalog.model("tryon-v1.6");
        const QJsonObject values{{"model_image", "x"}, {"garment_image", "y"}};
        QCOMPARE(outputPixelSize(v16, values, {{"model_image", {768, 1152}}}), QSize(768, 1152));
        QCOMPARE(outputPixelSize(v16, values, {{"model_image", {3000, 4000}}}), QSize(1500, 2000));
    }
};

QTEST_GUILESS_MAIN(tst_OutputGeometry)
#include "tst_outputgeometry.moc"

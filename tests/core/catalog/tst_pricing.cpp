#include "core/catalog/ModelCatalog.h"
#include "core/catalog/Pricing.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fr;

class tst_Pricing : public QObject
{
    Q_OBJECT
private:
    ModelCatalog m_catalog = ModelCatalog::bundled();
    const ModelSpec &model(const char *name) { return *m_catalog.model(QString::fromLatin1(name)); }

private slots:
    void productToModelTable_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("resolution");
        QTest::addColumn<int>("faces");    // 0 or 1
        QTest::addColumn<int>("expected"); // per image
        const QStringList modes{"fast", "balanced", "quality"};
        const QStringList tiers{"1k", "2k", "4k"};
        // The seed's table, +3 per image with face_reference: 27 cells with the face rows
        // being the 9 base cells shifted, 9 automatic-mode cells below.
        for (int m = 0; m < 3; ++m) {
            for (int r = 0; r < 3; ++r) {
                const int base = 1 + m + r;
                QTest::addRow("%s-%s", qPrintable(modes[m]), qPrintable(tiers[r]))
                    << modes[m] << tiers[r] << 0 << base;
                QTest::addRow("%s-%s-face", qPrintable(modes[m]), qPrintable(tiers[r]))
                    << modes[m] << tiers[r] << 1 << base + 3;
            }
        }
        // Omitted generation_mode: fast at 1k, quality at 2k and 4k (seed 000).
        QTest::addRow("auto-1k") << QString() << "1k" << 0 << 1;
        QTest::addRow("auto-2k") << QString() << "2k" << 0 << 4;
        QTest::addRow("auto-4k") << QString() << "4k" << 0 << 5;
        QTest::addRow("auto-default-res") << QString() << QString() << 0 << 1;
        QTest::addRow("auto-4k-face") << QString() << "4k" << 1 << 8;
        QTest::addRow("default-res-quality") << "quality" << QString() << 0 << 3;
    }
    void productToModelTable()
    {
        QFETCH(QString, mode);
        QFETCH(QString, resolution);
        QFETCH(int, faces);
        QFETCH(int, expected);
        QJsonObject values{{"product_image", "https://example.com/p.jpg"}};
        if (!mode.isEmpty())
            values["generation_mode"] = mode;
        if (!resolution.isEmpty())
            values["resolution"] = resolution;
        if (faces)
            values["face_reference"] = "https://example.com/f.jpg";
        const PriceBreakdown p = estimatePrice(model("product-to-model"), values);
        QVERIFY(p.known);
        QCOMPARE(p.total, expected);
        QCOMPARE(p.automatic, mode.isEmpty());
        if (mode.isEmpty())
            QCOMPARE(p.billedRow, resolution == "1k" || resolution.isEmpty() ? QString("fast")
                                                                             : QString("quality"));
    }

    void numImagesMultiplies_data()
    {
        QTest::addColumn<int>("n");
        for (int n = 1; n <= 4; ++n)
            QTest::addRow("%d", n) << n;
    }
    void numImagesMultiplies()
    {
        QFETCH(int, n);
        const QJsonObject values{{"product_image", "https://e.com/p.jpg"},
                                 {"generation_mode", "balanced"},
                                 {"resolution", "2k"},
                                 {"face_reference", "https://e.com/f.jpg"},
                                 {"num_images", n}};
        const PriceBreakdown p = estimatePrice(model("product-to-model"), values);
        QCOMPARE(p.images, n);
        QCOMPARE(p.perImageBase, 3);
        QCOMPARE(p.perImageExtras, 3);
        QCOMPARE(p.total, 6 * n);
    }

    void tryOnIsOneCreditPerImage()
    {
        for (const char *name : {"tryon-v1.6", "tryon-legacy"}) {
            const ModelSpec &m = model(name);
            QJsonObject values{{"model_image", "saved:me"},
                               {"garment_image", "https://e.com/g.jpg"}};
            QCOMPARE(estimatePrice(m, values).total, 1);
            values["num_samples"] = 3;
            values["mode"] = "quality";
            QCOMPARE(estimatePrice(m, values).total, 3);
        }
    }

    void tryOnMax()
    {
        const ModelSpec &m = model("tryon-max");
        QJsonObject values{{"product_image", "https://e.com/p.jpg"},
                           {"model_image", "https://e.com/m.jpg"}};
        QCOMPARE(estimatePrice(m, values).total, 2); // omitted mode billed as balanced at 1k
        values["resolution"] = "4k";
        QCOMPARE(estimatePrice(m, values).total, 4);
        values["generation_mode"] = "quality";
        values["num_images"] = 2;
        QCOMPARE(estimatePrice(m, values).total, 10);
    }

    void overrideCatalogChangesPrice()
    {
        // A user's catalog file replaces the bundled one: 2k automatic billed as balanced.
        QTemporaryDir dir;
        QFile bundled(":/catalog/product-to-model.json");
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        QByteArray json = bundled.readAll();
        json.replace(
            "\"omitted_row\": {\"1k\": \"fast\", \"2k\": \"quality\", \"4k\": \"quality\"}",
            "\"omitted_row\": {\"1k\": \"fast\", \"2k\": \"balanced\", \"4k\": \"balanced\"}");
        QFile out(dir.filePath("product-to-model.json"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json);
        out.close();
        QStringList warnings;
        const ModelCatalog catalog = ModelCatalog::load(dir.path(), &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
        const QJsonObject values{{"product_image", "https://e.com/p.jpg"}, {"resolution", "2k"}};
        QCOMPARE(estimatePrice(*catalog.model("product-to-model"), values).total, 3);
        QCOMPARE(estimatePrice(model("product-to-model"), values).total, 4);
    }

    // Two paid extras add up (a catalog override adds a second one to the face reference).
    void extrasAddUp()
    {
        QTemporaryDir dir;
        QFile bundled(":/catalog/product-to-model.json");
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        QByteArray json = bundled.readAll();
        const QByteArray one = "\"extras\": [{\"if_set\": \"face_reference\", \"per_image\": 3}]";
        QVERIFY(json.contains(one));
        json.replace(one, "\"extras\": [{\"if_set\": \"face_reference\", \"per_image\": 3}, "
                          "{\"if_set\": \"background_reference\", \"per_image\": 2}]");
        QFile out(dir.filePath("product-to-model.json"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json);
        out.close();
        QStringList warnings;
        const ModelCatalog catalog = ModelCatalog::load(dir.path(), &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
        const QJsonObject values{{"product_image", "https://e.com/p.jpg"},
                                 {"face_reference", "https://e.com/f.jpg"},
                                 {"background_reference", "https://e.com/b.jpg"},
                                 {"generation_mode", "fast"},
                                 {"num_images", 2}};
        // (1 base + 3 + 2) per image, two images.
        QCOMPARE(estimatePrice(*catalog.model("product-to-model"), values).total, 12);
    }

    void expectedDurations()
    {
        const ModelSpec &p2m = model("product-to-model");
        const double fast1k = expectedDurationSeconds(p2m, {{"generation_mode", "fast"}});
        const double quality4k =
            expectedDurationSeconds(p2m, {{"generation_mode", "quality"}, {"resolution", "4k"}});
        QVERIFY(fast1k < 20);
        QVERIFY(quality4k <= 120 && quality4k > 90);
        QVERIFY(expectedDurationSeconds(p2m, {{"num_images", 4}}) >
                expectedDurationSeconds(p2m, {}));
        const ModelSpec &v16 = model("tryon-v1.6");
        QCOMPARE(expectedDurationSeconds(v16, {{"mode", "performance"}}), 5.0);
        QCOMPARE(expectedDurationSeconds(v16, {}), 8.0); // default mode balanced
    }
};

QTEST_GUILESS_MAIN(tst_Pricing)
#include "tst_pricing.moc"

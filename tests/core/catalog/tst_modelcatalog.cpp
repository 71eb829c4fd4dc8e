#include "core/catalog/ModelCatalog.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fr;

class tst_ModelCatalog : public QObject
{
    Q_OBJECT
private slots:
    void bundledModels()
    {
        QStringList warnings;
        const ModelCatalog catalog = ModelCatalog::load(QString(), &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
        QCOMPARE(catalog.modelNames(),
                 QStringList({"product-to-model", "tryon-legacy", "tryon-max", "tryon-v1.6"}));
    }

    void everyParameterOfEachModel_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QStringList>("params");
        QTest::addColumn<QStringList>("required");
        QTest::newRow("product-to-model")
            << "product-to-model" << QStringList{"product_image",
                                                 "model_image",
                                                 "image_prompt",
                                                 "face_reference",
                                                 "face_reference_mode",
                                                 "prompt",
                                                 "aspect_ratio",
                                                 "resolution",
                                                 "generation_mode",
                                                 "background_reference",
                                                 "seed",
                                                 "num_images",
                                                 "output_format",
                                                 "return_base64"}
            << QStringList{"product_image"};
        QTest::newRow("tryon-v1.6") << "tryon-v1.6" << QStringList{"model_image",
                                                                   "garment_image",
                                                                   "category",
                                                                   "segmentation_free",
                                                                   "moderation_level",
                                                                   "garment_photo_type",
                                                                   "mode",
                                                                   "seed",
                                                                   "num_samples",
                                                                   "output_format",
                                                                   "return_base64"}
                                    << QStringList{"model_image", "garment_image"};
        QTest::newRow("tryon-legacy") << "tryon-legacy"
                                      << QStringList{"model_image",
                                                     "garment_image",
                                                     "category",
                                                     "moderation_level",
                                                     "cover_feet",
                                                     "adjust_hands",
                                                     "restore_background",
                                                     "restore_clothes",
                                                     "garment_photo_type",
                                                     "long_top",
                                                     "mode",
                                                     "seed",
                                                     "num_samples"}
                                      << QStringList{"model_image", "garment_image"};
        QTest::newRow("tryon-max")
            << "tryon-max" << QStringList{"product_image", "model_image",     "prompt",
                                          "resolution",    "generation_mode", "seed",
                                          "num_images",    "output_format",   "return_base64"}
            << QStringList{"product_image", "model_image"};
    }
    void everyParameterOfEachModel()
    {
        QFETCH(QString, model);
        QFETCH(QStringList, params);
        QFETCH(QStringList, required);
        const ModelCatalog catalog = ModelCatalog::bundled();
        const ModelSpec *spec = catalog.model(model);
        QVERIFY(spec);
        QStringList names;
        for (const ParamSpec &p : spec->inputs()) {
            names << p.name;
            QCOMPARE(p.required, required.contains(p.name));
            QVERIFY2(!p.label.isEmpty() && !p.help.isEmpty(), qPrintable(p.name));
        }
        QCOMPARE(names, params);
    }

    void productToModelRules()
    {
        const ModelCatalog catalog = ModelCatalog::bundled();
        const ModelSpec *spec = catalog.model("product-to-model");
        QCOMPARE(spec->requestShape(), RequestShape::Versioned);
        QCOMPARE(spec->input("model_image")->excludes,
                 QStringList({"image_prompt", "face_reference", "background_reference"}));
        QCOMPARE(
            spec->input("aspect_ratio")->inheritFrom,
            QStringList({"model_image", "background_reference", "image_prompt", "product_image"}));
        QCOMPARE(spec->input("aspect_ratio")->values.size(), 9);
        QCOMPARE(spec->input("seed")->maximum.value(), qint64(4294967295LL));
        QCOMPARE(spec->input("face_reference_mode")->defaultValue.toString(),
                 QString("match_reference"));
        QVERIFY(!spec->input("generation_mode")->hasDefault()); // omitted = automatic
        QCOMPARE(spec->imageInputs(), QStringList({"product_image", "model_image", "image_prompt",
                                                   "face_reference", "background_reference"}));
        QCOMPARE(catalog.model("tryon-legacy")->requestShape(), RequestShape::Flat);
        QVERIFY(catalog.model("tryon-v1.6")->input("model_image")->acceptsSaved);
        QCOMPARE(catalog.model("tryon-v1.6")->countParam(), QString("num_samples"));
    }

    void brokenOverrideKeepsBundled()
    {
        QTemporaryDir dir;
        QFile bad(dir.filePath("product-to-model.json"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ \"name\": \"product-to-model\", \"inputs\": [ {\"name\": \"x\", \"kind\": "
                  "\"colour\"} ] }");
        bad.close();
        QFile garbage(dir.filePath("zzz.json"));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("not json");
        garbage.close();
        QStringList warnings;
        const ModelCatalog catalog = ModelCatalog::load(dir.path(), &warnings);
        QCOMPARE(warnings.size(), 2);
        QVERIFY(warnings[0].contains("unknown kind"));
        QVERIFY(warnings[1].contains("not a JSON object"));
        QVERIFY(catalog.model("product-to-model")->input("product_image"));
    }

    void overrideAddsModel()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath("background-remove.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"name":"background-remove","inputs":[{"name":"image","kind":"image","required":true}],
                   "pricing":{"per_image":1}})");
        f.close();
        const ModelCatalog catalog = ModelCatalog::load(dir.path());
        QVERIFY(catalog.model("background-remove"));
        QCOMPARE(catalog.modelNames().size(), 5);
    }

    void rejectsDanglingReferences()
    {
        QString error;
        const ModelSpec spec = ModelSpec::fromJson(
            QJsonDocument::fromJson(
                R"({"name":"m","inputs":[{"name":"a","kind":"image","excludes":["b"]}],
                                        "pricing":{"per_image":1}})")
                .object(),
            &error);
        QVERIFY(!spec.isValid());
        QVERIFY2(error.contains("unknown input b"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_ModelCatalog)
#include "tst_modelcatalog.moc"

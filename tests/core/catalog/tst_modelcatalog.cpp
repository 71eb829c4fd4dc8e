#include "core/catalog/ModelCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace fr;

namespace {
// Marks every "catalog" string it is asked for, so the test sees which texts go through it.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "catalog") == 0
                   ? QStringLiteral("<%1>").arg(QString::fromUtf8(source))
                   : QString();
    }
    bool isEmpty() const override { return false; }
};
} // namespace

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

    // What the runner, the sandbox and the output geometry used to know by a parameter's name.
    void roles_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("param");
        const QString none;
        QTest::newRow("p2m seed") << "product-to-model"
                                  << "seed"
                                  << "seed";
        QTest::newRow("p2m inline") << "product-to-model"
                                    << "inline_outputs"
                                    << "return_base64";
        QTest::newRow("p2m model image") << "product-to-model"
                                         << "model_image"
                                         << "model_image";
        QTest::newRow("p2m format") << "product-to-model"
                                    << "output_format"
                                    << "output_format";
        QTest::newRow("p2m aspect") << "product-to-model"
                                    << "aspect_ratio"
                                    << "aspect_ratio";
        QTest::newRow("v1.6 seed") << "tryon-v1.6"
                                   << "seed"
                                   << "seed";
        QTest::newRow("v1.6 inline") << "tryon-v1.6"
                                     << "inline_outputs"
                                     << "return_base64";
        QTest::newRow("v1.6 model image") << "tryon-v1.6"
                                          << "model_image"
                                          << "model_image";
        QTest::newRow("v1.6 aspect") << "tryon-v1.6"
                                     << "aspect_ratio" << none;
        QTest::newRow("legacy seed") << "tryon-legacy"
                                     << "seed"
                                     << "seed";
        QTest::newRow("legacy inline") << "tryon-legacy"
                                       << "inline_outputs" << none;
        QTest::newRow("legacy model image") << "tryon-legacy"
                                            << "model_image"
                                            << "model_image";
        QTest::newRow("max seed") << "tryon-max"
                                  << "seed"
                                  << "seed";
        QTest::newRow("max inline") << "tryon-max"
                                    << "inline_outputs"
                                    << "return_base64";
        QTest::newRow("max model image") << "tryon-max"
                                         << "model_image"
                                         << "model_image";
        QTest::newRow("max format") << "tryon-max"
                                    << "output_format"
                                    << "output_format";
        QTest::newRow("unknown role") << "tryon-max"
                                      << "colour" << none;
    }

    void roles()
    {
        QFETCH(QString, model);
        QFETCH(QString, role);
        QFETCH(QString, param);
        const ModelCatalog catalog = ModelCatalog::load(QString());
        QCOMPARE(catalog.model(model)->paramWithRole(role), param);
    }

    void uploadMaxEdge_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QJsonObject>("values");
        QTest::addColumn<int>("edge");
        QTest::newRow("p2m default 1k") << "product-to-model" << QJsonObject() << 2000;
        QTest::newRow("p2m 2k") << "product-to-model" << QJsonObject{{"resolution", "2k"}} << 2000;
        QTest::newRow("p2m 4k") << "product-to-model" << QJsonObject{{"resolution", "4k"}} << 6000;
        QTest::newRow("max 4k") << "tryon-max" << QJsonObject{{"resolution", "4k"}} << 6000;
        QTest::newRow("max 1k") << "tryon-max" << QJsonObject{{"resolution", "1k"}} << 2000;
        QTest::newRow("v1.6 no tiers") << "tryon-v1.6" << QJsonObject{{"resolution", "4k"}} << 2000;
        QTest::newRow("legacy") << "tryon-legacy" << QJsonObject() << 2000;
    }

    void uploadMaxEdge()
    {
        QFETCH(QString, model);
        QFETCH(QJsonObject, values);
        QFETCH(int, edge);
        const ModelCatalog catalog = ModelCatalog::load(QString());
        QCOMPARE(catalog.model(model)->uploadMaxEdge(values), edge);
    }

    void rejectsBadRolesAndEdges_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown role")
            << R"({"name":"m","inputs":[{"name":"a","kind":"integer","role":"dice"}]})"
            << "unknown role dice";
        QTest::newRow("role twice")
            << R"({"name":"m","inputs":[{"name":"a","kind":"integer","role":"seed"},
                                        {"name":"b","kind":"integer","role":"seed"}]})"
            << "two inputs have the role seed";
        QTest::newRow("edge for no value")
            << R"({"name":"m","inputs":[{"name":"r","kind":"enum","values":["1k"],
                                         "upload_max_edge":{"8k":9000}}]})"
            << "upload_max_edge for 8k";
        QTest::newRow("edge too small")
            << R"({"name":"m","inputs":[{"name":"r","kind":"enum","values":["1k"],
                                         "upload_max_edge":{"1k":"big"}}]})"
            << "upload_max_edge for 1k";
        // Found by fuzz_catalog: converting 4e81 to qint64 was undefined behaviour.
        QTest::newRow("max beyond what a double holds exactly")
            << R"({"name":"m","inputs":[{"name":"s","kind":"integer","max":4e81}]})"
            << "min or max";
        QTest::newRow("min not a number")
            << R"({"name":"m","inputs":[{"name":"s","kind":"integer","min":"1"}]})"
            << "min or max";
    }

    void rejectsBadRolesAndEdges()
    {
        QFETCH(QString, json);
        QFETCH(QString, error);
        QString message;
        const ModelSpec spec =
            ModelSpec::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &message);
        QVERIFY(!spec.isValid());
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void labelsAndHelpAreTranslated()
    {
        const ModelCatalog catalog = ModelCatalog::load(QString());
        const ModelSpec *m = catalog.model("product-to-model");
        const ParamSpec *resolution = m->input("resolution");
        QCOMPARE(m->displayTitle(), m->title()); // no translator: the catalog's own words
        MarkingTranslator marker;
        QVERIFY(QCoreApplication::installTranslator(&marker));
        QCOMPARE(m->displayTitle(), "<" + m->title() + ">");
        QCOMPARE(m->displayDescription(), "<" + m->description() + ">");
        QCOMPARE(resolution->displayLabel(), QString("<Resolution>"));
        QCOMPARE(resolution->displayHelp(), "<" + resolution->help + ">");
        QCOMPARE(resolution->displayValueLabel("2k"), QString("<2k (~4 MP)>"));
        QCOMPARE(resolution->displayValueLabel("8k"), QString("8k"));
        QCOMPARE(m->input("seed")->displayValueLabel("7"), QString("7"));
        QCoreApplication::removeTranslator(&marker);
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

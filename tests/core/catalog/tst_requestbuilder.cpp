#include "core/catalog/ModelCatalog.h"
#include "core/catalog/RequestBuilder.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace fr;

class tst_RequestBuilder : public QObject
{
    Q_OBJECT
    ModelCatalog m_catalog = ModelCatalog::bundled();

    static QJsonObject golden(const QString &name)
    {
        QFile f(QStringLiteral(FR_TEST_DATA_DIR "/golden/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing golden file %s", qPrintable(name));
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private slots:
    // The builder is fed the golden inputs and must give back exactly the golden body: nothing
    // added (no defaults for unset parameters), nothing dropped, the right shape.
    void goldenBodies_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("file");
        QTest::newRow("p2m-minimal") << "product-to-model"
                                     << "product-to-model-minimal.json";
        QTest::newRow("p2m-tryon") << "product-to-model"
                                   << "product-to-model-tryon.json";
        QTest::newRow("p2m-full") << "product-to-model"
                                  << "product-to-model-full.json";
        QTest::newRow("v1.6") << "tryon-v1.6"
                              << "tryon-v1.6.json";
        QTest::newRow("legacy-flat") << "tryon-legacy"
                                     << "tryon-legacy.json";
    }
    void goldenBodies()
    {
        QFETCH(QString, model);
        QFETCH(QString, file);
        const QJsonObject expected = golden(file);
        const ModelSpec &spec = *m_catalog.model(model);
        const QJsonObject inputs = spec.requestShape() == RequestShape::Flat
                                       ? expected
                                       : expected.value("inputs").toObject();
        // Noise that must not reach the wire: explicit nulls are "not set".
        QJsonObject values = inputs;
        values.insert("seed_unset_marker_is_not_a_param", QJsonValue());
        values.remove("seed_unset_marker_is_not_a_param");
        const QJsonObject body = buildRequestBody(spec, values);
        QCOMPARE(body, expected);

        QJsonObject parsed;
        QCOMPARE(modelNameOfBody(body, &parsed), model);
        QCOMPARE(parsed, inputs);
    }

    void unsetIsOmitted()
    {
        const ModelSpec &spec = *m_catalog.model("product-to-model");
        const QJsonObject body = buildRequestBody(
            spec, {{"product_image", "https://e.com/p.jpg"}, {"generation_mode", QJsonValue()}});
        const QJsonObject inputs = body.value("inputs").toObject();
        QCOMPARE(inputs.keys(), QStringList({"product_image"}));
        QVERIFY(!QJsonDocument(body).toJson().contains("generation_mode"));
    }

    void seedIsAnInteger()
    {
        const ModelSpec &spec = *m_catalog.model("product-to-model");
        const QJsonObject body = buildRequestBody(
            spec, {{"product_image", "https://e.com/p.jpg"}, {"seed", 4294967295.0}});
        QVERIFY(QJsonDocument(body).toJson(QJsonDocument::Compact).contains("\"seed\":4294967295"));
    }

    // The spliced body says exactly what the JSON writer would have said with the data URIs
    // inline, for each shape; a prompt that mimics the placeholder is sent as typed.
    void encodedBodySplicesImages_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QStringList>("images");
        QTest::newRow("p2m two images")
            << "product-to-model" << QStringList{"product_image", "face_reference"};
        QTest::newRow("v1.6") << "tryon-v1.6" << QStringList{"model_image", "garment_image"};
        QTest::newRow("legacy flat")
            << "tryon-legacy" << QStringList{"model_image", "garment_image"};
    }
    void encodedBodySplicesImages()
    {
        QFETCH(QString, model);
        QFETCH(QStringList, images);
        const ModelSpec &spec = *m_catalog.model(model);
        QJsonObject values;
        QHash<QString, QByteArray> uris;
        for (const QString &param : images) {
            const QByteArray uri =
                "data:image/jpeg;base64," + (param.toUtf8() + QByteArray(3000, 'x')).toBase64();
            uris.insert(param, uri);
            values.insert(param, QString::fromLatin1(uri));
        }
        if (spec.input("prompt"))
            values.insert("prompt", "\"{00000000-0000-0000-0000-000000000000}:product_image\" 😀");
        const QJsonObject expected = buildRequestBody(spec, values);

        QJsonObject withoutImages = values;
        for (const QString &param : images)
            withoutImages.insert(param, "placeholder the encoder must replace");
        const QByteArray encoded = encodeRequestBody(spec, withoutImages, uris);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(encoded, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object(), expected);
        QCOMPARE(encodeRequestBody(spec, values, {}),
                 QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }
};

QTEST_GUILESS_MAIN(tst_RequestBuilder)
#include "tst_requestbuilder.moc"

#include "core/catalog/ModelCatalog.h"
#include "core/catalog/Validation.h"

#include <QTest>

using namespace fr;

class tst_Validation : public QObject
{
    Q_OBJECT
    ModelCatalog m_catalog = ModelCatalog::bundled();
    const ModelSpec &p2m() { return *m_catalog.model("product-to-model"); }

    static QStringList rules(const QList<ValidationIssue> &issues)
    {
        QStringList out;
        for (const auto &i : issues)
            out << i.param + ':' + i.rule;
        return out;
    }

private slots:
    void minimalIsValid()
    {
        QVERIFY(validate(p2m(), {{"product_image", "https://e.com/p.jpg"}}).isEmpty());
        QVERIFY(
            validate(p2m(), {{"product_image", "data:image/png;base64,iVBORw0KGgo="}}).isEmpty());
    }

    void reportsEveryProblemAtOnce()
    {
        const QJsonObject values{{"model_image", "https://e.com/m.jpg"},
                                 {"face_reference", "https://e.com/f.jpg"},
                                 {"background_reference", "https://e.com/b.jpg"},
                                 {"resolution", "8k"},
                                 {"seed", -1},
                                 {"num_images", 5},
                                 {"return_base64", "yes"},
                                 {"colour", "red"}};
        const auto issues = validate(p2m(), values);
        QCOMPARE(rules(issues),
                 QStringList({"colour:unknown", "product_image:required", "model_image:excludes",
                              "model_image:excludes", "resolution:enum", "seed:range",
                              "num_images:range", "return_base64:type"}));
        for (const auto &i : issues)
            QVERIFY2(i.message.contains(i.param), qPrintable(i.message));
        QVERIFY(issues[2].message.contains("face_reference"));
        QVERIFY(issues[3].message.contains("background_reference"));
    }

    // FASHN's enums are exact words: "2K" or "Fast" would be refused by the API after the
    // user was told the job is fine.
    void enumValuesAreExact()
    {
        QJsonObject v{{"product_image", "https://e.com/p.jpg"}, {"resolution", "2k"}};
        QVERIFY(validate(p2m(), v).isEmpty());
        for (const char *wrong : {"2K", "Fast", " 2k"}) {
            v["resolution"] = QString::fromLatin1(wrong);
            QCOMPARE(rules(validate(p2m(), v)), QStringList({"resolution:enum"}));
        }
    }

    // A prompt of exactly max_length characters is fine; one more is refused.
    void textLengthBoundary()
    {
        QJsonObject v{{"product_image", "https://e.com/p.jpg"}, {"prompt", QString(1000, 'a')}};
        QVERIFY(validate(p2m(), v).isEmpty());
        v["prompt"] = QString(1001, 'a');
        QCOMPARE(rules(validate(p2m(), v)), QStringList({"prompt:length"}));
    }

    void seedBounds()
    {
        QJsonObject v{{"product_image", "https://e.com/p.jpg"}, {"seed", 4294967295.0}};
        QVERIFY(validate(p2m(), v).isEmpty());
        v["seed"] = 4294967296.0;
        QCOMPARE(rules(validate(p2m(), v)), QStringList({"seed:range"}));
        v["seed"] = 1.5;
        QCOMPARE(rules(validate(p2m(), v)), QStringList({"seed:type"}));
    }

    void imageForms_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("localAllowed");
        QTest::addColumn<QString>("rule");
        QTest::newRow("url") << "https://cdn.example.com/a.jpg" << false << "";
        QTest::newRow("http-url") << "http://127.0.0.1:8080/a.jpg" << false << "";
        QTest::newRow("data") << "data:image/jpeg;base64,/9j/4AAQ" << false << "";
        QTest::newRow("data-no-prefix") << "data:;base64,AAAA" << false << "image_source";
        QTest::newRow("data-empty") << "data:image/png;base64," << false << "image_source";
        QTest::newRow("file-on-wire") << "/home/me/shirt.jpg" << false << "image_source";
        QTest::newRow("file-in-app") << "/home/me/shirt.jpg" << true << "";
        QTest::newRow("ftp") << "ftp://e.com/a.jpg" << true << "image_source";
        QTest::newRow("saved-not-accepted") << "saved:me" << true << "saved";
        QTest::newRow("empty") << "" << true << "type";
    }
    void imageForms()
    {
        QFETCH(QString, value);
        QFETCH(bool, localAllowed);
        QFETCH(QString, rule);
        const auto issues =
            validate(p2m(), {{"product_image", value}},
                     localAllowed ? ImageSources::LocalFilesAllowed : ImageSources::WireOnly);
        QCOMPARE(rules(issues),
                 rule.isEmpty() ? QStringList() : QStringList{"product_image:" + rule});
    }

    void savedModelForTryOn()
    {
        const ModelSpec &v16 = *m_catalog.model("tryon-v1.6");
        QVERIFY(
            validate(v16, {{"model_image", "saved:anna"}, {"garment_image", "https://e.com/g.jpg"}})
                .isEmpty());
        QCOMPARE(rules(validate(
                     v16, {{"model_image", "saved:"}, {"garment_image", "https://e.com/g.jpg"}})),
                 QStringList({"model_image:saved"}));
        QCOMPARE(rules(validate(v16, {{"model_image", "saved:a"}, {"garment_image", "saved:b"}})),
                 QStringList({"garment_image:saved"}));
    }

    void parseText()
    {
        const ModelSpec &m = p2m();
        QString error;
        QCOMPARE(parseParamText(*m.input("num_images"), "3", &error), QJsonValue(3.0));
        QCOMPARE(parseParamText(*m.input("return_base64"), "yes", &error), QJsonValue(true));
        QCOMPARE(parseParamText(*m.input("resolution"), "2k", &error), QJsonValue("2k"));
        QVERIFY(parseParamText(*m.input("resolution"), "3k", &error).isUndefined());
        QVERIFY(error.contains("1k, 2k, 4k"));
        QVERIFY(parseParamText(*m.input("seed"), "forty", &error).isUndefined());
        QVERIFY(error.contains("whole number"));
        QVERIFY(parseParamText(*m.input("return_base64"), "maybe", &error).isUndefined());
    }
};

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_validation.moc"

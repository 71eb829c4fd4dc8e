#include "widgets/compare/CompareLabels.h"
#include "widgets/viewer/ProvenanceText.h"

#include <QJsonArray>
#include <QTest>

namespace {

struct Spec
{
    QString model = QStringLiteral("product-to-model");
    qint64 seed = 42;
    QString mode = QStringLiteral("quality");
    QString resolution = QStringLiteral("2k");
    QString prompt = QStringLiteral("studio portrait, soft light");
    QString productFile = QStringLiteral("dress.jpg");
    QString productSha = QStringLiteral("aaaa1111");
    int numImages = 1;
};

// The shape OutputProvenance::toJson writes.
QJsonObject sidecar(const Spec &s)
{
    QJsonObject params{{"product_image", s.productFile}, {"generation_mode", s.mode},
                       {"resolution", s.resolution},     {"aspect_ratio", "3:4"},
                       {"seed", double(s.seed)},         {"num_images", s.numImages},
                       {"output_format", "png"},         {"return_base64", false}};
    if (!s.prompt.isNull())
        params.insert("prompt", s.prompt);
    return QJsonObject{
        {"app", "Fitting Room"},
        {"sidecar_version", 1},
        {"job_id", "job-1"},
        {"model", s.model},
        {"parameters", params},
        {"inputs",
         QJsonArray{QJsonObject{
             {"param", "product_image"}, {"file", s.productFile}, {"sha256", s.productSha}}}},
        {"prediction_id", "pred-1"},
        {"seed", double(s.seed)},
        {"credits_used", 2},
    };
}

} // namespace

class tst_CompareLabels : public QObject
{
    Q_OBJECT
private slots:
    void labels_data();
    void labels();
    void shortenPrompt_data();
    void shortenPrompt();
    void summary();
};

void tst_CompareLabels::labels_data()
{
    QTest::addColumn<QList<QJsonObject>>("sidecars");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("expected");

    Spec a;
    Spec b = a;
    b.seed = 7;
    QTest::newRow("seeds differ") << QList{sidecar(a), sidecar(b)} << QStringList()
                                  << QStringList{"seed 42", "seed 7"};

    Spec fast = b;
    fast.mode = "fast";
    QTest::newRow("seed and mode differ") << QList{sidecar(a), sidecar(fast)} << QStringList()
                                          << QStringList{"seed 42 · quality", "seed 7 · fast"};

    Spec longPrompt = a;
    longPrompt.prompt = "a tall model walking on a beach at golden hour, wind in the hair";
    QTest::newRow("prompts differ, shortened")
        << QList{sidecar(a), sidecar(longPrompt)} << QStringList()
        << QStringList{"“studio portrait, soft light”", "“a tall model walking on a…”"};

    Spec noPrompt = a;
    noPrompt.prompt = QString();
    QTest::newRow("prompt missing in one")
        << QList{sidecar(a), sidecar(noPrompt)} << QStringList()
        << QStringList{"“studio portrait, soft light”", "no prompt"};

    Spec otherFile = a;
    otherFile.productFile = "red-dress.jpg";
    otherFile.productSha = "bbbb2222";
    QTest::newRow("inputs differ by file")
        << QList{sidecar(a), sidecar(otherFile)} << QStringList()
        << QStringList{"product: dress.jpg", "product: red-dress.jpg"};

    Spec edited = a;
    edited.productSha = "cccc3333";
    QTest::newRow("same name, other bytes")
        << QList{sidecar(a), sidecar(edited)} << QStringList()
        << QStringList{"product: dress.jpg #aaaa11", "product: dress.jpg #cccc33"};

    QTest::newRow("nothing differs") << QList{sidecar(a), sidecar(a)} << QStringList()
                                     << QStringList{"Same settings", "Same settings"};

    QTest::newRow("input image without sidecar")
        << QList{QJsonObject(), sidecar(a), sidecar(b)}
        << QStringList{"product.jpg", "r1.png", "r2.png"}
        << QStringList{"Input · product.jpg", "seed 42", "seed 7"};

    QTest::newRow("input and a single result")
        << QList{QJsonObject(), sidecar(a)} << QStringList{"product.jpg", "r1.png"}
        << QStringList{
               "Input · product.jpg",
               "product-to-model · seed 42 · quality · 2k · 3:4 · “studio portrait, soft light”"};

    Spec c = a;
    c.seed = 9;
    c.resolution = "4k";
    QTest::newRow("three panes") << QList{sidecar(a), sidecar(b), sidecar(c)} << QStringList()
                                 << QStringList{"seed 42 · 2k", "seed 7 · 2k", "seed 9 · 4k"};

    Spec d = a;
    d.model = "tryon-max";
    d.numImages = 2;
    QTest::newRow("four panes") << QList{sidecar(a), sidecar(b), sidecar(c), sidecar(d)}
                                << QStringList()
                                << QStringList{"product-to-model · seed 42 · 2k · 1 image",
                                               "product-to-model · seed 7 · 2k · 1 image",
                                               "product-to-model · seed 9 · 4k · 1 image",
                                               "tryon-max · seed 42 · 2k · 2 images"};
}

void tst_CompareLabels::labels()
{
    QFETCH(QList<QJsonObject>, sidecars);
    QFETCH(QStringList, names);
    QFETCH(QStringList, expected);
    QCOMPARE(fr::compareLabels(sidecars, names), expected);
}

void tst_CompareLabels::shortenPrompt_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short") << "red dress"
                           << "“red dress”";
    QTest::newRow("whitespace folded") << "  red \n dress "
                                       << "“red dress”";
    QTest::newRow("cut at a word") << "a tall model walking on a beach at golden hour"
                                   << "“a tall model walking on a…”";
    QTest::newRow("punctuation dropped before the ellipsis")
        << "studio, white, soft, light, shadows, more"
        << "“studio, white, soft, light…”";
}

void tst_CompareLabels::shortenPrompt()
{
    QFETCH(QString, prompt);
    QFETCH(QString, expected);
    QCOMPARE(fr::shortenPrompt(prompt), expected);
}

void tst_CompareLabels::summary()
{
    Spec s;
    QCOMPARE(fr::provenanceSummary(sidecar(s)),
             "product-to-model · seed 42 · quality · 2k · 3:4 · “studio portrait, soft light”");
    QCOMPARE(fr::provenanceSummary(QJsonObject()), QString());
}

QTEST_APPLESS_MAIN(tst_CompareLabels)
#include "tst_comparelabels.moc"

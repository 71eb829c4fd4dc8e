#include "core/catalog/ModelCatalog.h"
#include "core/catalog/Pricing.h"
#include "core/settings/Settings.h"
#include "widgets/common/Confirm.h"
#include "widgets/composer/ComposerPanel.h"
#include "widgets/composer/CostBar.h"
#include "widgets/composer/ImageSlot.h"
#include "widgets/composer/ParameterForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace fr;

namespace {

const QString kProductToModel = QStringLiteral("product-to-model");
const QString kProductUrl = QStringLiteral("https://example.com/product.jpg");
const QString kFaceUrl = QStringLiteral("https://example.com/face.jpg");

// Sets a parameter through its editor, as a user would.
void setParam(ComposerPanel &panel, const QString &param, const QJsonValue &value)
{
    QWidget *editor = panel.form()->editor(param);
    QVERIFY2(editor, qPrintable(param));
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int index =
            value.isUndefined() ? combo->findData(QVariant()) : combo->findData(value.toString());
        QVERIFY2(index >= 0, qPrintable(param));
        combo->setCurrentIndex(index);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.toInt());
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(value.isUndefined() ? QString()
                                          : QString::number(qlonglong(value.toDouble())));
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        check->setChecked(value.toBool());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setPlainText(value.toString());
    } else {
        QFAIL("unknown editor");
    }
}

} // namespace

class tst_ComposerPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelChooserShowsTitleAndLifecycle();
    void slotsFollowTheCatalog();
    void costFollowsEveryChange_data();
    void costFollowsEveryChange();
    void tryOnModeDisablesExcludedSlots();
    void qualifierDisabledWithoutItsImage();
    void requiredImageBlocksGenerate();
    void slotProblemBlocksGenerate();
    void busyCheckBlocksGenerate();
    void uploadEdgeFollowsResolution();
    void confirmationAboveThreshold();
    void noConfirmationAtOrBelowThreshold();
    void seedRerolledOnlyWhenUnlocked();
    void lastValuesRestoredPerModel();
    void useAsModelImage();
    void pasteIntoFocusedSlot();
    void screenshot();

private:
    std::unique_ptr<ComposerPanel> makePanel();

    ModelCatalog m_catalog;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    int m_iniCount = 0;
};

void tst_ComposerPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_catalog = ModelCatalog::bundled();
    QVERIFY(m_catalog.model(kProductToModel));
    QVERIFY(m_dir.isValid());
}

void tst_ComposerPanel::init()
{
    Confirm::resetForTests();
    m_settings = std::make_unique<Settings>(
        m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_iniCount)));
    m_settings->setLastModel(kProductToModel);
    m_settings->setConfirmThreshold(0);
}

void tst_ComposerPanel::cleanup()
{
    m_settings.reset();
}

std::unique_ptr<ComposerPanel> tst_ComposerPanel::makePanel()
{
    return std::make_unique<ComposerPanel>(&m_catalog, m_settings.get());
}

void tst_ComposerPanel::modelChooserShowsTitleAndLifecycle()
{
    auto panel = makePanel();
    auto *combo = panel->findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->count(), m_catalog.modelNames().size());
    QCOMPARE(combo->itemText(combo->findData(kProductToModel)),
             QStringLiteral("Product to Model (preview)"));
    QCOMPARE(combo->itemText(combo->findData(QStringLiteral("tryon-max"))),
             QStringLiteral("Try-On Max"));
    QCOMPARE(panel->currentModel(), kProductToModel);
}

void tst_ComposerPanel::slotsFollowTheCatalog()
{
    auto panel = makePanel();
    for (const QString &name : m_catalog.modelNames()) {
        panel->setModel(name);
        QCOMPARE(panel->currentModel(), name);
        QStringList params;
        for (ImageSlot *slot : panel->imageSlots())
            params << slot->param();
        QCOMPARE(params, m_catalog.model(name)->imageInputs());
        QCOMPARE(panel->form()->model(), m_catalog.model(name));
    }
}

void tst_ComposerPanel::costFollowsEveryChange_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("resolution");
    QTest::addColumn<int>("images");
    QTest::addColumn<bool>("face");
    for (const QString &mode : {QString(), QStringLiteral("fast"), QStringLiteral("balanced"),
                                QStringLiteral("quality")}) {
        for (const QString &resolution :
             {QStringLiteral("1k"), QStringLiteral("2k"), QStringLiteral("4k")}) {
            for (int images : {1, 3}) {
                for (bool face : {false, true}) {
                    QTest::addRow("%s %s x%d%s", mode.isEmpty() ? "auto" : qPrintable(mode),
                                  qPrintable(resolution), images, face ? " face" : "")
                        << mode << resolution << images << face;
                }
            }
        }
    }
}

void tst_ComposerPanel::costFollowsEveryChange()
{
    QFETCH(QString, mode);
    QFETCH(QString, resolution);
    QFETCH(int, images);
    QFETCH(bool, face);
    const ModelSpec &spec = *m_catalog.model(kProductToModel);

    auto panel = makePanel();
    panel->setImageValue(QStringLiteral("product_image"), kProductUrl);
    setParam(*panel, QStringLiteral("generation_mode"),
             mode.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(mode));
    setParam(*panel, QStringLiteral("resolution"), resolution);
    setParam(*panel, QStringLiteral("num_images"), images);
    if (face)
        panel->setImageValue(QStringLiteral("face_reference"), kFaceUrl);

    // The expected price comes from the catalog's pricing, fed the values independently.
    QJsonObject values{{QStringLiteral("product_image"), kProductUrl},
                       {QStringLiteral("resolution"), resolution},
                       {QStringLiteral("num_images"), images}};
    if (!mode.isEmpty())
        values.insert(QStringLiteral("generation_mode"), mode);
    if (face)
        values.insert(QStringLiteral("face_reference"), kFaceUrl);
    const PriceBreakdown expected = estimatePrice(spec, values);
    QVERIFY(expected.known);

    QCOMPARE(panel->costBar()->generateButton()->text(),
             expected.total == 1 ? QStringLiteral("Generate – 1 credit")
                                 : QStringLiteral("Generate – %1 credits").arg(expected.total));
    QCOMPARE(panel->estimate().total, expected.total);
    QVERIFY(panel->canGenerate());
    QVERIFY(panel->costBar()->generateButton()->isEnabled());

    const QString automatic = panel->costBar()->automaticText();
    if (mode.isEmpty()) {
        QCOMPARE(automatic,
                 QStringLiteral("No generation mode set: FASHN picks; billed as %1 at %2")
                     .arg(expected.billedRow, resolution));
    } else {
        QVERIFY(automatic.isEmpty());
    }
    QCOMPARE(
        panel->costBar()->extrasText().contains(QStringLiteral("+3 credits per image with Face")),
        face);
}

void tst_ComposerPanel::tryOnModeDisablesExcludedSlots()
{
    auto panel = makePanel();
    panel->setImageValue(QStringLiteral("product_image"), kProductUrl);
    panel->setImageValue(QStringLiteral("face_reference"), kFaceUrl);
    panel->setImageValue(QStringLiteral("background_reference"),
                         QStringLiteral("https://example.com/bg.jpg"));
    panel->setImageValue(QStringLiteral("image_prompt"),
                         QStringLiteral("https://example.com/idea.jpg"));
    QCOMPARE(panel->currentValues().value(QStringLiteral("face_reference")).toString(), kFaceUrl);
    const int withFace = panel->estimate().total;

    panel->setImageValue(QStringLiteral("model_image"),
                         QStringLiteral("https://example.com/anna.jpg"));
    const ModelSpec &spec = *m_catalog.model(kProductToModel);
    const QStringList excluded = spec.input(QStringLiteral("model_image"))->excludes;
    QCOMPARE(excluded.size(), 3);
    for (const QString &param : excluded) {
        ImageSlot *slot = panel->slot(param);
        QVERIFY(slot);
        QCOMPARE(slot->disabledReason(),
                 QStringLiteral("Not used: %1 can't be combined with a Model image.")
                     .arg(spec.input(param)->label));
        QVERIFY(!slot->value().isEmpty());                // kept
        QVERIFY(!panel->currentValues().contains(param)); // not sent
        QVERIFY(panel->draftValues().contains(param));    // remembered
    }
    QVERIFY(panel->slot(QStringLiteral("product_image"))->disabledReason().isEmpty());
    QVERIFY(panel->canGenerate());               // the kept values are not an error
    QVERIFY(panel->estimate().total < withFace); // the face extra is not billed
    QVERIFY(!panel->form()->editor(QStringLiteral("face_reference_mode"))->isEnabled());

    panel->slot(QStringLiteral("model_image"))->clear();
    for (const QString &param : excluded)
        QVERIFY(panel->slot(param)->disabledReason().isEmpty());
    QCOMPARE(panel->currentValues().value(QStringLiteral("face_reference")).toString(), kFaceUrl);
    QCOMPARE(panel->estimate().total, withFace);
}

void tst_ComposerPanel::qualifierDisabledWithoutItsImage()
{
    auto panel = makePanel();
    QWidget *mode = panel->form()->editor(QStringLiteral("face_reference_mode"));
    QVERIFY(!mode->isEnabled());
    QVERIFY(panel->form()
                ->infoText(QStringLiteral("face_reference_mode"))
                .contains(QStringLiteral("Face")));
    QVERIFY(!panel->currentValues().contains(QStringLiteral("face_reference_mode")));
    panel->setImageValue(QStringLiteral("face_reference"), kFaceUrl);
    QVERIFY(mode->isEnabled());
    QVERIFY(panel->currentValues().contains(QStringLiteral("face_reference_mode")));
}

void tst_ComposerPanel::requiredImageBlocksGenerate()
{
    auto panel = makePanel();
    QVERIFY(!panel->canGenerate());
    QVERIFY(!panel->costBar()->generateButton()->isEnabled());
    QVERIFY(panel->costBar()->blockers().contains(QStringLiteral("Add a Product image.")));
    panel->setImageValue(QStringLiteral("product_image"), kProductUrl);
    QVERIFY(panel->canGenerate());
    QVERIFY(panel->costBar()->blockers().isEmpty());

    // A form issue is a blocker too, and is shown beside its field.
    setParam(*panel, QStringLiteral("prompt"), QString(1001, QLatin1Char('x')));
    QVERIFY(!panel->canGenerate());
    QVERIFY(!panel->form()->issueText(QStringLiteral("prompt")).isEmpty());
    QVERIFY(panel->costBar()->blockers().join(QString()).contains(QStringLiteral("Prompt")));
}

void tst_ComposerPanel::slotProblemBlocksGenerate()
{
    auto panel = makePanel();
    panel->setImageValue(QStringLiteral("product_image"), kProductUrl);
    QVERIFY(panel->canGenerate());
    const QString bad = m_dir.filePath(QStringLiteral("face.jpg"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a picture at all");
    file.close();
    panel->setImageValue(QStringLiteral("face_reference"), bad);
    ImageSlot *face = panel->slot(QStringLiteral("face_reference"));
    QTRY_VERIFY(!face->problem().isEmpty());
    QVERIFY(!panel->canGenerate());
    QVERIFY(!panel->costBar()->generateButton()->isEnabled());
    QCOMPARE(panel->costBar()->blockers(),
             QStringList{QStringLiteral("Face image: %1").arg(face->problem())});
    face->dismissProblem();
    QVERIFY(panel->canGenerate());
}

void tst_ComposerPanel::busyCheckBlocksGenerate()
{
    auto panel = makePanel();
    const QString product = QStringLiteral(FR_SAMPLES_DIR "/product.jpg");
    panel->setImageValue(QStringLiteral("product_image"), product);
    QVERIFY(panel->slot(QStringLiteral("product_image"))->isBusy());
    QVERIFY(!panel->canGenerate());
    QVERIFY(panel->costBar()->blockers().contains(QStringLiteral("Checking the Product image…")));
    QTRY_VERIFY(panel->canGenerate());
    QCOMPARE(panel->currentValues().value(QStringLiteral("product_image")).toString(), product);
}

void tst_ComposerPanel::uploadEdgeFollowsResolution()
{
    auto panel = makePanel();
    ImageSlot *product = panel->slot(QStringLiteral("product_image"));
    QCOMPARE(product->uploadEdge(), 2000);
    setParam(*panel, QStringLiteral("resolution"), QStringLiteral("4k"));
    QCOMPARE(product->uploadEdge(), 6000);
    setParam(*panel, QStringLiteral("resolution"), QStringLiteral("2k"));
    QCOMPARE(product->uploadEdge(), 2000);
}

void tst_ComposerPanel::confirmationAboveThreshold()
{
    m_settings->setConfirmThreshold(5);
    auto panel = makePanel();
    QSignalSpy requested(panel.get(), &ComposerPanel::generateRequested);
    panel->setImageValue(QStringLiteral("product_image"), kProductUrl);
    setParam(*panel, QStringLiteral("generation_mode"), QStringLiteral("quality"));
    setParam(*panel, QStringLiteral("resolution"), QStringLiteral("2k"));
    panel->setImageValue(QStringLiteral("face_reference"), kFaceUrl);
    QCOMPARE(panel->estimate().total, 7);

    Confirm::setNextAnswer(false);
    QTest::mouseClick(panel->costBar()->generateButton(), Qt::LeftButton);
    QCOMPARE(Confirm::askedCount(), 1);
    QVERIFY(Confirm::lastText().contains(QStringLiteral("7 credits")));

    Confirm::setNextAnswer(true);
    QTest::mouseClick(panel->costBar()->generateButton(), Qt::LeftButton);
    QCOMPARE(Confirm::askedCount(), 2);
    // Answers arrive in order: by the time the second one is in, the first (no) has been
    // handled, and it sent nothing.
    QTRY_COMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toString(), kProductToModel);
    const QJsonObject sent = requested.first().at(1).toJsonObject();
    QCOMPARE(sent, panel->currentValues());
    QCOMPARE(sent.value(QStringLiteral("generation_mode")).toString(), QStringLiteral("quality"));
}

void tst_ComposerPanel::noConfirmationAtOrBelowThreshold()
{
    m_settings->setConfirmThreshold(7);
    auto panel = makePanel();
    QSignalSpy requested(panel.get(), &ComposerPanel::generateRequested);
    panel->setImageValue(QStringLiteral("product_image"), kProductUrl);
    setParam(*panel, QStringLiteral("generation_mode"), QStringLiteral("quality"));
    setParam(*panel, QStringLiteral("resolution"), QStringLiteral("2k"));
    panel->setImageValue(QStringLiteral("face_reference"), kFaceUrl);
    QCOMPARE(panel->estimate().total, 7);
    QTest::mouseClick(panel->costBar()->generateButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(Confirm::askedCount(), 0);

    m_settings->setConfirmThreshold(0); // 0: never ask
    setParam(*panel, QStringLiteral("num_images"), 4);
    QTest::mouseClick(panel->costBar()->generateButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(Confirm::askedCount(), 0);
}

void tst_ComposerPanel::seedRerolledOnlyWhenUnlocked()
{
    auto panel = makePanel();
    QSignalSpy requested(panel.get(), &ComposerPanel::generateRequested);
    panel->setImageValue(QStringLiteral("product_image"), kProductUrl);
    const QString seed = QStringLiteral("seed");
    QVERIFY(panel->form()->seedLocked());
    const double before = panel->currentValues().value(seed).toDouble();
    panel->costBar()->generateButton()->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.last().at(1).toJsonObject().value(seed).toDouble(), before);
    QCOMPARE(panel->currentValues().value(seed).toDouble(), before);

    panel->form()->setSeedLocked(false);
    panel->costBar()->generateButton()->click();
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.last().at(1).toJsonObject().value(seed).toDouble(), before); // sent as shown
    const double after = panel->currentValues().value(seed).toDouble();
    QVERIFY(after != before); // a 1 in 2^32 chance of a false failure
    QVERIFY(after >= 0 && after <= 4294967295.0);
}

void tst_ComposerPanel::lastValuesRestoredPerModel()
{
    const QString product = QStringLiteral(FR_SAMPLES_DIR "/product.jpg");
    {
        auto panel = makePanel();
        panel->setImageValue(QStringLiteral("product_image"), product);
        setParam(*panel, QStringLiteral("prompt"), QStringLiteral("studio background"));
        setParam(*panel, QStringLiteral("resolution"), QStringLiteral("2k"));
        QTRY_VERIFY(panel->canGenerate());
        panel->setModel(QStringLiteral("tryon-max"));
        setParam(*panel, QStringLiteral("prompt"), QStringLiteral("tucked-in"));
    }
    auto panel = makePanel();
    QCOMPARE(panel->currentModel(), QStringLiteral("tryon-max"));
    QCOMPARE(panel->currentValues().value(QStringLiteral("prompt")).toString(),
             QStringLiteral("tucked-in"));
    panel->setModel(kProductToModel);
    QCOMPARE(panel->currentValues().value(QStringLiteral("prompt")).toString(),
             QStringLiteral("studio background"));
    QCOMPARE(panel->currentValues().value(QStringLiteral("resolution")).toString(),
             QStringLiteral("2k"));
    QTRY_COMPARE(panel->slot(QStringLiteral("product_image"))->value(), product);
    QCOMPARE(m_settings->lastModel(), kProductToModel);
}

void tst_ComposerPanel::useAsModelImage()
{
    auto panel = makePanel();
    QVERIFY(panel->useAsModelImage(QStringLiteral("https://example.com/anna.jpg")));
    QCOMPARE(panel->slot(QStringLiteral("model_image"))->value(),
             QStringLiteral("https://example.com/anna.jpg"));
    panel->setModel(QStringLiteral("tryon-v1.6"));
    QVERIFY(panel->useAsModelImage(QStringLiteral("saved:anna")));
    QCOMPARE(panel->slot(QStringLiteral("model_image"))->value(), QStringLiteral("saved:anna"));
}

void tst_ComposerPanel::pasteIntoFocusedSlot()
{
    auto panel = makePanel();
    panel->show();
    QApplication::setActiveWindow(panel.get());
    QVERIFY(!panel->pasteIntoFocusedSlot() || QApplication::focusWidget() == nullptr || true);
    QGuiApplication::clipboard()->setText(kFaceUrl);
    ImageSlot *face = panel->slot(QStringLiteral("face_reference"));
    face->setFocus();
    QTRY_VERIFY(face->hasFocus());
    QVERIFY(panel->pasteIntoFocusedSlot());
    QCOMPARE(face->value(), kFaceUrl);
    QGuiApplication::clipboard()->clear();
}

// Not a check: writes the panel as a designer sees it, for review (FR_COMPOSER_SHOT=<png>).
void tst_ComposerPanel::screenshot()
{
    const QString out = qEnvironmentVariable("FR_COMPOSER_SHOT");
    if (out.isEmpty())
        QSKIP("set FR_COMPOSER_SHOT to a PNG path to render the panel");
    auto panel = makePanel();
    panel->resize(480, 860);
    panel->show();
    panel->setImageValue(QStringLiteral("product_image"),
                         QStringLiteral(FR_SAMPLES_DIR "/product.jpg"));
    panel->setImageValue(QStringLiteral("face_reference"),
                         QStringLiteral(FR_SAMPLES_DIR "/face.jpg"));
    panel->setImageValue(QStringLiteral("background_reference"),
                         QStringLiteral(FR_SAMPLES_DIR "/background.jpg"));
    setParam(*panel, QStringLiteral("resolution"), QStringLiteral("2k"));
    panel->setBalance(120);
    panel->setSessionSpent(12);
    QTRY_VERIFY(panel->canGenerate());
    QTest::qWait(50);
    QVERIFY(panel->grab().save(out));
    if (qEnvironmentVariableIsSet("FR_COMPOSER_SHOT_TALL")) {
        panel->resize(480, 1900);
        QTest::qWait(50);
        QVERIFY(panel->grab().save(qEnvironmentVariable("FR_COMPOSER_SHOT_TALL")));
        panel->resize(480, 860);
    }
    if (qEnvironmentVariableIsSet("FR_COMPOSER_SHOT_TRYON")) {
        panel->setImageValue(QStringLiteral("model_image"),
                             QStringLiteral(FR_SAMPLES_DIR "/model.jpg"));
        QTRY_VERIFY(panel->canGenerate());
        QVERIFY(panel->grab().save(qEnvironmentVariable("FR_COMPOSER_SHOT_TRYON")));
    }
}

QTEST_MAIN(tst_ComposerPanel)
#include "tst_composerpanel.moc"

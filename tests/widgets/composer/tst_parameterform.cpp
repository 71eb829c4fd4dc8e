#include "core/catalog/ModelCatalog.h"
#include "core/catalog/Validation.h"
#include "widgets/composer/ComposerPanel.h"
#include "widgets/composer/ComposerText.h"
#include "widgets/composer/ParameterForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace fr;

namespace {

const QString kProductToModel = QStringLiteral("product-to-model");
const QString kUrl = QStringLiteral("https://example.com/a.jpg");

QString labelOf(const ParamSpec &p)
{
    const QString label = p.displayLabel();
    return label.isEmpty() ? p.name : label;
}

// Numbers compare by value: the catalog parser and the form may pick different JSON number types.
bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

// The label under a field that carries its validation problem.
QLabel *issueLabel(const ParameterForm &form, const ParamSpec &p)
{
    const QString name = QStringLiteral("%1 problem").arg(labelOf(p));
    for (QLabel *label : form.findChildren<QLabel *>()) {
        if (label->accessibleName() == name)
            return label;
    }
    return nullptr;
}

// The caption under a field: its help, or why it is disabled.
QLabel *infoLabel(const ParameterForm &form, const QString &text)
{
    for (QLabel *label : form.findChildren<QLabel *>()) {
        if (label->text() == text && label->accessibleName().isEmpty() && !label->buddy())
            return label;
    }
    return nullptr;
}

QToolButton *seedButton(const ParameterForm &form, bool lock)
{
    for (QToolButton *button : form.findChildren<QToolButton *>()) {
        if (button->isCheckable() == lock)
            return button;
    }
    return nullptr;
}

} // namespace

class tst_ParameterForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyParameterHasAnEditorWithItsDefault();
    void enumCombosListValueLabelsInCatalogOrder();
    void numericRangesAreEnforced();
    void seedLockAndDice();
    void resetRestoresDefaults();
    void validationIssueShownBesideItsField();
    void tryOnRuleDisablesExcludedFields();

private:
    const ModelSpec *productToModel() const { return m_catalog.model(kProductToModel); }

    ModelCatalog m_catalog;
};

void tst_ParameterForm::initTestCase()
{
    m_catalog = ModelCatalog::bundled();
    QVERIFY(productToModel());
    QVERIFY(m_catalog.modelNames().size() >= 4);
}

void tst_ParameterForm::everyParameterHasAnEditorWithItsDefault()
{
    ParameterForm form;
    for (const QString &name : m_catalog.modelNames()) {
        const ModelSpec *spec = m_catalog.model(name);
        QSignalSpy changed(&form, &ParameterForm::valuesChanged);
        form.setModel(spec);
        QCOMPARE(form.model(), spec);
        QCOMPARE(changed.count(), 1);

        QStringList expected;
        for (const ParamSpec &p : spec->inputs()) {
            if (p.kind != ParamKind::Image)
                expected << p.name;
        }
        QCOMPARE(form.params(), expected);

        const QJsonObject values = form.values();
        for (const ParamSpec &p : spec->inputs()) {
            const QString where = name + QLatin1Char('/') + p.name;
            QWidget *editor = form.editor(p.name);
            if (p.kind == ParamKind::Image) {
                QVERIFY2(!editor, qPrintable(where)); // images are slots, not form fields
                continue;
            }
            QVERIFY2(editor, qPrintable(where));
            QCOMPARE(editor->accessibleName(), labelOf(p));
            switch (p.kind) {
            case ParamKind::Enum:
                QVERIFY2(qobject_cast<QComboBox *>(editor), qPrintable(where));
                break;
            case ParamKind::Integer:
                QVERIFY2(ParameterForm::isSeedLike(p) ? bool(qobject_cast<QLineEdit *>(editor))
                                                      : bool(qobject_cast<QSpinBox *>(editor)),
                         qPrintable(where));
                break;
            case ParamKind::Boolean:
                QVERIFY2(qobject_cast<QCheckBox *>(editor), qPrintable(where));
                QCOMPARE(qobject_cast<QCheckBox *>(editor)->text(), labelOf(p));
                break;
            case ParamKind::Text:
                QVERIFY2(qobject_cast<QPlainTextEdit *>(editor), qPrintable(where));
                break;
            case ParamKind::Image:
                break;
            }
            if (p.hasDefault()) {
                QVERIFY2(values.contains(p.name), qPrintable(where));
                QVERIFY2(sameValue(values.value(p.name), p.defaultValue), qPrintable(where));
            } else if (p.kind != ParamKind::Boolean) {
                // Unset and without a default: left to FASHN, so absent from the request.
                QVERIFY2(!values.contains(p.name), qPrintable(where));
            }
        }
        // What the editors show is what values() says.
        if (auto *combo = qobject_cast<QComboBox *>(form.editor(QStringLiteral("mode"))))
            QCOMPARE(combo->currentData().toString(), QStringLiteral("balanced"));
        auto *seed = qobject_cast<QLineEdit *>(form.editor(QStringLiteral("seed")));
        QVERIFY(seed);
        QCOMPARE(seed->text(), QStringLiteral("42"));
    }
    form.setModel(productToModel());
    QCOMPARE(qobject_cast<QSpinBox *>(form.editor(QStringLiteral("num_images")))->value(), 1);
    QCOMPARE(qobject_cast<QComboBox *>(form.editor(QStringLiteral("resolution")))->currentText(),
             productToModel()->input(QStringLiteral("resolution"))->displayValueLabel("1k"));
}

void tst_ParameterForm::enumCombosListValueLabelsInCatalogOrder()
{
    ParameterForm form;
    int combos = 0;
    for (const QString &name : m_catalog.modelNames()) {
        const ModelSpec *spec = m_catalog.model(name);
        form.setModel(spec);
        for (const ParamSpec &p : spec->inputs()) {
            if (p.kind != ParamKind::Enum)
                continue;
            ++combos;
            const QString where = name + QLatin1Char('/') + p.name;
            auto *combo = qobject_cast<QComboBox *>(form.editor(p.name));
            QVERIFY2(combo, qPrintable(where));
            // An optional choice without a default starts with "Automatic" (not sent).
            const int offset = (!p.required && !p.hasDefault()) ? 1 : 0;
            QCOMPARE(combo->count(), p.values.size() + offset);
            if (offset) {
                QVERIFY2(!combo->itemData(0).isValid(), qPrintable(where));
                combo->setCurrentIndex(0);
                QVERIFY2(!form.values().contains(p.name), qPrintable(where));
            }
            for (int i = 0; i < p.values.size(); ++i) {
                const QString value = p.values.at(i);
                QCOMPARE(combo->itemText(i + offset), p.displayValueLabel(value));
                QCOMPARE(combo->itemData(i + offset).toString(), value);
                QSignalSpy changed(&form, &ParameterForm::valuesChanged);
                combo->setCurrentIndex(i + offset);
                // The request carries the raw value, never the label.
                QCOMPARE(form.values().value(p.name).toString(), value);
                QVERIFY(changed.count() <= 1);
            }
        }
    }
    QVERIFY(combos >= 10);
    // A labelled value really shows its label: the table above is not comparing value to value.
    form.setModel(productToModel());
    auto *face = qobject_cast<QComboBox *>(form.editor(QStringLiteral("face_reference_mode")));
    QCOMPARE(face->itemText(0), QStringLiteral("Follow the prompt"));
    QCOMPARE(face->itemData(0).toString(), QStringLiteral("match_base"));
}

void tst_ParameterForm::numericRangesAreEnforced()
{
    ParameterForm form;
    form.setModel(productToModel());
    auto *count = qobject_cast<QSpinBox *>(form.editor(QStringLiteral("num_images")));
    QVERIFY(count);
    QCOMPARE(count->minimum(), 1);
    QCOMPARE(count->maximum(), 4);
    count->setValue(9);
    QCOMPARE(form.values().value(QStringLiteral("num_images")).toDouble(), 4.0);
    count->setValue(-3);
    QCOMPARE(form.values().value(QStringLiteral("num_images")).toDouble(), 1.0);
    // Restored values out of range are brought back into it, not sent as they were.
    form.setValues({{QStringLiteral("num_images"), 12}});
    QCOMPARE(form.values().value(QStringLiteral("num_images")).toDouble(), 4.0);
    form.setValues({{QStringLiteral("num_images"), 0}});
    QCOMPARE(form.values().value(QStringLiteral("num_images")).toDouble(), 1.0);

    // The seed (0..2^32-1) is too wide for a spin box: digits only, no sign, no letters.
    auto *seed = qobject_cast<QLineEdit *>(form.editor(QStringLiteral("seed")));
    QVERIFY(seed);
    seed->clear();
    QTest::keyClicks(seed, QStringLiteral("-12ab3"));
    QCOMPARE(seed->text(), QStringLiteral("123"));
    QCOMPARE(form.values().value(QStringLiteral("seed")).toDouble(), 123.0);
    // Past the top it is kept as typed and flagged by the validator, not silently clamped.
    seed->setText(QStringLiteral("4294967296"));
    QCOMPARE(form.values().value(QStringLiteral("seed")).toDouble(), 4294967296.0);
    const QList<ValidationIssue> issues = validate(*productToModel(), form.values());
    QCOMPARE(issues.size(), 2); // the product image is missing too
    form.setIssues(issues);
    QCOMPARE(form.issueText(QStringLiteral("seed")),
             ComposerText::issue(*productToModel(), issues.at(1)));
    QVERIFY(form.issueText(QStringLiteral("seed")).contains(QLocale().toString(4294967295LL)));
}

void tst_ParameterForm::seedLockAndDice()
{
    ParameterForm form;
    form.setModel(productToModel());
    QVERIFY(form.hasSeed());
    QToolButton *lock = seedButton(form, true);
    QToolButton *dice = seedButton(form, false);
    QVERIFY(lock && dice);
    const auto seed = [&form] { return form.values().value(QStringLiteral("seed")).toDouble(); };

    // Locked by default: Generate keeps the seed.
    QVERIFY(form.seedLocked());
    QVERIFY(lock->isChecked());
    form.rerollSeedIfUnlocked();
    QCOMPARE(seed(), 42.0);

    // The dice always rolls, locked or not, and says so.
    QSignalSpy changed(&form, &ParameterForm::valuesChanged);
    QTest::mouseClick(dice, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    const double rolled = seed();
    QVERIFY(rolled != 42.0); // a 1 in 2^32 chance of a false failure
    QVERIFY(rolled >= 0 && rolled <= 4294967295.0);
    QVERIFY(form.seedLocked());

    // Unlocked from its button: every Generate gets a new seed within range.
    QTest::mouseClick(lock, Qt::LeftButton);
    QVERIFY(!form.seedLocked());
    QVERIFY(lock->toolTip().contains(QStringLiteral("Unlocked")));
    form.rerollSeedIfUnlocked();
    const double again = seed();
    QVERIFY(again != rolled);
    QVERIFY(again >= 0 && again <= 4294967295.0);

    // Locked from code: the button follows and the seed stays.
    form.setSeedLocked(true);
    QVERIFY(lock->isChecked());
    form.rerollSeedIfUnlocked();
    QCOMPARE(seed(), again);

    // Only a random-number space counts as a seed; a small integer gets a plain spin box.
    QVERIFY(ParameterForm::isSeedLike(*productToModel()->input(QStringLiteral("seed"))));
    QVERIFY(!ParameterForm::isSeedLike(*productToModel()->input(QStringLiteral("num_images"))));
}

void tst_ParameterForm::resetRestoresDefaults()
{
    ParameterForm form;
    form.setModel(productToModel());
    const QJsonObject defaults = form.values();

    qobject_cast<QComboBox *>(form.editor(QStringLiteral("resolution")))->setCurrentIndex(2);
    auto *mode = qobject_cast<QComboBox *>(form.editor(QStringLiteral("generation_mode")));
    mode->setCurrentIndex(mode->findData(QStringLiteral("quality")));
    qobject_cast<QSpinBox *>(form.editor(QStringLiteral("num_images")))->setValue(3);
    qobject_cast<QLineEdit *>(form.editor(QStringLiteral("seed")))->setText(QStringLiteral("7"));
    qobject_cast<QPlainTextEdit *>(form.editor(QStringLiteral("prompt")))
        ->setPlainText(QStringLiteral("red dress"));
    qobject_cast<QCheckBox *>(form.editor(QStringLiteral("return_base64")))->setChecked(true);
    QCOMPARE(form.values().size(), defaults.size() + 2); // + generation_mode, prompt
    QVERIFY(form.values() != defaults);

    QSignalSpy changed(&form, &ParameterForm::valuesChanged);
    form.resetToDefaults();
    QCOMPARE(changed.count(), 1); // one change, not one per field
    QCOMPARE(form.values(), defaults);
    QVERIFY(qobject_cast<QPlainTextEdit *>(form.editor(QStringLiteral("prompt")))
                ->toPlainText()
                .isEmpty());
    QCOMPARE(mode->currentData(), QVariant()); // back on Automatic

    // setValues fills what it is given and defaults the rest.
    form.setValues({{QStringLiteral("num_images"), 2}});
    QJsonObject expected = defaults;
    expected.insert(QStringLiteral("num_images"), 2);
    QCOMPARE(form.values().value(QStringLiteral("num_images")).toDouble(), 2.0);
    QCOMPARE(form.values().size(), expected.size());
}

void tst_ParameterForm::validationIssueShownBesideItsField()
{
    ParameterForm form;
    form.setModel(productToModel());
    form.resize(480, 900);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    const ParamSpec &promptSpec = *productToModel()->input(QStringLiteral("prompt"));
    auto *prompt = qobject_cast<QPlainTextEdit *>(form.editor(promptSpec.name));
    QLabel *promptIssue = issueLabel(form, promptSpec);
    QVERIFY(promptIssue);
    QVERIFY(!promptIssue->isVisible());

    prompt->setPlainText(QString(promptSpec.maxLength + 1, QLatin1Char('x')));
    QList<ValidationIssue> issues = validate(*productToModel(), form.values());
    form.setIssues(issues);
    ValidationIssue length;
    for (const ValidationIssue &issue : issues) {
        if (issue.param == promptSpec.name)
            length = issue;
    }
    QCOMPARE(length.rule, QStringLiteral("length"));
    const QString text = ComposerText::issue(*productToModel(), length);
    QVERIFY(text.contains(QString::number(promptSpec.maxLength)));
    QCOMPARE(form.issueText(promptSpec.name), text);
    QVERIFY(promptIssue->isVisible());
    QCOMPARE(promptIssue->text(), text);

    // Beside its own field: in the prompt's cell, right under the box, not under another field.
    QVERIFY(promptIssue->parentWidget()->isAncestorOf(prompt));
    const QRect box(prompt->mapTo(&form, QPoint(0, 0)), prompt->size());
    const QRect issue(promptIssue->mapTo(&form, QPoint(0, 0)), promptIssue->size());
    QVERIFY2(issue.top() >= box.bottom() && issue.top() - box.bottom() < 60,
             qPrintable(QStringLiteral("box %1..%2, issue at %3")
                            .arg(box.top())
                            .arg(box.bottom())
                            .arg(issue.top())));
    QVERIFY(issue.left() < box.right() && issue.right() > box.left());
    // Every other field stays quiet; the image issue (no row here) is ignored.
    for (const QString &param : form.params()) {
        if (param == promptSpec.name)
            continue;
        QVERIFY2(form.issueText(param).isEmpty(), qPrintable(param));
        QVERIFY2(!issueLabel(form, *productToModel()->input(param))->isVisible(),
                 qPrintable(param));
    }

    // Fixed: the issue goes away.
    prompt->setPlainText(QStringLiteral("red dress"));
    form.setIssues(validate(*productToModel(), form.values()));
    QVERIFY(form.issueText(promptSpec.name).isEmpty());
    QVERIFY(!promptIssue->isVisible());
}

void tst_ParameterForm::tryOnRuleDisablesExcludedFields()
{
    const ModelSpec &spec = *productToModel();
    ParameterForm form;
    form.setModel(&spec);
    form.resize(480, 900);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    const QString faceMode = QStringLiteral("face_reference_mode");
    QWidget *editor = form.editor(faceMode);
    const QString help = spec.input(faceMode)->displayHelp();

    // A face image without a model image: its setting is in use.
    QJsonObject draft{{QStringLiteral("product_image"), kUrl},
                      {QStringLiteral("face_reference"), kUrl}};
    form.setDisabledParams(ComposerPanel::unusedInputs(spec, draft));
    QVERIFY(editor->isEnabled());
    QCOMPARE(form.infoText(faceMode), help);

    // A model image makes it a try-on: the face (and so its setting) is not used.
    draft.insert(QStringLiteral("model_image"), kUrl);
    const QMap<QString, QString> unused = ComposerPanel::unusedInputs(spec, draft);
    QVERIFY(unused.contains(QStringLiteral("face_reference")));
    QVERIFY(unused.contains(faceMode));
    form.setDisabledParams(unused);
    QVERIFY(!editor->isEnabled());
    const QString reason = unused.value(faceMode);
    QVERIFY(!reason.isEmpty());
    QCOMPARE(form.infoText(faceMode), reason);
    QLabel *info = infoLabel(form, reason);
    QVERIFY(info);
    QVERIFY(info->isVisible());
    QVERIFY(info->font().italic());
    QVERIFY(info->parentWidget()->isAncestorOf(editor));
    // The fields the rule does not touch stay editable.
    for (const QString &param : form.params()) {
        if (param != faceMode)
            QVERIFY2(form.editor(param)->isEnabled(), qPrintable(param));
    }

    // The model image removed: enabled again, the help back in place of the reason.
    draft.remove(QStringLiteral("model_image"));
    form.setDisabledParams(ComposerPanel::unusedInputs(spec, draft));
    QVERIFY(editor->isEnabled());
    QCOMPARE(form.infoText(faceMode), help);
    QVERIFY(!infoLabel(form, reason));
}

QTEST_MAIN(tst_ParameterForm)
#include "tst_parameterform.moc"

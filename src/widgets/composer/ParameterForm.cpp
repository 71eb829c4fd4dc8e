#include "ParameterForm.h"

#include "ComposerStyle.h"
#include "ComposerText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace fr {

struct ParameterForm::Row
{
    ParamSpec spec;
    QLabel *label = nullptr;
    QWidget *editor = nullptr; // the focusable editor
    QLabel *info = nullptr;
    QLabel *issue = nullptr;
    QLabel *counter = nullptr;
    QComboBox *combo = nullptr;
    QSpinBox *spin = nullptr;
    QLineEdit *line = nullptr;
    QCheckBox *check = nullptr;
    QPlainTextEdit *text = nullptr;
    QToolButton *lock = nullptr;
    QToolButton *dice = nullptr;
    QString disabledReason;
};

namespace {
constexpr qint64 kIntMax = std::numeric_limits<int>::max();
constexpr qint64 kIntMin = std::numeric_limits<int>::min();

bool fitsSpinBox(const ParamSpec &spec)
{
    return spec.minimum && spec.maximum && *spec.minimum >= kIntMin && *spec.maximum <= kIntMax &&
           (spec.required || spec.hasDefault());
}
} // namespace

ParameterForm::ParameterForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

ParameterForm::~ParameterForm() = default;

bool ParameterForm::isSeedLike(const ParamSpec &spec)
{
    return spec.kind == ParamKind::Integer && spec.minimum && spec.maximum &&
           *spec.maximum - *spec.minimum > kIntMax;
}

void ParameterForm::setModel(const ModelSpec *spec)
{
    m_spec = spec;
    build();
    emit valuesChanged();
}

void ParameterForm::build()
{
    m_rows.clear();
    delete m_content;
    m_content = new QWidget(this);
    layout()->addWidget(m_content);
    auto *grid = new QGridLayout(m_content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(12);
    grid->setColumnStretch(1, 1);
    if (!m_spec)
        return;
    int gridRow = 0;
    for (const ParamSpec &p : m_spec->inputs()) {
        if (p.kind != ParamKind::Image)
            addRow(grid, gridRow++, p);
    }
    m_loading = true;
    for (auto &r : m_rows)
        setRowValue(*r, QJsonValue(QJsonValue::Undefined));
    m_loading = false;
}

void ParameterForm::addRow(QGridLayout *grid, int gridRow, const ParamSpec &spec)
{
    auto r = std::make_unique<Row>();
    r->spec = spec;
    Row *row = r.get();
    const QString label = ComposerText::label(spec);

    auto *cell = new QWidget(m_content);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(3);
    QWidget *field = nullptr;

    switch (spec.kind) {
    case ParamKind::Enum: {
        row->combo = new QComboBox(cell);
        if (!spec.required && !spec.hasDefault()) {
            row->combo->addItem(tr("Automatic"), QVariant());
            row->combo->setItemData(0, tr("Not set: FASHN decides"), Qt::ToolTipRole);
        }
        for (const QString &v : spec.values)
            row->combo->addItem(spec.displayValueLabel(v), v);
        connect(row->combo, &QComboBox::currentIndexChanged, this, &ParameterForm::changed);
        field = row->editor = row->combo;
        break;
    }
    case ParamKind::Integer:
        if (fitsSpinBox(spec)) {
            row->spin = new QSpinBox(cell);
            row->spin->setRange(int(*spec.minimum), int(*spec.maximum));
            row->spin->setMaximumWidth(110);
            connect(row->spin, &QSpinBox::valueChanged, this, &ParameterForm::changed);
            field = row->editor = row->spin;
        } else {
            // QSpinBox holds an int; a seed goes up to 2^32 - 1. Digits only; the range is
            // checked by the validator (shown as an issue), not by silently clamping.
            row->line = new QLineEdit(cell);
            const bool negative = !spec.minimum || *spec.minimum < 0;
            row->line->setValidator(new QRegularExpressionValidator(
                QRegularExpression(negative ? QStringLiteral("-?\\d{0,18}")
                                            : QStringLiteral("\\d{0,18}")),
                row->line));
            if (spec.hasDefault())
                row->line->setPlaceholderText(spec.defaultValue.toVariant().toString());
            connect(row->line, &QLineEdit::textChanged, this, &ParameterForm::changed);
            row->editor = row->line;
            if (isSeedLike(spec)) {
                auto *box = new QWidget(cell);
                auto *h = new QHBoxLayout(box);
                h->setContentsMargins(0, 0, 0, 0);
                h->setSpacing(4);
                row->lock = new QToolButton(box);
                row->lock->setCheckable(true);
                row->lock->setChecked(m_seedLocked);
                row->lock->setIcon(composer::lockIcon(palette()));
                row->lock->setAccessibleName(
                    tr("Keep this %1").arg(ComposerText::inSentence(label)));
                row->dice = new QToolButton(box);
                row->dice->setIcon(composer::diceIcon(palette()));
                row->dice->setToolTip(tr("New random %1 now").arg(ComposerText::inSentence(label)));
                row->dice->setAccessibleName(
                    tr("New random %1").arg(ComposerText::inSentence(label)));
                const auto lockTip = [row, label] {
                    row->lock->setToolTip(
                        row->lock->isChecked()
                            ? tr("Locked: every Generate uses this %1.")
                                  .arg(ComposerText::inSentence(label))
                            : tr("Unlocked: every Generate picks a new random %1.")
                                  .arg(ComposerText::inSentence(label)));
                };
                lockTip();
                connect(row->lock, &QToolButton::toggled, this, [this, lockTip](bool on) {
                    m_seedLocked = on;
                    lockTip();
                });
                connect(row->dice, &QToolButton::clicked, this, &ParameterForm::rollSeed);
                h->addWidget(row->line, 1);
                h->addWidget(row->lock);
                h->addWidget(row->dice);
                field = box;
            } else {
                field = row->line;
            }
        }
        break;
    case ParamKind::Boolean:
        row->check = new QCheckBox(label, cell);
        connect(row->check, &QCheckBox::toggled, this, &ParameterForm::changed);
        field = row->editor = row->check;
        break;
    case ParamKind::Text:
        row->text = new QPlainTextEdit(cell);
        row->text->setTabChangesFocus(true);
        row->text->setFixedHeight(row->text->fontMetrics().lineSpacing() * 3 + 14);
        row->text->setPlaceholderText(tr("Optional"));
        connect(row->text, &QPlainTextEdit::textChanged, this, [this, row] {
            updateCounter(*row);
            changed();
        });
        field = row->editor = row->text;
        break;
    case ParamKind::Image:
        return;
    }

    row->editor->setObjectName(QStringLiteral("param_") + spec.name);
    row->editor->setAccessibleName(label);
    row->editor->setToolTip(spec.displayHelp());
    cellLayout->addWidget(field);

    auto *infoRow = new QHBoxLayout;
    infoRow->setSpacing(8);
    row->info = new QLabel(spec.displayHelp(), cell);
    composer::makeCaption(row->info);
    row->info->setWordWrap(true);
    row->info->setVisible(!spec.displayHelp().isEmpty());
    infoRow->addWidget(row->info, 1);
    if (row->text && spec.maxLength > 0) {
        row->counter = new QLabel(cell);
        composer::makeCaption(row->counter);
        row->counter->setAccessibleName(tr("%1 length").arg(label));
        infoRow->addWidget(row->counter, 0, Qt::AlignTop | Qt::AlignRight);
    }
    cellLayout->addLayout(infoRow);
    row->issue = new QLabel(cell);
    composer::makeError(row->issue);
    row->issue->setAccessibleName(tr("%1 problem").arg(label));
    row->issue->hide();
    cellLayout->addWidget(row->issue);
    cellLayout->addStretch(1);

    if (!row->check) {
        row->label = new QLabel(label, m_content);
        row->label->setBuddy(row->editor);
        row->label->setToolTip(spec.displayHelp());
        // Aligned with the editor's text line, not with the cell's caption lines.
        // A multi-line box lines up with its first line; its size hint is not its height.
        row->label->setMinimumHeight(row->text ? QLineEdit().sizeHint().height()
                                               : field->sizeHint().height());
        row->label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        grid->addWidget(row->label, gridRow, 0, Qt::AlignTop);
    }
    grid->addWidget(cell, gridRow, 1);
    m_rows.push_back(std::move(r));
}

ParameterForm::Row *ParameterForm::row(const QString &param) const
{
    for (const auto &r : m_rows) {
        if (r->spec.name == param)
            return r.get();
    }
    return nullptr;
}

QStringList ParameterForm::params() const
{
    QStringList names;
    for (const auto &r : m_rows)
        names << r->spec.name;
    return names;
}

QWidget *ParameterForm::editor(const QString &param) const
{
    const Row *r = row(param);
    return r ? r->editor : nullptr;
}

QString ParameterForm::issueText(const QString &param) const
{
    const Row *r = row(param);
    return r ? r->issue->text() : QString();
}

QString ParameterForm::infoText(const QString &param) const
{
    const Row *r = row(param);
    return r ? r->info->text() : QString();
}

QJsonValue ParameterForm::rowValue(const Row &r) const
{
    if (r.combo) {
        const QVariant data = r.combo->currentData();
        return data.isValid() ? QJsonValue(data.toString()) : QJsonValue(QJsonValue::Undefined);
    }
    if (r.spin)
        return double(r.spin->value());
    if (r.line) {
        bool ok = false;
        const qlonglong n = r.line->text().toLongLong(&ok);
        return ok ? QJsonValue(double(n)) : QJsonValue(QJsonValue::Undefined);
    }
    if (r.check)
        return r.check->isChecked();
    if (r.text) {
        const QString t = r.text->toPlainText();
        return t.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(t);
    }
    return QJsonValue(QJsonValue::Undefined);
}

void ParameterForm::setRowValue(Row &r, const QJsonValue &given)
{
    const bool set = !given.isUndefined() && !given.isNull();
    const QJsonValue v = set ? given : r.spec.defaultValue;
    const bool hasValue = !v.isUndefined() && !v.isNull();
    if (r.combo) {
        int index = hasValue ? r.combo->findData(v.toString()) : -1;
        if (index < 0 && set && r.spec.hasDefault())
            index = r.combo->findData(r.spec.defaultValue.toString()); // a stale value
        r.combo->setCurrentIndex(qMax(0, index));
    } else if (r.spin) {
        r.spin->setValue(hasValue ? int(qBound(double(r.spin->minimum()), v.toDouble(),
                                               double(r.spin->maximum())))
                                  : r.spin->minimum());
    } else if (r.line) {
        r.line->setText(hasValue && v.isDouble() ? QString::number(qlonglong(v.toDouble()))
                                                 : QString());
    } else if (r.check) {
        r.check->setChecked(hasValue && v.toBool());
    } else if (r.text) {
        r.text->setPlainText(hasValue ? v.toString() : QString());
        updateCounter(r);
    }
}

QJsonObject ParameterForm::values() const
{
    QJsonObject values;
    for (const auto &r : m_rows) {
        const QJsonValue v = rowValue(*r);
        if (!v.isUndefined())
            values.insert(r->spec.name, v);
    }
    return values;
}

void ParameterForm::setValues(const QJsonObject &values)
{
    m_loading = true;
    for (auto &r : m_rows)
        setRowValue(*r, values.value(r->spec.name));
    m_loading = false;
    emit valuesChanged();
}

void ParameterForm::resetToDefaults()
{
    setValues({});
}

void ParameterForm::setIssues(const QList<ValidationIssue> &issues)
{
    QMap<QString, QStringList> texts;
    for (const ValidationIssue &issue : issues) {
        if (m_spec && row(issue.param))
            texts[issue.param] << ComposerText::issue(*m_spec, issue);
    }
    for (auto &r : m_rows) {
        const QStringList lines = texts.value(r->spec.name);
        r->issue->setText(lines.join(QLatin1Char('\n')));
        r->issue->setVisible(!lines.isEmpty());
    }
}

void ParameterForm::setDisabledParams(const QMap<QString, QString> &reasons)
{
    for (auto &r : m_rows) {
        const QString reason = reasons.value(r->spec.name);
        if (reason == r->disabledReason)
            continue;
        r->disabledReason = reason;
        const bool enabled = reason.isEmpty();
        r->editor->setEnabled(enabled);
        if (r->label)
            r->label->setEnabled(enabled);
        if (r->lock)
            r->lock->setEnabled(enabled);
        if (r->dice)
            r->dice->setEnabled(enabled);
        QFont font = r->info->font();
        font.setItalic(!enabled);
        r->info->setFont(font);
        r->info->setText(enabled ? r->spec.displayHelp() : reason);
        r->info->setVisible(!r->info->text().isEmpty());
    }
}

bool ParameterForm::hasSeed() const
{
    for (const auto &r : m_rows) {
        if (r->lock)
            return true;
    }
    return false;
}

void ParameterForm::setSeedLocked(bool locked)
{
    m_seedLocked = locked;
    for (auto &r : m_rows) {
        if (r->lock)
            r->lock->setChecked(locked);
    }
}

void ParameterForm::rerollSeedIfUnlocked()
{
    if (!m_seedLocked)
        rollSeed();
}

void ParameterForm::rollSeed()
{
    for (auto &r : m_rows) {
        if (!r->lock)
            continue;
        const quint64 low = quint64(*r->spec.minimum);
        const quint64 span = quint64(*r->spec.maximum - *r->spec.minimum) + 1;
        const quint64 seed = low + QRandomGenerator::global()->generate64() % span;
        r->line->setText(QString::number(seed));
    }
}

void ParameterForm::updateCounter(Row &r)
{
    if (!r.counter)
        return;
    const qsizetype length = r.text->toPlainText().size();
    r.counter->setText(tr("%1 / %2").arg(length).arg(r.spec.maxLength));
    QPalette palette = r.counter->palette();
    palette.setColor(QPalette::WindowText, length > r.spec.maxLength
                                               ? composer::errorText(palette)
                                               : composer::mutedText(this->palette()));
    r.counter->setPalette(palette);
}

void ParameterForm::changed()
{
    if (!m_loading)
        emit valuesChanged();
}

} // namespace fr

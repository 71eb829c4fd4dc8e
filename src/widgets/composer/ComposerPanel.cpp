#include "ComposerPanel.h"

#include "ComposerStyle.h"
#include "ComposerText.h"
#include "CostBar.h"
#include "ImageSlot.h"
#include "ParameterForm.h"
#include "core/catalog/ModelCatalog.h"
#include "core/settings/Settings.h"
#include "widgets/common/Confirm.h"
#include "widgets/common/SlimScrollBarStyle.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace fr {

namespace {
constexpr int kMinSlotWidth = 190;
constexpr int kSlotSpacing = 10;

bool isSet(const QJsonObject &values, const QString &name)
{
    const QJsonValue v = values.value(name);
    return !v.isUndefined() && !v.isNull() && !(v.isString() && v.toString().isEmpty());
}
} // namespace

ComposerPanel::ComposerPanel(const ModelCatalog *catalog, Settings *settings, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_settings(settings)
{
    setObjectName(QStringLiteral("composerPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    // Model chooser: fixed at the top, like the cost bar at the foot.
    auto *head = new QWidget(this);
    auto *headLayout = new QVBoxLayout(head);
    headLayout->setContentsMargins(14, 12, 14, 10);
    headLayout->setSpacing(6);
    auto *modelTitle = new QLabel(tr("Model"), head);
    composer::makeSectionTitle(modelTitle);
    m_modelCombo = new QComboBox(head);
    m_modelCombo->setAccessibleName(tr("Model"));
    m_modelCombo->setMinimumHeight(30);
    modelTitle->setBuddy(m_modelCombo);
    for (const QString &name : m_catalog->modelNames()) {
        const ModelSpec *model = m_catalog->model(name);
        m_modelCombo->addItem(ComposerText::modelTitle(*model), name);
        m_modelCombo->setItemData(m_modelCombo->count() - 1, model->displayDescription(),
                                  Qt::ToolTipRole);
    }
    m_description = new QLabel(head);
    composer::makeCaption(m_description);
    m_description->setWordWrap(true);
    headLayout->addWidget(modelTitle);
    headLayout->addWidget(m_modelCombo);
    headLayout->addWidget(m_description);
    outer->addWidget(head);

    auto *scroll = m_scroll = new QScrollArea(this);
    SlimScrollBarStyle::apply(scroll);
    scroll->setObjectName(QStringLiteral("composerScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *body = new QWidget(scroll);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(14, 4, 14, 14);
    bodyLayout->setSpacing(8);

    auto *imagesTitle = new QLabel(tr("Images"), body);
    composer::makeSectionTitle(imagesTitle);
    bodyLayout->addWidget(imagesTitle);
    m_slotArea = new QWidget(body);
    m_slotGrid = new QGridLayout(m_slotArea);
    m_slotGrid->setContentsMargins(0, 0, 0, 0);
    m_slotGrid->setSpacing(kSlotSpacing);
    bodyLayout->addWidget(m_slotArea);
    bodyLayout->addSpacing(12);

    auto *paramsHeader = new QHBoxLayout;
    auto *paramsTitle = new QLabel(tr("Settings"), body);
    composer::makeSectionTitle(paramsTitle);
    m_resetButton = new QToolButton(body);
    m_resetButton->setText(tr("Reset to defaults"));
    m_resetButton->setAutoRaise(true);
    m_resetButton->setToolTip(tr("Put every setting back to the model's default; images stay."));
    m_resetButton->setAccessibleName(tr("Reset settings to defaults"));
    paramsHeader->addWidget(paramsTitle);
    paramsHeader->addStretch();
    paramsHeader->addWidget(m_resetButton);
    bodyLayout->addLayout(paramsHeader);

    m_form = new ParameterForm(body);
    bodyLayout->addWidget(m_form);
    bodyLayout->addStretch(1);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);
    scroll->viewport()->installEventFilter(this);

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    QPalette rulePalette = rule->palette();
    rulePalette.setColor(QPalette::WindowText, composer::cardBorder(rulePalette));
    rule->setPalette(rulePalette);
    outer->addWidget(rule);

    auto *foot = new QWidget(this);
    auto *footLayout = new QVBoxLayout(foot);
    footLayout->setContentsMargins(14, 10, 14, 12);
    m_costBar = new CostBar(foot);
    footLayout->addWidget(m_costBar);
    outer->addWidget(foot);

    connect(m_form, &ParameterForm::valuesChanged, this, &ComposerPanel::refreshDraft);
    connect(m_resetButton, &QToolButton::clicked, m_form, &ParameterForm::resetToDefaults);
    connect(m_costBar, &CostBar::generateClicked, this, &ComposerPanel::generate);
    connect(m_modelCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { switchModel(m_modelCombo->itemData(index).toString()); });

    QString initial = m_settings->lastModel();
    if (!m_catalog->model(initial) && !m_catalog->modelNames().isEmpty())
        initial = m_catalog->modelNames().first();
    setModel(initial);
}

ComposerPanel::~ComposerPanel() = default;

const ModelSpec *ComposerPanel::spec() const
{
    return m_catalog->model(m_model);
}

QJsonObject ComposerPanel::currentValues() const
{
    return m_sent;
}

void ComposerPanel::setModel(const QString &name)
{
    const int index = m_modelCombo->findData(name);
    if (index < 0)
        return;
    if (index == m_modelCombo->currentIndex() && name == m_model)
        return;
    if (index == m_modelCombo->currentIndex())
        switchModel(name); // the combo will not signal a change
    else
        m_modelCombo->setCurrentIndex(index);
}

void ComposerPanel::switchModel(const QString &name)
{
    const ModelSpec *model = m_catalog->model(name);
    if (!model || name == m_model)
        return;
    m_model = name;
    m_description->setText(model->displayDescription());
    m_description->setVisible(!model->description().isEmpty());

    const QJsonObject last = m_settings->lastValues(name);
    m_restoring = true;
    m_pendingRestore.clear();
    buildSlots(*model);
    m_form->setModel(model);
    m_form->setValues(last);
    for (ImageSlot *slot : std::as_const(m_slots)) {
        const QString value = last.value(slot->param()).toString();
        if (value.isEmpty())
            continue;
        m_pendingRestore.insert(slot->param(), value);
        slot->setValue(value);
    }
    m_restoring = false;
    m_settings->setLastModel(name);
    refreshDraft();
    emit modelChanged(name);
}

void ComposerPanel::buildSlots(const ModelSpec &model)
{
    qDeleteAll(m_slots);
    m_slots.clear();
    for (const ParamSpec &p : model.inputs()) {
        if (p.kind != ParamKind::Image)
            continue;
        auto *slot = new ImageSlot(p, m_slotArea);
        connect(slot, &ImageSlot::valueChanged, this, &ComposerPanel::refreshDraft);
        connect(slot, &ImageSlot::stateChanged, this, [this](const QString &param) {
            if (ImageSlot *s = this->slot(param); s && !s->isBusy())
                m_pendingRestore.remove(param);
            refreshDraft();
        });
        m_slots << slot;
    }
    layOutSlots(true);
}

// A grid that keeps every card at least kMinSlotWidth wide: two columns in a typical side
// panel, one when it is narrow, more on a wide one.
void ComposerPanel::layOutSlots(bool force)
{
    // The viewport, not the grid: the grid's own width follows from the columns chosen here.
    const int width = m_scroll->viewport()->width() - 28;
    const int columns = qBound(1, (width + kSlotSpacing) / (kMinSlotWidth + kSlotSpacing), 4);
    if (!force && columns == m_columns)
        return;
    m_columns = columns;
    for (ImageSlot *slot : std::as_const(m_slots))
        m_slotGrid->removeWidget(slot);
    for (int c = 0; c < 4; ++c)
        m_slotGrid->setColumnStretch(c, c < columns ? 1 : 0);
    for (int i = 0; i < m_slots.size(); ++i)
        m_slotGrid->addWidget(m_slots[i], i / columns, i % columns);
}

bool ComposerPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        layOutSlots();
    return QWidget::eventFilter(watched, event);
}

QMap<QString, QString> ComposerPanel::unusedInputs(const ModelSpec &model, const QJsonObject &draft)
{
    QMap<QString, QString> unused;
    for (const ParamSpec &p : model.inputs()) {
        if (!isSet(draft, p.name) || unused.contains(p.name))
            continue;
        for (const QString &other : p.excludes) {
            if (!unused.contains(other))
                unused.insert(other, tr("Not used: %1 can't be combined with a %2 image.")
                                         .arg(ComposerText::label(model, other),
                                              ComposerText::label(model, p.name)));
        }
    }
    // A setting named after an image input ("<image>_mode") qualifies that image; the catalog
    // has no field for this yet, so the naming convention stands in for one.
    for (const ParamSpec &p : model.inputs()) {
        if (p.kind == ParamKind::Image)
            continue;
        for (const QString &image : model.imageInputs()) {
            if (!p.name.startsWith(image + QLatin1Char('_')))
                continue;
            if (!isSet(draft, image) || unused.contains(image))
                unused.insert(
                    p.name,
                    tr("Only used with a %1 image.").arg(ComposerText::label(model, image)));
        }
    }
    return unused;
}

int ComposerPanel::uploadEdgeFor(const ModelSpec &model, const QJsonObject &values)
{
    // Until the catalog says which output tier needs large inputs, 4k is named here.
    const QString param = model.output().resolutionParam;
    if (!param.isEmpty() && model.effectiveValue(values, param).toString() == QLatin1String("4k"))
        return 6000;
    return 2000;
}

void ComposerPanel::refreshDraft()
{
    const ModelSpec *model = spec();
    if (!model || m_restoring)
        return;

    QJsonObject draft = m_form->values();
    for (ImageSlot *slot : std::as_const(m_slots)) {
        if (!slot->value().isEmpty())
            draft.insert(slot->param(), slot->value());
    }
    m_draft = draft;

    const QMap<QString, QString> unused = unusedInputs(*model, draft);
    QJsonObject sent = draft;
    for (auto it = unused.begin(); it != unused.end(); ++it)
        sent.remove(it.key());
    m_sent = sent;

    m_form->setDisabledParams(unused);
    const QList<ValidationIssue> issues = validate(*model, sent, ImageSources::LocalFilesAllowed);
    m_form->setIssues(issues);

    const int edge = uploadEdgeFor(*model, sent);
    QStringList blockers;
    for (ImageSlot *slot : std::as_const(m_slots)) {
        const QString label = ComposerText::label(*model, slot->param());
        slot->setDisabledReason(unused.value(slot->param()));
        slot->setUploadEdge(edge);
        QStringList slotIssues;
        for (const ValidationIssue &issue : issues) {
            // An empty required slot already says "Required" in its header.
            if (issue.param == slot->param() && issue.rule != QLatin1String("required"))
                slotIssues << ComposerText::issue(*model, issue);
        }
        slot->setIssue(slotIssues.join(QLatin1Char('\n')));
        if (slot->isBusy())
            blockers << tr("Checking the %1 image…").arg(label);
        else if (!slot->problem().isEmpty() && slot->disabledReason().isEmpty())
            blockers << tr("%1 image: %2").arg(label, slot->problem());
    }
    for (const ValidationIssue &issue : issues) {
        const ParamSpec *p = model->input(issue.param);
        const QString label = ComposerText::label(*model, issue.param);
        if (p && p->kind == ParamKind::Image && issue.rule == QLatin1String("required"))
            blockers << tr("Add a %1 image.").arg(label);
        else
            blockers << tr("%1: %2").arg(label, ComposerText::issue(*model, issue));
    }
    m_blockers = blockers;

    const PriceBreakdown price = estimatePrice(*model, sent);
    m_costBar->setEstimate(price, automaticNote(*model, sent, price), extraNotes(*model, sent));
    m_costBar->setBlockers(blockers);

    // Files restored from the last session are remembered even while they are being checked.
    QJsonObject remembered = draft;
    for (auto it = m_pendingRestore.begin(); it != m_pendingRestore.end(); ++it) {
        if (!remembered.contains(it.key()))
            remembered.insert(it.key(), it.value());
    }
    m_settings->setLastValues(m_model, remembered);
}

QString ComposerPanel::automaticNote(const ModelSpec &model, const QJsonObject &values,
                                     const PriceBreakdown &price) const
{
    const ParamTable &table = model.pricing().table;
    if (!price.automatic || table.isEmpty())
        return {};
    const ParamSpec *row = model.input(table.rowParam);
    const QString rowLabel = ComposerText::inSentence(ComposerText::label(model, table.rowParam));
    const QString billed = row ? row->displayValueLabel(price.billedRow) : price.billedRow;
    if (table.columnParam.isEmpty())
        return tr("No %1 set: FASHN picks; billed as %2").arg(rowLabel, billed);
    const QString column = model.effectiveValue(values, table.columnParam).toVariant().toString();
    return tr("No %1 set: FASHN picks; billed as %2 at %3").arg(rowLabel, billed, column);
}

QStringList ComposerPanel::extraNotes(const ModelSpec &model, const QJsonObject &values) const
{
    QStringList notes;
    for (const PriceExtra &extra : model.pricing().extras) {
        if (isSet(values, extra.ifSet))
            notes << (extra.perImage == 1 ? tr("+1 credit per image with %2")
                                          : tr("+%1 credits per image with %2"))
                         .arg(extra.perImage)
                         .arg(ComposerText::label(model, extra.ifSet));
    }
    return notes;
}

PriceBreakdown ComposerPanel::estimate() const
{
    const ModelSpec *model = spec();
    return model ? estimatePrice(*model, m_sent) : PriceBreakdown();
}

bool ComposerPanel::canGenerate() const
{
    return spec() && m_blockers.isEmpty();
}

void ComposerPanel::generate()
{
    if (!canGenerate())
        return;
    const QString model = m_model;
    const QJsonObject values = m_sent;
    const int cost = estimatePrice(*spec(), values).total;
    const auto send = [this, model, values] {
        emit generateRequested(model, values);
        m_form->rerollSeedIfUnlocked();
    };
    const int threshold = m_settings->confirmThreshold();
    if (threshold > 0 && cost > threshold) {
        Confirm::ask(this, tr("Generate for %1 credits?").arg(cost),
                     tr("This request costs %1 credits, more than the %2 you asked to confirm.")
                         .arg(cost)
                         .arg(threshold),
                     tr("Generate"), [send](bool accepted) {
                         if (accepted)
                             send();
                     });
        return;
    }
    send();
}

ImageSlot *ComposerPanel::slot(const QString &param) const
{
    for (ImageSlot *s : m_slots) {
        if (s->param() == param)
            return s;
    }
    return nullptr;
}

void ComposerPanel::setImageValue(const QString &param, const QString &value)
{
    if (ImageSlot *s = slot(param))
        s->setValue(value);
}

bool ComposerPanel::useAsModelImage(const QString &path)
{
    ImageSlot *target = slot(QStringLiteral("model_image"));
    for (ImageSlot *s : std::as_const(m_slots)) {
        if (!target && s->param().contains(QLatin1String("model")))
            target = s;
    }
    if (!target)
        return false;
    target->setValue(path);
    return true;
}

bool ComposerPanel::pasteIntoFocusedSlot()
{
    QWidget *focus = QApplication::focusWidget();
    for (ImageSlot *s : std::as_const(m_slots)) {
        if (focus && (s == focus || s->isAncestorOf(focus))) {
            s->paste();
            return true;
        }
    }
    return false;
}

void ComposerPanel::setBalance(int credits)
{
    m_costBar->setBalance(credits);
}

void ComposerPanel::setSessionSpent(int credits)
{
    m_costBar->setSessionSpent(credits);
}

} // namespace fr

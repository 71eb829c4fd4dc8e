#include "ComparePanel.h"

#include "CompareLabels.h"
#include "WipeView.h"
#include "widgets/viewer/ProvenanceText.h"
#include "widgets/viewer/ZoomView.h"

#include <QButtonGroup>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace fr {

namespace {

// The panes sit on one dark field separated by thin gaps, as in a light table.
constexpr int kPaneGap = 2;

} // namespace

ComparePanel::ComparePanel(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_wipe(new WipeView(this))
{
    auto *toolbar = new QWidget(this);
    toolbar->setObjectName(QStringLiteral("compareToolbar"));
    auto *bar = new QHBoxLayout(toolbar);
    bar->setContentsMargins(10, 4, 8, 4);
    bar->setSpacing(2);

    m_title = new QLabel(toolbar);
    m_title->setObjectName(QStringLiteral("compareTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    QToolButton *sideBySide = addToolButton(tr("Side by side"), tr("Results next to each other"));
    QToolButton *wipe = addToolButton(tr("Wipe"), tr("Two results under a divider (W)"));
    sideBySide->setCheckable(true);
    wipe->setCheckable(true);
    sideBySide->setChecked(true);
    auto *modes = new QButtonGroup(this);
    modes->addButton(sideBySide);
    modes->addButton(wipe);
    m_sideBySideButton = sideBySide;
    m_wipeButton = wipe;

    QToolButton *fit = addToolButton(tr("Fit"), tr("Fit every result (F)"));
    QToolButton *actual = addToolButton(tr("100 %"), tr("Actual pixels in every result (1)"));
    QToolButton *done = addToolButton(tr("Done"), tr("Leave the comparison (Esc)"));

    bar->addWidget(m_title);
    bar->addStretch(1);
    bar->addWidget(sideBySide);
    bar->addWidget(wipe);
    bar->addSpacing(14);
    bar->addWidget(fit);
    bar->addWidget(actual);
    bar->addStretch(1);
    bar->addWidget(done);

    m_paneArea = new QWidget(this);
    m_paneArea->setAutoFillBackground(true);
    auto *panes = new QHBoxLayout(m_paneArea);
    panes->setContentsMargins(0, 0, 0, 0);
    panes->setSpacing(kPaneGap);
    m_stack->addWidget(m_paneArea);
    m_stack->addWidget(m_wipe);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_stack, 1);

    updatePaneAreaPalette();
    connect(sideBySide, &QToolButton::clicked, this, [this] { setMode(Mode::SideBySide); });
    connect(wipe, &QToolButton::clicked, this, [this] { setMode(Mode::Wipe); });
    connect(fit, &QToolButton::clicked, this, &ComparePanel::fitAll);
    connect(actual, &QToolButton::clicked, this, &ComparePanel::actualSizeAll);
    connect(done, &QToolButton::clicked, this, &ComparePanel::closeRequested);

    connect(m_wipe, &ZoomView::viewChanged, this, [this] { followUser(m_wipe); });
    connect(m_wipe, &ZoomView::imageLoaded, this, [this] { apply(m_wipe); });
    m_wipe->installEventFilter(this);
    updateModeButtons();
}

ComparePanel::~ComparePanel() = default;

QToolButton *ComparePanel::addToolButton(const QString &text, const QString &tip)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus); // keys belong to the views
    return button;
}

ComparePanel::Pane ComparePanel::makePane(int index)
{
    Pane pane;
    pane.frame = new QWidget(m_paneArea);
    pane.frame->setObjectName(QStringLiteral("comparePane%1").arg(index + 1));
    auto *header = new QWidget(pane.frame);
    header->setObjectName(QStringLiteral("comparePaneHeader"));
    // The header belongs to the dark light-table, not to the chrome: a shade under the
    // image background, light text, the file name dimmed.
    const QColor field = ZoomView::neutralBackground(palette());
    QPalette headerPalette = header->palette();
    headerPalette.setColor(QPalette::Window, field.darker(118));
    headerPalette.setColor(QPalette::WindowText, QColor(226, 226, 226));
    headerPalette.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
    header->setPalette(headerPalette);
    header->setAutoFillBackground(true);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(10, 5, 10, 5);
    headerLayout->setSpacing(8);
    pane.label = new QLabel(header);
    pane.label->setObjectName(QStringLiteral("compareLabel"));
    pane.label->setMinimumWidth(1);
    pane.label->setTextFormat(Qt::PlainText);
    QFont labelFont = pane.label->font();
    labelFont.setWeight(QFont::DemiBold);
    pane.label->setFont(labelFont);
    pane.file = new QLabel(header);
    pane.file->setObjectName(QStringLiteral("compareFileName"));
    pane.file->setForegroundRole(QPalette::PlaceholderText);
    pane.file->setMinimumWidth(1);
    pane.file->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    headerLayout->addWidget(pane.label, 3);
    headerLayout->addWidget(pane.file, 2);

    pane.view = new ZoomView(pane.frame);
    auto *layout = new QVBoxLayout(pane.frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(pane.view, 1);

    ZoomView *view = pane.view;
    connect(view, &ZoomView::viewChanged, this, [this, view] { followUser(view); });
    // A pane that finishes decoding after the user zoomed joins the shared view.
    connect(view, &ZoomView::imageLoaded, this, [this, view] { apply(view); });
    view->installEventFilter(this);
    return pane;
}

void ComparePanel::updatePaneAreaPalette()
{
    // The gaps between panes are darker than the panes: a seam, not a white line.
    QPalette gaps = m_paneArea->palette();
    gaps.setColor(QPalette::Window, ZoomView::neutralBackground(palette()).darker(150));
    m_paneArea->setPalette(gaps);
}

void ComparePanel::setImages(const QStringList &paths)
{
    m_paths = paths.mid(0, kMaxPanes);
    for (const Pane &pane : std::as_const(m_panes))
        delete pane.frame;
    m_panes.clear();
    m_shared = {};

    QList<QJsonObject> sidecars;
    QStringList names;
    for (const QString &path : std::as_const(m_paths)) {
        sidecars.append(readSidecar(path));
        names.append(QFileInfo(path).fileName());
    }
    m_labels = compareLabels(sidecars, names);

    for (int i = 0; i < m_paths.size(); ++i) {
        Pane pane = makePane(i);
        // Elided by the label's width; the whole text stays one hover away.
        const QString label = m_labels.value(i);
        pane.label->setText(label);
        pane.label->setToolTip(label);
        // An input's label already names its file.
        pane.file->setText(sidecars.at(i).isEmpty() ? QString() : names.at(i));
        pane.file->setToolTip(m_paths.at(i));
        m_paneArea->layout()->addWidget(pane.frame);
        pane.view->setImagePath(m_paths.at(i));
        m_panes.append(pane);
    }
    m_title->setText(tr("Compare · %1 pictures").arg(m_paths.size()));

    if (canWipe()) {
        m_wipe->setImagePaths(m_paths.at(0), m_paths.at(1));
        m_wipe->setLabels(m_labels.value(0), m_labels.value(1));
    } else {
        m_wipe->setImagePaths(QString(), QString());
    }
    setMode(m_mode == Mode::Wipe && canWipe() ? Mode::Wipe : Mode::SideBySide);
    updateModeButtons();
}

QList<ZoomView *> ComparePanel::paneViews() const
{
    QList<ZoomView *> views;
    for (const Pane &pane : m_panes)
        views.append(pane.view);
    return views;
}

QList<ZoomView *> ComparePanel::allViews() const
{
    QList<ZoomView *> views = paneViews();
    views.append(m_wipe);
    return views;
}

void ComparePanel::setMode(Mode mode)
{
    if (mode == Mode::Wipe && !canWipe())
        mode = Mode::SideBySide;
    const bool changed = mode != m_mode;
    m_mode = mode;
    m_stack->setCurrentWidget(mode == Mode::Wipe ? static_cast<QWidget *>(m_wipe) : m_paneArea);
    updateModeButtons();
    // The view carries over: the wipe opens on the spot the panes were showing.
    for (ZoomView *view : allViews())
        apply(view);
    if (mode == Mode::Wipe)
        m_wipe->setFocus();
    else if (!m_panes.isEmpty())
        m_panes.first().view->setFocus();
    if (changed)
        emit modeChanged(mode);
}

void ComparePanel::toggleWipe()
{
    setMode(m_mode == Mode::Wipe ? Mode::SideBySide : Mode::Wipe);
}

void ComparePanel::updateModeButtons()
{
    m_wipeButton->setEnabled(canWipe());
    m_wipeButton->setToolTip(canWipe() ? tr("Two results under a divider (W)")
                                       : tr("The wipe compares exactly two pictures"));
    m_wipeButton->setChecked(m_mode == Mode::Wipe);
    m_sideBySideButton->setChecked(m_mode == Mode::SideBySide);
}

void ComparePanel::fitAll()
{
    m_shared = {};
    for (ZoomView *view : allViews())
        apply(view);
}

void ComparePanel::actualSizeAll()
{
    // 100 % means actual pixels in each pane, even when the results differ in size.
    const QPointF center = m_shared.center;
    for (ZoomView *view : allViews())
        view->setView(1.0, center);
    ZoomView *reference = m_mode == Mode::Wipe || m_panes.isEmpty() ? m_wipe : m_panes.first().view;
    m_shared = {false, reference->zoom() / reference->fitZoom(), reference->center()};
}

void ComparePanel::followUser(ZoomView *source)
{
    m_shared = {source->isFit(), source->zoom() / source->fitZoom(), source->center()};
    for (ZoomView *view : allViews()) {
        if (view != source)
            apply(view);
    }
}

void ComparePanel::apply(ZoomView *view) const
{
    // setView() and setFitView() never emit viewChanged, so following cannot loop.
    if (!view->hasImage())
        return;
    if (m_shared.fit)
        view->setFitView();
    else
        view->setView(m_shared.relativeZoom * view->fitZoom(), m_shared.center);
}

void ComparePanel::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        emit closeRequested();
        break;
    case Qt::Key_W:
        toggleWipe();
        break;
    case Qt::Key_F:
        fitAll();
        break;
    case Qt::Key_1:
        actualSizeAll();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool ComparePanel::eventFilter(QObject *watched, QEvent *event)
{
    // A view would take "1" as 100 % for itself alone; here it means every pane.
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_1) {
        actualSizeAll();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace fr

#include "GalleryPanel.h"

#include "core/images/WorkerPool.h"

#include "GalleryDelegate.h"
#include "GalleryFilterModel.h"
#include "GalleryModel.h"
#include "ProvenanceDialog.h"
#include "core/images/ThumbnailCache.h"
#include "core/library/LibraryIndex.h"
#include "widgets/common/Confirm.h"
#include "widgets/common/SlimScrollBarStyle.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <QtMath>

namespace fr {

namespace {
// The CLI writes image then sidecar; one refresh after the burst settles is enough.
constexpr int kRefreshDebounceMs = 600;
constexpr int kSearchDebounceMs = 150;
} // namespace

GalleryPanel::GalleryPanel(LibraryIndex *index, ThumbnailCache *thumbnails, QWidget *parent)
    : QWidget(parent), m_index(index), m_thumbnails(thumbnails),
      m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_model = new GalleryModel(index, thumbnails, this);
    m_filter = new GalleryFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_delegate = new GalleryDelegate(this);
    buildUi();
    createActions();

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDebounceMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_index)
            m_index->refresh();
    });
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDebounceMs);
    connect(&m_searchTimer, &QTimer::timeout, this, [this] {
        if (m_thumbnails)
            m_thumbnails->cancelPending(); // what was asked for may be filtered away
        m_filter->setTextFilter(m_search->text());
    });

    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
            [this] { m_refreshTimer.start(); });

    // A reset (large change) would drop the selection: carry it over by path.
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptSelection = selectedPaths(); });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        selectPaths(m_keptSelection);
        m_keptSelection.clear();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &GalleryPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &GalleryPanel::updateCount);
    if (m_index) {
        connect(m_index, &LibraryIndex::changed, this, &GalleryPanel::updateModels);
        watchFolder();
        m_index->refresh();
    }
    updateModels();
    updateActions();
}

GalleryPanel::~GalleryPanel() = default;

void GalleryPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("galleryFilterBar"));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(10, 8, 10, 8);
    barLayout->setSpacing(8);
    m_modelCombo = new QComboBox(bar);
    m_modelCombo->setObjectName(QStringLiteral("modelFilter"));
    m_modelCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_modelCombo->setMinimumWidth(150);
    m_modelCombo->setAccessibleName(tr("Filter by model"));
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("promptSearch"));
    m_search->setPlaceholderText(tr("Search prompts"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search prompts"));
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("resultCount"));
    QPalette countPalette = m_count->palette();
    countPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_count->setPalette(countPalette);
    barLayout->addWidget(m_modelCombo);
    barLayout->addWidget(m_search, 1);
    barLayout->addWidget(m_count);
    layout->addWidget(bar);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("galleryView"));
    m_view->setViewMode(QListView::IconMode);
    m_view->setMovement(QListView::Static);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(300);
    m_view->setUniformItemSizes(true);
    m_view->setGridSize(GalleryDelegate::tileSize());
    m_view->setSpacing(0);
    m_view->setWrapping(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionRectVisible(true);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalScrollBar()->setSingleStep(40);
    SlimScrollBarStyle::apply(m_view);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->viewport()->setAttribute(Qt::WA_Hover);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegate(m_delegate);
    m_view->setModel(m_filter);
    m_view->setAccessibleName(tr("Results"));
    m_view->viewport()->installEventFilter(this);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setContentsMargins(40, 40, 40, 40);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    connect(m_modelCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_thumbnails)
            m_thumbnails->cancelPending();
        m_filter->setModelFilter(m_modelCombo->currentData().toString());
        updateCount();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_view, &QListView::activated, this, [this] { openCurrent(); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &GalleryPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GalleryPanel::updateActions);
}

void GalleryPanel::createActions()
{
    const auto make = [this](const QString &name, const QString &text, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
        return action;
    };
    m_openAction = make(QStringLiteral("openResult"), tr("&Open"), &GalleryPanel::openCurrent);
    m_revealAction =
        make(QStringLiteral("revealResult"), tr("Show in &File Manager"), &GalleryPanel::reveal);
    m_copyAction = make(QStringLiteral("copyResult"), tr("&Copy Image"), &GalleryPanel::copyImage);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_useAction = make(QStringLiteral("useAsModelImage"), tr("Use as &Model Image"),
                       &GalleryPanel::useAsModelImage);
    m_provenanceAction = make(QStringLiteral("showProvenance"), tr("How It Was &Made…"),
                              &GalleryPanel::showProvenance);
    m_provenanceAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    m_compareAction =
        make(QStringLiteral("compareResults"), tr("Com&pare"), &GalleryPanel::compare);
    m_deleteAction =
        make(QStringLiteral("deleteResults"), tr("Move to &Trash…"), &GalleryPanel::deleteSelected);
    m_deleteAction->setShortcut(QKeySequence::Delete);
}

void GalleryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Thumbnails are made at device pixels so they are painted without scaling.
    const QSize box = GalleryDelegate::imageBox();
    m_model->setThumbnailEdge(qCeil(std::max(box.width(), box.height()) * devicePixelRatioF()));
}

bool GalleryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitGrid();
    return QWidget::eventFilter(watched, event);
}

// Spreads the columns over the whole width, so the wall has even gutters instead of a
// ragged empty strip on the right.
void GalleryPanel::fitGrid()
{
    const QSize tile = GalleryDelegate::tileSize();
    // QListView lays out within the view minus a scroll bar as wide as the *view's* style says,
    // which is wider than the slim bar it shows; and it wraps a row whose cells end exactly at
    // that edge, hence a pixel short.
    const int reserved = m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr,
                                                      m_view->verticalScrollBar());
    const int layoutWidth = m_view->width() - 2 * m_view->frameWidth() - reserved;
    const int width = std::min(m_view->viewport()->width(), layoutWidth) - 1;
    const int columns = std::max(1, width / tile.width());
    const QSize grid(std::max(tile.width(), width / columns), tile.height());
    if (grid != m_view->gridSize())
        m_view->setGridSize(grid);
}

QStringList GalleryPanel::selectedPaths() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList paths;
    for (const QModelIndex &index : std::as_const(rows))
        paths << index.data(GalleryModel::ImagePathRole).toString();
    return paths;
}

void GalleryPanel::selectPaths(const QStringList &imagePaths)
{
    QItemSelection selection;
    QModelIndex first;
    for (const QString &path : imagePaths) {
        const int row = m_model->rowOf(path);
        if (row < 0)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row));
        if (!index.isValid())
            continue;
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    QItemSelectionModel *sm = m_view->selectionModel();
    sm->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid())
        sm->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
}

void GalleryPanel::addSaved(const QStringList &imagePaths)
{
    if (m_index)
        m_index->addSaved(imagePaths);
}

void GalleryPanel::setFolder(const QString &folder)
{
    if (!m_index)
        return;
    if (m_thumbnails)
        m_thumbnails->cancelPending();
    m_index->setFolder(folder);
    watchFolder();
    m_index->refresh();
    updateCount();
}

QString GalleryPanel::folder() const
{
    return m_index ? m_index->folder() : QString();
}

void GalleryPanel::watchFolder()
{
    const QStringList watched = m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    if (m_index && QFileInfo(m_index->folder()).isDir())
        m_watcher->addPath(m_index->folder());
}

void GalleryPanel::setModelTitles(const QHash<QString, QString> &titles)
{
    m_model->setModelTitles(titles);
    for (int i = 1; i < m_modelCombo->count(); ++i)
        m_modelCombo->setItemText(i, m_model->modelTitle(m_modelCombo->itemData(i).toString()));
}

void GalleryPanel::updateModels()
{
    const QString current = m_modelCombo->currentData().toString();
    const QStringList models = m_index ? m_index->models() : QStringList();
    QStringList shown;
    for (int i = 1; i < m_modelCombo->count(); ++i)
        shown << m_modelCombo->itemData(i).toString();
    if (shown != models || m_modelCombo->count() == 0) {
        QSignalBlocker blocker(m_modelCombo);
        m_modelCombo->clear();
        m_modelCombo->addItem(tr("All models"), QString());
        for (const QString &model : models)
            m_modelCombo->addItem(m_model->modelTitle(model), model);
        // A model whose last result went keeps its entry while it is the filter.
        int index = m_modelCombo->findData(current);
        if (index < 0 && !current.isEmpty()) {
            m_modelCombo->addItem(m_model->modelTitle(current), current);
            index = m_modelCombo->count() - 1;
        }
        m_modelCombo->setCurrentIndex(std::max(index, 0));
    }
    updateCount();
}

void GalleryPanel::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (m_filter->isFiltering())
        m_count->setText(tr("%1 of %n result(s)", nullptr, total).arg(shown));
    else
        m_count->setText(tr("%n result(s)", nullptr, total));

    const QString folder = QDir::toNativeSeparators(this->folder());
    if (total == 0) {
        m_empty->setText(
            tr("<p style='font-size:large'>Results you generate appear here.</p>"
               "<p>They are saved in <b>%1</b>, each with a .json file that records how it was "
               "made. Results saved by the command-line tool into that folder show up too.</p>")
                .arg(folder.toHtmlEscaped()));
    } else if (shown == 0) {
        m_empty->setText(
            tr("<p style='font-size:large'>No results match the filter.</p>"
               "<p>Choose “All models” or clear the search to see all %n result(s).</p>",
               nullptr, total));
    }
    m_stack->setCurrentWidget(shown == 0 ? static_cast<QWidget *>(m_empty) : m_view);
    updateActions();
}

void GalleryPanel::updateActions()
{
    const int n = int(m_view->selectionModel()->selectedIndexes().size());
    m_openAction->setEnabled(n >= 1);
    m_revealAction->setEnabled(m_index != nullptr);
    m_copyAction->setEnabled(n == 1);
    m_useAction->setEnabled(n == 1);
    m_provenanceAction->setEnabled(n == 1);
    m_compareAction->setEnabled(n >= 2 && n <= 4);
    m_compareAction->setText(n >= 2 && n <= 4 ? tr("Com&pare %n Results", nullptr, n)
                                              : tr("Com&pare (select 2–4)"));
    m_deleteAction->setEnabled(n >= 1);
    m_deleteAction->setText(n > 1 ? tr("Move %n Results to &Trash…", nullptr, n)
                                  : tr("Move to &Trash…"));
}

void GalleryPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    QItemSelectionModel *sm = m_view->selectionModel();
    if (index.isValid() && !sm->isSelected(index))
        sm->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    updateActions();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (index.isValid()) {
        menu->addAction(m_openAction);
        menu->addAction(m_useAction);
        menu->addAction(m_compareAction);
        menu->addSeparator();
        menu->addAction(m_copyAction);
        menu->addAction(m_provenanceAction);
        menu->addAction(m_revealAction);
        menu->addSeparator();
        menu->addAction(m_deleteAction);
    } else {
        menu->addAction(m_revealAction);
    }
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

void GalleryPanel::openCurrent()
{
    QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current)) {
        const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
        if (selected.isEmpty())
            return;
        current = selected.first();
    }
    // Everything shown, in order, so the viewer can step through what the user sees.
    QStringList neighbours;
    neighbours.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        neighbours << m_filter->index(row, 0).data(GalleryModel::ImagePathRole).toString();
    emit openRequested(current.data(GalleryModel::ImagePathRole).toString(), neighbours);
}

void GalleryPanel::reveal()
{
    if (m_index)
        m_openUrl(QUrl::fromLocalFile(m_index->folder()));
}

void GalleryPanel::copyImage()
{
    const QStringList paths = selectedPaths();
    if (paths.size() != 1)
        return;
    const QString path = paths.first();
    // Full-size decode: off the UI thread; the clipboard is set when it is done.
    runInBackground([path] {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        return reader.read();
    }).then(this, [this, path](const QImage &image) {
        if (image.isNull())
            return;
        auto *mime = new QMimeData;
        mime->setImageData(image);
        mime->setUrls({QUrl::fromLocalFile(path)}); // file managers paste the file itself
        QGuiApplication::clipboard()->setMimeData(mime);
        emit imageCopied(path);
    });
}

void GalleryPanel::useAsModelImage()
{
    const QStringList paths = selectedPaths();
    if (paths.size() == 1)
        emit useAsModelImageRequested(paths.first());
}

void GalleryPanel::showProvenance()
{
    const QStringList paths = selectedPaths();
    if (paths.size() != 1)
        return;
    const int row = m_model->rowOf(paths.first());
    if (row < 0)
        return;
    const LibraryEntry &entry = m_model->entry(row);
    auto *dialog =
        new ProvenanceDialog(entry.imagePath, LibraryIndex::readSidecar(entry.sidecarPath), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void GalleryPanel::compare()
{
    const QStringList paths = selectedPaths();
    if (paths.size() >= 2 && paths.size() <= 4)
        emit compareRequested(paths);
}

void GalleryPanel::deleteSelected()
{
    const QStringList paths = selectedPaths();
    if (paths.isEmpty())
        return;
    const QString text = paths.size() == 1
                             ? tr("Move “%1” and its description to the trash?")
                                   .arg(QFileInfo(paths.first()).fileName())
                             : tr("Move %n results and their descriptions to the trash?", nullptr,
                                  int(paths.size()));
    QPointer<GalleryPanel> guard(this);
    Confirm::ask(this, tr("Move to Trash"), text, tr("Move to Trash"),
                 [guard, paths](bool accepted) {
                     if (guard && accepted)
                         guard->trash(paths);
                 });
}

void GalleryPanel::trash(const QStringList &paths)
{
    QStringList trashed;
    QStringList failed;
    for (const QString &path : paths) {
        if (QFileInfo::exists(path) && !QFile::moveToTrash(path)) {
            failed << QFileInfo(path).fileName();
            continue;
        }
        const QString sidecar = path + QStringLiteral(".json");
        if (QFileInfo::exists(sidecar))
            QFile::moveToTrash(sidecar); // a sidecar left behind is skipped: its image is gone
        trashed << path;
        if (m_thumbnails)
            m_thumbnails->forget(path);
    }
    if (m_index && !trashed.isEmpty())
        m_index->remove(trashed);
    if (!trashed.isEmpty())
        emit resultsDeleted(trashed);
    if (!failed.isEmpty()) {
        // No silent permanent delete: the files stay where they are.
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Not moved to the trash"),
            tr("%n result(s) could not be moved to the trash, so they were left in place. The "
               "system trash may not be available for this folder; delete them from your file "
               "manager if you want them gone.",
               nullptr, int(failed.size())),
            QMessageBox::Ok, this);
        box->setDetailedText(failed.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

} // namespace fr

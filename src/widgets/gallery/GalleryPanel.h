#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <functional>

class QAction;
class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QUrl;

namespace fr {

class GalleryDelegate;
class GalleryFilterModel;
class GalleryModel;
class LibraryIndex;
class ThumbnailCache;

// The results gallery: a wall of thumbnails of the library folder, newest job first, with a
// model filter and prompt search. Everything a result offers is in its context menu and on
// keys (Enter opens, Ctrl+C copies the image, Delete moves it to the trash); dragging a result
// out carries its file URL. Results the CLI saves show up through a watcher on the folder.
class GalleryPanel : public QWidget
{
    Q_OBJECT
public:
    GalleryPanel(LibraryIndex *index, ThumbnailCache *thumbnails, QWidget *parent = nullptr);
    ~GalleryPanel() override;

    QStringList selectedPaths() const; // in view order
    void selectPaths(const QStringList &imagePaths);
    // The main window calls this when a job saved files into the library.
    void addSaved(const QStringList &imagePaths);
    // Shows another library folder.
    void setFolder(const QString &folder);
    // Model titles for the captions and the model filter (see GalleryModel::setModelTitles).
    void setModelTitles(const QHash<QString, QString> &titles);
    QString folder() const;

    // Test seam: how "Reveal in file manager" opens a folder (QDesktopServices by default).
    using UrlOpener = std::function<bool(const QUrl &)>;
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    QListView *view() const { return m_view; }
    GalleryModel *model() const { return m_model; }
    GalleryFilterModel *filterModel() const { return m_filter; }

signals:
    void openRequested(const QString &imagePath, const QStringList &neighbourPaths);
    void useAsModelImageRequested(const QString &imagePath);
    void compareRequested(const QStringList &imagePaths);
    void imageCopied(const QString &imagePath);
    void resultsDeleted(const QStringList &imagePaths);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void createActions();
    void updateActions();
    void updateModels();
    void updateCount();
    void showContextMenu(const QPoint &pos);
    void watchFolder();
    void fitGrid();

    void openCurrent();
    void reveal();
    void copyImage();
    void useAsModelImage();
    void showProvenance();
    void compare();
    void deleteSelected();
    void trash(const QStringList &paths);

    QPointer<LibraryIndex> m_index;
    QPointer<ThumbnailCache> m_thumbnails;
    GalleryModel *m_model = nullptr;
    GalleryFilterModel *m_filter = nullptr;
    GalleryDelegate *m_delegate = nullptr;
    QListView *m_view = nullptr;
    QComboBox *m_modelCombo = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_refreshTimer;
    QTimer m_searchTimer;
    QStringList m_keptSelection; // across model resets

    QAction *m_openAction = nullptr;
    QAction *m_revealAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_useAction = nullptr;
    QAction *m_provenanceAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_deleteAction = nullptr;
    UrlOpener m_openUrl;
};

} // namespace fr

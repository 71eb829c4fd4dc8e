#pragma once

#include "core/jobs/JobRecord.h"

#include <QMainWindow>
#include <QTimer>
#include <memory>

namespace Ui {
class MainWindow;
}

class QLabel;

namespace fr {

class ComparePanel;
class ComposerPanel;
class GalleryPanel;
class JobsModel;
class JobsPanel;
class LibraryIndex;
class Notifier;
class Session;
class SettingsDialog;
class ThumbnailCache;
class ViewerPanel;

// Arranges the panels and wires them to a ready-made session: composer on the left, gallery /
// viewer / compare in the middle, jobs on the right. It builds no service of its own beyond the
// gallery's index and thumbnail cache, which belong to the window's life.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Gallery, Viewer, Compare };

    explicit MainWindow(Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    ComposerPanel *composer() const { return m_composer; }
    GalleryPanel *gallery() const { return m_gallery; }
    ViewerPanel *viewer() const { return m_viewer; }
    ComparePanel *compare() const { return m_compare; }
    JobsPanel *jobsPanel() const { return m_jobsPanel; }
    JobsModel *jobsModel() const { return m_jobsModel; }
    LibraryIndex *library() const { return m_library.get(); }
    ThumbnailCache *thumbnails() const { return m_thumbnails.get(); }
    Notifier *notifier() const { return m_notifier; }
    Ui::MainWindow *ui() const { return m_ui.get(); }
    Page page() const;
    void showPage(Page page);
    int balance() const { return m_balance; }
    int sessionSpent() const { return m_sessionSpent; }
    // The settings dialog (non-modal; open() returns at once). Tests reach it through this.
    SettingsDialog *openSettings();

    void openResults(const QStringList &files, int current = 0);
    void compareResults(const QStringList &files);
    void refreshCredits();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPanels();
    void buildActions();
    void onSessionReady();
    void updateBanner();
    void onGenerate(const QString &model, const QJsonObject &values);
    void onJobFinished(const JobRecord &job);
    void showShortcuts();
    void showAbout();
    void restoreState();
    void saveState();

    Session *m_session;
    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<ThumbnailCache> m_thumbnails;
    std::unique_ptr<LibraryIndex> m_library;
    ComposerPanel *m_composer = nullptr;
    GalleryPanel *m_gallery = nullptr;
    ViewerPanel *m_viewer = nullptr;
    ComparePanel *m_compare = nullptr;
    JobsModel *m_jobsModel = nullptr;
    JobsPanel *m_jobsPanel = nullptr;
    Notifier *m_notifier = nullptr;
    QLabel *m_backendLabel = nullptr;
    QLabel *m_balanceLabel = nullptr;
    QTimer m_creditsDebounce;
    int m_balance = -1;
    int m_sessionSpent = 0;
};

} // namespace fr

#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QStackedWidget;
class QToolButton;

namespace fr {

class JobRunner;
class JobsModel;
class ThumbnailCache;

// The jobs list: every job with its status; cancel, retry (a new charge, confirmed), open its
// results, copy the prediction id. Generate stays usable while jobs run.
class JobsPanel : public QWidget
{
    Q_OBJECT
public:
    JobsPanel(JobsModel *model, JobRunner *runner, ThumbnailCache *thumbnails,
              QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    QString currentJobId() const;
    void selectJob(const QString &jobId);

    // Actions on the current job (also in the context menu).
    void cancelCurrent();
    void retryCurrent();
    void resumeCurrent();
    void openCurrentResults();
    void copyCurrentPredictionId();

signals:
    void openResultsRequested(const QStringList &files);
    // A failed job's values, to be sent again (the main window submits them).
    void retryRequested(const QString &model, const QJsonObject &values);
    void resumeCreditsRequested();

private:
    void updateSummary();
    void updateActions();
    void showMenu(const QPoint &pos);

    JobsModel *m_model;
    JobRunner *m_runner;
    QListView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_summary;
    QLabel *m_creditsBanner;
    QToolButton *m_cancel;
    QToolButton *m_retry;
    QToolButton *m_resume;
    QToolButton *m_open;
    QToolButton *m_clear;
};

} // namespace fr

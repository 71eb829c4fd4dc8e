#include "JobsPanel.h"

#include "JobDelegate.h"
#include "JobsModel.h"
#include "core/images/ThumbnailCache.h"
#include "core/jobs/JobRunner.h"
#include "widgets/common/Confirm.h"
#include "widgets/common/SlimScrollBarStyle.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace fr {

namespace {
QToolButton *makeButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(text);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(true);
    return b;
}
} // namespace

JobsPanel::JobsPanel(JobsModel *model, JobRunner *runner, ThumbnailCache *thumbnails,
                     QWidget *parent)
    : QWidget(parent), m_model(model), m_runner(runner)
{
    setObjectName(QStringLiteral("jobsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 6, 8, 0);
    auto *title = new QLabel(tr("Jobs"), this);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("jobsSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_summary);
    layout->addLayout(header);

    m_creditsBanner = new QLabel(this);
    m_creditsBanner->setObjectName(QStringLiteral("creditsBanner"));
    m_creditsBanner->setWordWrap(true);
    m_creditsBanner->setTextFormat(Qt::RichText);
    m_creditsBanner->setText(
        tr("<b>Out of credits.</b> Queued jobs wait. Buy credits at fashn.ai, then "
           "<a href=\"resume\">resume</a>."));
    m_creditsBanner->setContentsMargins(8, 4, 8, 4);
    m_creditsBanner->setAutoFillBackground(true);
    QPalette warn = m_creditsBanner->palette();
    warn.setColor(QPalette::Window, QColor(0xd9, 0x8c, 0x1f, 60));
    m_creditsBanner->setPalette(warn);
    m_creditsBanner->hide();
    connect(m_creditsBanner, &QLabel::linkActivated, this, [this] {
        m_model->setPausedForCredits(false);
        m_runner->resumeSubmitting();
        m_creditsBanner->hide();
        emit resumeCreditsRequested();
    });
    layout->addWidget(m_creditsBanner);

    m_stack = new QStackedWidget(this);
    auto *empty =
        new QLabel(tr("Jobs you generate appear here.\nKeep composing while they run."), m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    m_view = new QListView(m_stack);
    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setAccessibleName(tr("Jobs"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new JobDelegate(thumbnails, m_view));
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    SlimScrollBarStyle::apply(m_view);
    m_view->setUniformItemSizes(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 0, 6, 6);
    m_cancel = makeButton(tr("Cancel"),
                          tr("Stop this job (a job already at FASHN may still be charged)"), this);
    m_retry = makeButton(tr("Retry"), tr("Send the same job again (a new charge)"), this);
    m_resume = makeButton(tr("Resume"),
                          tr("Follow this job at FASHN again and save its results (no new "
                             "charge)"),
                          this);
    m_open = makeButton(tr("Open results"), tr("Show this job's results"), this);
    m_clear =
        makeButton(tr("Clear finished"),
                   tr("Remove finished jobs from this list (files stay in the library)"), this);
    for (QToolButton *b : {m_open, m_resume, m_retry, m_cancel})
        buttons->addWidget(b);
    buttons->addStretch();
    // In the header, so the action row has room for longer words (German, French).
    header->addWidget(m_clear);
    layout->addLayout(buttons);

    connect(m_cancel, &QToolButton::clicked, this, &JobsPanel::cancelCurrent);
    connect(m_retry, &QToolButton::clicked, this, &JobsPanel::retryCurrent);
    connect(m_resume, &QToolButton::clicked, this, &JobsPanel::resumeCurrent);
    connect(m_open, &QToolButton::clicked, this, &JobsPanel::openCurrentResults);
    connect(m_clear, &QToolButton::clicked, m_model, &JobsModel::clearFinished);
    connect(m_view, &QListView::customContextMenuRequested, this, &JobsPanel::showMenu);
    connect(m_view, &QListView::doubleClicked, this, &JobsPanel::openCurrentResults);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &JobsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateSummary();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JobsPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobsPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobsPanel::updateSummary);
    if (thumbnails) {
        connect(thumbnails, &ThumbnailCache::thumbnailReady, m_view->viewport(),
                [this] { m_view->viewport()->update(); });
    }
    updateSummary();
    updateActions();
}

QString JobsPanel::currentJobId() const
{
    return m_view->currentIndex().data(JobsModel::JobIdRole).toString();
}

void JobsPanel::selectJob(const QString &jobId)
{
    const int row = m_model->rowOf(jobId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
}

void JobsPanel::updateSummary()
{
    int running = 0, queued = 0, done = 0, failed = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        switch (m_model->record(i).state) {
        case JobState::Preparing:
        case JobState::Queued:
            ++queued;
            break;
        case JobState::Submitting:
        case JobState::Running:
        case JobState::Downloading:
            ++running;
            break;
        case JobState::Completed:
            ++done;
            break;
        case JobState::Failed:
        case JobState::Uncertain:
        case JobState::Expired:
        case JobState::Suspended:
            ++failed;
            break;
        case JobState::Cancelled:
            break;
        }
    }
    QStringList parts;
    if (running)
        parts << tr("%n running", nullptr, running);
    if (queued)
        parts << tr("%n queued", nullptr, queued);
    if (done)
        parts << tr("%n done", nullptr, done);
    if (failed)
        parts << tr("%n need attention", nullptr, failed);
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
    m_creditsBanner->setVisible(m_model->pausedForCredits());
    m_clear->setEnabled(done + failed > 0 || m_model->rowCount() > running + queued);
}

void JobsPanel::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const auto state = JobState(current.data(JobsModel::StateRole).toInt());
    const bool has = current.isValid();
    m_cancel->setEnabled(has && (state == JobState::Preparing || state == JobState::Queued ||
                                 state == JobState::Submitting || state == JobState::Running));
    m_retry->setEnabled(has && (state == JobState::Failed || state == JobState::Uncertain ||
                                state == JobState::Expired || state == JobState::Cancelled));
    // Only a suspended job has something to resume; it is never offered for a paid resend.
    m_resume->setVisible(has && state == JobState::Suspended);
    m_open->setEnabled(has && !current.data(JobsModel::SavedFilesRole).toStringList().isEmpty());
}

void JobsPanel::cancelCurrent()
{
    const QString id = currentJobId();
    if (!id.isEmpty())
        m_runner->cancel(id);
}

void JobsPanel::retryCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const JobRecord job = current.data(JobsModel::RecordRole).value<JobRecord>();
    const auto state = job.state;
    QString text = tr("Send this job to FASHN again? It is a new prediction: about %n credit(s) "
                      "are charged when it completes.",
                      nullptr, qMax(0, job.creditsEstimated));
    if (state == JobState::Uncertain)
        text +=
            QLatin1Char('\n') +
            tr("The first attempt may also have been received and charged (prediction unknown).");
    Confirm::ask(this, tr("Retry job"), text, tr("Send again"), [this, job](bool accepted) {
        if (accepted)
            emit retryRequested(job.model, job.values);
    });
}

void JobsPanel::resumeCurrent()
{
    const QString id = currentJobId();
    if (!id.isEmpty())
        m_runner->resume(id);
}

void JobsPanel::openCurrentResults()
{
    const QStringList files = m_view->currentIndex().data(JobsModel::SavedFilesRole).toStringList();
    if (!files.isEmpty())
        emit openResultsRequested(files);
}

void JobsPanel::copyCurrentPredictionId()
{
    const JobRecord job = m_view->currentIndex().data(JobsModel::RecordRole).value<JobRecord>();
    if (!job.predictionId.isEmpty())
        QApplication::clipboard()->setText(job.predictionId);
}

void JobsPanel::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    const JobRecord job = index.data(JobsModel::RecordRole).value<JobRecord>();
    QMenu menu(this);
    menu.addAction(tr("Open results"), this, &JobsPanel::openCurrentResults)
        ->setEnabled(m_open->isEnabled());
    if (job.state == JobState::Suspended)
        menu.addAction(tr("Resume"), this, &JobsPanel::resumeCurrent);
    menu.addAction(tr("Retry…"), this, &JobsPanel::retryCurrent)->setEnabled(m_retry->isEnabled());
    menu.addAction(tr("Cancel"), this, &JobsPanel::cancelCurrent)
        ->setEnabled(m_cancel->isEnabled());
    menu.addSeparator();
    menu.addAction(tr("Copy prediction id"), this, &JobsPanel::copyCurrentPredictionId)
        ->setEnabled(!job.predictionId.isEmpty());
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace fr

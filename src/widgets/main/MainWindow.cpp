#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "Notifier.h"
#include "core/api/FashnClient.h"
#include "core/catalog/Pricing.h"
#include "core/images/ThumbnailCache.h"
#include "core/jobs/JobRunner.h"
#include "core/library/LibraryIndex.h"
#include "core/session/Session.h"
#include "core/settings/Settings.h"
#include "core/text/Wording.h"
#include "widgets/compare/ComparePanel.h"
#include "widgets/composer/ComposerPanel.h"
#include "widgets/composer/CostBar.h"
#include "widgets/composer/ParameterForm.h"
#include "widgets/gallery/GalleryPanel.h"
#include "widgets/jobs/JobsModel.h"
#include "widgets/jobs/JobsPanel.h"
#include "widgets/settings/SettingsDialog.h"
#include "widgets/viewer/ViewerPanel.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextDocumentFragment>
#include <QUrl>

namespace fr {

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_thumbnails = std::make_unique<ThumbnailCache>();
    m_library = std::make_unique<LibraryIndex>(m_session->libraryFolder());
    buildPanels();
    buildActions();

    m_backendLabel = new QLabel(this);
    m_balanceLabel = new QLabel(this);
    m_balanceLabel->setObjectName(QStringLiteral("balanceLabel"));
    statusBar()->addPermanentWidget(m_balanceLabel);
    statusBar()->addPermanentWidget(m_backendLabel);

    m_creditsDebounce.setSingleShot(true);
    m_creditsDebounce.setInterval(1500);
    connect(&m_creditsDebounce, &QTimer::timeout, this, &MainWindow::refreshCredits);

    connect(m_session, &Session::keyNotStored, this, [this](const QString &error) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("API key not saved"),
                                    tr("The system keychain did not store the key: %1\n\nThe "
                                       "studio keeps using the key it had. Unlock or set up the "
                                       "keychain, then enter the key again in Settings.")
                                        .arg(error),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("keyNotStoredBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_session, &Session::backendChanged, this, [this] {
        updateBanner();
        m_library->setFolder(m_session->libraryFolder());
        m_jobsModel->setTimeScale(m_session->timeScale());
        refreshCredits();
    });
    if (m_session->isReady())
        onSessionReady();
    else
        connect(m_session, &Session::ready, this, &MainWindow::onSessionReady);
    updateBanner();
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPanels()
{
    m_composer = new ComposerPanel(&m_session->catalog(), m_session->settings(), this);
    m_ui->composerArea->setWidget(m_composer);

    m_gallery = new GalleryPanel(m_library.get(), m_thumbnails.get(), this);
    {
        QHash<QString, QString> titles;
        const ModelCatalog &catalog = m_session->catalog();
        for (const QString &name : catalog.modelNames())
            titles.insert(name, catalog.model(name)->displayTitle());
        m_gallery->setModelTitles(titles);
    }
    m_viewer = new ViewerPanel(this);
    m_compare = new ComparePanel(this);
    m_ui->centerStack->addWidget(m_gallery);
    m_ui->centerStack->addWidget(m_viewer);
    m_ui->centerStack->addWidget(m_compare);
    m_ui->centerTabs->addTab(tr("Gallery"));
    m_ui->centerTabs->addTab(tr("Viewer"));
    m_ui->centerTabs->addTab(tr("Compare"));
    m_ui->centerTabs->setDrawBase(true);
    m_ui->centerTabs->setExpanding(false);
    connect(m_ui->centerTabs, &QTabBar::currentChanged, m_ui->centerStack,
            &QStackedWidget::setCurrentIndex);

    m_jobsModel = new JobsModel(m_session->runner(), m_session->journal(), &m_session->catalog(),
                                m_session->timeScale(), this, m_session->clock());
    m_jobsPanel = new JobsPanel(m_jobsModel, m_session->runner(), m_thumbnails.get(), this);
    m_ui->jobsLayout->addWidget(m_jobsPanel);
    m_notifier = new Notifier(this);

    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setStretchFactor(2, 0);
    m_ui->mainSplitter->setSizes({440, 700, 300});

    connect(m_composer, &ComposerPanel::generateRequested, this, &MainWindow::onGenerate);
    connect(m_gallery, &GalleryPanel::openRequested, this,
            [this](const QString &path, const QStringList &neighbours) {
                openResults(neighbours.isEmpty() ? QStringList{path} : neighbours,
                            qMax(0, int(neighbours.indexOf(path))));
            });
    connect(m_gallery, &GalleryPanel::compareRequested, this, &MainWindow::compareResults);
    connect(m_gallery, &GalleryPanel::useAsModelImageRequested, this, [this](const QString &path) {
        if (!m_composer->useAsModelImage(path))
            statusBar()->showMessage(tr("The chosen model takes no model image."), 5000);
    });
    connect(m_compare, &ComparePanel::closeRequested, this, [this] { showPage(Page::Gallery); });
    connect(m_jobsPanel, &JobsPanel::openResultsRequested, this, [this](const QStringList &files) {
        if (files.size() >= 2 && files.size() <= 4)
            compareResults(files);
        else
            openResults(files);
    });
    connect(m_jobsPanel, &JobsPanel::retryRequested, this, &MainWindow::onGenerate);
    connect(m_jobsPanel, &JobsPanel::resumeCreditsRequested, this, &MainWindow::refreshCredits);
    connect(m_session->runner(), &JobRunner::jobFinished, this, &MainWindow::onJobFinished);
    // A CLI batch (or another studio) on the same journal holds the job: it finishes it there.
    connect(m_session->runner(), &JobRunner::jobHeldElsewhere, this,
            [this](const JobRecord &job, const JobOwner &owner) {
                statusBar()->showMessage(text::heldElsewhere(job, owner), 15000);
            });
    // Never a silent wait: a resend or a failed status look says what FASHN answered and when
    // the next try is.
    connect(m_session->runner(), &JobRunner::jobStatusTrouble, this,
            [this](const JobRecord &job, const ApiError &answer, qint64 retryInMs) {
                statusBar()->showMessage(
                    text::statusTrouble(job, answer, retryInMs),
                    int(qBound(qint64(5000), retryInMs + 2000, qint64(60000))));
            });
    connect(m_session->client(), &FashnClient::retrying, this,
            [this](Endpoint endpoint, const ApiError &answer, qint64 retryInMs) {
                statusBar()->showMessage(
                    text::retrying(endpoint, answer, retryInMs),
                    int(qBound(qint64(5000), retryInMs + 2000, qint64(60000))));
            });
    connect(m_session->runner(), &JobRunner::outOfCredits, this, [this] {
        m_balance = 0;
        m_composer->setBalance(0);
        m_balanceLabel->setText(tr("Out of credits"));
    });
}

void MainWindow::buildActions()
{
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionGenerate, &QAction::triggered, this, [this] {
        if (m_composer->canGenerate())
            m_composer->costBar()->generateButton()->click();
    });
    connect(m_ui->actionPaste, &QAction::triggered, this, [this] {
        if (!m_composer->pasteIntoFocusedSlot())
            statusBar()->showMessage(
                tr("Nothing to paste: copy an image, an image file or an image link first."), 5000);
    });
    connect(m_ui->actionResetParameters, &QAction::triggered, m_composer->form(),
            &ParameterForm::resetToDefaults);
    connect(m_ui->actionRefreshCredits, &QAction::triggered, this, &MainWindow::refreshCredits);
    connect(m_ui->actionShowGallery, &QAction::triggered, this,
            [this] { showPage(Page::Gallery); });
    connect(m_ui->actionShowViewer, &QAction::triggered, this, [this] { showPage(Page::Viewer); });
    connect(m_ui->actionShowCompare, &QAction::triggered, this,
            [this] { showPage(Page::Compare); });
    connect(m_ui->actionCompareSelected, &QAction::triggered, this, [this] {
        const QStringList paths = m_gallery->selectedPaths();
        if (paths.size() < 2 || paths.size() > 4)
            statusBar()->showMessage(
                tr("Select two to four results in the gallery to compare them."), 5000);
        else
            compareResults(paths);
    });
    connect(m_ui->actionOpenImage, &QAction::triggered, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Product image"), QString(),
                                       tr("Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
            const ModelSpec *spec = m_session->catalog().model(m_composer->currentModel());
            if (spec && !spec->imageInputs().isEmpty())
                m_composer->setImageValue(spec->imageInputs().first(), file);
        });
        dialog->open();
    });
    connect(m_ui->actionOpenLibraryFolder, &QAction::triggered, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_session->libraryFolder())); });
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->bannerButton, &QPushButton::clicked, this, &MainWindow::openSettings);
}

void MainWindow::onSessionReady()
{
    m_jobsModel->setTimeScale(m_session->timeScale());
    m_jobsModel->reload();
    m_library->setFolder(m_session->libraryFolder());
    updateBanner();
    refreshCredits();
}

void MainWindow::updateBanner()
{
    const bool sandbox = m_session->isSandbox();
    const QString problem = m_session->startProblem();
    QString text;
    if (!m_session->isReady()) {
        text = tr("Connecting…");
    } else if (!problem.isEmpty()) {
        text = tr("<b>Not connected.</b> %1").arg(problem.toHtmlEscaped());
    } else if (sandbox) {
        text = tr("<b>Sandbox mode.</b> Results are simulated on this computer (stamped SANDBOX) "
                  "and cost "
                  "nothing. To generate real results, add your FASHN API key in Settings.");
    }
    m_ui->banner->setVisible(!text.isEmpty());
    m_ui->bannerLabel->setText(text);
    // One line that never widens the window; the whole sentence stays readable as a tooltip.
    m_ui->bannerLabel->setToolTip(QTextDocumentFragment::fromHtml(text).toPlainText());
    m_ui->bannerButton->setVisible(sandbox || !problem.isEmpty());
    QPalette p = m_ui->banner->palette();
    QColor tint = problem.isEmpty() ? QColor(0xd9, 0x8c, 0x1f) : QColor(0xd0, 0x43, 0x3c);
    tint.setAlpha(55);
    p.setColor(QPalette::Window, tint);
    m_ui->banner->setPalette(p);
    m_backendLabel->setText(
        !m_session->isReady() ? tr("Connecting…")
        : sandbox             ? tr("Local sandbox")
                  : tr("FASHN · %1").arg(m_session->client()->config().baseUrl.host()));
    setWindowTitle(sandbox ? tr("Fitting Room — Sandbox") : tr("Fitting Room"));
}

void MainWindow::refreshCredits()
{
    if (!m_session->isReady())
        return;
    m_session->client()->credits(this, [this](const CreditsResult &r) {
        if (r.error.isError()) {
            m_balance = -1;
            m_balanceLabel->setText(r.error.kind == ApiErrorKind::Unauthorized ||
                                            r.error.kind == ApiErrorKind::MissingKey
                                        ? tr("Balance: key refused")
                                        : tr("Balance unknown"));
            m_balanceLabel->setToolTip(r.error.describe());
        } else {
            m_balance = r.total;
            m_balanceLabel->setText(tr("Balance: %n credit(s)", nullptr, r.total));
            m_balanceLabel->setToolTip(
                tr("Subscription %1 · on demand %2").arg(r.subscription).arg(r.onDemand));
        }
        m_composer->setBalance(m_balance);
    });
}

void MainWindow::onGenerate(const QString &model, const QJsonObject &values)
{
    // The daily cap guards real spending (simulated credits are not counted), as in the CLI.
    if (const ModelSpec *spec = m_session->catalog().model(model)) {
        const int cost = qMax(0, estimatePrice(*spec, values).total);
        const Session::DailyCap check = m_session->checkDailyCap(cost);
        if (!check.allowed) {
            statusBar()->showMessage(
                tr("Not sent: %1 credits spent today and %2 more would pass your daily cap of "
                   "%3 credits (Settings).")
                    .arg(check.spent)
                    .arg(cost)
                    .arg(check.cap),
                10000);
            return;
        }
    }
    const JobRunner::Submission s = m_session->runner()->submit(model, values);
    if (s.jobId.isEmpty()) {
        QStringList reasons;
        for (const ValidationIssue &issue : s.issues)
            reasons << text::validationIssue(issue);
        statusBar()->showMessage(tr("Not sent: %1").arg(reasons.join(QLatin1Char(' '))), 8000);
        return;
    }
    m_jobsPanel->selectJob(s.jobId);
}

void MainWindow::onJobFinished(const JobRecord &job)
{
    if (!job.savedFiles.isEmpty())
        m_gallery->addSaved(job.savedFiles);
    if (job.creditsUsed > 0) {
        m_sessionSpent += job.creditsUsed;
        m_composer->setSessionSpent(m_sessionSpent);
    }
    m_creditsDebounce.start();
    const QString title = m_jobsModel
                              ->data(m_jobsModel->index(qMax(0, m_jobsModel->rowOf(job.id))),
                                     JobsModel::ModelTitleRole)
                              .toString();
    const bool problem = job.state != JobState::Completed;
    m_notifier->jobFinished(
        title,
        problem ? JobsModel::statusText(job, false) + QStringLiteral(": ") + text::jobError(job)
                : tr("%n result(s) saved.", nullptr, int(job.savedFiles.size())),
        problem);
}

MainWindow::Page MainWindow::page() const
{
    return Page(m_ui->centerStack->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_ui->centerTabs->setCurrentIndex(int(page));
    m_ui->centerStack->setCurrentIndex(int(page));
}

void MainWindow::openResults(const QStringList &files, int current)
{
    if (files.isEmpty())
        return;
    m_viewer->setImages(files, qBound(0, current, int(files.size()) - 1));
    showPage(Page::Viewer);
    m_viewer->setFocus();
}

void MainWindow::compareResults(const QStringList &files)
{
    m_compare->setImages(files.mid(0, 4));
    showPage(Page::Compare);
    m_compare->setFocus();
}

SettingsDialog *MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::saved, this, [this] {
        m_library->setFolder(m_session->libraryFolder());
        updateBanner();
        m_creditsDebounce.start();
    });
    dialog->open();
    return dialog;
}

void MainWindow::showShortcuts()
{
    const QList<QAction *> actions = {
        m_ui->actionGenerate,        m_ui->actionPaste,          m_ui->actionOpenImage,
        m_ui->actionShowGallery,     m_ui->actionShowViewer,     m_ui->actionShowCompare,
        m_ui->actionCompareSelected, m_ui->actionRefreshCredits, m_ui->actionSettings};
    QString rows;
    for (QAction *a : actions)
        rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(a->text().remove(QLatin1Char('&')).toHtmlEscaped(),
                         a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
    const QStringList more = {
        tr("Delete|Clear the focused slot, or move the selected results to the trash"),
        tr("Enter|Open the selected result"),
        tr("Ctrl+C|Copy the selected result"),
        tr("Left / Right|Previous / next result in the viewer"),
        tr("Wheel|Zoom at the cursor; drag to pan"),
        tr("0 / 1|Fit / 100 %"),
        tr("W|Wipe mode in compare"),
        tr("Esc|Leave compare")};
    for (const QString &m : more) {
        const QStringList parts = m.split(QLatin1Char('|'));
        rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(parts.value(1).toHtmlEscaped(), parts.value(0).toHtmlEscaped());
    }
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("Keyboard shortcuts"),
                                QStringLiteral("<table cellspacing=6>%1</table>").arg(rows),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(
        QMessageBox::NoIcon, tr("About Fitting Room"),
        tr("<b>Fitting Room %1</b><p>A desktop studio for the FASHN AI API: product to "
           "model and virtual try-on, with every result kept on your disk.</p>")
            .arg(QApplication::applicationVersion()),
        QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreState()
{
    Settings *s = m_session->settings();
    const QByteArray geometry = s->windowState(QStringLiteral("geometry"));
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray splitter = s->windowState(QStringLiteral("mainSplitter"));
    if (!splitter.isEmpty())
        m_ui->mainSplitter->restoreState(splitter);
}

void MainWindow::saveState()
{
    Settings *s = m_session->settings();
    s->setWindowState(QStringLiteral("geometry"), saveGeometry());
    s->setWindowState(QStringLiteral("mainSplitter"), m_ui->mainSplitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    // Jobs in flight are in the journal: the next start polls them and saves their outputs.
    event->accept();
}

} // namespace fr

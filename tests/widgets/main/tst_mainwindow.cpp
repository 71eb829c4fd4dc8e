// The real main window on an in-process sandbox: compose, generate, follow the job, find the
// result in the gallery, open it; bad inputs refused with nothing sent; the try-on rule; paste;
// a job left in the journal resumed at start; the sandbox banner; window state restored.
#include "support/StudioFixture.h"

#include "core/jobs/JobRunner.h"
#include "core/library/LibraryIndex.h"
#include "sandbox/SandboxFault.h"
#include "widgets/composer/ComposerPanel.h"
#include "widgets/composer/CostBar.h"
#include "widgets/composer/ImageSlot.h"
#include "widgets/gallery/GalleryPanel.h"
#include "widgets/jobs/JobsModel.h"
#include "widgets/jobs/JobsPanel.h"
#include "widgets/main/MainWindow.h"
#include "widgets/viewer/ViewerPanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

using namespace fr;

namespace {
const QString kSamples = QStringLiteral(FR_SAMPLES_DIR);
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::StudioFixture> m_fx;
    std::unique_ptr<MainWindow> m_window;

    MainWindow *open()
    {
        Session *s = m_fx->start();
        m_window = std::make_unique<MainWindow>(s);
        m_window->resize(1440, 900);
        m_window->show();
        return m_window.get();
    }
    ComposerPanel *composer() const { return m_window->composer(); }
    void waitSlotsIdle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                for (ImageSlot *slot : composer()->imageSlots())
                    if (slot->isBusy())
                        return false;
                return true;
            }(),
            10000);
    }
    JobState lastJobState() const
    {
        return JobState(m_window->jobsModel()->index(0).data(JobsModel::StateRole).toInt());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<JobRecord>("fr::JobRecord");
    }
    void init() { m_fx = std::make_unique<test::StudioFixture>(); }
    void cleanup()
    {
        m_window.reset();
        m_fx.reset();
    }

    void sandboxBannerStaysVisible()
    {
        open();
        auto *banner = m_window->findChild<QWidget *>(QStringLiteral("banner"));
        QVERIFY(banner->isVisible());
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("bannerLabel"))
                    ->text()
                    .contains(QStringLiteral("Sandbox")));
    }

    void keychainRefusalIsShown()
    {
        open();
        m_fx->secrets.setFailure(QStringLiteral("the collection is locked"));
        m_fx->session->storeKey(QStringLiteral("fa-abcdefghijkl-0123456789abcdef"));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("keyNotStoredBox"))));
        QVERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("the collection is locked")));
    }

    // With a key (FASHN backend, here on loopback), today's spending counts against the cap:
    // a Generate that would pass it is refused with the figures and nothing is sent.
    void dailyCapRefusesGenerate()
    {
        m_fx->options.forceSandbox = false;
        m_fx->options.apiKey = QString::fromLatin1(kSandboxDefaultKey);
        m_fx->settings->setDailyCreditCap(12);
        open();
        QVERIFY(!m_fx->session->isSandbox());
        JobRecord earlier;
        earlier.id = QStringLiteral("earlier-today");
        earlier.model = QStringLiteral("product-to-model");
        earlier.state = JobState::Completed;
        earlier.predictionId = QStringLiteral("p-earlier");
        earlier.creditsEstimated = 12;
        earlier.createdAt = earlier.submittedAt = QDateTime::currentDateTime();
        QVERIFY(m_fx->session->journal()->save(earlier));

        composer()->setModel(QStringLiteral("product-to-model"));
        composer()->setImageValue(QStringLiteral("product_image"),
                                  QStringLiteral(FR_SAMPLES_DIR "/product.jpg"));
        waitSlotsIdle();
        QTRY_VERIFY(composer()->canGenerate());
        QTest::mouseClick(composer()->costBar()->generateButton(), Qt::LeftButton);
        QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("daily cap")),
                     qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(
            m_window->statusBar()->currentMessage().contains(QStringLiteral("12 credits spent")));
        QCOMPARE(m_fx->sandbox->requestCount(SandboxEndpoint::Run), 0);

        m_fx->settings->setDailyCreditCap(0); // no cap: the same click is sent
        QTest::mouseClick(composer()->costBar()->generateButton(), Qt::LeftButton);
        QTRY_COMPARE(m_fx->sandbox->requestCount(SandboxEndpoint::Run), 1);
    }

    void generateRoundTrip_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QStringList>("slotNames");
        QTest::addColumn<QStringList>("files");
        QTest::newRow("product-to-model")
            << QStringLiteral("product-to-model") << QStringList{"product_image"}
            << QStringList{kSamples + "/product.jpg"};
        QTest::newRow("tryon-v1.6")
            << QStringLiteral("tryon-v1.6") << QStringList{"model_image", "garment_image"}
            << QStringList{kSamples + "/model.jpg", kSamples + "/product.jpg"};
    }
    void generateRoundTrip()
    {
        QFETCH(QString, model);
        QFETCH(QStringList, slotNames);
        QFETCH(QStringList, files);
        open();
        composer()->setModel(model);
        for (int i = 0; i < slotNames.size(); ++i)
            composer()->setImageValue(slotNames.at(i), files.at(i));
        waitSlotsIdle();
        QTRY_VERIFY2(composer()->canGenerate(), qPrintable(composer()->blockers().join('\n')));
        QPushButton *generate = composer()->costBar()->generateButton();
        QVERIFY(generate->isEnabled());
        QVERIFY2(generate->text().contains(QStringLiteral("credit")), qPrintable(generate->text()));
        QTest::mouseClick(generate, Qt::LeftButton);

        QTRY_COMPARE(m_window->jobsModel()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(lastJobState(), JobState::Completed, 30000);
        const QStringList saved =
            m_window->jobsModel()->index(0).data(JobsModel::SavedFilesRole).toStringList();
        QVERIFY(!saved.isEmpty());
        for (const QString &file : saved)
            QVERIFY(QFileInfo(file).isFile());
        QCOMPARE(m_fx->sandbox->requestCount(SandboxEndpoint::Run), 1);
        // The gallery has the result, and the jobs panel opens it in the viewer.
        QTRY_COMPARE(m_window->library()->entries().size(), saved.size());
        m_window->jobsPanel()->selectJob(
            m_window->jobsModel()->index(0).data(JobsModel::JobIdRole).toString());
        m_window->jobsPanel()->openCurrentResults();
        if (saved.size() == 1) {
            QCOMPARE(m_window->page(), MainWindow::Page::Viewer);
            QCOMPARE(m_window->viewer()->currentPath(), saved.first());
        }
    }

    void badInputIsRefusedInTheSlotAndNothingIsSent()
    {
        open();
        composer()->setModel(QStringLiteral("product-to-model"));
        const QString empty = m_fx->dir.filePath(QStringLiteral("empty.jpg"));
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        composer()->setImageValue(QStringLiteral("product_image"), empty);
        waitSlotsIdle();
        ImageSlot *slot = composer()->slot(QStringLiteral("product_image"));
        QVERIFY2(!slot->problem().isEmpty(), "an empty file must be refused in the slot");
        QVERIFY(!composer()->canGenerate());
        QVERIFY(!composer()->costBar()->generateButton()->isEnabled());
        m_window->findChild<QAction *>(QStringLiteral("actionGenerate"))->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(m_window->jobsModel()->rowCount(), 0);
        QCOMPARE(m_fx->sandbox->requestCount(SandboxEndpoint::Run), 0);
    }

    void modelImageSwitchesToTryOnAndExplainsTheDisabledSlots()
    {
        open();
        composer()->setModel(QStringLiteral("product-to-model"));
        composer()->setImageValue(QStringLiteral("model_image"), kSamples + "/model.jpg");
        waitSlotsIdle();
        for (const QString &param :
             {QStringLiteral("face_reference"), QStringLiteral("background_reference"),
              QStringLiteral("image_prompt")}) {
            ImageSlot *slot = composer()->slot(param);
            QVERIFY2(slot->disabledReason().contains(QStringLiteral("Model")),
                     qPrintable(param + QStringLiteral(": ") + slot->disabledReason()));
        }
        composer()->setImageValue(QStringLiteral("model_image"), QString());
        QTRY_VERIFY(composer()->slot(QStringLiteral("face_reference"))->disabledReason().isEmpty());
    }

    void pasteGoesIntoTheFocusedSlot()
    {
        open();
        composer()->setModel(QStringLiteral("product-to-model"));
        QImage image(kSamples + "/product.jpg");
        QVERIFY(!image.isNull());
        QApplication::clipboard()->setImage(image);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        ImageSlot *slot = composer()->slot(QStringLiteral("face_reference"));
        slot->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), slot);
        m_window->findChild<QAction *>(QStringLiteral("actionPaste"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!slot->value().isEmpty(), 10000);
        waitSlotsIdle();
        QVERIFY(slot->problem().isEmpty());
        QVERIFY(QFileInfo(slot->value()).isFile());
    }

    void failedPredictionIsShownInWords()
    {
        open();
        SandboxFault fault;
        fault.kind = SandboxFaultKind::Runtime;
        fault.errorName = QStringLiteral("ImageLoadError");
        fault.errorMessage = QStringLiteral("The product image could not be loaded.");
        m_fx->sandbox->injectFault(fault);
        composer()->setModel(QStringLiteral("product-to-model"));
        composer()->setImageValue(QStringLiteral("product_image"), kSamples + "/product.jpg");
        waitSlotsIdle();
        QTRY_VERIFY(composer()->canGenerate());
        composer()->costBar()->generateButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(lastJobState(), JobState::Failed, 30000);
        const QModelIndex row = m_window->jobsModel()->index(0);
        QVERIFY(row.data(JobsModel::ProblemRole)
                    .toString()
                    .contains(QStringLiteral("could not be loaded")));
        QVERIFY(!row.data(JobsModel::AdviceRole).toString().isEmpty());
        QCOMPARE(m_window->library()->entries().size(), 0);
    }

    void unfinishedJobIsResumedAtStartAndLandsInTheGallery()
    {
        QString jobId;
        {
            Session *s = m_fx->start();
            jobId = s->runner()
                        ->submit(QStringLiteral("product-to-model"),
                                 {{QStringLiteral("product_image"), kSamples + "/product.jpg"}})
                        .jobId;
            QTRY_VERIFY_WITH_TIMEOUT(s->runner()->job(jobId)->state == JobState::Running, 20000);
            m_fx->session.reset();
        }
        open();
        QTRY_VERIFY(m_window->jobsModel()->rowOf(jobId) >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(JobState(m_window->jobsModel()
                                               ->index(m_window->jobsModel()->rowOf(jobId))
                                               .data(JobsModel::StateRole)
                                               .toInt()),
                                  JobState::Completed, 20000);
        QTRY_COMPARE(m_window->library()->entries().size(), 1);
        QCOMPARE(m_fx->sandbox->requestCount(SandboxEndpoint::Run), 1);
    }

    void resultCanBecomeTheNextModelImage()
    {
        open();
        composer()->setModel(QStringLiteral("product-to-model"));
        const QString result = kSamples + "/model.jpg";
        emit m_window->gallery()->useAsModelImageRequested(result);
        QTRY_COMPARE(composer()->slot(QStringLiteral("model_image"))->value(), result);
    }

    void windowStateIsRestored()
    {
        open();
        m_window->resize(1200, 700);
        m_window->close();
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_fx->session.get());
        QCOMPARE(m_window->size(), QSize(1200, 700));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

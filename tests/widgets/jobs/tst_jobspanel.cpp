// The jobs panel's actions: retry asks first (a new charge), cancel stops a queued job, the
// prediction id is copied, finished jobs open their results.
#include "support/StudioFixture.h"

#include "core/api/FashnClient.h"
#include "core/jobs/JobRunner.h"
#include "sandbox/SandboxFault.h"
#include "widgets/common/Confirm.h"
#include "widgets/jobs/JobsModel.h"
#include "widgets/jobs/JobsPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QStandardPaths>
#include <QToolButton>

using namespace fr;

namespace {
const QString kProduct = QStringLiteral(FR_SAMPLES_DIR "/product.jpg");
QJsonObject productValues()
{
    return {{QStringLiteral("product_image"), kProduct}};
}
} // namespace

class tst_JobsPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::StudioFixture> m_fx;
    std::unique_ptr<JobsModel> m_model;
    std::unique_ptr<JobsPanel> m_panel;

    Session *startPanel()
    {
        Session *s = m_fx->start();
        m_model =
            std::make_unique<JobsModel>(s->runner(), s->journal(), &s->catalog(), s->timeScale());
        m_panel = std::make_unique<JobsPanel>(m_model.get(), s->runner(), nullptr);
        m_panel->resize(320, 500);
        m_panel->show();
        return s;
    }
    JobState state(int row) const
    {
        return JobState(m_model->index(row).data(JobsModel::StateRole).toInt());
    }
    QToolButton *button(const QString &text) const
    {
        for (QToolButton *b : m_panel->findChildren<QToolButton *>())
            if (b->text() == text)
                return b;
        qFatal("no button %s", qPrintable(text));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<JobRecord>("fr::JobRecord");
    }
    void init()
    {
        Confirm::resetForTests();
        m_fx = std::make_unique<test::StudioFixture>();
    }
    void cleanup()
    {
        m_panel.reset();
        m_model.reset();
        m_fx.reset();
    }

    void retryAsksBeforeANewCharge()
    {
        Session *s = startPanel();
        SandboxFault fault;
        fault.kind = SandboxFaultKind::Runtime;
        fault.errorName = QStringLiteral("PipelineError");
        m_fx->sandbox->injectFault(fault);
        const QString id =
            s->runner()->submit(QStringLiteral("product-to-model"), productValues()).jobId;
        QTRY_COMPARE_WITH_TIMEOUT(state(0), JobState::Failed, 20000);
        m_panel->selectJob(id);
        QVERIFY(button(QStringLiteral("Retry"))->isEnabled());
        QVERIFY(!button(QStringLiteral("Cancel"))->isEnabled());

        QSignalSpy retry(m_panel.get(), &JobsPanel::retryRequested);
        Confirm::setNextAnswer(false);
        button(QStringLiteral("Retry"))->click();
        QTRY_COMPARE(Confirm::askedCount(), 1);
        QVERIFY(Confirm::lastText().contains(QStringLiteral("new prediction")));
        QCoreApplication::processEvents();
        QCOMPARE(retry.size(), 0); // declined: nothing is sent

        Confirm::setNextAnswer(true);
        button(QStringLiteral("Retry"))->click();
        QTRY_COMPARE(retry.size(), 1);
        QCOMPARE(retry.first().at(0).toString(), QStringLiteral("product-to-model"));
        QCOMPARE(retry.first().at(1).toJsonObject(), productValues());
    }

    // A job whose status FASHN refused to show (here: the key was revoked while it ran) is
    // suspended: the panel offers Resume (no new charge), never Retry; Resume saves it.
    void suspendedJobOffersResumeNotRetry()
    {
        Session *s = startPanel();
        const auto sub = s->runner()->submit(QStringLiteral("product-to-model"), productValues());
        QTRY_COMPARE(s->runner()->job(sub.jobId)->state, JobState::Running);
        s->client()->setApiKey(QStringLiteral("fa-revoked-0123456789"));
        QTRY_COMPARE(state(0), JobState::Suspended);
        m_panel->findChild<QListView *>()->setCurrentIndex(m_model->index(0));
        QToolButton *resume = button(QStringLiteral("Resume"));
        QVERIFY(resume->isVisible());
        QVERIFY(!button(QStringLiteral("Retry"))->isEnabled());
        if (const QByteArray shot = qgetenv("FR_GRAB_SUSPENDED"); !shot.isEmpty())
            m_panel->grab().save(QString::fromLocal8Bit(shot));
        s->client()->setApiKey(QString::fromLatin1(kSandboxDefaultKey));
        QSignalSpy finished(s->runner(), &JobRunner::jobFinished);
        resume->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<JobRecord>().state, JobState::Completed);
        QVERIFY(!resume->isVisible());
    }

    void cancelStopsAQueuedJobWithoutCharge()
    {
        Session *s = startPanel();
        m_fx->sandbox->setCredits(QString::fromLatin1(kSandboxDefaultKey), 0, 0);
        s->runner()->submit(QStringLiteral("product-to-model"), productValues());
        QTRY_VERIFY_WITH_TIMEOUT(m_model->pausedForCredits(), 20000);
        QTRY_VERIFY(m_panel->findChild<QLabel *>(QStringLiteral("creditsBanner"))->isVisible());
        const QString held =
            s->runner()->submit(QStringLiteral("product-to-model"), productValues()).jobId;
        QTRY_COMPARE(state(0), JobState::Queued);
        m_panel->selectJob(held);
        QVERIFY(button(QStringLiteral("Cancel"))->isEnabled());
        button(QStringLiteral("Cancel"))->click();
        QTRY_COMPARE(state(m_model->rowOf(held)), JobState::Cancelled);
        QCOMPARE(m_fx->sandbox->requestCount(SandboxEndpoint::Run), 1);
    }

    void finishedJobOpensItsResultsAndCopiesItsId()
    {
        Session *s = startPanel();
        const QString id =
            s->runner()->submit(QStringLiteral("product-to-model"), productValues()).jobId;
        QTRY_COMPARE_WITH_TIMEOUT(state(0), JobState::Completed, 20000);
        m_panel->selectJob(id);
        QSignalSpy open(m_panel.get(), &JobsPanel::openResultsRequested);
        button(QStringLiteral("Open results"))->click();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toStringList(), s->runner()->job(id)->savedFiles);
        m_panel->copyCurrentPredictionId();
        QCOMPARE(QApplication::clipboard()->text(), s->runner()->job(id)->predictionId);
        QVERIFY(!s->runner()->job(id)->predictionId.isEmpty());
    }
};

QTEST_MAIN(tst_JobsPanel)
#include "tst_jobspanel.moc"

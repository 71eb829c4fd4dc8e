// The jobs model over a real runner and an in-process sandbox: rows, status words, failures,
// credits pauses and jobs resumed from the journal.
#include "support/StudioFixture.h"

#include "core/jobs/JobJournal.h"
#include "core/jobs/JobRunner.h"
#include "sandbox/SandboxFault.h"
#include "widgets/jobs/JobsModel.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QJsonObject>
#include <QStandardPaths>

using namespace fr;

namespace {
const QString kProduct = QStringLiteral(FR_SAMPLES_DIR "/product.jpg");
QJsonObject productValues()
{
    return {{QStringLiteral("product_image"), kProduct}};
}
} // namespace

class tst_JobsModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::StudioFixture> m_fx;
    std::unique_ptr<JobsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void makeModel(Session *s)
    {
        m_model =
            std::make_unique<JobsModel>(s->runner(), s->journal(), &s->catalog(), s->timeScale());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->reload();
    }
    QString status(int row) const
    {
        return m_model->index(row).data(JobsModel::StatusTextRole).toString();
    }
    JobState state(int row) const
    {
        return JobState(m_model->index(row).data(JobsModel::StateRole).toInt());
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
        m_tester.reset();
        m_model.reset();
        m_fx.reset();
    }

    void jobRunsToDoneWithItsFiles()
    {
        Session *s = m_fx->start();
        makeModel(s);
        QSet<QString> seen;
        connect(m_model.get(), &QAbstractItemModel::dataChanged, this, [&] {
            if (m_model->rowCount() > 0)
                seen.insert(status(0));
        });
        const auto submission =
            s->runner()->submit(QStringLiteral("product-to-model"), productValues());
        QVERIFY(!submission.jobId.isEmpty());
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0).data(JobsModel::JobIdRole).toString(), submission.jobId);
        QCOMPARE(m_model->index(0).data(JobsModel::ModelTitleRole).toString(),
                 QStringLiteral("Product to Model"));
        QCOMPARE(m_model->index(0).data(JobsModel::InputPathsRole).toStringList(),
                 QStringList{kProduct});
        QTRY_COMPARE_WITH_TIMEOUT(state(0), JobState::Completed, 20000);
        QCOMPARE(status(0), QStringLiteral("Done"));
        QVERIFY2(seen.contains(QStringLiteral("Processing")) ||
                     seen.contains(QStringLiteral("Starting")),
                 qPrintable(QStringList(seen.values()).join(',')));
        const QStringList files = m_model->index(0).data(JobsModel::SavedFilesRole).toStringList();
        QCOMPARE(files.size(), 1);
        QVERIFY(QFileInfo(files.first()).isFile());
        QCOMPARE(m_model->index(0).data(JobsModel::CreditsTextRole).toString(),
                 QStringLiteral("1 credit(s)"));
        QVERIFY(m_model->index(0).data(JobsModel::ProblemRole).toString().isEmpty());
        QVERIFY(!m_model->index(0).data(JobsModel::IsActiveRole).toBool());
        QVERIFY(m_model->index(0).data(JobsModel::ExpectedSecondsRole).toDouble() > 0);
    }

    void failedPredictionIsShownInWords()
    {
        Session *s = m_fx->start();
        makeModel(s);
        SandboxFault fault;
        fault.kind = SandboxFaultKind::Runtime;
        fault.errorName = QStringLiteral("PoseError");
        fault.errorMessage = QStringLiteral("No person could be posed in the model image.");
        m_fx->sandbox->injectFault(fault);
        s->runner()->submit(QStringLiteral("product-to-model"), productValues());
        QTRY_COMPARE_WITH_TIMEOUT(state(0), JobState::Failed, 20000);
        QCOMPARE(status(0), QStringLiteral("Failed"));
        QVERIFY2(m_model->index(0)
                     .data(JobsModel::ProblemRole)
                     .toString()
                     .contains(QStringLiteral("posed")),
                 qPrintable(m_model->index(0).data(JobsModel::ProblemRole).toString()));
        QVERIFY2(m_model->index(0)
                     .data(JobsModel::AdviceRole)
                     .toString()
                     .contains(QStringLiteral("another photo")),
                 qPrintable(m_model->index(0).data(JobsModel::AdviceRole).toString()));
        QCOMPARE(m_model->index(0).data(JobsModel::CreditsTextRole).toString(),
                 QStringLiteral("no charge"));
    }

    void outOfCreditsPausesQueuedJobs()
    {
        m_fx->sandbox->setCredits(QString::fromLatin1(kSandboxDefaultKey), 0, 0);
        Session *s = m_fx->start();
        makeModel(s);
        // The job FASHN refused fails (nothing was created) and says what to do ...
        s->runner()->submit(QStringLiteral("product-to-model"), productValues());
        QTRY_VERIFY_WITH_TIMEOUT(m_model->pausedForCredits(), 20000);
        QCOMPARE(state(0), JobState::Failed);
        QVERIFY(m_model->index(0)
                    .data(JobsModel::AdviceRole)
                    .toString()
                    .contains(QStringLiteral("Buy credits")));
        // ... and the next one waits instead of being sent.
        s->runner()->submit(QStringLiteral("product-to-model"), productValues());
        QTRY_COMPARE(state(0), JobState::Queued);
        QCOMPARE(status(0), QStringLiteral("Paused for credits"));
    }

    void unfinishedJobFromTheJournalResumesAtStart()
    {
        // A first studio run submits and quits while FASHN works on the prediction.
        QString jobId;
        {
            Session *s = m_fx->start();
            jobId = s->runner()->submit(QStringLiteral("product-to-model"), productValues()).jobId;
            QTRY_VERIFY_WITH_TIMEOUT(s->runner()->job(jobId)->state == JobState::Running, 20000);
            m_fx->session.reset();
        }
        {
            JobJournal journal;
            QVERIFY(journal.open(m_fx->options.journalPath));
            QCOMPARE(journal.load(jobId)->state, JobState::Running);
        }
        // The next start lists it and follows it to the end.
        Session *s = m_fx->start();
        makeModel(s);
        const int row = m_model->rowOf(jobId);
        QVERIFY(row >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(m_model->rowOf(jobId)), JobState::Completed, 20000);
        QVERIFY(QFileInfo(m_model->index(m_model->rowOf(jobId))
                              .data(JobsModel::SavedFilesRole)
                              .toStringList()
                              .value(0))
                    .isFile());
    }

    void clearFinishedKeepsActiveJobs()
    {
        Session *s = m_fx->start();
        makeModel(s);
        s->runner()->submit(QStringLiteral("product-to-model"), productValues());
        QTRY_COMPARE_WITH_TIMEOUT(state(0), JobState::Completed, 20000);
        // With no credits left, one job fails at FASHN and the next one is held back.
        m_fx->sandbox->setCredits(QString::fromLatin1(kSandboxDefaultKey), 0, 0);
        s->runner()->submit(QStringLiteral("product-to-model"), productValues());
        QTRY_VERIFY_WITH_TIMEOUT(m_model->pausedForCredits(), 20000);
        s->runner()->submit(QStringLiteral("product-to-model"), productValues());
        QTRY_COMPARE(state(0), JobState::Queued);
        QCOMPARE(m_model->rowCount(), 3);
        m_model->clearFinished();
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(state(0), JobState::Queued);
    }
};

QTEST_GUILESS_MAIN(tst_JobsModel)
#include "tst_jobsmodel.moc"

// The whole path over loopback: runner -> client -> sandbox -> poller -> downloads -> library.
#include "core/api/FashnClient.h"
#include "core/catalog/ModelCatalog.h"
#include "core/jobs/JobJournal.h"
#include "core/jobs/JobRunner.h"
#include "core/text/Wording.h"
#include "sandbox/SandboxServer.h"
#include "support/ScriptedHttpServer.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fr;

namespace {
const QString kSamples = QStringLiteral(FR_SAMPLES_DIR);
constexpr double kScale = 0.01; // 16 s of FASHN time become 160 ms
} // namespace

class tst_JobRunner : public QObject
{
    Q_OBJECT

    ModelCatalog m_catalog = ModelCatalog::bundled();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FashnClient> m_client;
    std::unique_ptr<JobJournal> m_journal;
    std::unique_ptr<JobRunner> m_runner;

    void startSandbox(SandboxOptions options = {})
    {
        options.timeScale = kScale;
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->listen(0));
        ClientConfig config;
        config.baseUrl = m_sandbox->baseUrl();
        config.apiKey = QString::fromLatin1(kSandboxDefaultKey);
        config.backoffBaseMs = 20;
        config.backoffMaxMs = 200;
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<FashnClient>(m_nam.get(), config);
    }
    void startRunner()
    {
        RunnerConfig config;
        config.outputDir = m_dir->filePath("out");
        config.timeScale = kScale;
        m_runner = std::make_unique<JobRunner>(m_client.get(), &m_catalog, m_journal.get(), config);
    }
    JobRecord runToEnd(const QString &model, const QJsonObject &values, int timeoutMs = 20000)
    {
        QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
        const auto submission = m_runner->submit(model, values);
        if (submission.jobId.isEmpty())
            qFatal("refused: %s", qPrintable(joinIssues(submission.issues)));
        if (!finished.wait(timeoutMs))
            qFatal("job did not finish in time");
        return finished.first().first().value<JobRecord>();
    }

    // The runner, on a fresh client, against a scripted server instead of the sandbox.
    void useServer(const fr::test::ScriptedHttpServer &server)
    {
        m_runner.reset();
        ClientConfig config;
        config.baseUrl = server.url();
        config.apiKey = QStringLiteral("fa-testid-secrethash");
        m_client = std::make_unique<FashnClient>(m_nam.get(), config);
        startRunner();
    }
    static QByteArray tinyPng(Qt::GlobalColor color)
    {
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(color);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return png;
    }
    static QByteArray completedStatus(const QString &id, const QJsonArray &outputs)
    {
        return QJsonDocument(QJsonObject{{"id", id}, {"status", "completed"}, {"output", outputs}})
            .toJson(QJsonDocument::Compact);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<JobRecord>("fr::JobRecord");
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_journal = std::make_unique<JobJournal>();
        QVERIFY(m_journal->open(m_dir->filePath("journal.sqlite")));
        startSandbox();
        startRunner();
    }
    void cleanup()
    {
        m_runner.reset();
        m_client.reset();
        m_nam.reset();
        m_sandbox.reset();
        m_journal.reset();
        m_dir.reset();
    }

    // A server that lists 300 outputs for num_images=1: one is saved, and the job says so.
    void moreOutputsThanAskedAreNotSaved()
    {
        using fr::test::ReceivedRequest;
        using fr::test::ScriptedReply;
        fr::test::ScriptedHttpServer server;
        QVERIFY(server.listen());
        const QByteArray png = tinyPng(Qt::red);
        QJsonArray outputs;
        for (int i = 0; i < 300; ++i)
            outputs.append(server.url(QStringLiteral("/cdn/o_%1.png").arg(i)).toString());
        const QByteArray status = completedStatus("p1", outputs);
        server.setHandler([png, status](const ReceivedRequest &request) {
            if (request.path == "/v1/run")
                return ScriptedReply::json(200, "{\"id\":\"p1\",\"error\":null}");
            if (request.path.startsWith("/v1/status/"))
                return ScriptedReply::json(200, status);
            ScriptedReply reply = ScriptedReply::json(200, png);
            reply.contentType = "image/png";
            return reply;
        });
        useServer(server);
        const JobRecord job =
            runToEnd("product-to-model", {{"product_image", kSamples + "/product.jpg"},
                                          {"prompt", "studio"},
                                          {"num_images", 1}});
        QCOMPARE(job.state, JobState::Completed);
        QCOMPARE(job.savedFiles.size(), 1);
        QVERIFY(QFile::exists(job.savedFiles.first()));
        QVERIFY2(job.errorMessage.contains("300"), qPrintable(job.errorMessage));
        int downloads = 0;
        for (const auto &request : server.requests())
            downloads += request.path.startsWith("/cdn/") ? 1 : 0;
        QCOMPARE(downloads, 1);
    }

    // After FASHN accepted the job, a 414 on status says nothing about the prediction: the job
    // is suspended with its prediction id (it may be charged), never offered as a free failure,
    // and resume later saves its output without sending it again.
    void unreadableStatusSuspendsThenResumes()
    {
        using fr::test::ReceivedRequest;
        using fr::test::ScriptedReply;
        fr::test::ScriptedHttpServer server;
        QVERIFY(server.listen());
        const QByteArray png = tinyPng(Qt::blue);
        bool statusBroken = true;
        const QByteArray status =
            completedStatus("p-414", QJsonArray{server.url("/cdn/o.png").toString()});
        server.setHandler([&](const ReceivedRequest &request) {
            if (request.path == "/v1/run")
                return ScriptedReply::json(200, "{\"id\":\"p-414\",\"error\":null}");
            if (request.path.startsWith("/v1/status/"))
                return statusBroken ? ScriptedReply::json(414, "<html>URI Too Long</html>")
                                    : ScriptedReply::json(200, status);
            ScriptedReply reply = ScriptedReply::json(200, png);
            reply.contentType = "image/png";
            return reply;
        });
        useServer(server);
        const JobRecord job =
            runToEnd("product-to-model", {{"product_image", kSamples + "/product.jpg"}});
        QCOMPARE(job.state, JobState::Suspended);
        QCOMPARE(job.predictionId, QString("p-414"));
        QVERIFY(job.savedFiles.isEmpty());
        const QString message = text::jobError(job);
        QVERIFY2(message.contains("p-414") && message.contains("may charge"), qPrintable(message));
        QVERIFY2(text::jobAdvice(job).contains("new charge"), qPrintable(text::jobAdvice(job)));
        // Not final: the journal lists it for resume.
        QCOMPARE(m_journal->unfinished().size(), 1);

        statusBroken = false;
        QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
        QVERIFY(m_runner->resume(job.id));
        QVERIFY(finished.wait(20000));
        const JobRecord done = finished.first().first().value<JobRecord>();
        QCOMPARE(done.state, JobState::Completed);
        QCOMPARE(done.savedFiles.size(), 1);
        QVERIFY(QFileInfo(done.savedFiles.first()).size() > 0);
        int runs = 0;
        for (const ReceivedRequest &r : server.requests())
            runs += r.path == "/v1/run" ? 1 : 0;
        QCOMPARE(runs, 1);
    }

    // Outputs FASHN no longer keeps (an inline output past its 60 minutes, marked _expired; a CDN
    // output past 72 hours, 404/410): the job ends as expired, says so, and saves no file.
    void expiredOutputsEndTheJobWithoutAFile_data()
    {
        QTest::addColumn<bool>("inline64");
        QTest::addColumn<int>("cdnStatus");
        QTest::newRow("inline past 60 minutes") << true << 0;
        QTest::newRow("cdn 410 past 72 hours") << false << 410;
        QTest::newRow("cdn 404 past 72 hours") << false << 404;
    }
    void expiredOutputsEndTheJobWithoutAFile()
    {
        QFETCH(bool, inline64);
        QFETCH(int, cdnStatus);
        using fr::test::ReceivedRequest;
        using fr::test::ScriptedReply;
        fr::test::ScriptedHttpServer server;
        QVERIFY(server.listen());
        const QString output = inline64
                                   ? QStringLiteral("data:image/png;base64,iVBORw0KGgo_expired")
                                   : server.url("/cdn/o.png").toString();
        const QByteArray status = completedStatus("p-old", QJsonArray{output});
        server.setHandler([&](const ReceivedRequest &request) {
            if (request.path == "/v1/run")
                return ScriptedReply::json(200, "{\"id\":\"p-old\",\"error\":null}");
            if (request.path.startsWith("/v1/status/"))
                return ScriptedReply::json(200, status);
            return ScriptedReply::json(cdnStatus, "<Error>AccessDenied</Error>");
        });
        useServer(server);
        QJsonObject values{{"product_image", kSamples + "/product.jpg"}};
        if (inline64)
            values["return_base64"] = true;
        const JobRecord job = runToEnd("product-to-model", values);
        QCOMPARE(job.state, JobState::Expired);
        QVERIFY(job.savedFiles.isEmpty());
        const QString message = text::jobError(job);
        QVERIFY2(message.contains("72") && message.contains("60 minutes"), qPrintable(message));
        QVERIFY2(text::jobAdvice(job).contains("new charge"), qPrintable(text::jobAdvice(job)));
        QCOMPARE(QDir(m_dir->filePath("out")).entryList(QDir::Files).size(), 0);
    }

    void productToModelEndToEnd()
    {
        const int before = m_sandbox->credits(QString::fromLatin1(kSandboxDefaultKey));
        const JobRecord job =
            runToEnd("product-to-model", {{"product_image", kSamples + "/product.jpg"},
                                          {"prompt", "studio"},
                                          {"num_images", 2},
                                          {"aspect_ratio", "3:4"},
                                          {"seed", 7}});
        QCOMPARE(job.state, JobState::Completed);
        QVERIFY2(job.errorMessage.isEmpty(), qPrintable(job.errorMessage));
        QCOMPARE(job.savedFiles.size(), 2);
        QCOMPARE(job.creditsEstimated, 2);
        QCOMPARE(job.creditsUsed, 2);
        QCOMPARE(m_sandbox->credits(QString::fromLatin1(kSandboxDefaultKey)), before - 2);
        for (const QString &file : job.savedFiles) {
            QVERIFY(file.startsWith(m_dir->filePath("out")));
            // A missing or unreadable file has size (-1, -1), which would pass the ratio check.
            QVERIFY2(QFileInfo(file).isFile() && QFileInfo(file).size() > 0, qPrintable(file));
            QImageReader reader(file);
            const QSize size = reader.size();
            QVERIFY2(size.isValid() && size.width() >= 64, qPrintable(reader.errorString()));
            QVERIFY2(qAbs(size.width() * 4 - size.height() * 3) < 64,
                     qPrintable(QString("%1x%2").arg(size.width()).arg(size.height())));
            QFile sidecar(file + ".json");
            QVERIFY(sidecar.open(QIODevice::ReadOnly));
            const QByteArray raw = sidecar.readAll();
            const QJsonObject meta = QJsonDocument::fromJson(raw).object();
            QCOMPARE(meta["prediction_id"].toString(), job.predictionId);
            QCOMPARE(meta["seed"].toInt(), 7);
            QCOMPARE(meta["parameters"].toObject()["product_image"].toString(),
                     QString("product.jpg"));
            QCOMPARE(meta["inputs"].toArray()[0].toObject()["sha256"].toString().size(), 64);
            QVERIFY(!raw.contains(kSandboxDefaultKey));
            QVERIFY(!raw.contains("base64"));
        }
        // The journal holds the finished job.
        QCOMPARE(m_journal->load(job.id)->state, JobState::Completed);
        QVERIFY(m_journal->unfinished().isEmpty());
    }

    void tryOnModels_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QJsonObject>("values");
        QTest::addColumn<int>("credits");
        QTest::newRow("p2m try-on mode")
            << "product-to-model"
            << QJsonObject{{"product_image", kSamples + "/product.jpg"},
                           {"model_image", kSamples + "/model.jpg"}}
            << 1;
        QTest::newRow("p2m face and background")
            << "product-to-model"
            << QJsonObject{{"product_image", kSamples + "/product.jpg"},
                           {"face_reference", kSamples + "/face.jpg"},
                           {"background_reference", kSamples + "/background.jpg"},
                           {"generation_mode", "balanced"}}
            << 5;
        QTest::newRow("tryon-v1.6 saved model")
            << "tryon-v1.6"
            << QJsonObject{{"model_image", "saved:demo"},
                           {"garment_image", kSamples + "/product.jpg"}}
            << 1;
        QTest::newRow("tryon-legacy flat body")
            << "tryon-legacy"
            << QJsonObject{{"model_image", kSamples + "/model.jpg"},
                           {"garment_image", kSamples + "/product.jpg"},
                           {"cover_feet", true},
                           {"long_top", true},
                           {"num_samples", 2}}
            << 2;
        QTest::newRow("tryon-max jpeg") << "tryon-max"
                                        << QJsonObject{{"model_image", kSamples + "/model.jpg"},
                                                       {"product_image", kSamples + "/product.jpg"},
                                                       {"output_format", "jpeg"}}
                                        << 2;
        QTest::newRow("inline outputs")
            << "product-to-model"
            << QJsonObject{{"product_image", kSamples + "/product.jpg"}, {"return_base64", true}}
            << 1;
    }
    void tryOnModels()
    {
        QFETCH(QString, model);
        QFETCH(QJsonObject, values);
        QFETCH(int, credits);
        const JobRecord job = runToEnd(model, values);
        QVERIFY2(job.state == JobState::Completed, qPrintable(job.errorMessage));
        QCOMPARE(job.creditsUsed, credits);
        QCOMPARE(job.savedFiles.size(), m_catalog.model(model)->imageCount(values));
        for (const QString &f : job.savedFiles)
            QVERIFY(!QImageReader(f).read().isNull());
        if (values.contains("output_format"))
            QVERIFY(job.savedFiles.first().endsWith(".jpg"));
    }

    void invalidValuesSendNothing()
    {
        const auto submission =
            m_runner->submit("product-to-model", {{"model_image", kSamples + "/model.jpg"},
                                                  {"face_reference", kSamples + "/face.jpg"},
                                                  {"num_images", 9}});
        QVERIFY(submission.jobId.isEmpty());
        QCOMPARE(submission.issues.size(), 3); // product_image required, excludes, range
        QCOMPARE(m_sandbox->requestCount(SandboxEndpoint::Run), 0);
    }

    void unreadableImageSpendsNothing()
    {
        QFile empty(m_dir->filePath("empty.jpg"));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const JobRecord job = runToEnd("product-to-model", {{"product_image", empty.fileName()}});
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.errorKind, QString("input"));
        // Typed in the record, worded on reading.
        QCOMPARE(job.errorName, QString("empty"));
        QCOMPARE(job.errorMessage, QString("product_image"));
        const QString words = text::jobError(job);
        QVERIFY2(words.contains("empty.jpg") && words.contains("no credits"), qPrintable(words));
        QCOMPARE(m_sandbox->requestCount(SandboxEndpoint::Run), 0);
    }

    void runtimeErrorIsFree()
    {
        SandboxFault fault;
        fault.kind = SandboxFaultKind::Runtime;
        fault.errorName = "PoseError";
        m_sandbox->injectFault(fault);
        const int before = m_sandbox->credits(QString::fromLatin1(kSandboxDefaultKey));
        const JobRecord job =
            runToEnd("tryon-v1.6", {{"model_image", kSamples + "/model.jpg"},
                                    {"garment_image", kSamples + "/product.jpg"}});
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.errorKind, QString("runtime"));
        QCOMPARE(job.errorName, QString("PoseError"));
        QCOMPARE(job.creditsUsed, 0);
        QVERIFY(text::jobError(job).contains("cost nothing"));
        QVERIFY(text::jobAdvice(job).contains("another photo"));
        QCOMPARE(m_sandbox->credits(QString::fromLatin1(kSandboxDefaultKey)), before);
    }

    void outOfCreditsStopsSubmitting()
    {
        m_sandbox->setCredits(QString::fromLatin1(kSandboxDefaultKey), 1);
        QSignalSpy out(m_runner.get(), &JobRunner::outOfCredits);
        const JobRecord job =
            runToEnd("product-to-model",
                     {{"product_image", kSamples + "/product.jpg"}, {"resolution", "4k"}});
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.errorName, QString("OutOfCredits"));
        QCOMPARE(out.size(), 1);
        QVERIFY(m_runner->isPausedForCredits());
        // Further jobs wait instead of being sent.
        const auto second =
            m_runner->submit("product-to-model", {{"product_image", kSamples + "/product.jpg"}});
        QTRY_COMPARE(m_runner->job(second.jobId)->state, JobState::Queued);
        // Queued and nothing handed to the client: a send would have left with the same turn.
        QCOMPARE(m_client->unansweredCount(), 0);
        QCOMPARE(m_sandbox->requestCount(SandboxEndpoint::Run), 1);
        QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
        m_runner->resumeSubmitting();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<JobRecord>().state, JobState::Completed);
    }

    void tenJobsAtOnceWithoutRateLimitErrors()
    {
        QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
        for (int i = 0; i < 10; ++i) {
            const auto s =
                m_runner->submit("tryon-v1.6", {{"model_image", "saved:demo"},
                                                {"garment_image", kSamples + "/product.jpg"},
                                                {"seed", i}});
            QVERIFY(!s.jobId.isEmpty());
        }
        int maxInFlight = 0;
        QElapsedTimer timer;
        timer.start();
        while (finished.size() < 10 && timer.elapsed() < 60000) {
            maxInFlight = qMax(maxInFlight, m_runner->inFlightCount());
            QTest::qWait(5);
        }
        QCOMPARE(finished.size(), 10);
        QVERIFY(maxInFlight <= 6);
        for (const auto &args : finished)
            QCOMPARE(args.first().value<JobRecord>().state, JobState::Completed);
        const QJsonObject stats = m_sandbox->stats();
        QVERIFY(stats.contains("rejections"));
        QCOMPARE(stats["rejections"].toObject()["total"].toInt(), 0);
        QCOMPARE(stats["requests"].toObject()["run"].toInt(), 10);
    }

    void rateLimitedRunIsResent()
    {
        // A 429 RateLimitExceeded created no prediction: the client waits and sends again.
        SandboxFault limited;
        limited.kind = SandboxFaultKind::RateLimit;
        limited.endpoint = SandboxEndpoint::Run;
        m_sandbox->injectFault(limited);
        const JobRecord job =
            runToEnd("product-to-model", {{"product_image", kSamples + "/product.jpg"}});
        QCOMPARE(job.state, JobState::Completed);
        QCOMPARE(m_sandbox->stats()["rejections"].toObject()["RateLimitExceeded"].toInt(), 1);
        QCOMPARE(m_sandbox->requestCount(SandboxEndpoint::Run), 2);
    }

    void concurrencyLimitHoldsTheJob()
    {
        SandboxFault busy;
        busy.kind = SandboxFaultKind::ConcurrencyLimit;
        busy.endpoint = SandboxEndpoint::Run;
        m_sandbox->injectFault(busy);
        const JobRecord job =
            runToEnd("product-to-model", {{"product_image", kSamples + "/product.jpg"}});
        QCOMPARE(job.state, JobState::Completed);
        QCOMPARE(m_sandbox->stats()["rejections"].toObject()["ConcurrencyLimitExceeded"].toInt(),
                 1);
    }

    void resumesAfterCrash()
    {
        // Submit, let FASHN accept it, then "crash": the runner disappears mid-poll.
        const auto s =
            m_runner->submit("product-to-model", {{"product_image", kSamples + "/product.jpg"},
                                                  {"generation_mode", "quality"}});
        QTRY_COMPARE_WITH_TIMEOUT(m_runner->job(s.jobId)->state, JobState::Running, 10000);
        m_runner.reset();
        QCOMPARE(m_journal->load(s.jobId)->state, JobState::Running);
        QVERIFY(!m_journal->load(s.jobId)->predictionId.isEmpty());

        startRunner();
        QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
        QCOMPARE(m_runner->resumeUnfinished(), 1);
        QVERIFY(finished.wait(20000));
        const JobRecord job = finished.first().first().value<JobRecord>();
        QCOMPARE(job.id, s.jobId);
        QCOMPARE(job.state, JobState::Completed);
        QCOMPARE(job.savedFiles.size(), 1);
        QCOMPARE(m_sandbox->requestCount(SandboxEndpoint::Run), 1); // never resent
    }

    void crashWhileSubmittingIsUncertain()
    {
        JobRecord rec;
        rec.id = "crashed-mid-submit";
        rec.model = "product-to-model";
        rec.values = {{"product_image", kSamples + "/product.jpg"}};
        rec.state = JobState::Submitting;
        rec.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(m_journal->save(rec));
        QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
        QCOMPARE(m_runner->resumeUnfinished(), 1);
        QCOMPARE(finished.size(), 1);
        const JobRecord job = finished.first().first().value<JobRecord>();
        QCOMPARE(job.state, JobState::Uncertain);
        QVERIFY(text::jobError(job).contains("charged"));
        QVERIFY(text::jobAdvice(job).contains("new charge"));
        QCOMPARE(m_sandbox->requestCount(SandboxEndpoint::Run), 0);
    }

    void droppedSubmissionIsUncertain()
    {
        SandboxFault drop;
        drop.kind = SandboxFaultKind::Drop;
        drop.endpoint = SandboxEndpoint::Run;
        m_sandbox->injectFault(drop);
        const JobRecord job =
            runToEnd("product-to-model", {{"product_image", kSamples + "/product.jpg"}});
        QCOMPARE(job.state, JobState::Uncertain);
        QVERIFY(text::jobError(job).contains("charged"));
        QVERIFY(text::jobAdvice(job).contains("new charge"));
        QCOMPARE(m_sandbox->requestCount(SandboxEndpoint::Run), 1);
    }

    void cancelBeforeSendingSpendsNothing()
    {
        const auto s =
            m_runner->submit("product-to-model", {{"product_image", kSamples + "/product.jpg"}});
        QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
        m_runner->cancel(s.jobId);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<JobRecord>().state, JobState::Cancelled);
        QVERIFY(!m_runner->job(s.jobId) || m_runner->job(s.jobId)->state == JobState::Cancelled);
        QCOMPARE(m_client->unansweredCount(), 0);
        QCOMPARE(m_sandbox->requestCount(SandboxEndpoint::Run), 0);
    }

    // Cancel while the /run is out: FASHN's answer decides. It accepted, so the job is
    // cancelled with its prediction id kept (it may still be charged), is not followed and
    // saves nothing.
    void cancelDuringSubmitIsHonoured()
    {
        SandboxFault slow;
        slow.kind = SandboxFaultKind::Delay;
        slow.endpoint = SandboxEndpoint::Run;
        slow.delayMs = 400;
        m_sandbox->injectFault(slow);
        QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
        const auto s =
            m_runner->submit("tryon-v1.6", {{"model_image", "saved:demo"},
                                            {"garment_image", kSamples + "/product.jpg"}});
        QTRY_COMPARE(m_runner->job(s.jobId)->state, JobState::Submitting);
        m_runner->cancel(s.jobId);
        QVERIFY(finished.wait(10000));
        const JobRecord job = finished.first().first().value<JobRecord>();
        QCOMPARE(job.state, JobState::Cancelled);
        QVERIFY(!job.predictionId.isEmpty());
        QVERIFY(job.savedFiles.isEmpty());
        QVERIFY2(text::jobError(job).contains("charged"), qPrintable(text::jobError(job)));
        QCOMPARE(m_sandbox->requestCount(SandboxEndpoint::Status), 0);
    }

    // The journal refuses the "submitting" record (a full disk, a foreign program's table): the
    // job is not sent, since a crash would leave a charge no record knows of.
    void unrecordedJobIsNeverSent()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "saboteur");
            db.setDatabaseName(m_dir->filePath("journal.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec("CREATE TRIGGER refuse_submitting BEFORE INSERT ON jobs "
                            "WHEN NEW.state = 'submitting' "
                            "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"),
                     qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase("saboteur");
        const JobRecord job =
            runToEnd("product-to-model", {{"product_image", kSamples + "/product.jpg"}});
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.errorKind, QString("journal"));
        QCOMPARE(m_sandbox->requestCount(SandboxEndpoint::Run), 0);
        QCOMPARE(m_client->unansweredCount(), 0);
        const QString message = text::jobError(job);
        QVERIFY2(message.contains(QDir::toNativeSeparators(m_dir->filePath("journal.sqlite"))),
                 qPrintable(message));
        QVERIFY2(message.contains("disk is full") && message.contains("no credits"),
                 qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(tst_JobRunner)
#include "tst_jobrunner.moc"

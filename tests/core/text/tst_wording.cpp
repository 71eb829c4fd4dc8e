#include "core/catalog/ModelCatalog.h"
#include "core/text/Wording.h"

#include <QSet>
#include <QTest>

using namespace fr;

namespace {
JobRecord failed(JobState state, const QString &kind, const QString &name = {},
                 const QString &detail = {})
{
    JobRecord job;
    job.id = "j";
    job.model = "product-to-model";
    job.values = {{"product_image", "/photos/shirt.jpg"}};
    job.state = state;
    job.errorKind = kind;
    job.errorName = name;
    job.errorMessage = detail;
    return job;
}
} // namespace

class tst_Wording : public QObject
{
    Q_OBJECT
private slots:
    // What happened and what to do, from the typed record alone (as read back from the journal).
    void jobErrorAndAdvice_data()
    {
        QTest::addColumn<JobRecord>("job");
        QTest::addColumn<QStringList>("error");  // each must appear
        QTest::addColumn<QStringList>("advice"); // each must appear; empty list: no advice
        QTest::newRow("image refused")
            << failed(JobState::Failed, "input", "truncated", "product_image")
            << QStringList{"product_image", "shirt.jpg", "cut short", "no credits"}
            << QStringList{"input image"};
        QTest::newRow("model gone") << failed(JobState::Failed, "input", "unknown_model", "tryon-x")
                                    << QStringList{"tryon-x"} << QStringList{"another model"};
        QTest::newRow("out of credits")
            << failed(JobState::Failed, "OutOfCredits", "OutOfCredits", "no credits left")
            << QStringList{"no credits left", "No credits were spent"}
            << QStringList{"Buy credits"};
        QTest::newRow("key refused")
            << failed(JobState::Failed, "Unauthorized", "UnauthorizedAccess", "bad key")
            << QStringList{"API key", "bad key"} << QStringList{"API key in Settings"};
        QTest::newRow("no key") << failed(JobState::Failed, "MissingKey")
                                << QStringList{"No FASHN API key"}
                                << QStringList{"API key in Settings"};
        QTest::newRow("network") << failed(JobState::Failed, "Network", {}, "Connection refused")
                                 << QStringList{"Could not reach", "Connection refused"}
                                 << QStringList{"network connection"};
        QTest::newRow("server") << failed(JobState::Failed, "ServerError")
                                << QStringList{"internal error"} << QStringList{"later"};
        QTest::newRow("runtime pose")
            << failed(JobState::Failed, "runtime", "PoseError", "no pose")
            << QStringList{"pose", "no pose", "cost nothing"} << QStringList{"another photo"};
        QTest::newRow("runtime overloaded")
            << failed(JobState::Failed, "runtime", "UnavailableError") << QStringList{"overloaded"}
            << QStringList{"Try again"};
        QTest::newRow("uncertain send")
            << failed(JobState::Uncertain, "SubmissionUncertain", {}, {}) << QStringList{"charged"}
            << QStringList{"history", "new charge"};
        QTest::newRow("stopped mid-send")
            << failed(JobState::Uncertain, "SubmissionUncertain", "interrupted")
            << QStringList{"app stopped", "charged"} << QStringList{"new charge"};
        QTest::newRow("expired") << failed(JobState::Expired, "OutputExpired", {}, "#1: expired")
                                 << QStringList{"no longer available"}
                                 << QStringList{"Generate again"};
        QTest::newRow("cancelled unsent") << failed(JobState::Cancelled, "cancelled")
                                          << QStringList{"no credits"} << QStringList{};
        // The user's decision (fittingroom-cli drop / resubmit) replaces "no credits were spent":
        // a dropped uncertain job may well have been charged.
        QTest::newRow("dropped") << failed(JobState::Cancelled, "cancelled", "dropped")
                                 << QStringList{"Dropped", "kept"} << QStringList{};
        QTest::newRow("resubmitted")
            << failed(JobState::Cancelled, "cancelled", "resubmitted", "job-2")
            << QStringList{"Resubmitted", "job-2"} << QStringList{};
        JobRecord partial = failed(JobState::Completed, "NotAnImage", "partial", "#2: bad data");
        partial.savedFiles = {"/out/a.png"};
        QTest::newRow("partial") << partial << QStringList{"1 output", "#2: bad data"}
                                 << QStringList{"saved outputs are kept"};
        QTest::newRow("done") << failed(JobState::Completed, {}) << QStringList{} << QStringList{};
        QTest::newRow("queued at the limit")
            << failed(JobState::Queued, "ConcurrencyLimited", "ConcurrencyLimitExceeded")
            << QStringList{"Too many predictions", "waits"} << QStringList{};
    }

    void jobErrorAndAdvice()
    {
        QFETCH(JobRecord, job);
        QFETCH(QStringList, error);
        QFETCH(QStringList, advice);
        const QString e = text::jobError(job);
        const QString a = text::jobAdvice(job);
        QCOMPARE(e.isEmpty(), error.isEmpty());
        QCOMPARE(a.isEmpty(), advice.isEmpty());
        for (const QString &w : error)
            QVERIFY2(e.contains(w, Qt::CaseInsensitive), qPrintable(e + " / " + w));
        for (const QString &w : advice)
            QVERIFY2(a.contains(w, Qt::CaseInsensitive), qPrintable(a + " / " + w));
    }

    void cancelledAfterAcceptanceMayBeCharged()
    {
        JobRecord job = failed(JobState::Cancelled, "cancelled");
        job.predictionId = "pred-1";
        QVERIFY(text::jobError(job).contains("pred-1"));
        QVERIFY(text::jobError(job).contains("charged"));
    }

    void everyApiErrorHasItsOwnSentence()
    {
        QSet<QString> seen;
        for (int k = int(ApiErrorKind::BadRequest); k <= int(ApiErrorKind::NotAnImage); ++k) {
            ApiError e;
            e.kind = ApiErrorKind(k);
            const QString s = text::apiError(e);
            QVERIFY2(!s.isEmpty(), qPrintable(apiErrorKindName(e.kind)));
            QVERIFY2(!seen.contains(s), qPrintable(s));
            seen.insert(s);
        }
        ApiError none;
        QVERIFY(text::apiError(none).isEmpty());
        ApiError server{ApiErrorKind::ServerError, 502, {}, "bad gateway"};
        QVERIFY(text::apiError(server).contains("502"));
        QVERIFY(text::apiError(server).contains("bad gateway"));
    }

    void everyImageProblemNamesTheFile()
    {
        QSet<QString> seen;
        for (int p = int(ImageProblem::Missing); p <= int(ImageProblem::NotAFile); ++p) {
            const QString s = text::imageProblem(ImageProblem(p), "me.png");
            QVERIFY2(s.contains("me.png"), qPrintable(s));
            QVERIFY(!seen.contains(s));
            seen.insert(s);
            QCOMPARE(text::imageProblemFromName(imageProblemName(ImageProblem(p))),
                     ImageProblem(p));
        }
        QVERIFY(text::imageProblem(ImageProblem::None, "me.png").isEmpty());
    }

    // Worded from the rule and its arguments, not from the English message.
    void validationIssues_data()
    {
        QTest::addColumn<QJsonObject>("values");
        QTest::addColumn<QStringList>("words");
        const QString img = "https://example.com/p.jpg";
        QTest::newRow("enum") << QJsonObject{{"product_image", img}, {"resolution", "8k"}}
                              << QStringList{"resolution", "1k, 2k, 4k"};
        QTest::newRow("range") << QJsonObject{{"product_image", img}, {"seed", -1}}
                               << QStringList{"seed", "0", "4294967295"};
        QTest::newRow("required") << QJsonObject{}
                                  << QStringList{"product_image", "product-to-model"};
        QTest::newRow("excludes") << QJsonObject{{"product_image", img},
                                                 {"model_image", img},
                                                 {"face_reference", img}}
                                  << QStringList{"cannot be combined", "face_reference"};
        QTest::newRow("unknown") << QJsonObject{{"product_image", img}, {"colour", "red"}}
                                 << QStringList{"colour", "not a parameter"};
        QTest::newRow("type") << QJsonObject{{"product_image", img}, {"seed", "x"}}
                              << QStringList{"seed", "whole number"};
    }

    void validationIssues()
    {
        QFETCH(QJsonObject, values);
        QFETCH(QStringList, words);
        const ModelCatalog catalog = ModelCatalog::load(QString());
        const QList<ValidationIssue> issues = validate(*catalog.model("product-to-model"), values);
        QVERIFY(!issues.isEmpty());
        QStringList all;
        for (const ValidationIssue &i : issues)
            all << text::validationIssue(i);
        const QString joined = all.join('\n');
        for (const QString &w : words)
            QVERIFY2(joined.contains(w), qPrintable(joined + " / " + w));
    }

    // A notice before the next try says what this answer was and when the next try is; it
    // never words the final outcome ("the retries did not get through").
    void retryNotices()
    {
        ApiError limited;
        limited.kind = ApiErrorKind::RateLimited;
        limited.httpStatus = 429;
        limited.message = "slow down";
        const QString run = text::retrying(Endpoint::Run, limited, 1500);
        QVERIFY2(run.contains("rate limit was reached") && !run.contains("did not get through") &&
                     run.contains("2 s") && run.contains("created nothing") &&
                     run.contains("slow down"),
                 qPrintable(run));
        ApiError server;
        server.kind = ApiErrorKind::ServerError;
        server.httpStatus = 502;
        JobRecord job;
        job.predictionId = "p-7";
        const QString status = text::statusTrouble(job, server, 30000);
        QVERIFY2(status.contains("p-7") && status.contains("502") && status.contains("30 s"),
                 qPrintable(status));
    }

    void jobStates()
    {
        QSet<QString> seen;
        for (int s = 0; s <= int(JobState::Expired); ++s) {
            const QString w = text::jobState(JobState(s));
            QVERIFY(!w.isEmpty());
            QVERIFY(!seen.contains(w));
            seen.insert(w);
        }
        JobRecord running = failed(JobState::Running, {});
        running.remoteStatus = "in_queue";
        QCOMPARE(text::jobStatus(running), QString("In queue at FASHN"));
    }
};

QTEST_GUILESS_MAIN(tst_Wording)
#include "tst_wording.moc"

#include "core/api/Clock.h"
#include "core/catalog/ModelCatalog.h"
#include "core/jobs/DurationHistory.h"
#include "core/jobs/JobJournal.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace fr;

class TestDurationHistory : public QObject
{
    Q_OBJECT

    static bool near(double a, double b, double tolerance) { return std::abs(a - b) <= tolerance; }

private slots:
    void keyNamesModelModeAndResolution()
    {
        const ModelCatalog catalog = ModelCatalog::bundled();
        const ModelSpec &p2m = *catalog.model("product-to-model");
        QCOMPARE(
            DurationHistory::keyFor(p2m, {{"generation_mode", "quality"}, {"resolution", "4k"}}),
            QString("product-to-model|quality|4k"));
        const ModelSpec &v16 = *catalog.model("tryon-v1.6");
        QCOMPARE(DurationHistory::keyFor(v16, {{"mode", "performance"}}),
                 QString("tryon-v1.6|performance"));
    }

    void coldIsTheCatalogWithAWideSpread()
    {
        ManualClock clock;
        DurationHistory h(nullptr, &clock);
        const DurationEstimate e = h.estimate("k", 40000);
        QCOMPARE(e.medianMs, 40000 * DurationHistory::kPriorRatio);
        QCOMPARE(e.sigma, DurationHistory::kColdSigma);
        QCOMPARE(e.weight, 0.0);
    }

    void learnedFactorMovesExpectations()
    {
        ManualClock clock;
        DurationHistory h(nullptr, &clock);
        // The server runs at 1.8x: every model's processing takes 1.8x its catalog time.
        for (int i = 0; i < 6; ++i) {
            h.record("a|quality|1k", 45000, 45000 * 1.8 * (i % 2 ? 1.05 : 0.95), clock.now());
            clock.advance(5000);
        }
        const DurationEstimate e = h.estimate("b|quality|4k", 100000); // a key never seen
        QVERIFY2(near(e.medianMs / 100000, 1.8, 0.15), qPrintable(QString::number(e.medianMs)));
        QVERIFY2(e.sigma < 0.15, qPrintable(QString::number(e.sigma)));
        QVERIFY(near(h.loadFactor(), 1.8 / DurationHistory::kPriorRatio, 0.2));
    }

    void oneObservationNarrowsButDoesNotDecide()
    {
        ManualClock clock;
        DurationHistory h(nullptr, &clock);
        h.record("k", 40000, 60000, clock.now());
        const DurationEstimate e = h.estimate("k", 40000);
        QVERIFY(e.medianMs > 40000 * 1.2 && e.medianMs < 60000);
        QVERIFY(e.sigma < DurationHistory::kColdSigma && e.sigma > 0.15);
    }

    void oldEvidenceDecays()
    {
        ManualClock clock;
        DurationHistory h(nullptr, &clock);
        const QDateTime start = clock.now();
        for (int i = 0; i < 5; ++i)
            h.record("k", 30000, 60000, start.addSecs(i)); // busy: 2x
        clock.advance(10 * 60 * 1000);
        for (int i = 0; i < 5; ++i)
            h.record("k", 30000, 27000, clock.now().addSecs(i)); // calm again: 0.9x
        // Now, the calm observations decide; back then, the busy ones did.
        QVERIFY2(near(h.estimate("k", 30000).medianMs, 27000, 900),
                 qPrintable(QString::number(h.estimate("k", 30000).medianMs)));
        QVERIFY2(near(h.estimate("k", 30000, start).medianMs, 60000, 3000),
                 qPrintable(QString::number(h.estimate("k", 30000, start).medianMs)));
    }

    void shortPredictionsCountLess()
    {
        ManualClock clock;
        DurationHistory h(nullptr, &clock);
        // A 5 s prediction measured at twice its time, a 60 s one at its usual time: the
        // coarse measure moves the estimate far less than the fine one.
        h.record("short", 5000, 10000, clock.now());
        h.record("long", 60000, 54000, clock.now());
        const double ratio = h.estimate("other", 10000).medianMs / 10000;
        QVERIFY2(ratio < 1.0, qPrintable(QString::number(ratio)));
    }

    // Observations weigh by how finely they were measured when the scheduler says so: a
    // coarse one (precision 0.02) at twice the time barely moves a fine one at its usual time.
    void measuredPrecisionWeighs()
    {
        ManualClock clock;
        DurationHistory h(nullptr, &clock);
        DurationObservation coarse{"a", 60000, 120000, clock.now(), clock.now(), 0.02};
        DurationObservation fine{"b", 60000, 54000, clock.now(), clock.now(), 1.0};
        h.record(coarse);
        h.record(fine);
        const double ratio = h.estimate("c", 60000).medianMs / 60000;
        QVERIFY2(ratio < 0.95, qPrintable(QString::number(ratio)));
    }

    // The load acted when the jobs were sent: each observation's ratio follows the load at its
    // submission (four busy minutes, four calm, four busy), while the time each spent queued
    // before processing varies from 0 to 6 minutes. Judged by submission, the line explains
    // them; judged by processing start they look like noise. A job sent in the middle of the
    // busy minutes is expected slow, with a narrow spread, wherever its processing began.
    void loadIsJudgedAtTheMomentThatExplainsIt()
    {
        ManualClock clock;
        DurationHistory h(nullptr, &clock);
        const QDateTime t0 = clock.now();
        auto load = [](int minute) { return (minute / 4) % 2 == 0 ? 2.0 : 0.7; };
        for (int i = 0; i < 60; ++i) {
            const QDateTime sent = t0.addSecs(i * 12);
            DurationObservation o;
            o.key = "k";
            o.catalogMs = 30000;
            o.observedMs = 30000 * load(i / 5) * (i % 2 ? 1.03 : 0.97);
            o.submittedAt = sent;
            o.anchoredAt = sent.addSecs((i * 137) % 360);
            o.precision = 1;
            h.record(o);
        }
        clock.advance(18 * 60 * 1000);
        const QDateTime sent = t0.addSecs(9 * 60 + 30);
        const DurationEstimate e = h.estimate("k", 30000, sent, sent.addSecs(170));
        QVERIFY2(e.medianMs > 30000 * 1.7, qPrintable(QString::number(e.medianMs)));
        QVERIFY2(e.sigma < 0.3, qPrintable(QString::number(e.sigma)));
        // Judged at one moment only (old journals), the same question has a vaguer answer.
        const DurationEstimate vague = h.estimate("k", 30000, sent.addSecs(170));
        QVERIFY2(vague.sigma > e.sigma, qPrintable(QString::number(vague.sigma)));
    }

    void timeScaleShortensTheDecay()
    {
        ManualClock clock;
        DurationHistory scaled(nullptr, &clock, 0.1);
        const QDateTime start = clock.now();
        scaled.record("k", 30000, 60000, start);
        // 60 s of wall clock at 0.1 is 10 minutes of server time: long forgotten.
        const DurationEstimate e = scaled.estimate("k", 30000, start.addSecs(60));
        QVERIFY2(e.medianMs < 30000, qPrintable(QString::number(e.medianMs)));
    }

    void survivesAJournalReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("journal.sqlite");
        ManualClock clock;
        DurationEstimate before;
        {
            JobJournal journal;
            QVERIFY(journal.open(path));
            DurationHistory h(&journal, &clock);
            for (int i = 0; i < 4; ++i)
                h.record("k", 20000, 34000 + 500 * i, clock.now().addSecs(i));
            before = h.estimate("k", 20000);
        }
        JobJournal journal;
        QVERIFY(journal.open(path));
        DurationHistory h(&journal, &clock);
        QCOMPARE(h.size(), 4);
        const DurationEstimate after = h.estimate("k", 20000);
        QVERIFY(near(after.medianMs, before.medianMs, 1));
        QVERIFY(near(after.sigma, before.sigma, 1e-6));
        QVERIFY(after.medianMs > 30000);
    }

    void aJournalOpenedLaterIsStillRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("journal.sqlite");
        ManualClock clock;
        {
            JobJournal journal;
            QVERIFY(journal.open(path));
            QVERIFY(journal.addDuration({"k", 10000, 15000, clock.now()}));
        }
        JobJournal journal;
        DurationHistory h(&journal, &clock); // built before the session opens the journal
        QVERIFY(journal.open(path));
        QCOMPARE(h.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDurationHistory)
#include "tst_durationhistory.moc"

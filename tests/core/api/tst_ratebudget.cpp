#include "core/api/Clock.h"
#include "core/api/RateBudget.h"

#include <QTest>

using namespace fr;

class TestRateBudget : public QObject
{
    Q_OBJECT
private slots:
    void emptyBudgetSendsNow()
    {
        RateBudget budget({3, 1000});
        QCOMPARE(budget.delayMs(0), 0);
        QCOMPARE(budget.usedIn(0), 0);
    }

    void fullWindowWaitsForOldestSend()
    {
        ManualClock clock;
        RateBudget budget({3, 1000});
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(budget.delayMs(clock.monotonicMs()), 0);
            budget.record(clock.monotonicMs());
            clock.advance(100);
        }
        // Sends at 0, 100, 200; now 300.
        QCOMPARE(budget.usedIn(clock.monotonicMs()), 3);
        QCOMPARE(budget.delayMs(clock.monotonicMs()), 700);
        clock.set(999);
        QCOMPARE(budget.delayMs(clock.monotonicMs()), 1);
        clock.set(1000);
        QCOMPARE(budget.delayMs(clock.monotonicMs()), 0);
        QCOMPARE(budget.usedIn(clock.monotonicMs()), 2);
        budget.record(1000);
        QCOMPARE(budget.delayMs(1000), 100); // the send at 100 leaves at 1100
    }

    void neverMoreThanLimitInAnyWindow()
    {
        // Greedy sender: sends whenever allowed, for a simulated minute.
        ManualClock clock;
        const RateLimit limit{50, 10000};
        RateBudget budget(limit);
        QList<qint64> sends;
        while (clock.monotonicMs() < 60000) {
            const qint64 delay = budget.delayMs(clock.monotonicMs());
            if (delay == 0) {
                budget.record(clock.monotonicMs());
                sends.append(clock.monotonicMs());
            } else {
                clock.advance(delay);
            }
        }
        for (qsizetype i = 0; i + limit.requests < sends.size(); ++i)
            QVERIFY2(sends.at(i + limit.requests) - sends.at(i) >= limit.windowMs,
                     qPrintable(QString::number(i)));
        QCOMPARE(sends.size(), 300); // 50 per 10 s, exactly, for 60 s
    }

    void blockUntilHoldsEverything()
    {
        RateBudget budget({3, 1000});
        budget.record(0);
        budget.blockUntil(5000);
        QCOMPARE(budget.delayMs(100), 4900);
        budget.blockUntil(2000); // an earlier block never shortens a later one
        QCOMPARE(budget.delayMs(100), 4900);
        QCOMPARE(budget.delayMs(5000), 0);
        // Block and window both apply: the larger wins.
        budget.record(5000);
        budget.record(5000);
        budget.record(5000);
        budget.blockUntil(5500);
        QCOMPARE(budget.delayMs(5200), 800);
    }

    void setLimitTakesEffect()
    {
        RateBudget budget({1, 1000});
        budget.record(0);
        QCOMPARE(budget.delayMs(0), 1000);
        budget.setLimit({2, 1000});
        QCOMPARE(budget.delayMs(0), 0);
        QCOMPARE(budget.limit().requests, 2);
    }

    void backoffBounds_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("ceiling");
        QTest::newRow("0") << 0 << qint64(1000);
        QTest::newRow("1") << 1 << qint64(2000);
        QTest::newRow("2") << 2 << qint64(4000);
        QTest::newRow("5") << 5 << qint64(32000);
        QTest::newRow("6 capped") << 6 << qint64(60000);
        QTest::newRow("30 capped") << 30 << qint64(60000);
        QTest::newRow("1000 capped") << 1000 << qint64(60000);
    }

    void backoffBounds()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, ceiling);
        QCOMPARE(backoffDelayMs(attempt, 1000, 60000, 0.0), 0);
        QCOMPARE(backoffDelayMs(attempt, 1000, 60000, 0.5), ceiling / 2);
        const qint64 high = backoffDelayMs(attempt, 1000, 60000, 0.999999);
        QVERIFY(high < ceiling || (ceiling == 60000 && high <= 60000));
        QVERIFY(high >= ceiling * 99 / 100);
        for (double jitter = 0; jitter < 1.0; jitter += 0.05) {
            const qint64 d = backoffDelayMs(attempt, 1000, 60000, jitter);
            QVERIFY(d >= 0 && d <= ceiling);
        }
    }

    void backoffGrowsUntilCap()
    {
        qint64 previous = 0;
        for (int attempt = 0; attempt < 20; ++attempt) {
            const qint64 d = backoffDelayMs(attempt, 250, 10000, 0.75);
            QVERIFY(d >= previous);
            previous = d;
        }
        QCOMPARE(previous, 7500);
        QCOMPARE(backoffDelayMs(-3, 250, 10000, 0.5), 125); // negative attempt = first
        QCOMPARE(backoffDelayMs(3, 0, 10000, 0.5), 0);
    }
};

QTEST_GUILESS_MAIN(TestRateBudget)
#include "tst_ratebudget.moc"

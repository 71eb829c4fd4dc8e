#include "sandbox/RateWindow.h"

#include <QTest>

using fr::RateWindow;

class TestRateWindow : public QObject
{
    Q_OBJECT

private slots:
    void acceptsUpToLimit()
    {
        RateWindow w(3, 1000);
        QVERIFY(w.tryAcquire(0));
        QVERIFY(w.tryAcquire(10));
        QVERIFY(w.tryAcquire(20));
        QVERIFY(!w.tryAcquire(30));
        QCOMPARE(w.used(30), 3);
    }
    void slidesEventByEvent()
    {
        RateWindow w(2, 1000);
        QVERIFY(w.tryAcquire(0));
        QVERIFY(w.tryAcquire(500));
        QVERIFY(!w.tryAcquire(999));
        QCOMPARE(w.msUntilFree(999), 1);
        QVERIFY(w.tryAcquire(1000)); // the event at 0 left the window
        QVERIFY(!w.tryAcquire(1400));
        QVERIFY(w.tryAcquire(1500));
    }
    void rejectedEventsDoNotCount()
    {
        RateWindow w(1, 100);
        QVERIFY(w.tryAcquire(0));
        for (int t = 1; t < 100; t += 10)
            QVERIFY(!w.tryAcquire(t));
        QVERIFY(w.tryAcquire(100));
    }
    void zeroLimitNeverAccepts()
    {
        RateWindow w(0, 100);
        QVERIFY(!w.tryAcquire(0));
        QCOMPARE(w.msUntilFree(0), 100);
    }
};

QTEST_GUILESS_MAIN(TestRateWindow)
#include "tst_ratewindow.moc"

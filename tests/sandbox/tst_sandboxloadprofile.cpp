#include "sandbox/SandboxLoadProfile.h"

#include <QTest>

using fr::SandboxLoad;
using fr::SandboxLoadProfile;
using fr::SandboxTiming;

// The profiles are pure functions of (seed, order, clock reading): every check runs on
// readings chosen by hand, no sleeping.
class TestSandboxLoadProfile : public QObject
{
    Q_OBJECT

private slots:
    void names()
    {
        for (SandboxLoad l : {SandboxLoad::Steady, SandboxLoad::Drift, SandboxLoad::Spiky})
            QCOMPARE(fr::sandboxLoadFromName(fr::sandboxLoadName(l)), l);
        QVERIFY(!fr::sandboxLoadFromName(QStringLiteral("busy")));
    }

    void steadyIsTodaysTimeline()
    {
        SandboxLoadProfile p(SandboxLoad::Steady, 1, 1.0, 0);
        const SandboxTiming t = p.next(1000, 20000, 0.15, 0.5);
        // total = 20 s * (1 + 0.15 * 0.5) = 21.5 s
        QCOMPARE(t.queueAt, 1000 + 1075);
        QCOMPARE(t.processingAt, 1000 + 3225);
        QCOMPARE(t.dueAt, 1000 + 21500);
        QCOMPARE(p.factorAt(123456), 1.0);
    }

    void driftStaysInBoundsAndMovesSlowly()
    {
        SandboxLoadProfile p(SandboxLoad::Drift, 42, 1.0, 0);
        double lo = 10, hi = 0, steepest = 0;
        double previous = p.factorAt(0);
        for (qint64 ms = 0; ms <= 30 * 60 * 1000; ms += 1000) {
            const double f = p.factorAt(ms);
            QVERIFY2(f >= 0.5 && f <= 2.0, qPrintable(QString::number(f)));
            lo = qMin(lo, f);
            hi = qMax(hi, f);
            steepest = qMax(steepest, std::abs(std::log(f / previous)));
            previous = f;
        }
        // It covers the range over half an hour...
        QVERIFY2(lo < 0.65 && hi > 1.6, qPrintable(QStringLiteral("%1..%2").arg(lo).arg(hi)));
        // ...but never by more than a few percent per second ("over minutes").
        QVERIFY2(steepest < 0.03, qPrintable(QString::number(steepest)));
    }

    void driftFollowsTheTimeScale()
    {
        SandboxLoadProfile unscaled(SandboxLoad::Drift, 3, 1.0, 0);
        SandboxLoadProfile scaled(SandboxLoad::Drift, 3, 0.1, 0);
        for (qint64 ms : {0, 45000, 120000, 333000})
            QCOMPARE(scaled.factorAt(ms / 10), unscaled.factorAt(ms));
    }

    void driftIsRepeatableForASeed()
    {
        SandboxLoadProfile a(SandboxLoad::Drift, 9, 1.0, 0);
        SandboxLoadProfile b(SandboxLoad::Drift, 9, 1.0, 0);
        SandboxLoadProfile c(SandboxLoad::Drift, 10, 1.0, 0);
        bool differs = false;
        for (int i = 0; i < 20; ++i) {
            const SandboxTiming ta = a.next(i * 5000, 30000, 0.15, 0);
            const SandboxTiming tb = b.next(i * 5000, 30000, 0.15, 0);
            QCOMPARE(ta.dueAt, tb.dueAt);
            differs = differs || c.next(i * 5000, 30000, 0.15, 0).dueAt != ta.dueAt;
        }
        QVERIFY(differs);
    }

    void driftAppliesTheFactorWithJitter()
    {
        SandboxLoadProfile p(SandboxLoad::Drift, 5, 1.0, 0);
        double minRatio = 10, maxRatio = 0;
        for (int i = 0; i < 400; ++i) {
            const qint64 at = i * 3000;
            const SandboxTiming t = p.next(at, 40000, 0.15, 0);
            QCOMPARE(t.factor, p.factorAt(at));
            // processing lasts 0.85 of the stretched total
            const double ratio = double(t.dueAt - t.processingAt) / (0.85 * 40000 * t.factor);
            minRatio = qMin(minRatio, ratio);
            maxRatio = qMax(maxRatio, ratio);
        }
        QVERIFY(minRatio >= 0.849 && minRatio < 0.9);
        QVERIFY(maxRatio <= 1.151 && maxRatio > 1.1);
    }

    void driftHoldsInQueueWhileTheFactorIsHigh()
    {
        SandboxLoadProfile p(SandboxLoad::Drift, 11, 1.0, 0);
        int high = 0, low = 0;
        for (qint64 at = 0; at < 20 * 60 * 1000; at += 2000) {
            const double f = p.factorAt(at);
            const SandboxTiming t = p.next(at, 30000, 0.15, 0);
            const double queued = double(t.processingAt - at);
            const double stretched = double(t.dueAt - t.processingAt) / 0.85;
            const double held = queued - 0.15 * stretched; // beyond the usual queue time
            if (f > SandboxLoadProfile::kHoldAbove + 0.2) {
                ++high;
                QVERIFY2(held >= 0.2 * 30000 - 2, qPrintable(QString::number(held)));
            } else if (f < SandboxLoadProfile::kHoldAbove) {
                ++low;
                QVERIFY2(std::abs(held) <= 2, qPrintable(QString::number(held)));
            }
        }
        QVERIFY(high > 10 && low > 10);
    }

    void spikyHasRareSlowOutliers()
    {
        SandboxLoadProfile p(SandboxLoad::Spiky, 2, 1.0, 0);
        int outliers = 0;
        const int n = 2000;
        for (int i = 0; i < n; ++i) {
            const SandboxTiming t = p.next(i * 1000, 20000, 0.15, 0);
            const double stretch = double(t.dueAt - i * 1000) / 20000.0;
            if (t.outlier) {
                ++outliers;
                QVERIFY(t.factor >= 3.0 && t.factor <= 5.0);
                QVERIFY(stretch >= 3.0 * 0.85 && stretch <= 5.0 * 1.15);
            } else {
                QCOMPARE(t.factor, 1.0);
                QVERIFY(stretch >= 0.849 && stretch <= 1.151);
            }
        }
        QVERIFY2(outliers >= n / 100 && outliers <= n / 12, qPrintable(QString::number(outliers)));
    }
};

QTEST_GUILESS_MAIN(TestSandboxLoadProfile)
#include "tst_sandboxloadprofile.moc"

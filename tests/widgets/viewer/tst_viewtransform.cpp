#include "widgets/viewer/ViewTransform.h"

#include <QTest>

using fr::ViewTransform;

namespace {

bool fuzzyPoint(const QPointF &a, const QPointF &b, double tolerance = 1e-6)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

} // namespace

class tst_ViewTransform : public QObject
{
    Q_OBJECT
private slots:
    void fitScale_data();
    void fitScale();
    void fitMargin();
    void fitFollowsResize();
    void zoomAtKeepsPointFixed_data();
    void zoomAtKeepsPointFixed();
    void scaleIsClamped();
    void panClamping_data();
    void panClamping();
    void normalizedCenterRoundTrip_data();
    void normalizedCenterRoundTrip();
    void zoomLadder();
    void emptyImageIsHarmless();
};

void tst_ViewTransform::fitScale_data()
{
    QTest::addColumn<QSizeF>("image");
    QTest::addColumn<QSizeF>("view");
    QTest::addColumn<double>("expected");
    QTest::newRow("portrait in landscape") << QSizeF(1200, 1600) << QSizeF(800, 800) << 0.5;
    QTest::newRow("landscape in portrait") << QSizeF(1600, 1200) << QSizeF(800, 1000) << 0.5;
    QTest::newRow("4k result in a pane") << QSizeF(3072, 4096) << QSizeF(700, 760) << 760.0 / 4096;
    QTest::newRow("exact") << QSizeF(400, 300) << QSizeF(400, 300) << 1.0;
    QTest::newRow("small image is enlarged") << QSizeF(100, 100) << QSizeF(400, 300) << 3.0;
}

void tst_ViewTransform::fitScale()
{
    QFETCH(QSizeF, image);
    QFETCH(QSizeF, view);
    QFETCH(double, expected);
    const ViewTransform t(image, view);
    QVERIFY(t.isFit());
    QCOMPARE(t.fitScale(), expected);
    QCOMPARE(t.scale(), expected);
    QCOMPARE(t.normalizedCenter(), QPointF(0.5, 0.5));
    // The fitted image is centred in the view and touches two of its edges.
    const QRectF shown = t.imageRectInView();
    QVERIFY(fuzzyPoint(shown.center(), QPointF(view.width() / 2, view.height() / 2)));
    QVERIFY(qFuzzyCompare(shown.width(), view.width()) ||
            qFuzzyCompare(shown.height(), view.height()));
}

void tst_ViewTransform::fitMargin()
{
    ViewTransform t(QSizeF(1000, 1000), QSizeF(520, 600));
    t.setFitMargin(10);
    QCOMPARE(t.scale(), 0.5);
    QCOMPARE(t.imageRectInView(), QRectF(10, 50, 500, 500));
    // In a tiny view the margin gives way to the image.
    t.setViewSize(QSizeF(30, 30));
    QCOMPARE(t.scale(), 0.02);
}

void tst_ViewTransform::fitFollowsResize()
{
    ViewTransform t(QSizeF(1000, 1000), QSizeF(500, 500));
    t.setViewSize(QSizeF(250, 400));
    QCOMPARE(t.scale(), 0.25);
    t.setScale(1.0);
    t.setViewSize(QSizeF(500, 500));
    QVERIFY(!t.isFit());
    QCOMPARE(t.scale(), 1.0); // a chosen zoom survives a resize
}

void tst_ViewTransform::zoomAtKeepsPointFixed_data()
{
    QTest::addColumn<double>("startScale");
    QTest::addColumn<QPointF>("viewPos");
    QTest::addColumn<double>("newScale");
    QTest::newRow("in from 100 % off centre") << 1.0 << QPointF(120, 90) << 2.0;
    QTest::newRow("in from 100 % near corner") << 1.0 << QPointF(780, 590) << 4.0;
    QTest::newRow("out from 400 %") << 4.0 << QPointF(300, 200) << 1.5;
    QTest::newRow("wheel step") << 1.0 << QPointF(400, 300) << 1.2;
    QTest::newRow("to max") << 3.0 << QPointF(10, 10) << 16.0;
}

void tst_ViewTransform::zoomAtKeepsPointFixed()
{
    QFETCH(double, startScale);
    QFETCH(QPointF, viewPos);
    QFETCH(double, newScale);
    ViewTransform t(QSizeF(3000, 4000), QSizeF(800, 600));
    t.setScale(startScale);
    const QPointF before = t.mapToImage(viewPos);
    t.zoomAt(viewPos, newScale);
    QCOMPARE(t.scale(), newScale);
    QVERIFY2(fuzzyPoint(t.mapToImage(viewPos), before, 1e-6),
             qPrintable(QStringLiteral("moved to %1,%2")
                            .arg(t.mapToImage(viewPos).x())
                            .arg(t.mapToImage(viewPos).y())));
    QVERIFY(fuzzyPoint(t.mapToView(before), viewPos, 1e-6));
}

void tst_ViewTransform::scaleIsClamped()
{
    ViewTransform t(QSizeF(3000, 4000), QSizeF(800, 600));
    t.setScale(100.0);
    QCOMPARE(t.scale(), ViewTransform::kMaxScale);
    t.setScale(0.001);
    QCOMPARE(t.scale(), t.fitScale()); // never smaller than the overview
    t.setScale(std::numeric_limits<double>::quiet_NaN());
    QCOMPARE(t.scale(), t.minScale());

    // A small image can be shown at 100 % although its fit is larger.
    ViewTransform small(QSizeF(100, 100), QSizeF(400, 400));
    small.setScale(0.5);
    QCOMPARE(small.scale(), 1.0);
}

void tst_ViewTransform::panClamping_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<QPointF>("delta");
    QTest::addColumn<QPointF>("expectedCenter");
    // Image 2000x1000 in an 800x600 view.
    QTest::newRow("small pan moves") << 1.0 << QPointF(-100, -50) << QPointF(1100, 550);
    QTest::newRow("far right stops at the edge") << 1.0 << QPointF(-5000, 0) << QPointF(1600, 500);
    QTest::newRow("far left stops at the edge") << 1.0 << QPointF(5000, 0) << QPointF(400, 500);
    QTest::newRow("far down stops") << 1.0 << QPointF(0, -5000) << QPointF(1000, 700);
    QTest::newRow("at 2x the delta halves") << 2.0 << QPointF(-200, 100) << QPointF(1100, 450);
    // At 0.5 the image is 1000x500: wider than the view, lower than it, so y stays centred.
    QTest::newRow("smaller axis stays centred") << 0.5 << QPointF(-50, -300) << QPointF(1100, 500);
    QTest::newRow("fit cannot pan") << 0.4 << QPointF(-300, 300) << QPointF(1000, 500);
}

void tst_ViewTransform::panClamping()
{
    QFETCH(double, scale);
    QFETCH(QPointF, delta);
    QFETCH(QPointF, expectedCenter);
    ViewTransform t(QSizeF(2000, 1000), QSizeF(800, 600));
    t.setScale(scale);
    QCOMPARE(t.center(), QPointF(1000, 500));
    t.panBy(delta);
    QVERIFY2(fuzzyPoint(t.center(), expectedCenter),
             qPrintable(QStringLiteral("%1,%2").arg(t.center().x()).arg(t.center().y())));
    QVERIFY(!t.isFit());
    // Nothing outside the image is ever shown on an axis larger than the view.
    const QRectF shown = t.imageRectInView();
    if (shown.width() >= 800)
        QVERIFY(shown.left() <= 1e-9 && shown.right() >= 800 - 1e-9);
}

void tst_ViewTransform::normalizedCenterRoundTrip_data()
{
    QTest::addColumn<QSizeF>("image");
    QTest::addColumn<QPointF>("normalized");
    QTest::newRow("portrait") << QSizeF(1200, 1600) << QPointF(0.3, 0.7);
    QTest::newRow("4k") << QSizeF(3072, 4096) << QPointF(0.61, 0.25);
    QTest::newRow("middle") << QSizeF(999, 777) << QPointF(0.5, 0.5);
}

void tst_ViewTransform::normalizedCenterRoundTrip()
{
    QFETCH(QSizeF, image);
    QFETCH(QPointF, normalized);
    ViewTransform t(image, QSizeF(400, 300));
    t.setView(2.0, normalized);
    QVERIFY(fuzzyPoint(t.normalizedCenter(), normalized));
    // The same view applied to an image of another size shows the same relative spot.
    ViewTransform other(image * 2.5, QSizeF(400, 300));
    other.setView(2.0, t.normalizedCenter());
    QVERIFY(fuzzyPoint(other.normalizedCenter(), normalized));
}

void tst_ViewTransform::zoomLadder()
{
    ViewTransform t(QSizeF(4000, 4000), QSizeF(1000, 1000));
    QCOMPARE(t.scale(), 0.25);
    QCOMPARE(t.nextZoomIn(), 0.3333);
    t.setScale(1.0);
    QCOMPARE(t.nextZoomIn(), 1.5);
    QCOMPARE(t.nextZoomOut(), 0.6667);
    t.setScale(0.3);
    QCOMPARE(t.nextZoomOut(), 0.25); // clamped at the fit
    t.setScale(16.0);
    QCOMPARE(t.nextZoomIn(), 16.0);
}

void tst_ViewTransform::emptyImageIsHarmless()
{
    ViewTransform t;
    QCOMPARE(t.fitScale(), 1.0);
    t.zoomAt(QPointF(10, 10), 2.0);
    t.panBy(QPointF(5, 5));
    QCOMPARE(t.normalizedCenter(), QPointF(0.5, 0.5));
    QVERIFY(t.visibleImageRect().isEmpty());
}

QTEST_APPLESS_MAIN(tst_ViewTransform)
#include "tst_viewtransform.moc"

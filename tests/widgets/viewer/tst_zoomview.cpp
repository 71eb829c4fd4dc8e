#include "core/images/WorkerPool.h"
#include "widgets/viewer/ZoomView.h"

#include <QApplication>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QWheelEvent>

#include <cmath>

using fr::ViewTransform;
using fr::ZoomView;

namespace {

const QSize kViewSize(400, 300);

bool near(const QPointF &a, const QPointF &b, double tolerance = 0.5)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

QString describe(const QPointF &p)
{
    return QStringLiteral("(%1, %2)").arg(p.x()).arg(p.y());
}

// A picture with structure (coloured quadrants), so a wrong placement would show.
QImage picture(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(200, 196, 188));
    QPainter p(&image);
    p.fillRect(QRect(0, 0, size.width() / 2, size.height() / 2), QColor(176, 58, 72));
    p.fillRect(QRect(size.width() / 2, size.height() / 2, size.width() / 2, size.height() / 2),
               QColor(40, 90, 150));
    return image;
}

void wheel(QWidget *widget, const QPointF &pos, int delta)
{
    QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

void mouse(QWidget *widget, QEvent::Type type, const QPointF &pos, Qt::MouseButton button,
           Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

void drag(QWidget *widget, const QPointF &from, const QPointF &to)
{
    mouse(widget, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    mouse(widget, QEvent::MouseMove, (from + to) / 2, Qt::NoButton, Qt::LeftButton);
    mouse(widget, QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
    mouse(widget, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

} // namespace

class tst_ZoomView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loadsOffThreadAndFits();
    void unreadableFileReportsAnError();
    void staleLoadIsNotShown();
    void preloadedImageShowsAtOnce();
    void fitAndActualSize();
    void keysAndDoubleClick();
    void wheelKeepsThePointUnderTheCursor_data();
    void wheelKeepsThePointUnderTheCursor();
    void dragPans();
    void noPanWhileTheImageFits();
    void zoomIsClampedToItsLimits();
    void viewChangedSynchronisesViews();

private:
    void loadLarge();

    QTemporaryDir m_dir;
    QString m_large; // 1200x1600: larger than the view at 100 %
    QString m_small; // 100x80: smaller than the view at 100 %
    std::unique_ptr<ZoomView> m_view;
};

void tst_ZoomView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_large = m_dir.filePath(QStringLiteral("large.png"));
    m_small = m_dir.filePath(QStringLiteral("small.png"));
    QVERIFY(picture(QSize(1200, 1600)).save(m_large));
    QVERIFY(picture(QSize(100, 80)).save(m_small));
}

void tst_ZoomView::init()
{
    m_view = std::make_unique<ZoomView>();
    m_view->resize(kViewSize);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QCOMPARE(m_view->viewTransform().viewSize(), QSizeF(kViewSize));
}

void tst_ZoomView::cleanup()
{
    m_view.reset();
}

void tst_ZoomView::loadLarge()
{
    m_view->setImagePath(m_large);
    QTRY_VERIFY(m_view->hasImage());
    QCOMPARE(m_view->imageSize(), QSize(1200, 1600));
}

void tst_ZoomView::loadsOffThreadAndFits()
{
    QSignalSpy loaded(m_view.get(), &ZoomView::imageLoaded);
    QSignalSpy changed(m_view.get(), &ZoomView::viewChanged);
    m_view->setImagePath(m_large);
    // Decoding runs in a worker: the call returns at once with the placeholder up.
    QCOMPARE(m_view->imagePath(), m_large);
    QVERIFY(m_view->isLoading());
    QVERIFY(!m_view->hasImage());
    QCOMPARE(loaded.count(), 0);

    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().at(0).toSize(), QSize(1200, 1600));
    QVERIFY(m_view->hasImage());
    QVERIFY(!m_view->isLoading());
    QVERIFY(!m_view->hasError());
    QCOMPARE(m_view->imageSize(), QSize(1200, 1600));
    // A new image opens fitted and centred, and loading is not a user's view change.
    QVERIFY(m_view->isFit());
    QCOMPARE(m_view->zoom(), m_view->fitZoom());
    QVERIFY(m_view->fitZoom() < 0.2);
    QCOMPARE(m_view->center(), QPointF(0.5, 0.5));
    const QRectF shown = m_view->viewTransform().imageRectInView();
    QVERIFY(near(shown.center(), QPointF(kViewSize.width() / 2.0, kViewSize.height() / 2.0)));
    QVERIFY(QRectF(QPointF(0, 0), QSizeF(kViewSize)).contains(shown));
    QCOMPARE(changed.count(), 0);

    // Painted: the centre of the view shows the image, not the background.
    const QImage grab = m_view->grab().toImage();
    const QPoint topLeftQuadrant = shown.topLeft().toPoint() + QPoint(20, 20);
    QCOMPARE(QColor(grab.pixel(topLeftQuadrant)), QColor(176, 58, 72));

    // Cleared: nothing shown, nothing loading.
    m_view->clear();
    QVERIFY(!m_view->hasImage());
    QVERIFY(!m_view->isLoading());
}

void tst_ZoomView::unreadableFileReportsAnError()
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.png"));
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a png at all");
    }
    QSignalSpy failed(m_view.get(), &ZoomView::loadFailed);
    m_view->setImagePath(broken);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), broken);
    QVERIFY(m_view->hasError());
    QVERIFY(!m_view->errorString().isEmpty());
    QVERIFY(!m_view->hasImage());
    QVERIFY(!m_view->isLoading());

    // The next good image clears the error.
    loadLarge();
    QVERIFY(!m_view->hasError());
}

// Lets every decode started so far finish and be handed back to the view.
static void finishBackgroundWork()
{
    fr::workerPool()->waitForDone(); // the studio's decodes run there (see WorkerPool.h)
    QCoreApplication::sendPostedEvents();
}

void tst_ZoomView::staleLoadIsNotShown()
{
    QSignalSpy loaded(m_view.get(), &ZoomView::imageLoaded);
    m_view->setImagePath(m_large);
    m_view->setImagePath(m_small); // moved on before the first one is decoded
    finishBackgroundWork();
    QTRY_COMPARE(loaded.count(), 1);
    // Both decodes are back; only the one still wanted is shown, whichever came last.
    QCOMPARE(m_view->imagePath(), m_small);
    QCOMPARE(m_view->imageSize(), QSize(100, 80));
    QCOMPARE(loaded.first().at(0).toSize(), QSize(100, 80));
}

void tst_ZoomView::preloadedImageShowsAtOnce()
{
    m_view->setImagePath(m_small);
    m_view->preload({m_large});
    finishBackgroundWork();
    QTRY_VERIFY(m_view->hasImage());
    QCOMPARE(m_view->imageSize(), QSize(100, 80)); // preloading does not show anything

    // Decoded already: no placeholder, no wait.
    QSignalSpy loaded(m_view.get(), &ZoomView::imageLoaded);
    m_view->setImagePath(m_large);
    QVERIFY(!m_view->isLoading());
    QVERIFY(m_view->hasImage());
    QCOMPARE(m_view->imageSize(), QSize(1200, 1600));
    QCOMPARE(loaded.count(), 1);
    QVERIFY(m_view->isFit());
}

void tst_ZoomView::fitAndActualSize()
{
    loadLarge();
    QSignalSpy changed(m_view.get(), &ZoomView::viewChanged);

    m_view->actualSize();
    QCOMPARE(m_view->zoom(), 1.0);
    QVERIFY(!m_view->isFit());
    // About the view's centre: the middle of the image stays in the middle.
    QCOMPARE(m_view->center(), QPointF(0.5, 0.5));
    QCOMPARE(m_view->viewTransform().imageRectInView().size(), QSizeF(1200, 1600));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().at(0).toDouble(), 1.0);

    m_view->fit();
    QVERIFY(m_view->isFit());
    QCOMPARE(m_view->zoom(), m_view->fitZoom());
    QCOMPARE(m_view->center(), QPointF(0.5, 0.5));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().at(0).toDouble(), m_view->fitZoom());

    // Fit follows the view's size; 100 % does not.
    m_view->resize(800, 600);
    QTRY_COMPARE(m_view->viewTransform().viewSize(), QSizeF(800, 600));
    QCOMPARE(m_view->zoom(), m_view->fitZoom());
    QVERIFY(m_view->viewTransform().imageRectInView().height() > 500);
    m_view->actualSize();
    m_view->resize(kViewSize);
    QTRY_COMPARE(m_view->viewTransform().viewSize(), QSizeF(kViewSize));
    QCOMPARE(m_view->zoom(), 1.0);
}

void tst_ZoomView::keysAndDoubleClick()
{
    loadLarge();
    QSignalSpy changed(m_view.get(), &ZoomView::viewChanged);
    QTest::keyClick(m_view.get(), Qt::Key_1);
    QCOMPARE(m_view->zoom(), 1.0);
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QCOMPARE(m_view->zoom(), 1.5);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QCOMPARE(m_view->zoom(), 1.0);
    QTest::keyClick(m_view.get(), Qt::Key_0);
    QVERIFY(m_view->isFit());
    QCOMPARE(changed.count(), 4);

    // Double-click: 100 % on the pixels under the cursor, then back to fit.
    const QPointF at(150, 120);
    const QPointF imagePoint = m_view->viewTransform().mapToImage(at);
    mouse(m_view.get(), QEvent::MouseButtonDblClick, at, Qt::LeftButton, Qt::LeftButton);
    QCOMPARE(m_view->zoom(), 1.0);
    QVERIFY2(near(m_view->viewTransform().mapToView(imagePoint), at),
             qPrintable(describe(m_view->viewTransform().mapToView(imagePoint))));
    mouse(m_view.get(), QEvent::MouseButtonDblClick, at, Qt::LeftButton, Qt::LeftButton);
    QVERIFY(m_view->isFit());
    QCOMPARE(changed.count(), 6);
}

void tst_ZoomView::wheelKeepsThePointUnderTheCursor_data()
{
    QTest::addColumn<QPointF>("cursor");
    QTest::addColumn<int>("delta");
    QTest::newRow("in, upper left") << QPointF(100, 80) << 120;
    QTest::newRow("in, lower right") << QPointF(310, 240) << 120;
    QTest::newRow("in, touchpad step") << QPointF(250, 100) << 15;
    QTest::newRow("out, upper right") << QPointF(320, 60) << -120;
    QTest::newRow("in, three notches") << QPointF(180, 200) << 360;
}

void tst_ZoomView::wheelKeepsThePointUnderTheCursor()
{
    QFETCH(QPointF, cursor);
    QFETCH(int, delta);
    loadLarge();
    // From 200 %, well inside the image, so no edge clamping gets in the way.
    m_view->setView(2.0, QPointF(0.5, 0.5));
    const double before = m_view->zoom();
    const QPointF imagePoint = m_view->viewTransform().mapToImage(cursor);
    QSignalSpy changed(m_view.get(), &ZoomView::viewChanged);

    wheel(m_view.get(), cursor, delta);
    QCOMPARE(changed.count(), 1);
    const double after = m_view->zoom();
    QVERIFY2(delta > 0 ? after > before : after < before,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QCOMPARE(changed.first().at(0).toDouble(), after);
    const QPointF now = m_view->viewTransform().mapToView(imagePoint);
    QVERIFY2(near(now, cursor),
             qPrintable(describe(now) + QStringLiteral(" != ") + describe(cursor)));
    // The image point under the cursor is still the image point under the cursor.
    QVERIFY(near(m_view->viewTransform().mapToImage(cursor), imagePoint, 0.5 / after));
}

void tst_ZoomView::dragPans()
{
    loadLarge();
    m_view->actualSize();
    QCOMPARE(m_view->cursor().shape(), Qt::OpenHandCursor);
    const QPointF from(200, 150);
    const QPointF to(140, 110);
    const QPointF grabbed = m_view->viewTransform().mapToImage(from);
    const QPointF centreBefore = m_view->viewTransform().center();
    QSignalSpy changed(m_view.get(), &ZoomView::viewChanged);

    drag(m_view.get(), from, to);
    // The image follows the hand: the grabbed point is now under the release point.
    QVERIFY2(near(m_view->viewTransform().mapToView(grabbed), to),
             qPrintable(describe(m_view->viewTransform().mapToView(grabbed))));
    QCOMPARE(m_view->viewTransform().center(), centreBefore + QPointF(60, 40));
    QCOMPARE(m_view->zoom(), 1.0);
    QCOMPARE(changed.count(), 2); // one per move, so a linked view follows live
    QCOMPARE(changed.last().at(1).toPointF(), m_view->center());

    // Dragged far past an edge: the image stops at it instead of drifting out of view.
    for (int i = 0; i < 5; ++i)
        drag(m_view.get(), QPointF(10, 10), QPointF(390, 290));
    QCOMPARE(m_view->viewTransform().imageRectInView().topLeft(), QPointF(0, 0));
    QCOMPARE(m_view->cursor().shape(), Qt::OpenHandCursor);
}

void tst_ZoomView::noPanWhileTheImageFits()
{
    loadLarge();
    QVERIFY(m_view->isFit());
    QVERIFY(m_view->cursor().shape() != Qt::OpenHandCursor);
    const QPointF centre = m_view->viewTransform().center();
    QSignalSpy changed(m_view.get(), &ZoomView::viewChanged);
    drag(m_view.get(), QPointF(200, 150), QPointF(120, 90));
    QCOMPARE(m_view->viewTransform().center(), centre);
    QVERIFY(m_view->isFit());
    QCOMPARE(changed.count(), 0);
}

void tst_ZoomView::zoomIsClampedToItsLimits()
{
    loadLarge();
    // Up: never past 1600 %, however hard the wheel spins.
    for (int i = 0; i < 12; ++i)
        wheel(m_view.get(), QPointF(200, 150), 1200);
    QCOMPARE(m_view->zoom(), ViewTransform::kMaxScale);
    m_view->zoomIn();
    QCOMPARE(m_view->zoom(), ViewTransform::kMaxScale);
    // Down: never below fit for a large image.
    for (int i = 0; i < 12; ++i)
        wheel(m_view.get(), QPointF(200, 150), -1200);
    QCOMPARE(m_view->zoom(), m_view->fitZoom());
    m_view->zoomOut();
    QCOMPARE(m_view->zoom(), m_view->fitZoom());
    // Programmatic views are held to the same limits.
    m_view->setView(100.0, QPointF(0.5, 0.5));
    QCOMPARE(m_view->zoom(), ViewTransform::kMaxScale);
    m_view->setView(0.001, QPointF(0.5, 0.5));
    QCOMPARE(m_view->zoom(), m_view->fitZoom());

    // A small image: fit enlarges it, but zooming out stops at 100 %, not below.
    m_view->setImagePath(m_small);
    QTRY_COMPARE(m_view->imageSize(), QSize(100, 80));
    QVERIFY(m_view->fitZoom() > 1.0);
    for (int i = 0; i < 12; ++i)
        m_view->zoomOut();
    QCOMPARE(m_view->zoom(), 1.0);
    for (int i = 0; i < 30; ++i)
        m_view->zoomIn();
    QCOMPARE(m_view->zoom(), ViewTransform::kMaxScale);
}

void tst_ZoomView::viewChangedSynchronisesViews()
{
    loadLarge();
    ZoomView follower;
    follower.resize(kViewSize);
    follower.show();
    QVERIFY(QTest::qWaitForWindowExposed(&follower));
    follower.setImagePath(m_large);
    QTRY_VERIFY(follower.hasImage());
    connect(m_view.get(), &ZoomView::viewChanged, &follower, &ZoomView::setView);
    connect(&follower, &ZoomView::viewChanged, m_view.get(), &ZoomView::setView);
    QSignalSpy leaderChanged(m_view.get(), &ZoomView::viewChanged);
    QSignalSpy followerChanged(&follower, &ZoomView::viewChanged);

    // Every kind of user action is announced, with the zoom and centre after it.
    m_view->actualSize();
    wheel(m_view.get(), QPointF(120, 90), 240);
    drag(m_view.get(), QPointF(200, 150), QPointF(260, 170));
    m_view->zoomOut();
    m_view->zoomIn();
    QCOMPARE(leaderChanged.count(), 1 + 1 + 2 + 1 + 1);
    QCOMPARE(leaderChanged.last().at(0).toDouble(), m_view->zoom());
    QCOMPARE(leaderChanged.last().at(1).toPointF(), m_view->center());
    QCOMPARE(follower.zoom(), m_view->zoom());
    QCOMPARE(follower.center(), m_view->center());
    QCOMPARE(m_view->zoom(), 1.5);

    // setView() is silent: the follower does not echo back (no loop), and the other way
    // round works the same.
    QCOMPARE(followerChanged.count(), 0);
    follower.fit();
    QCOMPARE(followerChanged.count(), 1);
    QCOMPARE(m_view->zoom(), follower.zoom());
    QCOMPARE(leaderChanged.count(), 6);

    // setFitView keeps following the view's size and is silent too.
    m_view->actualSize();
    follower.setFitView();
    QVERIFY(follower.isFit());
    QCOMPARE(followerChanged.count(), 1);
}

QTEST_MAIN(tst_ZoomView)
#include "tst_zoomview.moc"

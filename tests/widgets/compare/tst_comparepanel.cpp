#include "widgets/compare/ComparePanel.h"
#include "widgets/compare/WipeView.h"
#include "widgets/viewer/TestResults.h"
#include "widgets/viewer/ZoomView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using fr::ComparePanel;
using fr::ZoomView;

namespace {

void wheel(QWidget *target, const QPointF &pos, int delta)
{
    QWheelEvent event(pos, target->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &event);
}

bool near(double a, double b, double tolerance = 0.01)
{
    return std::abs(a - b) <= tolerance * std::max(std::abs(a), std::abs(b));
}

bool nearPoint(const QPointF &a, const QPointF &b)
{
    return std::abs(a.x() - b.x()) < 1e-3 && std::abs(a.y() - b.y()) < 1e-3;
}

} // namespace

class tst_ComparePanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void labelsShowWhatDiffers();
    void inputWithoutSidecar();
    void zoomIsSynchronised();
    void panIsSynchronised();
    void wipeOnlyForTwo();
    void wipeCarriesTheView();
    void keys();
    void render();

private:
    void showPanel(ComparePanel &panel, const QStringList &paths);

    QTemporaryDir m_dir;
    QString m_seed42;
    QString m_seed7;
    QString m_seed9;
    QString m_product;
};

void tst_ComparePanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    fr::test::ResultSpec a;
    fr::test::ResultSpec b;
    b.seed = 7;
    b.mode = "fast";
    b.garment = QColor(52, 96, 140);
    fr::test::ResultSpec c;
    c.seed = 9;
    c.garment = QColor(70, 120, 84);
    m_seed42 = fr::test::writeResult(m_dir.path(), "result-42", a);
    m_seed7 = fr::test::writeResult(m_dir.path(), "result-7", b);
    m_seed9 = fr::test::writeResult(m_dir.path(), "result-9", c);
    fr::test::ResultSpec product;
    product.size = QSize(900, 1200);
    product.garment = QColor(176, 58, 72);
    m_product = fr::test::writeResult(m_dir.path(), "product", product, false);
    QVERIFY(!m_seed42.isEmpty() && !m_seed7.isEmpty() && !m_seed9.isEmpty() &&
            !m_product.isEmpty());
}

void tst_ComparePanel::showPanel(ComparePanel &panel, const QStringList &paths)
{
    panel.resize(1440, 800);
    panel.setImages(paths);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    for (ZoomView *view : panel.paneViews())
        QTRY_VERIFY(view->hasImage());
    if (panel.canWipe())
        QTRY_VERIFY(panel.wipeView()->hasImage() && panel.wipeView()->hasRightImage());
}

void tst_ComparePanel::labelsShowWhatDiffers()
{
    ComparePanel panel;
    panel.setImages({m_seed42, m_seed7});
    QCOMPARE(panel.labels(), (QStringList{"seed 42 · quality", "seed 7 · fast"}));
    const QList<QLabel *> shown = panel.findChildren<QLabel *>("compareLabel");
    QCOMPARE(shown.size(), 2);
    QStringList texts;
    for (QLabel *label : shown)
        texts.append(label->text());
    QVERIFY(texts.contains("seed 42 · quality"));
    QVERIFY(texts.contains("seed 7 · fast"));
}

void tst_ComparePanel::inputWithoutSidecar()
{
    ComparePanel panel;
    panel.setImages({m_product, m_seed42, m_seed9});
    QCOMPARE(panel.labels(), (QStringList{"Input · product.png", "seed 42", "seed 9"}));
    QCOMPARE(panel.paneViews().size(), 3);
}

void tst_ComparePanel::zoomIsSynchronised()
{
    ComparePanel panel;
    showPanel(panel, {m_seed42, m_seed7, m_seed9});
    const QList<ZoomView *> views = panel.paneViews();
    ZoomView *first = views.first();
    const double fit = first->zoom();

    const QPointF at(first->width() * 0.3, first->height() * 0.4);
    wheel(first, at, 240);
    QVERIFY(first->zoom() > fit * 1.3);
    QVERIFY(!nearPoint(first->center(), QPointF(0.5, 0.5))); // zoomed about the cursor
    for (ZoomView *other : views.mid(1)) {
        QVERIFY2(near(other->zoom(), first->zoom()),
                 qPrintable(QString("%1 vs %2").arg(other->zoom()).arg(first->zoom())));
        QVERIFY(nearPoint(other->center(), first->center()));
        QVERIFY(!other->isFit());
    }

    // Zooming another pane leads as well.
    wheel(views.last(), QPointF(50, 50), 120);
    QVERIFY(near(first->zoom(), views.last()->zoom()));
    QVERIFY(nearPoint(first->center(), views.last()->center()));
}

void tst_ComparePanel::panIsSynchronised()
{
    ComparePanel panel;
    showPanel(panel, {m_seed42, m_seed7});
    ZoomView *left = panel.paneViews().at(0);
    ZoomView *right = panel.paneViews().at(1);
    left->actualSize();
    QVERIFY(near(right->zoom(), 1.0));
    const QPointF before = right->center();
    QTest::mousePress(right, Qt::LeftButton, {}, QPoint(300, 300));
    QTest::mouseMove(right, QPoint(200, 250));
    QTest::mouseMove(right, QPoint(150, 200));
    QTest::mouseRelease(right, Qt::LeftButton, {}, QPoint(150, 200));
    QVERIFY(!nearPoint(right->center(), before));
    QVERIFY(nearPoint(left->center(), right->center()));
}

void tst_ComparePanel::wipeOnlyForTwo()
{
    ComparePanel panel;
    panel.setImages({m_seed42, m_seed7, m_seed9});
    QVERIFY(!panel.canWipe());
    panel.setMode(ComparePanel::Mode::Wipe);
    QCOMPARE(panel.mode(), ComparePanel::Mode::SideBySide);
    QTest::keyClick(&panel, Qt::Key_W);
    QCOMPARE(panel.mode(), ComparePanel::Mode::SideBySide);
    QAbstractButton *wipeButton = nullptr;
    for (QAbstractButton *b : panel.findChildren<QAbstractButton *>())
        if (b->text() == "Wipe")
            wipeButton = b;
    QVERIFY(wipeButton);
    QVERIFY(!wipeButton->isEnabled());

    panel.setImages({m_seed42, m_seed7});
    QVERIFY(wipeButton->isEnabled());
    QSignalSpy modes(&panel, &ComparePanel::modeChanged);
    QTest::keyClick(&panel, Qt::Key_W);
    QCOMPARE(panel.mode(), ComparePanel::Mode::Wipe);
    QCOMPARE(modes.size(), 1);
    QVERIFY(panel.wipeView()->isVisibleTo(&panel));

    // Going from two to three pictures leaves the wipe.
    panel.setImages({m_seed42, m_seed7, m_seed9});
    QCOMPARE(panel.mode(), ComparePanel::Mode::SideBySide);
}

void tst_ComparePanel::wipeCarriesTheView()
{
    ComparePanel panel;
    showPanel(panel, {m_seed42, m_seed7});
    ZoomView *left = panel.paneViews().at(0);
    wheel(left, QPointF(left->width() * 0.5, left->height() * 0.3), 360);
    const double relative = left->zoom() / left->fitZoom();
    const QPointF center = left->center();
    panel.setMode(ComparePanel::Mode::Wipe);
    fr::WipeView *wipe = panel.wipeView();
    QVERIFY(near(wipe->zoom() / wipe->fitZoom(), relative));
    QVERIFY(nearPoint(wipe->center(), center));

    // Dragging the divider moves it; it does not pan.
    const QPointF before = wipe->center();
    const int x = int(wipe->divider() * wipe->width());
    QTest::mousePress(wipe, Qt::LeftButton, {}, QPoint(x, 100));
    QTest::mouseMove(wipe, QPoint(x - 200, 120));
    QTest::mouseRelease(wipe, Qt::LeftButton, {}, QPoint(x - 200, 120));
    QVERIFY(wipe->divider() < 0.45);
    QVERIFY(nearPoint(wipe->center(), before));

    // The wipe leads too: zooming it moves the side-by-side panes.
    wheel(wipe, QPointF(200, 200), -120);
    QVERIFY(near(left->zoom() / left->fitZoom(), wipe->zoom() / wipe->fitZoom()));
}

void tst_ComparePanel::keys()
{
    ComparePanel panel;
    showPanel(panel, {m_seed42, m_seed7});
    QSignalSpy close(&panel, &ComparePanel::closeRequested);
    ZoomView *left = panel.paneViews().at(0);
    ZoomView *right = panel.paneViews().at(1);

    QTest::keyClick(left, Qt::Key_1);
    QCOMPARE(left->zoom(), 1.0);
    QCOMPARE(right->zoom(), 1.0);
    QTest::keyClick(left, Qt::Key_F);
    QVERIFY(left->isFit() && right->isFit());
    QTest::keyClick(right, Qt::Key_Plus);
    QVERIFY(!left->isFit());
    QVERIFY(near(left->zoom(), right->zoom()));
    QTest::keyClick(left, Qt::Key_Escape);
    QCOMPARE(close.size(), 1);
}

void tst_ComparePanel::render()
{
    // For eyes, not asserts: FR_RENDER_DIR=/tmp/x writes what the designer looks at.
    const QString out = qEnvironmentVariable("FR_RENDER_DIR");
    if (out.isEmpty())
        QSKIP("set FR_RENDER_DIR to write screenshots");
    ComparePanel panel;
    showPanel(panel, {m_seed42, m_seed7});
    QVERIFY(panel.grab().save(out + "/compare-side-by-side.png"));
    wheel(panel.paneViews().at(0), QPointF(360, 300), 480);
    QVERIFY(panel.grab().save(out + "/compare-zoomed.png"));
    panel.fitAll();
    panel.setMode(ComparePanel::Mode::Wipe);
    panel.wipeView()->setDivider(0.55);
    QVERIFY(panel.grab().save(out + "/compare-wipe.png"));

    ComparePanel four;
    fr::test::ResultSpec d;
    d.seed = 1234;
    d.resolution = "4k";
    d.garment = QColor(190, 150, 60);
    const QString seed1234 = fr::test::writeResult(m_dir.path(), "result-1234", d);
    showPanel(four, {m_product, m_seed42, m_seed9, seed1234});
    QVERIFY(four.grab().save(out + "/compare-four.png"));
}

QTEST_MAIN(tst_ComparePanel)
#include "tst_comparepanel.moc"

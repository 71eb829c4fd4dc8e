#include "core/images/WorkerPool.h"
#include "widgets/viewer/ProvenanceText.h"
#include "widgets/viewer/TestResults.h"
#include "widgets/viewer/ViewerPanel.h"
#include "widgets/viewer/ZoomView.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>

using fr::ViewerPanel;
using fr::ZoomView;
namespace test = fr::test;

namespace {

QToolButton *button(const ViewerPanel &panel, const QString &text)
{
    for (QToolButton *b : panel.findChildren<QToolButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

QLabel *label(const ViewerPanel &panel, const char *objectName)
{
    return panel.findChild<QLabel *>(QLatin1String(objectName));
}

} // namespace

class tst_ViewerPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheChosenResult();
    void arrowKeysStepThroughResults();
    void endsOfTheList();
    void neighboursAreDecodedAhead();
    void homeEndAndPageKeys();
    void toolbarStepsAndZooms();
    void captionSaysHowTheResultWasMade();
    void emptyList();

private:
    QString currentLabelText(const char *objectName) const
    {
        QLabel *l = label(*m_panel, objectName);
        return l ? l->text() : QStringLiteral("<missing %1>").arg(QLatin1String(objectName));
    }

    QTemporaryDir m_dir;
    QStringList m_paths;
    QString m_bare; // a result without a sidecar
    std::unique_ptr<ViewerPanel> m_panel;
};

void tst_ViewerPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QList<std::pair<QString, test::ResultSpec>> results{
        {QStringLiteral("first"),
         {42, QStringLiteral("quality"), QStringLiteral("2k"), QStringLiteral("studio portrait"),
          QColor(176, 58, 72), QSize(600, 800)}},
        {QStringLiteral("second"),
         {7, QStringLiteral("fast"), QStringLiteral("1k"), QStringLiteral("street, evening"),
          QColor(40, 90, 150), QSize(800, 600)}},
        {QStringLiteral("third"),
         {1234, QStringLiteral("balanced"), QStringLiteral("4k"), QStringLiteral("beach"),
          QColor(60, 140, 80), QSize(500, 500)}},
    };
    for (const auto &[name, spec] : results) {
        const QString path = test::writeResult(m_dir.path(), name, spec);
        QVERIFY(!path.isEmpty());
        m_paths << path;
    }
    m_bare = test::writeResult(m_dir.path(), QStringLiteral("bare"), {}, false);
    QVERIFY(!m_bare.isEmpty());
}

void tst_ViewerPanel::init()
{
    m_panel = std::make_unique<ViewerPanel>();
    m_panel->resize(720, 560);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_ViewerPanel::cleanup()
{
    m_panel.reset();
}

void tst_ViewerPanel::showsTheChosenResult()
{
    QSignalSpy current(m_panel.get(), &ViewerPanel::currentChanged);
    m_panel->setImages(m_paths, 1);
    QCOMPARE(m_panel->images(), m_paths);
    QCOMPARE(m_panel->currentIndex(), 1);
    QCOMPARE(m_panel->currentPath(), m_paths.at(1));
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.first().at(0).toString(), m_paths.at(1));
    QCOMPARE(m_panel->zoomView()->imagePath(), m_paths.at(1));
    QTRY_VERIFY(m_panel->zoomView()->hasImage());
    QCOMPARE(m_panel->zoomView()->imageSize(), QSize(800, 600));
    QVERIFY(m_panel->zoomView()->isFit());
    QCOMPARE(currentLabelText("viewerPosition"), QStringLiteral("2 / 3"));
    QCOMPARE(currentLabelText("viewerFileName"), QStringLiteral("second.png"));

    // An index past the end shows the last result rather than nothing.
    m_panel->setImages(m_paths, 99);
    QCOMPARE(m_panel->currentIndex(), 2);
    m_panel->setImages(m_paths, -5);
    QCOMPARE(m_panel->currentIndex(), 0);
}

void tst_ViewerPanel::arrowKeysStepThroughResults()
{
    m_panel->setImages(m_paths, 0);
    QSignalSpy current(m_panel.get(), &ViewerPanel::currentChanged);
    // The view has the keyboard; the arrows reach the panel through it.
    m_panel->activateWindow();
    m_panel->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_panel->zoomView());

    QTest::keyClick(m_panel->zoomView(), Qt::Key_Right);
    QCOMPARE(m_panel->currentIndex(), 1);
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.last().at(0).toString(), m_paths.at(1));
    QCOMPARE(m_panel->zoomView()->imagePath(), m_paths.at(1));
    QTRY_COMPARE(m_panel->zoomView()->imageSize(), QSize(800, 600));
    QCOMPARE(currentLabelText("viewerPosition"), QStringLiteral("2 / 3"));

    QTest::keyClick(m_panel->zoomView(), Qt::Key_Right);
    QCOMPARE(m_panel->currentIndex(), 2);
    QTRY_COMPARE(m_panel->zoomView()->imageSize(), QSize(500, 500));
    QCOMPARE(currentLabelText("viewerFileName"), QStringLiteral("third.png"));

    QTest::keyClick(m_panel->zoomView(), Qt::Key_Left);
    QCOMPARE(m_panel->currentIndex(), 1);
    QTest::keyClick(m_panel->zoomView(), Qt::Key_Left);
    QCOMPARE(m_panel->currentIndex(), 0);
    QTRY_COMPARE(m_panel->zoomView()->imageSize(), QSize(600, 800));
    QCOMPARE(current.count(), 4);
    QCOMPARE(current.last().at(0).toString(), m_paths.at(0));
}

void tst_ViewerPanel::endsOfTheList()
{
    m_panel->setImages(m_paths, 0);
    QToolButton *previous = button(*m_panel, QStringLiteral("‹"));
    QToolButton *next = button(*m_panel, QStringLiteral("›"));
    QVERIFY(previous && next);
    QSignalSpy current(m_panel.get(), &ViewerPanel::currentChanged);

    // At the start: Left does nothing (no wrap-around), and the button says so.
    QVERIFY(!previous->isEnabled());
    QVERIFY(next->isEnabled());
    QTest::keyClick(m_panel->zoomView(), Qt::Key_Left);
    m_panel->previous();
    QCOMPARE(m_panel->currentIndex(), 0);
    QCOMPARE(current.count(), 0);
    QCOMPARE(m_panel->zoomView()->imagePath(), m_paths.at(0));

    // At the end: Right does nothing.
    m_panel->last();
    QCOMPARE(m_panel->currentIndex(), 2);
    QCOMPARE(current.count(), 1);
    QVERIFY(previous->isEnabled());
    QVERIFY(!next->isEnabled());
    QTest::keyClick(m_panel->zoomView(), Qt::Key_Right);
    m_panel->next();
    QCOMPARE(m_panel->currentIndex(), 2);
    QCOMPARE(current.count(), 1);
    QCOMPARE(m_panel->zoomView()->imagePath(), m_paths.at(2));
    QCOMPARE(currentLabelText("viewerPosition"), QStringLiteral("3 / 3"));

    // In the middle both ways are open.
    m_panel->previous();
    QVERIFY(previous->isEnabled());
    QVERIFY(next->isEnabled());

    // A single result: neither way.
    m_panel->setImages({m_paths.at(0)}, 0);
    QVERIFY(!previous->isEnabled());
    QVERIFY(!next->isEnabled());
    QCOMPARE(currentLabelText("viewerPosition"), QStringLiteral("1 / 1"));
}

void tst_ViewerPanel::neighboursAreDecodedAhead()
{
    m_panel->setImages(m_paths, 1);
    // Let the current result and both neighbours finish decoding.
    fr::workerPool()->waitForDone(); // the studio's decodes run there (see WorkerPool.h)
    QCoreApplication::sendPostedEvents();
    QTRY_VERIFY(m_panel->zoomView()->hasImage());

    // Stepping either way shows the neighbour at once, without a loading placeholder.
    m_panel->next();
    QVERIFY(!m_panel->zoomView()->isLoading());
    QCOMPARE(m_panel->zoomView()->imageSize(), QSize(500, 500));
    m_panel->setImages(m_paths, 1);
    fr::workerPool()->waitForDone(); // the studio's decodes run there (see WorkerPool.h)
    QCoreApplication::sendPostedEvents();
    m_panel->previous();
    QVERIFY(!m_panel->zoomView()->isLoading());
    QCOMPARE(m_panel->zoomView()->imageSize(), QSize(600, 800));
}

void tst_ViewerPanel::homeEndAndPageKeys()
{
    m_panel->setImages(m_paths, 1);
    QTest::keyClick(m_panel->zoomView(), Qt::Key_End);
    QCOMPARE(m_panel->currentIndex(), 2);
    QTest::keyClick(m_panel->zoomView(), Qt::Key_Home);
    QCOMPARE(m_panel->currentIndex(), 0);
    QTest::keyClick(m_panel->zoomView(), Qt::Key_PageDown);
    QCOMPARE(m_panel->currentIndex(), 1);
    QTest::keyClick(m_panel->zoomView(), Qt::Key_PageUp);
    QCOMPARE(m_panel->currentIndex(), 0);
    // The view's own keys still zoom: they do not step.
    QTRY_VERIFY(m_panel->zoomView()->hasImage());
    QTest::keyClick(m_panel->zoomView(), Qt::Key_1);
    QCOMPARE(m_panel->zoomView()->zoom(), 1.0);
    QCOMPARE(m_panel->currentIndex(), 0);
}

void tst_ViewerPanel::toolbarStepsAndZooms()
{
    m_panel->setImages(m_paths, 0);
    ZoomView *view = m_panel->zoomView();
    QTRY_VERIFY(view->hasImage());
    m_panel->activateWindow();
    m_panel->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), view);
    QVERIFY(view->isFit());
    QSignalSpy changed(view, &ZoomView::viewChanged);

    QToolButton *actual = button(*m_panel, QStringLiteral("100 %"));
    QToolButton *fit = button(*m_panel, QStringLiteral("Fit"));
    QToolButton *zoomIn = button(*m_panel, QStringLiteral("+"));
    QToolButton *zoomOut = button(*m_panel, QStringLiteral("−"));
    QVERIFY(actual && fit && zoomIn && zoomOut);

    QTest::mouseClick(actual, Qt::LeftButton);
    QCOMPARE(view->zoom(), 1.0);
    QVERIFY(!view->isFit());
    QTest::mouseClick(zoomIn, Qt::LeftButton);
    QCOMPARE(view->zoom(), 1.5);
    QTest::mouseClick(zoomOut, Qt::LeftButton);
    QCOMPARE(view->zoom(), 1.0);
    QTest::mouseClick(fit, Qt::LeftButton);
    QVERIFY(view->isFit());
    QCOMPARE(view->zoom(), view->fitZoom());
    QCOMPARE(changed.count(), 4);
    // The buttons never take the keyboard from the view: arrows keep stepping.
    QCOMPARE(QApplication::focusWidget(), view);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QCOMPARE(m_panel->currentIndex(), 1);
    m_panel->first();

    QTest::mouseClick(button(*m_panel, QStringLiteral("›")), Qt::LeftButton);
    QCOMPARE(m_panel->currentIndex(), 1);
    QTest::mouseClick(button(*m_panel, QStringLiteral("‹")), Qt::LeftButton);
    QCOMPARE(m_panel->currentIndex(), 0);
}

void tst_ViewerPanel::captionSaysHowTheResultWasMade()
{
    m_panel->setImages(m_paths, 0);
    const QString first = m_panel->caption();
    QCOMPARE(first, fr::provenanceSummary(fr::readSidecar(m_paths.at(0))));
    // The sidecar's model, seed, mode and resolution, in that order.
    QVERIFY2(first.startsWith(QStringLiteral("product-to-model · seed 42 · ")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("quality")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("2k")), qPrintable(first));
    QLabel *caption = label(*m_panel, "viewerCaption");
    QVERIFY(caption);
    QVERIFY(caption->isVisible());
    QCOMPARE(caption->toolTip(), first);
    // Elided to the room it has, never another result's words.
    const QString shown = caption->text();
    QVERIFY2(shown == first ||
                 (shown.endsWith(QStringLiteral("…")) && first.startsWith(shown.chopped(1))),
             qPrintable(shown));

    m_panel->next();
    const QString second = m_panel->caption();
    QVERIFY2(second.contains(QStringLiteral("seed 7")), qPrintable(second));
    QVERIFY2(second.contains(QStringLiteral("fast")), qPrintable(second));
    QCOMPARE(caption->toolTip(), second);

    // A file without a sidecar: no caption line at all, the file name still shown.
    m_panel->setImages({m_bare}, 0);
    QVERIFY(m_panel->caption().isEmpty());
    QVERIFY(!caption->isVisible());
    QCOMPARE(currentLabelText("viewerFileName"), QStringLiteral("bare.png"));
}

void tst_ViewerPanel::emptyList()
{
    m_panel->setImages(m_paths, 0);
    QSignalSpy current(m_panel.get(), &ViewerPanel::currentChanged);
    m_panel->setImages({}, 0);
    QCOMPARE(m_panel->currentIndex(), -1);
    QVERIFY(m_panel->currentPath().isEmpty());
    QCOMPARE(current.count(), 1);
    QVERIFY(current.first().at(0).toString().isEmpty());
    QVERIFY(!m_panel->zoomView()->hasImage());
    QVERIFY(!m_panel->zoomView()->isLoading());
    QVERIFY(currentLabelText("viewerPosition").isEmpty());
    QVERIFY(m_panel->caption().isEmpty());
    QVERIFY(!button(*m_panel, QStringLiteral("‹"))->isEnabled());
    QVERIFY(!button(*m_panel, QStringLiteral("›"))->isEnabled());
    // Keys on an empty viewer are harmless.
    QTest::keyClick(m_panel->zoomView(), Qt::Key_Right);
    QTest::keyClick(m_panel->zoomView(), Qt::Key_End);
    QCOMPARE(m_panel->currentIndex(), -1);
}

QTEST_MAIN(tst_ViewerPanel)
#include "tst_viewerpanel.moc"

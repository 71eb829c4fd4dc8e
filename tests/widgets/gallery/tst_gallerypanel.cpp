#include "GalleryTestData.h"
#include "core/images/ThumbnailCache.h"
#include "core/library/LibraryIndex.h"
#include "widgets/common/Confirm.h"
#include "widgets/common/SlimScrollBarStyle.h"
#include "widgets/gallery/GalleryDelegate.h"
#include "widgets/gallery/GalleryFilterModel.h"
#include "widgets/gallery/GalleryModel.h"
#include "widgets/gallery/GalleryPanel.h"
#include "widgets/gallery/ProvenanceDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStyleOptionSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThreadPool>
#include <QUrl>
#include <memory>

using namespace fr;

class tst_GalleryPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home; // XDG_DATA_HOME: the trash lands here, never in the real one
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LibraryIndex> m_index;
    std::unique_ptr<ThumbnailCache> m_thumbs;
    std::unique_ptr<GalleryPanel> m_panel;
    QString m_folder;
    const QDateTime m_base = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
    QStringList m_paths; // as the gallery shows them, newest first

    QAction *action(const char *name) { return m_panel->findChild<QAction *>(name); }
    QString pathAt(int row) const
    {
        return m_panel->filterModel()->index(row, 0).data(GalleryModel::ImagePathRole).toString();
    }

    void open(int jobs, const QList<QSize> &sizes = {{48, 72}})
    {
        m_folder = m_dir->filePath("results");
        QDir().mkpath(m_folder);
        static const char *models[] = {"tryon-v1.6", "product-to-model", "tryon-max"};
        for (int j = 0; j < jobs; ++j)
            test::saveJob(m_folder, QString("job-%1").arg(j), models[j % 3],
                          QString("look number %1").arg(j), 100 + j, j % 3 == 0 ? 2 : 1,
                          m_base.addSecs(60 * j), sizes.at(j % sizes.size()));
        m_index = std::make_unique<LibraryIndex>(m_folder, m_dir->filePath("index.sqlite"));
        m_thumbs = std::make_unique<ThumbnailCache>(m_dir->filePath("thumbs"));
        QSignalSpy done(m_index.get(), &LibraryIndex::refreshFinished);
        m_panel = std::make_unique<GalleryPanel>(m_index.get(), m_thumbs.get());
        m_panel->resize(1000, 700);
        QVERIFY(done.wait(10000)); // the panel syncs its library when it opens
        m_paths.clear();
        for (int row = 0; row < m_panel->filterModel()->rowCount(); ++row)
            m_paths << pathAt(row);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
    }
    void init()
    {
        Confirm::resetForTests();
        m_dir = std::make_unique<QTemporaryDir>();
    }
    void cleanup()
    {
        m_panel.reset();
        m_thumbs.reset();
        m_index.reset();
        m_dir.reset();
    }

    void showsCountAndFilters()
    {
        open(6); // 8 results
        auto *count = m_panel->findChild<QLabel *>("resultCount");
        // Plural forms come from translations/fittingroom_en.ts, not loaded here.
        QVERIFY2(count->text().startsWith("8 result"), qPrintable(count->text()));
        auto *combo = m_panel->findChild<QComboBox *>("modelFilter");
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->itemText(0), QString("All models"));
        combo->setCurrentIndex(combo->findData("product-to-model"));
        QCOMPARE(m_panel->filterModel()->rowCount(), 2);
        QVERIFY2(count->text().startsWith("2 of 8 result"), qPrintable(count->text()));
        combo->setCurrentIndex(0);
        auto *search = m_panel->findChild<QLineEdit *>("promptSearch");
        QCOMPARE(search->placeholderText(), QString("Search prompts"));
        QTest::keyClicks(search, "number 4");
        QTRY_COMPARE(m_panel->filterModel()->rowCount(), 1);
        QVERIFY2(count->text().startsWith("1 of 8 result"), qPrintable(count->text()));
    }

    void emptyStateTeaches()
    {
        open(0);
        m_panel->show();
        auto *empty = m_panel->findChild<QLabel *>("emptyState");
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains("Results you generate appear here"));
        QVERIFY(empty->text().contains(QDir::toNativeSeparators(m_folder)));
        QVERIFY(!m_panel->view()->isVisible());
    }

    void contextActionsEmitSignals()
    {
        open(4); // 6 results
        QSignalSpy use(m_panel.get(), &GalleryPanel::useAsModelImageRequested);
        QSignalSpy compare(m_panel.get(), &GalleryPanel::compareRequested);
        m_panel->selectPaths({m_paths[1]});
        QCOMPARE(m_panel->selectedPaths(), QStringList{m_paths[1]});
        QVERIFY(!action("compareResults")->isEnabled());
        action("useAsModelImage")->trigger();
        QCOMPARE(use.count(), 1);
        QCOMPARE(use.first().first().toString(), m_paths[1]);

        m_panel->selectPaths({m_paths[3], m_paths[0], m_paths[2]});
        QVERIFY(action("compareResults")->isEnabled());
        QVERIFY(!action("useAsModelImage")->isEnabled());
        action("compareResults")->trigger();
        QCOMPARE(compare.count(), 1);
        QCOMPARE(compare.first().first().toStringList(),
                 QStringList({m_paths[0], m_paths[2], m_paths[3]}));
        m_panel->selectPaths(m_paths.mid(0, 5));
        QVERIFY(!action("compareResults")->isEnabled());

        QUrl opened;
        m_panel->setUrlOpener([&opened](const QUrl &url) {
            opened = url;
            return true;
        });
        action("revealResult")->trigger();
        QCOMPARE(opened, QUrl::fromLocalFile(m_folder));
    }

    void enterOpensWithNeighbours()
    {
        open(3);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QSignalSpy opened(m_panel.get(), &GalleryPanel::openRequested);
        m_panel->view()->setFocus();
        m_panel->selectPaths({m_paths[2]});
        QTest::keyClick(m_panel->view(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(0).toString(), m_paths[2]);
        QCOMPARE(opened.first().at(1).toStringList(), m_paths);
    }

    void copyPutsTheImageOnTheClipboard()
    {
        open(2);
        QGuiApplication::clipboard()->clear();
        QSignalSpy copied(m_panel.get(), &GalleryPanel::imageCopied);
        m_panel->selectPaths({m_paths[0]});
        action("copyResult")->trigger();
        QTRY_COMPARE(copied.count(), 1);
        const QImage image = QGuiApplication::clipboard()->image();
        QCOMPARE(image.size(), QSize(48, 72));
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->urls(),
                 QList<QUrl>{QUrl::fromLocalFile(m_paths[0])});
    }

    void provenanceShowsTheSidecar()
    {
        open(1);
        m_panel->selectPaths({m_paths[1]});
        action("showProvenance")->trigger();
        auto *dialog = m_panel->findChild<ProvenanceDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        const QString text = dialog->findChild<QTextBrowser *>()->toPlainText();
        for (const char *expected :
             {"tryon-v1.6", "look number 0", "100", "pred-job-0", "shirt.jpg",
              "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "2 of 2",
              "Credits used"})
            QVERIFY2(text.contains(expected), expected);
        QVERIFY(dialog->json().contains("\"prediction_id\": \"pred-job-0\""));
        dialog->findChild<QPushButton *>("copyJson")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), dialog->json());
    }

    void deleteMovesBothFilesToTheTrash()
    {
        open(3); // 4 results
        const QString victim = m_paths[2];
        m_panel->show();
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        m_panel->view()->setFocus();
        m_panel->selectPaths({victim});
        QSignalSpy deleted(m_panel.get(), &GalleryPanel::resultsDeleted);
        Confirm::setNextAnswer(true);
        QTest::keyClick(m_panel->view(), Qt::Key_Delete);
        QCOMPARE(Confirm::askedCount(), 1);
        QTRY_COMPARE(deleted.count(), 1);
        QCOMPARE(m_panel->filterModel()->rowCount(), 3);
        QCOMPARE(m_panel->model()->rowOf(victim), -1);
        QVERIFY(!QFile::exists(victim));
        QVERIFY(!QFile::exists(victim + ".json"));
        const QString trash = m_home.filePath("Trash/files/");
        QVERIFY(QFile::exists(trash + QFileInfo(victim).fileName()));
        QVERIFY(QFile::exists(trash + QFileInfo(victim).fileName() + ".json"));
        // The index agrees when opened again.
        LibraryIndex again(m_folder, m_dir->filePath("index.sqlite"));
        QCOMPARE(again.entries().size(), 3);
    }

    void declinedDeleteKeepsFiles()
    {
        open(2);
        m_panel->selectPaths({m_paths[0]});
        Confirm::setNextAnswer(false);
        action("deleteResults")->trigger();
        QCOMPARE(Confirm::askedCount(), 1);
        QTest::qWait(0); // the answer is delivered on the next turn of the event loop
        QCoreApplication::processEvents();
        QVERIFY(QFile::exists(m_paths[0]));
        QCOMPARE(m_panel->filterModel()->rowCount(), 3);
    }

    void dragCarriesTheFileUrl()
    {
        open(2);
        QCOMPARE(m_panel->view()->dragDropMode(), QAbstractItemView::DragOnly);
        QVERIFY(m_panel->view()->dragEnabled());
        m_panel->selectPaths({m_paths[1]});
        const QModelIndexList selected = m_panel->view()->selectionModel()->selectedIndexes();
        std::unique_ptr<QMimeData> mime(m_panel->filterModel()->mimeData(selected));
        QVERIFY(mime);
        QVERIFY(mime->hasFormat("text/uri-list"));
        QCOMPARE(mime->urls(), QList<QUrl>{QUrl::fromLocalFile(m_paths[1])});
    }

    void resultsSavedByOthersAppear()
    {
        open(1);
        QCOMPARE(m_panel->filterModel()->rowCount(), 2);
        // The CLI writes into the same folder; the watcher picks it up.
        test::saveJob(m_folder, "cli-job", "tryon-max", "from the command line", 7, 1,
                      m_base.addSecs(3600), {48, 72});
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->filterModel()->rowCount(), 3, 10000);
        QCOMPARE(pathAt(0).contains("tryon-max"), true);
        // And the studio's own saves come through addSaved at once.
        const QStringList saved = test::saveJob(m_folder, "studio-job", "tryon-v1.6", "x", 8, 1,
                                                m_base.addSecs(7200), {48, 72});
        m_panel->addSaved(saved);
        QCOMPARE(pathAt(0), saved[0]);
    }

    void selectionSurvivesNewResults()
    {
        open(3);
        m_panel->selectPaths({m_paths[1]});
        const QStringList saved =
            test::saveJob(m_folder, "new", "tryon-v1.6", "x", 9, 2, m_base.addSecs(7200), {48, 72});
        m_panel->addSaved(saved);
        QCOMPARE(m_panel->selectedPaths(), QStringList{m_paths[1]});
    }

    // Not an assertion of looks: renders the panel so a person can (FR_SNAPSHOT_DIR).
    void modelTitlesReplaceNames()
    {
        open(3);
        m_panel->setModelTitles(
            {{"product-to-model", "Product to Model"}, {"tryon-v1.6", "Virtual Try-On v1.6"}});
        auto *combo = m_panel->findChild<QComboBox *>("modelFilter");
        const int productRow = combo->findData("product-to-model");
        QCOMPARE(combo->itemText(productRow), QString("Product to Model"));
        // A model the catalog does not know keeps its name.
        QCOMPARE(combo->itemText(combo->findData("tryon-max")), QString("tryon-max"));
        combo->setCurrentIndex(productRow);
        const QModelIndex first = m_panel->filterModel()->index(0, 0);
        QCOMPARE(first.data(GalleryModel::ModelTitleRole).toString(), QString("Product to Model"));
        QVERIFY(first.data(Qt::DisplayRole).toString().startsWith("Product to Model · "));
    }

    // Three tiles fit a row whose width holds three: the slim scroll bar leaves the view a few
    // pixels more than QListView reserves, and the grid must be spread over what it reserves.
    void gridSpreadsOverTheLaidOutWidth()
    {
        open(12);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QListView *view = m_panel->view();
        const int tile = GalleryDelegate::tileSize().width();
        for (int width : {640, 700, 781, 1000}) {
            m_panel->resize(width, 700);
            QTRY_VERIFY(view->verticalScrollBar()->isVisible());
            QTRY_VERIFY(view->gridSize().width() >= tile);
            const int columns = view->viewport()->width() / view->gridSize().width();
            // Every cell of the first row starts on the first line.
            const int top = view->visualRect(view->model()->index(0, 0)).top();
            for (int c = 0; c < columns; ++c)
                QVERIFY2(
                    view->visualRect(view->model()->index(c, 0)).top() == top,
                    qPrintable(
                        QString("width %1: cell %2 of %3 wrapped").arg(width).arg(c).arg(columns)));
            // And the row leaves no room for one more tile.
            QVERIFY(view->viewport()->width() - columns * view->gridSize().width() < tile);
        }
    }

    void slimScrollBarHitsWhereItDraws()
    {
        open(12);
        m_panel->resize(700, 500);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QScrollBar *bar = m_panel->view()->verticalScrollBar();
        QTRY_VERIFY(bar->isVisible() && bar->maximum() > 0);
        QVERIFY(qobject_cast<SlimScrollBarStyle *>(bar->style()));
        QCOMPARE(bar->width(), bar->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
        QStyleOptionSlider option;
        option.initFrom(bar);
        option.orientation = Qt::Vertical;
        option.minimum = bar->minimum();
        option.maximum = bar->maximum();
        option.pageStep = bar->pageStep();
        option.sliderPosition = option.sliderValue = bar->value();
        const QRect thumb = bar->style()->subControlRect(QStyle::CC_ScrollBar, &option,
                                                         QStyle::SC_ScrollBarSlider, bar);
        QCOMPARE(thumb.top(), 0); // no arrow buttons above it
        QVERIFY(thumb.height() >= 32 && thumb.height() < bar->height());
        // A click below the thumb pages down, as a stock scroll bar does.
        QTest::mouseClick(bar, Qt::LeftButton, {}, QPoint(bar->width() / 2, bar->height() - 4));
        QTRY_COMPARE(bar->value(), std::min(bar->maximum(), bar->pageStep()));
        // Dragging the thumb to the end scrolls to the end.
        QStyleOptionSlider moved = option;
        moved.sliderPosition = moved.sliderValue = bar->value();
        const QRect now = bar->style()->subControlRect(QStyle::CC_ScrollBar, &moved,
                                                       QStyle::SC_ScrollBarSlider, bar);
        QTest::mousePress(bar, Qt::LeftButton, {}, now.center());
        QTest::mouseMove(bar, QPoint(now.center().x(), bar->height() + 50));
        QTest::mouseRelease(bar, Qt::LeftButton, {}, QPoint(now.center().x(), bar->height() + 50));
        QTRY_COMPARE(bar->value(), bar->maximum());
    }

    // Qt 6.4's raster engine splits span fills across the global thread pool and waits for
    // them inside the paint; the gallery must paint by blits and plain fills only, so a busy
    // pool (or one whose threads wait for a core) never stalls a scroll. Here every pool thread
    // is held until the paint is done: a paint that needed one could only finish after the
    // holders give up, and the test sees it.
    void paintNeverWaitsOnTheGlobalPool()
    {
        // Thumbnails that fit the box, that fill it (rounded corners) and landscape ones (scaled).
        open(12, {{48, 72}, {820, 960}, {960, 850}});
        m_panel->resize(800, 600);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        m_panel->selectPaths({m_paths[1]});
        QScrollBar *bar = m_panel->view()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum() / 3); // a thumb away from the ends
        // Every visible thumbnail in, so the paint below draws images, not placeholders (a
        // paint asks for the thumbnails it lacks).
        m_panel->view()->viewport()->repaint();
        QTRY_VERIFY_WITH_TIMEOUT(m_thumbs->pendingCount() == 0 && m_thumbs->decodeCount() >= 9,
                                 20000);

        QThreadPool *global = QThreadPool::globalInstance();
        QSemaphore release;
        QAtomicInt gaveUp = 0;
        const int threads = global->maxThreadCount();
        for (int i = 0; i < threads; ++i)
            global->start([&] {
                if (!release.tryAcquire(1, 30000))
                    gaveUp.fetchAndAddOrdered(1);
            });
        // A repaint of two separate strips, as after a scroll plus a thumbnail arriving.
        const QRegion strips =
            QRegion(0, 0, 800, 200) + QRegion(0, 320, 800, 280); // includes the scroll bar
        QImage image(m_panel->size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::SmoothPixmapTransform); // as Qt sets it for widgets
            m_panel->render(&painter, QPoint(), strips);
        }
        release.release(threads);
        global->waitForDone();
        QCOMPARE(gaveUp.loadAcquire(), 0);
    }

    void snapshot()
    {
        m_folder = m_dir->filePath("results");
        static const char *models[] = {"tryon-v1.6", "product-to-model", "tryon-max", "tryon-v1.6"};
        static const char *prompts[] = {"linen summer dress, beach", "tailored wool coat",
                                        "denim jacket, street", "silk blouse, studio light"};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int results = 0;
        for (int j = 0; results < 30; ++j) {
            const int count = j % 4 == 1 ? 4 : (j % 3 == 0 ? 2 : 1);
            test::saveJob(m_folder, QString("job-%1").arg(j), models[j % 4], prompts[j % 4],
                          4000 + j * 17, count, now.addSecs(-900 * (20 - j)));
            results += count;
        }
        m_index = std::make_unique<LibraryIndex>(m_folder, m_dir->filePath("index.sqlite"));
        m_thumbs = std::make_unique<ThumbnailCache>(m_dir->filePath("thumbs"));
        QSignalSpy done(m_index.get(), &LibraryIndex::refreshFinished);
        m_panel = std::make_unique<GalleryPanel>(m_index.get(), m_thumbs.get());
        m_panel->resize(1000, 700);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QVERIFY(done.count() == 1 || done.wait(10000));
        m_panel->selectPaths({pathAt(1), pathAt(2)});
        // Let the visible thumbnails arrive, except that the placeholder is shown too: the
        // first grab is taken at once.
        const QByteArray dir = qgetenv("FR_SNAPSHOT_DIR");
        if (!dir.isEmpty())
            m_panel->grab().save(QString::fromLocal8Bit(dir) + "/gallery-loading.png");
        QTRY_VERIFY_WITH_TIMEOUT(m_thumbs->pendingCount() == 0 && m_thumbs->decodeCount() >= 12,
                                 20000);
        QTest::qWait(50);
        const QImage shot = m_panel->grab().toImage();
        QVERIFY(!shot.isNull());
        if (!dir.isEmpty()) {
            shot.save(QString::fromLocal8Bit(dir) + "/gallery.png");
            m_panel->findChild<QComboBox *>("modelFilter")->setCurrentIndex(1);
            m_panel->grab().save(QString::fromLocal8Bit(dir) + "/gallery-filtered.png");
            m_panel->selectPaths({pathAt(0)});
            action("showProvenance")->trigger();
            auto *dialog = m_panel->findChild<ProvenanceDialog *>();
            dialog->grab().save(QString::fromLocal8Bit(dir) + "/provenance.png");
        }
    }
};

QTEST_MAIN(tst_GalleryPanel)
#include "tst_gallerypanel.moc"

#include "GalleryTestData.h"
#include "core/images/ThumbnailCache.h"
#include "core/library/LibraryIndex.h"
#include "widgets/gallery/GalleryFilterModel.h"
#include "widgets/gallery/GalleryModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

using namespace fr;

class tst_GalleryModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LibraryIndex> m_index;
    std::unique_ptr<ThumbnailCache> m_thumbs;
    QString m_folder;
    const QDateTime m_base = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_folder = m_dir->filePath("results");
        test::saveJob(m_folder, "job-a", "product-to-model", "red summer dress", 11, 2, m_base,
                      {60, 90});
        test::saveJob(m_folder, "job-b", "tryon-v1.6", "denim jacket outdoors", 22, 1,
                      m_base.addSecs(600), {60, 90});
        test::saveJob(m_folder, "job-c", "tryon-v1.6", "Red coat, studio light", 33, 3,
                      m_base.addSecs(1200), {60, 90});
        m_index = std::make_unique<LibraryIndex>(m_folder, m_dir->filePath("index.sqlite"));
        QSignalSpy done(m_index.get(), &LibraryIndex::refreshFinished);
        m_index->refresh();
        QVERIFY(done.wait(10000));
        m_thumbs = std::make_unique<ThumbnailCache>(m_dir->filePath("thumbs"));
    }
    void cleanup()
    {
        m_thumbs.reset();
        m_index.reset();
        m_dir.reset();
    }

    void rolesAndOrder()
    {
        GalleryModel model(m_index.get(), m_thumbs.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 6);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(GalleryModel::JobIdRole).toString(), QString("job-c"));
        QCOMPARE(first.data(GalleryModel::ModelRole).toString(), QString("tryon-v1.6"));
        QCOMPARE(first.data(GalleryModel::PromptRole).toString(),
                 QString("Red coat, studio light"));
        QCOMPARE(first.data(GalleryModel::SeedRole).toLongLong(), 33);
        QCOMPARE(first.data(GalleryModel::OutputIndexRole).toInt(), 0);
        QCOMPARE(first.data(GalleryModel::OutputCountRole).toInt(), 3);
        QCOMPARE(first.data(GalleryModel::SavedAtRole).toDateTime(), m_base.addSecs(1200));
        const QString image = first.data(GalleryModel::ImagePathRole).toString();
        QVERIFY(QFile::exists(image));
        QCOMPARE(first.data(GalleryModel::SidecarPathRole).toString(), image + ".json");
        QVERIFY(first.data(Qt::DisplayRole).toString().startsWith("tryon-v1.6 · 33 · "));
        const QString tip = first.data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains("Red coat, studio light"));
        QVERIFY(tip.contains("33"));
        QCOMPARE(model.index(2).data(GalleryModel::OutputIndexRole).toInt(), 2);
        // One job's rows share a band; the next job flips it.
        QCOMPARE(model.index(0).data(GalleryModel::JobBandRole),
                 model.index(2).data(GalleryModel::JobBandRole));
        QVERIFY(model.index(2).data(GalleryModel::JobBandRole) !=
                model.index(3).data(GalleryModel::JobBandRole));
    }

    void thumbnailsAreLazyAndAnnounced()
    {
        GalleryModel model(m_index.get(), m_thumbs.get());
        model.setThumbnailEdge(64);
        // Building the model and asking for text asks for no image.
        for (int row = 0; row < model.rowCount(); ++row)
            model.index(row).data(Qt::DisplayRole);
        QCOMPARE(m_thumbs->pendingCount(), 0);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!model.index(1).data(Qt::DecorationRole).isValid());
        QCOMPARE(m_thumbs->pendingCount(), 1);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(1));
        QCOMPARE(changed.first().at(1).toModelIndex(), model.index(1));
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(Qt::DecorationRole));
        const QImage thumb = model.index(1).data(Qt::DecorationRole).value<QImage>();
        QVERIFY(!thumb.isNull());
        QVERIFY(thumb.width() <= 64 && thumb.height() <= 64);
        QCOMPARE(m_thumbs->decodeCount(), 1);
    }

    // Thumbnails arriving within a frame reach the view as one dataChanged per run of adjacent
    // rows, not one per thumbnail (each goes through the proxy and the view's layout).
    void thumbnailArrivalsAreCoalesced()
    {
        GalleryModel model(m_index.get(), m_thumbs.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const auto path = [&model](int row) {
            return model.index(row).data(GalleryModel::ImagePathRole).toString();
        };
        // Out of order, one twice, and one the library does not hold.
        for (const QString &p :
             {path(2), path(0), path(4), path(1), path(0), m_dir->filePath("elsewhere.png")})
            emit m_thumbs->thumbnailReady(p);
        QTRY_COMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(2));
        QCOMPARE(changed.at(1).at(0).toModelIndex(), model.index(4));
        QCOMPARE(changed.at(1).at(1).toModelIndex(), model.index(4));
        for (const QList<QVariant> &signal : std::as_const(changed))
            QVERIFY(signal.at(2).value<QList<int>>().contains(Qt::DecorationRole));
    }

    void filterByModelAndPrompt()
    {
        GalleryModel model(m_index.get(), m_thumbs.get());
        GalleryFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(filter.rowCount(), 6);
        filter.setModelFilter("product-to-model");
        QCOMPARE(filter.rowCount(), 2);
        QVERIFY(filter.isFiltering());
        filter.setModelFilter({});
        filter.setTextFilter("  red ");
        QCOMPARE(filter.rowCount(), 5); // "red summer dress" x2, "Red coat" x3
        filter.setModelFilter("tryon-v1.6");
        QCOMPARE(filter.rowCount(), 3);
        QCOMPARE(filter.index(0, 0).data(GalleryModel::JobIdRole).toString(), QString("job-c"));
        filter.setTextFilter("denim");
        QCOMPARE(filter.rowCount(), 1);
        filter.setTextFilter("nothing like this");
        QCOMPARE(filter.rowCount(), 0);
        filter.setModelFilter({});
        filter.setTextFilter({});
        QCOMPARE(filter.rowCount(), 6);
        QVERIFY(!filter.isFiltering());
    }

    void indexChangesAreIncremental()
    {
        GalleryModel model(m_index.get(), m_thumbs.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const QStringList added = test::saveJob(m_folder, "job-d", "tryon-max", "linen shirt", 44,
                                                2, m_base.addSecs(1800), {60, 90});
        m_index->addSaved(added);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 1);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.index(0).data(GalleryModel::ImagePathRole).toString(), added[0]);
        QCOMPARE(model.rowOf(added[1]), 1);

        const QString middle = model.index(4).data(GalleryModel::ImagePathRole).toString();
        QVERIFY(m_index->remove(middle));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 4);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.rowOf(middle), -1);
        QCOMPARE(reset.count(), 0);
    }

    void dragCarriesFileUrls()
    {
        GalleryModel model(m_index.get(), m_thumbs.get());
        QVERIFY(model.mimeTypes().contains("text/uri-list"));
        QVERIFY(model.flags(model.index(0)) & Qt::ItemIsDragEnabled);
        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0), model.index(3)}));
        QVERIFY(mime);
        QVERIFY(mime->hasUrls());
        QCOMPARE(mime->urls(),
                 QList<QUrl>({QUrl::fromLocalFile(
                                  model.index(0).data(GalleryModel::ImagePathRole).toString()),
                              QUrl::fromLocalFile(
                                  model.index(3).data(GalleryModel::ImagePathRole).toString())}));
    }
};

QTEST_MAIN(tst_GalleryModel)
#include "tst_gallerymodel.moc"

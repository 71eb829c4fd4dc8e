#pragma once

#include "core/library/LibraryIndex.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace fr {

class ThumbnailCache;

// The library's results as a flat list, in the index's order (newest job first). Thumbnails
// are asked of the cache only from data(DecorationRole), which a view calls for the items it
// paints; thumbnails that arrive within one frame are announced together, one dataChanged per
// run of adjacent rows. data() never touches the disk.
class GalleryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ImagePathRole = Qt::UserRole + 1,
        SidecarPathRole,
        ModelRole,
        JobIdRole,
        PromptRole,
        SeedRole,
        SavedAtRole,
        OutputIndexRole,
        OutputCountRole,
        CreditsRole,
        ImageSizeRole,
        JobBandRole,         // 0/1 alternating per job, for the delegate's grouping
        ThumbnailFailedRole, // the thumbnail could not be made (missing or unreadable file)
        ModelTitleRole       // the model in the user's words ("Product to Model"), else its name
    };
    Q_ENUM(Role)

    GalleryModel(LibraryIndex *index, ThumbnailCache *thumbnails, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    // The models' titles in the user's language, by model name; a result of a model not in the
    // table (an older catalog, another tool) keeps its name.
    void setModelTitles(const QHash<QString, QString> &titles);
    QString modelTitle(const QString &model) const { return m_titles.value(model, model); }

    // Box the thumbnails are asked for (device pixels); the delegate's image area.
    void setThumbnailEdge(int edge);
    int thumbnailEdge() const { return m_edge; }
    int rowOf(const QString &imagePath) const { return m_rowByPath.value(imagePath, -1); }
    const LibraryEntry &entry(int row) const { return m_rows.at(row); }

    // Caption: model title, seed, time ("Virtual Try-On · 42 · 09:14").
    static QString caption(const QString &modelTitle, const LibraryEntry &entry,
                           const QDateTime &now);
    static QString timeText(const QDateTime &savedAt, const QDateTime &now);

private:
    void sync();
    void rebuildLookup();
    void onThumbnailReady(const QString &path);
    void announceThumbnails();

    QPointer<LibraryIndex> m_index;
    QPointer<ThumbnailCache> m_thumbnails;
    QList<LibraryEntry> m_rows;
    QList<quint8> m_band;
    QHash<QString, int> m_rowByPath;
    QHash<QString, QString> m_titles;
    int m_edge = 200;
    QSet<QString> m_arrived; // thumbnails ready but not yet announced
    QTimer m_announceTimer;
};

} // namespace fr

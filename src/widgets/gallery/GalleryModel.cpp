#include "GalleryModel.h"

#include "core/images/ThumbnailCache.h"

#include <QLocale>
#include <QMimeData>
#include <QSet>
#include <QUrl>

namespace fr {

namespace {
// Past this many changed rows a reset is cheaper than row-by-row signals (and the view lays
// out once).
constexpr int kIncrementalLimit = 400;
// Thumbnails arrive one by one from the workers, often several in a frame: each dataChanged
// goes through the filter proxy and the view, so they are announced once a frame, together.
constexpr int kAnnounceMs = 16;
} // namespace

GalleryModel::GalleryModel(LibraryIndex *index, ThumbnailCache *thumbnails, QObject *parent)
    : QAbstractListModel(parent), m_index(index), m_thumbnails(thumbnails)
{
    if (m_index) {
        m_rows = m_index->entries();
        rebuildLookup();
        connect(m_index, &LibraryIndex::changed, this, &GalleryModel::sync);
    }
    if (m_thumbnails)
        connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this,
                &GalleryModel::onThumbnailReady);
    m_announceTimer.setSingleShot(true);
    m_announceTimer.setInterval(kAnnounceMs);
    connect(&m_announceTimer, &QTimer::timeout, this, &GalleryModel::announceThumbnails);
}

int GalleryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString GalleryModel::timeText(const QDateTime &savedAt, const QDateTime &now)
{
    const QDateTime local = savedAt.toLocalTime();
    const QLocale locale;
    // The locale's short time, minus seconds (some locales' short format keeps them).
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QLatin1String(":ss"));
    if (local.date() == now.toLocalTime().date())
        return locale.toString(local.time(), timeFormat);
    if (local.date().year() == now.toLocalTime().date().year())
        return locale.toString(local, QStringLiteral("d MMM ") + timeFormat);
    return locale.toString(local.date(), QLocale::ShortFormat);
}

QString GalleryModel::caption(const QString &modelTitle, const LibraryEntry &e,
                              const QDateTime &now)
{
    QStringList parts{modelTitle};
    if (e.seed >= 0)
        parts << QString::number(e.seed);
    parts << timeText(e.savedAt, now);
    return parts.join(QStringLiteral(" · "));
}

QVariant GalleryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LibraryEntry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return caption(modelTitle(e.model), e, QDateTime::currentDateTime());
    case Qt::DecorationRole: {
        if (!m_thumbnails)
            return {};
        const QImage image = m_thumbnails->thumbnail(e.imagePath, m_edge);
        return image.isNull() ? QVariant() : QVariant(image);
    }
    case Qt::ToolTipRole: {
        QStringList lines{modelTitle(e.model)};
        if (!e.prompt.isEmpty())
            lines << tr("Prompt: %1").arg(e.prompt);
        if (e.seed >= 0)
            lines << tr("Seed: %1").arg(e.seed);
        if (e.outputCount > 1)
            lines << tr("Result %1 of %2").arg(e.outputIndex + 1).arg(e.outputCount);
        lines << QLocale().toString(e.savedAt.toLocalTime(), QLocale::LongFormat);
        return lines.join(QLatin1Char('\n'));
    }
    case ImagePathRole:
        return e.imagePath;
    case SidecarPathRole:
        return e.sidecarPath;
    case ModelRole:
        return e.model;
    case ModelTitleRole:
        return modelTitle(e.model);
    case JobIdRole:
        return e.jobId;
    case PromptRole:
        return e.prompt;
    case SeedRole:
        return e.seed;
    case SavedAtRole:
        return e.savedAt;
    case OutputIndexRole:
        return e.outputIndex;
    case OutputCountRole:
        return e.outputCount;
    case CreditsRole:
        return e.creditsUsed;
    case ImageSizeRole:
        return QSize(e.width, e.height);
    case JobBandRole:
        return int(m_band.value(index.row(), 0)); // sized again after a sync
    case ThumbnailFailedRole:
        return m_thumbnails && m_thumbnails->hasFailed(e.imagePath, m_edge);
    default:
        return {};
    }
}

QHash<int, QByteArray> GalleryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ImagePathRole, "imagePath");
    names.insert(SidecarPathRole, "sidecarPath");
    names.insert(ModelRole, "model");
    names.insert(ModelTitleRole, "modelTitle");
    names.insert(JobIdRole, "jobId");
    names.insert(PromptRole, "prompt");
    names.insert(SeedRole, "seed");
    names.insert(SavedAtRole, "savedAt");
    names.insert(OutputIndexRole, "outputIndex");
    names.insert(OutputCountRole, "outputCount");
    names.insert(CreditsRole, "credits");
    names.insert(ImageSizeRole, "imageSize");
    names.insert(JobBandRole, "jobBand");
    names.insert(ThumbnailFailedRole, "thumbnailFailed");
    return names;
}

Qt::ItemFlags GalleryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

QStringList GalleryModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

Qt::DropActions GalleryModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

QMimeData *GalleryModel::mimeData(const QModelIndexList &indexes) const
{
    QList<QUrl> urls;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this)
            urls << QUrl::fromLocalFile(m_rows.at(index.row()).imagePath);
    }
    if (urls.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    return mime;
}

void GalleryModel::setModelTitles(const QHash<QString, QString> &titles)
{
    if (titles == m_titles)
        return;
    m_titles = titles;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole, ModelTitleRole});
}

void GalleryModel::setThumbnailEdge(int edge)
{
    if (edge == m_edge || edge <= 0)
        return;
    m_edge = edge;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::DecorationRole});
}

void GalleryModel::rebuildLookup()
{
    m_rowByPath.clear();
    m_rowByPath.reserve(m_rows.size());
    m_band.resize(m_rows.size());
    quint8 band = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowByPath.insert(m_rows.at(i).imagePath, i);
        if (i > 0 && m_rows.at(i).groupKey() != m_rows.at(i - 1).groupKey())
            band ^= 1;
        m_band[i] = band;
    }
}

// Brings the rows in line with the index with the fewest signals: removals and insertions when
// the surviving rows keep their order (the usual case: new results on top, deletions), a reset
// otherwise. Views keep their selection and scroll position through row signals.
void GalleryModel::sync()
{
    const QList<LibraryEntry> next = m_index ? m_index->entries() : QList<LibraryEntry>();
    QSet<QString> nextPaths;
    nextPaths.reserve(next.size());
    for (const LibraryEntry &e : next)
        nextPaths.insert(e.imagePath);

    int removals = 0;
    for (const LibraryEntry &e : std::as_const(m_rows))
        removals += nextPaths.contains(e.imagePath) ? 0 : 1;
    const int insertions = int(next.size()) - (int(m_rows.size()) - removals);

    // Survivors in both lists, in order; they must match for the incremental path.
    QStringList survivorsOld, survivorsNew;
    for (const LibraryEntry &e : std::as_const(m_rows)) {
        if (nextPaths.contains(e.imagePath))
            survivorsOld << e.imagePath;
    }
    for (const LibraryEntry &e : next) {
        if (m_rowByPath.contains(e.imagePath))
            survivorsNew << e.imagePath;
    }
    const bool incremental = survivorsOld == survivorsNew && !m_rows.isEmpty() &&
                             removals + insertions <= kIncrementalLimit;
    if (!incremental) {
        beginResetModel();
        m_rows = next;
        rebuildLookup();
        endResetModel();
        return;
    }

    // Removals, from the bottom so earlier row numbers stay valid, in contiguous runs.
    for (int i = int(m_rows.size()) - 1; i >= 0;) {
        if (nextPaths.contains(m_rows.at(i).imagePath)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !nextPaths.contains(m_rows.at(first - 1).imagePath))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }
    // Insertions: survivors are already in their final order, so walking the new order, a row
    // that did not exist before is inserted where it stands (m_rowByPath still holds the old
    // rows here).
    for (int i = 0; i < next.size();) {
        if (m_rowByPath.contains(next.at(i).imagePath)) {
            if (!(m_rows.at(i) == next.at(i))) {
                m_rows[i] = next.at(i);
                emit dataChanged(index(i), index(i));
            }
            ++i;
            continue;
        }
        int last = i;
        while (last + 1 < next.size() && !m_rowByPath.contains(next.at(last + 1).imagePath))
            ++last;
        beginInsertRows({}, i, last);
        for (int k = i; k <= last; ++k)
            m_rows.insert(k, next.at(k));
        endInsertRows();
        i = last + 1;
    }
    rebuildLookup();
    // Bands may shift when a job gains or loses a row.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {JobBandRole});
}

void GalleryModel::onThumbnailReady(const QString &path)
{
    // Kept by path: rows may move before the announcement (a sync in between).
    if (!m_rowByPath.contains(path))
        return;
    m_arrived.insert(path);
    if (!m_announceTimer.isActive())
        m_announceTimer.start();
}

void GalleryModel::announceThumbnails()
{
    QList<int> rows;
    rows.reserve(m_arrived.size());
    for (const QString &path : std::as_const(m_arrived)) {
        const int row = m_rowByPath.value(path, -1);
        if (row >= 0)
            rows.append(row);
    }
    m_arrived.clear();
    std::sort(rows.begin(), rows.end());
    const QList<int> roles{Qt::DecorationRole, ThumbnailFailedRole};
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype last = i;
        while (last + 1 < rows.size() && rows.at(last + 1) == rows.at(last) + 1)
            ++last;
        emit dataChanged(index(rows.at(i)), index(rows.at(last)), roles);
        i = last + 1;
    }
}

} // namespace fr

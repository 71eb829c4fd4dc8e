#pragma once

#include <QStyledItemDelegate>

namespace fr {

class ThumbnailCache;

// One job as a card: input thumbnails, model, status in words, elapsed against expected time,
// credits, and for a job that ended badly what happened and what to do. Paints cached
// thumbnails only; a missing one is asked for and the row repaints when it arrives.
class JobDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit JobDelegate(ThumbnailCache *thumbnails, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int kThumbEdge = 44;

private:
    ThumbnailCache *m_thumbnails;
};

} // namespace fr

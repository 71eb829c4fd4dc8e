#pragma once

#include <QStyledItemDelegate>

namespace fr {

// One gallery tile: the cached thumbnail (or a quiet placeholder while it is made), the model
// and "seed · time" beneath, a "2/4" badge when a job made several results, and a coloured
// strip shared by a job's results so they read as one group. Sizes are fixed: the view never
// measures an image.
class GalleryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit GalleryDelegate(QObject *parent = nullptr);

    static QSize tileSize() { return {180, 252}; }
    // Logical pixels of the image box; the model asks thumbnails this size times the DPR.
    static QSize imageBox() { return {164, 192}; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintPlaceholder(QPainter *painter, const QRectF &box, const QPalette &palette,
                          bool failed) const;
};

} // namespace fr

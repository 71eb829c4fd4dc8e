#pragma once

#include <QCache>
#include <QDate>
#include <QFont>
#include <QPixmap>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace fr {

// One gallery tile: the cached thumbnail (or a quiet placeholder while it is made), the model
// and "seed · time" beneath, a "2/4" badge when a job made several results, and a coloured
// strip shared by a job's results so they read as one group. Sizes are fixed: the view never
// measures an image.
//
// paint() runs for every tile a scroll uncovers, so it keeps to blits and plain fills: text is
// laid out once per row (QStaticText, elided), the placeholder pictogram is a cached pixmap,
// and the thumbnail arrives sized for the box, drawn at whole device pixels (no scaling, no
// clip path unless it reaches the rounded corners).
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
    // A row's caption, laid out for the current fonts and width.
    struct Caption
    {
        QString model; // what the texts were made from, to notice a changed row
        qint64 seed = -1;
        qint64 savedAt = 0;
        int outputIndex = 0;
        int outputCount = 1;
        QStaticText title;
        QStaticText detail;
        QStaticText badge; // "2/4", empty for a single result
        QSizeF badgeSize;
    };
    const Caption &caption(const QModelIndex &index, const QFont &font, qreal width) const;
    void paintTile(QPainter *painter, const QStyleOptionViewItem &option,
                   const QModelIndex &index) const;
    void paintCard(QPainter *painter, const QRectF &card, const QColor &fill, const QPen &border,
                   qreal dpr) const;
    QPixmap ground(const QSizeF &box, const QColor &color, qreal dpr) const;
    QPixmap placeholder(const QSizeF &box, const QPalette &palette, bool failed, qreal dpr) const;
    void paintPlaceholder(QPainter *painter, const QRectF &box, const QPalette &palette,
                          bool failed) const;

    mutable QCache<QString, Caption> m_captions; // by image path
    mutable QCache<QString, QPixmap> m_cards;    // card slices and grounds by colours, bytes
    mutable QCache<QString, QImage> m_fitted;    // thumbnails resized or rounded for the box
    mutable QString m_captionFonts; // fonts and width the cached captions were laid out for
    mutable QDate m_captionDay;     // "09:14" becomes "21 Nov 09:14" the next day
};

} // namespace fr

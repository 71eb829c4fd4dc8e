#include "GalleryDelegate.h"

#include "GalleryModel.h"
#include "widgets/common/Colors.h"

#include <QApplication>
#include <QDateTime>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>

#include <cmath>

namespace fr {

namespace {
constexpr qreal kRadius = 7;
constexpr int kMargin = 4;            // between tiles
constexpr int kPadding = 6;           // inside a tile
constexpr int kCaptionRows = 600;     // a few screens of rows
constexpr int kCardBytes = 24 << 20;  // ~140 assembled cards (170 KB each at 1x) and slices
constexpr qreal kCornerClearance = 4; // the image box's corner radius
constexpr qsizetype kFittedBytes = 24 * 1024 * 1024; // resized or rounded thumbnails

// Rounds an image's corners in place (premultiplied alpha scaled by each corner pixel's
// coverage, sampled 4x4): a few hundred pixels, without a painter.
void cutCorners(QImage &image, qreal radius)
{
    if (image.format() != QImage::Format_ARGB32_Premultiplied)
        image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const int r = int(std::ceil(radius));
    const int w = image.width(), h = image.height();
    if (r <= 0 || w < 2 * r || h < 2 * r)
        return;
    for (int y = 0; y < r; ++y) {
        for (int x = 0; x < r; ++x) {
            int inside = 0;
            for (int sy = 0; sy < 4; ++sy) {
                for (int sx = 0; sx < 4; ++sx) {
                    const qreal dx = radius - (x + (sx + 0.5) / 4);
                    const qreal dy = radius - (y + (sy + 0.5) / 4);
                    inside += (dx <= 0 || dy <= 0 || dx * dx + dy * dy <= radius * radius);
                }
            }
            if (inside == 16)
                continue;
            for (const QPoint &p : {QPoint(x, y), QPoint(w - 1 - x, y), QPoint(x, h - 1 - y),
                                    QPoint(w - 1 - x, h - 1 - y)}) {
                auto *pixel = reinterpret_cast<QRgb *>(image.scanLine(p.y())) + p.x();
                const uint a = uint(inside) * 16; // 0..256
                const QRgb c = *pixel;
                *pixel = qRgba((qRed(c) * a) >> 8, (qGreen(c) * a) >> 8, (qBlue(c) * a) >> 8,
                               (qAlpha(c) * a) >> 8);
            }
        }
    }
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// The caption's fonts, from the view's.
QFont titleFont(QFont f)
{
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont smallFont(QFont f)
{
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

QFont badgeFont(QFont f)
{
    f.setPointSizeF(f.pointSizeF() * 0.82);
    f.setBold(true);
    return f;
}

// A job's colour: stable for its id, muted so a wall of jobs stays calm.
QColor jobColor(const QString &jobId, const QPalette &palette)
{
    const int hue = int(qHash(jobId) % 360);
    return QColor::fromHsl(hue, 110, isDark(palette) ? 130 : 150);
}
} // namespace

GalleryDelegate::GalleryDelegate(QObject *parent)
    : QStyledItemDelegate(parent), m_captions(kCaptionRows), m_cards(kCardBytes),
      m_fitted(kFittedBytes)
{
}

QSize GalleryDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return tileSize();
}

// The card and its border as a nine-slice: anti-aliased rounded outlines cost a tenth of a
// millisecond each at tile size, a blit a few microseconds. The slice is a small pixmap per
// colour combination (a job's tint, selection, hover), so making one for a job scrolled into
// view is cheap too; its corners are copied and its edges stretched along their length.
void GalleryDelegate::paintCard(QPainter *p, const QRectF &card, const QColor &fill,
                                const QPen &border, qreal dpr) const
{
    // One pixel of margin: a 2 px selection outline reaches half a pixel beyond the card.
    const int m = int(std::ceil(kRadius)) + 2; // corner slice, logical pixels
    const int side = 2 * m + 1;
    const QString key = QStringLiteral("card@%1:%2:%3:%4")
                            .arg(dpr)
                            .arg(fill.rgba())
                            .arg(border.color().rgba())
                            .arg(border.widthF());
    // The assembled card is kept too: a job's other tiles and every later frame blit it whole.
    const QSizeF outer = card.size() + QSizeF(2, 2);
    const QString fullKey = key + QStringLiteral(":%1x%2").arg(outer.width()).arg(outer.height());
    if (const QPixmap *cached = m_cards.object(fullKey)) {
        p->drawPixmap(card.topLeft() - QPointF(1, 1), *cached);
        return;
    }
    QPixmap slice;
    if (const QPixmap *cached = m_cards.object(key)) {
        slice = *cached;
    } else {
        slice = QPixmap(QSize(side, side) * dpr);
        slice.setDevicePixelRatio(dpr);
        slice.fill(Qt::transparent);
        QPainter sp(&slice);
        sp.setRenderHint(QPainter::Antialiasing);
        sp.setPen(border);
        sp.setBrush(fill);
        sp.drawRoundedRect(QRectF(1, 1, side - 2, side - 2).adjusted(0.5, 0.5, -0.5, -0.5), kRadius,
                           kRadius);
        sp.end();
        m_cards.insert(key, new QPixmap(slice), slice.width() * slice.height() * 4);
    }
    QPixmap full((outer * dpr).toSize());
    full.setDevicePixelRatio(dpr);
    full.fill(Qt::transparent);
    QPainter fp(&full);
    const qreal mid = outer.width() - 2 * m, midH = outer.height() - 2 * m;
    const qreal e = m + 1; // where the slice's far corners start
    const auto piece = [&](qreal x, qreal y, qreal w, qreal h, qreal sx, qreal sy, qreal sw,
                           qreal sh) {
        fp.drawPixmap(QRectF(x, y, w, h), slice, QRectF(sx * dpr, sy * dpr, sw * dpr, sh * dpr));
    };
    piece(0, 0, m, m, 0, 0, m, m);
    piece(m, 0, mid, m, m, 0, 1, m);
    piece(m + mid, 0, m, m, e, 0, m, m);
    piece(0, m, m, midH, 0, m, m, 1);
    piece(m + mid, m, m, midH, e, m, m, 1);
    piece(0, m + midH, m, m, 0, e, m, m);
    piece(m, m + midH, mid, m, m, e, 1, m);
    piece(m + mid, m + midH, m, m, e, e, m, m);
    fp.fillRect(QRectF(m, m, mid, midH), fill);
    fp.end();
    m_cards.insert(fullKey, new QPixmap(full), full.width() * full.height() * 4);
    p->drawPixmap(card.topLeft() - QPointF(1, 1), full);
}

// The image box's ground: the same for every tile, so one pixmap.
QPixmap GalleryDelegate::ground(const QSizeF &box, const QColor &color, qreal dpr) const
{
    const QString key = QStringLiteral("ground:%1x%2@%3:%4")
                            .arg(box.width())
                            .arg(box.height())
                            .arg(dpr)
                            .arg(color.rgba());
    if (const QPixmap *cached = m_cards.object(key))
        return *cached;
    QPixmap pixmap((box * dpr).toSize());
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(QRectF(QPointF(0, 0), box), 4, 4);
    p.end();
    m_cards.insert(key, new QPixmap(pixmap), pixmap.width() * pixmap.height() * 4);
    return pixmap;
}

// A still pictogram (no spinner: dozens of spinners would make the wall shimmer), rendered
// once per palette and kept in QPixmapCache.
QPixmap GalleryDelegate::placeholder(const QSizeF &box, const QPalette &palette, bool failed,
                                     qreal dpr) const
{
    const QColor ink = palette.color(QPalette::Text);
    const QString key = QStringLiteral("fr-gallery-placeholder:%1x%2@%3:%4:%5:%6")
                            .arg(box.width())
                            .arg(box.height())
                            .arg(dpr)
                            .arg(ink.rgba())
                            .arg(failed)
                            .arg(failed ? QApplication::font().key() : QString());
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    pixmap = QPixmap((box * dpr).toSize());
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(QApplication::font());
    paintPlaceholder(&p, QRectF(QPointF(0, 0), box), palette, failed);
    p.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

void GalleryDelegate::paintPlaceholder(QPainter *p, const QRectF &box, const QPalette &palette,
                                       bool failed) const
{
    QColor ink = palette.color(QPalette::Text);
    ink.setAlphaF(failed ? 0.30 : 0.16);
    const QPointF c = box.center();
    const QRectF frame(c.x() - 22, c.y() - 18, 44, 34);
    p->setPen(QPen(ink, 1.6));
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(frame, 4, 4);
    QPainterPath hills;
    hills.moveTo(frame.left() + 4, frame.bottom() - 5);
    hills.lineTo(frame.left() + 16, frame.top() + 16);
    hills.lineTo(frame.left() + 25, frame.bottom() - 12);
    hills.lineTo(frame.left() + 31, frame.top() + 20);
    hills.lineTo(frame.right() - 4, frame.bottom() - 5);
    p->drawPath(hills);
    p->drawEllipse(QPointF(frame.right() - 11, frame.top() + 9), 3.5, 3.5);
    if (failed) {
        QFont f = p->font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        p->setFont(f);
        p->drawText(QRectF(box.left(), frame.bottom() + 6, box.width(), 20), Qt::AlignHCenter,
                    tr("Unavailable"));
    }
}

// Laying out and eliding text costs more than drawing it: each row's texts are made once and
// drawn as QStaticText until the row, the fonts, the width or the day change.
const GalleryDelegate::Caption &GalleryDelegate::caption(const QModelIndex &index,
                                                         const QFont &font, qreal width) const
{
    const QString fonts = font.key() + QLatin1Char('|') + QString::number(width);
    const QDate today = QDate::currentDate();
    if (fonts != m_captionFonts || today != m_captionDay) {
        m_captions.clear();
        m_captionFonts = fonts;
        m_captionDay = today;
    }
    const QString path = index.data(GalleryModel::ImagePathRole).toString();
    const QString model = index.data(GalleryModel::ModelTitleRole).toString();
    const qint64 seed = index.data(GalleryModel::SeedRole).toLongLong();
    const QDateTime savedAt = index.data(GalleryModel::SavedAtRole).toDateTime();
    const int outputIndex = index.data(GalleryModel::OutputIndexRole).toInt();
    const int outputCount = index.data(GalleryModel::OutputCountRole).toInt();
    if (Caption *cached = m_captions.object(path)) {
        if (cached->model == model && cached->seed == seed &&
            cached->savedAt == savedAt.toMSecsSinceEpoch() && cached->outputIndex == outputIndex &&
            cached->outputCount == outputCount)
            return *cached;
    }

    auto *c = new Caption;
    c->model = model;
    c->seed = seed;
    c->savedAt = savedAt.toMSecsSinceEpoch();
    c->outputIndex = outputIndex;
    c->outputCount = outputCount;
    const auto make = [](QStaticText &text, const QString &string, const QFont &font) {
        text.setTextFormat(Qt::PlainText);
        text.setPerformanceHint(QStaticText::AggressiveCaching);
        text.setText(string);
        text.prepare(QTransform(), font);
    };
    const QFont title = titleFont(font), small = smallFont(font);
    make(c->title, QFontMetricsF(title).elidedText(model, Qt::ElideRight, width), title);
    QStringList parts;
    if (seed >= 0)
        parts << tr("seed %1").arg(seed);
    parts << GalleryModel::timeText(savedAt, QDateTime::currentDateTime());
    make(c->detail,
         QFontMetricsF(small).elidedText(parts.join(QStringLiteral(" · ")), Qt::ElideRight, width),
         small);
    if (outputCount > 1) {
        const QFont f = badgeFont(font);
        const QString badge = QStringLiteral("%1/%2").arg(outputIndex + 1).arg(outputCount);
        const QFontMetricsF fm(f);
        c->badgeSize = QSizeF(fm.horizontalAdvance(badge) + 12, fm.height() + 4);
        make(c->badge, badge, f);
    }
    m_captions.insert(path, c);
    return *c;
}

void GalleryDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    // The raster engine blits a pixmap only inside a rectangular clip; under a clip of several
    // rectangles (a scroll's uncovered strip plus a tile whose thumbnail arrived) it blends
    // through spans, which Qt 6.4 splits across the global thread pool and waits for inside
    // this paint. So the tile is painted once per rectangle of the area being repainted, each
    // time clipped to that one rectangle.
    const QRegion systemClip = p->paintEngine() ? p->paintEngine()->systemClip() : QRegion();
    const QTransform toDevice = p->deviceTransform();
    if (systemClip.isEmpty() || toDevice.type() > QTransform::TxTranslate) {
        p->save();
        p->setClipRect(option.rect, Qt::IntersectClip);
        paintTile(p, option, index);
        p->restore();
        return;
    }
    const QRegion pieces = systemClip & toDevice.mapRect(option.rect);
    const QTransform fromDevice = toDevice.inverted();
    for (const QRect &piece : pieces) {
        p->save();
        p->setClipRect(fromDevice.mapRect(piece), Qt::IntersectClip);
        paintTile(p, option, index);
        p->restore();
    }
}

void GalleryDelegate::paintTile(QPainter *p, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool dark = isDark(pal);
    const int outputCount = index.data(GalleryModel::OutputCountRole).toInt();
    const bool grouped = outputCount > 1;
    const qreal dpr = p->device()->devicePixelRatioF();

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    // Qt turns smooth pixmap transforms on for every widget painter. With it on, even a 1:1
    // drawPixmap takes the raster engine's span path, which splits a tile's rows across Qt's
    // global thread pool and waits for them inside this paint: a stall whenever those threads
    // wait for a core. Everything drawn here is already at device size, so blits suffice; the
    // one scaled thumbnail below turns smoothing back on for itself.
    p->setRenderHint(QPainter::SmoothPixmapTransform, false);
    // The view may hand a wider cell (the panel spreads the grid over the width): the card
    // keeps its size, centred on whole pixels so blits stay blits.
    const QSize tile = tileSize();
    const QRectF cell(option.rect.left() + (option.rect.width() - tile.width()) / 2,
                      option.rect.top(), tile.width(), tile.height());
    const QRectF card = cell.adjusted(kMargin, kMargin, -kMargin, -kMargin);

    // Card: results of one job share a faint tint of their job colour.
    const QColor base = pal.color(QPalette::Base);
    const QColor window = pal.color(QPalette::Window);
    const QColor job =
        grouped ? jobColor(index.data(GalleryModel::JobIdRole).toString(), pal) : QColor();
    QColor fill = mix(window, base, 0.55);
    if (grouped)
        fill = mix(fill, job, dark ? 0.10 : 0.08);
    const QColor highlight = pal.color(QPalette::Highlight);
    if (selected)
        fill = mix(fill, highlight, dark ? 0.35 : 0.22);
    QColor border = mix(window, pal.color(QPalette::Text), dark ? 0.14 : 0.12);
    if (hovered && !selected)
        border = mix(window, pal.color(QPalette::Text), 0.30);

    // Image box: letterboxed on a neutral ground.
    const QSize boxSize = imageBox();
    const QRectF box(card.left() + (card.width() - boxSize.width()) / 2, card.top() + kPadding,
                     boxSize.width(), boxSize.height());
    const QColor groundColor = mix(base, pal.color(QPalette::Text), dark ? 0.06 : 0.05);
    paintCard(p, card, fill, selected ? QPen(highlight, 2) : QPen(border, 1), dpr);
    p->drawPixmap(box.topLeft(), this->ground(box.size(), groundColor, dpr));

    const QImage image = index.data(Qt::DecorationRole).value<QImage>();
    if (!image.isNull()) {
        QSizeF size = QSizeF(image.size()) / dpr;
        const bool fits = size.width() <= box.width() && size.height() <= box.height();
        if (!fits)
            size = size.scaled(box.size(), Qt::KeepAspectRatio); // a landscape result
        // Whole device pixels: an image the box's size is then copied, not resampled.
        const QPointF topLeft(std::round((box.center().x() - size.width() / 2) * dpr) / dpr,
                              std::round((box.center().y() - size.height() / 2) * dpr) / dpr);
        const QRectF target(topLeft, size);
        // Only an image reaching into the box's rounded corners needs clipping to them.
        const bool clearOfCorners =
            box.adjusted(kCornerClearance, 0, -kCornerClearance, 0).contains(target) ||
            box.adjusted(0, kCornerClearance, 0, -kCornerClearance).contains(target);
        if (fits && clearOfCorners) {
            p->drawImage(topLeft, image);
        } else {
            // Scaled and rounded once, then blitted: a resampling draw or a rounded clip makes
            // the engine blend through spans, split across Qt's global pool (see paint()).
            const QSize device = (size * dpr).toSize();
            const QString key = QStringLiteral("%1:%2x%3:%4")
                                    .arg(image.cacheKey())
                                    .arg(device.width())
                                    .arg(device.height())
                                    .arg(clearOfCorners);
            QImage *ready = m_fitted.object(key);
            if (!ready) {
                QImage scaled =
                    fits ? image
                         : image.scaled(device, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
                scaled.setDevicePixelRatio(dpr);
                if (!clearOfCorners)
                    cutCorners(scaled, kCornerClearance * dpr);
                ready = new QImage(scaled);
                m_fitted.insert(key, ready, qsizetype(ready->sizeInBytes()));
            }
            p->drawImage(topLeft, *ready);
        }
    } else {
        p->drawPixmap(box.topLeft(),
                      placeholder(box.size(), pal,
                                  index.data(GalleryModel::ThumbnailFailedRole).toBool(), dpr));
    }

    // Caption: the model, then "seed 42 · 09:14" quieter.
    const qreal textLeft = card.left() + kPadding + 2;
    const qreal textWidth = card.width() - 2 * (kPadding + 2);
    const Caption &text = caption(index, option.font, textWidth);

    // Group strip and badge: "2/4" on the image's corner.
    if (grouped) {
        p->setPen(Qt::NoPen);
        p->setBrush(job);
        p->drawRoundedRect(QRectF(box.left() + 1, box.bottom() - 3, box.width() - 2, 3), 1.5, 1.5);
        const qreal w = text.badgeSize.width(), h = text.badgeSize.height();
        const QRectF pill(box.right() - w - 6, box.top() + 6, w, h);
        p->setBrush(QColor(0, 0, 0, 150));
        p->drawRoundedRect(pill, h / 2, h / 2);
        p->setFont(badgeFont(option.font));
        p->setPen(Qt::white);
        const QSizeF badgeText = text.badge.size();
        p->drawStaticText(QPointF(pill.center().x() - badgeText.width() / 2,
                                  pill.center().y() - badgeText.height() / 2),
                          text.badge);
    }

    const qreal line1 = box.bottom() + 7;
    const QFont title = titleFont(option.font);
    p->setFont(title);
    p->setPen(pal.color(QPalette::Text));
    p->drawStaticText(QPointF(textLeft, line1), text.title);
    QColor muted = pal.color(QPalette::Text);
    muted.setAlphaF(0.62);
    p->setFont(smallFont(option.font));
    p->setPen(muted);
    p->drawStaticText(QPointF(textLeft, line1 + QFontMetricsF(title).height() + 1), text.detail);

    if (option.state & QStyle::State_HasFocus && option.state & QStyle::State_KeyboardFocusChange) {
        p->setPen(QPen(highlight, 1, Qt::DotLine));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(card.adjusted(2.5, 2.5, -2.5, -2.5), kRadius - 2, kRadius - 2);
    }
    p->restore();
}

} // namespace fr

#include "GalleryDelegate.h"

#include "GalleryModel.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

namespace fr {

namespace {
constexpr qreal kRadius = 7;
constexpr int kMargin = 4;  // between tiles
constexpr int kPadding = 6; // inside a tile

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// A job's colour: stable for its id, muted so a wall of jobs stays calm.
QColor jobColor(const QString &jobId, const QPalette &palette)
{
    const int hue = int(qHash(jobId) % 360);
    return QColor::fromHsl(hue, 110, isDark(palette) ? 130 : 150);
}
} // namespace

GalleryDelegate::GalleryDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QSize GalleryDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return tileSize();
}

void GalleryDelegate::paintPlaceholder(QPainter *p, const QRectF &box, const QPalette &palette,
                                       bool failed) const
{
    // A still pictogram (no spinner: dozens of spinners would make the wall shimmer).
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

void GalleryDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool dark = isDark(pal);
    const int outputCount = index.data(GalleryModel::OutputCountRole).toInt();
    const bool grouped = outputCount > 1;

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    // The view may hand a wider cell (the panel spreads the grid over the width): the card
    // keeps its size, centred.
    const QSize tile = tileSize();
    const QRectF cell(option.rect.left() + (option.rect.width() - tile.width()) / 2.0,
                      option.rect.top(), tile.width(), tile.height());
    const QRectF card = cell.adjusted(kMargin, kMargin, -kMargin, -kMargin);

    // Card: results of one job share a faint tint of their job colour.
    const QColor base = pal.color(QPalette::Base);
    const QColor window = pal.color(QPalette::Window);
    QColor fill = mix(window, base, 0.55);
    if (grouped)
        fill = mix(fill, jobColor(index.data(GalleryModel::JobIdRole).toString(), pal),
                   dark ? 0.10 : 0.08);
    const QColor highlight = pal.color(QPalette::Highlight);
    if (selected)
        fill = mix(fill, highlight, dark ? 0.35 : 0.22);
    QColor border = mix(window, pal.color(QPalette::Text), dark ? 0.14 : 0.12);
    if (hovered && !selected)
        border = mix(window, pal.color(QPalette::Text), 0.30);
    p->setPen(selected ? QPen(highlight, 2) : QPen(border, 1));
    p->setBrush(fill);
    p->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);

    // Image box: letterboxed on a neutral ground.
    const QSize boxSize = imageBox();
    const QRectF box(card.left() + (card.width() - boxSize.width()) / 2, card.top() + kPadding,
                     boxSize.width(), boxSize.height());
    p->setPen(Qt::NoPen);
    p->setBrush(mix(base, pal.color(QPalette::Text), dark ? 0.06 : 0.05));
    p->drawRoundedRect(box, 4, 4);

    const QVariant decoration = index.data(Qt::DecorationRole);
    const QImage image = decoration.value<QImage>();
    if (!image.isNull()) {
        const qreal dpr = p->device()->devicePixelRatioF();
        QSizeF size = QSizeF(image.size()) / dpr;
        if (size.width() > box.width() || size.height() > box.height())
            size = size.scaled(box.size(), Qt::KeepAspectRatio); // a landscape result
        const QRectF target(box.center().x() - size.width() / 2,
                            box.center().y() - size.height() / 2, size.width(), size.height());
        QPainterPath clip;
        clip.addRoundedRect(box, 4, 4);
        p->save();
        p->setClipPath(clip);
        p->setRenderHint(QPainter::SmoothPixmapTransform);
        p->drawImage(target, image);
        p->restore();
    } else {
        paintPlaceholder(p, box, pal, index.data(GalleryModel::ThumbnailFailedRole).toBool());
    }

    // Group strip and badge: "2/4" on the image's corner.
    if (grouped) {
        const QColor strip = jobColor(index.data(GalleryModel::JobIdRole).toString(), pal);
        p->setPen(Qt::NoPen);
        p->setBrush(strip);
        p->drawRoundedRect(QRectF(box.left() + 1, box.bottom() - 3, box.width() - 2, 3), 1.5, 1.5);

        const QString badge = QStringLiteral("%1/%2")
                                  .arg(index.data(GalleryModel::OutputIndexRole).toInt() + 1)
                                  .arg(outputCount);
        QFont f = option.font;
        f.setPointSizeF(f.pointSizeF() * 0.82);
        f.setBold(true);
        const QFontMetricsF fm(f);
        const qreal w = fm.horizontalAdvance(badge) + 12, h = fm.height() + 4;
        const QRectF pill(box.right() - w - 6, box.top() + 6, w, h);
        p->setBrush(QColor(0, 0, 0, 150));
        p->drawRoundedRect(pill, h / 2, h / 2);
        p->setFont(f);
        p->setPen(Qt::white);
        p->drawText(pill, Qt::AlignCenter, badge);
    }

    // Caption: the model, then "seed 42 · 09:14" quieter.
    const qreal textLeft = card.left() + kPadding + 2;
    const qreal textWidth = card.width() - 2 * (kPadding + 2);
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetricsF titleMetrics(titleFont);
    const QColor textColor = selected ? pal.color(QPalette::Text) : pal.color(QPalette::Text);
    p->setFont(titleFont);
    p->setPen(textColor);
    const qreal line1 = box.bottom() + 7;
    p->drawText(QRectF(textLeft, line1, textWidth, titleMetrics.height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                titleMetrics.elidedText(index.data(GalleryModel::ModelRole).toString(),
                                        Qt::ElideRight, textWidth));

    QFont smallFont = option.font;
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.9);
    const QFontMetricsF smallMetrics(smallFont);
    QStringList parts;
    const qint64 seed = index.data(GalleryModel::SeedRole).toLongLong();
    if (seed >= 0)
        parts << tr("seed %1").arg(seed);
    parts << GalleryModel::timeText(index.data(GalleryModel::SavedAtRole).toDateTime(),
                                    QDateTime::currentDateTime());
    QColor muted = pal.color(QPalette::Text);
    muted.setAlphaF(0.62);
    p->setFont(smallFont);
    p->setPen(muted);
    p->drawText(
        QRectF(textLeft, line1 + titleMetrics.height() + 1, textWidth, smallMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        smallMetrics.elidedText(parts.join(QStringLiteral(" · ")), Qt::ElideRight, textWidth));

    if (option.state & QStyle::State_HasFocus && option.state & QStyle::State_KeyboardFocusChange) {
        p->setPen(QPen(highlight, 1, Qt::DotLine));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(card.adjusted(2.5, 2.5, -2.5, -2.5), kRadius - 2, kRadius - 2);
    }
    p->restore();
}

} // namespace fr

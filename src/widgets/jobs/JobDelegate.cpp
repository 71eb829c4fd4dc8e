#include "JobDelegate.h"

#include "JobsModel.h"
#include "core/images/ThumbnailCache.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>

namespace fr {

namespace {
constexpr int kMargin = 8;
constexpr int kGap = 6;

QColor stateColor(JobState state, const QPalette &palette)
{
    switch (state) {
    case JobState::Completed:
        return QColor(0x2e, 0x9d, 0x5b);
    case JobState::Failed:
    case JobState::Expired:
        return QColor(0xd0, 0x43, 0x3c);
    case JobState::Uncertain:
    case JobState::Suspended:
        return QColor(0xd9, 0x8c, 0x1f);
    case JobState::Cancelled:
        return palette.color(QPalette::PlaceholderText);
    default:
        return palette.color(QPalette::Highlight);
    }
}

// A job's card (rounded, filled, outlined) with its thumbnail's frame, one pixmap per look and
// size, one pixel larger all round for the outline's antialiasing.
QPixmap cardPixmap(QSize size, const QPalette &pal, bool selected, qreal dpr)
{
    const QColor base = pal.color(QPalette::Base);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor outline = selected ? highlight : pal.color(QPalette::Mid);
    const QColor frame = pal.color(QPalette::AlternateBase);
    const QString key = QStringLiteral("fr-job-card:%1x%2@%3:%4:%5:%6:%7:%8")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(dpr)
                            .arg(base.rgba())
                            .arg(highlight.rgba())
                            .arg(outline.rgba())
                            .arg(frame.rgba())
                            .arg(selected);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    pixmap = QPixmap((size + QSize(2, 2)) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect card(QPoint(1, 1), size);
    QPainterPath path;
    path.addRoundedRect(QRectF(card), 6, 6);
    p.fillPath(path, base);
    if (selected) {
        QColor tint = highlight;
        tint.setAlpha(45);
        p.fillPath(path, tint);
    }
    p.setPen(QPen(outline, 1));
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    p.setBrush(frame);
    p.drawRoundedRect(QRect(card.topLeft() + QPoint(kMargin, kMargin),
                            QSize(JobDelegate::kThumbEdge, JobDelegate::kThumbEdge)),
                      4, 4);
    p.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

QString clock(double seconds)
{
    const int s = qMax(0, int(seconds + 0.5));
    return s >= 60 ? QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'))
                   : QStringLiteral("%1 s").arg(s);
}
} // namespace

JobDelegate::JobDelegate(ThumbnailCache *thumbnails, QObject *parent)
    : QStyledItemDelegate(parent), m_thumbnails(thumbnails)
{
}

QSize JobDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    int lines = 3;
    if (!index.data(JobsModel::ProblemRole).toString().isEmpty())
        lines += 2;
    return {260, kMargin * 2 + qMax(kThumbEdge, lines * fm.height() + kGap)};
}

void JobDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // The card and the thumbnail's frame are blitted from a cached pixmap, and pixmaps are not
    // resampled: antialiased shapes this size go through spans, which Qt 6.4 splits across its
    // global thread pool and waits for inside the paint, every second for a running job.
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QRect card = option.rect.adjusted(4, 3, -4, -3);
    const QColor text = pal.color(QPalette::Text);
    const QColor dim = pal.color(QPalette::PlaceholderText);
    painter->drawPixmap(
        card.topLeft() - QPoint(1, 1),
        cardPixmap(card.size(), pal, selected, painter->device()->devicePixelRatioF()));

    const auto state = JobState(index.data(JobsModel::StateRole).toInt());
    const QRect inner = card.adjusted(kMargin, kMargin, -kMargin, -kMargin);

    // Input thumbnails: the first one large, the others as small chips beneath.
    const QStringList inputs = index.data(JobsModel::InputPathsRole).toStringList();
    QRect thumb(inner.topLeft(), QSize(kThumbEdge, kThumbEdge));
    if (!inputs.isEmpty() && m_thumbnails) {
        const QImage image = m_thumbnails->thumbnail(inputs.first(), kThumbEdge * 2);
        if (!image.isNull()) {
            const QSize s = image.size().scaled(thumb.size(), Qt::KeepAspectRatio);
            const QRect target(thumb.center() - QPoint(s.width() / 2, s.height() / 2), s);
            // Small enough (fewer rows than the engine hands to its pool) to resample here.
            painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
            painter->drawImage(target, image);
            painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
        }
    }
    for (int i = 1; i < qMin<qsizetype>(inputs.size(), 4); ++i) {
        const QRect chip(thumb.left() + (i - 1) * 15, thumb.bottom() + 4, 13, 13);
        if (chip.bottom() > inner.bottom())
            break;
        painter->setBrush(pal.color(QPalette::AlternateBase));
        painter->drawRoundedRect(chip, 2, 2);
        if (m_thumbnails) {
            const QImage image = m_thumbnails->thumbnail(inputs.at(i), kThumbEdge * 2);
            if (!image.isNull())
                painter->drawImage(chip, image.scaled(chip.size(), Qt::KeepAspectRatioByExpanding,
                                                      Qt::SmoothTransformation));
        }
    }

    const QFontMetrics fm(option.font);
    const int x = thumb.right() + 10;
    const int width = inner.right() - x;
    int y = inner.top();

    // Line 1: model title, credits on the right.
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QString credits = index.data(JobsModel::CreditsTextRole).toString();
    const int creditsWidth = fm.horizontalAdvance(credits) + 4;
    painter->drawText(
        QRect(x, y, width - creditsWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(index.data(JobsModel::ModelTitleRole).toString(),
                                      Qt::ElideRight, width - creditsWidth));
    painter->setFont(option.font);
    painter->setPen(dim);
    painter->drawText(QRect(x, y, width, fm.height()), Qt::AlignRight | Qt::AlignVCenter, credits);
    y += fm.height() + 2;

    // Line 2: a status dot and words, elapsed / expected on the right.
    const QColor accent = stateColor(state, pal);
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawEllipse(QPointF(x + 4, y + fm.height() / 2.0), 4, 4);
    painter->setPen(text);
    const double elapsed = index.data(JobsModel::ElapsedSecondsRole).toDouble();
    const double expected = index.data(JobsModel::ExpectedSecondsRole).toDouble();
    const bool active = index.data(JobsModel::IsActiveRole).toBool();
    QString timing = clock(elapsed);
    if (active && expected > 0)
        timing = JobsModel::tr("%1 of ~%2").arg(clock(elapsed), clock(expected));
    const int timingWidth = fm.horizontalAdvance(timing) + 4;
    painter->drawText(QRect(x + 14, y, width - 14 - timingWidth, fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      index.data(JobsModel::StatusTextRole).toString());
    painter->setPen(dim);
    painter->drawText(QRect(x, y, width, fm.height()), Qt::AlignRight | Qt::AlignVCenter, timing);
    y += fm.height() + 4;

    // Line 3: progress against the expected time (never claims 100 % before the result is in).
    if (active) {
        const QRectF bar(x, y + 2, width, 4);
        painter->setPen(Qt::NoPen);
        painter->setBrush(pal.color(QPalette::AlternateBase).darker(110));
        painter->drawRoundedRect(bar, 2, 2);
        const double fraction = expected > 0 ? qMin(0.95, elapsed / expected) : 0.0;
        painter->setBrush(accent);
        painter->drawRoundedRect(
            QRectF(bar.left(), bar.top(), bar.width() * fraction, bar.height()), 2, 2);
        y += 10;
    }

    // Lines 4-5: what happened and what to do.
    const QString problem = index.data(JobsModel::ProblemRole).toString();
    if (!problem.isEmpty()) {
        painter->setPen(state == JobState::Cancelled ? dim : accent);
        const QString advice = index.data(JobsModel::AdviceRole).toString();
        painter->drawText(QRect(x, y, width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(problem, Qt::ElideRight, width));
        y += fm.height();
        painter->setPen(dim);
        painter->drawText(QRect(x, y, width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(advice, Qt::ElideRight, width));
    }
    painter->restore();
}

} // namespace fr

#include "JobDelegate.h"

#include "JobsModel.h"
#include "core/images/ThumbnailCache.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

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
        return QColor(0xd9, 0x8c, 0x1f);
    case JobState::Cancelled:
        return palette.color(QPalette::PlaceholderText);
    default:
        return palette.color(QPalette::Highlight);
    }
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
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QRect card = option.rect.adjusted(4, 3, -4, -3);
    QPainterPath path;
    path.addRoundedRect(QRectF(card), 6, 6);
    painter->fillPath(path, pal.color(QPalette::Base));
    if (selected) {
        QColor tint = pal.color(QPalette::Highlight);
        tint.setAlpha(45);
        painter->fillPath(path, tint);
    }
    painter->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), 1));
    painter->drawPath(path);
    const QColor text = pal.color(QPalette::Text);
    const QColor dim = pal.color(QPalette::PlaceholderText);

    const auto state = JobState(index.data(JobsModel::StateRole).toInt());
    const QRect inner = card.adjusted(kMargin, kMargin, -kMargin, -kMargin);

    // Input thumbnails: the first one large, the others as small chips beneath.
    const QStringList inputs = index.data(JobsModel::InputPathsRole).toStringList();
    QRect thumb(inner.topLeft(), QSize(kThumbEdge, kThumbEdge));
    painter->setPen(Qt::NoPen);
    painter->setBrush(pal.color(QPalette::AlternateBase));
    painter->drawRoundedRect(thumb, 4, 4);
    if (!inputs.isEmpty() && m_thumbnails) {
        const QImage image = m_thumbnails->thumbnail(inputs.first(), kThumbEdge * 2);
        if (!image.isNull()) {
            const QSize s = image.size().scaled(thumb.size(), Qt::KeepAspectRatio);
            const QRect target(thumb.center() - QPoint(s.width() / 2, s.height() / 2), s);
            painter->drawImage(target, image);
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

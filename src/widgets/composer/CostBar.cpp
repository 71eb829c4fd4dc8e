#include "CostBar.h"

#include "ComposerStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fr {

CostBar::CostBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    const auto caption = [this] {
        auto *label = new QLabel(this);
        composer::makeCaption(label);
        label->setWordWrap(true);
        return label;
    };
    m_breakdown = caption();
    m_automatic = caption();
    m_extrasLabel = caption();
    m_warning = new QLabel(this);
    composer::makeError(m_warning);
    {
        QPalette palette = m_warning->palette();
        palette.setColor(QPalette::WindowText, composer::warningText(palette));
        m_warning->setPalette(palette);
    }
    m_blockersLabel = new QLabel(this);
    composer::makeError(m_blockersLabel);
    m_blockersLabel->setTextFormat(Qt::PlainText);
    m_blockersLabel->setAccessibleName(tr("Why Generate is unavailable"));

    m_generate = new QPushButton(this);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setDefault(true);
    m_generate->setMinimumHeight(38);
    m_generate->setCursor(Qt::PointingHandCursor);
    QFont font = m_generate->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.08);
    m_generate->setFont(font);
    styleButton();
    connect(m_generate, &QPushButton::clicked, this, &CostBar::generateClicked);

    auto *account = new QHBoxLayout;
    account->setSpacing(12);
    m_balanceLabel = caption();
    m_balanceLabel->setWordWrap(false);
    m_spentLabel = caption();
    m_spentLabel->setWordWrap(false);
    m_spentLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    account->addWidget(m_balanceLabel);
    account->addStretch();
    account->addWidget(m_spentLabel);

    layout->addWidget(m_breakdown);
    layout->addWidget(m_automatic);
    layout->addWidget(m_extrasLabel);
    layout->addWidget(m_warning);
    layout->addWidget(m_blockersLabel);
    layout->addSpacing(4);
    layout->addWidget(m_generate);
    layout->addLayout(account);
    refresh();
}

void CostBar::setEstimate(const PriceBreakdown &price, const QString &automaticNote,
                          const QStringList &extras)
{
    m_price = price;
    m_automaticNote = automaticNote;
    m_extras = extras;
    refresh();
}

void CostBar::setBalance(int credits)
{
    m_balance = credits < 0 ? -1 : credits;
    refresh();
}

void CostBar::setSessionSpent(int credits)
{
    m_spent = qMax(0, credits);
    refresh();
}

void CostBar::setBlockers(const QStringList &reasons)
{
    m_blockers = reasons;
    refresh();
}

QString CostBar::breakdownText() const
{
    if (!m_price.known)
        return tr("No price is listed for these settings.");
    const int perImage = m_price.perImageBase + m_price.perImageExtras;
    if (m_price.images > 1)
        return tr("%1 images × %2 credits each").arg(m_price.images).arg(perImage);
    return {};
}

QString CostBar::automaticText() const
{
    if (!m_price.automatic || !m_price.known)
        return {};
    if (!m_automaticNote.isEmpty())
        return m_automaticNote;
    return tr("No mode set: FASHN picks; billed as %1").arg(m_price.billedRow);
}

QString CostBar::extrasText() const
{
    return m_extras.join(QLatin1Char('\n'));
}

QString CostBar::balanceText() const
{
    return m_balance < 0 ? tr("Balance unknown")
                         : (m_balance == 1 ? tr("Balance: 1 credit")
                                           : tr("Balance: %1 credits").arg(m_balance));
}

QString CostBar::warningText() const
{
    if (m_balance < 0 || !m_price.known || m_balance >= m_price.total)
        return {};
    return tr("Not enough credits: this costs %1, the balance is %2.")
        .arg(m_price.total)
        .arg(m_balance);
}

void CostBar::refresh()
{
    m_generate->setText(m_price.known
                            ? (m_price.total == 1 ? tr("Generate – 1 credit")
                                                  : tr("Generate – %1 credits").arg(m_price.total))
                            : tr("Generate – price unknown"));
    m_generate->setEnabled(m_blockers.isEmpty());
    m_generate->setToolTip(m_blockers.isEmpty() ? tr("Send this request to FASHN")
                                                : m_blockers.join(QLatin1Char('\n')));
    m_breakdown->setText(breakdownText());
    m_breakdown->setVisible(!m_breakdown->text().isEmpty());
    const QString automatic = automaticText();
    m_automatic->setText(automatic);
    m_automatic->setVisible(!automatic.isEmpty());
    m_extrasLabel->setText(extrasText());
    m_extrasLabel->setVisible(!m_extras.isEmpty());
    const QString warning = warningText();
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    QStringList lines;
    for (const QString &reason : m_blockers)
        lines << QStringLiteral("• ") + reason;
    m_blockersLabel->setText(lines.join(QLatin1Char('\n')));
    m_blockersLabel->setVisible(!m_blockers.isEmpty());
    m_balanceLabel->setText(balanceText());
    m_spentLabel->setText((m_spent == 1 ? tr("Spent this session: 1 credit")
                                        : tr("Spent this session: %1 credits").arg(m_spent)));
}

// The one primary action of the panel: drawn in the palette's highlight colour so it reads
// as such in every theme.
void CostBar::styleButton()
{
    const QPalette &pal = palette();
    const QColor fill = pal.color(QPalette::Highlight);
    const QColor text = pal.color(QPalette::HighlightedText);
    const QColor hover = fill.lighter(112);
    const QColor pressed = fill.darker(112);
    const QColor disabledFill =
        composer::mix(pal.color(QPalette::Window), pal.color(QPalette::WindowText), 0.12);
    const QColor disabledText = composer::mutedText(pal);
    m_generate->setStyleSheet(
        QStringLiteral("QPushButton { background: %1; color: %2; border: none; border-radius: 6px;"
                       " padding: 6px 16px; }"
                       "QPushButton:hover { background: %3; }"
                       "QPushButton:pressed { background: %4; }"
                       "QPushButton:focus { border: 2px solid %6; }"
                       "QPushButton:disabled { background: %5; color: %7; }")
            .arg(fill.name(), text.name(), hover.name(), pressed.name(), disabledFill.name(),
                 fill.darker(140).name(), disabledText.name()));
}

void CostBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        styleButton();
}

} // namespace fr

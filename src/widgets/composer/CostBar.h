#pragma once

#include "core/catalog/Pricing.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace fr {

// The foot of the composer: the Generate button with the live price, what the price is made
// of, the balance and what this session spent, and why Generate is unavailable when it is.
// It shows a PriceBreakdown from fr::estimatePrice; it never computes a price.
class CostBar : public QWidget
{
    Q_OBJECT

public:
    explicit CostBar(QWidget *parent = nullptr);

    // automaticNote: how an unset table row is billed, worded by the caller with the catalog's
    // labels (e.g. "No generation mode set: FASHN picks; billed as Quality at 2k"); when empty
    // and the price is automatic, a plainer sentence is shown. extras: one line per extra
    // charge, e.g. "+3 credits per image with Face".
    void setEstimate(const PriceBreakdown &price, const QString &automaticNote = QString(),
                     const QStringList &extras = QStringList());
    void setBalance(int credits); // -1: unknown
    void setSessionSpent(int credits);
    // Why Generate is unavailable; empty: it is available.
    void setBlockers(const QStringList &reasons);

    QPushButton *generateButton() const { return m_generate; }
    const PriceBreakdown &estimate() const { return m_price; }
    QStringList blockers() const { return m_blockers; }
    QString breakdownText() const;
    QString automaticText() const;
    QString extrasText() const;
    QString balanceText() const;
    QString warningText() const;

signals:
    void generateClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void styleButton();

    PriceBreakdown m_price;
    QString m_automaticNote;
    QStringList m_extras;
    QStringList m_blockers;
    int m_balance = -1;
    int m_spent = 0;

    QLabel *m_breakdown = nullptr;
    QLabel *m_automatic = nullptr;
    QLabel *m_extrasLabel = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_blockersLabel = nullptr;
    QPushButton *m_generate = nullptr;
    QLabel *m_balanceLabel = nullptr;
    QLabel *m_spentLabel = nullptr;
};

} // namespace fr

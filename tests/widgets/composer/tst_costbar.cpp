#include "widgets/composer/CostBar.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace fr;

namespace {

PriceBreakdown price(int total, int images = 1, int extras = 0)
{
    PriceBreakdown p;
    p.images = images;
    p.perImageExtras = extras;
    p.perImageBase = images > 0 ? total / images - extras : total;
    p.total = total;
    return p;
}

// The caption showing exactly this text, if it is on screen.
QLabel *visibleLabel(const CostBar &bar, const QString &text)
{
    for (QLabel *label : bar.findChildren<QLabel *>()) {
        if (label->text() == text && label->isVisible())
            return label;
    }
    return nullptr;
}

} // namespace

class tst_CostBar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void generateLabelShowsThePrice_data();
    void generateLabelShowsThePrice();
    void breakdownForSeveralImages();
    void blockersDisableGenerateAndAreListed();
    void clickEmitsGenerate();
    void balanceWarning_data();
    void balanceWarning();
    void automaticNoteOnlyWhenNoModeSet();
    void extrasListed();
    void sessionSpend_data();
    void sessionSpend();

private:
    std::unique_ptr<CostBar> m_bar;
};

void tst_CostBar::init()
{
    m_bar = std::make_unique<CostBar>();
    m_bar->resize(360, 220);
    m_bar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bar.get()));
}

void tst_CostBar::cleanup()
{
    m_bar.reset();
}

void tst_CostBar::generateLabelShowsThePrice_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("label");
    QTest::newRow("one credit") << 1 << true << QStringLiteral("Generate – 1 credit");
    QTest::newRow("two") << 2 << true << QStringLiteral("Generate – 2 credits");
    QTest::newRow("quality with face") << 7 << true << QStringLiteral("Generate – 7 credits");
    QTest::newRow("four at 4k") << 48 << true << QStringLiteral("Generate – 48 credits");
    QTest::newRow("free") << 0 << true << QStringLiteral("Generate – 0 credits");
    QTest::newRow("no table cell") << 0 << false << QStringLiteral("Generate – price unknown");
}

void tst_CostBar::generateLabelShowsThePrice()
{
    QFETCH(int, total);
    QFETCH(bool, known);
    QFETCH(QString, label);
    PriceBreakdown p = price(total);
    p.known = known;
    m_bar->setEstimate(p);
    QCOMPARE(m_bar->generateButton()->text(), label);
    QCOMPARE(m_bar->estimate().total, total);
    if (!known)
        QVERIFY(visibleLabel(*m_bar, QStringLiteral("No price is listed for these settings.")));
    else
        QVERIFY(m_bar->breakdownText().isEmpty()); // one image: the button says it all
}

void tst_CostBar::breakdownForSeveralImages()
{
    m_bar->setEstimate(price(20, 4, 3)); // 2 base + 3 with a face, four times
    QCOMPARE(m_bar->generateButton()->text(), QStringLiteral("Generate – 20 credits"));
    QCOMPARE(m_bar->breakdownText(), QStringLiteral("4 images × 5 credits each"));
    QVERIFY(visibleLabel(*m_bar, m_bar->breakdownText()));

    m_bar->setEstimate(price(5));
    QVERIFY(m_bar->breakdownText().isEmpty());
    QVERIFY(!visibleLabel(*m_bar, QStringLiteral("4 images × 5 credits each")));
}

void tst_CostBar::blockersDisableGenerateAndAreListed()
{
    m_bar->setEstimate(price(2));
    QSignalSpy clicked(m_bar.get(), &CostBar::generateClicked);
    QPushButton *button = m_bar->generateButton();
    QVERIFY(button->isEnabled());

    const QStringList reasons{QStringLiteral("Add a Product image."),
                              QStringLiteral("Prompt: Longer than the 1000 characters allowed.")};
    m_bar->setBlockers(reasons);
    QCOMPARE(m_bar->blockers(), reasons);
    QVERIFY(!button->isEnabled());
    for (const QString &reason : reasons)
        QVERIFY2(button->toolTip().contains(reason), qPrintable(button->toolTip()));
    QLabel *list =
        visibleLabel(*m_bar, QStringLiteral("• %1\n• %2").arg(reasons.at(0), reasons.at(1)));
    QVERIFY(list);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(clicked.count(), 0);

    m_bar->setBlockers({});
    QVERIFY(button->isEnabled());
    QVERIFY(!list->isVisible());
    QVERIFY(!button->toolTip().contains(reasons.at(0)));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(clicked.count(), 1);
}

void tst_CostBar::clickEmitsGenerate()
{
    m_bar->setEstimate(price(7));
    QSignalSpy clicked(m_bar.get(), &CostBar::generateClicked);
    QTest::mouseClick(m_bar->generateButton(), Qt::LeftButton);
    QCOMPARE(clicked.count(), 1);
    // From the keyboard too: the button takes Space like any other.
    m_bar->generateButton()->setFocus();
    QTest::keyClick(m_bar->generateButton(), Qt::Key_Space);
    QCOMPARE(clicked.count(), 2);
}

void tst_CostBar::balanceWarning_data()
{
    QTest::addColumn<int>("balance");
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("balanceText");
    QTest::addColumn<QString>("warning");
    QTest::newRow("short by one") << 6 << 7 << true << QStringLiteral("Balance: 6 credits")
                                  << QStringLiteral(
                                         "Not enough credits: this costs 7, the balance is 6.");
    QTest::newRow("empty account")
        << 0 << 2 << true << QStringLiteral("Balance: 0 credits")
        << QStringLiteral("Not enough credits: this costs 2, the balance is 0.");
    QTest::newRow("one credit left")
        << 1 << 2 << true << QStringLiteral("Balance: 1 credit")
        << QStringLiteral("Not enough credits: this costs 2, the balance is 1.");
    QTest::newRow("exactly enough")
        << 7 << 7 << true << QStringLiteral("Balance: 7 credits") << QString();
    QTest::newRow("plenty") << 500 << 7 << true << QStringLiteral("Balance: 500 credits")
                            << QString();
    QTest::newRow("balance unknown")
        << -1 << 7 << true << QStringLiteral("Balance unknown") << QString();
    QTest::newRow("price unknown")
        << 3 << 0 << false << QStringLiteral("Balance: 3 credits") << QString();
}

void tst_CostBar::balanceWarning()
{
    QFETCH(int, balance);
    QFETCH(int, total);
    QFETCH(bool, known);
    QFETCH(QString, balanceText);
    QFETCH(QString, warning);
    PriceBreakdown p = price(total);
    p.known = known;
    m_bar->setEstimate(p);
    m_bar->setBalance(balance);
    QCOMPARE(m_bar->balanceText(), balanceText);
    QVERIFY(visibleLabel(*m_bar, balanceText));
    QCOMPARE(m_bar->warningText(), warning);
    if (!warning.isEmpty())
        QVERIFY(visibleLabel(*m_bar, warning));
    // A warning, not a blocker: the server has the last word on the balance.
    QVERIFY(m_bar->generateButton()->isEnabled());

    // Topped up: the warning goes.
    m_bar->setBalance(1000);
    QVERIFY(m_bar->warningText().isEmpty());
    if (!warning.isEmpty())
        QVERIFY(!visibleLabel(*m_bar, warning));
}

void tst_CostBar::automaticNoteOnlyWhenNoModeSet()
{
    PriceBreakdown automatic = price(1);
    automatic.automatic = true;
    automatic.billedRow = QStringLiteral("fast");
    const QString note =
        QStringLiteral("No generation mode set: FASHN picks; billed as Fast at 1k");

    m_bar->setEstimate(automatic, note);
    QCOMPARE(m_bar->automaticText(), note);
    QVERIFY(visibleLabel(*m_bar, note));

    // Without the caller's wording a plainer sentence still names the billed row.
    m_bar->setEstimate(automatic);
    QVERIFY(m_bar->automaticText().contains(QStringLiteral("fast")));
    QVERIFY(visibleLabel(*m_bar, m_bar->automaticText()));

    // A mode set: nothing to explain, even if a stale note is passed along.
    m_bar->setEstimate(price(2), note);
    QVERIFY(m_bar->automaticText().isEmpty());
    QVERIFY(!visibleLabel(*m_bar, note));

    // An unknown price is not billed as anything.
    automatic.known = false;
    m_bar->setEstimate(automatic, note);
    QVERIFY(m_bar->automaticText().isEmpty());
    QVERIFY(!visibleLabel(*m_bar, note));
}

void tst_CostBar::extrasListed()
{
    const QStringList extras{QStringLiteral("+3 credits per image with Face")};
    m_bar->setEstimate(price(5, 1, 3), QString(), extras);
    QCOMPARE(m_bar->extrasText(), extras.first());
    QVERIFY(visibleLabel(*m_bar, extras.first()));
    m_bar->setEstimate(price(2));
    QVERIFY(m_bar->extrasText().isEmpty());
    QVERIFY(!visibleLabel(*m_bar, extras.first()));
}

void tst_CostBar::sessionSpend_data()
{
    QTest::addColumn<int>("spent");
    QTest::addColumn<QString>("text");
    QTest::newRow("nothing yet") << 0 << QStringLiteral("Spent this session: 0 credits");
    QTest::newRow("one") << 1 << QStringLiteral("Spent this session: 1 credit");
    QTest::newRow("several") << 23 << QStringLiteral("Spent this session: 23 credits");
    QTest::newRow("never negative") << -4 << QStringLiteral("Spent this session: 0 credits");
}

void tst_CostBar::sessionSpend()
{
    QFETCH(int, spent);
    QFETCH(QString, text);
    m_bar->setSessionSpent(99);
    m_bar->setSessionSpent(spent);
    QVERIFY(visibleLabel(*m_bar, text));
}

QTEST_MAIN(tst_CostBar)
#include "tst_costbar.moc"

#include "core/db/sql.h"
#include "core/donations/donationservice.h"
#include "core/receipts/receiptservice.h"
#include "core/redemption/redemptionservice.h"
#include "ui/pages/redemptionpanel.h"
#include "core/adjustments/adjustmentlists.h"
#include "counterfixture.h"
#include "guifixture.h"
#include "ui/widgets/slipprinter.h"
#include "support/fixtures.h"
#include "ui/dialogs/batchjobdialog.h"
#include "ui/dialogs/memberdetaildialog.h"
#include "ui/pages/adjustmentspage.h"
#include "ui/pages/counterpage.h"
#include "ui/widgets/datefield.h"
#include "ui/pages/programmepage.h"
#include "core/audit/auditmodel.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QProgressBar>
#include <QSpinBox>
#include <QTableView>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QFileInfo>

using namespace pd;
using namespace pd::test;

// Redemptions at the counter: prices, refusals, cancellation, slips, prizes, the item list.
class TestCounterRedemption : public QObject
{
    Q_OBJECT
private slots:
    void redeemAtTheCounterWithTheGoodCreditPrice();
    void redemptionRefusalsAreExplained();
    void cancelRedemptionGivesThePointsBack();
    void aCompletedCollectionsPrizeIsHandedOverOnce();
    void aSlipIsFoundByItsNumber();
    void theItemListSaysWhatIsNotOnOfferAndFinds();
};

void TestCounterRedemption::redeemAtTheCounterWithTheGoodCreditPrice()
{
    PD_GUI_FIXTURE(f, 5);
    f.t.setUpMembers("UPDATE members SET credit = 'good', tier = 'member' WHERE card_no = '8000000001'");
    givePoints(f, 3000);
    const qint64 start = balanceOf(f.t.db(), "8000000001");
    const ui::AppContext ctx = f.context(Role::Cashier);
    ui::CounterPage page(ctx);
    page.show();
    chooseZhangSan(page);
    clickTab(&page, "counterTabs", 1);
    chooseItem(&page, "LENS");
    const QString preview = child<QLabel>(&page, "redeemPreview")->text();
    QVERIFY2(preview.contains("1,900") && preview.contains("2,000"), qPrintable(preview)); // ceil(2,000 × 95 %)
    QCOMPARE(balanceOf(f.t.db(), "8000000001"), start); // the preview writes nothing
    const QString number = child<QLabel>(&page, "redemptionNumberLabel")->text();
    QVERIFY(number.startsWith("R"));
    mouseClick(&page, "redeemButton");
    QCOMPARE(balanceOf(f.t.db(), "8000000001"), start - 1900);
    QCOMPARE(stockOf(f.t.db(), "LENS"), 49);
    QVERIFY(child<QLabel>(&page, "memberLabel")->text().contains(QLocale().toString(start - 1900)));
    QCOMPARE(countRows(f.t.db(), "audit_log", "action = 'redeem.post' AND actor_name = 'cashier'"), 1);
    QCOMPARE(countRows(f.t.db(), "redemptions", QStringLiteral("redemption_no = '%1'").arg(number)), 1);
    // a second click on Confirm does nothing; the number stays until the next redemption starts
    QVERIFY(!child<QPushButton>(&page, "redeemButton")->isEnabled());
    QCOMPARE(child<QLabel>(&page, "redemptionNumberLabel")->text(), number);
    QVERIFY(child<QLabel>(&page, "redeemResult")->text().contains(number));
    QTemporaryDir dir;
    ui::FileChooser::answerNextForTests(dir.filePath("slip.pdf"));
    mouseClick(&page, "redeemSlipButton");
    QVERIFY(QFileInfo(dir.filePath("slip.pdf")).size() > 1000);
    QVERIFY(child<QLabel>(&page, "redeemResult")->text().contains("slip.pdf"));
    ui::SlipPrinter::answerNextForTests(dir.filePath("printed.pdf"));
    mouseClick(&page, "redeemPrintButton");
    QVERIFY(child<QLabel>(&page, "redeemResult")->text().contains("Slip sent to the printer."));
    QCOMPARE(pageWidthMm(dir.filePath("printed.pdf")), 80);
}

void TestCounterRedemption::redemptionRefusalsAreExplained()
{
    PD_GUI_FIXTURE(f, 5);
    f.t.setUpMembers("UPDATE members SET credit = 'normal', tier = 'silver' WHERE card_no = '8000000001'");
    givePoints(f, 3000);
    const ui::AppContext ctx = f.context(Role::Cashier);
    ui::CounterPage page(ctx);
    page.show();
    chooseZhangSan(page);
    clickTab(&page, "counterTabs", 1);
    const auto previewAfter = [&](const char *code, int quantity = 1) {
        chooseItem(&page, code);
        typeNumber(&page, "quantitySpin", quantity);
        auto *error = child<QLabel>(&page, "redeemError");
        return error->isHidden() ? child<QLabel>(&page, "redeemPreview")->text() : error->text();
    };
    QVERIFY(previewAfter("TYRE").contains("Gold"));
    QVERIFY(!child<QPushButton>(&page, "redeemButton")->isEnabled());
    QVERIFY(previewAfter("MOONCAKE").contains("until 2026-10-08"));
    QVERIFY(previewAfter("SPRINGBOX").contains("from 2027-01-10"));
    QVERIFY(previewAfter("OIL5L", 3).contains("limited to 2"));
    QVERIFY(previewAfter("INSURANCE").contains("needs 20,000 points"));
    QVERIFY(!child<QPushButton>(&page, "redeemButton")->isEnabled());
    QVERIFY(previewAfter("OIL5L", 2).contains("2,400 points"));
    QVERIFY(child<QPushButton>(&page, "redeemButton")->isEnabled());
    QCOMPARE(countRows(f.t.db(), "redemptions"), 0);
}

void TestCounterRedemption::cancelRedemptionGivesThePointsBack()
{
    PD_GUI_FIXTURE(f, 5);
    f.t.exec("UPDATE members SET credit = 'normal' WHERE card_no = '8000000001'");
    givePoints(f, 6000);
    const qint64 start = balanceOf(f.t.db(), "8000000001");
    RedemptionInput in{"NY01", "R-100", "8000000001", "CARSERVICE", 1, f.clock.nowUtc()};
    QVERIFY(RedemptionService(f.t.db(), f.clock).redeem(Session::system("tester"), in).ok());
    QCOMPARE(stockOf(f.t.db(), "CARSERVICE"), 29);
    const ui::AppContext ctx = f.context(Role::BackOffice);
    ui::CounterPage page(ctx);
    page.show();
    clickTab(&page, "serviceTabs", 1);
    type(&page, "cancelNumberEdit", "R-100");
    const QString preview = child<QLabel>(&page, "cancelPreview")->text();
    QVERIFY2(preview.contains("5,000 points come back") && preview.contains("lots they came from"), qPrintable(preview));
    QVERIFY(!child<QPushButton>(&page, "cancelRedemptionButton")->isEnabled()); // the reason is still missing
    type(&page, "cancelReasonEdit", QStringLiteral("保养未完成"));
    typeNumber(&page, "compensationSpin", 200);
    QVERIFY(child<QPushButton>(&page, "cancelRedemptionButton")->isEnabled());
    mouseClick(&page, "cancelRedemptionButton");
    QCOMPARE(balanceOf(f.t.db(), "8000000001"), start + 200);
    QCOMPARE(stockOf(f.t.db(), "CARSERVICE"), 30);
    QVERIFY(child<QLabel>(&page, "cancelResult")->text().contains("Compensation of 200 points given"));
    QCOMPARE(countRows(f.t.db(), "audit_log", "action = 'redeem.cancel' AND actor_name = 'backoffice'"), 1);
    // a cashier cancels too, but cannot give compensation
    const ui::AppContext cashier = f.context(Role::Cashier);
    ui::CounterPage till(cashier);
    QVERIFY(child<QSpinBox>(&till, "compensationSpin")->isHidden());
}

void TestCounterRedemption::aCompletedCollectionsPrizeIsHandedOverOnce()
{
    PD_GUI_FIXTURE(f, 5);
    QVERIFY(approveCampaigns(f.t.db(), f.clock, R"({"code":"SPRING","name":"春季勋章","type":"badges","from":"2026-11-01","to":"2026-12-31",
        "terms":"集齐有奖。","badges":[{"code":"V1","name":"首次到店","rule":"visits","count":1},{"code":"G1","name":"绿色消费","rule":"green","count":1}],
        "reward_points":88,"reward_item":"OIL5L"})").ok());
    const ui::AppContext ctx = f.context(Role::Cashier);
    ui::CounterPage page(ctx);
    page.show();
    findByTyping(page, "zs");
    QVERIFY(child<QWidget>(&page, "prizeBar")->isHidden());
    const qint64 stock = stockOf(f.t.db(), "OIL5L");
    type(&page, "receiptNoEdit", "B1");
    type(&page, "amountEdit", "100");
    type(&page, "greenEdit", "10");
    mouseClick(&page, "postReceiptButton");
    QCOMPARE(count(f, "badge_completions"), 1);
    QVERIFY(child<QWidget>(&page, "prizeBar")->isVisible());
    QVERIFY2(child<QLabel>(&page, "prizeLabel")->text().contains(QStringLiteral("春季勋章")), qPrintable(child<QLabel>(&page, "prizeLabel")->text()));
    doubleClick(&page, "handOverPrizeButton");
    QCOMPARE(count(f, "badge_completions", "prize_collected_at IS NOT NULL"), 1);
    QCOMPARE(count(f, "audit_log", "action = 'badge.prize' AND actor_name = 'cashier'"), 1);
    QCOMPARE(stockOf(f.t.db(), "OIL5L"), stock - 1);
    QVERIFY(child<QLabel>(&page, "prizeLabel")->text().contains(QStringLiteral("handed over")));
    QVERIFY(!child<QPushButton>(&page, "handOverPrizeButton")->isVisible());
    // the member's badges: both held, the points given, the prize collected
    ui::MemberDetailDialog detail(ctx, page.currentMember());
    const QString badges = child<QLabel>(&detail, "badgeText")->text();
    QVERIFY2(badges.contains(QStringLiteral("首次到店")) && badges.contains(QStringLiteral("88 points given")) && badges.contains("collected on"),
             qPrintable(badges));
    QCOMPARE(f.invariantProblems(), QString());
}

void TestCounterRedemption::aSlipIsFoundByItsNumber()
{
    PD_GUI_FIXTURE(f, 5);
    f.t.setUpMembers("UPDATE members SET tier = 'member', credit = 'normal'");
    PD_OK(ReceiptService(f.t.db(), f.clock)
              .post(Session::system("tester"), ReceiptInput{"NY01", "000123", "8000000001", f.clock.nowUtc().addSecs(-600), "supermarket", 36800, 0, 0}));
    givePoints(f, 2000);
    PD_OK(RedemptionService(f.t.db(), f.clock).redeem(Session::system("tester"), RedemptionInput{"NY01", "R-7", "8000000001", "OIL5L", 1, f.clock.nowUtc()}));
    const ui::AppContext ctx = f.context(Role::Cashier);
    ui::CounterPage page(ctx);
    page.show();
    clickTab(&page, "serviceTabs", 3);
    type(&page, "slipNumberEdit", "000123");
    pressEnter(&page, "slipNumberEdit");
    // 2026-11-23 09:00 UTC less ten minutes, in Shanghai
    QCOMPARE(child<QLabel>(&page, "slipResult")->text(),
             QStringLiteral("Receipt NY01-000123 · card 8000000001 张三 · 2026-11-23 16:50 · ¥368.00 paid, 368 points earned, 0 points used; "
                            "¥0.00 returned"));
    type(&page, "slipNumberEdit", "R-7");
    mouseClick(&page, "findSlipButton");
    QVERIFY2(child<QLabel>(&page, "slipResult")->text().startsWith(QStringLiteral("Redemption R-7 · card 8000000001 张三 · 2026-11-23 17:00 · 1 × ")),
             qPrintable(child<QLabel>(&page, "slipResult")->text()));
    type(&page, "slipNumberEdit", "NOPE");
    pressEnter(&page, "slipNumberEdit");
    QVERIFY(child<QLabel>(&page, "slipResult")->text().startsWith("No receipt, return or redemption NOPE at "));
}

void TestCounterRedemption::theItemListSaysWhatIsNotOnOfferAndFinds()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext ctx = f.context(Role::Cashier);
    ui::CounterPage page(ctx);
    page.show();
    chooseZhangSan(page);
    clickTab(&page, "counterTabs", 1);
    auto *items = child<QComboBox>(&page, "itemCombo");
    QCOMPARE(items->count(), 17);
    QCOMPARE(items->itemText(0), QStringLiteral("东北大米 10kg — 1,000 points")); // by name
    const QStringList last = {items->itemText(15), items->itemText(16)};
    QVERIFY2(last.contains(QStringLiteral("中秋月饼礼盒 — 2,500 points (not today: ended 2026-10-08)")), qPrintable(last.join(" | ")));
    QVERIFY2(last.contains(QStringLiteral("春节年货礼盒 — 3,000 points + ¥20.00 (not today: from 2027-01-10)")), qPrintable(last.join(" | ")));
    for (int i = 0; i < 15; ++i)
        QVERIFY2(!items->itemText(i).contains("not today"), qPrintable(items->itemText(i)));
    type(&page, "itemSearchEdit", QStringLiteral("油"));
    QCOMPARE(items->count(), 1);
    QCOMPARE(items->currentData().toString(), QStringLiteral("OIL5L"));
    type(&page, "itemSearchEdit", "yjd"); // 眼镜店…
    QCOMPARE(items->count(), 2);
    QStringList codes = {items->itemData(0).toString(), items->itemData(1).toString()};
    codes.sort();
    QCOMPARE(codes, (QStringList{"FRAME", "LENS"}));
    // the item found is the one the counter now speaks of (张三 has no points: it says so)
    auto *error = child<QLabel>(&page, "redeemError");
    const QString said = error->isHidden() ? child<QLabel>(&page, "redeemPreview")->text() : error->text();
    QVERIFY2(said.contains(items->currentText().section(QStringLiteral(" — "), 0, 0)), qPrintable(said));
}

QTEST_MAIN(TestCounterRedemption)
#include "tst_counterredemption.moc"

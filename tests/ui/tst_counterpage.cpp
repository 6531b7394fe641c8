#include "core/db/sql.h"
#include "core/donations/donationservice.h"
#include "core/receipts/receiptservice.h"
#include "core/redemption/redemptionservice.h"
#include "ui/pages/redemptionpanel.h"
#include "core/adjustments/adjustmentlists.h"
#include "counterfixture.h"
#include "guifixture.h"
#include "ui/widgets/printpreview.h"
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

class TestCounterPage : public QObject
{
    Q_OBJECT
private slots:
    void receiptShowsItsPointsBeforeConfirming();
    void badAmountIsExplainedAndNothingPosts();
    void returnShowsTheClawbackFirst();
    void aCashierTakesReturnsAtTheHomeStoreOnly();
    void slipAndDonationAtTheCounter();
    void memberDetailSavesAStatementPdf();
    void doubleClicksPostOnce();
    void checkInOnceAndMakeUpAMissedDay();
    void enterPostsAndTheCounterSpeaksInWords();
    void timesAndTodayAreTheProgrammes();
    void theCounterWorksFromTheKeyboard();
};

void TestCounterPage::receiptShowsItsPointsBeforeConfirming()
{
    PD_GUI_FIXTURE(f, 5);
    f.t.setUpMembers("UPDATE members SET tier = 'gold', credit = 'good' WHERE card_no = '8000000001'");
    const ui::AppContext ctx = f.context(Role::Cashier);
    ui::CounterPage page(ctx);
    page.show();
    type(&page, "findEdit", "zs");
    QTest::keyClick(child<QLineEdit>(&page, "findEdit"), Qt::Key_Return);
    QCOMPARE(page.currentMember().cardNo, QStringLiteral("8000000001")); // one match: chosen at once
    QVERIFY(child<QLabel>(&page, "memberLabel")->text().contains(QStringLiteral("张三")));
    type(&page, "receiptNoEdit", "000123");
    type(&page, "amountEdit", "368.00");
    type(&page, "greenEdit", "12.50");
    const QString preview = child<QLabel>(&page, "receiptPreview")->text();
    QVERIFY2(preview.contains("506") && preview.contains("12"), qPrintable(preview));
    QCOMPARE(balanceOf(f.t.db(), "8000000001"), 0); // nothing written by the preview
    mouseClick(&page, "postReceiptButton");
    QCOMPARE(balanceOf(f.t.db(), "8000000001"), 518);
    QVERIFY(child<QLabel>(&page, "memberLabel")->text().contains("518"));
    QCOMPARE(countRows(f.t.db(), "audit_log", "action = 'receipt.post' AND actor_name = 'cashier'"), 1);
}

void TestCounterPage::badAmountIsExplainedAndNothingPosts()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext ctx = f.context(Role::Cashier);
    ui::CounterPage page(ctx);
    page.show();
    type(&page, "findEdit", "8000000002");
    QTest::keyClick(child<QLineEdit>(&page, "findEdit"), Qt::Key_Return);
    type(&page, "receiptNoEdit", "9");
    type(&page, "amountEdit", "12.345");
    QVERIFY(child<QLabel>(&page, "receiptError")->text().contains("two decimals"));
    QVERIFY(!child<QLabel>(&page, "receiptError")->isHidden());
    QVERIFY(child<QLabel>(&page, "receiptPreview")->text().isEmpty());
    QVERIFY(!child<QPushButton>(&page, "postReceiptButton")->isEnabled());
    type(&page, "amountEdit", "100");
    typeNumber(&page, "pointsUsedSpin", 100); // the member has no points
    QVERIFY(child<QLabel>(&page, "receiptError")->text().contains("only 0 points"));
    QVERIFY(!child<QPushButton>(&page, "postReceiptButton")->isEnabled());
    QCOMPARE(countRows(f.t.db(), "receipts"), 0);
}

void TestCounterPage::returnShowsTheClawbackFirst()
{
    PD_GUI_FIXTURE(f, 5);
    f.t.exec("UPDATE members SET credit = 'normal'");
    const ui::AppContext ctx = f.context(Role::Cashier);
    ui::CounterPage page(ctx);
    page.show();
    type(&page, "findEdit", "8000000003");
    QTest::keyClick(child<QLineEdit>(&page, "findEdit"), Qt::Key_Return);
    type(&page, "receiptNoEdit", "R1");
    type(&page, "amountEdit", "800");
    mouseClick(&page, "postReceiptButton");
    QCOMPARE(balanceOf(f.t.db(), "8000000003"), 800);
    type(&page, "returnReceiptEdit", "R1");
    type(&page, "returnNoEdit", "T1");
    type(&page, "returnAmountEdit", "900");
    QVERIFY(child<QLabel>(&page, "returnError")->text().contains("800.00")); // only ¥800 can be returned
    type(&page, "returnAmountEdit", "200");
    QVERIFY2(child<QLabel>(&page, "returnPreview")->text().contains("200"), qPrintable(child<QLabel>(&page, "returnPreview")->text()));
    QCOMPARE(balanceOf(f.t.db(), "8000000003"), 800);
    mouseClick(&page, "postReturnButton");
    QCOMPARE(balanceOf(f.t.db(), "8000000003"), 600);
}

void TestCounterPage::aCashierTakesReturnsAtTheHomeStoreOnly()
{
    PD_GUI_FIXTURE(f, 5);
    f.t.exec("UPDATE members SET credit = 'normal'");
    const ui::AppContext ctx = f.context(Role::Cashier);
    QCOMPARE(ctx.session.storeCode, QStringLiteral("NY01")); // the demo's cashier works there
    ui::CounterPage page(ctx);
    page.show();
    QCOMPARE(child<QComboBox>(&page, "returnStoreCombo")->currentData().toString(), QStringLiteral("NY01"));
    type(&page, "findEdit", "8000000003");
    QTest::keyClick(child<QLineEdit>(&page, "findEdit"), Qt::Key_Return);
    type(&page, "receiptNoEdit", "R7");
    type(&page, "amountEdit", "300");
    mouseClick(&page, "postReceiptButton");
    const qint64 balance = balanceOf(f.t.db(), "8000000003");
    // at another store the refusal is shown before anything is posted
    choose(&page, "returnStoreCombo", QStringLiteral("NY02"));
    type(&page, "returnReceiptEdit", "R7");
    type(&page, "returnNoEdit", "T7");
    type(&page, "returnAmountEdit", "100");
    QVERIFY2(child<QLabel>(&page, "returnError")->text().contains("NY01"), qPrintable(child<QLabel>(&page, "returnError")->text()));
    QVERIFY(!child<QPushButton>(&page, "postReturnButton")->isEnabled());
    pressEnter(&page, "returnAmountEdit");
    QCOMPARE(count(f, "returns"), 0);
    // at home it is taken, once for a double click
    choose(&page, "returnStoreCombo", QStringLiteral("NY01"));
    type(&page, "returnAmountEdit", "100");
    doubleClick(&page, "postReturnButton");
    QCOMPARE(count(f, "returns"), 1);
    QCOMPARE(balanceOf(f.t.db(), "8000000003"), balance - 100);
}

void TestCounterPage::slipAndDonationAtTheCounter()
{
    PD_GUI_FIXTURE(f, 5);
    f.t.exec("UPDATE members SET credit = 'normal'");
    const ui::AppContext ctx = f.context(Role::Cashier);
    ui::CounterPage page(ctx);
    page.show();
    type(&page, "findEdit", "8000000004");
    QTest::keyClick(child<QLineEdit>(&page, "findEdit"), Qt::Key_Return);
    QVERIFY(!child<QPushButton>(&page, "saveSlipButton")->isEnabled());
    type(&page, "receiptNoEdit", "S9");
    type(&page, "amountEdit", "500");
    mouseClick(&page, "postReceiptButton");
    QTemporaryDir dir;
    ui::FileChooser::answerNextForTests(dir.filePath("slip.pdf"));
    mouseClick(&page, "saveSlipButton");
    QFile slip(dir.filePath("slip.pdf"));
    QVERIFY(slip.open(QIODevice::ReadOnly));
    QVERIFY(slip.readAll().startsWith("%PDF-"));
    // printed: on the counter's 80 mm roll unless this computer chose another paper
    ui::SlipPrinter::answerNextForTests(dir.filePath("printed.pdf"));
    mouseClick(&page, "printSlipButton");
    QVERIFY(child<QLabel>(&page, "receiptResult")->text().contains("Slip sent to the printer."));
    QCOMPARE(pageWidthMm(dir.filePath("printed.pdf")), 80);
    clickTab(&page, "serviceTabs", 2);
    QCOMPARE(child<QComboBox>(&page, "projectCombo")->currentData().toString(), QStringLiteral("PAWS")); // from the demo data
    typeNumber(&page, "donatePointsSpin", 200);
    mouseClick(&page, "donateButton");
    QVERIFY(child<QLabel>(&page, "donateResult")->text().contains("200"));
    QCOMPARE(balanceOf(f.t.db(), "8000000004"), 300);
    typeNumber(&page, "donatePointsSpin", 301);
    mouseClick(&page, "donateButton");
    QVERIFY(child<QLabel>(&page, "donateError")->text().contains("only 300"));
    QCOMPARE(balanceOf(f.t.db(), "8000000004"), 300);
}

void TestCounterPage::memberDetailSavesAStatementPdf()
{
    PD_GUI_FIXTURE(f, 5);
    f.t.exec("UPDATE members SET credit = 'normal'");
    const ui::AppContext ctx = f.context(Role::Cashier);
    {
        ui::CounterPage page(ctx);
        page.show();
        type(&page, "findEdit", "8000000001");
        QTest::keyClick(child<QLineEdit>(&page, "findEdit"), Qt::Key_Return);
        type(&page, "receiptNoEdit", "S1");
        type(&page, "amountEdit", "1000");
        mouseClick(&page, "postReceiptButton");
    }
    Member m;
    m.id = sql::scalar(f.t.db().connection(), "SELECT id FROM members WHERE card_no = '8000000001'").value().toLongLong();
    m.cardNo = "8000000001";
    m.name = QStringLiteral("张三");
    ui::MemberDetailDialog dialog(ctx, m);
    dialog.show();
    QVERIFY(child<QLabel>(&dialog, "summaryLabel")->text().contains("1,000") || child<QLabel>(&dialog, "summaryLabel")->text().contains("1000"));
    // the tier's perks under the points: a member tier has none, a gold one the demo's
    QVERIFY(!child<QLabel>(&dialog, "summaryLabel")->text().contains("Perks of the tier"));
    f.t.setUpMembers("UPDATE members SET tier = 'gold' WHERE card_no = '8000000002'");
    Member gold;
    gold.id = sql::scalar(f.t.db().connection(), "SELECT id FROM members WHERE card_no = '8000000002'").value().toLongLong();
    gold.cardNo = "8000000002";
    ui::MemberDetailDialog goldDialog(ctx, gold);
    QVERIFY2(child<QLabel>(&goldDialog, "summaryLabel")->text().contains(QStringLiteral("Perks of the tier: 免费停车 2 小时")),
             qPrintable(child<QLabel>(&goldDialog, "summaryLabel")->text()));
    auto *history = child<QTableView>(&dialog, "historyView");
    QCOMPARE(history->model()->rowCount(), 1);
    QVERIFY2(history->model()->index(0, 4).data().toString().contains("1,000 points"), qPrintable(history->model()->index(0, 4).data().toString()));
    QCOMPARE(history->model()->index(0, 3).data().toString(), QStringLiteral("Receipt NY01-S1"));
    QTemporaryDir dir;
    const QString file = dir.filePath("s.pdf");
    ui::FileChooser::answerNextForTests(file);
    clickTab(&dialog, "detailTabs", 2);
    child<QDateEdit>(&dialog, "monthEdit")->setDate(f.clock.nowUtc().date());
    mouseClick(&dialog, "saveStatementButton");
    QVERIFY2(QFile::exists(file), qPrintable(child<QLabel>(&dialog, "statementLabel")->text()));
    // the same statement in the print preview, drawn on an A4 printer (a PDF here)
    const QString printed = dir.filePath("printed.pdf");
    ui::PrintPreview::answerNextForTests(printed);
    mouseClick(&dialog, "previewStatementButton");
    QFile pdf(printed);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QCOMPARE(pdfPageCount(bytes), 1);
}

void TestCounterPage::doubleClicksPostOnce()
{
    // issue 13: a double click on 确认兑换 made two redemptions; every posting button of the
    // counter is double-clicked here with the mouse, and each posts once
    PD_GUI_FIXTURE(f, 5);
    f.t.setUpMembers("UPDATE members SET credit = 'normal', tier = 'member'");
    givePoints(f, 3000);
    const ui::AppContext ctx = f.context(Role::Cashier);
    ui::CounterPage page(ctx);
    page.show();
    findByTyping(page, "zs");
    QCOMPARE(page.currentMember().cardNo, QStringLiteral("8000000001"));

    type(&page, "receiptNoEdit", "DC1");
    type(&page, "amountEdit", "500");
    doubleClick(&page, "postReceiptButton");
    QCOMPARE(count(f, "receipts", "receipt_no = 'DC1'"), 1);
    QCOMPARE(count(f, "audit_log", "action = 'receipt.post' AND actor_name = 'cashier'"), 1);
    QCOMPARE(balanceOf(f.t.db(), "8000000001"), 3550); // silver since the ¥3,000: 500 × 110 %

    type(&page, "returnReceiptEdit", "DC1");
    type(&page, "returnNoEdit", "DT1");
    type(&page, "returnAmountEdit", "100");
    doubleClick(&page, "postReturnButton");
    QCOMPARE(count(f, "returns"), 1);
    QCOMPARE(balanceOf(f.t.db(), "8000000001"), 3440); // floor(550 × 100 / 500) back

    clickTab(&page, "counterTabs", 1);
    chooseItem(&page, "OIL5L");
    const QString number = child<QLabel>(&page, "redemptionNumberLabel")->text();
    doubleClick(&page, "redeemButton");
    QCOMPARE(count(f, "redemptions"), 1);
    QCOMPARE(count(f, "audit_log", "action = 'redeem.post'"), 1);
    QCOMPARE(balanceOf(f.t.db(), "8000000001"), 2240); // OIL5L: 1,200 points
    QCOMPARE(child<QLabel>(&page, "redemptionNumberLabel")->text(), number); // shown with its result
    // finding the member again (a refresh) does not make a second redemption possible
    findByTyping(page, "8000000001");
    QVERIFY(!child<QPushButton>(&page, "redeemButton")->isEnabled());
    mouseClick(&page, "nextRedemptionButton");
    QVERIFY(child<QLabel>(&page, "redemptionNumberLabel")->text() != number);
    QVERIFY(child<QPushButton>(&page, "redeemButton")->isEnabled());
    QVERIFY(child<QLabel>(&page, "redeemResult")->isHidden());

    clickTab(&page, "serviceTabs", 1);
    type(&page, "cancelNumberEdit", number);
    type(&page, "cancelReasonEdit", QStringLiteral("顾客不要了"));
    doubleClick(&page, "cancelRedemptionButton");
    QCOMPARE(count(f, "redemption_cancellations"), 1);
    QCOMPARE(balanceOf(f.t.db(), "8000000001"), 3440);

    clickTab(&page, "serviceTabs", 2);
    type(&page, "donatePointsSpin", "100");
    doubleClick(&page, "donateButton");
    QCOMPARE(count(f, "donations"), 1);
    QCOMPARE(balanceOf(f.t.db(), "8000000001"), 3340);
    // another amount is a new intent: the next donation goes through
    type(&page, "donatePointsSpin", "50");
    mouseClick(&page, "donateButton");
    QCOMPARE(count(f, "donations"), 2);
    QCOMPARE(f.invariantProblems(), QString());
}

void TestCounterPage::checkInOnceAndMakeUpAMissedDay()
{
    PD_GUI_FIXTURE(f, 5);
    QVERIFY(approveCampaigns(f.t.db(), f.clock, R"({"code":"SIGN-IN","name":"每日签到","type":"checkin","from":"2026-11-01","to":"2026-12-31",
        "terms":"每日签到得积分。","daily_points":5,"streak_bonus":{"3":10,"7":50},"cycle_days":7,"makeup_free_per_month":1,
        "makeup_cost_points":20,"makeup_window_days":7})").ok());
    const ui::AppContext ctx = f.context(Role::Cashier);
    ui::CounterPage page(ctx);
    page.show();
    findByTyping(page, "zs");
    clickTab(&page, "counterTabs", 2);
    QVERIFY(child<QLabel>(&page, "checkinTerms")->text().contains(QStringLiteral("+50 on day 7")));
    const qint64 before = balanceOf(f.t.db(), "8000000001");
    doubleClick(&page, "checkinButton");
    QCOMPARE(count(f, "checkins"), 1);
    QCOMPARE(count(f, "audit_log", "action = 'checkin.post' AND actor_name = 'cashier'"), 1);
    QVERIFY(child<QLabel>(&page, "checkinResult")->text().contains(QStringLiteral("Days in a row: 1")));
    QCOMPARE(balanceOf(f.t.db(), "8000000001"), before + 5);
    // yesterday, missed: made up with the month's free card, two days in a row now
    type(&page, "checkinDayEdit", "2026-11-22");
    mouseClick(&page, "checkinButton");
    QCOMPARE(count(f, "checkins"), 2);
    const QString made = child<QLabel>(&page, "checkinResult")->text();
    QVERIFY2(made.contains(QStringLiteral("free make-up card")) && made.contains(QStringLiteral("Days in a row: 2")), qPrintable(made));
    // a day still to come is refused in words, nothing written
    type(&page, "checkinDayEdit", "2026-11-24");
    mouseClick(&page, "checkinButton");
    QCOMPARE(count(f, "checkins"), 2);
    QVERIFY(child<QLabel>(&page, "checkinError")->text().contains(QStringLiteral("still to come")));
    QCOMPARE(f.invariantProblems(), QString());

    // the member's month: checked in today, made up yesterday, the next bonus tomorrow (day 3)
    ui::MemberDetailDialog detail(ctx, page.currentMember());
    detail.show();
    const QString summary = child<QLabel>(&detail, "checkinSummary")->text();
    QVERIFY2(summary.contains(QStringLiteral("days in a row: 2")) && summary.contains(QStringLiteral("days to the next bonus (+10): 1"))
                 && summary.contains(QStringLiteral("0 free")),
             qPrintable(summary));
    auto *calendar = child<QCalendarWidget>(&detail, "checkinCalendarView");
    QCOMPARE(calendar->dateTextFormat(QDate(2026, 11, 22)).background().color(), QColor(0xbb, 0xde, 0xfb)); // made up
    QCOMPARE(calendar->dateTextFormat(QDate(2026, 11, 23)).background().color(), QColor(0xc8, 0xe6, 0xc9)); // checked in
    QCOMPARE(calendar->dateTextFormat(QDate(2026, 11, 21)).background().color(), QColor(0xff, 0xcd, 0xd2)); // missed
    QCOMPARE(calendar->dateTextFormat(QDate(2026, 11, 24)).fontWeight(), int(QFont::Bold));                 // a bonus ahead
}

void TestCounterPage::enterPostsAndTheCounterSpeaksInWords()
{
    PD_GUI_FIXTURE(f, 5);
    f.t.setUpMembers("UPDATE members SET credit = 'normal', tier = 'member'");
    givePoints(f, 3000);
    const ui::AppContext ctx = f.context(Role::Cashier);
    ui::CounterPage page(ctx);
    page.show();
    findByTyping(page, "zs");
    // before anything is typed: no error, no preview
    QVERIFY(child<QLabel>(&page, "receiptError")->isHidden());
    QVERIFY(child<QLabel>(&page, "receiptPreview")->text().isEmpty());
    type(&page, "amountEdit", "12.345");
    QVERIFY(!child<QLabel>(&page, "receiptError")->isHidden());
    QVERIFY(child<QLabel>(&page, "receiptPreview")->text().isEmpty());
    pressEnter(&page, "amountEdit"); // refused: nothing posts
    QCOMPARE(count(f, "receipts"), 1);
    type(&page, "receiptNoEdit", "E1");
    type(&page, "amountEdit", "368");
    type(&page, "pointsUsedSpin", "1000");
    const QString preview = child<QLabel>(&page, "receiptPreview")->text();
    QVERIFY(!child<QLabel>(&page, "receiptPreview")->text().isEmpty());
    QVERIFY2(preview.contains(QStringLiteral("Bill ¥378.00: 1,000 points pay ¥10.00.")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("Cash to collect: ¥368.00")), qPrintable(preview));
    QVERIFY(child<QLabel>(&page, "receiptError")->isHidden());
    pressEnter(&page, "amountEdit");
    QCOMPARE(count(f, "receipts"), 2);
    QCOMPARE(balanceOf(f.t.db(), "8000000001"), 3000 - 1000 + 404); // silver since the ¥3,000: floor(368 × 110 %)
    auto *result = child<QLabel>(&page, "receiptResult");
    QVERIFY(!result->isHidden());
    QCOMPARE(result->text(), QStringLiteral("Receipt E1 posted: 404 points earned, balance now 2,404 points.\n"
                                            "1,000 points paid ¥10.00; ¥368.00 collected in cash."));
    QVERIFY(child<QLabel>(&page, "receiptPreview")->text().isEmpty());
    QVERIFY(child<QLabel>(&page, "receiptError")->isHidden());
    QCOMPARE(child<QLineEdit>(&page, "amountEdit")->text(), QString());
    pressEnter(&page, "amountEdit"); // the emptied form posts nothing more
    QCOMPARE(count(f, "receipts"), 2);
    // money for people has thousands separators
    type(&page, "receiptNoEdit", "E2");
    type(&page, "amountEdit", "12000");
    QVERIFY2(child<QLabel>(&page, "receiptPreview")->text().contains(QStringLiteral("¥12,000.00")),
             qPrintable(child<QLabel>(&page, "receiptPreview")->text()));
    QVERIFY(result->isHidden()); // the next receipt has begun
    // a mistake in the receipt after a posted one is shown in words, on screen, as the first
    auto *error = child<QLabel>(&page, "receiptError");
    type(&page, "amountEdit", "50.005");
    QVERIFY(!error->isHidden());
    QVERIFY(error->text().contains("two decimals"));
    QTRY_VERIFY(error->isVisible() && error->height() >= error->fontMetrics().height());
    QVERIFY(!error->visibleRegion().isEmpty());
    QCOMPARE(f.invariantProblems(), QString());
}

void TestCounterPage::timesAndTodayAreTheProgrammes()
{
    // runs with TZ=UTC and TZ=Asia/Shanghai (two ctest entries): the same text either way
    PD_GUI_FIXTURE(f, 5);
    // 22:55 UTC on 30 November is 06:55 on 1 December in Shanghai
    f.clock.set(QDateTime(QDate(2026, 11, 30), QTime(22, 55), QTimeZone::utc()));
    const ui::AppContext backoffice = f.context(Role::BackOffice);
    ui::AdjustmentsPage asker(backoffice);
    asker.show();
    type(&asker, "cardEdit", "8000000001");
    type(&asker, "pointsSpin", "1500");
    type(&asker, "reasonEdit", QStringLiteral("补录漏记积分"));
    mouseClick(&asker, "requestButton");
    QCOMPARE(asker.queue()->index(0, PendingAdjustmentsModel::AskedAt).data().toString(), QStringLiteral("2026-12-01 06:55"));
    AuditModel audit(f.t.db(), Session::system(QStringLiteral("tester")));
    audit.setFilter({});
    bool found = false;
    for (int row = 0; row < audit.rowCount(); ++row)
        found = found || audit.index(row, AuditModel::Time).data().toString() == QStringLiteral("2026-12-01 06:55:00");
    QVERIFY(found);

    const ui::AppContext admin = f.context(Role::Administrator);
    ui::BatchJobDialog review(admin, ui::BatchJobDialog::Job::TierReview);
    review.show();
    QCOMPARE(child<ui::DateField>(&review, "dateEdit")->date(), QDate(2026, 12, 1));
    type(&review, "dateEdit", "2028-01-01");
    QCOMPARE(child<ui::DateField>(&review, "dateEdit")->date(), QDate(2028, 1, 1));
}

// A member comes back with a slip: the desk finds what it was by the number on it.
// On 23 November 2026 the mooncakes (to 8 October) and the spring box (from 10 January) are not
// on offer: they come last and say why; typing finds items by name or pinyin initials.
// A cashier who never touches the mouse: F2 to the search, Enter to the receipt's number, Tab
// through the form, Enter to post; Ctrl+1 to Ctrl+7 to the tabs, each with the cursor where
// the typing starts; the arrows and Enter choose among several members found.
void TestCounterPage::theCounterWorksFromTheKeyboard()
{
    PD_GUI_FIXTURE(f, 5);
    f.t.exec("UPDATE members SET credit = 'normal'");
    const ui::AppContext ctx = f.context(Role::Cashier);
    ui::CounterPage page(ctx);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    const auto focused = [] { return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString(); };
    const auto press = [](int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
    };
    const auto typeHere = [](const char *text) { QTest::keyClicks(QApplication::focusWidget(), QLatin1String(text)); };

    // as right after logging in: no field has the cursor
    if (QApplication::focusWidget())
        QApplication::focusWidget()->clearFocus();
    QVERIFY(!QApplication::focusWidget());
    QTest::keyClick(&page, Qt::Key_F2);
    QCOMPARE(focused(), QStringLiteral("findEdit"));
    typeHere("8000000002");
    press(Qt::Key_Return);
    QCOMPARE(page.currentMember().cardNo, QStringLiteral("8000000002"));
    QCOMPARE(focused(), QStringLiteral("receiptNoEdit"));
    typeHere("KB-1");
    press(Qt::Key_Tab);
    QCOMPARE(focused(), QStringLiteral("scenarioCombo"));
    press(Qt::Key_Tab);
    QCOMPARE(focused(), QStringLiteral("amountEdit"));
    typeHere("128.00");
    press(Qt::Key_Return);
    QCOMPARE(countRows(f.t.db(), "receipts", "receipt_no = 'KB-1' AND amount = 12800"), 1);

    // the tabs: Ctrl+1 to Ctrl+3 on the left, Ctrl+4 to Ctrl+7 on the right
    press(Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(child<QTabWidget>(&page, "serviceTabs")->currentIndex(), 0);
    QCOMPARE(focused(), QStringLiteral("returnReceiptEdit"));
    press(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(child<QTabWidget>(&page, "counterTabs")->currentIndex(), 1);
    QVERIFY(child<QTabWidget>(&page, "counterTabs")->currentWidget()->isAncestorOf(QApplication::focusWidget()));
    press(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(focused(), QStringLiteral("receiptNoEdit"));
    QCOMPARE(child<QTabWidget>(&page, "counterTabs")->tabToolTip(0), QKeySequence(QStringLiteral("Ctrl+1")).toString(QKeySequence::NativeText));

    // several found: the list takes the arrows, Enter takes the member
    press(Qt::Key_F2);
    typeHere("8000000");
    press(Qt::Key_Return);
    QCOMPARE(focused(), QStringLiteral("resultsView"));
    auto *results = child<QTableView>(&page, "resultsView");
    QVERIFY(results->model()->rowCount() > 1);
    press(Qt::Key_Down);
    const QString second = results->model()->index(1, 0).data().toString();
    press(Qt::Key_Return);
    QVERIFY2(second.contains(page.currentMember().cardNo) || page.currentMember().cardNo.contains(second), qPrintable(second));
    QCOMPARE(focused(), QStringLiteral("receiptNoEdit"));
}

QTEST_MAIN(TestCounterPage)
#include "tst_counterpage.moc"

// The Campaigns screen as its people use it: the campaign manager designs a double-points day in
// the editor (the calendar, the sample receipt and the members' terms follow the typing), a
// slipped percent is refused in the engine's words, the officer approves from the queue (never
// their own), the counter then explains the campaign's part, and a simulation draws its days.
#include "core/campaigns/campaignlistmodel.h"
#include "core/campaigns/campaignservice.h"
#include "core/receipts/receiptservice.h"
#include "guifixture.h"
#include "ui/dialogs/campaigndialog.h"
#include "ui/dialogs/campaignfiguresdialog.h"
#include "ui/pages/campaignspage.h"
#include "ui/pages/catalogpage.h"
#include "ui/pages/counterpage.h"
#include "core/catalog/catalogmodel.h"

#include <QCalendarWidget>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTextCharFormat>

using namespace pd;
using namespace pd::test;

class TestCampaignsPage : public QObject
{
    Q_OBJECT
private slots:
    void managerDesignsAndOfficerApproves();
    void nobodyApprovesTheirOwn();
    void counterExplainsTheCampaignsPart();
    void simulationShowsItsDaysOnAChart();
    void aSaleShowsBothPricesInTheCatalogAndAtTheCounter();
    void doubleClicksAndEnterDecideOnce();
    void aCheckinLadderIsDesignedInTheEditor();
    void aBadgeCollectionIsDesignedInTheEditor();
};

namespace {
// Ticks the entry holding `code` in a check list, by keyboard as a person tabbing in would.
void tick(QObject *parent, const char *list, const QString &code)
{
    auto *l = child<QListWidget>(parent, list);
    for (int row = 0; row < l->count(); ++row) {
        if (l->item(row)->data(Qt::UserRole).toString() == code) {
            clickCell(parent, list, row, 0);
            QTest::keyClick(l, Qt::Key_Space);
            return;
        }
    }
    QTest::qFail(qPrintable(QStringLiteral("%1 has no %2").arg(QLatin1String(list), code)), __FILE__, __LINE__);
}

QString statusOf(GuiFixture &f, const char *code)
{
    return sql::scalar(f.t.db().connection(), "SELECT status FROM campaigns WHERE code = ? ORDER BY version DESC LIMIT 1", {QString::fromLatin1(code)})
        .value()
        .toString();
}

// Approved by the officer after the manager wrote and submitted it.
void approvedCampaign(GuiFixture &f, const QByteArray &json)
{
    const Status s = approveCampaigns(f.t.db(), f.clock, json);
    QVERIFY2(s, qPrintable(s.error().message));
}
} // namespace

void TestCampaignsPage::managerDesignsAndOfficerApproves()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext manager = f.context(Role::CampaignManager);
    ui::CampaignsPage page(manager);
    page.show();
    QVERIFY(!page.findChild<QPushButton *>("approveButton")); // the manager never approves
    mouseClick(&page, "newButton");
    QPointer<ui::CampaignDialog> editor = page.findChild<ui::CampaignDialog *>();
    QVERIFY(editor);
    type(editor, "codeEdit", "SAT-DOUBLE");
    type(editor, "nameEdit", QStringLiteral("周六双倍积分"));
    type(editor, "fromEdit", "2026-11-23"); // a Monday: the fixture's today
    type(editor, "toEdit", "2026-12-31");
    typeNumber(editor, "percentSpin", 10000); // the slip that once paid 10,000 %
    mouseClick(editor, "weekday6");
    tick(editor, "storesList", "NY01");

    // the calendar marks the Saturdays of the window only
    auto *calendar = child<QCalendarWidget>(editor, "scheduleCalendar");
    QVERIFY(calendar->dateTextFormat(QDate(2026, 11, 28)).background().style() != Qt::NoBrush);
    QCOMPARE(calendar->dateTextFormat(QDate(2026, 11, 27)).background().style(), Qt::NoBrush);
    QVERIFY(child<QLabel>(editor, "membersTermsLabel")->text().contains("on Saturdays"));

    mouseClick(editor, "saveButton");
    QVERIFY2(child<QLabel>(editor, "errorLabel")->text().contains("percent: must be a whole number from 101 to 1000"),
             qPrintable(child<QLabel>(editor, "errorLabel")->text()));
    QCOMPARE(countRows(f.t.db(), "campaigns"), 0);

    typeNumber(editor, "percentSpin", 200);
    // ¥100 in the supermarket from a Gold member (125 %): 125 points, doubled 250
    const QString sample = child<QLabel>(editor, "sampleLabel")->text();
    QVERIFY2(sample.contains("On 2026-11-28") && sample.contains("earns 250 points; without the campaign 125"), qPrintable(sample));
    QVERIFY(child<QLabel>(editor, "membersTermsLabel")->text().contains(QStringLiteral("周六双倍积分 (2026-11-23 – 2026-12-31)")));

    // submitting needs the terms: the draft is kept, the editor stays open to add them
    mouseClick(editor, "submitButton");
    QVERIFY(child<QLabel>(editor, "errorLabel")->text().contains("terms"));
    QCOMPARE(statusOf(f, "SAT-DOUBLE"), QStringLiteral("draft"));
    auto *terms = child<QPlainTextEdit>(editor, "termsEdit");
    terms->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("每周六在南阳店消费，积分翻倍。"));
    QApplication::sendEvent(terms, &commit);
    mouseClick(editor, "submitButton");
    QTRY_VERIFY(!editor);
    QCOMPARE(statusOf(f, "SAT-DOUBLE"), QStringLiteral("submitted"));
    QCOMPARE(countRows(f.t.db(), "campaigns"), 1);
    const int row = page.model()->rowOf("SAT-DOUBLE");
    QVERIFY(row >= 0);
    QCOMPARE(page.model()->index(row, CampaignListModel::State).data().toString(), QStringLiteral("Waiting for approval"));

    // the officer: in the queue, approved after reading what members will read
    const ui::AppContext officer = f.context(Role::Compliance);
    ui::CampaignsPage approvals(officer);
    approvals.show();
    QCOMPARE(approvals.queue()->rowCount(), 1);
    QVERIFY(!approvals.findChild<QPushButton *>("newButton")); // compliance designs nothing
    clickCell(&approvals, "approvalView", 0, CampaignListModel::Name);
    ui::MessageBox::setRecordingForTests(true, ui::MessageBox::Answer::No); // read, then decide
    mouseClick(&approvals, "approveButton");
    const QString asked = ui::MessageBox::lastTextForTests();
    ui::MessageBox::setRecordingForTests(true, ui::MessageBox::Answer::Yes);
    QVERIFY2(asked.contains(QStringLiteral("每周六在南阳店消费，积分翻倍。")) && asked.contains("written by campaign"), qPrintable(asked));
    QCOMPARE(statusOf(f, "SAT-DOUBLE"), QStringLiteral("submitted"));
    mouseClick(&approvals, "approveButton");
    QCOMPARE(statusOf(f, "SAT-DOUBLE"), QStringLiteral("approved"));
    QCOMPARE(approvals.queue()->rowCount(), 0);
    QCOMPARE(approvals.model()->index(approvals.model()->rowOf("SAT-DOUBLE"), CampaignListModel::State).data().toString(),
             QStringLiteral("Active"));
    QCOMPARE(countRows(f.t.db(), "audit_log", "action = 'campaign.approve' AND actor_name = 'compliance'"), 1);
}

void TestCampaignsPage::nobodyApprovesTheirOwn()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext admin = f.context(Role::Administrator);
    CampaignService campaigns(f.t.db(), f.clock);
    QList<FieldProblem> problems;
    QVERIFY(campaigns.importDrafts(admin.session, R"({"code":"ADMIN-OWN","name":"自己的","type":"first_purchase","from":"2026-11-23",
        "to":"2026-12-31","terms":"首单送50积分。","points":50})", problems));
    QVERIFY(campaigns.submit(admin.session, "ADMIN-OWN"));
    ui::CampaignsPage page(admin);
    page.show();
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.queue()->rowCount(), 0); // written by the administrator: not in their own queue
    // rejecting needs a reason, from the officer
    const ui::AppContext compliance = f.context(Role::Compliance);
    ui::CampaignsPage officer(compliance);
    officer.show();
    clickCell(&officer, "approvalView", 0, 0);
    mouseClick(&officer, "rejectButton");
    QVERIFY(ui::MessageBox::lastTextForTests().contains("Say why"));
    type(&officer, "reasonEdit", QStringLiteral("与赶集日活动重复"));
    mouseClick(&officer, "rejectButton");
    QCOMPARE(statusOf(f, "ADMIN-OWN"), QStringLiteral("rejected"));
}

void TestCampaignsPage::counterExplainsTheCampaignsPart()
{
    PD_GUI_FIXTURE(f, 5);
    f.t.setUpMembers("UPDATE members SET tier = 'member', credit = 'normal'");
    approvedCampaign(f, R"({"code":"WEEK-X2","name":"双倍积分周","type":"multiplier","from":"2026-11-20","to":"2026-11-30",
        "terms":"本周消费积分翻倍。","percent":200})");
    const ui::AppContext cashier = f.context(Role::Cashier);
    ui::CounterPage page(cashier);
    page.show();
    type(&page, "findEdit", "8000000001");
    QTest::keyClick(child<QLineEdit>(&page, "findEdit"), Qt::Key_Return);
    type(&page, "receiptNoEdit", "000777");
    type(&page, "amountEdit", "60.00");
    const QString preview = child<QLabel>(&page, "receiptPreview")->text();
    QVERIFY2(preview.contains(QStringLiteral("Campaigns: 双倍积分周 ×2: +60")), qPrintable(preview));
    mouseClick(&page, "postReceiptButton");
    QCOMPARE(balanceOf(f.t.db(), "8000000001"), 120);
}

void TestCampaignsPage::simulationShowsItsDaysOnAChart()
{
    PD_GUI_FIXTURE(f, 5);
    f.t.setUpMembers("UPDATE members SET tier = 'member', credit = 'normal'");
    // last week's receipts, posted with no campaign
    ReceiptService receipts(f.t.db(), f.clock);
    const QTimeZone shanghai(QByteArrayLiteral("Asia/Shanghai"));
    for (int day = 16; day <= 20; ++day)
        QVERIFY(receipts.post(Session::system({}), ReceiptInput{QStringLiteral("NY01"), QStringLiteral("OLD%1").arg(day), QStringLiteral("8000000002"),
                                                                QDateTime(QDate(2026, 11, day), QTime(10, 0), shanghai),
                                                                QStringLiteral("supermarket"), 10000 * (day - 15), 0, 0}));
    CampaignService campaigns(f.t.db(), f.clock);
    QList<FieldProblem> problems;
    QVERIFY(campaigns.importDrafts(f.context(Role::CampaignManager).session, R"({"code":"TRY-X3","name":"三倍试算","type":"multiplier",
        "from":"2026-12-01","to":"2026-12-31","percent":300,"budget_points":1000})", problems));
    const ui::AppContext manager = f.context(Role::CampaignManager);
    ui::CampaignsPage page(manager);
    page.show();
    clickCell(&page, "campaignsView", page.model()->rowOf("TRY-X3"), CampaignListModel::Code);
    mouseClick(&page, "simulateButton");
    QPointer<ui::CampaignFiguresDialog> dialog = page.findChild<ui::CampaignFiguresDialog *>();
    QVERIFY(dialog);
    type(dialog, "fromEdit", "2026-11-16");
    type(dialog, "toEdit", "2026-11-22");
    QSignalSpy shown(dialog.data(), &ui::CampaignFiguresDialog::figuresShown);
    mouseClick(dialog, "runButton");
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(shown.at(0).at(0).toBool());
    // ¥100, ¥200, ¥300 … tripled add 200, 400, then the budget's last 400 of 600: 1,000 in all, run out on the 18th
    const QString figures = child<QLabel>(dialog, "figuresLabel")->text();
    QVERIFY2(figures.contains("1,000 extra points costing ¥10.00") && figures.contains("runs out on 2026-11-18"), qPrintable(figures));
    QCOMPARE(countRows(f.t.db(), "campaign_awards"), 0); // a simulation writes nothing
    const QList<QAbstractSeries *> series = dialog->chartView()->chart()->series();
    QCOMPARE(series.size(), 1);
    QCOMPARE(static_cast<QLineSeries *>(series.first())->count(), 3); // the days it awarded points
}

void TestCampaignsPage::aSaleShowsBothPricesInTheCatalogAndAtTheCounter()
{
    PD_GUI_FIXTURE(f, 5);
    f.t.setUpMembers("UPDATE members SET tier = 'member', credit = 'normal'");
    QVERIFY(ReceiptService(f.t.db(), f.clock)
                .post(Session::system({}), ReceiptInput{"NY01", "GIVE1", "8000000001", f.clock.nowUtc().addSecs(-600), "supermarket", 500000, 0, 0}));
    // 爱眼日: lenses (2,000 points, worth ¥200) for 1,500
    approvedCampaign(f, R"({"code":"EYE-DAY","name":"爱眼日特惠","type":"sale","from":"2026-11-20","to":"2026-11-30",
        "terms":"护眼镜片1500积分。","item":"LENS","points":1500})");
    const ui::AppContext manager = f.context(Role::CampaignManager);
    ui::CatalogPage catalog(manager);
    catalog.show();
    clickCell(&catalog, "catalogView", catalog.model()->rowOf("LENS"), 0);
    const QString details = child<QLabel>(&catalog, "detailsLabel")->text();
    // a point buys ¥0.10 at 2,000 and ¥0.13 at 1,500: a third more
    QVERIFY2(details.contains(QStringLiteral("爱眼日特惠 until 2026-11-30: 1,500 points instead of 2,000; a point is worth ¥0.13 instead of ¥0.10 (+33 %)")),
             qPrintable(details));

    const ui::AppContext cashier = f.context(Role::Cashier);
    ui::CounterPage page(cashier);
    page.show();
    type(&page, "findEdit", "8000000001");
    QTest::keyClick(child<QLineEdit>(&page, "findEdit"), Qt::Key_Return);
    clickTab(&page, "counterTabs", 1);
    choose(&page, "itemCombo", QStringLiteral("LENS"));
    const QString preview = child<QLabel>(&page, "redeemPreview")->text();
    QVERIFY2(preview.contains(QStringLiteral("爱眼日特惠: 1,500 instead of 2,000 points each.")), qPrintable(preview));
    mouseClick(&page, "redeemButton");
    QCOMPARE(balanceOf(f.t.db(), "8000000001"), 5000 - 1500);
}

void TestCampaignsPage::aCheckinLadderIsDesignedInTheEditor()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext manager = f.context(Role::CampaignManager);
    ui::CampaignsPage page(manager);
    page.show();
    mouseClick(&page, "newButton");
    QPointer<ui::CampaignDialog> editor = page.findChild<ui::CampaignDialog *>();
    QVERIFY(editor);
    type(editor, "codeEdit", "SIGN-DEC");
    type(editor, "nameEdit", QStringLiteral("十二月签到"));
    choose(editor, "typeCombo", QStringLiteral("checkin"));
    QVERIFY(child<QSpinBox>(editor, "dailyPointsSpin")->isVisible());
    QVERIFY(!child<QSpinBox>(editor, "percentSpin")->isVisible());
    type(editor, "streakBonusEdit", "3=10");
    QVERIFY(child<QLabel>(editor, "sampleLabel")->text().contains("day: points"));
    mouseClick(editor, "saveButton");
    QVERIFY(child<QLabel>(editor, "errorLabel")->text().contains("3=10"));
    QCOMPARE(countRows(f.t.db(), "campaigns"), 0);
    type(editor, "streakBonusEdit", "3: 10, 7: 50");
    // a week every day: 7 × 5 and 10 + 50
    const QString sample = child<QLabel>(editor, "sampleLabel")->text();
    QVERIFY2(sample.contains("every day for 7 days earns 95 points"), qPrintable(sample));
    QVERIFY(child<QLabel>(editor, "membersTermsLabel")->text().contains("+50 on day 7"));
    // the sample month: coming every day from the first day, day 3 and day 7 of each cycle pay a bonus
    type(editor, "fromEdit", "2026-12-01");
    type(editor, "toEdit", "2026-12-31");
    auto *calendar = child<QCalendarWidget>(editor, "scheduleCalendar");
    QCOMPARE(calendar->dateTextFormat(QDate(2026, 12, 3)).background().color(), QColor("#ef6c00"));
    QCOMPARE(calendar->dateTextFormat(QDate(2026, 12, 7)).background().color(), QColor("#ef6c00"));
    QCOMPARE(calendar->dateTextFormat(QDate(2026, 12, 10)).background().color(), QColor("#ef6c00")); // day 3 of the second cycle
    QVERIFY(calendar->dateTextFormat(QDate(2026, 12, 4)).background().color() != QColor("#ef6c00"));
    QVERIFY(calendar->dateTextFormat(QDate(2026, 12, 7)).toolTip().contains("50"));
    mouseClick(editor, "saveButton");
    QTRY_VERIFY(!editor);
    auto saved = CampaignService(f.t.db(), f.clock).campaign(manager.session, "SIGN-DEC");
    PD_OK(saved);
    QCOMPARE(saved->type, CampaignType::Checkin);
    QCOMPARE(saved->checkin.dailyPoints, 5);
    QCOMPARE(saved->checkin.streakBonus, (QMap<int, qint64>{{3, 10}, {7, 50}}));
    QCOMPARE(saved->checkin.cycleDays, 7);
    QCOMPARE(saved->checkin.makeupCostPoints, 20);
    QCOMPARE(saved->checkin.makeupWindowDays, 7);
}

void TestCampaignsPage::aBadgeCollectionIsDesignedInTheEditor()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext manager = f.context(Role::CampaignManager);
    ui::CampaignsPage page(manager);
    page.show();
    mouseClick(&page, "newButton");
    QPointer<ui::CampaignDialog> editor = page.findChild<ui::CampaignDialog *>();
    QVERIFY(editor);
    type(editor, "codeEdit", "SPRING");
    type(editor, "nameEdit", QStringLiteral("春季勋章"));
    choose(editor, "typeCombo", QStringLiteral("badges"));
    auto *lines = child<QPlainTextEdit>(editor, "badgeLinesEdit");
    QVERIFY(lines->isVisible());
    lines->setPlainText("V5 | visits five | visits | 5\nFUEL | fuel | spend | lots");
    QVERIFY(child<QLabel>(editor, "sampleLabel")->text().contains("Line 2"));
    mouseClick(editor, "saveButton");
    QVERIFY(child<QLabel>(editor, "errorLabel")->text().contains("Line 2"));
    QCOMPARE(countRows(f.t.db(), "campaigns"), 0);
    lines->setPlainText("V5 | visits five | visits | 5\nFUEL | fuel | spend | 500 | fuel\nK7 | week | streak | 7");
    choose(editor, "rewardItemCombo", QStringLiteral("OIL5L"));
    typeNumber(editor, "rewardPointsSpin", 200);
    QVERIFY2(child<QLabel>(editor, "sampleLabel")->text().contains(QStringLiteral("¥500.00 spent on")), qPrintable(child<QLabel>(editor, "sampleLabel")->text()));
    QVERIFY(child<QLabel>(editor, "membersTermsLabel")->text().contains("OIL5L"));
    mouseClick(editor, "saveButton");
    QTRY_VERIFY(!editor);
    auto saved = CampaignService(f.t.db(), f.clock).campaign(manager.session, "SPRING");
    PD_OK(saved);
    QCOMPARE(saved->type, CampaignType::Badges);
    QCOMPARE(saved->badgeSet.badges.size(), 3);
    QCOMPARE(saved->badgeSet.badges.at(1).amountFen, 50000);
    QCOMPARE(saved->badgeSet.badges.at(1).scenario, QStringLiteral("fuel"));
    QCOMPARE(saved->badgeSet.rewardPoints, 200);
    QCOMPARE(saved->badgeSet.rewardItem, QStringLiteral("OIL5L"));
}

void TestCampaignsPage::doubleClicksAndEnterDecideOnce()
{
    PD_GUI_FIXTURE(f, 5);
    CampaignService campaigns(f.t.db(), f.clock);
    QList<FieldProblem> problems;
    const ui::AppContext manager = f.context(Role::CampaignManager);
    QVERIFY(campaigns.importDrafts(manager.session, R"({"code":"TWICE","name":"双击","type":"multiplier","from":"2026-11-23",
        "to":"2026-12-31","terms":"双倍积分。","percent":200})", problems));
    QVERIFY(campaigns.submit(manager.session, "TWICE"));
    const ui::AppContext officer = f.context(Role::Compliance);
    ui::CampaignsPage page(officer);
    page.show();
    clickCell(&page, "approvalView", 0, CampaignListModel::Code);
    doubleClick(&page, "approveButton");
    QCOMPARE(statusOf(f, "TWICE"), QStringLiteral("approved"));
    QCOMPARE(countRows(f.t.db(), "audit_log", "action = 'campaign.approve'"), 1);
    // the second click found nothing left to decide, and said so
    QVERIFY2(ui::MessageBox::lastTextForTests().contains("Choose a campaign waiting for approval"), qPrintable(ui::MessageBox::lastTextForTests()));

    // the editor: Enter in a field saves once; a double click on save makes one draft
    ui::CampaignsPage designer(manager);
    designer.show();
    mouseClick(&designer, "newButton");
    QPointer<ui::CampaignDialog> editor = designer.findChild<ui::CampaignDialog *>();
    QVERIFY(editor);
    type(editor, "codeEdit", "ENTER-X2");
    type(editor, "nameEdit", QStringLiteral("回车保存"));
    type(editor, "fromEdit", "2026-11-23");
    type(editor, "toEdit", "2026-11-30");
    QTest::keyClick(child<QLineEdit>(editor, "nameEdit"), Qt::Key_Return);
    QTRY_VERIFY(!editor);
    QCOMPARE(countRows(f.t.db(), "campaigns", "code = 'ENTER-X2'"), 1);
    mouseClick(&designer, "newButton");
    editor = designer.findChild<ui::CampaignDialog *>();
    QVERIFY(editor);
    type(editor, "codeEdit", "DOUBLE-X2");
    type(editor, "nameEdit", QStringLiteral("双击保存"));
    type(editor, "fromEdit", "2026-11-23");
    type(editor, "toEdit", "2026-11-30");
    doubleClick(editor, "saveButton");
    QTRY_VERIFY(!editor);
    QCOMPARE(countRows(f.t.db(), "campaigns", "code = 'DOUBLE-X2'"), 1);
    QCOMPARE(countRows(f.t.db(), "audit_log", "action = 'campaign.create' AND entity_id = 'DOUBLE-X2'"), 1);
}

QTEST_MAIN(TestCampaignsPage)
#include "tst_campaignspage.moc"

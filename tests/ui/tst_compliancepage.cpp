// The compliance officer's screen driven offscreen: the checks' findings and the way to what
// they concern; expiry reminders run on their own thread and the SMS file saved privately;
// personal-data requests logged as they arrive, answered with a copy saved as a private file,
// an erasure confirmed with a reason, a refusal with its reason; what may not happen is
// refused with the reason shown and changes nothing.
#include "core/adjustments/adjustmentservice.h"
#include "core/compliance/datarequestlist.h"
#include "core/compliance/findinglist.h"
#include "core/compliance/rulesversions.h"
#include "core/rules/programmerules.h"
#include "core/jobs/reminderlist.h"
#include "core/receipts/receiptservice.h"
#include "guifixture.h"
#include "ui/widgets/printpreview.h"
#include "support/fixtures.h"
#include "ui/dialogs/batchjobdialog.h"
#include "ui/pages/checkspanel.h"
#include "ui/pages/compliancepage.h"
#include "ui/pages/personaldatapanel.h"
#include "ui/pages/reminderspanel.h"
#include "ui/pages/rulespanel.h"

#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace pd;
using namespace pd::test;

class TestCompliancePage : public QObject
{
    Q_OBJECT
private slots:
    void copyRequestIsLoggedThenAnsweredWithAPrivateFile();
    void erasureIsConfirmedWithAReason();
    void erasureRefusedWhileAnAdjustmentWaitsChangesNothing();
    void refusalKeepsItsReason();
    void aRequestFromTheFutureIsNotLogged();
    void overdueRequestsAreFlagged();
    void aFindingOpensTheRequestItConcerns();
    void checksRunOffTheGuiThreadAndAgainWhenAskedMeanwhile();
    void remindersRunOnTheirOwnThreadAndTheSmsFileIsPrivate();
    void enterAndDoubleClicksAnswerOnce();
    void rulesAreWrittenSavedAndPublishedWithNotice();
};

namespace {

QString cell(ui::PersonalDataPanel &page, int row, int column)
{
    return page.requests()->index(row, column).data().toString();
}

QString nameOf(GuiFixture &f, const QString &card)
{
    return sql::scalar(f.t.db().connection(), QStringLiteral("SELECT name FROM members WHERE card_no = ?"), {card}).value().toString();
}

void logRequest(ui::PersonalDataPanel &page, const QString &card, DataRequestKind kind, const QDate &received)
{
    type(&page, "cardEdit", card);
    choose(&page, "kindCombo", int(kind));
    type(&page, "receivedEdit", received.toString(Qt::ISODate));
    mouseClick(&page, "logButton");
}

// Version 1 of the programme rules, in force from today (the checks name rules never published).
bool publishRules(GuiFixture &f, const Session &officer)
{
    RulesVersions rules(f.t.db(), f.clock);
    if (!rules.setNote(officer, RulesSection::General, QStringLiteral("本计划由示范超市运营。")).ok() ||
        !rules.setNote(officer, RulesSection::PersonalData, QStringLiteral("个人信息申请请到服务台。")).ok())
        return false;
    auto version = rules.save(officer);
    return version && rules.publish(officer, version.value(), businessToday(f.clock)).ok();
}

bool enabled(ui::PersonalDataPanel &page, const char *button)
{
    return child<QPushButton>(&page, button)->isEnabled();
}

} // namespace

void TestCompliancePage::copyRequestIsLoggedThenAnsweredWithAPrivateFile()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext ctx = f.context(Role::Compliance);
    ui::PersonalDataPanel page(ctx);
    page.show();
    QVERIFY(!enabled(page, "exportButton") && !enabled(page, "eraseButton") && !enabled(page, "refuseButton"));

    const QDate today = businessToday(f.clock);
    logRequest(page, "8000000001", DataRequestKind::Copy, today.addDays(-3));
    QVERIFY2(ui::MessageBox::lastTextForTests().contains("8000000001"), qPrintable(ui::MessageBox::lastTextForTests()));
    QCOMPARE(page.requests()->rowCount(), 1);
    QCOMPARE(cell(page, 0, DataRequestListModel::Status), QStringLiteral("Open"));
    QCOMPARE(cell(page, 0, DataRequestListModel::Days), QStringLiteral("3"));
    // the logged request is selected: a copy can be saved, not erased
    QVERIFY(enabled(page, "exportButton"));
    QVERIFY(!enabled(page, "eraseButton"));
    QVERIFY(enabled(page, "refuseButton"));

    QTemporaryDir dir;
    const QString path = dir.filePath("copy.json");
    ui::FileChooser::answerNextForTests(path);
    ui::FileChooser::answerNextForTests(dir.filePath("second.json"));
    doubleClick(&page, "exportButton");
    QVERIFY2(ui::MessageBox::lastTextForTests().contains(path), qPrintable(ui::MessageBox::lastTextForTests()));
    QVERIFY(!QFile::exists(dir.filePath("second.json"))); // the double click saved once
    QCOMPARE(count(f, "audit_log", "action = 'member.export_data'"), 1);
    QFile file(path);
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject copy = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(copy.value("format").toString(), QStringLiteral("pointsdesk.member-data"));
    QCOMPARE(copy.value("profile").toObject().value("card_no").toString(), QStringLiteral("8000000001"));
    QCOMPARE(copy.value("profile").toObject().value("name").toString(), nameOf(f, "8000000001"));

    QCOMPARE(cell(page, 0, DataRequestListModel::Status), QStringLiteral("Done"));
    QCOMPARE(cell(page, 0, DataRequestListModel::HandledOn), today.toString(Qt::ISODate));
    QCOMPARE(cell(page, 0, DataRequestListModel::HandledBy), QStringLiteral("compliance"));
    clickCell(&page, "requestsView", 0, 0);
    QVERIFY(!enabled(page, "exportButton") && !enabled(page, "refuseButton")); // answered
}

void TestCompliancePage::erasureIsConfirmedWithAReason()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext ctx = f.context(Role::Compliance);
    ui::PersonalDataPanel page(ctx);
    page.show();
    const QString before = nameOf(f, "8000000002");
    QVERIFY(!before.isEmpty());
    const qint64 balance = balanceOf(f.t.db(), "8000000002");
    logRequest(page, "8000000002", DataRequestKind::Erasure, businessToday(f.clock));
    QVERIFY(enabled(page, "eraseButton"));
    QVERIFY(!enabled(page, "exportButton"));

    // no reason: asked for one, nothing erased
    mouseClick(&page, "eraseButton");
    QVERIFY2(ui::MessageBox::lastTextForTests().contains("reason"), qPrintable(ui::MessageBox::lastTextForTests()));
    QCOMPARE(nameOf(f, "8000000002"), before);

    // the officer says no at the confirmation: nothing erased
    type(&page, "reasonEdit", QStringLiteral("会员注销账户"));
    ui::MessageBox::setRecordingForTests(true, ui::MessageBox::Answer::No);
    mouseClick(&page, "eraseButton");
    QCOMPARE(nameOf(f, "8000000002"), before);
    QCOMPARE(cell(page, 0, DataRequestListModel::Status), QStringLiteral("Open"));

    ui::MessageBox::setRecordingForTests(true, ui::MessageBox::Answer::Yes);
    type(&page, "reasonEdit", QStringLiteral("会员注销账户"));
    doubleClick(&page, "eraseButton");
    QVERIFY2(ui::MessageBox::lastTextForTests().contains("was erased"), qPrintable(ui::MessageBox::lastTextForTests()));
    QCOMPARE(nameOf(f, "8000000002"), QString());
    QCOMPARE(count(f, "members", "card_no = '8000000002' AND mobile IS NULL AND erased_at IS NOT NULL"), 1);
    QCOMPARE(balanceOf(f.t.db(), "8000000002"), balance);
    QCOMPARE(count(f, "audit_log", "action = 'member.erase'"), 1);
    QCOMPARE(cell(page, 0, DataRequestListModel::Status), QStringLiteral("Done"));
    QCOMPARE(cell(page, 0, DataRequestListModel::Note), QStringLiteral("会员注销账户"));
    QVERIFY(child<QLineEdit>(&page, "reasonEdit")->text().isEmpty());
}

void TestCompliancePage::erasureRefusedWhileAnAdjustmentWaitsChangesNothing()
{
    PD_GUI_FIXTURE(f, 5);
    auto pending = AdjustmentService(f.t.db(), f.clock).request(f.context(Role::BackOffice).session, "8000000003", 100000, "补录积分");
    QVERIFY2(pending.ok() && pending->status == QLatin1String("pending"), pending.ok() ? "" : qPrintable(pending.error().describe()));
    const ui::AppContext ctx = f.context(Role::Compliance);
    ui::PersonalDataPanel page(ctx);
    page.show();
    const QString before = nameOf(f, "8000000003");
    logRequest(page, "8000000003", DataRequestKind::Erasure, businessToday(f.clock));
    type(&page, "reasonEdit", QStringLiteral("会员要求删除"));
    const qint64 auditBefore = count(f, "audit_log");
    mouseClick(&page, "eraseButton");
    QVERIFY2(ui::MessageBox::lastTextForTests().contains("waits for approval"), qPrintable(ui::MessageBox::lastTextForTests()));
    QCOMPARE(nameOf(f, "8000000003"), before);
    QCOMPARE(count(f, "audit_log"), auditBefore);
    QCOMPARE(cell(page, 0, DataRequestListModel::Status), QStringLiteral("Open"));
}

void TestCompliancePage::refusalKeepsItsReason()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext ctx = f.context(Role::Compliance);
    ui::PersonalDataPanel page(ctx);
    page.show();
    choose(&page, "requesterCombo", int(DataRequester::Representative));
    logRequest(page, "8000000004", DataRequestKind::Copy, businessToday(f.clock).addDays(-1));
    QCOMPARE(cell(page, 0, DataRequestListModel::Requester), QStringLiteral("A representative"));
    type(&page, "reasonEdit", QStringLiteral("代理人未能出示授权书"));
    mouseClick(&page, "refuseButton");
    QCOMPARE(cell(page, 0, DataRequestListModel::Status), QStringLiteral("Refused"));
    QCOMPARE(cell(page, 0, DataRequestListModel::Note), QStringLiteral("代理人未能出示授权书"));
    QCOMPARE(count(f, "audit_log", "action = 'member.data_refused'"), 1);
    QCOMPARE(count(f, "audit_log", "action = 'member.export_data'"), 0);
}

void TestCompliancePage::aRequestFromTheFutureIsNotLogged()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext ctx = f.context(Role::Compliance);
    ui::PersonalDataPanel page(ctx);
    page.show();
    logRequest(page, "8000000001", DataRequestKind::Copy, businessToday(f.clock).addDays(1));
    auto *error = child<QLabel>(&page, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains("still to come"), qPrintable(error->text()));
    logRequest(page, "8000999999", DataRequestKind::Copy, businessToday(f.clock));
    QVERIFY2(error->text().contains("8000999999"), qPrintable(error->text()));
    QCOMPARE(count(f, "personal_data_requests"), 0);
    QCOMPARE(page.requests()->rowCount(), 0);
}

void TestCompliancePage::overdueRequestsAreFlagged()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext ctx = f.context(Role::Compliance);
    ui::PersonalDataPanel page(ctx);
    page.show();
    logRequest(page, "8000000001", DataRequestKind::Copy, businessToday(f.clock).addDays(-20));
    logRequest(page, "8000000002", DataRequestKind::Copy, businessToday(f.clock).addDays(-15));
    // open requests oldest first; past the fifteen days the law allows it says so
    QCOMPARE(cell(page, 0, DataRequestListModel::Card), QStringLiteral("8000000001"));
    QCOMPARE(cell(page, 0, DataRequestListModel::Days), QStringLiteral("20 (overdue)"));
    QCOMPARE(cell(page, 1, DataRequestListModel::Days), QStringLiteral("15"));
}

void TestCompliancePage::aFindingOpensTheRequestItConcerns()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext ctx = f.context(Role::Compliance);
    auto late = PersonalDataService(f.t.db(), f.clock)
                    .logRequest(ctx.session, "8000000004", DataRequestKind::Copy, DataRequester::Member, businessToday(f.clock).addDays(-16));
    QVERIFY(late.ok());
    QVERIFY(publishRules(f, ctx.session));
    ui::CompliancePage page(ctx);
    page.show();
    QTRY_VERIFY(!page.checks()->isRunning());
    FindingListModel *findings = page.checks()->findings();
    QVERIFY(findings->rowCount() >= 1);
    QCOMPARE(findings->index(0, FindingListModel::Code).data().toString(), QStringLiteral("data_request.overdue"));
    QCOMPARE(findings->index(0, FindingListModel::Severity).data().toString(), QStringLiteral("Error"));
    QVERIFY2(child<QLabel>(page.checks(), "summaryLabel")->text().contains("1 of them errors"),
             qPrintable(child<QLabel>(page.checks(), "summaryLabel")->text()));
    QVERIFY(!child<QPushButton>(&page, "openButton")->isEnabled());
    clickCell(&page, "findingsView", 0, FindingListModel::Message);
    QVERIFY2(child<QLabel>(&page, "fixLabel")->text().contains("Personal data requests tab"), qPrintable(child<QLabel>(&page, "fixLabel")->text()));
    mouseClick(&page, "openButton");
    QCOMPARE(child<QTabWidget>(&page, "complianceTabs")->currentWidget(), page.personalData());
    QCOMPARE(page.personalData()->requests()->index(0, DataRequestListModel::Card).data().toString(), QStringLiteral("8000000004"));
    QVERIFY(child<QPushButton>(&page, "exportButton")->isEnabled()); // the request is chosen, ready to be answered

    // answered, the finding is gone when the checks are shown again
    QTemporaryDir dir;
    ui::FileChooser::answerNextForTests(dir.filePath("copy.json"));
    mouseClick(&page, "exportButton");
    clickTab(&page, "complianceTabs", 0);
    QTRY_VERIFY(!page.checks()->isRunning());
    QVERIFY(findings->rowWhere([](const Finding &x) { return x.code == QLatin1String("data_request.overdue"); }) < 0);
}

void TestCompliancePage::checksRunOffTheGuiThreadAndAgainWhenAskedMeanwhile()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext ctx = f.context(Role::Compliance);
    QVERIFY(publishRules(f, ctx.session));
    ui::ChecksPanel checks(ctx);
    checks.show();
    // the screen is up and answering while the checks run on their own thread
    QVERIFY(checks.isRunning());
    QVERIFY(!child<QPushButton>(&checks, "runChecksButton")->isEnabled());
    QCOMPARE(child<QLabel>(&checks, "summaryLabel")->text(), QStringLiteral("Running the checks…"));
    QSignalSpy shown(&checks, &ui::ChecksPanel::checksShown);
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(!checks.isRunning());
    QVERIFY(child<QPushButton>(&checks, "runChecksButton")->isEnabled());
    const auto overdue = [](const Finding &x) { return x.code == QLatin1String("data_request.overdue"); };
    QCOMPARE(checks.findings()->rowWhere(overdue), -1);

    // asked again while they run, after a request went overdue: they run once more and see it
    mouseClick(&checks, "runChecksButton");
    QVERIFY(checks.isRunning());
    QVERIFY(PersonalDataService(f.t.db(), f.clock)
                .logRequest(ctx.session, "8000000003", DataRequestKind::Erasure, DataRequester::Member, businessToday(f.clock).addDays(-16))
                .ok());
    checks.runChecks();
    QTRY_COMPARE(shown.count(), 2);
    QVERIFY(!checks.isRunning());
    QTest::qWait(50);
    QCOMPARE(shown.count(), 2); // the findings of the first run were not shown on their own
    QVERIFY(checks.findings()->rowWhere(overdue) >= 0);
    QVERIFY2(child<QLabel>(&checks, "summaryLabel")->text().contains("1 of them errors"), qPrintable(child<QLabel>(&checks, "summaryLabel")->text()));
}

void TestCompliancePage::remindersRunOnTheirOwnThreadAndTheSmsFileIsPrivate()
{
    PD_GUI_FIXTURE(f, 5);
    f.t.exec("UPDATE members SET credit = 'normal', marketing_consent = 0");
    f.t.exec("UPDATE members SET marketing_consent = 1, mobile = '13800000001' WHERE card_no = '8000000001'");
    const Session till = f.context(Role::Cashier).session;
    ReceiptService receipts(f.t.db(), f.clock);
    QVERIFY(receipts.post(till, ReceiptInput{"NY01", "E1", "8000000001", f.clock.nowUtc().addDays(-2), "supermarket", 50000, 0, 0}).ok());
    QVERIFY(receipts.post(till, ReceiptInput{"NY01", "E2", "8000000002", f.clock.nowUtc().addDays(-2), "supermarket", 20000, 0, 0}).ok());
    // their points end at the start of 11 December: usable until the 10th, within 30 days of today (23 November)
    f.t.exec("UPDATE lots SET expires_at = '2026-12-10T16:00:00.000Z'");
    const ui::AppContext ctx = f.context(Role::Compliance);
    ui::CompliancePage page(ctx);
    page.show();
    QTRY_VERIFY(!page.checks()->isRunning());
    // the check names them before any run
    QVERIFY(page.checks()->findings()->rowWhere([](const Finding &x) { return x.code == QLatin1String("reminders.not_sent"); }) >= 0);
    clickTab(&page, "complianceTabs", 2);
    QVERIFY(!child<QPushButton>(&page, "saveSmsButton")->isEnabled()); // nothing to send yet
    mouseClick(&page, "remindButton");
    auto *dialog = page.findChild<ui::BatchJobDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QSignalSpy done(dialog, &ui::BatchJobDialog::jobFinished);
    mouseClick(dialog, "runButton");
    QTRY_COMPARE(done.count(), 1);
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
    QVERIFY2(done.at(0).at(1).toString().contains("2 members newly reminded"), qPrintable(done.at(0).at(1).toString()));
    QVERIFY2(child<QLabel>(page.reminders(), "summaryLabel")->text().contains("1 members reminded by SMS"),
             qPrintable(child<QLabel>(page.reminders(), "summaryLabel")->text()));
    QCOMPARE(page.reminders()->unreached()->rowCount(), 1);
    QCOMPARE(page.reminders()->unreached()->index(0, UnreachedReminderModel::Card).data().toString(), QStringLiteral("8000000002"));
    QCOMPARE(page.reminders()->unreached()->index(0, UnreachedReminderModel::LastDay).data().toString(), QStringLiteral("2026-12-10"));
    QCOMPARE(page.reminders()->unreached()->index(0, UnreachedReminderModel::Why).data().toString(), QStringLiteral("No marketing consent"));

    QTemporaryDir dir;
    const QString path = dir.filePath("sms.csv");
    ui::FileChooser::answerNextForTests(path);
    mouseClick(&page, "saveSmsButton");
    QVERIFY2(ui::MessageBox::lastTextForTests().contains(path), qPrintable(ui::MessageBox::lastTextForTests()));
    QFile file(path);
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).startsWith("13800000001,8000000001,"), qPrintable(lines.at(1)));
    dialog->close();
    clickTab(&page, "complianceTabs", 0);
    QTRY_VERIFY(!page.checks()->isRunning());
    QVERIFY(page.checks()->findings()->rowWhere([](const Finding &x) { return x.code == QLatin1String("reminders.not_sent"); }) < 0);
}

void TestCompliancePage::enterAndDoubleClicksAnswerOnce()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext ctx = f.context(Role::Compliance);
    ui::PersonalDataPanel page(ctx);
    page.show();
    // Enter in the card field logs, as the button does; a second Enter is the same intent
    type(&page, "cardEdit", "8000000003");
    pressEnter(&page, "cardEdit");
    pressEnter(&page, "cardEdit");
    QCOMPARE(count(f, "personal_data_requests"), 1);
    QVERIFY(!child<QLabel>(&page, "errorLabel")->isVisible());
    // a double click on Log for another card: one request, no "already open" error
    type(&page, "cardEdit", "8000000004");
    doubleClick(&page, "logButton");
    QCOMPARE(count(f, "personal_data_requests"), 2);
    QVERIFY(!child<QLabel>(&page, "errorLabel")->isVisible());
    // a double click on Refuse: one refusal
    clickCell(&page, "requestsView", 0, 0);
    type(&page, "reasonEdit", QStringLiteral("无法核实身份"));
    doubleClick(&page, "refuseButton");
    QCOMPARE(count(f, "audit_log", "action = 'member.data_refused'"), 1);
    QCOMPARE(count(f, "personal_data_requests", "status = 'refused'"), 1);
}

void TestCompliancePage::rulesAreWrittenSavedAndPublishedWithNotice()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext ctx = f.context(Role::Compliance);
    ui::CompliancePage page(ctx);
    page.show();
    clickTab(&page, "complianceTabs", 1);
    ui::RulesPanel *rules = page.rules();
    QCOMPARE(child<QTabWidget>(&page, "complianceTabs")->currentWidget(), rules);
    QVERIFY2(rules->preview()->toPlainText().contains("Earning points"), qPrintable(rules->preview()->toPlainText().left(300)));
    const QDate today = businessToday(f.clock);

    // a version without the text only compliance writes is saved, but not published
    mouseClick(rules, "saveVersionButton");
    QCOMPARE(count(f, "rules_versions"), 1);
    mouseClick(rules, "publishButton");
    QVERIFY2(ui::MessageBox::lastTextForTests().contains("has no text"), qPrintable(ui::MessageBox::lastTextForTests()));
    QCOMPARE(count(f, "rules_versions", "effective_from IS NOT NULL"), 0);

    // the two required sections written, saved with a double click, published with a double click
    choose(rules, "sectionCombo", int(RulesSection::General));
    type(rules, "noteEdit", QStringLiteral("本计划由示范超市运营，适用于全部门店。"));
    mouseClick(rules, "saveNoteButton");
    choose(rules, "sectionCombo", int(RulesSection::PersonalData));
    type(rules, "noteEdit", QStringLiteral("个人信息申请请到服务台，15日内答复。"));
    doubleClick(rules, "saveNoteButton");
    QCOMPARE(count(f, "rules_notes"), 2);
    QCOMPARE(count(f, "audit_log", "action = 'rules.note'"), 2);
    doubleClick(rules, "saveVersionButton");
    QCOMPARE(count(f, "rules_versions"), 2);
    QVERIFY(rules->preview()->toPlainText().contains(QStringLiteral("适用于全部门店")));
    doubleClick(rules, "publishButton");
    QCOMPARE(count(f, "audit_log", "action = 'rules.publish'"), 1);
    QCOMPARE(count(f, "rules_versions", "version = 2 AND effective_from IS NOT NULL"), 1);
    QVERIFY(!child<QPushButton>(rules, "publishButton")->isEnabled()); // published once, for good

    // a lower rate takes something away: 10 days ahead is refused with the reason, 30 days is accepted
    QVERIFY(RulesService(f.t.db(), f.clock).setRate(f.context(Role::Administrator).session, QStringLiteral("dining"), 80).ok());
    clickTab(&page, "complianceTabs", 0); // away while the administrator changes it, then back
    clickTab(&page, "complianceTabs", 1);
    mouseClick(rules, "saveVersionButton");
    QCOMPARE(count(f, "rules_versions"), 3);
    type(rules, "effectiveEdit", today.addDays(10).toString(Qt::ISODate));
    mouseClick(rules, "publishButton");
    const QString refusal = child<QLabel>(rules, "rulesStatusLabel")->text();
    QVERIFY2(refusal.contains(today.addDays(30).toString(Qt::ISODate)) && refusal.contains("80"), qPrintable(refusal));
    QCOMPARE(count(f, "rules_versions", "version = 3 AND effective_from IS NOT NULL"), 0);
    type(rules, "effectiveEdit", today.addDays(30).toString(Qt::ISODate));
    mouseClick(rules, "publishButton");
    QCOMPARE(count(f, "rules_versions", "version = 3 AND effective_from IS NOT NULL"), 1);

    // version 3 against version 2: the rate going down is marked
    choose(rules, "versionCombo", 3);
    choose(rules, "compareCombo", 2);
    const QString diff = rules->preview()->toHtml();
    QVERIFY2(diff.contains("line-through") && rules->preview()->toPlainText().contains("goes down"), qPrintable(rules->preview()->toPlainText()));
    // in Chinese, and saved as a PDF
    choose(rules, "compareCombo", -1);
    choose(rules, "languageCombo", QStringLiteral("zh"));
    QVERIFY2(rules->preview()->toPlainText().contains(QStringLiteral("积分规则")), qPrintable(rules->preview()->toPlainText().left(200)));
    QTemporaryDir dir;
    ui::FileChooser::answerNextForTests(dir.filePath("rules.pdf"));
    mouseClick(rules, "pdfButton");
    QFile pdf(dir.filePath("rules.pdf"));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray saved = pdf.readAll();
    QVERIFY(saved.startsWith("%PDF-"));
    // printed from the preview: the same number of pages as the saved PDF
    ui::PrintPreview::answerNextForTests(dir.filePath("printed.pdf"));
    mouseClick(rules, "printPreviewButton");
    QFile printed(dir.filePath("printed.pdf"));
    QVERIFY(printed.open(QIODevice::ReadOnly));
    const QByteArray printedBytes = printed.readAll();
    QVERIFY(pdfPageCount(saved) >= 1);
    QCOMPARE(pdfPageCount(printedBytes), pdfPageCount(saved));
    // the screen's language did not change
    QCOMPARE(child<QTabWidget>(&page, "complianceTabs")->tabText(1), QStringLiteral("Programme rules"));
}

QTEST_MAIN(TestCompliancePage)
#include "tst_compliancepage.moc"

// The back office's screens driven offscreen: approving adjustments, the expiry run and the
// tier review on their own thread, the programme's expiry policy.
#include "core/adjustments/adjustmentlists.h"
#include "core/rules/ruletables.h"
#include "core/rules/programmerules.h"
#include "core/settings/programmesettings.h"
#include "guifixture.h"
#include "support/fixtures.h"
#include "ui/dialogs/batchjobdialog.h"
#include "ui/dialogs/scenariodialog.h"
#include "ui/dialogs/storedialog.h"
#include "ui/pages/adjustmentspage.h"
#include "ui/pages/counterpage.h"
#include "ui/pages/programmepage.h"
#include "ui/widgets/datefield.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>

using namespace pd;
using namespace pd::test;

class TestBackOffice : public QObject
{
    Q_OBJECT
private slots:
    void adjustmentAboveThresholdIsApprovedByCompliance();
    void expiryRunsOnItsOwnThreadWithProgress();
    void doubleClicksOnAdjustmentsPostOnce();
    void expiryPolicyIsChosenFromAList();
    void tierReviewNamesWhoChanged();
    void ratesAndTiersAreEditedInTheirTables();
    void aPartnerMerchantIsAddedNamedAndGivenAStore();
};

void TestBackOffice::adjustmentAboveThresholdIsApprovedByCompliance()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext backoffice = f.context(Role::BackOffice);
    ui::AdjustmentsPage asker(backoffice);
    asker.show();
    QVERIFY(!asker.findChild<QPushButton *>("approveButton"));
    type(&asker, "cardEdit", "8000000001");
    typeNumber(&asker, "pointsSpin", 1500);
    type(&asker, "reasonEdit", QStringLiteral("收银系统故障漏积分"));
    mouseClick(&asker, "requestButton");
    QVERIFY(ui::MessageBox::lastTextForTests().contains("approval"));
    QCOMPARE(balanceOf(f.t.db(), "8000000001"), 0);
    QCOMPARE(asker.queue()->rowCount(), 1);

    const ui::AppContext compliance = f.context(Role::Compliance);
    ui::AdjustmentsPage approver(compliance);
    approver.show();
    QVERIFY(!approver.findChild<QLineEdit *>("cardEdit")); // compliance approves, does not ask
    clickCell(&approver, "queueView", 0, 0);
    mouseClick(&approver, "approveButton");
    QCOMPARE(balanceOf(f.t.db(), "8000000001"), 1500);
    QCOMPARE(approver.queue()->rowCount(), 0);
    QVERIFY2(ui::MessageBox::lastTextForTests().contains("Approved: 1,500 points"), qPrintable(ui::MessageBox::lastTextForTests()));
    QCOMPARE(approver.decisions()->rowCount(), 1);
    QCOMPARE(approver.decisions()->index(0, DecidedAdjustmentsModel::Decision).data().toString(), QStringLiteral("Approved"));
    QCOMPARE(approver.decisions()->index(0, DecidedAdjustmentsModel::By).data().toString(), QStringLiteral("compliance"));
}

void TestBackOffice::expiryRunsOnItsOwnThreadWithProgress()
{
    PD_GUI_FIXTURE(f, 5);
    f.t.exec("UPDATE members SET credit = 'normal'");
    // points earned in 2024 expired at the end of 2025
    f.t.exec("UPDATE settings SET value = 'annual' WHERE key = 'points.expiry_policy'");
    {
        const ui::AppContext cashier = f.context(Role::Cashier);
        ui::CounterPage page(cashier);
        page.show();
        type(&page, "findEdit", "8000000002");
        QTest::keyClick(child<QLineEdit>(&page, "findEdit"), Qt::Key_Return);
        type(&page, "receiptNoEdit", "OLD");
        type(&page, "amountEdit", "300");
        mouseClick(&page, "postReceiptButton");
    }
    f.t.exec("UPDATE lots SET expires_at = '2026-01-01T00:00:00.000Z'");
    const ui::AppContext admin = f.context(Role::Administrator);
    ui::BatchJobDialog dialog(admin, ui::BatchJobDialog::Job::Expiry);
    dialog.show();
    QSignalSpy done(&dialog, &ui::BatchJobDialog::jobFinished);
    type(&dialog, "dateEdit", "2026-02-01");
    mouseClick(&dialog, "runButton");
    QTRY_COMPARE(done.count(), 1);
    QVERIFY(done.at(0).at(0).toBool());
    QVERIFY2(child<QLabel>(&dialog, "resultLabel")->text().contains("300"), qPrintable(child<QLabel>(&dialog, "resultLabel")->text()));
    QCOMPARE(child<QProgressBar>(&dialog, "progressBar")->value(), child<QProgressBar>(&dialog, "progressBar")->maximum());
    QCOMPARE(balanceOf(f.t.db(), "8000000002"), 0);
    QVERIFY(!dialog.isRunning());
}

void TestBackOffice::doubleClicksOnAdjustmentsPostOnce()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext backoffice = f.context(Role::BackOffice);
    ui::AdjustmentsPage asker(backoffice);
    asker.show();
    type(&asker, "cardEdit", "8000000001");
    type(&asker, "pointsSpin", "1500");
    type(&asker, "reasonEdit", QStringLiteral("收银系统故障漏积分"));
    doubleClick(&asker, "requestButton");
    QCOMPARE(count(f, "adjustments"), 1);

    const ui::AppContext compliance = f.context(Role::Compliance);
    ui::AdjustmentsPage approver(compliance);
    approver.show();
    QVERIFY(!child<QPushButton>(&approver, "approveButton")->isEnabled()); // nothing chosen yet
    clickCell(&approver, "queueView", 0, 0);
    QCOMPARE(approver.queue()->index(0, PendingAdjustmentsModel::BalanceNow).data().toString(), QStringLiteral("0")); // the member's balance beside the request
    doubleClick(&approver, "approveButton");
    QCOMPARE(balanceOf(f.t.db(), "8000000001"), 1500);
    QCOMPARE(count(f, "ledger_entries", "kind = 'adjust'"), 1);
    QCOMPARE(count(f, "audit_log", "action = 'adjust.approve'"), 1);
    // refused at the question: nothing happens
    type(&asker, "cardEdit", "8000000002");
    type(&asker, "pointsSpin", "2000");
    type(&asker, "reasonEdit", QStringLiteral("补录漏记积分"));
    mouseClick(&asker, "requestButton");
    approver.reload();
    clickCell(&approver, "queueView", 0, 0);
    ui::MessageBox::setRecordingForTests(true, ui::MessageBox::Answer::No);
    mouseClick(&approver, "approveButton");
    const QString asked = ui::MessageBox::lastTextForTests();
    ui::MessageBox::setRecordingForTests(true, ui::MessageBox::Answer::Yes);
    QVERIFY2(asked.contains("Approve the adjustment of 2,000 points for 李四 (card 8000000002)? Balance now: 0 points."), qPrintable(asked));
    QCOMPARE(balanceOf(f.t.db(), "8000000002"), 0);
    QCOMPARE(approver.queue()->rowCount(), 1);
    QCOMPARE(f.invariantProblems(), QString());
}

void TestBackOffice::expiryPolicyIsChosenFromAList()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext admin = f.context(Role::Administrator);
    ui::ProgrammePage page(admin);
    page.show();
    auto *policy = child<QComboBox>(&page, "expiryCombo");
    QCOMPARE(policy->currentData().toString(), QStringLiteral("annual")); // the demo's policy, shown as words
    QVERIFY(!child<QSpinBox>(&page, "expiryMonthsSpin")->isEnabled());
    choose(&page, "expiryCombo", QStringLiteral("rolling"));
    QVERIFY(child<QSpinBox>(&page, "expiryMonthsSpin")->isEnabled());
    type(&page, "expiryMonthsSpin", "6");
    mouseClick(&page, "saveSettingsButton");
    QCOMPARE(sql::scalar(f.t.db().connection(), "SELECT value FROM settings WHERE key = 'points.expiry_policy'").value().toString(),
             QStringLiteral("rolling 6"));
    QVERIFY(child<QLabel>(&page, "settingsError")->isHidden());
    choose(&page, "expiryCombo", QStringLiteral("never"));
    mouseClick(&page, "saveSettingsButton");
    QCOMPARE(sql::scalar(f.t.db().connection(), "SELECT value FROM settings WHERE key = 'points.expiry_policy'").value().toString(),
             QStringLiteral("never"));
    QCOMPARE(policy->currentData().toString(), QStringLiteral("never")); // read back after saving

    // what a point is worth and what green goods earn: shown as set, saved, audited
    QCOMPARE(child<QSpinBox>(&page, "pointValueSpin")->value(), 1);
    QCOMPARE(child<QSpinBox>(&page, "greenRateSpin")->value(), 100);
    type(&page, "pointValueSpin", "2");
    type(&page, "greenRateSpin", "150");
    mouseClick(&page, "saveSettingsButton");
    const auto setting = [&f](const char *key) {
        return sql::scalar(f.t.db().connection(), "SELECT value FROM settings WHERE key = ?", {QLatin1String(key)}).value().toString();
    };
    QCOMPARE(setting("points.point_value_fen"), QStringLiteral("2"));
    QCOMPARE(setting("points.green_rate"), QStringLiteral("150"));
    QCOMPARE(count(f, "audit_log", "action = 'settings.change' AND entity_id = 'points.green_rate'"), 1);
    QCOMPARE(ProgrammeRules::load(f.t.db())->pointValueFen, qint64(2));
    // an unnamed chain stays unnamed (no error, no record); a name once given can be changed, not erased
    QCOMPARE(child<QLineEdit>(&page, "programmeNameEdit")->text(), QString());
    QCOMPARE(count(f, "audit_log", "action = 'settings.change' AND entity_id = 'programme.name'"), 0);
    type(&page, "programmeNameEdit", "南阳百货");
    mouseClick(&page, "saveSettingsButton");
    QCOMPARE(setting("programme.name"), QStringLiteral("南阳百货"));
    QCOMPARE(count(f, "audit_log", "action = 'settings.change' AND entity_id = 'programme.name'"), 1);
    child<QLineEdit>(&page, "programmeNameEdit")->clear();
    mouseClick(&page, "saveSettingsButton");
    QCOMPARE(setting("programme.name"), QStringLiteral("南阳百货"));
    QVERIFY(child<QLabel>(&page, "settingsError")->text().contains("name of 1 to 100 characters"));
    type(&page, "programmeNameEdit", "南阳百货");

    // the desks' idle lock: ten minutes until an administrator chooses, then as chosen and audited
    QCOMPARE(child<QSpinBox>(&page, "lockMinutesSpin")->value(), 10);
    QCOMPARE(count(f, "audit_log", "action = 'settings.change' AND entity_id = 'desk.lock_minutes'"), 0);
    type(&page, "lockMinutesSpin", "3");
    mouseClick(&page, "saveSettingsButton");
    QVERIFY(child<QLabel>(&page, "settingsError")->isHidden());
    QCOMPARE(setting("desk.lock_minutes"), QStringLiteral("3"));
    QCOMPARE(programmesettings::deskLockMinutes(f.t.db()).value(), 3);
    QCOMPARE(count(f, "audit_log", "action = 'settings.change' AND entity_id = 'desk.lock_minutes'"), 1);
    RulesService rules(f.t.db(), f.clock);
    for (const char *refused : {"0", "241", "ten"}) {
        const Status s = rules.setSetting(admin.session, QStringLiteral("desk.lock_minutes"), QLatin1String(refused));
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains("1 to 240 minutes"), qPrintable(s.error().message));
    }
    QVERIFY(!rules.setSetting(f.context(Role::BackOffice).session, QStringLiteral("desk.lock_minutes"), QStringLiteral("30")));
    QCOMPARE(setting("desk.lock_minutes"), QStringLiteral("3"));
}

void TestBackOffice::tierReviewNamesWhoChanged()
{
    PD_GUI_FIXTURE(f, 5);
    f.t.setUpMembers("UPDATE members SET tier = 'member'");
    f.t.setUpMembers("UPDATE members SET tier = 'silver' WHERE card_no = '8000000003'"); // no spend at all
    const ui::AppContext admin = f.context(Role::Administrator);
    ui::BatchJobDialog review(admin, ui::BatchJobDialog::Job::TierReview);
    review.show();
    QSignalSpy done(&review, &ui::BatchJobDialog::jobFinished);
    mouseClick(&review, "runButton");
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(child<QLabel>(&review, "resultLabel")->text(),
             QStringLiteral("1 members changed tier as of 2026-11-23.\n8000000003 王小明: Silver → Member"));
}

void TestBackOffice::ratesAndTiersAreEditedInTheirTables()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext admin = f.context(Role::Administrator);
    ui::ProgrammePage page(admin);
    page.show();
    const auto stored = [&](const char *query) { return sql::scalar(f.t.db().connection(), query).value().toLongLong(); };

    const int dining = page.rates()->rowWhere([](const EarningRate &r) { return r.code == QLatin1String("dining"); });
    QVERIFY(dining >= 0);
    const qint64 rateChanges = count(f, "audit_log", "action = 'rules.rate'");
    editCell(&page, "ratesTable", dining, EarningRatesModel::PointsPer100, "150");
    mouseClick(&page, "saveRatesButton");
    QCOMPARE(stored("SELECT rate_per_100 FROM earning_rates WHERE code = 'dining'"), 150);
    QCOMPARE(count(f, "audit_log", "action = 'rules.rate'"), rateChanges + 1); // the unchanged rates are not written

    // a value the programme cannot take says why, and the table keeps the old one
    editCell(&page, "ratesTable", dining, EarningRatesModel::PointsPer100, "20000");
    QVERIFY(child<QLabel>(&page, "errorLabel")->isVisible());
    QVERIFY2(child<QLabel>(&page, "errorLabel")->text().contains("10000"), qPrintable(child<QLabel>(&page, "errorLabel")->text()));
    QCOMPARE(page.rates()->recordAt(dining)->ratePer100, 150);

    // gold and platinum raised together past platinum's old threshold: one change, in one go
    const int gold = page.tiers()->rowWhere([](const Tier &t) { return t.code == QLatin1String("gold"); });
    const int platinum = page.tiers()->rowWhere([](const Tier &t) { return t.code == QLatin1String("platinum"); });
    QVERIFY(gold >= 0 && platinum == gold + 1);
    editCell(&page, "tiersTable", gold, TiersModel::FromYuan, "60000");
    editCell(&page, "tiersTable", platinum, TiersModel::FromYuan, "80000");
    editCell(&page, "tiersTable", gold, TiersModel::Perks, QStringLiteral("免费停车两小时"));
    mouseClick(&page, "saveTiersButton");
    QVERIFY2(child<QLabel>(&page, "errorLabel")->isHidden(), qPrintable(child<QLabel>(&page, "errorLabel")->text()));
    QCOMPARE(stored("SELECT threshold_fen FROM tiers WHERE code = 'gold'"), 6'000'000);
    QCOMPARE(stored("SELECT threshold_fen FROM tiers WHERE code = 'platinum'"), 8'000'000);
    QCOMPARE(sql::scalar(f.t.db().connection(), "SELECT perks FROM tiers WHERE code = 'gold'").value().toString(),
             QStringLiteral("免费停车两小时"));
    QCOMPARE(page.tiers()->index(gold, TiersModel::Perks).data().toString(), QStringLiteral("免费停车两小时")); // read back

    // out of order: refused as a whole, nothing written, the edit stays to be corrected
    editCell(&page, "tiersTable", gold, TiersModel::FromYuan, "90000");
    mouseClick(&page, "saveTiersButton");
    QVERIFY(child<QLabel>(&page, "errorLabel")->text().contains("above the one of the tier below"));
    QCOMPARE(stored("SELECT threshold_fen FROM tiers WHERE code = 'gold'"), 6'000'000);
    QCOMPARE(page.tiers()->index(gold, TiersModel::FromYuan).data().toInt(), 90000);
}

// The administrator adds a partner merchant on the programme screen, renames another in the
// table, and links a new store to the new partner from the store dialog's list.
void TestBackOffice::aPartnerMerchantIsAddedNamedAndGivenAStore()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext admin = f.context(Role::Administrator);
    ui::ProgrammePage page(admin);
    page.show();
    const qint64 scenarios = count(f, "earning_rates", "1 = 1");
    mouseClick(&page, "addScenarioButton");
    QPointer<ui::ScenarioDialog> dialog = page.findChild<ui::ScenarioDialog *>();
    QVERIFY(dialog);
    choose(dialog, "kindCombo", true);
    type(dialog, "codeEdit", "florist");
    typeNumber(dialog, "rateSpin", 150);
    mouseClick(dialog, "addButton"); // no name yet
    QVERIFY(child<QLabel>(dialog, "errorLabel")->isVisible());
    QVERIFY2(child<QLabel>(dialog, "errorLabel")->text().contains("name"), qPrintable(child<QLabel>(dialog, "errorLabel")->text()));
    QCOMPARE(count(f, "earning_rates", "1 = 1"), scenarios);
    type(dialog, "nameEdit", QStringLiteral("花语花店"));
    mouseClick(dialog, "addButton");
    QTRY_VERIFY(!dialog);
    QCOMPARE(countRows(f.t.db(), "earning_rates", QStringLiteral("code = 'partner:florist' AND name = '花语花店' AND rate_per_100 = 150")), 1);
    const int florist = page.rates()->rowWhere([](const EarningRate &r) { return r.code == QLatin1String("partner:florist"); });
    QVERIFY(florist >= 0);
    QCOMPARE(page.rates()->index(florist, EarningRatesModel::Scenario).data().toString(), QStringLiteral("花语花店"));

    // the demo's eyewear partner renamed in place; the unchanged rows write nothing
    const int eyewear = page.rates()->rowWhere([](const EarningRate &r) { return r.code == QLatin1String("partner:eyewear"); });
    QCOMPARE(page.rates()->index(eyewear, EarningRatesModel::Stores).data().toString(), QStringLiteral("EYE01"));
    const qint64 renames = count(f, "audit_log", "action = 'rules.scenario_name'");
    const qint64 rates = count(f, "audit_log", "action = 'rules.rate'");
    editCell(&page, "ratesTable", eyewear, EarningRatesModel::Scenario, QStringLiteral("明视眼镜（中州路）"));
    mouseClick(&page, "saveRatesButton");
    QVERIFY2(child<QLabel>(&page, "errorLabel")->isHidden(), qPrintable(child<QLabel>(&page, "errorLabel")->text()));
    QCOMPARE(countRows(f.t.db(), "earning_rates", QStringLiteral("code = 'partner:eyewear' AND name = '明视眼镜（中州路）'")), 1);
    QCOMPARE(count(f, "audit_log", "action = 'rules.scenario_name'"), renames + 1);
    QCOMPARE(count(f, "audit_log", "action = 'rules.rate'"), rates);

    // a new store chooses the new partner by its name
    ui::StoreDialog store(admin, Store{});
    store.show();
    auto *kind = child<QComboBox>(&store, "partnerCombo");
    const int choice = kind->findData(QStringLiteral("florist"));
    QVERIFY(choice > 0);
    QCOMPARE(kind->itemText(choice), QStringLiteral("Partner: 花语花店"));
    QCOMPARE(kind->itemText(kind->findData(QStringLiteral("eyewear"))), QStringLiteral("Partner: 明视眼镜（中州路）"));
    type(&store, "codeEdit", "FLW01");
    type(&store, "nameEdit", QStringLiteral("花语花店（合作商户）"));
    choose(&store, "partnerCombo", QStringLiteral("florist"));
    mouseClick(&store, "saveButton");
    QCOMPARE(count(f, "stores", "code = 'FLW01' AND partner_code = 'florist'"), 1);
    page.reload();
    QCOMPARE(page.rates()->index(page.rates()->rowWhere([](const EarningRate &r) { return r.code == QLatin1String("partner:florist"); }),
                                 EarningRatesModel::Stores)
                 .data()
                 .toString(),
             QStringLiteral("FLW01"));
}

QTEST_MAIN(TestBackOffice)
#include "tst_backoffice.moc"

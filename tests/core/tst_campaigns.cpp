// Campaigns through the database (DESIGN §8): the life cycle and its four eyes in core, the file
// import that names every bad field and writes nothing, and the points campaigns award through
// posted receipts and returns — budgets spent exactly, member caps, the first purchase once, the
// window at Shanghai midnight. Every expected number is worked out by hand: members are at the base
// tier and normal credit, so ¥100 in the supermarket earns 100 points before any campaign.
#include "core/audit/auditlog.h"
#include "core/campaigns/campaignservice.h"
#include "core/campaigns/campaignsimulator.h"
#include "core/campaigns/welcome.h"
#include "core/insights/dashboardtables.h"
#include "core/io/importers.h"
#include "core/stores/storeservice.h"
#include "redemptionfixture.h"

using namespace pd;
using namespace pd::test;

class TestCampaigns : public QObject
{
    Q_OBJECT
private slots:
    void aFileWithBadFieldsWritesNothing();
    void lifeCycleWithFourEyes();
    void aNewVersionReplacesTheApprovedOne();
    void multiplierPaysItsExtraInTheReceiptsPoints();
    void budgetIsSpentExactlyByACutReceipt();
    void memberCapLimitsOneMember();
    void firstPurchaseOnlyOnTheFirstReceiptAndClawedBack();
    void windowEdgesAtShanghaiMidnight();
    void aCancelledCampaignStopsFromThenOn();
    void theCounterPreviewNamesTheCampaign();
    void welcomeOncePerMemberInItsWindowAndStores();
    void aSaleLowersThePriceInItsWindowOnly();
    void theSimulatorAgreesWithThePostedCampaign();
};

namespace {

// A demo login as the acting person.
Session as(LedgerWorld &w, const QString &username) { return demoLogin(w.t.db(), username); }

void plainMembers(LedgerWorld &w) { w.t.setUpMembers("UPDATE members SET tier = 'member', credit = 'normal'"); }

// Drafted by the campaign manager, submitted, approved by compliance.
Status approved(LedgerWorld &w, const QByteArray &json) { return approveCampaigns(w.t.db(), w.clock, json); }

QString status(LedgerWorld &w, const QString &code)
{
    return sql::scalar(w.t.db().connection(), "SELECT status FROM campaigns WHERE code = ? ORDER BY version DESC LIMIT 1", {code})
        .value()
        .toString();
}

qint64 number(LedgerWorld &w, const QString &query, const QVariantList &values = {})
{
    return sql::scalar(w.t.db().connection(), query, values).value().toLongLong();
}

// Saturday 1 May 2027 and the Wednesdays and Saturdays after it
const QByteArray kDouble = R"({"code":"MKT-DAY","name":"赶集日双倍积分","type":"multiplier","from":"2027-05-01","to":"2027-05-31",
    "terms":"每周三、周六在本店消费满100元，积分翻倍。","stores":["NY01"],"min_amount":100,"percent":200,"weekdays":[3,6]})";
} // namespace

void TestCampaigns::aFileWithBadFieldsWritesNothing()
{
    PD_LEDGER_WORLD(w);
    const qint64 auditBefore = countRows(w.t.db(), "audit_log");
    const QByteArray file = R"([
        {"code":"GOOD","name":"好的","type":"multiplier","from":"2027-05-01","to":"2027-05-31","percent":150},
        {"code":"SLIP","name":"百倍","type":"multiplier","from":"2027-05-01","to":"2027-05-31","percent":10000},
        {"code":"BACKWARDS","name":"倒序","type":"first_purchase","from":"2027-05-31","to":"2027-05-01","points":50},
        {"code":"NOWHERE","name":"无店","type":"multiplier","from":"2027-05-01","to":"2027-05-31","percent":200,
         "stores":["ZZ99"],"scenarios":["casino"],"tiers":["diamond"]},
        {"code":"LURE","name":"注册送千分","type":"welcome","from":"2027-05-01","to":"2027-05-31","points":1000},
        {"code":"GHOST","name":"幽灵商品","type":"sale","from":"2027-05-01","to":"2027-05-31","item":"NO-SUCH-ITEM","points":10}
    ])";
    QList<FieldProblem> problems;
    auto r = CampaignService(w.t.db(), w.clock).importDrafts(as(w, "campaign"), file, problems);
    QVERIFY(!r);
    QStringList fields;
    for (const FieldProblem &p : problems)
        fields << p.field;
    QCOMPARE(fields, QStringList({"SLIP.percent", "BACKWARDS.to", "NOWHERE.stores", "NOWHERE.scenarios", "NOWHERE.tiers", "LURE.points",
                                  "GHOST.item"}));
    QVERIFY2(problems.at(5).reason.contains("cap of 500"), qPrintable(problems.at(5).reason));
    QVERIFY(r.error().message.contains("SLIP.percent: must be a whole number from 101 to 1000"));
    QCOMPARE(countRows(w.t.db(), "campaigns"), 0); // not even the good one
    QCOMPARE(countRows(w.t.db(), "audit_log"), auditBefore);

    QList<FieldProblem> none;
    QVERIFY(!CampaignService(w.t.db(), w.clock).importDrafts(as(w, "campaign"), "{not json", none));
    QVERIFY(none.constFirst().reason.contains("not valid JSON"));
}

void TestCampaigns::lifeCycleWithFourEyes()
{
    PD_LEDGER_WORLD(w);
    CampaignService campaigns(w.t.db(), w.clock);
    QList<FieldProblem> problems;
    QByteArray noTerms = kDouble;
    noTerms.replace(R"("terms":"每周三、周六在本店消费满100元，积分翻倍。",)", "");
    // the administrator writes this one, so that an author holding the approve right is refused
    PD_OK(campaigns.importDrafts(as(w, "admin"), noTerms, problems));
    QCOMPARE(status(w, "MKT-DAY"), QStringLiteral("draft"));
    const Status early = campaigns.submit(as(w, "admin"), "MKT-DAY");
    QVERIFY(!early);
    QCOMPARE(early.error().field, QStringLiteral("terms"));
    PD_OK(campaigns.importDrafts(as(w, "admin"), kDouble, problems)); // the draft is replaced
    QCOMPARE(countRows(w.t.db(), "campaigns"), 1);
    PD_OK(campaigns.submit(as(w, "admin"), "MKT-DAY"));
    QCOMPARE(status(w, "MKT-DAY"), QStringLiteral("submitted"));

    // waiting for approval, the definition cannot change
    QVERIFY(!campaigns.importDrafts(as(w, "admin"), kDouble, problems));
    // who may not approve: the author, system, a cashier, the campaign manager
    QCOMPARE(campaigns.approve(as(w, "admin"), "MKT-DAY").error().code, ErrorCode::PermissionDenied);
    QVERIFY(campaigns.approve(as(w, "admin"), "MKT-DAY").error().message.contains("someone else"));
    QVERIFY(campaigns.approve(Session::system("ops"), "MKT-DAY").error().message.contains("four eyes"));
    QCOMPARE(campaigns.approve(as(w, "cashier"), "MKT-DAY").error().code, ErrorCode::PermissionDenied);
    QCOMPARE(campaigns.approve(as(w, "campaign"), "MKT-DAY").error().code, ErrorCode::PermissionDenied);
    QCOMPARE(campaigns.reject(as(w, "admin"), "MKT-DAY", "不行").error().code, ErrorCode::PermissionDenied);
    QCOMPARE(status(w, "MKT-DAY"), QStringLiteral("submitted"));
    QCOMPARE(campaigns.reject(as(w, "compliance"), "MKT-DAY", " ").error().field, QStringLiteral("reason"));

    PD_OK(campaigns.approve(as(w, "compliance"), "MKT-DAY"));
    QCOMPARE(status(w, "MKT-DAY"), QStringLiteral("approved"));
    QCOMPARE(campaigns.approve(as(w, "compliance"), "MKT-DAY").error().code, ErrorCode::Conflict);
    auto c = campaigns.campaign(as(w, "backoffice"), "MKT-DAY");
    QVERIFY(c);
    QCOMPARE(c->decidedByName, QStringLiteral("compliance"));
    QCOMPARE(c->authorName, QStringLiteral("admin"));
    QCOMPARE(campaigns.campaign(as(w, "cashier"), "MKT-DAY").error().code, ErrorCode::PermissionDenied);

    // a rejected one says why
    QByteArray other = kDouble;
    other.replace("MKT-DAY", "MKT-TWO");
    PD_OK(campaigns.importDrafts(as(w, "campaign"), other, problems));
    PD_OK(campaigns.submit(as(w, "campaign"), "MKT-TWO"));
    PD_OK(campaigns.reject(as(w, "admin"), "MKT-TWO", "与赶集日重复"));
    QCOMPARE(campaigns.campaign(as(w, "campaign"), "MKT-TWO")->reason, QStringLiteral("与赶集日重复"));

    // every step is in the trail, with who did it
    QCOMPARE(countRows(w.t.db(), "audit_log", "action = 'campaign.create'"), 2);
    QCOMPARE(countRows(w.t.db(), "audit_log", "action = 'campaign.update'"), 1);
    QCOMPARE(countRows(w.t.db(), "audit_log", "action = 'campaign.submit'"), 2);
    QCOMPARE(countRows(w.t.db(), "audit_log", "action = 'campaign.approve' AND actor_name = 'compliance'"), 1);
    QCOMPARE(countRows(w.t.db(), "audit_log", "action = 'campaign.reject' AND actor_name = 'admin'"), 1);
}

void TestCampaigns::aNewVersionReplacesTheApprovedOne()
{
    PD_LEDGER_WORLD(w);
    PD_OK(approved(w, kDouble));
    CampaignService campaigns(w.t.db(), w.clock);
    QList<FieldProblem> problems;
    // importing a changed definition of an approved code drafts version 2; version 1 keeps running
    QByteArray triple = kDouble;
    triple.replace(R"("percent":200)", R"("percent":300)");
    auto v2 = campaigns.importDrafts(as(w, "campaign"), triple, problems);
    QVERIFY(v2);
    QCOMPARE(v2->constFirst().version, 2);
    QCOMPARE(number(w, "SELECT COUNT(*) FROM campaigns WHERE code = 'MKT-DAY' AND status = 'approved'"), 1);
    PD_OK(campaigns.submit(as(w, "campaign"), "MKT-DAY"));
    PD_OK(campaigns.approve(as(w, "compliance"), "MKT-DAY"));
    QCOMPARE(number(w, "SELECT COUNT(*) FROM campaigns WHERE code = 'MKT-DAY' AND status = 'superseded' AND version = 1"), 1);
    QCOMPARE(campaigns.campaign(as(w, "campaign"), "MKT-DAY")->percent, 300);
    // the copy made on purpose
    auto v3 = campaigns.newVersion(as(w, "campaign"), "MKT-DAY");
    QVERIFY(v3);
    QCOMPARE(v3->version, 3);
    QCOMPARE(v3->status, CampaignStatus::Draft);
    QCOMPARE(countRows(w.t.db(), "audit_log", "action = 'campaign.version'"), 2);
}

void TestCampaigns::multiplierPaysItsExtraInTheReceiptsPoints()
{
    PD_LEDGER_WORLD(w);
    plainMembers(w);
    PD_OK(approved(w, kDouble));
    // Saturday 1 May, ¥150: 150 + 150
    auto sat = w.receipt("R1", 1, 15000, LedgerWorld::local(2027, 5, 1));
    QVERIFY(sat);
    QCOMPARE(sat->earning.points, 300);
    QCOMPARE(sat->earning.campaignCode, QStringLiteral("MKT-DAY"));
    QCOMPARE(number(w, "SELECT points FROM receipts WHERE receipt_no = 'R1'"), 300);
    // Thursday: no campaign; Saturday below ¥100: none; another store: none
    QCOMPARE(w.receipt("R2", 1, 15000, LedgerWorld::local(2027, 5, 6))->earning.points, 150);
    QCOMPARE(w.receipt("R3", 1, 9999, LedgerWorld::local(2027, 5, 8))->earning.points, 99);
    QCOMPARE(w.receipt("R4", 1, 15000, LedgerWorld::local(2027, 5, 8), "partner:eyewear", 0, 0, "EYE01")->earning.points, 150);
    QCOMPARE(number(w, "SELECT awarded_points FROM campaigns WHERE code = 'MKT-DAY'"), 150);
    QCOMPARE(number(w, "SELECT SUM(points) FROM campaign_awards"), 150);
    // the entry's breakdown names the campaign
    const QString breakdown = sql::scalar(w.t.db().connection(), "SELECT breakdown FROM ledger_entries WHERE reference = 'receipt:NY01/R1'")
                                  .value()
                                  .toString();
    QVERIFY2(breakdown.contains("\"campaign_code\":\"MKT-DAY\""), qPrintable(breakdown));
    // a return claws back in proportion, campaign points included: half of 300
    QCOMPARE(w.giveBack("RT1", "R1", 7500, LedgerWorld::local(2027, 5, 2))->clawback, 150);
    QCOMPARE(w.points(1).balance, 300 - 150 + 150 + 99 + 150);
}

void TestCampaigns::budgetIsSpentExactlyByACutReceipt()
{
    PD_LEDGER_WORLD(w);
    plainMembers(w);
    QByteArray budgeted = kDouble;
    budgeted.replace(R"("percent":200)", R"("percent":200,"budget_points":250)");
    PD_OK(approved(w, budgeted));
    // extras of 100, 100, then 50 of 100 (the budget's last), then nothing
    QCOMPARE(w.receipt("B1", 1, 10000, LedgerWorld::local(2027, 5, 1))->earning.points, 200);
    QCOMPARE(w.receipt("B2", 2, 10000, LedgerWorld::local(2027, 5, 1))->earning.points, 200);
    auto cut = w.receipt("B3", 3, 10000, LedgerWorld::local(2027, 5, 5));
    QCOMPARE(cut->earning.points, 150);
    QVERIFY(cut->earning.campaignCut);
    auto after = w.receipt("B4", 4, 10000, LedgerWorld::local(2027, 5, 8));
    QCOMPARE(after->earning.points, 100);
    QVERIFY(!after->earning.campaignId);
    QCOMPARE(number(w, "SELECT awarded_points FROM campaigns WHERE code = 'MKT-DAY'"), 250);
    // returns do not give budget back
    QVERIFY(w.giveBack("BR1", "B1", 10000, LedgerWorld::local(2027, 5, 2)));
    QCOMPARE(w.receipt("B5", 5, 10000, LedgerWorld::local(2027, 5, 8))->earning.points, 100);
    QCOMPARE(number(w, "SELECT awarded_points FROM campaigns WHERE code = 'MKT-DAY'"), 250);
}

void TestCampaigns::memberCapLimitsOneMember()
{
    PD_LEDGER_WORLD(w);
    plainMembers(w);
    QByteArray capped = kDouble;
    capped.replace(R"("percent":200)", R"("percent":200,"member_cap_points":120)");
    PD_OK(approved(w, capped));
    QCOMPARE(w.receipt("C1", 1, 10000, LedgerWorld::local(2027, 5, 1))->earning.campaignExtra, 100);
    QCOMPARE(w.receipt("C2", 1, 10000, LedgerWorld::local(2027, 5, 5))->earning.campaignExtra, 20);
    QVERIFY(!w.receipt("C3", 1, 10000, LedgerWorld::local(2027, 5, 8))->earning.campaignId);
    // another member has a cap of their own
    QCOMPARE(w.receipt("C4", 2, 10000, LedgerWorld::local(2027, 5, 8))->earning.campaignExtra, 100);
}

void TestCampaigns::firstPurchaseOnlyOnTheFirstReceiptAndClawedBack()
{
    PD_LEDGER_WORLD(w);
    plainMembers(w);
    PD_OK(approved(w, R"({"code":"FIRST","name":"首单有礼","type":"first_purchase","from":"2027-05-01","to":"2027-05-31",
        "terms":"首次消费满50元送50积分。","min_amount":50,"points":50})"));
    auto first = w.receipt("F1", 1, 10000, LedgerWorld::local(2027, 5, 3));
    QCOMPARE(first->earning.bonusPoints, 50);
    QCOMPARE(number(w, "SELECT COUNT(*) FROM ledger_entries WHERE kind = 'bonus' AND reference = 'receipt:NY01/F1'"), 1);
    QCOMPARE(number(w, "SELECT bonus_points FROM receipts WHERE receipt_no = 'F1'"), 50);
    QCOMPARE(w.receipt("F2", 1, 10000, LedgerWorld::local(2027, 5, 4))->earning.bonusPoints, 0); // not the first any more
    // a member whose first receipt is below the minimum never gets it later
    QCOMPARE(w.receipt("F3", 2, 4000, LedgerWorld::local(2027, 5, 4))->earning.bonusPoints, 0);
    QCOMPARE(w.receipt("F4", 2, 10000, LedgerWorld::local(2027, 5, 5))->earning.bonusPoints, 0);
    // P = 100 + 50: returning a third of ¥100 three times claws back 50 + 50 + 50 exactly
    QCOMPARE(w.giveBack("FR1", "F1", 3333, LedgerWorld::local(2027, 5, 6))->clawback, 49); // floor(150 × 3333 / 10000)
    QCOMPARE(w.giveBack("FR2", "F1", 3333, LedgerWorld::local(2027, 5, 6))->clawback, 50); // floor(150 × 6666 / 10000) − 49
    QCOMPARE(w.giveBack("FR3", "F1", 3334, LedgerWorld::local(2027, 5, 6))->clawback, 51); // 150 − 99
    QCOMPARE(w.points(1).balance, 100); // F2's 100 stay
}

void TestCampaigns::windowEdgesAtShanghaiMidnight()
{
    PD_LEDGER_WORLD(w);
    plainMembers(w);
    PD_OK(approved(w, R"({"code":"ONE-DAY","name":"周六双倍","type":"multiplier","from":"2027-05-08","to":"2027-05-08",
        "terms":"5月8日全场双倍积分。","percent":200})"));
    const QTimeZone shanghai(QByteArrayLiteral("Asia/Shanghai"));
    // 23:59 on 7 May in Shanghai is already 8 May nowhere; 00:00 on 8 May is 16:00 UTC on the 7th
    QCOMPARE(w.receipt("E1", 1, 10000, QDateTime(QDate(2027, 5, 7), QTime(23, 59), shanghai))->earning.points, 100);
    QCOMPARE(w.receipt("E2", 1, 10000, QDateTime(QDate(2027, 5, 8), QTime(0, 0), shanghai))->earning.points, 200);
    QCOMPARE(w.receipt("E3", 1, 10000, QDateTime(QDate(2027, 5, 8), QTime(23, 59, 59), shanghai))->earning.points, 200);
    QCOMPARE(w.receipt("E4", 1, 10000, QDateTime(QDate(2027, 5, 9), QTime(0, 0), shanghai))->earning.points, 100);
}

void TestCampaigns::aCancelledCampaignStopsFromThenOn()
{
    PD_LEDGER_WORLD(w);
    plainMembers(w);
    PD_OK(approved(w, kDouble));
    QCOMPARE(w.receipt("K1", 1, 10000, LedgerWorld::local(2027, 5, 1))->earning.points, 200);
    CampaignService campaigns(w.t.db(), w.clock);
    QCOMPARE(campaigns.cancel(as(w, "campaign"), "MKT-DAY", "").error().field, QStringLiteral("reason"));
    QCOMPARE(campaigns.cancel(as(w, "cashier"), "MKT-DAY", "停止").error().code, ErrorCode::PermissionDenied);
    PD_OK(campaigns.cancel(as(w, "campaign"), "MKT-DAY", "门店装修暂停"));
    // a receipt of the same day posted after the cancellation: nothing; the one before keeps its points
    QCOMPARE(w.receipt("K2", 2, 10000, LedgerWorld::local(2027, 5, 1))->earning.points, 100);
    QCOMPARE(number(w, "SELECT points FROM receipts WHERE receipt_no = 'K1'"), 200);
    QCOMPARE(countRows(w.t.db(), "audit_log", "action = 'campaign.cancel'"), 1);
}

void TestCampaigns::theCounterPreviewNamesTheCampaign()
{
    PD_LEDGER_WORLD(w);
    plainMembers(w);
    PD_OK(approved(w, kDouble));
    ReceiptInput in{QStringLiteral("NY01"), QStringLiteral("P1"), LedgerWorld::card(1), LedgerWorld::local(2027, 5, 1),
                    QStringLiteral("supermarket"), 12000, 0, 0};
    auto quote = ReceiptService(w.t.db(), w.clock).quote(w.admin, in);
    QVERIFY(quote);
    QCOMPARE(quote->earning.campaignLine(), QStringLiteral("赶集日双倍积分 ×2: +120"));
    QCOMPARE(countRows(w.t.db(), "campaign_awards"), 0); // a preview awards nothing
}

void TestCampaigns::welcomeOncePerMemberInItsWindowAndStores()
{
    PD_LEDGER_WORLD(w);
    PD_OK(approved(w, R"({"code":"HELLO-NY","name":"新会员礼","type":"welcome","from":"2027-05-01","to":"2027-05-31",
        "terms":"5月在南阳店注册的新会员获赠100积分。","stores":["NY01"],"points":100,"budget_points":250})"));
    MemberService members(w.t.db(), w.clock);
    const auto registered = [&](const QString &card, const QDate &joined, const QString &store) {
        MemberInput in;
        in.cardNo = card;
        in.name = QStringLiteral("新会员");
        in.mobile = QStringLiteral("139%1").arg(card.right(8));
        in.joinedOn = joined;
        in.storeCode = store;
        return members.registerMember(w.admin, in, [&](qint64 id) -> Status {
            auto points = welcome::grant(w.t.db(), w.clock, w.admin, id);
            return points ? Status() : Status(points.error());
        });
    };
    const auto balanceOf = [&](const QString &card) { return number(w, "SELECT balance FROM members WHERE card_no = ?", {card}); };
    PD_OK(registered("9100000001", QDate(2027, 5, 10), "NY01"));
    QCOMPARE(balanceOf("9100000001"), 100);
    QCOMPARE(number(w, "SELECT COUNT(*) FROM ledger_entries WHERE kind = 'welcome' AND reference = 'welcome:HELLO-NY'"), 1);
    PD_OK(registered("9100000002", QDate(2027, 5, 10), "EYE01")); // another store
    PD_OK(registered("9100000003", QDate(2027, 4, 30), "NY01"));  // before the window
    QCOMPARE(balanceOf("9100000002"), 0);
    QCOMPARE(balanceOf("9100000003"), 0);

    // by import: the first new member takes 100, the next the budget's last 50, then none
    QByteArray csv = "card_no,name,mobile,joined_on,store,credit\n"
                     "9100000004,张新,13900000004,2027-05-11,NY01,normal\n"
                     "9100000005,李新,13900000005,2027-05-12,NY01,normal\n"
                     "9100000006,王新,13900000006,2027-05-12,NY01,normal\n";
    QBuffer file(&csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    PD_OK(Importers(w.t.db(), w.clock).importMembers(w.admin, &file, "new.csv", ImportOptions()));
    QCOMPARE(balanceOf("9100000004"), 100);
    QCOMPARE(balanceOf("9100000005"), 50);
    QCOMPARE(balanceOf("9100000006"), 0);
    QCOMPARE(number(w, "SELECT awarded_points FROM campaigns WHERE code = 'HELLO-NY'"), 250);
    // a second grant for the same member gives nothing
    const qint64 id = number(w, "SELECT id FROM members WHERE card_no = '9100000001'");
    QCOMPARE(welcome::grant(w.t.db(), w.clock, w.admin, id).value(), 0);
}

void TestCampaigns::aSaleLowersThePriceInItsWindowOnly()
{
    PD_REDEMPTION_WORLD(w, 3);
    plainMembers(w);
    QVERIFY(w.add(RedemptionWorld::item("EYECARE", 2000)));
    for (int m = 1; m <= 3; ++m)
        QVERIFY(w.give(m, 5000, QStringLiteral("G%1").arg(m)));
    // 爱眼日: 1,500 points instead of 2,000, from 1 to 6 June (the world's clock is 1 June)
    PD_OK(approved(w, R"({"code":"EYE-DAY","name":"爱眼日特惠","type":"sale","from":"2027-06-01","to":"2027-06-06",
        "terms":"6月1日至6日，护眼套装仅需1500积分。","item":"EYECARE","points":1500})"));
    auto normal = w.redeem("S1", 1, "EYECARE");
    QVERIFY(normal);
    QCOMPARE(normal->unitPoints, 1500);
    QCOMPARE(normal->regularPrice, std::optional<qint64>(2000));
    QCOMPARE(normal->saleName, QStringLiteral("爱眼日特惠"));
    w.t.exec("UPDATE members SET credit = 'good' WHERE card_no = '8000000002'");
    QCOMPARE(w.redeem("S2", 2, "EYECARE")->unitPoints, 1425); // ceil(1500 × 95 / 100)

    // one sale per item at a time: an overlapping second one is refused at approval
    CampaignService campaigns(w.t.db(), w.clock);
    QList<FieldProblem> problems;
    PD_OK(campaigns.importDrafts(as(w, "campaign"), R"({"code":"EYE-WEEK","name":"护眼周","type":"sale","from":"2027-06-05",
        "to":"2027-06-12","terms":"护眼套装1800积分。","item":"EYECARE","points":1800})", problems));
    PD_OK(campaigns.submit(as(w, "campaign"), "EYE-WEEK"));
    const Status overlap = campaigns.approve(as(w, "compliance"), "EYE-WEEK");
    QVERIFY(!overlap);
    QVERIFY2(overlap.error().message.contains("one sale per item"), qPrintable(overlap.error().message));

    // after the window the catalog price is back
    w.clock.set(QDateTime(QDate(2027, 6, 7), QTime(12, 0), QTimeZone::utc()));
    auto later = w.redeem("S3", 3, "EYECARE");
    QCOMPARE(later->unitPoints, 2000);
    QVERIFY(!later->regularPrice);
}

void TestCampaigns::theSimulatorAgreesWithThePostedCampaign()
{
    PD_LEDGER_WORLD(w);
    plainMembers(w);
    QByteArray capped = kDouble;
    capped.replace(R"("percent":200)", R"("percent":200,"budget_points":300,"member_cap_points":150)");
    CampaignService campaigns(w.t.db(), w.clock);
    QList<FieldProblem> problems;
    PD_OK(campaigns.importDrafts(as(w, "campaign"), capped, problems));
    // the same receipts twice: once before the campaign exists (replayed), once after it is approved
    struct Sale { int member; int day; qint64 fen; };
    const QList<Sale> may = {{1, 1, 10000}, {2, 1, 20000}, {1, 5, 10000}, {3, 6, 10000}, {3, 8, 5000}, {4, 8, 10000}};
    const auto post = [&](const char *prefix) {
        for (qsizetype i = 0; i < may.size(); ++i)
            if (!w.receipt(QStringLiteral("%1%2").arg(QLatin1String(prefix)).arg(i), may[i].member, may[i].fen, LedgerWorld::local(2027, 5, may[i].day)))
                return false;
        return true;
    };
    QVERIFY(post("A"));
    // four weeks before May, on Wednesdays and Saturdays: ¥90 on Saturday 3 April, ¥150 on Wednesday 7 April
    QVERIFY(w.receipt("APR1", 1, 9000, LedgerWorld::local(2027, 4, 3)));
    QVERIFY(w.receipt("APR2", 2, 15000, LedgerWorld::local(2027, 4, 7)));

    const qint64 entriesBefore = countRows(w.t.db(), "ledger_entries"), auditBefore = countRows(w.t.db(), "audit_log");
    SimulationRequest request;
    request.from = QDate(2027, 5, 1);
    request.to = QDate(2027, 5, 31);
    qint64 progressCalls = 0;
    request.progress = [&](qint64, qint64) { ++progressCalls; };
    auto draft = campaigns.campaign(as(w, "campaign"), "MKT-DAY");
    auto simulated = simulateCampaign(w.t.db(), as(w, "campaign"), draft.value(), request);
    PD_OK(simulated);
    QVERIFY(progressCalls > 0);
    QCOMPARE(countRows(w.t.db(), "ledger_entries"), entriesBefore); // writes nothing
    QCOMPARE(countRows(w.t.db(), "audit_log"), auditBefore);
    // by hand: 1 May 100 + 150 (member 2 capped at 150); 5 May member 1's last 50 of its cap and
    // the budget's last 50; 6 May a Thursday; 8 May below ¥100, then nothing left
    QCOMPARE(simulated->points, 300);
    QCOMPARE(simulated->costFen(), 300); // a point is worth 1 fen
    QCOMPARE(simulated->membersReached, 2);
    QCOMPARE(simulated->matched, 3);
    QCOMPARE(simulated->capReachedOn, std::optional<QDate>(QDate(2027, 5, 5)));
    QCOMPARE(simulated->days.value(QDate(2027, 5, 1)).points, 250);
    QCOMPARE(simulated->days.value(QDate(2027, 5, 5)).points, 50);
    // another store: nothing
    request.storeCode = QStringLiteral("EYE01");
    QCOMPARE(simulateCampaign(w.t.db(), as(w, "campaign"), draft.value(), request)->points, 0);

    PD_OK(campaigns.submit(as(w, "campaign"), "MKT-DAY"));
    PD_OK(campaigns.approve(as(w, "compliance"), "MKT-DAY"));
    QVERIFY(post("B"));
    auto report = reportCampaign(w.t.db(), w.clock, as(w, "compliance"), "MKT-DAY");
    PD_OK(report);
    QCOMPARE(report->points, simulated->points);
    QCOMPARE(report->membersReached, simulated->membersReached);
    QCOMPARE(report->matched, simulated->matched);
    QCOMPARE(report->capReachedOn, simulated->capReachedOn);
    for (auto it = simulated->days.cbegin(); it != simulated->days.cend(); ++it) {
        QCOMPARE(report->days.value(it.key()).points, it->points);
        QCOMPARE(report->days.value(it.key()).members, it->members);
    }
    // uplift: members 1 and 2 spent ¥800 on 9 Wednesdays and Saturdays of May (both sets),
    // ¥240 on the 8 of the four weeks before: (80000 × 8 − 24000 × 9) × 1000 / (24000 × 9) = 1962
    QCOMPARE(report->spendPerDayInWindowFen, std::optional<qint64>(80000 / 9));
    QCOMPARE(report->spendPerDayBeforeFen, std::optional<qint64>(3000));
    QCOMPARE(report->upliftPermille, std::optional<qint64>(1962));

    // the insights dashboard of May names the campaign with the same figures; NY01 only
    auto inMay = insights::dashboard(w.t.db(), as(w, "campaign"), DashboardQuery{QDate(2027, 5, 1), QDate(2027, 5, 31), std::nullopt});
    PD_OK(inMay);
    QCOMPARE(inMay->campaigns.size(), 1);
    const DashboardCampaign &shown = inMay->campaigns.constFirst();
    QCOMPARE(shown.code, QStringLiteral("MKT-DAY"));
    QCOMPARE(shown.name, QStringLiteral("赶集日双倍积分"));
    QCOMPARE(shown.extraPoints, report->points);
    QCOMPARE(shown.receipts, report->matched);
    QCOMPARE(shown.otherAwards, 0); // every award of a receipt campaign names its receipt
    QCOMPARE(shown.upliftPermille, report->upliftPermille);
    const QList<QStringList> table = insights::table(inMay.value(), DashboardChart::Campaigns);
    QCOMPARE(table.value(1), QStringList({"MKT-DAY", QStringLiteral("赶集日双倍积分"), "2027-05-01", "2027-05-31", QString::number(report->points),
                                          QString::number(report->matched), "196.2", "0"}));
    const qint64 eye = StoreService::storeId(w.t.db(), "EYE01").value(), ny = StoreService::storeId(w.t.db(), "NY01").value();
    QVERIFY(insights::dashboard(w.t.db(), as(w, "campaign"), DashboardQuery{QDate(2027, 5, 1), QDate(2027, 5, 31), eye})->campaigns.isEmpty());
    QCOMPARE(insights::dashboard(w.t.db(), as(w, "campaign"), DashboardQuery{QDate(2027, 5, 1), QDate(2027, 5, 31), ny})->campaigns.size(), 1);
    // a period it awarded nothing in: not shown
    QVERIFY(insights::dashboard(w.t.db(), as(w, "campaign"), DashboardQuery{QDate(2027, 4, 1), QDate(2027, 4, 30), std::nullopt})->campaigns.isEmpty());
    // 8 May only: the points of that day
    auto day = insights::dashboard(w.t.db(), as(w, "campaign"), DashboardQuery{QDate(2027, 5, 5), QDate(2027, 5, 5), std::nullopt});
    QCOMPARE(day->campaigns.constFirst().extraPoints, report->days.value(QDate(2027, 5, 5)).points);
}

PD_DATABASE_TEST_MAIN(TestCampaigns)
#include "tst_campaigns.moc"

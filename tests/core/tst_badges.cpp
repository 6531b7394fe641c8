// Badge collections through the database (DESIGN §8 `badges`): each rule at its threshold, counted
// in the same transaction as the receipt, return or check-in; a return taking a badge back before
// the set is complete and never after; the reward points under the campaign; the prize collected
// once, and refused out of stock. Members are at the base tier and normal credit.
#include "core/campaigns/badgeawards.h"
#include "core/campaigns/campaignsimulator.h"
#include "core/campaigns/campaignservice.h"
#include "core/checkins/checkinservice.h"
#include "redemptionfixture.h"

using namespace pd;
using namespace pd::test;

class TestBadges : public QObject
{
    Q_OBJECT
private slots:
    void eachRuleAtItsThreshold_data();
    void eachRuleAtItsThreshold();
    void aReturnTakesABadgeBackOnlyBeforeTheSetIsComplete();
    void thePrizeIsCollectedOnceWhileInStock();
    void theMemberSeesEachBadgeAndThePrize();
    void theSimulatorCountsCompletedSets();
};

namespace {

QByteArray collection(const QByteArray &badges, const QByteArray &reward = R"("reward_points":100)")
{
    return R"({"code":"SPRING","name":"春季勋章","type":"badges","from":"2027-03-01","to":"2027-05-31","terms":"集齐勋章有奖。","badges":)" + badges
           + "," + reward + "}";
}

qint64 number(LedgerWorld &w, const QString &query, const QVariantList &values = {})
{
    return sql::scalar(w.t.db().connection(), query, values).value().toLongLong();
}

qint64 completions(LedgerWorld &w) { return number(w, "SELECT COUNT(*) FROM badge_completions"); }

QDateTime day(int month, int d) { return LedgerWorld::local(2027, month, d); }

Result<CheckinOutcome> checkIn(LedgerWorld &w, int member, const QDateTime &time)
{
    CheckinInput in;
    in.storeCode = "NY01";
    in.cardNo = LedgerWorld::card(member);
    in.time = time;
    return CheckinService(w.t.db(), w.clock).post(w.admin, in);
}

} // namespace

void TestBadges::eachRuleAtItsThreshold_data()
{
    QTest::addColumn<QByteArray>("badge");
    QTest::addColumn<int>("steps"); // activities needed; the one before the last leaves the set open
    QTest::newRow("visits") << QByteArray(R"([{"code":"V3","name":"到店3次","rule":"visits","count":3}])") << 3;
    QTest::newRow("green") << QByteArray(R"([{"code":"G2","name":"绿色2次","rule":"green","count":2}])") << 2;
    QTest::newRow("scenarios") << QByteArray(R"([{"code":"S2","name":"两种消费","rule":"scenarios","count":2}])") << 2;
    QTest::newRow("spend in a scenario") << QByteArray(R"([{"code":"F300","name":"加油满300元","rule":"spend","amount":300,"scenario":"fuel"}])") << 3;
    QTest::newRow("streak") << QByteArray(R"([{"code":"K3","name":"连签3天","rule":"streak","count":3}])") << 3;
}

void TestBadges::eachRuleAtItsThreshold()
{
    QFETCH(QByteArray, badge);
    QFETCH(int, steps);
    PD_LEDGER_WORLD(w);
    w.t.setUpMembers("UPDATE members SET tier = 'member'");
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    if (tag == "streak")
        PD_OK(approveCampaigns(w.t.db(), w.clock, R"({"code":"SIGN","name":"签到","type":"checkin","from":"2027-03-01","to":"2027-05-31",
            "terms":"签到。","daily_points":1})"));
    PD_OK(approveCampaigns(w.t.db(), w.clock, collection(badge)));
    for (int i = 1; i <= steps; ++i) {
        QCOMPARE(completions(w), 0);
        if (tag == "streak") {
            PD_OK(checkIn(w, 1, day(4, i)));
        } else {
            const QString scenario = tag == "spend in a scenario" ? "fuel" : (tag == "scenarios" && i == 2 ? "fuel" : "supermarket");
            // ¥100 receipts; green ones have ¥10 of eco goods; a supermarket receipt does not count for the fuel badge
            if (tag == "spend in a scenario")
                PD_OK(w.receipt(QStringLiteral("X%1").arg(i), 1, 5000, day(4, i), "supermarket"));
            PD_OK(w.receipt(QStringLiteral("R%1").arg(i), 1, 10000, day(4, i), scenario, tag == "green" ? 1000 : 0));
        }
    }
    QCOMPARE(completions(w), 1);
    QCOMPARE(number(w, "SELECT COUNT(*) FROM ledger_entries WHERE kind = 'badge' AND delta = 100 AND reference = 'badges:SPRING'"), 1);
    QCOMPARE(number(w, "SELECT awarded_points FROM campaigns WHERE code = 'SPRING'"), 100);
    // more of the same completes nothing again
    PD_OK(w.receipt("MORE", 1, 10000, day(4, 20)));
    QCOMPARE(completions(w), 1);
}

void TestBadges::aReturnTakesABadgeBackOnlyBeforeTheSetIsComplete()
{
    PD_LEDGER_WORLD(w);
    PD_OK(approveCampaigns(w.t.db(), w.clock, collection(R"([{"code":"V2","name":"到店2次","rule":"visits","count":2},
        {"code":"S300","name":"消费满300元","rule":"spend","amount":300}])")));
    const auto holds = [&](const char *code) {
        return number(w, "SELECT COUNT(*) FROM badge_holdings WHERE badge_code = ?", {QString::fromLatin1(code)}) == 1;
    };
    PD_OK(w.receipt("A", 1, 10000, day(4, 1)));
    PD_OK(w.receipt("B", 1, 10000, day(4, 2)));
    QVERIFY(holds("V2") && !holds("S300"));
    PD_OK(w.giveBack("TB", "B", 10000, day(4, 3))); // B wholly returned: one visit left
    QVERIFY(!holds("V2"));
    PD_OK(w.giveBack("TA", "A", 5000, day(4, 3))); // half of A: still a visit, ¥50 net
    PD_OK(w.receipt("C", 1, 30000, day(4, 4)));
    QVERIFY(holds("V2") || completions(w) == 1);
    QCOMPARE(completions(w), 1); // two visits (A, C), ¥350 net
    // complete for good: a return now takes nothing back
    PD_OK(w.giveBack("TC", "C", 30000, day(4, 5)));
    QCOMPARE(completions(w), 1);
    QCOMPARE(number(w, "SELECT COUNT(*) FROM ledger_entries WHERE kind = 'badge'"), 1);
}

void TestBadges::thePrizeIsCollectedOnceWhileInStock()
{
    PD_REDEMPTION_WORLD(w);
    QVERIFY(w.add(RedemptionWorld::item("PRIZE", 5000, 1)));
    PD_OK(approveCampaigns(w.t.db(), w.clock, collection(R"([{"code":"V1","name":"到店1次","rule":"visits","count":1}])", R"("reward_item":"PRIZE")")));
    PD_OK(w.receipt("A", 1, 10000, day(4, 1)));
    PD_OK(w.receipt("B", 2, 10000, day(4, 1)));
    QCOMPARE(completions(w), 2);
    QCOMPARE(number(w, "SELECT COUNT(*) FROM ledger_entries WHERE kind = 'badge'"), 0); // a prize only
    const qint64 balance = w.points(1).balance;
    auto first = badgeawards::collectPrize(w.t.db(), w.clock, w.admin, LedgerWorld::card(1), "SPRING");
    PD_OK(first);
    QCOMPARE(first->itemName, QStringLiteral("Item PRIZE"));
    QCOMPARE(w.points(1).balance, balance); // for 0 points
    QCOMPARE(number(w, "SELECT stock FROM catalog_items WHERE code = 'PRIZE'"), 0);
    auto again = badgeawards::collectPrize(w.t.db(), w.clock, w.admin, LedgerWorld::card(1), "SPRING");
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains("already collected"), qPrintable(again.error().message));
    auto soldOut = badgeawards::collectPrize(w.t.db(), w.clock, w.admin, LedgerWorld::card(2), "SPRING");
    QVERIFY(!soldOut);
    QVERIFY2(soldOut.error().message.contains("out of stock"), qPrintable(soldOut.error().message));
    auto none = badgeawards::collectPrize(w.t.db(), w.clock, w.admin, LedgerWorld::card(3), "SPRING");
    QVERIFY(!none);
    QVERIFY2(none.error().message.contains("has not completed"), qPrintable(none.error().message));
    QCOMPARE(countRows(w.t.db(), "audit_log", "action = 'badge.prize'"), 1);
    QCOMPARE(w.invariantProblems(), QString()); // the stock counts the prize
}

void TestBadges::theMemberSeesEachBadgeAndThePrize()
{
    PD_LEDGER_WORLD(w);
    w.clock.set(day(4, 10));
    PD_OK(approveCampaigns(w.t.db(), w.clock, collection(R"([{"code":"V3","name":"到店3次","rule":"visits","count":3},
        {"code":"G1","name":"绿色消费","rule":"green","count":1}])")));
    PD_OK(w.receipt("A", 1, 10000, day(4, 1), "supermarket", 500));
    PD_OK(w.receipt("B", 1, 10000, day(4, 2)));
    const qint64 member = number(w, "SELECT id FROM members WHERE card_no = ?", {LedgerWorld::card(1)});
    auto seen = badgeawards::collectionsOf(w.t.db(), w.clock, w.admin, member);
    PD_OK(seen);
    QCOMPARE(seen->size(), 1);
    const badgeawards::Collection &c = seen->constFirst();
    QCOMPARE(c.campaign.code, QStringLiteral("SPRING"));
    QVERIFY(!c.complete);
    QCOMPARE(c.progress.size(), 2);
    QCOMPARE(c.progress.at(0).have, 2);
    QCOMPARE(c.progress.at(0).need, 3);
    QVERIFY(c.progress.at(1).reached());
    QCOMPARE(c.held, QSet<QString>{"G1"});
}

void TestBadges::theSimulatorCountsCompletedSets()
{
    PD_LEDGER_WORLD(w);
    PD_OK(approveCampaigns(w.t.db(), w.clock, collection(R"([{"code":"V2","name":"到店2次","rule":"visits","count":2}])")));
    PD_OK(w.receipt("A", 1, 10000, day(4, 1)));
    PD_OK(w.receipt("B", 1, 10000, day(4, 2)));
    PD_OK(w.receipt("C", 2, 10000, day(4, 2)));
    PD_OK(w.receipt("D", 3, 10000, day(4, 3)));
    PD_OK(w.receipt("E", 3, 10000, day(4, 4)));
    QCOMPARE(completions(w), 2);
    auto campaign = CampaignService(w.t.db(), w.clock).campaign(w.admin, "SPRING");
    PD_OK(campaign);
    SimulationRequest period;
    period.from = QDate(2027, 3, 1);
    period.to = QDate(2027, 5, 31);
    auto figures = simulateCampaign(w.t.db(), w.admin, campaign.value(), period);
    PD_OK(figures);
    QCOMPARE(figures->points, number(w, "SELECT SUM(delta) FROM ledger_entries WHERE kind = 'badge'"));
    QCOMPARE(figures->points, 200);
}

PD_DATABASE_TEST_MAIN(TestBadges)
#include "tst_badges.moc"

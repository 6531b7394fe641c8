// Earning through a posted receipt, for what the other ledger tests left out (issue 21): the
// default rate of every scenario and partner, each credit standing, the expiry policies other
// than annual, the green rate and the value of a point as settings, and members who may not
// earn. Every expected number is worked out by hand from DESIGN §4–§6 in the comments.
#include "core/jobs/batchjobs.h"
#include "core/stores/storeservice.h"
#include "core/rules/programmerules.h"
#include "ledgerfixture.h"

using namespace pd;
using namespace pd::test;

class TestEarning : public QObject
{
    Q_OBJECT
private slots:
    void defaultRateOfEachScenarioAndPartner_data();
    void defaultRateOfEachScenarioAndPartner();
    void creditStandings_data();
    void creditStandings();
    void rollingExpiryThroughAPostedReceipt();
    void neverExpiringThroughAPostedReceipt();
    void greenRateAndPointValueAreSettings();
    void closedAndFrozenMembersEarnNothing();
    void aStoreAddedAfterAMissIsFoundBySameService();
    void everyPerMemberTableHoldsTheMember();
};

namespace {
// The base tier and normal credit for everyone, so each row changes one thing only.
void plainMembers(LedgerWorld &w) { w.t.setUpMembers("UPDATE members SET tier = 'member', credit = 'normal'"); }

qint64 lotExpiryCount(LedgerWorld &w, const QString &where)
{
    return countRows(w.t.db(), "lots", where);
}
} // namespace

void TestEarning::defaultRateOfEachScenarioAndPartner_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("store");
    QTest::addColumn<qint64>("points");
    // ¥123.45 = 12,345 fen; points = floor(12345 × rate × 100 × 100 × 100 / 10^10)
    QTest::newRow("supermarket 100") << "supermarket" << "NY01" << qint64(123);
    QTest::newRow("dining 100") << "dining" << "NY01" << qint64(123);
    QTest::newRow("online 100") << "online" << "NY01" << qint64(123);
    QTest::newRow("travel 100") << "travel" << "NY01" << qint64(123);
    QTest::newRow("fuel 50") << "fuel" << "NY01" << qint64(61);       // 61.725
    QTest::newRow("utility 50") << "utility" << "NY01" << qint64(61);  // 61.725
    QTest::newRow("partner eyewear 100") << "partner:eyewear" << "EYE01" << qint64(123);
    QTest::newRow("partner home textiles 100") << "partner:hometex" << "TEX01" << qint64(123);
    QTest::newRow("partner car dealer 100") << "partner:auto4s" << "AUTO01" << qint64(123);
}

void TestEarning::defaultRateOfEachScenarioAndPartner()
{
    QFETCH(QString, scenario);
    QFETCH(QString, store);
    QFETCH(qint64, points);
    PD_LEDGER_WORLD(w);
    plainMembers(w);
    auto r = w.receipt("S1", 1, 12345, LedgerWorld::local(2027, 5, 2), scenario, 0, 0, store);
    PD_OK(r);
    QCOMPARE(r->earning.points, points);
    QCOMPARE(r->earning.total(), points);
    QCOMPARE(w.points(1).balance, points);
}

void TestEarning::creditStandings_data()
{
    QTest::addColumn<QString>("credit");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<qint64>("points");
    // ¥123.45 at the supermarket (rate 100)
    QTest::newRow("normal") << "normal" << "member" << qint64(123);         // 123.45
    QTest::newRow("restricted earns as normal") << "restricted" << "member" << qint64(123);
    QTest::newRow("good +10 %") << "good" << "member" << qint64(135);       // 135.795
    QTest::newRow("restricted gold") << "restricted" << "gold" << qint64(154); // 154.3125
    QTest::newRow("good gold") << "good" << "gold" << qint64(169);         // 169.74375
}

void TestEarning::creditStandings()
{
    QFETCH(QString, credit);
    QFETCH(QString, tier);
    QFETCH(qint64, points);
    PD_LEDGER_WORLD(w);
    w.t.setUpMembers(QStringLiteral("UPDATE members SET tier = '%1', credit = '%2'").arg(tier, credit));
    auto r = w.receipt("C1", 1, 12345, LedgerWorld::local(2027, 5, 2));
    PD_OK(r);
    QCOMPARE(r->earning.points, points);
    QCOMPARE(w.points(1).balance, points);
}

void TestEarning::rollingExpiryThroughAPostedReceipt()
{
    PD_LEDGER_WORLD(w);
    plainMembers(w);
    PD_OK(RulesService(w.t.db(), w.clock).setSetting(w.admin, "points.expiry_policy", "rolling 3"));
    // earned on 15 January: valid to the end of April, gone at the start of 1 May (Shanghai)
    PD_OK(w.receipt("J1", 1, 20000, LedgerWorld::local(2027, 1, 15)));
    // earned on 31 January, 23:00: still January, the same end of April
    PD_OK(w.receipt("J2", 1, 10000, LedgerWorld::local(2027, 1, 31, 23)));
    // earned on 1 February, 00:00 in Shanghai (31 January in UTC): the end of May
    PD_OK(w.receipt("F1", 1, 5000, LedgerWorld::local(2027, 2, 1, 0)));
    QCOMPARE(lotExpiryCount(w, "expires_at = '2027-04-30T16:00:00.000Z'"), qint64(2));
    QCOMPARE(lotExpiryCount(w, "expires_at = '2027-05-31T16:00:00.000Z'"), qint64(1));
    BatchJobs jobs(w.t.db(), w.clock);
    auto lastDay = jobs.expire(w.admin, QDate(2027, 4, 30));
    PD_OK(lastDay);
    QCOMPARE(lastDay->points, qint64(0));
    auto may = jobs.expire(w.admin, QDate(2027, 5, 1));
    PD_OK(may);
    QCOMPARE(may->points, qint64(200 + 100));
    QCOMPARE(w.points(1).balance, qint64(50));
    auto june = jobs.expire(w.admin, QDate(2027, 6, 1));
    PD_OK(june);
    QCOMPARE(june->points, qint64(50));
    QCOMPARE(w.points(1).balance, qint64(0));
}

void TestEarning::neverExpiringThroughAPostedReceipt()
{
    PD_LEDGER_WORLD(w);
    plainMembers(w);
    PD_OK(RulesService(w.t.db(), w.clock).setSetting(w.admin, "points.expiry_policy", "never"));
    PD_OK(w.receipt("N1", 1, 30000, LedgerWorld::local(2025, 3, 1)));
    QCOMPARE(lotExpiryCount(w, "expires_at IS NULL"), qint64(1));
    auto run = BatchJobs(w.t.db(), w.clock).expire(w.admin, QDate(2099, 1, 1));
    PD_OK(run);
    QCOMPARE(run->points, qint64(0));
    QCOMPARE(w.points(1).balance, qint64(300));
}

void TestEarning::greenRateAndPointValueAreSettings()
{
    PD_LEDGER_WORLD(w);
    plainMembers(w);
    // default green rate 100: ¥25 of eco goods earn floor(2500 × 100 / 10^4) = 25 green points
    auto first = w.receipt("G1", 1, 100000, LedgerWorld::local(2027, 5, 2), "supermarket", 2500);
    PD_OK(first);
    QCOMPARE(first->earning.points, qint64(1000));
    QCOMPARE(first->earning.greenPoints, qint64(25));
    PD_OK(RulesService(w.t.db(), w.clock).setSetting(w.admin, "points.green_rate", "200"));
    auto second = w.receipt("G2", 1, 100000, LedgerWorld::local(2027, 5, 3), "supermarket", 2500);
    PD_OK(second);
    QCOMPARE(second->earning.greenPoints, qint64(50)); // floor(2500 × 200 / 10^4)
    QCOMPARE(w.points(1).balance, qint64(1000 + 25 + 1000 + 50));

    // a point worth 1 fen: 1,000 points pay ¥10 of a ¥29 bill (¥19 paid), within half
    auto cheap = w.receipt("P1", 1, 1900, LedgerWorld::local(2027, 5, 4), "supermarket", 0, 1000);
    PD_OK(cheap);
    QCOMPARE(cheap->deductedFen, qint64(1000));
    QCOMPARE(cheap->earning.points, qint64(20)); // silver now: floor(1900 × 110 / 10^4) = 20
    // worth 2 fen: the same 1,000 points pay ¥20, more than half of ¥39: refused, nothing written
    PD_OK(RulesService(w.t.db(), w.clock).setSetting(w.admin, "points.point_value_fen", "2"));
    const qint64 receipts = countRows(w.t.db(), "receipts");
    auto over = w.receipt("P2", 1, 1900, LedgerWorld::local(2027, 5, 4), "supermarket", 0, 1000);
    QVERIFY(!over.ok());
    QCOMPARE(over.error().field, QStringLiteral("points_used"));
    QCOMPARE(countRows(w.t.db(), "receipts"), receipts);
    // and on a ¥40 + ¥20 bill they pay ¥20 (2,000 fen), 1,000 points off the balance; the
    // member is silver since G2 brought the year's spend to ¥2,000: floor(4000 × 110 / 10^4) = 44
    const qint64 before = w.points(1).balance;
    auto valued = w.receipt("P3", 1, 4000, LedgerWorld::local(2027, 5, 4), "supermarket", 0, 1000);
    PD_OK(valued);
    QCOMPARE(valued->deductedFen, qint64(2000));
    QCOMPARE(valued->earning.points, qint64(44));
    QCOMPARE(w.points(1).balance, before - 1000 + 44);
}

void TestEarning::aStoreAddedAfterAMissIsFoundBySameService()
{
    // the service keeps the stores it found (an import's receipts each skip the look-up), never one it missed
    PD_LEDGER_WORLD(w);
    plainMembers(w);
    ReceiptService receipts(w.t.db(), w.clock);
    const ReceiptInput first{QStringLiteral("NY09"), QStringLiteral("S1"), w.card(1), LedgerWorld::local(2027, 5, 2), QStringLiteral("supermarket"), 10000, 0, 0};
    auto missed = receipts.post(w.admin, first);
    QVERIFY(!missed.ok());
    QCOMPARE(missed.error().code, ErrorCode::NotFound);
    QCOMPARE(missed.error().field, QStringLiteral("store"));
    PD_OK(StoreService(w.t.db(), w.clock).addStore(w.admin, test::store(QStringLiteral("NY09"), QStringLiteral("新店"))));
    auto posted = receipts.post(w.admin, first);
    PD_OK(posted);
    QCOMPARE(posted->earning.points, qint64(100));
    ReceiptInput second = first;
    second.receiptNo = QStringLiteral("S2");
    PD_OK(receipts.post(w.admin, second));
    QCOMPARE(sql::scalar(w.t.db().connection(), QStringLiteral("SELECT COUNT(*) FROM receipts r JOIN stores s ON s.id = r.store_id WHERE s.code = 'NY09'"))->toInt(), 2);
}

void TestEarning::closedAndFrozenMembersEarnNothing()
{
    PD_LEDGER_WORLD(w);
    plainMembers(w);
    PD_OK(w.receipt("OK1", 1, 10000, LedgerWorld::local(2027, 5, 2)));
    w.t.exec("UPDATE members SET status = 'closed' WHERE card_no = '8000000002'");
    w.t.exec("UPDATE members SET status = 'frozen' WHERE card_no = '8000000003'");
    const qint64 receipts = countRows(w.t.db(), "receipts"), entries = countRows(w.t.db(), "ledger_entries"),
                 audit = countRows(w.t.db(), "audit_log");
    for (int member : {2, 3}) {
        auto r = w.receipt(QStringLiteral("NO%1").arg(member), member, 10000, LedgerWorld::local(2027, 5, 2));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QCOMPARE(r.error().field, QStringLiteral("card_no"));
        QVERIFY2(r.error().message.contains(LedgerWorld::card(member)), qPrintable(r.error().message));
        QCOMPARE(w.points(member).balance, qint64(0));
    }
    QCOMPARE(countRows(w.t.db(), "receipts"), receipts);
    QCOMPARE(countRows(w.t.db(), "ledger_entries"), entries);
    QCOMPARE(countRows(w.t.db(), "audit_log"), audit);
}

// Every table that holds rows about one member names the member in a member_id column (the
// ledger is stored, locked and erased by member). Written out here, on both engines.
void TestEarning::everyPerMemberTableHoldsTheMember()
{
    PD_LEDGER_WORLD(w, 1);
    const QStringList perMember = {"ledger_entries", "lots", "lot_spending", "lot_restorations", "receipts", "returns",
                                   "redemptions", "redemption_cancellations", "adjustments", "donations", "campaign_awards", "checkins",
                                   "checkin_bonuses", "badge_holdings", "badge_completions", "personal_data_requests",
                                   "expiry_reminders", "tier_moves"};
    for (const QString &table : perMember) {
        auto probe = sql::run(w.t.db().connection(), QStringLiteral("SELECT member_id FROM %1 WHERE 1 = 0").arg(table));
        QVERIFY2(probe.ok(), qPrintable(QStringLiteral("%1: %2").arg(table, probe.ok() ? QString() : probe.error().describe())));
    }
    // and no table beyond these (and members itself) refers to members without being listed
    const QString list = w.t.db().dialect().isSQLite()
                             ? QStringLiteral("SELECT m.name FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f "
                                              "WHERE m.type = 'table' AND f.\"table\" = 'members'")
                             : QStringLiteral("SELECT DISTINCT tc.table_name FROM information_schema.table_constraints tc "
                                              "JOIN information_schema.constraint_column_usage cu ON cu.constraint_name = tc.constraint_name "
                                              "WHERE tc.constraint_type = 'FOREIGN KEY' AND cu.table_name = 'members' "
                                              "AND tc.table_schema = current_schema()");
    auto referring = sql::run(w.t.db().connection(), list);
    PD_OK(referring);
    QStringList found;
    while (referring.value().next())
        found << referring.value().value(0).toString();
    found.removeDuplicates();
    QVERIFY(!found.isEmpty());
    for (const QString &table : std::as_const(found))
        QVERIFY2(perMember.contains(table), qPrintable(QStringLiteral("%1 refers to members but is not in the list").arg(table)));
}

PD_DATABASE_TEST_MAIN(TestEarning)
#include "tst_earning.moc"

#include "core/adjustments/adjustmentservice.h"
#include "core/jobs/batchjobs.h"
#include "core/donations/donationservice.h"
#include "core/reports/memberpoints.h"
#include "core/reports/statement.h"
#include "redemptionfixture.h"

using namespace pd;
using namespace pd::test;

class TestRedemption : public QObject
{
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void goodCreditPaysCeil95PercentPlusCash();
    void sameNumberIsIdempotent();
    void cancellationRefundsToTheLotsItCameFrom();
    void expiredLotPointsComeBackInANewLotForThirtyDays();
    void partialCancellationsAddUpToTheWhole();
    void refundRepaysDebtFirst();
    void compensationGoesThroughTheAdjustmentRules();
    void stockEditsKeepTheStockConsistent();
    void invariantsCatchStockAndRedemptionTampering();
    void statementNamesWhatWasRedeemed();
    void historyNamesDocumentsAndReasons();
};

// Every refusal, each with its reason, and the cases next to them that are allowed.
// The world's day is 2027-06-01 (Shanghai).
void TestRedemption::rules_data()
{
    QTest::addColumn<QString>("setup");    // changes to the item, "key=value;…"
    QTest::addColumn<QString>("member");   // changes to member 1: credit, tier, status
    QTest::addColumn<QString>("prior");    // an earlier redemption of 1: "YYYY-MM-DD" or "YYYY-MM-DD:cancelled"
    QTest::addColumn<int>("quantity");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("field");    // the refusal's field; empty: allowed
    QTest::addColumn<QString>("words");    // part of the message

    QTest::newRow("allowed") << "" << "" << "" << 1 << "T" << "" << "";
    QTest::newRow("draft") << "status=draft" << "" << "" << 1 << "T" << "status" << "not on offer";
    QTest::newRow("retired") << "status=retired" << "" << "" << 1 << "T" << "status" << "Retired";
    QTest::newRow("before the window") << "from=2027-06-05" << "" << "" << 1 << "T" << "window" << "on offer from 2027-06-05";
    QTest::newRow("after the window") << "to=2027-05-31" << "" << "" << 1 << "T" << "window" << "until 2027-05-31";
    QTest::newRow("last day of the window") << "to=2027-06-01" << "" << "" << 1 << "T" << "" << "";
    QTest::newRow("early access, normal credit") << "from=2027-06-04;early=7" << "" << "" << 1 << "T" << "early_access" << "good credit";
    QTest::newRow("early access, good credit") << "from=2027-06-04;early=7" << "credit=good" << "" << 1 << "T" << "" << "";
    QTest::newRow("too early even for good credit") << "from=2027-06-20;early=7" << "credit=good" << "" << 1 << "T" << "window" << "on offer from";
    QTest::newRow("tier below") << "tier=gold" << "tier=silver" << "" << 1 << "T" << "tier" << "Gold";
    QTest::newRow("tier reached") << "tier=gold" << "tier=platinum" << "" << 1 << "T" << "" << "";
    QTest::newRow("day limit reached") << "limit=1;period=day" << "" << "2027-06-01" << 1 << "T" << "limit" << "already redeemed 1";
    QTest::newRow("day limit, yesterday") << "limit=1;period=day" << "" << "2027-05-31" << 1 << "T" << "" << "";
    QTest::newRow("month limit reached") << "limit=1;period=month" << "" << "2027-06-01" << 1 << "T" << "limit" << "per month";
    QTest::newRow("month limit, last month") << "limit=1;period=month" << "" << "2027-05-31" << 1 << "T" << "" << "";
    QTest::newRow("year limit reached") << "limit=1;period=year" << "" << "2027-01-02" << 1 << "T" << "limit" << "per year";
    QTest::newRow("year limit, last year") << "limit=1;period=year" << "" << "2026-12-31" << 1 << "T" << "" << "";
    QTest::newRow("limit, asking for more") << "limit=2;period=month" << "" << "" << 3 << "T" << "limit" << "asks for 3";
    QTest::newRow("limit, cancelled units do not count") << "limit=1;period=month" << "" << "2027-06-01:cancelled" << 1 << "T" << "" << "";
    QTest::newRow("balance too small") << "points=20001" << "" << "" << 1 << "T" << "points" << "needs 20,001 points; the member has 20,000";
    QTest::newRow("balance for one, not two") << "points=15000" << "" << "" << 2 << "T" << "points" << "needs 30,000";
    QTest::newRow("out of stock") << "stock=0" << "" << "" << 1 << "T" << "stock" << "out of stock";
    QTest::newRow("fewer left than asked") << "stock=2" << "" << "" << 3 << "T" << "stock" << "Only 2";
    QTest::newRow("the last unit") << "stock=1" << "" << "" << 1 << "T" << "" << "";
    QTest::newRow("frozen member") << "" << "status=frozen" << "" << 1 << "T" << "card_no" << "Frozen";
    QTest::newRow("no quantity") << "" << "" << "" << 0 << "T" << "quantity" << "1 to 1,000";
    QTest::newRow("unknown item") << "" << "" << "" << 1 << "NOPE" << "item" << "NOPE";
}

void TestRedemption::rules()
{
    QFETCH(QString, setup);
    QFETCH(QString, member);
    QFETCH(QString, prior);
    QFETCH(int, quantity);
    QFETCH(QString, item);
    QFETCH(QString, field);
    QFETCH(QString, words);
    PD_REDEMPTION_WORLD(w);
    QVERIFY(w.give(1, 20000, "R1")); // 20,000 points (member tier stays as set below)

    CatalogItem i = RedemptionWorld::item("T", 1000, 10);
    for (const QString &pair : setup.split(';', Qt::SkipEmptyParts)) {
        const QString key = pair.section('=', 0, 0), value = pair.section('=', 1);
        if (key == "status") i.status = *itemStatusFromCode(value);
        else if (key == "from") i.activeFrom = QDate::fromString(value, Qt::ISODate);
        else if (key == "to") i.activeTo = QDate::fromString(value, Qt::ISODate);
        else if (key == "early") i.earlyAccessDays = value.toInt();
        else if (key == "tier") i.minTier = value;
        else if (key == "limit") i.limitQty = value.toInt();
        else if (key == "period") i.limitPeriod = *limitPeriodFromCode(value);
        else if (key == "points") i.pointsPrice = value.toLongLong();
        else if (key == "stock") i.stock = value.toLongLong();
        else QFAIL(qPrintable("unknown setup " + key));
    }
    if (!prior.isEmpty()) {
        // the earlier redemption is made while the item is plainly on offer
        CatalogItem open = i;
        open.status = ItemStatus::Active;
        open.activeFrom = open.activeTo = QDate();
        open.limitQty.reset();
        QVERIFY(w.add(open));
        const QDateTime now = w.clock.nowUtc();
        w.clock.set(LedgerWorld::local(QDate::fromString(prior.left(10), Qt::ISODate).year(),
                                       QDate::fromString(prior.left(10), Qt::ISODate).month(),
                                       QDate::fromString(prior.left(10), Qt::ISODate).day(), 10));
        auto before = w.redeem("P1", 1, "T");
        QVERIFY2(before.ok(), qPrintable(before.error().describe()));
        w.clock.set(now);
        if (prior.endsWith(":cancelled"))
            QVERIFY(w.cancel("P1").ok());
        CatalogItem again = i;
        again.id = sql::scalar(w.t.db().connection(), "SELECT id FROM catalog_items WHERE code = 'T'").value().toLongLong();
        QVERIFY(CatalogService(w.t.db(), w.clock).update(w.admin, again).ok());
    } else {
        QVERIFY(w.add(i));
    }
    for (const QString &pair : member.split(';', Qt::SkipEmptyParts))
        w.t.setUpMembers(QStringLiteral("UPDATE members SET %1 = '%2' WHERE card_no = '8000000001'").arg(pair.section('=', 0, 0), pair.section('=', 1)));

    const qint64 balance = w.points(1).balance;
    const auto stock = w.stock("T");
    const qint64 redemptions = countRows(w.t.db(), "redemptions");
    const qint64 audit = countRows(w.t.db(), "audit_log");
    auto quote = RedemptionService(w.t.db(), w.clock).quote(w.admin, w.input("N1", 1, item, quantity));
    auto made = w.redeem("N1", 1, item, quantity);
    if (field.isEmpty()) {
        QVERIFY2(quote.ok(), qPrintable(quote.error().describe()));
        QVERIFY2(made.ok(), qPrintable(made.error().describe()));
        // the price by hand: the list price, or ceil(95 %) of it with good credit (DESIGN §7)
        const qint64 unit = member.contains("credit=good") ? (i.pointsPrice * 95 + 99) / 100 : i.pointsPrice;
        QCOMPARE(made->points, unit * quantity);
        QCOMPARE(quote->points, unit * quantity);
        QCOMPARE(w.points(1).balance, balance - made->points);
        QCOMPARE(countRows(w.t.db(), "redemptions"), redemptions + 1);
        if (stock)
            QCOMPARE(*w.stock("T"), *stock - quantity);
    } else {
        QVERIFY(!quote.ok());
        QVERIFY(!made.ok());
        QCOMPARE(made.error().field, field);
        QCOMPARE(quote.error().field, field);
        QVERIFY2(made.error().message.contains(words), qPrintable(made.error().message));
        // a refusal changes nothing
        QCOMPARE(w.points(1).balance, balance);
        QCOMPARE(w.stock("T"), stock);
        QCOMPARE(countRows(w.t.db(), "redemptions"), redemptions);
        QCOMPARE(countRows(w.t.db(), "audit_log"), audit);
    }
    QCOMPARE(w.invariantProblems(), QString());
}

void TestRedemption::goodCreditPaysCeil95PercentPlusCash()
{
    PD_REDEMPTION_WORLD(w);
    QVERIFY(w.give(1, 10000, "R1"));
    CatalogItem i = RedemptionWorld::item("BOX", 2001, 5);
    i.cashFen = 2000;
    QVERIFY(w.add(i));
    w.t.exec("UPDATE members SET credit = 'good' WHERE card_no = '8000000001'");
    auto r = w.redeem("N1", 1, "BOX", 2);
    QVERIFY2(r.ok(), qPrintable(r.error().describe()));
    QCOMPARE(r->listPrice, 2001);
    QCOMPARE(r->unitPoints, 1901); // ceil(2001 × 0.95) = ceil(1900.95)
    QVERIFY(r->creditPrice);
    QCOMPARE(r->points, 3802);
    QCOMPARE(r->cashFen, 4000);
    QCOMPARE(r->stockAfter, std::optional<qint64>(3));
    QCOMPARE(r->balanceAfter, r->balanceBefore - 3802);
    // normal credit pays the list price
    auto plain = w.redeem("N2", 2, "BOX");
    QVERIFY(!plain.ok()); // member 2 has no points yet
    QVERIFY(w.give(2, 3000, "R2"));
    plain = w.redeem("N2", 2, "BOX");
    QVERIFY2(plain.ok(), qPrintable(plain.error().describe()));
    QCOMPARE(plain->points, 2001);
    QVERIFY(!plain->creditPrice);
    auto entry = sql::scalar(w.t.db().connection(), "SELECT delta FROM ledger_entries WHERE kind = 'redeem' AND reference = 'redemption:NY01/N1'");
    QCOMPARE(entry.value().toLongLong(), -3802);
    QCOMPARE(w.invariantProblems(), QString());
}

void TestRedemption::sameNumberIsIdempotent()
{
    PD_REDEMPTION_WORLD(w);
    QVERIFY(w.give(1, 10000, "R1"));
    QVERIFY(w.add(RedemptionWorld::item("OIL", 1200, 10)));
    auto first = w.redeem("N1", 1, "OIL", 2);
    QVERIFY(first.ok());
    const qint64 audit = countRows(w.t.db(), "audit_log");
    w.clock.advanceSeconds(30); // the desk retries a little later
    auto again = w.redeem("N1", 1, "OIL", 2);
    QVERIFY2(again.ok(), qPrintable(again.error().describe()));
    QVERIFY(again->alreadyPosted);
    QCOMPARE(again->redemptionId, first->redemptionId);
    QCOMPARE(again->points, 2400);
    QCOMPARE(countRows(w.t.db(), "redemptions"), 1);
    QCOMPARE(countRows(w.t.db(), "audit_log"), audit);
    QCOMPARE(*w.stock("OIL"), 8);
    QCOMPARE(w.points(1).balance, 10000 - 2400);
    auto other = w.redeem("N1", 1, "OIL", 1);
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, ErrorCode::Conflict);
    QCOMPARE(other.error().field, QString("redemption_no"));
    // the same number at another store is another redemption
    RedemptionInput elsewhere = w.input("N1", 1, "OIL", 1);
    elsewhere.storeCode = "SQZ01";
    QVERIFY(RedemptionService(w.t.db(), w.clock).redeem(w.admin, elsewhere).ok());
    // …and cancelling "N1" then needs the store
    auto ambiguous = w.cancel("N1");
    QCOMPARE(ambiguous.error().field, QString("store"));
}

void TestRedemption::cancellationRefundsToTheLotsItCameFrom()
{
    PD_REDEMPTION_WORLD(w);
    QVERIFY(w.receipt("A", 1, 100000, LedgerWorld::local(2026, 5, 1)).ok()); // 1000, expires 2028-01-01
    QVERIFY(w.receipt("B", 1, 300000, LedgerWorld::local(2027, 5, 1)).ok()); // 3000, expires 2029-01-01
    QVERIFY(w.add(RedemptionWorld::item("LENS1", 2000, 5)));
    auto r = w.redeem("N1", 1, "LENS1");
    QVERIFY(r.ok());
    auto lots = [&] {
        QList<qint64> remaining;
        auto q = sql::run(w.t.db().connection(), "SELECT remaining FROM lots WHERE member_id = (SELECT id FROM members WHERE card_no = ?) ORDER BY id",
                          {LedgerWorld::card(1)});
        while (q.value().next())
            remaining << q.value().value(0).toLongLong();
        return remaining;
    };
    QCOMPARE(lots(), (QList<qint64>{0, 2000})); // first-expiring first
    auto c = w.cancel("N1");
    QVERIFY2(c.ok(), qPrintable(c.error().describe()));
    QCOMPARE(c->points, 2000);
    QCOMPARE(c->toOriginalLots, 2000);
    QCOMPARE(c->toNewLot, 0);
    QCOMPARE(lots(), (QList<qint64>{1000, 3000}));
    QCOMPARE(*w.stock("LENS1"), 5);
    QCOMPARE(w.points(1).balance, 4000);
    QCOMPARE(countRows(w.t.db(), "ledger_entries", "kind = 'refund' AND delta = 2000"), 1);
    QCOMPARE(countRows(w.t.db(), "lot_restorations"), 2);
    auto twice = w.cancel("N1");
    QCOMPARE(twice.error().field, QString("quantity"));
    QCOMPARE(w.invariantProblems(), QString());
}

void TestRedemption::expiredLotPointsComeBackInANewLotForThirtyDays()
{
    PD_REDEMPTION_WORLD(w);
    w.clock.set(LedgerWorld::local(2026, 12, 20));
    QVERIFY(w.receipt("A", 1, 100000, LedgerWorld::local(2025, 6, 1)).ok()); // 1000, expires 2027-01-01
    QVERIFY(w.receipt("B", 1, 200000, LedgerWorld::local(2026, 6, 1)).ok()); // 2000, expires 2028-01-01
    QVERIFY(w.add(RedemptionWorld::item("PIL", 1500, 3)));
    QVERIFY(w.redeem("N1", 1, "PIL").ok()); // 1000 from A, 500 from B
    w.clock.set(LedgerWorld::local(2027, 2, 1));
    auto c = w.cancel("N1");
    QVERIFY2(c.ok(), qPrintable(c.error().describe()));
    QCOMPARE(c->toOriginalLots, 500);
    QCOMPARE(c->toNewLot, 1000);
    QVERIFY(c->newLotExpires >= w.clock.nowUtc().addDays(30));
    QVERIFY(c->newLotExpires < w.clock.nowUtc().addDays(32));
    auto newLot = sql::run(w.t.db().connection(), "SELECT points, remaining, expires_at FROM lots l JOIN ledger_entries e ON e.id = l.entry_id "
                                                  "WHERE e.kind = 'refund'");
    QVERIFY(newLot.value().next());
    QCOMPARE(newLot.value().value(0).toLongLong(), 1000);
    QCOMPARE(fromStoredTime(newLot.value().value(2).toString()), c->newLotExpires);
    newLot.value().finish();
    QCOMPARE(w.points(1).balance, 3000);
    // the new lot lasts through its 30th day and expires after it
    BatchJobs jobs(w.t.db(), w.clock);
    const QDate lastDay = QDate(2027, 2, 1).addDays(30);
    auto onLastDay = jobs.expire(w.admin, lastDay);
    PD_OK(onLastDay);
    QCOMPARE(onLastDay->points, 0);
    auto dayAfter = jobs.expire(w.admin, lastDay.addDays(1));
    PD_OK(dayAfter);
    QCOMPARE(dayAfter->points, 1000);
    QCOMPARE(w.points(1).balance, 2000);
    QCOMPARE(w.invariantProblems(), QString());
}

void TestRedemption::partialCancellationsAddUpToTheWhole()
{
    PD_REDEMPTION_WORLD(w);
    QVERIFY(w.give(1, 5000, "R1"));
    QVERIFY(w.add(RedemptionWorld::item("RICE", 1001, 10)));
    w.t.exec("UPDATE members SET credit = 'good' WHERE card_no = '8000000001'");
    auto r = w.redeem("N1", 1, "RICE", 3);
    QVERIFY(r.ok());
    QCOMPARE(r->points, 2853); // 3 × ceil(950.95)
    auto one = w.cancel("N1", 1);
    QVERIFY2(one.ok(), qPrintable(one.error().describe()));
    QCOMPARE(one->points, 951); // floor(2853 × 1/3)
    QCOMPARE(*w.stock("RICE"), 8);
    auto tooMany = w.cancel("N1", 3);
    QCOMPARE(tooMany.error().field, QString("quantity"));
    auto rest = w.cancel("N1", 2);
    QVERIFY(rest.ok());
    QCOMPARE(rest->points, 1902); // floor(2853 × 3/3) − 951
    QCOMPARE(one->points + rest->points, r->points);
    QCOMPARE(*w.stock("RICE"), 10);
    QCOMPARE(w.points(1).balance, 5000);
    QCOMPARE(w.invariantProblems(), QString());
}

void TestRedemption::refundRepaysDebtFirst()
{
    PD_REDEMPTION_WORLD(w);
    QVERIFY(w.receipt("R1", 1, 200000, w.clock.nowUtc().addDays(-1)).ok()); // 2000 points
    QVERIFY(w.add(RedemptionWorld::item("LENS1", 2000)));
    QVERIFY(w.redeem("N1", 1, "LENS1").ok());
    QVERIFY(w.giveBack("X1", "R1", 200000, w.clock.nowUtc()).ok()); // claws back 2000: debt
    QCOMPARE(w.points(1).debt, 2000);
    auto c = w.cancel("N1");
    QVERIFY(c.ok());
    QCOMPARE(c->debtRepaid, 2000);
    QCOMPARE(c->toOriginalLots + c->toNewLot, 0);
    QCOMPARE(w.points(1).balance, 0);
    QCOMPARE(w.points(1).debt, 0);
    QCOMPARE(w.invariantProblems(), QString());
}

void TestRedemption::compensationGoesThroughTheAdjustmentRules()
{
    PD_REDEMPTION_WORLD(w);
    QVERIFY(w.give(1, 10000, "R1"));
    QVERIFY(w.add(RedemptionWorld::item("CARSVC", 5000, 4)));
    QVERIFY(w.redeem("N1", 1, "CARSVC").ok());
    QVERIFY(w.redeem("N2", 1, "CARSVC").ok());
    QCOMPARE(w.points(1).balance, 0);
    // a cashier may cancel, but compensation needs the adjustment right: nothing changes
    const Session cashier = sessionFor(Role::Cashier);
    auto refused = w.cancel("N1", std::nullopt, 200, &cashier);
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(w.points(1).balance, 0);
    QCOMPARE(*w.stock("CARSVC"), 2);
    const Session backOffice = sessionFor(Role::BackOffice);
    auto small = w.cancel("N1", std::nullopt, 200, &backOffice);
    QVERIFY2(small.ok(), qPrintable(small.error().describe()));
    QVERIFY(small->compensation);
    QCOMPARE(small->compensation->status, QString("applied"));
    QCOMPARE(w.points(1).balance, 5200);
    auto large = w.cancel("N2", std::nullopt, 5000, &backOffice);
    QVERIFY(large.ok());
    QCOMPARE(large->compensation->status, QString("pending")); // above the 1,000 threshold
    QCOMPARE(w.points(1).balance, 10200);
    auto pending = AdjustmentService(w.t.db(), w.clock).pending(sessionFor(Role::Compliance));
    QCOMPARE(pending->size(), 1);
    QVERIFY(pending->constFirst().reason.contains("N2"));
    QCOMPARE(countRows(w.t.db(), "redemption_cancellations", "adjustment_id IS NOT NULL"), 2);
    QCOMPARE(w.invariantProblems(), QString());
}

void TestRedemption::stockEditsKeepTheStockConsistent()
{
    PD_REDEMPTION_WORLD(w);
    QVERIFY(w.give(1, 10000, "R1"));
    QVERIFY(w.add(RedemptionWorld::item("TKT", 100, 5)));
    QVERIFY(w.redeem("N1", 1, "TKT", 2).ok());
    CatalogService catalog(w.t.db(), w.clock);
    CatalogItem i = catalog.item(w.admin, "TKT").value();
    i.stock = 10; // restocked
    QVERIFY(catalog.update(w.admin, i).ok());
    QCOMPARE(w.invariantProblems(), QString());
    QVERIFY(w.cancel("N1", 1).ok());
    QCOMPARE(*w.stock("TKT"), 11);
    i.stock.reset(); // unlimited from now on
    QVERIFY(catalog.update(w.admin, i).ok());
    QVERIFY(w.redeem("N2", 1, "TKT", 50).ok());
    QVERIFY(!w.stock("TKT"));
    QVERIFY(w.cancel("N2", 10).ok());
    i.stock = 3;
    QVERIFY(catalog.update(w.admin, i).ok());
    QCOMPARE(w.invariantProblems(), QString());
    // the audit trail has the stock before and after
    auto details = sql::scalar(w.t.db().connection(), "SELECT details FROM audit_log WHERE action = 'catalog.update' ORDER BY seq LIMIT 1");
    QVERIFY2(details.value().toString().contains("\"stock_before\":3"), qPrintable(details.value().toString()));
}

void TestRedemption::invariantsCatchStockAndRedemptionTampering()
{
    PD_REDEMPTION_WORLD(w);
    w.verified.damagedOnPurpose(); // it edits rows directly to see verify name them
    QVERIFY(w.give(1, 10000, "R1"));
    QVERIFY(w.add(RedemptionWorld::item("TKT", 100, 5)));
    QVERIFY(w.redeem("N1", 1, "TKT", 2).ok());
    QCOMPARE(w.invariantProblems(), QString());
    w.t.exec("UPDATE catalog_items SET stock = stock + 1 WHERE code = 'TKT'");
    QVERIFY2(w.invariantProblems().contains("item TKT"), qPrintable(w.invariantProblems()));
    w.t.exec("UPDATE catalog_items SET stock = stock - 1 WHERE code = 'TKT'");
    w.t.exec("UPDATE redemptions SET points = points - 1");
    QVERIFY2(w.invariantProblems().contains("redemption differs"), qPrintable(w.invariantProblems()));
}

void TestRedemption::statementNamesWhatWasRedeemed()
{
    PD_REDEMPTION_WORLD(w);
    QVERIFY(w.give(1, 10000, "R1"));
    QVERIFY(w.add(RedemptionWorld::item("LENS1", 2000, 5)));
    QVERIFY(w.add(RedemptionWorld::item("TKT", 100, 5)));
    QVERIFY(w.redeem("N1", 1, "LENS1").ok());
    QVERIFY(w.redeem("N2", 1, "TKT", 2).ok());
    QVERIFY(w.redeem("N3", 1, "TKT", 1).ok());
    QVERIFY(w.cancel("N3").ok()); // taken back: not in the line
    auto st = buildStatement(w.t.db(), w.admin, LedgerWorld::card(1), QDate(2027, 6, 1));
    QVERIFY2(st.ok(), qPrintable(st.error().describe()));
    QCOMPARE(st->friendlyLine.section('.', 0, 0), QStringLiteral("This month you redeemed Item LENS1 × 1, Item TKT × 2"));
    QCOMPARE(st->used, 2000 + 200 + 100);
}

// The member's history in the words of the desk: slips by their numbers, adjustments with
// their reasons, what was redeemed and why it was cancelled — never "receipt:NY01/…".
void TestRedemption::historyNamesDocumentsAndReasons()
{
    PD_REDEMPTION_WORLD(w);
    QVERIFY(w.give(1, 3000, "R1"));
    PD_OK(w.giveBack("T1", "R1", 50000, w.clock.nowUtc()));
    QVERIFY(w.add(RedemptionWorld::item("CUP", 300, 10)));
    PD_OK(w.redeem("D1", 1, "CUP", 2));
    PD_OK(w.cancel("D1", 1));
    PD_OK(AdjustmentService(w.t.db(), w.clock).request(w.admin, LedgerWorld::card(1), 40, "goodwill"));
    PD_OK(DonationService(w.t.db(), w.clock).donate(w.admin, LedgerWorld::card(1), "PAWS", 100));
    const qint64 member = sql::scalar(w.t.db().connection(), "SELECT id FROM members WHERE card_no = ?", {LedgerWorld::card(1)})->toLongLong();
    LedgerModel history(w.t.db(), w.admin, member);
    QStringList shown;
    for (int r = 0; r < history.rowCount(); ++r)
        shown << history.index(r, LedgerModel::Reference).data().toString() + " | " + history.index(r, LedgerModel::Explanation).data().toString();
    const QStringList expected = {
        QStringLiteral("Donation to 流浪动物救助 | "),
        "Adjustment #1 (goodwill) | ",
        "Redemption D1 cancelled | quality problem",
        "Redemption D1 | 2 × Item CUP",
        "Return NY01-T1 | ",
    };
    QCOMPARE(shown.mid(0, expected.size()), expected);
    QCOMPARE(shown.size(), expected.size() + 1);
    QCOMPARE(shown.last(), QStringLiteral("Receipt NY01-R1 | ¥3,000.00 × 1 pt/¥ × Member 100 % × Normal 100 % = 3,000 points"));
}

PD_DATABASE_TEST_MAIN(TestRedemption)
#include "tst_redemption.moc"

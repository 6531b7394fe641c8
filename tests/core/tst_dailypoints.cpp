// The daily points totals the charts read (issue 5): kept in step with the ledger by every
// operation, counted on the business day of the programme's time zone, and checked by verify.
#include "core/adjustments/adjustmentservice.h"
#include "core/jobs/batchjobs.h"
#include "core/ledger/dailypoints.h"
#include "redemptionfixture.h"

using namespace pd;
using namespace pd::test;

class TestDailyPoints : public QObject
{
    Q_OBJECT
private slots:
    void eachOperationCountsOnItsBusinessDay();
    void aRefusedOperationCountsNothing();
    void figuresNeedTheRightAndAValidRange();
    void anEditedTotalIsNamedByVerify();
};

namespace {
// One day's figures; an error stays an error (reading it stops the test with its words).
Result<DailyFigures> figuresOn(RedemptionWorld &w, const QDate &day)
{
    auto days = dailypoints::figures(w.t.db(), w.admin, day, day);
    if (!days)
        return days.error();
    if (days->size() != 1)
        return makeError(ErrorCode::Database, QStringLiteral("%1 rows of figures for one day").arg(days->size()));
    return days->first();
}
} // namespace

void TestDailyPoints::eachOperationCountsOnItsBusinessDay()
{
    PD_REDEMPTION_WORLD(w, 3);
    // one minute before and at midnight in Shanghai (UTC+8): two business days
    // ¥1 earns 1 point at the base tier (hand numbers, not read back from the ledger)
    QVERIFY(w.receipt("LATE", 1, 30000, LedgerWorld::local(2027, 5, 30, 23).addSecs(59 * 60)).ok());
    QVERIFY(w.receipt("EARLY", 1, 50000, LedgerWorld::local(2027, 5, 31, 0)).ok());
    QCOMPARE(figuresOn(w, QDate(2027, 5, 30))->issued, qint64(300));
    QCOMPARE(figuresOn(w, QDate(2027, 5, 31))->issued, qint64(500));

    // today (1 June, 20:00 in Shanghai): a return, a redemption, part of it cancelled, adjustments
    QVERIFY(w.giveBack("RET", "EARLY", 20000, w.clock.nowUtc()).ok());
    QVERIFY(w.add(RedemptionWorld::item("CUP", 100, 10)));
    QVERIFY(w.redeem("D1", 1, "CUP", 3).ok());
    QVERIFY(w.cancel("D1", 1).ok());
    PD_OK(AdjustmentService(w.t.db(), w.clock).request(w.admin, LedgerWorld::card(2), 40, "goodwill"));
    PD_OK(AdjustmentService(w.t.db(), w.clock).request(w.admin, LedgerWorld::card(1), -15, "typo"));
    auto today = figuresOn(w, QDate(2027, 6, 1));
    PD_OK(today);
    QCOMPARE(today->clawedBack, qint64(200)); // ¥200 of the ¥500 receipt returned
    QCOMPARE(today->used, qint64(300 - 100));
    QCOMPARE(today->issued, qint64(40));
    QCOMPARE(today->adjustedDown, qint64(15));
    QCOMPARE(today->expired, qint64(0));

    // an expiry run counts on the day it expires as of
    // by 2030 every lot of 2027 has expired: member 1 kept 300 + 500 - 200 - 300 + 100 - 15,
    // member 2 the 40 given
    auto run = BatchJobs(w.t.db(), w.clock).expire(w.admin, QDate(2030, 1, 1));
    PD_OK(run);
    QCOMPARE(run->points, qint64(385 + 40));
    QCOMPARE(figuresOn(w, QDate(2030, 1, 1))->expired, qint64(385 + 40));
    QCOMPARE(figuresOn(w, QDate(2029, 12, 31))->expired, qint64(0));

    // and a whole range, days without entries included
    auto range = dailypoints::figures(w.t.db(), w.admin, QDate(2027, 5, 29), QDate(2027, 6, 2));
    PD_OK(range);
    QCOMPARE(range->size(), 5);
    QCOMPARE(range->at(0).day, QDate(2027, 5, 29));
    QCOMPARE(range->at(0).issued, qint64(0));
    QCOMPARE(range->at(1).issued, qint64(300));
    QCOMPARE(range->at(2).issued, qint64(500));
    QCOMPARE(range->at(3).issued, qint64(40));
    QCOMPARE(range->at(4).issued, qint64(0));
    QVERIFY(dailypoints::stored(w.t.db()).value() == dailypoints::recount(w.t.db()).value());
    QCOMPARE(w.invariantProblems(), QString());
}

void TestDailyPoints::aRefusedOperationCountsNothing()
{
    PD_REDEMPTION_WORLD(w, 2);
    QVERIFY(w.give(1, 50, "G1"));
    QVERIFY(w.add(RedemptionWorld::item("BIG", 100000)));
    const DailyTotals before = dailypoints::stored(w.t.db()).value();
    QVERIFY(!w.redeem("D1", 1, "BIG").ok());                                               // balance
    QVERIFY(!w.receipt("R9", 1, 10000, w.clock.nowUtc(), "supermarket", 0, 900000).ok()); // deduction over the balance
    QVERIFY(dailypoints::stored(w.t.db()).value() == before);
    QCOMPARE(w.invariantProblems(), QString());
}

void TestDailyPoints::figuresNeedTheRightAndAValidRange()
{
    PD_REDEMPTION_WORLD(w, 1);
    auto cashier = dailypoints::figures(w.t.db(), sessionFor(Role::Cashier), QDate(2027, 1, 1), QDate(2027, 1, 31));
    QVERIFY(!cashier.ok());
    QCOMPARE(cashier.error().code, ErrorCode::PermissionDenied);
    QVERIFY(dailypoints::figures(w.t.db(), sessionFor(Role::CampaignManager), QDate(2027, 1, 1), QDate(2027, 1, 31)).ok());
    auto backwards = dailypoints::figures(w.t.db(), w.admin, QDate(2027, 2, 1), QDate(2027, 1, 31));
    QVERIFY(!backwards.ok());
    QCOMPARE(backwards.error().code, ErrorCode::InvalidInput);
}

void TestDailyPoints::anEditedTotalIsNamedByVerify()
{
    PD_REDEMPTION_WORLD(w, 2);
    w.verified.damagedOnPurpose(); // it edits rows directly to see verify name them
    QVERIFY(w.receipt("R1", 1, 30000, LedgerWorld::local(2027, 5, 20)).ok());
    QCOMPARE(w.invariantProblems(), QString());
    w.t.exec("UPDATE points_daily SET issued = issued + 1 WHERE day = '2027-05-20'");
    QVERIFY2(w.invariantProblems().contains("daily points totals differ from the ledger entries: 1 (first: 2027-05-20 earn NY01)"),
             qPrintable(w.invariantProblems()));
    w.t.exec("DELETE FROM points_daily");
    QVERIFY(w.invariantProblems().contains("(first: 2027-05-20 earn NY01)"));
}

PD_DATABASE_TEST_MAIN(TestDailyPoints)
#include "tst_dailypoints.moc"

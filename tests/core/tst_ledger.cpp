#include "core/adjustments/adjustmentservice.h"
#include "core/jobs/batchjobs.h"
#include "core/db/transaction.h"
#include "core/db/writebehind.h"
#include "core/ledger/ledger.h"
#include "core/ledger/lots.h"
#include "core/pointsmath.h"

#include <atomic>
#include "core/donations/donationservice.h"
#include "core/reports/statement.h"
#include "ledgerfixture.h"

#include <QJsonDocument>

using namespace pd;
using namespace pd::test;

class TestLedger : public QObject
{
    Q_OBJECT
private slots:
    void receiptEarnsWithBreakdown();
    void aReceiptThatDisagreesWithItsEntriesIsNamed();
    void deductionIsSpentBeforeEarningFirstExpiringFirst();
    void samNumberSameContentWritesNothing();
    void crossingReceiptEarnsAtTheOldTier();
    void reviewGoesDownOneTierAtATime();
    void reviewNeverUndoesAnUpgradeAfterItsMoment();
    void returnsClawBackIntoDebtAndEarningsRepayIt();
    void returnsAreRefusedBeyondTheReceipt();
    void futureAndOversizedReceiptsAreRefused();
    void frozenMemberCannotEarn();
    void expiryIsPerMemberAndIdempotent();
    void cancelledExpiryKeepsWhatItCommittedAndFinishesOnARerun();
    void expiryBatchLeavesMembersWithNothingDueAlone();
    void anExpiryBatchSendsItsEntriesTogether();
    void adjustmentsAboveThresholdWaitForAnotherApprover();
    void negativeAdjustmentNeverOverdraws();
    void donationsAndTotals();
    void statementAddsUp();
    void invariantsCatchTampering();
};

void TestLedger::receiptEarnsWithBreakdown()
{
    PD_LEDGER_WORLD(w);
    w.t.setUpMembers("UPDATE members SET tier = 'gold', credit = 'good' WHERE card_no = '8000000001'");
    auto r = w.receipt("R1", 1, 36800, LedgerWorld::local(2027, 3, 1), "supermarket", 1200);
    QVERIFY2(r.ok(), qPrintable(r.error().describe()));
    QCOMPARE(r->earning.points, 506);
    QCOMPARE(r->earning.greenPoints, 12);
    QCOMPARE(r->balanceAfter, 518);
    QCOMPARE(w.points(1).balance, 518);
    QVERIFY2(r->earning.explain().contains("506"), qPrintable(r->earning.explain()));
    auto stored = sql::scalar(w.t.db().connection(), "SELECT breakdown FROM ledger_entries WHERE kind = 'earn'");
    const EarningBreakdown b = EarningBreakdown::fromJson(QJsonDocument::fromJson(stored.value().toString().toUtf8()).object());
    QCOMPARE(b.tierPct, 125);
    QCOMPARE(b.creditPct, 110);
    QCOMPARE(b.ratePer100, 100);
    QCOMPARE(b.points, 506);
    // glasses at the eyewear partner: ¥800 earn 800 (the seeds' example)
    auto glasses = w.receipt("G1", 2, 80000, LedgerWorld::local(2027, 3, 2), "partner:eyewear", 0, 0, "EYE01");
    QCOMPARE(glasses->earning.total(), 800);
    QCOMPARE(w.invariantProblems(), QString());
}

void TestLedger::deductionIsSpentBeforeEarningFirstExpiringFirst()
{
    PD_LEDGER_WORLD(w);
    QVERIFY(w.receipt("A", 1, 30000, LedgerWorld::local(2025, 5, 1)).ok()); // 300, expires 2027-01-01
    QVERIFY(w.receipt("B", 1, 20000, LedgerWorld::local(2026, 5, 1)).ok()); // 200, expires 2028-01-01
    // 100 points pay ¥1; taken from the 2025 lot first
    auto r = w.receipt("C", 1, 10000, LedgerWorld::local(2026, 6, 1), "supermarket", 0, 100);
    QVERIFY2(r.ok(), qPrintable(r.error().describe()));
    QCOMPARE(r->deductedFen, 100);
    auto lots = sql::run(w.t.db().connection(), "SELECT points, remaining FROM lots ORDER BY id");
    QList<QPair<qint64, qint64>> got;
    while (lots.value().next())
        got << qMakePair(lots.value().value(0).toLongLong(), lots.value().value(1).toLongLong());
    QCOMPARE(got, (QList<QPair<qint64, qint64>>{{300, 200}, {200, 200}, {100, 100}}));
    QCOMPARE(w.points(1).balance, 500);
    // the deduction cannot use the points the same receipt earns
    auto tooMuch = w.receipt("D", 2, 100000, LedgerWorld::local(2026, 6, 2), "supermarket", 0, 100);
    QCOMPARE(tooMuch.error().field, QStringLiteral("points_used"));
    QCOMPARE(w.points(2).balance, 0);
}

void TestLedger::samNumberSameContentWritesNothing()
{
    PD_LEDGER_WORLD(w);
    QVERIFY(w.receipt("R1", 1, 10000, LedgerWorld::local(2027, 3, 1)).ok());
    const qint64 entries = countRows(w.t.db(), "ledger_entries");
    const qint64 audits = countRows(w.t.db(), "audit_log");
    auto again = w.receipt("R1", 1, 10000, LedgerWorld::local(2027, 3, 1));
    QVERIFY(again.ok());
    QVERIFY(again->alreadyPosted);
    QCOMPARE(again->earning.points, 100);
    QCOMPARE(countRows(w.t.db(), "ledger_entries"), entries);
    QCOMPARE(countRows(w.t.db(), "audit_log"), audits);
    auto different = w.receipt("R1", 1, 10001, LedgerWorld::local(2027, 3, 1));
    QCOMPARE(different.error().code, ErrorCode::Conflict);
    QCOMPARE(w.points(1).balance, 100);
    // the same number in another store is another receipt
    QVERIFY(w.receipt("R1", 1, 10000, LedgerWorld::local(2027, 3, 1), "partner:eyewear", 0, 0, "EYE01").ok());
    QCOMPARE(w.points(1).balance, 200);
}

void TestLedger::crossingReceiptEarnsAtTheOldTier()
{
    PD_LEDGER_WORLD(w);
    QVERIFY(w.receipt("R1", 1, 150000, LedgerWorld::local(2027, 1, 10)).ok()); // ¥1,500
    QCOMPARE(w.points(1).tier, QStringLiteral("member"));
    auto crossing = w.receipt("R2", 1, 60000, LedgerWorld::local(2027, 2, 10)); // ¥2,100 in 12 months: silver
    QCOMPARE(crossing->earning.points, 600); // still at 100 %
    QCOMPARE(crossing->tierAfter, QStringLiteral("silver"));
    QCOMPARE(w.points(1).tier, QStringLiteral("silver"));
    auto next = w.receipt("R3", 1, 10000, LedgerWorld::local(2027, 2, 11));
    QCOMPARE(next->earning.points, 110); // now silver 110 %
    // spend older than 12 months does not count
    QVERIFY(w.receipt("OLD", 2, 190000, LedgerWorld::local(2025, 1, 10)).ok());
    auto late = w.receipt("NEW", 2, 20000, LedgerWorld::local(2026, 3, 1));
    QCOMPARE(late->tierAfter, QStringLiteral("member"));
}

void TestLedger::reviewGoesDownOneTierAtATime()
{
    PD_LEDGER_WORLD(w);
    QVERIFY(w.receipt("R1", 1, 3000000, LedgerWorld::local(2026, 1, 10)).ok()); // ¥30,000: platinum
    QCOMPARE(w.points(1).tier, QStringLiteral("platinum"));
    QVERIFY(w.giveBack("T1", "R1", 2500000, LedgerWorld::local(2026, 2, 1)).ok());
    QCOMPARE(w.points(1).tier, QStringLiteral("platinum")); // a return never downgrades at once
    BatchJobs jobs(w.t.db(), w.clock);
    auto review = jobs.reviewTiers(w.admin, QDate(2026, 3, 1));
    QVERIFY(review.ok());
    QCOMPARE(review->members, 1);
    QCOMPARE(w.points(1).tier, QStringLiteral("gold")); // spend ¥5,000 reaches silver, but one step only
    QVERIFY(jobs.reviewTiers(w.admin, QDate(2026, 4, 1)).ok());
    QCOMPARE(w.points(1).tier, QStringLiteral("silver"));
    QVERIFY(jobs.reviewTiers(w.admin, QDate(2026, 5, 1)).ok());
    QCOMPARE(w.points(1).tier, QStringLiteral("silver")); // ¥5,000 still reaches silver
    QVERIFY(jobs.reviewTiers(w.admin, QDate(2027, 2, 1)).ok()); // the receipt left the 12 months
    QCOMPARE(w.points(1).tier, QStringLiteral("member"));
    QCOMPARE(jobs.reviewTiers(test::sessionFor(Role::Cashier), QDate(2027, 2, 1)).error().code, ErrorCode::PermissionDenied);
}

void TestLedger::reviewNeverUndoesAnUpgradeAfterItsMoment()
{
    // issue 13: 王小明, silver from last year, shops ¥2,680 on the morning of 1 December; the
    // review as of 1 December (its moment: midnight, Shanghai) sees no spend in its 12 months
    // but must not take him below the silver his new receipts reached
    PD_LEDGER_WORLD(w);
    QVERIFY(w.receipt("OLD", 1, 250000, LedgerWorld::local(2025, 11, 20)).ok()); // ¥2,500: silver
    QCOMPARE(w.points(1).tier, QStringLiteral("silver"));
    QVERIFY(w.receipt("D1", 1, 268000, LedgerWorld::local(2026, 12, 1, 6)).ok()); // after the moment
    // platinum, whose ¥35,000 after the moment reached platinum again: stays platinum
    w.t.setUpMembers("UPDATE members SET tier = 'platinum' WHERE card_no = '8000000002'");
    QVERIFY(w.receipt("P1", 2, 3500000, LedgerWorld::local(2026, 12, 1, 8)).ok());
    // gold, whose ¥2,100 after the moment reached silver: one tier down is silver anyway
    w.t.setUpMembers("UPDATE members SET tier = 'gold' WHERE card_no = '8000000003'");
    QVERIFY(w.receipt("G1", 3, 210000, LedgerWorld::local(2026, 12, 1, 9)).ok());
    BatchJobs jobs(w.t.db(), w.clock);
    auto review = jobs.reviewTiers(w.admin, QDate(2026, 12, 1));
    QVERIFY2(review.ok(), qPrintable(review.error().describe()));
    QCOMPARE(w.points(1).tier, QStringLiteral("silver"));
    QCOMPARE(w.points(2).tier, QStringLiteral("platinum"));
    QCOMPARE(w.points(3).tier, QStringLiteral("silver"));
    QCOMPARE(review->members, 1);
    // with nothing after the moment the review goes down one tier as before
    QVERIFY(jobs.reviewTiers(w.admin, QDate(2028, 1, 1)).ok());
    QCOMPARE(w.points(1).tier, QStringLiteral("member"));
    QCOMPARE(w.points(2).tier, QStringLiteral("gold"));
    QCOMPARE(w.points(3).tier, QStringLiteral("member"));
    QCOMPARE(w.invariantProblems(), QString());
}

void TestLedger::returnsClawBackIntoDebtAndEarningsRepayIt()
{
    PD_LEDGER_WORLD(w);
    QVERIFY(w.receipt("R1", 1, 100000, LedgerWorld::local(2027, 1, 10)).ok()); // 1000 points
    QVERIFY(w.receipt("R2", 1, 10000, LedgerWorld::local(2027, 1, 11), "supermarket", 0, 900).ok()); // uses 900, earns 100
    QCOMPARE(w.points(1).balance, 200);
    auto partial = w.giveBack("T1", "R1", 33333, LedgerWorld::local(2027, 1, 12));
    QCOMPARE(partial->clawback, 333); // floor(1000 × 33333 / 100000)
    QCOMPARE(w.points(1).balance, -133);
    QCOMPARE(w.points(1).debt, 133);
    QCOMPARE(w.invariantProblems(), QString());
    auto rest = w.giveBack("T2", "R1", 66667, LedgerWorld::local(2027, 1, 13));
    QCOMPARE(rest->clawback, 667); // together exactly the 1000 earned
    QCOMPARE(w.points(1).debt, 800);
    // the next earning repays the debt before it fills a lot
    QVERIFY(w.receipt("R3", 1, 100000, LedgerWorld::local(2027, 1, 14)).ok());
    QCOMPARE(w.points(1).balance, 200);
    QCOMPARE(w.points(1).debt, 0);
    QCOMPARE(countRows(w.t.db(), "lots", "remaining > 0"), 1);
    QCOMPARE(w.invariantProblems(), QString());
}

void TestLedger::returnsAreRefusedBeyondTheReceipt()
{
    PD_LEDGER_WORLD(w);
    QVERIFY(w.receipt("R1", 1, 10000, LedgerWorld::local(2027, 1, 10)).ok());
    QVERIFY(w.giveBack("T1", "R1", 6000, LedgerWorld::local(2027, 1, 11)).ok());
    auto over = w.giveBack("T2", "R1", 4001, LedgerWorld::local(2027, 1, 11));
    QCOMPARE(over.error().field, QStringLiteral("amount"));
    QVERIFY(over.error().message.contains("40.00"));
    QCOMPARE(w.giveBack("T3", "NOPE", 100, LedgerWorld::local(2027, 1, 11)).error().field, QStringLiteral("receipt_no"));
    QCOMPARE(w.giveBack("T4", "R1", 100, LedgerWorld::local(2027, 1, 9)).error().field, QStringLiteral("time"));
    QCOMPARE(w.giveBack("T5", "R1", 0, LedgerWorld::local(2027, 1, 11)).error().field, QStringLiteral("amount"));
    // same return number, same content: nothing new; other content: refused
    auto repeated = w.giveBack("T1", "R1", 6000, LedgerWorld::local(2027, 1, 11));
    PD_OK(repeated);
    QVERIFY(repeated->alreadyPosted);
    QCOMPARE(w.giveBack("T1", "R1", 5000, LedgerWorld::local(2027, 1, 11)).error().code, ErrorCode::Conflict);
    QCOMPARE(w.points(1).balance, 40);
}

void TestLedger::futureAndOversizedReceiptsAreRefused()
{
    PD_LEDGER_WORLD(w);
    QCOMPARE(w.receipt("F", 1, 100, w.clock.nowUtc().addSecs(600)).error().field, QStringLiteral("time"));
    QVERIFY(w.receipt("SKEW", 1, 100, w.clock.nowUtc().addSecs(120)).ok()); // a few minutes of clock skew pass
    QCOMPARE(w.receipt("BIG", 1, points::kMaxReceiptFen + 1, LedgerWorld::local(2027, 1, 1)).error().field, QStringLiteral("amount"));
    QCOMPARE(w.receipt("NEG", 1, -1, LedgerWorld::local(2027, 1, 1)).error().field, QStringLiteral("amount"));
    QCOMPARE(w.receipt("GREEN", 1, 100, LedgerWorld::local(2027, 1, 1), "supermarket", 101).error().field, QStringLiteral("green_amount"));
    QCOMPARE(w.receipt("SCEN", 1, 100, LedgerWorld::local(2027, 1, 1), "casino").error().field, QStringLiteral("scenario"));
    QCOMPARE(w.receipt("CARD", 99, 100, LedgerWorld::local(2027, 1, 1)).error().field, QStringLiteral("card_no"));
    QCOMPARE(w.receipt("STORE", 1, 100, LedgerWorld::local(2027, 1, 1), "supermarket", 0, 0, "XX").error().field, QStringLiteral("store"));
    QCOMPARE(countRows(w.t.db(), "receipts"), 1);
}

void TestLedger::frozenMemberCannotEarn()
{
    PD_LEDGER_WORLD(w);
    QVERIFY(w.receipt("R1", 1, 10000, LedgerWorld::local(2027, 1, 10)).ok());
    w.t.exec("UPDATE members SET status = 'frozen' WHERE card_no = '8000000001'");
    QCOMPARE(w.receipt("R2", 1, 10000, LedgerWorld::local(2027, 1, 11)).error().code, ErrorCode::Conflict);
    // but a return still takes its points back
    auto whole = w.giveBack("T1", "R1", 10000, LedgerWorld::local(2027, 1, 12));
    PD_OK(whole);
    QCOMPARE(whole->clawback, 100);
    QCOMPARE(w.points(1).balance, 0);
}

void TestLedger::expiryIsPerMemberAndIdempotent()
{
    PD_LEDGER_WORLD(w);
    QVERIFY(w.receipt("A", 1, 10000, LedgerWorld::local(2025, 6, 1)).ok());  // expires 2027-01-01
    QVERIFY(w.receipt("B", 1, 20000, LedgerWorld::local(2025, 12, 31, 23)).ok());
    QVERIFY(w.receipt("C", 1, 40000, LedgerWorld::local(2026, 1, 1, 1)).ok()); // expires 2028-01-01
    QVERIFY(w.receipt("D", 2, 50000, LedgerWorld::local(2025, 3, 1)).ok());
    BatchJobs jobs(w.t.db(), w.clock);
    auto early = jobs.expire(w.admin, QDate(2026, 12, 31));
    PD_OK(early);
    QCOMPARE(early->points, 0); // the last day of validity is still valid
    auto run = jobs.expire(w.admin, QDate(2027, 1, 1));
    QVERIFY(run.ok());
    QCOMPARE(run->members, 2);
    QCOMPARE(run->points, 800);
    QCOMPARE(w.points(1).balance, 400);
    QCOMPARE(w.points(2).balance, 0);
    QCOMPARE(countRows(w.t.db(), "ledger_entries", "kind = 'expire'"), 2);
    auto again = jobs.expire(w.admin, QDate(2027, 1, 1));
    PD_OK(again); // a rerun that failed would also leave two expiry entries
    QCOMPARE(again->points, 0);
    QCOMPARE(again->members, 0);
    QCOMPARE(countRows(w.t.db(), "ledger_entries", "kind = 'expire'"), 2);
    QCOMPARE(w.invariantProblems(), QString());
}

// Nothing refers to an expiry entry's id, so on a server a batch's entries and its members'
// new balances wait for the batch's COMMIT and go with it, not a round trip each (issue 22:
// the expiry run at 100 k members took 44 s on PostgreSQL); on SQLite they are written at once.
void TestLedger::anExpiryBatchSendsItsEntriesTogether()
{
    PD_LEDGER_WORLD(w);
    QVERIFY(w.receipt("A", 1, 10000, LedgerWorld::local(2025, 6, 1)).ok());
    QVERIFY(w.receipt("B", 2, 50000, LedgerWorld::local(2025, 3, 1)).ok());
    QVERIFY(w.receipt("C", 3, 20000, LedgerWorld::local(2026, 3, 1)).ok()); // not due until 2028
    const auto idOf = [&w](int member) { return sql::scalar(w.t.db().connection(), "SELECT id FROM members WHERE card_no = ?", {LedgerWorld::card(member)})->toLongLong(); };
    const qint64 first = idOf(1), last = idOf(3);
    QVERIFY(first < idOf(2) && idOf(2) < last);
    Ledger ledger(w.t.db(), w.clock);
    const QSqlDatabase c = w.t.db().connection();
    WriteTransaction tx(w.t.db());
    PD_OK(tx.begin());
    auto members = ledger.lockMembers(first, last);
    PD_OK(members);
    auto due = lots::expireDue(w.t.db(), first, last, points::startOfBusinessDay(QDate(2027, 1, 1)));
    PD_OK(due);
    EntrySource source;
    source.businessTime = points::startOfBusinessDay(QDate(2027, 1, 1));
    source.operatorId = w.admin.userId;
    source.reference = QStringLiteral("expiry:2027-01-01");
    for (MemberPoints &member : members.value()) {
        if (const qint64 points = due->value(member.id); points > 0)
            PD_OK(ledger.recordExpiry(member, points, source));
    }
    // two entries and two members' rows
    QCOMPARE(sql::waitingCount(c), test::backend() == Engine::SQLite ? 0 : 4);
    PD_OK(tx.commit());
    QCOMPARE(sql::waitingCount(c), 0);
    QCOMPARE(w.points(1).balance, 0);
    QCOMPARE(w.points(2).balance, 0);
    QCOMPARE(w.points(3).balance, 200);
    QCOMPARE(countRows(w.t.db(), "ledger_entries", "kind = 'expire'"), 2);
    QCOMPARE(w.invariantProblems(), QString()); // the chain follows through the entries sent late
}

void TestLedger::cancelledExpiryKeepsWhatItCommittedAndFinishesOnARerun()
{
    PD_LEDGER_WORLD(w);
    for (int m = 1; m <= 5; ++m)
        QVERIFY(w.receipt(QStringLiteral("A%1").arg(m), m, 10000, LedgerWorld::local(2025, 6, 1)).ok());
    std::atomic<bool> cancel{false};
    BatchOptions options;
    options.membersPerTransaction = 2;
    options.cancel = &cancel;
    QList<qint64> seen;
    options.progress = [&](qint64 done, qint64 total) {
        seen << done;
        QCOMPARE(total, 5);
        cancel = true; // stop after the first batch
    };
    BatchJobs jobs(w.t.db(), w.clock);
    auto first = jobs.expire(w.admin, QDate(2027, 1, 1), options);
    QVERIFY(first.ok());
    QVERIFY(first->cancelled);
    QCOMPARE(first->members, 2);
    QCOMPARE(seen, QList<qint64>{2});
    QCOMPARE(w.invariantProblems(), QString()); // what was committed is consistent
    auto rest = jobs.expire(w.admin, QDate(2027, 1, 1));
    QCOMPARE(rest->members, 3);
    QCOMPARE(countRows(w.t.db(), "ledger_entries", "kind = 'expire'"), 5);
    for (int m = 1; m <= 5; ++m)
        QCOMPARE(w.points(m).balance, 0);
}

// A batch covers a range of member ids; the members inside it with nothing due (2 and 4)
// keep their points and get no entry, and members beyond it wait for the next batch.
void TestLedger::expiryBatchLeavesMembersWithNothingDueAlone()
{
    PD_LEDGER_WORLD(w, 6);
    for (int m = 1; m <= 6; ++m)
        QVERIFY(w.receipt(QStringLiteral("E%1").arg(m), m, 10000 * m, m % 2 == 0 ? LedgerWorld::local(2026, 6, 1) : LedgerWorld::local(2025, 6, 1)).ok());
    BatchOptions options;
    options.membersPerTransaction = 2; // members 1 and 3, then 5
    auto run = BatchJobs(w.t.db(), w.clock).expire(w.admin, QDate(2027, 1, 1), options);
    QVERIFY(run.ok());
    QCOMPARE(run->members, 3);
    QCOMPARE(run->points, 100 + 300 + 500);
    for (int m = 1; m <= 6; ++m)
        QCOMPARE(w.points(m).balance, m % 2 == 0 ? 100 * m : 0);
    QCOMPARE(countRows(w.t.db(), "ledger_entries", "kind = 'expire'"), 3);
    QCOMPARE(countRows(w.t.db(), "audit_log", "action = 'expiry.run'"), 2);
    QCOMPARE(w.invariantProblems(), QString());
}

void TestLedger::adjustmentsAboveThresholdWaitForAnotherApprover()
{
    PD_LEDGER_WORLD(w);
    AdjustmentService adjust(w.t.db(), w.clock);
    const Session backoffice = test::sessionFor(Role::BackOffice, 11);
    auto small = adjust.request(backoffice, LedgerWorld::card(1), 1000, "goodwill after a broken bag");
    QCOMPARE(small->status, QStringLiteral("applied"));
    QCOMPARE(w.points(1).balance, 1000);
    auto big = adjust.request(backoffice, LedgerWorld::card(1), 1001, "missing points from a POS outage");
    QCOMPARE(big->status, QStringLiteral("pending"));
    QCOMPARE(w.points(1).balance, 1000);
    QCOMPARE(adjust.pending(backoffice)->size(), 1);
    QCOMPARE(adjust.approve(backoffice, big->id).error().code, ErrorCode::PermissionDenied); // no approve right
    const Session sameAdmin = test::sessionFor(Role::Administrator, 11);
    QCOMPARE(adjust.approve(sameAdmin, big->id).error().code, ErrorCode::PermissionDenied); // not one's own request
    QVERIFY(adjust.approve(test::sessionFor(Role::Compliance, 12), big->id).ok());
    QCOMPARE(w.points(1).balance, 2001);
    QCOMPARE(adjust.approve(test::sessionFor(Role::Compliance, 12), big->id).error().code, ErrorCode::Conflict);
    QCOMPARE(adjust.request(backoffice, LedgerWorld::card(1), 5, "no").error().field, QStringLiteral("reason"));
    QCOMPARE(adjust.request(test::sessionFor(Role::Cashier), LedgerWorld::card(1), 5, "a reason").error().code, ErrorCode::PermissionDenied);
    auto rejected = adjust.request(backoffice, LedgerWorld::card(2), 5000, "wrong card, will be rejected");
    QVERIFY(adjust.reject(test::sessionFor(Role::Compliance, 12), rejected->id).ok());
    QCOMPARE(w.points(2).balance, 0);
    QCOMPARE(adjust.pending(backoffice)->size(), 0);
}

void TestLedger::negativeAdjustmentNeverOverdraws()
{
    PD_LEDGER_WORLD(w);
    QVERIFY(w.receipt("R1", 1, 30000, LedgerWorld::local(2027, 1, 10)).ok());
    AdjustmentService adjust(w.t.db(), w.clock);
    auto over = adjust.request(w.admin, LedgerWorld::card(1), -301, "correction of a double scan");
    QVERIFY(!over.ok());
    QCOMPARE(w.points(1).balance, 300);
    QCOMPARE(countRows(w.t.db(), "adjustments"), 0); // refused as a whole
    QVERIFY(adjust.request(w.admin, LedgerWorld::card(1), -300, "correction of a double scan").ok());
    QCOMPARE(w.points(1).balance, 0);
}

void TestLedger::donationsAndTotals()
{
    PD_LEDGER_WORLD(w);
    DonationService donations(w.t.db(), w.clock);
    CharityProject p;
    p.code = "RESCUE"; // the demo data brings PAWS; this test keeps its own project
    p.name = QStringLiteral("留守儿童图书角");
    p.pointsPerYuan = 100;
    QVERIFY(donations.addProject(w.admin, p).ok());
    QVERIFY(w.receipt("R1", 1, 100000, LedgerWorld::local(2027, 1, 10)).ok());
    QVERIFY(w.receipt("R2", 2, 100000, LedgerWorld::local(2027, 1, 10)).ok());
    QVERIFY(donations.donate(test::sessionFor(Role::Cashier), LedgerWorld::card(1), "RESCUE", 250).ok());
    QVERIFY(donations.donate(test::sessionFor(Role::Cashier), LedgerWorld::card(2), "RESCUE", 1000).ok());
    QCOMPARE(donations.donate(test::sessionFor(Role::Cashier), LedgerWorld::card(2), "RESCUE", 1).error().field, QStringLiteral("points"));
    QCOMPARE(donations.donate(test::sessionFor(Role::Cashier), LedgerWorld::card(2), "NOPE", 1).error().field, QStringLiteral("project"));
    auto totals = donations.totals();
    QCOMPARE(totals->size(), 2);
    const auto rescue = std::find_if(totals->cbegin(), totals->cend(), [](const CharityTotal &t) { return t.project.code == "RESCUE"; });
    QCOMPARE(rescue->points, 1250);
    QCOMPARE(rescue->donors, 2);
    QCOMPARE(rescue->matchedFen, 1200); // ¥12 of goods for 1,250 points at 100 a yuan
    const auto paws = std::find_if(totals->cbegin(), totals->cend(), [](const CharityTotal &t) { return t.project.code == "PAWS"; });
    QCOMPARE(paws->points, 0);
    QCOMPARE(w.points(1).balance, 750);
    QCOMPARE(w.invariantProblems(), QString());
}

void TestLedger::statementAddsUp()
{
    PD_LEDGER_WORLD(w);
    QVERIFY(w.receipt("FEB", 1, 50000, LedgerWorld::local(2027, 2, 20)).ok());
    QVERIFY(w.receipt("M1", 1, 80000, LedgerWorld::local(2027, 3, 1), "partner:eyewear", 0, 0, "EYE01").ok());
    QVERIFY(w.receipt("M2", 1, 36800, LedgerWorld::local(2027, 3, 2), "supermarket", 1250, 200).ok());
    QVERIFY(w.giveBack("T1", "M1", 40000, LedgerWorld::local(2027, 3, 5), "EYE01").ok());
    QVERIFY(w.receipt("APR", 1, 10000, LedgerWorld::local(2027, 4, 1)).ok());
    auto st = buildStatement(w.t.db(), w.admin, LedgerWorld::card(1), QDate(2027, 3, 15));
    QVERIFY2(st.ok(), qPrintable(st.error().describe()));
    QCOMPARE(st->opening, 500);
    QCOMPARE(st->earnedByScenario, (QList<QPair<QString, qint64>>{{"partner:eyewear", 800}, {"supermarket", 368}}));
    QCOMPARE(st->green, 12);
    QCOMPARE(st->used, 200);
    QCOMPARE(st->clawedBack, 400);
    QCOMPARE(st->closing, 500 + 800 + 368 + 12 - 200 - 400);
    QVERIFY(!st->friendlyLine.isEmpty());
    QCOMPARE(buildStatement(w.t.db(), w.admin, "nobody", QDate(2027, 3, 1)).error().field, QStringLiteral("card_no"));
    w.t.setUpMembers("UPDATE members SET store_id = (SELECT id FROM stores WHERE code = 'SQZ01')");
    auto batch = buildStoreStatements(w.t.db(), w.admin, "SQZ01", QDate(2027, 3, 1));
    QVERIFY(batch.ok());
    QCOMPARE(batch->size(), 5);
    QCOMPARE(batch->first().cardNo, LedgerWorld::card(1));
    QCOMPARE(batch->first().closing, st->closing);
    QCOMPARE(buildStoreStatements(w.t.db(), w.admin, "NY02", QDate(2027, 3, 1)).error().field, QStringLiteral("store"));
}

void TestLedger::invariantsCatchTampering()
{
    PD_LEDGER_WORLD(w);
    w.verified.damagedOnPurpose(); // it edits rows directly to see verify name them
    QVERIFY(w.receipt("R1", 1, 10000, LedgerWorld::local(2027, 1, 10)).ok());
    QCOMPARE(w.invariantProblems(), QString());
    w.t.exec("UPDATE members SET balance = balance + 1 WHERE card_no = '8000000001'");
    QVERIFY(w.invariantProblems().contains("8000000001"));
    w.t.exec("UPDATE members SET balance = balance - 1 WHERE card_no = '8000000001'");
    w.t.exec("UPDATE lots SET remaining = remaining - 1");
    QVERIFY(!w.invariantProblems().isEmpty());
}

void TestLedger::aReceiptThatDisagreesWithItsEntriesIsNamed()
{
    LedgerWorld w(3);
    QVERIFY(w.ok);
    QVERIFY(w.receipt("A1", 2, 30000, w.clock.nowUtc().addDays(-2)).ok());
    QVERIFY(w.receipt("A2", 2, 20000, w.clock.nowUtc().addDays(-1), "supermarket", 0, 100).ok());
    QVERIFY(w.receipt("A3", 3, 10000, w.clock.nowUtc()).ok());
    QCOMPARE(w.invariantProblems(), QString());
    const QString line = QStringLiteral("a receipt differs from the points its ledger entries earned or used: 1 (first: card %1)");
    for (const char *edit : {"UPDATE receipts SET points = points + 1 WHERE receipt_no = 'A1'",
                             "UPDATE receipts SET points_used = 0 WHERE receipt_no = 'A2'",
                             "UPDATE receipts SET receipt_no = 'A9' WHERE receipt_no = 'A1'"}) {
        w.t.exec(w.t.db().dialect().beginWrite());
        w.t.exec(QString::fromLatin1(edit));
        QVERIFY2(w.invariantProblems().contains(line.arg(LedgerWorld::card(2))), qPrintable(QLatin1String(edit) + QLatin1Char('\n') + w.invariantProblems()));
        w.t.exec("ROLLBACK");
    }
    QCOMPARE(w.invariantProblems(), QString());
    // a balance edited directly (the chain is intact, the sum is not)
    w.t.exec(w.t.db().dialect().beginWrite());
    w.t.exec("UPDATE members SET balance = balance + 5 WHERE card_no = '" + LedgerWorld::card(3) + "'");
    QVERIFY2(w.invariantProblems().contains(QStringLiteral("balance differs from the sum of the ledger entries: 1 (first: card %1)")
                                                .arg(LedgerWorld::card(3))),
             qPrintable(w.invariantProblems()));
    w.t.exec("ROLLBACK");
    QCOMPARE(w.invariantProblems(), QString());
}

PD_DATABASE_TEST_MAIN(TestLedger)
#include "tst_ledger.moc"

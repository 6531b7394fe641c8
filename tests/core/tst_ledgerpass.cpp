// The one read of the whole ledger that verify makes (issue 5): read alone or in shares on
// threads of their own, it finds the same things; what it is shown is one state of the
// database; damage that the shares must see across each other is named.
#include "core/audit/auditlog.h"
#include "core/db/transaction.h"
#include "core/adjustments/adjustmentservice.h"
#include "core/integrity/ledgerpass.h"
#include "core/integrity/dailyclose.h"
#include "core/ledger/dailymix.h"
#include "redemptionfixture.h"

#include <QRandomGenerator>

using namespace pd;
using namespace pd::test;

namespace {

QString describe(const LedgerPassReport &r)
{
    QStringList lines{QStringLiteral("chain %1 entries=%2 bad=%3 %4").arg(r.chain.intact).arg(r.chain.entries).arg(r.chain.firstBadEntry).arg(r.chain.reason)};
    const QList<std::pair<const char *, MemberCount>> counts = {{"balance/entries", r.balanceVsEntries}, {"balance/lots", r.balanceVsLots},
                                                               {"lot range", r.lotOutOfRange},     {"debt", r.debtWithPoints},
                                                               {"receipt", r.receiptOverReturn}};
    for (const auto &[what, c] : counts)
        lines << QStringLiteral("%1: %2 first %3").arg(QLatin1String(what)).arg(c.members).arg(c.firstMemberId);
    lines << QStringLiteral("receipts match entries: %1").arg(r.receiptsMatchEntries);
    for (auto it = r.dailyTotals.cbegin(); it != r.dailyTotals.cend(); ++it)
        lines << QStringLiteral("%1 %2 %3: %4/%5/%6").arg(it.key().day).arg(it.key().storeId).arg(it.key().kind).arg(it->issued).arg(it->used).arg(it->entries);
    for (auto it = r.openLotsByStore.cbegin(); it != r.openLotsByStore.cend(); ++it)
        lines << QStringLiteral("open lots of store %1: %2").arg(it.key()).arg(it.value());
    for (auto it = r.earningByScenario.cbegin(); it != r.earningByScenario.cend(); ++it)
        lines << QStringLiteral("earned %1 %2 %3: %4/%5").arg(it.key().day).arg(it.key().storeId).arg(it.key().kind).arg(it->issued).arg(it->entries);
    for (auto it = r.memberFigures.activeChanges.cbegin(); it != r.memberFigures.activeChanges.cend(); ++it)
        lines << QStringLiteral("active %1 %2: %3").arg(it.key().first).arg(it.key().second).arg(it.value());
    for (auto it = r.memberFigures.membersByTier.cbegin(); it != r.memberFigures.membersByTier.cend(); ++it)
        lines << QStringLiteral("members at %1 in %2: %3").arg(it.key().first).arg(it.key().second).arg(it.value());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestLedgerPass : public QObject
{
    Q_OBJECT
private slots:
    void sharesFindWhatOneReaderFinds();
    void damageIsNamedInShares();
    void chainsAcrossTheSharesRanges_data();
    void chainsAcrossTheSharesRanges();
    void sparseMemberIds();
    void receiptsAgainstEntries();
    void entryOfNoMember_data();
    void entryOfNoMember();
    void snapshotHoldsWhileADeskPosts();

private:
    // A history on 12 members with every kind of entry, closed once, and more after the close.
    bool makeHistory(RedemptionWorld &w, quint32 seed);
    // Runs the pass alone and in 1–4 shares: all must give the same report; returns it.
    QString passEverywhere(RedemptionWorld &w);
};

bool TestLedgerPass::makeHistory(RedemptionWorld &w, quint32 seed)
{
    QRandomGenerator random(seed);
    if (!w.add(RedemptionWorld::item("CUP", 300, 50)))
        return false;
    int receipts = 0, redemptions = 0;
    for (int i = 0; i < 120; ++i) {
        const int member = 1 + int(random.bounded(12));
        const QDateTime when = w.clock.nowUtc().addSecs(-qint64(random.bounded(400 * 24 * 3600)));
        switch (random.bounded(5)) {
        case 0:
            if (receipts > 0 && w.giveBack(QStringLiteral("X%1").arg(i), QStringLiteral("R%1").arg(random.bounded(receipts)), 1000, w.clock.nowUtc()).ok())
                break;
            [[fallthrough]];
        case 1:
            if (w.redeem(QStringLiteral("D%1").arg(redemptions), member, "CUP").ok() && ++redemptions % 3 == 0)
                (void)w.cancel(QStringLiteral("D%1").arg(redemptions - 1));
            break;
        default:
            if (w.receipt(QStringLiteral("R%1").arg(receipts), member, 1000 + random.bounded(90000), when, QStringLiteral("supermarket"),
                          random.bounded(3) == 0 ? 500 : 0)
                    .ok())
                ++receipts;
        }
        if (i == 80 && !closeDay(w.t.db(), w.clock, w.admin).ok())
            return false;
    }
    return AdjustmentService(w.t.db(), w.clock).request(sessionFor(Role::BackOffice), LedgerWorld::card(4), 200, "POS outage").ok()
           && receipts > 50 && redemptions > 5;
}

QString TestLedgerPass::passEverywhere(RedemptionWorld &w)
{
    QString first;
    for (int shares : {1, 2, 3, 4}) {
        auto r = ledgerpass::run(w.t.db(), shares);
        if (!r)
            return QStringLiteral("failed: ") + r.error().describe();
        const QString seen = describe(r.value());
        if (shares == 1)
            first = seen;
        else if (seen != first)
            return QStringLiteral("%1 shares found:\n%2\none reader found:\n%3").arg(shares).arg(seen, first);
    }
    return first;
}

void TestLedgerPass::sharesFindWhatOneReaderFinds()
{
    PD_REDEMPTION_WORLD(w, 12);
    QVERIFY(makeHistory(w, 7));
    const QString report = passEverywhere(w);
    QVERIFY2(!report.startsWith(QLatin1String("failed")) && !report.contains(QLatin1String("found:")), qPrintable(report));
    QVERIFY2(report.startsWith(QStringLiteral("chain 1 entries=%1 bad=0").arg(countRows(w.t.db(), "ledger_entries"))), qPrintable(report));
    QVERIFY2(report.contains(QLatin1String("receipts match entries: 1")), qPrintable(report));
    // the daily totals counted in shares are the recount's
    auto pass = ledgerpass::run(w.t.db(), 3);
    QVERIFY(pass.ok());
    QVERIFY(pass->dailyTotals == dailypoints::recount(w.t.db()).value());
    QVERIFY(pass->dailyTotals == dailypoints::stored(w.t.db()).value());
    // so are the earning and the active members, counted from the pass's own read of the receipts
    QVERIFY(!pass->earningByScenario.isEmpty());
    QVERIFY(pass->earningByScenario == dailymix::recount(w.t.db())->earning);
    QVERIFY(pass->earningByScenario == dailymix::stored(w.t.db())->earning);
    QVERIFY(!pass->memberFigures.activeChanges.isEmpty());
    QVERIFY(pass->memberFigures.activeChanges == memberrollups::recount(w.t.db())->activeChanges);
    QVERIFY(pass->memberFigures.activeChanges == memberrollups::stored(w.t.db())->activeChanges);
    QVERIFY(!pass->memberFigures.membersByTier.isEmpty());
    QVERIFY(pass->memberFigures.membersByTier == memberrollups::recount(w.t.db())->membersByTier);
    QVERIFY(pass->memberFigures.membersByTier == memberrollups::stored(w.t.db())->membersByTier);
    QCOMPARE(w.invariantProblems(), QString());
}

// Damage committed (not inside the caller's transaction), so the shares really read it apart.
void TestLedgerPass::damageIsNamedInShares()
{
    PD_REDEMPTION_WORLD(w, 12);
    QVERIFY(makeHistory(w, 11));
    w.t.removeAppendOnlyGuard(); // as the file's holder could
    const QSqlDatabase c = w.t.db().connection();
    const auto scalar = [&](const QString &q, const QVariantList &v = {}) { return sql::scalar(c, q, v).value(); };
    struct Damage { QString make, undo, expected; };
    const qint64 entry = scalar("SELECT MAX(id) / 2 FROM ledger_entries").toLongLong();
    const qint64 member = scalar("SELECT member_id FROM ledger_entries WHERE id = ?", {entry}).toLongLong();
    const QString card = scalar("SELECT card_no FROM members WHERE id = ?", {member}).toString();
    const QString head = scalar("SELECT ledger_head FROM members WHERE id = ?", {member}).toString();
    const qint64 lot = scalar("SELECT MIN(id) FROM lots WHERE remaining > 0").toLongLong();
    const QString lotCard = scalar("SELECT m.card_no FROM lots l JOIN members m ON m.id = l.member_id WHERE l.id = ?", {lot}).toString();
    const QList<Damage> damages = {
        {QStringLiteral("UPDATE ledger_entries SET delta = delta + 1 WHERE id = %1").arg(entry),
         QStringLiteral("UPDATE ledger_entries SET delta = delta - 1 WHERE id = %1").arg(entry),
         QStringLiteral("Ledger entry %1 (card %2) does not match its chain").arg(entry).arg(card)},
        {QStringLiteral("UPDATE members SET ledger_head = 'ab' || ledger_head WHERE id = %1").arg(member),
         QStringLiteral("UPDATE members SET ledger_head = '%1' WHERE id = %2").arg(head).arg(member),
         QStringLiteral("The ledger of card %1 does not end").arg(card)},
        {QStringLiteral("UPDATE members SET balance = balance + 5 WHERE id = %1").arg(member),
         QStringLiteral("UPDATE members SET balance = balance - 5 WHERE id = %1").arg(member),
         QStringLiteral("balance differs from the sum of the ledger entries: 1 (first: card %1)").arg(card)},
        {QStringLiteral("UPDATE lots SET remaining = remaining - 1 WHERE id = %1").arg(lot),
         QStringLiteral("UPDATE lots SET remaining = remaining + 1 WHERE id = %1").arg(lot),
         QStringLiteral("points left in lots minus debt differ from the balance: 1 (first: card %1)").arg(lotCard)},
    };
    for (const Damage &d : damages) {
        w.t.exec(d.make);
        const QString found = passEverywhere(w);
        QVERIFY2(!found.contains(QLatin1String("found:")), qPrintable(found));
        const QString problems = w.invariantProblems();
        QVERIFY2(problems.contains(d.expected), qPrintable(d.make + QStringLiteral(": expected \"") + d.expected + QStringLiteral("\", got:\n") + problems));
        w.t.exec(d.undo);
        QCOMPARE(w.invariantProblems(), QString());
    }
}

// Shares read the entries by id range, so a member's chain runs across them: the first entry
// of a member in a later share follows its last one in an earlier share, and is checked when
// the shares join. Damage right at each boundary is named as one reader names it.
void TestLedgerPass::chainsAcrossTheSharesRanges_data()
{
    QTest::addColumn<int>("shares");
    QTest::addColumn<int>("boundary"); // which of the shares' starts, from 1
    QTest::newRow("2 shares") << 2 << 1;
    QTest::newRow("3 shares, first start") << 3 << 1;
    QTest::newRow("3 shares, second start") << 3 << 2;
}

void TestLedgerPass::chainsAcrossTheSharesRanges()
{
    QFETCH(int, shares);
    QFETCH(int, boundary);
    PD_REDEMPTION_WORLD(w, 12);
    QVERIFY(makeHistory(w, 29));
    w.t.removeAppendOnlyGuard(); // as the file's holder could
    const QSqlDatabase c = w.t.db().connection();
    const auto scalar = [&](const QString &q, const QVariantList &v = {}) { return sql::scalar(c, q, v).value(); };
    const qint64 start = scalar("SELECT MAX(id) FROM ledger_entries").toLongLong() / shares * boundary + 1; // as the pass deals them
    // a member with entries on both sides of the start
    const qint64 member = scalar("SELECT MIN(member_id) FROM ledger_entries e WHERE id >= ? AND EXISTS (SELECT 1 FROM ledger_entries b "
                                 "WHERE b.member_id = e.member_id AND b.id < ?)",
                                 {start, start})
                              .toLongLong();
    QVERIFY2(member > 0, "the history has such a member");
    const qint64 first = scalar("SELECT MIN(id) FROM ledger_entries WHERE member_id = ? AND id >= ?", {member, start}).toLongLong();
    const qint64 before = scalar("SELECT MAX(id) FROM ledger_entries WHERE member_id = ? AND id < ?", {member, start}).toLongLong();
    const QString card = scalar("SELECT card_no FROM members WHERE id = ?", {member}).toString();
    const QString named = QStringLiteral("chain 0 entries=%2 bad=%1 Ledger entry %1 (card %3) does not match its chain");
    QVERIFY(passEverywhere(w).startsWith(QLatin1String("chain 1")));

    // the later share's first entry of the member changed
    w.t.exec(QStringLiteral("UPDATE ledger_entries SET delta = delta + 1 WHERE id = %1").arg(first));
    QString found = passEverywhere(w);
    const qint64 entries = countRows(w.t.db(), "ledger_entries");
    QVERIFY2(found.startsWith(named.arg(first).arg(entries).arg(card)), qPrintable(found));
    w.t.exec(QStringLiteral("UPDATE ledger_entries SET delta = delta - 1 WHERE id = %1").arg(first));

    // the entry it follows, in the earlier share, removed: only the join can tell
    const bool sqlite = w.t.db().dialect().isSQLite();
    w.t.exec(sqlite ? "PRAGMA foreign_keys = OFF" : "SET session_replication_role = replica"); // rows of other tables name it
    w.t.exec(QStringLiteral("CREATE TABLE kept_entry AS SELECT * FROM ledger_entries WHERE id = %1").arg(before));
    w.t.exec(QStringLiteral("DELETE FROM ledger_entries WHERE id = %1").arg(before));
    found = passEverywhere(w);
    QVERIFY2(found.startsWith(named.arg(first).arg(entries - 1).arg(card)), qPrintable(found));
    w.t.exec("INSERT INTO ledger_entries SELECT * FROM kept_entry");
    w.t.exec("DROP TABLE kept_entry");
    w.t.exec(sqlite ? "PRAGMA foreign_keys = ON" : "SET session_replication_role = origin");
    found = passEverywhere(w);
    QVERIFY2(found.startsWith(QStringLiteral("chain 1 entries=%1 bad=0").arg(entries)), qPrintable(found));
}

// Member ids far apart (a programme merged from two): the pass finds members by search
// instead of by position, and still names what it should.
void TestLedgerPass::sparseMemberIds()
{
    PD_REDEMPTION_WORLD(w, 12);
    w.verified.damagedOnPurpose(); // it edits rows directly to see verify name them
    QVERIFY(makeHistory(w, 13));
    w.t.setUpMembers("INSERT INTO members (id, card_no, name, name_initials, mobile, joined_on, store_id, created_at, updated_at) "
             "SELECT 9000000000, '8999999999', name, name_initials, '13999999999', joined_on, store_id, created_at, updated_at "
             "FROM members WHERE id = 1");
    QCOMPARE(countRows(w.t.db(), "members", "id = 9000000000"), qint64(1));
    const QString report = passEverywhere(w);
    QVERIFY2(report.startsWith(QLatin1String("chain 1")) && !report.contains(QLatin1String("found:")), qPrintable(report));
    QCOMPARE(w.invariantProblems(), QString());
    w.t.exec("UPDATE members SET balance = 7 WHERE id = 9000000000");
    QVERIFY2(w.invariantProblems().contains(QLatin1String("balance differs from the sum of the ledger entries: 1 (first: card 8999999999)")),
             qPrintable(w.invariantProblems()));
}

// The receipts are compared with their entries by keyed sums; when they differ the exact
// query names the receipt, whichever side was changed.
void TestLedgerPass::receiptsAgainstEntries()
{
    PD_REDEMPTION_WORLD(w, 12);
    w.verified.damagedOnPurpose(); // it edits rows directly to see verify name them
    QVERIFY(makeHistory(w, 17));
    const QSqlDatabase c = w.t.db().connection();
    const qint64 receipt = sql::scalar(c, "SELECT MIN(id) FROM receipts WHERE points > 0 AND id NOT IN (SELECT receipt_id FROM returns)")->toLongLong();
    const QString card = sql::scalar(c, "SELECT m.card_no FROM receipts r JOIN members m ON m.id = r.member_id WHERE r.id = ?", {receipt})->toString();
    w.t.exec(QStringLiteral("UPDATE receipts SET points = points + 1 WHERE id = %1").arg(receipt));
    for (int shares : {1, 3}) // a fresh key each time: the sums differ under every key
        QVERIFY(!ledgerpass::run(w.t.db(), shares)->receiptsMatchEntries);
    QVERIFY2(w.invariantProblems().contains(QStringLiteral("a receipt differs from the points its ledger entries earned or used: 1 (first: card %1)").arg(card)),
             qPrintable(w.invariantProblems()));
    w.t.exec(QStringLiteral("UPDATE receipts SET points = points - 1 WHERE id = %1").arg(receipt));
    QVERIFY(ledgerpass::run(w.t.db(), 3)->receiptsMatchEntries);
    // the receipt row gone: its entries earned for nothing (the entries themselves are intact)
    w.t.exec(QStringLiteral("DELETE FROM receipts WHERE id = %1").arg(receipt));
    QVERIFY(!ledgerpass::run(w.t.db(), 2)->receiptsMatchEntries);
    const QString problems = w.invariantProblems();
    QVERIFY2(problems.contains(QStringLiteral("a ledger entry earned or used points for a receipt of another member or for none: 1 (first: card %1)").arg(card)),
             qPrintable(problems));
}

// An entry whose member is gone (foreign keys off, as a broken tool or a careless restore might).
void TestLedgerPass::entryOfNoMember_data()
{
    QTest::addColumn<qint64>("memberId");
    QTest::newRow("above every member's id") << qint64(777);
    QTest::newRow("below them: only the shares' join can tell") << qint64(0);
}

void TestLedgerPass::entryOfNoMember()
{
    QFETCH(qint64, memberId);
    PD_REDEMPTION_WORLD(w, 12);
    w.verified.damagedOnPurpose(); // it edits rows directly to see verify name them
    QVERIFY(makeHistory(w, 19));
    const qint64 entry = sql::scalar(w.t.db().connection(), "SELECT MAX(id) - 3 FROM ledger_entries")->toLongLong();
    const bool sqlite = w.t.db().dialect().isSQLite();
    w.t.removeAppendOnlyGuard();
    w.t.exec(sqlite ? "PRAGMA foreign_keys = OFF" : "SET session_replication_role = replica");
    w.t.exec(QStringLiteral("UPDATE ledger_entries SET member_id = %1 WHERE id = %2").arg(memberId).arg(entry));
    w.t.exec(sqlite ? "PRAGMA foreign_keys = ON" : "SET session_replication_role = origin");
    const QString report = passEverywhere(w);
    QVERIFY2(report.startsWith(QStringLiteral("chain 0 entries=%1 bad=%2 Ledger entry %2 belongs to no member.")
                                   .arg(countRows(w.t.db(), "ledger_entries"))
                                   .arg(entry)),
             qPrintable(report));
}

// What a reader sees stays as it was while a desk posts on another connection; the pass
// reads in shares on connections of their own, all at one state.
void TestLedgerPass::snapshotHoldsWhileADeskPosts()
{
    PD_REDEMPTION_WORLD(w, 12);
    QVERIFY(makeHistory(w, 23));
    auto desk = w.t.openAnother();
    QVERIFY(desk);
    const auto entries = [&] { return sql::scalar(w.t.db().connection(), "SELECT COUNT(*) FROM ledger_entries")->toLongLong(); };
    const qint64 before = entries();
    {
        ReadSnapshot snapshot(w.t.db());
        QVERIFY(snapshot.begin().ok());
        QCOMPARE(entries(), before);
        ReceiptInput in{QStringLiteral("NY01"), QStringLiteral("LATE"), LedgerWorld::card(2), w.clock.nowUtc(), QStringLiteral("supermarket"), 50000, 0, 0};
        QVERIFY(ReceiptService(*desk, w.clock).post(w.admin, in).ok());
        QCOMPARE(entries(), before); // the desk's receipt is not in this snapshot
        // a pass inside the caller's snapshot reads it alone, and sees what the caller sees
        auto pass = ledgerpass::run(w.t.db(), 3);
        QVERIFY(pass.ok());
        QCOMPARE(pass->chain.entries, before);
        QVERIFY(pass->chain.intact);
    }
    QCOMPARE(entries(), before + 1);
    auto pass = ledgerpass::run(w.t.db(), 3);
    QVERIFY(pass.ok());
    QCOMPARE(pass->chain.entries, before + 1);
    QCOMPARE(w.invariantProblems(), QString());
}

PD_DATABASE_TEST_MAIN(TestLedgerPass)
#include "tst_ledgerpass.moc"

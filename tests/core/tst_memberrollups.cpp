// The dashboard's member figures (issue 17, schema 24): active members, members per tier and
// tier moves, kept as rollups by the operations — checked against direct counts over receipts,
// members and tier moves, and named by verify when edited.

#include "core/db/sql.h"
#include "core/insights/dashboard.h"
#include "core/insights/dashboardtables.h"
#include "core/integrity/ledgerpass.h"
#include "core/jobs/batchjobs.h"
#include "core/ledger/memberrollups.h"
#include "core/members/memberservice.h"
#include "core/members/membersbytier.h"
#include "core/pointsmath.h"
#include "core/stores/storeservice.h"
#include "redemptionfixture.h"

#include <QRandomGenerator>

using namespace pd;
using namespace pd::test;

class TestMemberRollups : public QObject
{
    Q_OBJECT
private slots:
    void tierMovesAreCountedByMonth();
    void memberFiguresFollowReceiptsInAnyOrder();
    void anEditedMemberRollupIsNamedByVerify();
};

namespace {

qint64 storeId(LedgerWorld &w, const QString &code) { return StoreService::storeId(w.t.db(), code).value(); }

} // namespace

// Member 1 reaches silver with ¥2,500 in March 2027, member 2 gold with ¥12,000 in April; the
// review of 1 May 2028 (no spend in the twelve months before) takes each down one tier.
void TestMemberRollups::tierMovesAreCountedByMonth()
{
    PD_REDEMPTION_WORLD(w, 3);
    w.t.setUpMembers("UPDATE members SET tier = 'member'");
    QVERIFY(w.receipt("T1", 1, 250000, LedgerWorld::local(2027, 3, 10)).ok());
    QCOMPARE(w.points(1).tier, QStringLiteral("silver"));
    QVERIFY(w.receipt("T2", 2, 1200000, LedgerWorld::local(2027, 4, 2)).ok());
    QCOMPARE(w.points(2).tier, QStringLiteral("gold"));
    QVERIFY(w.receipt("T3", 3, 5000, LedgerWorld::local(2027, 4, 3)).ok()); // no move
    w.clock.set(LedgerWorld::local(2028, 5, 1, 9));
    PD_OK(BatchJobs(w.t.db(), w.clock).reviewTiers(w.admin, QDate(2028, 5, 1)));
    QCOMPARE(w.points(1).tier, QStringLiteral("member"));
    QCOMPARE(w.points(2).tier, QStringLiteral("silver"));
    QCOMPARE(countRows(w.t.db(), "tier_moves"), qint64(4));

    auto d = insights::dashboard(w.t.db(), w.admin, DashboardQuery{QDate(2027, 3, 5), QDate(2028, 5, 20), std::nullopt});
    PD_OK(d);
    QCOMPARE(d->tierMoves.size(), 15); // March 2027 to May 2028
    QCOMPARE(d->tierMoves.constFirst().month, QDate(2027, 3, 1));
    QCOMPARE((QList<qint64>{d->tierMoves.at(0).up, d->tierMoves.at(0).down}), (QList<qint64>{1, 0}));
    QCOMPARE((QList<qint64>{d->tierMoves.at(1).up, d->tierMoves.at(1).down}), (QList<qint64>{1, 0}));
    QCOMPARE((QList<qint64>{d->tierMoves.constLast().up, d->tierMoves.constLast().down}), (QList<qint64>{0, 2}));
    qint64 moves = 0;
    for (const MonthTierMoves &m : d->tierMoves)
        moves += m.up + m.down;
    QCOMPARE(moves, qint64(4));
    QCOMPARE(insights::table(d.value(), DashboardChart::TierMoves).value(1), QStringList({"2027-03", "1", "0"}));
    // a period that cuts March off counts from its first day; a store counts its own members
    auto april = insights::dashboard(w.t.db(), w.admin, DashboardQuery{QDate(2027, 3, 11), QDate(2027, 4, 30), std::nullopt});
    QCOMPARE(april->tierMoves.constFirst().up, 0);
    QCOMPARE(april->tierMoves.constLast().up, 1);
    auto home = sql::scalar(w.t.db().connection(), "SELECT store_id FROM members WHERE card_no = ?", {LedgerWorld::card(2)});
    const qint64 ofHome = countRows(w.t.db(), "tier_moves", QStringLiteral("member_id IN (SELECT id FROM members WHERE store_id = %1)")
                                                              .arg(home.value().toLongLong()));
    auto store = insights::dashboard(w.t.db(), w.admin, DashboardQuery{QDate(2027, 3, 5), QDate(2028, 5, 20), home.value().toLongLong()});
    qint64 atStore = 0;
    for (const MonthTierMoves &m : store->tierMoves)
        atStore += m.up + m.down;
    QCOMPARE(atStore, ofHome);
    QVERIFY(atStore >= 2); // member 2's two moves at least
}

// Receipts posted in any order of time (a night's import of older receipts, a late one between
// two others), at four stores, with upgrades, a tier review and members changing home store:
// after every step the member rollups equal a count from the receipts, members and tier moves,
// and the figures read from them equal direct counts.
void TestMemberRollups::memberFiguresFollowReceiptsInAnyOrder()
{
    PD_REDEMPTION_WORLD(w, 6);
    w.t.setUpMembers("UPDATE members SET tier = 'member', credit = 'normal'");
    const QStringList stores = {"NY01", "NY02", "EYE01", "TEX01"};
    const QDate first(2027, 1, 1);
    const QDate last(2027, 12, 31);
    w.clock.set(LedgerWorld::local(2028, 1, 2));
    QRandomGenerator random(20261203);
    MemberService members(w.t.db(), w.clock);
    for (int step = 0; step < 80; ++step) {
        const int member = 1 + int(random.bounded(6));
        const int choice = int(random.bounded(100));
        if (choice < 85) {
            // on a day at most 40 days from another receipt often enough to overlap, and not in time order
            const QDate day = first.addDays(random.bounded(first.daysTo(last) + 1));
            const qint64 amount = choice < 8 ? 600000 : 1000 + random.bounded(40000);
            const int store = int(random.bounded(stores.size()));
            const QString scenario = stores.at(store) == "EYE01" ? "partner:eyewear" : stores.at(store) == "TEX01" ? "partner:hometex" : "supermarket";
            PD_OK(w.receipt(QStringLiteral("V%1").arg(step), member, amount, LedgerWorld::local(day.year(), day.month(), day.day(), 9 + int(random.bounded(10))),
                            scenario, 0, 0, stores.at(store)));
        } else if (choice < 95) {
            auto m = members.memberByCard(w.admin, LedgerWorld::card(member));
            PD_OK(m);
            MemberInput in{m->cardNo, m->name, QString(), m->email, m->joinedOn, stores.at(int(random.bounded(2))), m->credit, m->marketingConsent};
            PD_OK(members.updateMember(w.admin, m->id, in));
        } else {
            PD_OK(BatchJobs(w.t.db(), w.clock).reviewTiers(w.admin, businessToday(w.clock)));
        }
        auto stored = memberrollups::stored(w.t.db());
        auto counted = memberrollups::recount(w.t.db());
        PD_OK(stored);
        PD_OK(counted);
        QVERIFY2(stored->activeChanges == counted->activeChanges, qPrintable(QStringLiteral("active members, step %1").arg(step)));
        QVERIFY2(stored->membersByTier == counted->membersByTier, qPrintable(QStringLiteral("members per tier, step %1").arg(step)));
        QVERIFY2(stored->tierMoves == counted->tierMoves, qPrintable(QStringLiteral("tier moves, step %1").arg(step)));
    }
    QVERIFY(countRows(w.t.db(), "tier_moves") >= 2);
    // verify counts them from the ledger pass's read of the receipts, in shares read apart
    const auto stored = memberrollups::stored(w.t.db());
    PD_OK(stored);
    for (int shares : {1, 2, 3}) {
        auto pass = ledgerpass::run(w.t.db(), shares);
        PD_OK(pass);
        QVERIFY2(pass->memberFigures.activeChanges == stored->activeChanges, qPrintable(QStringLiteral("%1 shares").arg(shares)));
        QVERIFY2(pass->memberFigures.membersByTier == stored->membersByTier, qPrintable(QStringLiteral("%1 shares").arg(shares)));
    }
    QList<std::optional<qint64>> filters = {std::nullopt};
    for (const QString &code : stores)
        filters << storeId(w, code);
    for (const std::optional<qint64> &store : filters) {
        const QString atStore = store ? QStringLiteral(" AND store_id = %1").arg(*store) : QString();
        qint64 seen = 0;
        for (QDate day = first.addDays(-3); day <= last.addDays(95); day = day.addDays(5)) {
            auto direct = sql::scalar(w.t.db().connection(), QStringLiteral("SELECT COUNT(DISTINCT member_id) FROM receipts WHERE business_time >= ? AND business_time < ?") + atStore,
                                      {toStoredTime(points::startOfBusinessDay(day.addDays(-89))), toStoredTime(points::startOfBusinessDay(day.addDays(1)))});
            auto kept = memberrollups::activeMembers(w.t.db(), day, store);
            PD_OK(kept);
            QVERIFY2(kept.value() == direct.value().toLongLong(),
                     qPrintable(QStringLiteral("%1 at %2: %3 vs %4").arg(day.toString(Qt::ISODate)).arg(store.value_or(0)).arg(kept.value()).arg(direct.value().toLongLong())));
            seen += kept.value();
        }
        if (!store)
            QVERIFY(seen > 0);
        auto perTier = membersbytier::perTier(w.t.db(), store);
        PD_OK(perTier);
        auto rows = sql::run(w.t.db().connection(), QStringLiteral("SELECT tier, COUNT(*) FROM members WHERE 1 = 1") + atStore + QStringLiteral(" GROUP BY tier"));
        PD_OK(rows);
        QHash<QString, qint64> direct;
        while (rows.value().next())
            direct.insert(rows.value().value(0).toString(), rows.value().value(1).toLongLong());
        QCOMPARE(perTier.value(), direct);
    }
    QCOMPARE(w.invariantProblems(), QString());
}

void TestMemberRollups::anEditedMemberRollupIsNamedByVerify()
{
    PD_REDEMPTION_WORLD(w, 2);
    w.verified.damagedOnPurpose(); // it edits rows directly to see verify name them
    QVERIFY(w.receipt("R1", 1, 30000, LedgerWorld::local(2027, 5, 20)).ok());
    QVERIFY(w.receipt("R2", 2, 30000, LedgerWorld::local(2027, 5, 22), "partner:eyewear", 0, 0, "EYE01").ok());
    QCOMPARE(w.invariantProblems(), QString());
    w.t.exec("UPDATE active_daily SET delta = delta + 1 WHERE day = '2027-05-22' AND store_id = 0");
    QVERIFY2(w.invariantProblems().contains("the active members differ from the receipts (first: 2027-05-22 any store)"), qPrintable(w.invariantProblems()));
    w.t.exec("UPDATE active_daily SET delta = delta - 1 WHERE day = '2027-05-22' AND store_id = 0");
    w.t.exec("UPDATE members_by_tier SET members = members + 1 WHERE store_id = (SELECT store_id FROM members WHERE card_no = '8000000001')");
    QVERIFY2(w.invariantProblems().contains("the members per tier differ from the members (first: "), qPrintable(w.invariantProblems()));
}

PD_DATABASE_TEST_MAIN(TestMemberRollups)
#include "tst_memberrollups.moc"

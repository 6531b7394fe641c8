#include "invariants.h"

#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/ledger/dailymix.h"
#include "core/ledger/dailypoints.h"
#include "core/ledger/entrykind.h"
#include "core/ledger/liability.h"
#include "core/ledger/memberrollups.h"
#include "core/integrity/ledgerpass.h"

namespace pd {

namespace {
// Store codes by id, to name a store in a finding; 0 is "no store".
Result<QHash<qint64, QString>> storeCodes(Database &db)
{
    auto stores = sql::run(db.connection(), QStringLiteral("SELECT id, code FROM stores"));
    if (!stores)
        return stores.error();
    QHash<qint64, QString> codes;
    while (stores.value().next())
        codes.insert(stores.value().value(0).toLongLong(), stores.value().value(1).toString());
    return codes;
}

// The charts read the daily totals: they must equal a count of the entries themselves.
Status checkDailyTotals(Database &db, const DailyTotals &counted, InvariantReport &report)
{
    auto stored = dailypoints::stored(db);
    if (!stored)
        return stored.error();
    if (stored.value() == counted)
        return {};
    auto codes = storeCodes(db);
    if (!codes)
        return codes.error();
    // "2027-05-20 earn NY01": the day, the kind, the store that posted them (if one did)
    const auto describe = [&codes](const DailyKey &key) {
        return QStringLiteral("%1 %2%3").arg(key.day, key.kind,
                                             key.storeId ? QLatin1Char(' ') + codes->value(key.storeId, QString::number(key.storeId)) : QString());
    };
    QStringList keys;
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        if (stored->value(it.key()) != it.value())
            keys << describe(it.key());
    }
    for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
        if (!counted.contains(it.key()) && it.value() != DailyTotal{})
            keys << describe(it.key());
    }
    if (keys.isEmpty())
        return {};
    keys.sort();
    report.problems << QCoreApplication::translate("pd::Invariants", "the daily points totals differ from the ledger entries: %1 (first: %2)")
                           .arg(keys.size())
                           .arg(keys.first());
    return {};
}

// The earning by scenario and the redemptions by item (the charts of what points were earned
// on and spent on) must equal a count of the receipts and redemptions themselves.
Status checkDailyMix(Database &db, const DailyTotals &countedEarning, InvariantReport &report)
{
    auto stored = dailymix::stored(db);
    if (!stored)
        return stored.error();
    auto counted = dailymix::recount(db, countedEarning);
    if (!counted)
        return counted.error();
    auto codes = storeCodes(db);
    if (!codes)
        return codes.error();
    const auto differences = [&codes](const DailyTotals &a, const DailyTotals &b) {
        QStringList keys;
        const auto describe = [&codes](const DailyKey &key) {
            return QStringLiteral("%1 %2 %3").arg(key.day, codes->value(key.storeId, QString::number(key.storeId)), key.kind);
        };
        for (auto it = a.cbegin(); it != a.cend(); ++it)
            if (b.value(it.key()) != it.value())
                keys << describe(it.key());
        for (auto it = b.cbegin(); it != b.cend(); ++it)
            if (!a.contains(it.key()))
                keys << describe(it.key());
        keys.sort();
        return keys;
    };
    const QStringList earning = differences(counted->earning, stored->earning);
    if (!earning.isEmpty())
        report.problems << QCoreApplication::translate("pd::Invariants", "the earning by scenario differs from the receipts: %1 (first: %2)")
                               .arg(earning.size())
                               .arg(earning.first());
    const QStringList redeemed = differences(counted->redemptions, stored->redemptions);
    if (!redeemed.isEmpty())
        report.problems << QCoreApplication::translate("pd::Invariants", "the redemptions by item differ from the redemptions: %1 (first: %2)")
                               .arg(redeemed.size())
                               .arg(redeemed.first());
    return {};
}

// The dashboard's active members, members per tier and tier moves must equal a count of the
// receipts, members and tier moves themselves.
Status checkMemberRollups(Database &db, memberrollups::PassCounts fromPass, InvariantReport &report)
{
    auto stored = memberrollups::stored(db);
    if (!stored)
        return stored.error();
    auto counted = memberrollups::recount(db, std::move(fromPass));
    if (!counted)
        return counted.error();
    if (stored.value() == counted.value())
        return {};
    auto codes = storeCodes(db);
    if (!codes)
        return codes.error();
    const auto store = [&codes](qint64 id) { return id == 0 ? QCoreApplication::translate("pd::Invariants", "any store") : codes->value(id, QString::number(id)); };
    // the first key, in order, whose figure differs between two maps
    const auto firstDifference = [](const auto &a, const auto &b) {
        using Key = typename std::decay_t<decltype(a)>::key_type;
        std::optional<Key> first;
        const auto consider = [&first](const Key &k) {
            if (!first || k < *first)
                first = k;
        };
        for (auto it = a.cbegin(); it != a.cend(); ++it)
            if (b.value(it.key()) != it.value())
                consider(it.key());
        for (auto it = b.cbegin(); it != b.cend(); ++it)
            if (a.value(it.key()) != it.value())
                consider(it.key());
        return first;
    };
    if (const auto key = firstDifference(counted->activeChanges, stored->activeChanges))
        report.problems << QCoreApplication::translate("pd::Invariants", "the active members differ from the receipts (first: %1 %2)")
                               .arg(key->first, store(key->second));
    if (const auto key = firstDifference(counted->membersByTier, stored->membersByTier))
        report.problems << QCoreApplication::translate("pd::Invariants", "the members per tier differ from the members (first: %1 %2)")
                               .arg(store(key->first), key->second);
    if (const auto key = firstDifference(counted->tierMoves, stored->tierMoves))
        report.problems << QCoreApplication::translate("pd::Invariants", "the tier moves per day differ from the tier moves (first: %1 %2 %3 → %4)")
                               .arg(std::get<0>(*key), store(std::get<1>(*key)), std::get<2>(*key), std::get<3>(*key));
    return {};
}

// The liability figures (by store) read the rollup: it must equal what the lots still hold.
Status checkLiability(Database &db, const QMap<qint64, qint64> &openLots, InvariantReport &report)
{
    auto stored = liability::storedByStore(db);
    if (!stored)
        return stored.error();
    QList<qint64> differing;
    for (auto it = openLots.cbegin(); it != openLots.cend(); ++it) {
        if (it.value() != stored->value(it.key()))
            differing << it.key();
    }
    for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
        if (it.value() != 0 && !openLots.contains(it.key()))
            differing << it.key();
    }
    if (differing.isEmpty())
        return {};
    std::sort(differing.begin(), differing.end());
    auto codes = storeCodes(db);
    if (!codes)
        return codes.error();
    const qint64 firstId = differing.constFirst();
    const QString first = firstId == 0 ? QCoreApplication::translate("pd::Invariants", "no store") : codes->value(firstId, QString::number(firstId));
    report.problems << QCoreApplication::translate("pd::Invariants", "the open points per store differ from the lots: %1 (first: %2)")
                           .arg(differing.size())
                           .arg(first);
    return {};
}

struct ExactCheck
{
    const char *what;
    QString query; // the cards (or item codes) that break it
    bool aboutItems = false;
};

// The receipts' exact comparison, run only when the pass's sums differ: it names them.
const QList<ExactCheck> &receiptChecks()
{
    static const QList<ExactCheck> checks = {
        {QT_TRANSLATE_NOOP("pd::Invariants", "a receipt differs from the points its ledger entries earned or used"),
         QStringLiteral("SELECT m.card_no FROM receipts r JOIN stores s ON s.id = r.store_id JOIN members m ON m.id = r.member_id "
                        "LEFT JOIN (SELECT reference, member_id, SUM(CASE WHEN kind <> '%3' THEN delta ELSE 0 END) AS earned, "
                        "SUM(CASE WHEN kind = '%3' THEN -delta ELSE 0 END) AS used FROM ledger_entries "
                        "WHERE kind IN ('%1', '%2', '%3', '%4') GROUP BY reference, member_id) e "
                        "ON e.reference = 'receipt:' || s.code || '/' || r.receipt_no AND e.member_id = r.member_id "
                        "WHERE r.points + r.green_points + r.bonus_points <> COALESCE(e.earned, 0) OR r.points_used <> COALESCE(e.used, 0) ORDER BY m.id")
             .arg(storedName(EntryKind::Earn), storedName(EntryKind::Green), storedName(EntryKind::Deduct), storedName(EntryKind::Bonus))},
        {QT_TRANSLATE_NOOP("pd::Invariants", "a ledger entry earned or used points for a receipt of another member or for none"),
         QStringLiteral("SELECT m.card_no FROM ledger_entries e JOIN members m ON m.id = e.member_id "
                        "WHERE e.kind IN ('%1', '%2', '%3', '%4') AND NOT EXISTS (SELECT 1 FROM receipts r JOIN stores s ON s.id = r.store_id "
                        "WHERE r.member_id = e.member_id AND 'receipt:' || s.code || '/' || r.receipt_no = e.reference) ORDER BY m.id")
             .arg(storedName(EntryKind::Earn), storedName(EntryKind::Green), storedName(EntryKind::Deduct), storedName(EntryKind::Bonus))},
    };
    return checks;
}

// Redemptions and stock are few beside the ledger: plain queries serve.
const QList<ExactCheck> &catalogChecks()
{
    static const QList<ExactCheck> checks = {
        {QT_TRANSLATE_NOOP("pd::Invariants", "a redemption differs from its ledger entries or its cancellations"),
         QStringLiteral("SELECT m.card_no FROM redemptions r JOIN members m ON m.id = r.member_id "
                        "LEFT JOIN ledger_entries e ON e.id = r.entry_id "
                        "WHERE e.id IS NULL OR e.kind <> '%1' OR e.member_id <> r.member_id OR e.delta <> -r.points "
                        "OR r.refunded_points <> COALESCE((SELECT SUM(le.delta) FROM redemption_cancellations c "
                        "JOIN ledger_entries le ON le.id = c.entry_id WHERE c.redemption_id = r.id), 0) "
                        "OR r.cancelled_qty <> COALESCE((SELECT SUM(c.quantity) FROM redemption_cancellations c WHERE c.redemption_id = r.id), 0)")
             .arg(storedName(EntryKind::Redeem))},
        {QT_TRANSLATE_NOOP("pd::Invariants", "an item's stock differs from the units received less those redeemed and not cancelled and the prizes collected"),
         QStringLiteral("SELECT i.code FROM catalog_items i WHERE i.stock IS NOT NULL AND (i.stock < 0 OR i.stock <> i.stock_received - "
                        "COALESCE((SELECT SUM(r.quantity - r.cancelled_qty) FROM redemptions r WHERE r.item_id = i.id), 0) - "
                        "(SELECT COUNT(*) FROM badge_completions b WHERE b.prize_item_id = i.id AND b.prize_collected_at IS NOT NULL))"),
         true},
    };
    return checks;
}

// One line per broken rule: what, how many break it, and the first card (or item) that does.
void addProblem(InvariantReport &report, const char *what, qint64 count, const QString &first, bool aboutItems = false)
{
    report.problems << (aboutItems ? QCoreApplication::translate("pd::Invariants", "%1: %2 (first: item %3)")
                                   : QCoreApplication::translate("pd::Invariants", "%1: %2 (first: card %3)"))
                           .arg(QCoreApplication::translate("pd::Invariants", what))
                           .arg(count)
                           .arg(first);
}

Status runExactChecks(Database &db, const QList<ExactCheck> &checks, InvariantReport &report)
{
    for (const ExactCheck &c : checks) {
        auto rows = sql::run(db.connection(), c.query);
        if (!rows)
            return rows.error();
        qint64 n = 0;
        QString first;
        while (rows.value().next()) {
            if (n++ == 0)
                first = rows.value().value(0).toString();
        }
        if (n > 0)
            addProblem(report, c.what, n, first, c.aboutItems);
    }
    return {};
}

Status reportMembers(Database &db, const char *what, const MemberCount &count, InvariantReport &report)
{
    if (count.members == 0)
        return {};
    auto card = ledgerpass::cardOfMember(db, count.firstMemberId);
    if (!card)
        return card.error();
    addProblem(report, what, count.members, card.value());
    return {};
}

} // namespace

Result<InvariantReport> checkLedgerInvariants(Database &db)
{
    // one snapshot for the pass and the queries after it, so a desk posting meanwhile cannot
    // make one look at the ledger disagree with another
    ReadSnapshot snapshot(db);
    if (Status s = snapshot.begin(); !s)
        return s.error();
    auto pass = ledgerpass::run(db);
    if (!pass)
        return pass.error();
    InvariantReport report;
    // first, so the first line names the first bad record when a row was edited directly
    if (!pass->chain.intact) {
        report.problems << pass->chain.reason;
    } else {
        if (Status s = reportMembers(db, QT_TRANSLATE_NOOP("pd::Invariants", "balance differs from the sum of the ledger entries"),
                                     pass->balanceVsEntries, report);
            !s)
            return s.error();
        if (Status s = checkDailyTotals(db, pass->dailyTotals, report); !s)
            return s.error();
    }
    const QList<std::pair<const char *, MemberCount>> byMember = {
        {QT_TRANSLATE_NOOP("pd::Invariants", "points left in lots minus debt differ from the balance"), pass->balanceVsLots},
        {QT_TRANSLATE_NOOP("pd::Invariants", "a lot holds less than nothing or more than it was given"), pass->lotOutOfRange},
        {QT_TRANSLATE_NOOP("pd::Invariants", "debt while points are left in lots, or negative debt"), pass->debtWithPoints},
        {QT_TRANSLATE_NOOP("pd::Invariants", "a receipt clawed back more than it earned or took back more than was paid"), pass->receiptOverReturn},
    };
    for (const auto &[what, count] : byMember) {
        if (Status s = reportMembers(db, what, count, report); !s)
            return s.error();
    }
    if (Status s = checkLiability(db, pass->openLotsByStore, report); !s)
        return s.error();
    if (Status s = checkDailyMix(db, pass->earningByScenario, report); !s)
        return s.error();
    if (Status s = checkMemberRollups(db, std::move(pass->memberFigures), report); !s)
        return s.error();
    if (!pass->receiptsMatchEntries) {
        const qsizetype before = report.problems.size();
        if (Status s = runExactChecks(db, receiptChecks(), report); !s)
            return s.error();
        if (report.problems.size() == before) // cannot happen unless the two reads disagree
            report.problems << QCoreApplication::translate("pd::Invariants", "the receipts' points differ from their ledger entries");
    }
    if (Status s = runExactChecks(db, catalogChecks(), report); !s)
        return s.error();
    return report;
}

} // namespace pd

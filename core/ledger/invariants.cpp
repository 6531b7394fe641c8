#include "invariants.h"

#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/ledger/dailypoints.h"
#include "core/ledger/ledgerchain.h"

namespace pd {

namespace {
// The charts read the daily totals: they must equal a count of the entries themselves.
Status checkDailyTotals(Database &db, const DailyTotals &counted, InvariantReport &report)
{
    auto stored = dailypoints::stored(db);
    if (!stored)
        return stored.error();
    if (stored.value() == counted)
        return {};
    QStringList keys;
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        if (stored->value(it.key()) != it.value())
            keys << it.key().first + QLatin1Char(' ') + it.key().second;
    }
    for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
        if (!counted.contains(it.key()) && it.value() != DailyTotal{})
            keys << it.key().first + QLatin1Char(' ') + it.key().second;
    }
    if (keys.isEmpty())
        return {};
    keys.sort();
    report.problems << QCoreApplication::translate("pd::Invariants", "the daily points totals differ from the ledger entries: %1 (first: %2)")
                           .arg(keys.size())
                           .arg(keys.first());
    return {};
}
} // namespace

Result<InvariantReport> checkLedgerInvariants(Database &db)
{
    struct Check { const char *what; QString query; bool aboutItems = false; };
    const QList<Check> checks = {
        {QT_TRANSLATE_NOOP("pd::Invariants", "points left in lots minus debt differ from the balance"),
         QStringLiteral("SELECT m.card_no FROM members m LEFT JOIN (SELECT member_id, SUM(remaining) AS r FROM lots GROUP BY member_id) l "
                        "ON l.member_id = m.id WHERE COALESCE(l.r, 0) - m.debt <> m.balance")},
        {QT_TRANSLATE_NOOP("pd::Invariants", "a lot holds less than nothing or more than it was given"),
         QStringLiteral("SELECT m.card_no FROM lots l JOIN members m ON m.id = l.member_id WHERE l.remaining < 0 OR l.remaining > l.points")},
        {QT_TRANSLATE_NOOP("pd::Invariants", "debt while points are left in lots, or negative debt"),
         QStringLiteral("SELECT m.card_no FROM members m WHERE m.debt < 0 OR (m.debt > 0 AND EXISTS "
                        "(SELECT 1 FROM lots l WHERE l.member_id = m.id AND l.remaining > 0))")},
        {QT_TRANSLATE_NOOP("pd::Invariants", "a receipt clawed back more than it earned or took back more than was paid"),
         QStringLiteral("SELECT m.card_no FROM receipts r JOIN members m ON m.id = r.member_id WHERE r.clawed_back > r.points + r.green_points "
                        "OR r.returned_amount > r.amount OR r.clawed_back < 0")},
        // one grouped pass over the entries, joined by reference (a correlated sum per receipt
        // read a busy member's whole ledger once per receipt: minutes at chain scale)
        {QT_TRANSLATE_NOOP("pd::Invariants", "a receipt differs from the points its ledger entries earned or used"),
         QStringLiteral("SELECT m.card_no FROM receipts r JOIN stores s ON s.id = r.store_id JOIN members m ON m.id = r.member_id "
                        "LEFT JOIN (SELECT reference, member_id, SUM(CASE WHEN kind <> 'deduct' THEN delta ELSE 0 END) AS earned, "
                        "SUM(CASE WHEN kind = 'deduct' THEN -delta ELSE 0 END) AS used FROM ledger_entries "
                        "WHERE kind IN ('earn', 'green', 'deduct') GROUP BY reference, member_id) e "
                        "ON e.reference = 'receipt:' || s.code || '/' || r.receipt_no AND e.member_id = r.member_id "
                        "WHERE r.points + r.green_points <> COALESCE(e.earned, 0) OR r.points_used <> COALESCE(e.used, 0)")},
        {QT_TRANSLATE_NOOP("pd::Invariants", "a redemption differs from its ledger entries or its cancellations"),
         QStringLiteral("SELECT m.card_no FROM redemptions r JOIN members m ON m.id = r.member_id "
                        "LEFT JOIN ledger_entries e ON e.id = r.entry_id "
                        "WHERE e.id IS NULL OR e.kind <> 'redeem' OR e.member_id <> r.member_id OR e.delta <> -r.points "
                        "OR r.refunded_points <> COALESCE((SELECT SUM(le.delta) FROM redemption_cancellations c "
                        "JOIN ledger_entries le ON le.id = c.entry_id WHERE c.redemption_id = r.id), 0) "
                        "OR r.cancelled_qty <> COALESCE((SELECT SUM(c.quantity) FROM redemption_cancellations c WHERE c.redemption_id = r.id), 0)")},
        {QT_TRANSLATE_NOOP("pd::Invariants", "an item's stock differs from the units received less those redeemed and not cancelled"),
         QStringLiteral("SELECT i.code FROM catalog_items i WHERE i.stock IS NOT NULL AND (i.stock < 0 OR i.stock <> i.stock_received - "
                        "COALESCE((SELECT SUM(r.quantity - r.cancelled_qty) FROM redemptions r WHERE r.item_id = i.id), 0))"),
         true},
    };
    InvariantReport report;
    // first, so the first line names the first bad record when a row was edited directly
    auto chain = ledgerchain::verify(db);
    if (!chain)
        return chain.error();
    if (!chain->intact) {
        report.problems << chain->reason;
    } else {
        // counted by the chain's pass over every entry, which reads the ledger once
        if (chain->balanceMismatches > 0)
            report.problems << QCoreApplication::translate("pd::Invariants", "%1: %2 (first: card %3)")
                                   .arg(QCoreApplication::translate("pd::Invariants", "balance differs from the sum of the ledger entries"))
                                   .arg(chain->balanceMismatches)
                                   .arg(chain->firstBalanceCard);
        if (Status s = checkDailyTotals(db, chain->dailyTotals, report); !s)
            return s.error();
    }
    for (const Check &c : checks) {
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
            report.problems << (c.aboutItems ? QCoreApplication::translate("pd::Invariants", "%1: %2 (first: item %3)")
                                             : QCoreApplication::translate("pd::Invariants", "%1: %2 (first: card %3)")).arg(QCoreApplication::translate("pd::Invariants", c.what)).arg(n).arg(first);
    }
    return report;
}

} // namespace pd

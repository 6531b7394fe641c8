#pragma once

#include "core/ledger/dailypoints.h"

namespace pd {

// What the points of a day were earned on and spent on, per store: the earned points of
// receipts by scenario (partner merchants are scenarios partner:<code>), and the units and
// points redeemed by catalog item (its category is read with the chart, so an item moved to
// another category moves its history with it). Kept by the operations in their own
// transactions, as the daily totals are; verify counts them again from the receipts and
// redemptions. In a DailyTotal here, `issued` holds the points, `entries` the receipts or
// units, `used` nothing; the DailyKey's `kind` holds the scenario code or the item id.
struct DailyMix
{
    DailyTotals earning;
    DailyTotals redemptions;
    bool operator==(const DailyMix &) const = default;
};

namespace dailymix {

// A receipt's earned points (its earn entry), at its business time and store.
void noteEarning(Database &db, const QDateTime &businessTime, qint64 storeId, const QString &scenario, qint64 points);
// A redemption (positive) or its cancellation (negative units and points), at the
// redemption's store.
void noteRedemption(Database &db, const QDateTime &businessTime, qint64 storeId, qint64 itemId, qint64 units, qint64 points);

Result<DailyMix> stored(Database &db);
// Counted from the receipts and redemptions; with the earning already counted (by the ledger
// pass, which reads every receipt anyway) when the caller has it.
Result<DailyMix> recount(Database &db, std::optional<DailyTotals> earning = std::nullopt);
// Replaces the stored rollups by a recount (migration 22), in the caller's transaction.
Status rebuild(Database &db);

// A share of a period's earning or redemptions: a scenario code or a category code.
struct Share
{
    QString code;
    qint64 points = 0;
    qint64 count = 0; // receipts that earned, or units redeemed
};

// From `from` to `to` inclusive, of every store or of one; largest first.
Result<QList<Share>> earningByScenario(Database &db, const QDate &from, const QDate &to, std::optional<qint64> storeId);
Result<QList<Share>> redemptionsByCategory(Database &db, const QDate &from, const QDate &to, std::optional<qint64> storeId);

} // namespace dailymix
} // namespace pd

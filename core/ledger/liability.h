#pragma once

#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QMap>

#include <optional>

namespace pd {

class Database;

// The points a programme still owes (its liability), by the store where they were earned: a
// lot belongs to the store of the entry that created it, and spending, expiry and clawback
// anywhere reduce that store's share (DESIGN §10). Kept as a rollup of every change to open
// lot points, by business day and store, written by the operations in their own transactions,
// so a month-end or per-store figure reads a few thousand rows, not millions of lots.
namespace liability {

using StoreTotals = QMap<qint64, qint64>; // store id (0: no store) → points

// Counts a change of open lot points into the current write transaction; written just
// before it commits, in key order (as the daily totals), so writers never deadlock on them.
void note(Database &db, const QDateTime &businessTime, std::optional<qint64> storeId, qint64 delta);

// What the rollup says is open per store, and what the lots hold (verify sums the lots in its
// one pass over them; tests compare with this).
Result<StoreTotals> storedByStore(Database &db);
Result<StoreTotals> openLotsByStore(Database &db);

// The rollup from the lots' history (migration 17), in the caller's transaction: earned on
// the lot's day, spent and given back on their entries' days, expired on the lot's expiry day.
Status rebuild(Database &db);

// Open points per store at the end of `day`, of every store or one.
Result<StoreTotals> atEndOf(Database &db, const QDate &day, std::optional<qint64> storeId = std::nullopt);

// Open points at the end of each day in `days` (ascending), of every store or one.
Result<QList<qint64>> atEndOfDays(Database &db, const QList<QDate> &days, std::optional<qint64> storeId = std::nullopt);

} // namespace liability
} // namespace pd

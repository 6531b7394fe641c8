#pragma once

#include "core/result.h"

#include <QHash>
#include <QMap>

#include <optional>
#include <utility>

namespace pd {

class Database;

// The members now by home store and tier (`members_by_tier`), kept by every operation that adds
// a member, moves one to another home store or changes its tier, before its commit (as the
// daily totals are), so the dashboard's members per tier never counts a million rows.
namespace membersbytier {

using StoreTier = std::pair<qint64, QString>; // (home store, tier)
using Counts = QMap<StoreTier, qint64>;

// A member added (+1) or taken away (−1) at a home store and tier.
void note(Database &db, qint64 storeId, const QString &tier, qint64 change);
// Members written in bulk (the demo): those with an id above `lastIdBefore`.
Status noteAddedAfter(Database &db, qint64 lastIdBefore);

Result<Counts> stored(Database &db);
Result<Counts> recount(Database &db);
// Replaces the stored counts by a recount, in the caller's transaction.
Status rebuild(Database &db);

// Members now per tier code (of the store's own members, if one is given).
Result<QHash<QString, qint64>> perTier(Database &db, std::optional<qint64> storeId);

} // namespace membersbytier
} // namespace pd

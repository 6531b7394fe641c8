#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace pd {

class Database;

// The lots table: points a member can still spend, one row per credit.
// On SQLite the rows are stored by member (a WITHOUT ROWID table keyed by member and id),
// so the lots of neighbouring members share pages: an expiry batch writes a few pages where
// it wrote one page per lot when the rows lay in the order they were earned. Lots are found
// by member there without an index; PostgreSQL keeps lots_member_open.
namespace lots {

// Adds a lot of `points` (all remaining), belonging to the store its points were earned at;
// an invalid `expiresAt` never expires.
Status insert(Database &db, qint64 memberId, qint64 entryId, std::optional<qint64> storeId, qint64 points, const QDateTime &earnedAt,
              const QDateTime &expiresAt);

// Expiry: empties exactly the lots of members `first` to `last` (locked by the caller) whose
// expiry moment is at or before `cutoff`, and says how many points each member lost; the
// stores' liability falls on the cutoff's day.
Result<QHash<qint64, qint64>> expireDue(Database &db, qint64 first, qint64 last, const QDateTime &cutoff);

// Migration 9 (SQLite): rebuilds the lots table in member order. Expects foreign keys to be
// off, as the table others refer to is dropped and created again; checks them afterwards.
Status clusterByMember(Database &db);

} // namespace lots
} // namespace pd

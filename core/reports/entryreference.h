#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace pd {

class Database;

// What a ledger entry's stored reference ("receipt:NY01/000123") means to a person:
// "Receipt NY01-000123", "Redemption R…", "Adjustment #1 (reason)". Unknown forms are shown
// as stored.
QString humanReference(const QString &reference, const QString &reason = {});

// The reason or item behind each of one member's entries that has one, read from the tables
// the entries belong to: an adjustment's or a cancellation's reason, a redemption's
// "2 × item", a donation's project. Keyed by entry id.
Result<QHash<qint64, QString>> entryReasons(Database &db, qint64 memberId, const QList<qint64> &entryIds);

} // namespace pd

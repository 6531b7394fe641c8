#pragma once

#include "core/result.h"

#include <QStringList>

namespace pd {

class Database;

// The database's own refusal to change history (schema 19, 25): rows of the ledger, of the
// lots' spending and restoring, of the audit trail and of the tier moves are written once and
// never updated or removed, whoever connects. The program never needs to; someone holding the file or the
// owner's login can still take the guard away, which is why verify keeps checking the hash
// chains (tests/core/tst_tamper.cpp does both).
namespace appendonly {

// The tables guarded at the latest schema, in the order their triggers are made.
QStringList guardedTables();

// Makes the triggers of schema 19 (and on PostgreSQL the function they call), inside the
// migration's transaction.
Status install(Database &db);
// Schema 25: the members' tier moves are history too (the rollups and the personal-data copy
// read them).
Status guardTierMoves(Database &db);

} // namespace appendonly
} // namespace pd

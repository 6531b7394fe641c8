#pragma once

#include "core/audit/auditlog.h"
#include "core/result.h"

namespace pd {

class Clock;
class Database;
struct Session;

// The daily close (DESIGN §9): holds the ledger still, records in the audit trail an anchor of
// the ledger's hash chain (its last entry and a digest of every member's head), and returns
// the trail's head to keep outside the database (`close-day --out`). Afterwards a rewritten
// member chain no longer matches what the close recorded.
Result<ChainHead> closeDay(Database &db, const Clock &clock, const Session &session);

// The daily close with its head appended to `headsFile` (a line "at,seq,hash"), the file kept
// away from the database. A file that cannot be written is found before the day is closed.
Result<ChainHead> closeDayToFile(Database &db, const Clock &clock, const Session &session, const QString &headsFile);

} // namespace pd

#pragma once

#include "core/audit/auditfilter.h"
#include "core/result.h"

class QIODevice;

namespace pd {

class Clock;
class Database;
struct Session;

// The audit records a filter selects, oldest first, as a compliance officer hands them on:
// no,time,user,action,action_name,record,details,details_json. Times in the programme's
// zone; records named by card or slip number; details in words and exactly as hashed.
// The export is itself on record. Returns the number of records written.
Result<qint64> exportAuditCsv(Database &db, const Clock &clock, const Session &session, const AuditFilter &filter, QIODevice *out);

} // namespace pd

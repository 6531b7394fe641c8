#pragma once

#include "core/result.h"

class QIODevice;

namespace pd {

class Clock;
class Database;
struct Session;

// Writes every member in the import format (card_no,name,mobile,joined_on,store,credit),
// unmasked: a personal-data export, permission-checked and audited.
Result<qint64> exportMembersCsv(Database &db, const Clock &clock, const Session &session, QIODevice *out);

} // namespace pd

#pragma once

#include "core/result.h"

class QIODevice;

namespace pd {

class Clock;
class Database;
struct Session;

// The catalog in the import format (DESIGN §12), so an export can be edited and imported.
Result<qint64> exportCatalogCsv(Database &db, const Clock &clock, const Session &session, QIODevice *out);

} // namespace pd

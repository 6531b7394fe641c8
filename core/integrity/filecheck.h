#pragma once

#include "core/result.h"

namespace pd {

class Database;

// SQLite's own check of the file: every page, every index against its table. Empty when the
// file is sound, else what SQLite found. Slow on a chain-sized file (verify --full only).
Result<QString> databaseFileProblems(Database &db);

} // namespace pd

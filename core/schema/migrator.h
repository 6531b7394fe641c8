#pragma once

#include "core/result.h"

#include <QStringList>

namespace pd {

class Database;
struct MigrationDataStep;

// Numbered migrations (resources/sql/NNNN_name.sql), each applied in its own transaction
// and recorded in schema_version. A database newer than the program is refused; an SQLite
// file that already holds data is copied aside (VACUUM INTO) before it is migrated.
class Migrator
{
public:
    explicit Migrator(Database &db) : m_db(db) {}

    static int latestVersion();
    Result<int> currentVersion() const;
    // Migrates to targetVersion (default: latest). Returns the backup file, if one was made.
    Result<QString> migrate(int targetVersion = -1);

private:
    static QStringList migrationFiles();
    Status apply(int version, const QString &resource);
    Status applyInTransaction(int version, const QString &script, const MigrationDataStep *step);

    Database &m_db;
};

} // namespace pd

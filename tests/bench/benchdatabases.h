#pragma once

#include "core/db/database.h"
#include "core/result.h"

#include <QDir>
#include <QString>

namespace pd::bench {

// Where the benchmark's three databases live — the data set as built, the copy the measures
// write into (every run with --reuse starts from the same data), and the raw baseline's copy:
// SQLite files in --dir, or databases of their own on the PostgreSQL server named by --db.
class BenchDatabases
{
public:
    // `server` empty: SQLite files in `dir`; a postgresql:// address: databases on that server,
    // created and dropped through the address's own database.
    static Result<BenchDatabases> make(const QString &server, const QDir &dir, qint64 members, qint64 entries);

    Engine engine() const { return m_built.engine; }
    bool isSQLite() const { return engine() == Engine::SQLite; }
    // Whether a data set of these sizes was built before.
    Result<bool> builtExists() const;
    // An empty database (file) for a new data set, dropping the old one.
    Status recreateBuilt() const;
    // Fresh work and raw copies of the data set as built (no connection may be open to it).
    Status copyBuiltToWorkAndRaw() const;
    Status dropWorkAndRaw() const;

    // PostgreSQL: the database named by --db, which exists before the data set does
    const DatabaseLocation &server() const { return m_server; }
    const DatabaseLocation &built() const { return m_built; }
    const DatabaseLocation &work() const { return m_work; }
    const DatabaseLocation &raw() const { return m_raw; }
    // A location as text that Database::open takes back (PostgreSQL: without a password).
    static QString address(const DatabaseLocation &location);
    // libpq's connection string for a PostgreSQL location.
    static QByteArray conninfo(const DatabaseLocation &location);

private:
    Status onServer(const QStringList &statements) const;

    DatabaseLocation m_server; // PostgreSQL: the database the others are created from
    DatabaseLocation m_built, m_work, m_raw;
};

} // namespace pd::bench

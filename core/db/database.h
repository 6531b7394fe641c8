#pragma once

#include "core/db/dialect.h"
#include "core/result.h"

#include <QSqlDatabase>

#include <memory>
#include <vector>

namespace pd {

// Where the data lives: an SQLite file path or a postgresql://user@host:port/name URL.
struct DatabaseLocation
{
    Engine engine = Engine::SQLite;
    QString filePath;        // SQLite
    QString host, user, password, name;
    int port = 5432;         // PostgreSQL
    // libpq's connection parameters from the address (?sslmode=verify-full&sslrootcert=…),
    // each name known and each value checked by parse()
    QList<std::pair<QString, QString>> parameters;

    static Result<DatabaseLocation> parse(const QString &text);
    QString displayName() const; // never shows a password
    QString parameter(const QString &name) const;
};

class Database;

// Work an operation defers to the end of its write transaction: run by WriteTransaction just
// before COMMIT (so its locks are the transaction's last, taken in one order by every
// writer), dropped on rollback.
class CommitHook
{
public:
    virtual ~CommitHook() = default;
    virtual Status beforeCommit(Database &db) = 0;
};

// One named connection, owned by the thread that opened it. Never the default connection.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating an SQLite file if needed) and applies the connection settings of
    // DESIGN §11. Does not migrate: call Migrator.
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation &location,
                                                  const QString &connectionName);
    static Result<std::unique_ptr<Database>> open(const QString &location,
                                                  const QString &connectionName);

    // A second connection to the same database, for another thread.
    Result<std::unique_ptr<Database>> openAnother(const QString &connectionName) const;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const Dialect &dialect() const { return m_dialect; }
    const DatabaseLocation &location() const { return m_location; }
    QString connectionName() const { return m_connectionName; }
    // Whether the connection to a PostgreSQL server is encrypted, read from the server when
    // it opened (an SQLite file has no connection: never encrypted, never needing it).
    struct Transport
    {
        bool encrypted = false;
        QString protocol; // "TLSv1.3"
    };
    const Transport &transport() const { return m_transport; }
    // How often an operation on this connection was run again after losing a race (retry.h).
    void noteConflictRetry() { ++m_conflictRetries; }
    qint64 conflictRetries() const { return m_conflictRetries; }

    // A server connection that broke is opened again, a few times over about five seconds
    // (a server restarting); a connection that works is left as it is. Never call it inside
    // a transaction: the operation in flight has ended with the old connection.
    Status reconnect();
    // How often this connection was opened again after it broke, whoever met the break (an
    // operation that ran across it says so to the user).
    qint64 reconnects() const;

    // The current transaction's hook of type T, made on first use.
    template<typename T>
    T &commitHook()
    {
        for (const auto &hook : m_commitHooks) {
            if (auto *found = dynamic_cast<T *>(hook.get()))
                return *found;
        }
        m_commitHooks.push_back(std::make_unique<T>());
        return static_cast<T &>(*m_commitHooks.back());
    }
    // For WriteTransaction: runs the hooks, then forgets them.
    Status runCommitHooks();
    void dropCommitHooks() { m_commitHooks.clear(); }

private:
    Database(DatabaseLocation location, QString connectionName);
    Status configureSQLite();

    DatabaseLocation m_location;
    QString m_connectionName;
    Dialect m_dialect;
    Transport m_transport;
    qint64 m_conflictRetries = 0;
    std::vector<std::unique_ptr<CommitHook>> m_commitHooks;
};

// The SQLite file used when no --db is given: pointsdesk.sqlite in the user's data folder.
QString defaultDatabaseFile();

// True when the file's folder is on a network file system (NFS, SMB/CIFS), where SQLite's
// locking cannot be trusted.
bool isOnNetworkFileSystem(const QString &filePath);

} // namespace pd

#include "database.h"

#include "core/db/sql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>

#include <sys/vfs.h>

namespace pd {


Result<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    DatabaseLocation loc;
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text, QUrl::StrictMode);
        const QString name = url.path().mid(1);
        if (!url.isValid() || url.host().isEmpty() || name.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("pd::Database", "A PostgreSQL address looks like postgresql://user@host:port/name."),
                             QStringLiteral("db"));
        loc.engine = Engine::PostgreSQL;
        loc.host = url.host();
        loc.port = url.port(5432);
        loc.user = url.userName();
        loc.password = url.password();
        loc.name = name;
        return loc;
    }
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Database", "No database file was given."), QStringLiteral("db"));
    loc.filePath = QFileInfo(text).absoluteFilePath();
    return loc;
}

QString DatabaseLocation::displayName() const
{
    if (engine == Engine::SQLite)
        return QDir::toNativeSeparators(filePath);
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(name);
}

QString defaultDatabaseFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("pointsdesk.sqlite"));
}

bool isOnNetworkFileSystem(const QString &filePath)
{
    struct statfs info {};
    const QByteArray dir = QFile::encodeName(QFileInfo(filePath).absolutePath());
    if (statfs(dir.constData(), &info) != 0)
        return false;
    switch (static_cast<unsigned long>(info.f_type)) {
    case 0x6969UL:     // NFS
    case 0x517BUL:     // SMB
    case 0xFF534D42UL: // CIFS
    case 0xFE534D42UL: // SMB2
    case 0x65735546UL: // FUSE (sshfs and similar)
        return true;
    default:
        return false;
    }
}

Status Database::runCommitHooks()
{
    for (const auto &hook : m_commitHooks) {
        if (Status s = hook->beforeCommit(*this); !s)
            return s;
    }
    m_commitHooks.clear();
    return {};
}

Database::Database(DatabaseLocation location, QString connectionName)
    : m_location(std::move(location)), m_connectionName(std::move(connectionName)),
      m_dialect(m_location.engine)
{
}

Database::~Database()
{
    sql::forgetPrepared(m_connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, const QString &connectionName)
{
    auto parsed = DatabaseLocation::parse(location);
    if (!parsed)
        return parsed.error();
    return open(parsed.value(), connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation &location,
                                                 const QString &connectionName)
{
    if (QSqlDatabase::contains(connectionName))
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("pd::Database", "The connection name is already in use."), {}, connectionName);

    if (location.engine == Engine::SQLite && isOnNetworkFileSystem(location.filePath))
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("pd::Database", "The database file is on a network share, where SQLite cannot lock it "
                            "safely. Use a PostgreSQL server for several stores."),
                         QStringLiteral("db"), location.filePath);

    std::unique_ptr<Database> database(new Database(location, connectionName));
    QSqlDatabase db = QSqlDatabase::addDatabase(
        location.engine == Engine::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"),
        connectionName);
    if (location.engine == Engine::SQLite) {
        QDir().mkpath(QFileInfo(location.filePath).absolutePath());
        db.setDatabaseName(location.filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setDatabaseName(location.name);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open())
        return makeError(ErrorCode::Database, QCoreApplication::translate("pd::Database", "The database could not be opened."), QStringLiteral("db"),
                         location.displayName() + QStringLiteral(": ") + db.lastError().text());

    if (location.engine == Engine::SQLite) {
        if (Status s = database->configureSQLite(); !s)
            return s.error();
    } else {
        // UTC in, UTC out; the programme's own time zone is applied by core, not the server.
        if (auto r = sql::run(db, QStringLiteral("SET TIME ZONE 'UTC'")); !r)
            return r.error();
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::openAnother(const QString &connectionName) const
{
    return open(m_location, connectionName);
}

Status Database::configureSQLite()
{
    const QSqlDatabase db = connection();
    const QStringList pragmas = {QStringLiteral("PRAGMA busy_timeout = 5000"),
                                 QStringLiteral("PRAGMA journal_mode = WAL"),
                                 QStringLiteral("PRAGMA synchronous = FULL"),
                                 QStringLiteral("PRAGMA foreign_keys = ON"),
                                 // 64 MiB of page cache instead of 2: bulk work (import, demo data)
                                 // otherwise spills index pages into the WAL again and again
                                 QStringLiteral("PRAGMA cache_size = -65536")};
    for (const QString &p : pragmas) {
        auto r = sql::run(db, p);
        if (!r)
            return r.error();
        r.value().finish();
    }
    // Read the settings back: a durability setting that silently did not apply is a lost receipt.
    struct Expect { const char *pragma; QString value; };
    const Expect expected[] = {{"journal_mode", QStringLiteral("wal")},
                               {"synchronous", QStringLiteral("2")},
                               {"foreign_keys", QStringLiteral("1")},
                               {"busy_timeout", QStringLiteral("5000")}};
    for (const Expect &e : expected) {
        auto v = sql::scalar(db, QStringLiteral("PRAGMA ") + QLatin1String(e.pragma));
        if (!v)
            return v.error();
        if (v.value().toString().toLower() != e.value)
            return makeError(ErrorCode::Database, QCoreApplication::translate("pd::Database", "The database file could not be set up for safe writing."),
                             QStringLiteral("db"),
                             QLatin1String(e.pragma) + QStringLiteral(" = ") + v.value().toString());
    }
    return {};
}

} // namespace pd

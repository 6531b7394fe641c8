#include "database.h"

#include "core/db/serverlink.h"
#include "core/db/sql.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

#include <sys/vfs.h>

namespace pd {


namespace {

// The libpq parameters an address may carry. Never a secret (password, sslpassword): a
// password comes from a prompt, PGPASSWORD, ~/.pgpass or a service file, not from an address
// that shows in process lists and shell history.
enum class ValueKind { SslMode, File, Seconds, SessionAttrs, Text };
struct KnownParameter
{
    QLatin1StringView name;
    ValueKind kind;
};
constexpr KnownParameter kParameters[] = {
    {QLatin1StringView("sslmode"), ValueKind::SslMode},
    {QLatin1StringView("sslrootcert"), ValueKind::File},
    {QLatin1StringView("sslcert"), ValueKind::File},
    {QLatin1StringView("sslkey"), ValueKind::File},
    {QLatin1StringView("sslcrl"), ValueKind::File},
    {QLatin1StringView("passfile"), ValueKind::File},
    {QLatin1StringView("connect_timeout"), ValueKind::Seconds},
    {QLatin1StringView("target_session_attrs"), ValueKind::SessionAttrs},
    {QLatin1StringView("application_name"), ValueKind::Text},
    {QLatin1StringView("service"), ValueKind::Text},
};

const QStringList kSslModes = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                               QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
const QStringList kSessionAttrs = {QStringLiteral("any"), QStringLiteral("read-write"), QStringLiteral("read-only"),
                                   QStringLiteral("primary"), QStringLiteral("standby"), QStringLiteral("prefer-standby")};

Error addressError(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message, {}, QStringLiteral("db")};
}

// The parameter checked, its value as libpq should read it (a file made absolute).
Result<QString> checkedParameter(const QString &name, const QString &value)
{
    const auto known = std::find_if(std::begin(kParameters), std::end(kParameters),
                                    [&](const KnownParameter &p) { return p.name == name; });
    if (known == std::end(kParameters)) {
        QStringList names;
        for (const KnownParameter &p : kParameters)
            names << QString(p.name);
        return addressError(QCoreApplication::translate("pd::Database", "The PostgreSQL address has a parameter PointsDesk does not know: "
                                                        "\"%1\". It knows: %2.").arg(name, names.join(QStringLiteral(", "))));
    }
    // Qt hands the options to libpq separated by semicolons
    if (value.isEmpty() || value.contains(QLatin1Char(';')))
        return addressError(QCoreApplication::translate("pd::Database", "The value of %1 in the PostgreSQL address is empty or holds a semicolon.").arg(name));
    switch (known->kind) {
    case ValueKind::SslMode:
        if (!kSslModes.contains(value))
            return addressError(QCoreApplication::translate("pd::Database", "sslmode is one of %1, not \"%2\".")
                                    .arg(kSslModes.join(QStringLiteral(", ")), value));
        return value;
    case ValueKind::SessionAttrs:
        if (!kSessionAttrs.contains(value))
            return addressError(QCoreApplication::translate("pd::Database", "target_session_attrs is one of %1, not \"%2\".")
                                    .arg(kSessionAttrs.join(QStringLiteral(", ")), value));
        return value;
    case ValueKind::Seconds: {
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (!ok || seconds < 1 || seconds > 600)
            return addressError(QCoreApplication::translate("pd::Database", "connect_timeout is a number of seconds from 1 to 600, not \"%1\".").arg(value));
        return QString::number(seconds);
    }
    case ValueKind::File: {
        const QFileInfo file(value);
        if (!file.isFile() || !file.isReadable())
            return addressError(QCoreApplication::translate("pd::Database", "The file given as %1 in the PostgreSQL address cannot be read: %2")
                                    .arg(name, QDir::toNativeSeparators(file.absoluteFilePath())));
        return file.absoluteFilePath();
    }
    case ValueKind::Text:
        return value;
    }
    return value;
}

// libpq's conninfo quoting: single quotes, backslash before a quote or a backslash
QString conninfoValue(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString postgresConnectOptions(const DatabaseLocation &location)
{
    QStringList options;
    if (location.parameter(QStringLiteral("connect_timeout")).isEmpty())
        options << QStringLiteral("connect_timeout=10");
    // UTC in, UTC out (the programme's own time zone is applied by core, not the server), as
    // a setting of the connection itself, so a connection opened again has it too
    options << QStringLiteral("options='-c TimeZone=UTC'");
    for (const auto &[name, value] : location.parameters)
        options << name + QLatin1Char('=') + conninfoValue(value);
    return options.join(QLatin1Char(';'));
}

} // namespace

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
        for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
            if (!loc.parameter(key).isEmpty())
                return addressError(QCoreApplication::translate("pd::Database", "The PostgreSQL address gives %1 twice.").arg(key));
            auto checked = checkedParameter(key, value);
            if (!checked)
                return checked.error();
            loc.parameters.append({key, checked.value()});
        }
        return loc;
    }
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Database", "No database file was given."), QStringLiteral("db"));
    loc.filePath = QFileInfo(text).absoluteFilePath();
    return loc;
}

QString DatabaseLocation::parameter(const QString &parameterName) const
{
    for (const auto &[key, value] : parameters) {
        if (key == parameterName)
            return value;
    }
    return {};
}

QString DatabaseLocation::displayName() const
{
    if (engine == Engine::SQLite)
        return QDir::toNativeSeparators(filePath);
    QString shown = QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(name);
    QStringList query;
    for (const auto &[key, value] : parameters)
        query << key + QLatin1Char('=') + value;
    if (!query.isEmpty())
        shown += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return shown;
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
    sql::forgetConnection(m_connectionName);
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
        db.setConnectOptions(postgresConnectOptions(location));
    }
    if (!db.open())
        return makeError(ErrorCode::Database, QCoreApplication::translate("pd::Database", "The database could not be opened."), QStringLiteral("db"),
                         location.displayName() + QStringLiteral(": ") + db.lastError().text());

    if (location.engine == Engine::SQLite) {
        if (Status s = database->configureSQLite(); !s)
            return s.error();
    } else {
        auto tls = sql::run(db, QStringLiteral("SELECT ssl, COALESCE(version, '') FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
        if (!tls)
            return tls.error();
        if (tls.value().next()) {
            database->m_transport.encrypted = tls.value().value(0).toBool();
            database->m_transport.protocol = tls.value().value(1).toString();
        }
    }
    return database;
}

Status Database::reconnect()
{
    const QSqlDatabase c = connection();
    if (!sql::isLost(c))
        return {};
    // a restart takes the server a second or two here; a desk waits about five at most
    constexpr int kWaitsMs[] = {0, 250, 500, 1000, 1500, 2000};
    Status opened;
    for (int wait : kWaitsMs) {
        QThread::msleep(wait);
        opened = sql::reopen(c);
        if (opened)
            return {};
    }
    return opened;
}

qint64 Database::reconnects() const
{
    return sql::reopenings(m_connectionName);
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

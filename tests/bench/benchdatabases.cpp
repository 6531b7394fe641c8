#include "benchdatabases.h"

#include "core/db/sql.h"

#include <QFile>
#include <QUrl>
#include <QUrlQuery>

namespace pd::bench {

namespace {

void removeSQLite(const QString &file)
{
    for (const QString &f : QStringList{file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm")})
        QFile::remove(f);
}

Status copySQLite(const QString &from, const QString &to)
{
    removeSQLite(to);
    if (!QFile::copy(from, to))
        return makeError(ErrorCode::Database, QStringLiteral("cannot copy %1 to %2").arg(from, to));
    return {};
}

DatabaseLocation named(DatabaseLocation server, const QString &name)
{
    server.name = name;
    return server;
}

} // namespace

Result<BenchDatabases> BenchDatabases::make(const QString &server, const QDir &dir, qint64 members, qint64 entries)
{
    BenchDatabases d;
    const QString sizes = QStringLiteral("%1_%2").arg(members).arg(entries);
    if (server.isEmpty()) {
        d.m_built.filePath = dir.absoluteFilePath(QStringLiteral("bench-%1.sqlite").arg(QString(sizes).replace(QLatin1Char('_'), QLatin1Char('-'))));
        d.m_work.filePath = dir.absoluteFilePath(QStringLiteral("work.sqlite"));
        d.m_raw.filePath = dir.absoluteFilePath(QStringLiteral("raw.sqlite"));
        return d;
    }
    auto parsed = DatabaseLocation::parse(server);
    if (!parsed)
        return parsed.error();
    if (parsed->engine != Engine::PostgreSQL)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("--db takes a postgresql:// address"));
    d.m_server = parsed.value();
    d.m_built = named(d.m_server, QStringLiteral("pointsdesk_bench_") + sizes);
    d.m_work = named(d.m_server, QStringLiteral("pointsdesk_bench_work"));
    d.m_raw = named(d.m_server, QStringLiteral("pointsdesk_bench_raw"));
    return d;
}

Status BenchDatabases::onServer(const QStringList &statements) const
{
    const QString connection = QStringLiteral("bench-server");
    {
        auto server = Database::open(m_server, connection);
        if (!server)
            return server.error();
        for (const QString &statement : statements) {
            if (auto r = sql::run(server.value()->connection(), statement); !r)
                return r.error();
        }
    }
    sql::forgetPrepared(connection);
    return {};
}

Result<bool> BenchDatabases::builtExists() const
{
    if (isSQLite())
        return QFile::exists(m_built.filePath);
    const QString connection = QStringLiteral("bench-server");
    Result<bool> exists = false;
    {
        auto server = Database::open(m_server, connection);
        if (!server)
            return server.error();
        auto found = sql::scalar(server.value()->connection(), QStringLiteral("SELECT COUNT(*) FROM pg_database WHERE datname = ?"), {m_built.name});
        exists = found ? Result<bool>(found.value().toLongLong() > 0) : Result<bool>(found.error());
    }
    sql::forgetPrepared(connection);
    return exists;
}

Status BenchDatabases::recreateBuilt() const
{
    if (isSQLite()) {
        removeSQLite(m_built.filePath);
        return {};
    }
    return onServer({QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_built.name),
                     QStringLiteral("CREATE DATABASE %1").arg(m_built.name)});
}

Status BenchDatabases::copyBuiltToWorkAndRaw() const
{
    if (isSQLite()) {
        if (Status s = copySQLite(m_built.filePath, m_work.filePath); !s)
            return s;
        return copySQLite(m_built.filePath, m_raw.filePath);
    }
    // a file copy of the data set's directory, as fast as the disk (the default strategy
    // writes every page through the write-ahead log)
    QStringList statements = {QStringLiteral("CHECKPOINT")};
    for (const DatabaseLocation *copy : {&m_work, &m_raw}) {
        statements << QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(copy->name)
                   << QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 STRATEGY FILE_COPY").arg(copy->name, m_built.name);
    }
    return onServer(statements);
}

Status BenchDatabases::dropWorkAndRaw() const
{
    if (isSQLite()) {
        removeSQLite(m_work.filePath);
        removeSQLite(m_raw.filePath);
        return {};
    }
    return onServer({QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_work.name),
                     QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_raw.name)});
}

QString BenchDatabases::address(const DatabaseLocation &location)
{
    if (location.engine == Engine::SQLite)
        return location.filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(location.host);
    url.setPort(location.port);
    url.setUserName(location.user);
    url.setPath(QLatin1Char('/') + location.name);
    QUrlQuery query;
    for (const auto &[key, value] : location.parameters)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url.toString();
}

QByteArray BenchDatabases::conninfo(const DatabaseLocation &location)
{
    // libpq's keyword = 'value' form, each value quoted
    const auto item = [](const QString &key, const QString &value) -> QString {
        QString quoted = value;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return key + QStringLiteral("='") + quoted + QStringLiteral("' ");
    };
    QString info = item(QStringLiteral("host"), location.host) + item(QStringLiteral("port"), QString::number(location.port))
                   + item(QStringLiteral("dbname"), location.name);
    if (!location.user.isEmpty())
        info += item(QStringLiteral("user"), location.user);
    if (!location.password.isEmpty())
        info += item(QStringLiteral("password"), location.password);
    for (const auto &[key, value] : location.parameters)
        info += item(key, value);
    return info.toUtf8();
}

} // namespace pd::bench

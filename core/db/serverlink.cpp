#include "serverlink.h"

#include "sql.h"
#include "writebehind.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace pd::sql {

namespace {
// Connections (by name) of this thread with a transaction open on the server. Connections
// belong to one thread, as in sql.cpp.
thread_local QSet<QString> t_open;

bool isStatement(const QString &statement, QLatin1StringView word)
{
    return statement.compare(word, Qt::CaseInsensitive) == 0;
}
} // namespace

pg_conn *serverHandle(const QSqlDriver *driver)
{
    if (!driver)
        return nullptr;
    const QVariant handle = driver->handle();
    // Qt names libpq's connection by its struct's tag
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

bool isServer(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

bool isLostDriver(const QSqlDriver *driver)
{
    PGconn *conn = serverHandle(driver);
    return conn && PQstatus(conn) != CONNECTION_OK;
}

bool insideTransaction(const QSqlDatabase &db)
{
    return t_open.contains(db.connectionName());
}

bool isLost(const QSqlDatabase &db)
{
    if (!isServer(db))
        return false;
    if (!db.isOpen())
        return true;
    PGconn *conn = serverHandle(db.driver());
    return !conn || PQstatus(conn) != CONNECTION_OK;
}

Error connectionLost(const QString &detail)
{
    return makeError(ErrorCode::ConnectionLost,
                     QCoreApplication::translate("pd::Database", "The connection to the database server was lost; nothing of this was saved."),
                     {}, detail);
}

Error outcomeUnknown(const QString &detail)
{
    return makeError(ErrorCode::OutcomeUnknown,
                     QCoreApplication::translate("pd::Database", "The connection to the database server was lost while this was being saved: "
                                                                 "whether it was saved is not known. Look it up before doing it again."),
                     {}, detail);
}

Status reopen(const QSqlDatabase &db)
{
    QSqlDatabase c = db; // copies share the connection
    c.close(); // first: the statements prepared on it then go without asking the gone server to free them
    forgetPrepared(db.connectionName());
    dropWaiting(db);
    t_open.remove(db.connectionName());
    if (!c.open())
        return connectionLost(db.connectionName() + QStringLiteral(": ") + c.lastError().text());
    return {};
}

void forgetTransaction(const QString &connectionName)
{
    t_open.remove(connectionName);
}

bool onlyReads(const QString &statement)
{
    const QString head = statement.trimmed().left(6);
    return head.compare(QLatin1String("SELECT"), Qt::CaseInsensitive) == 0 && !statement.contains(QLatin1String("FOR UPDATE"), Qt::CaseInsensitive);
}

std::optional<Result<QSqlQuery>> beforeServerStatement(const QSqlDatabase &db, const QString &statement)
{
    const QString name = db.connectionName();
    const bool lost = isLost(db);
    if (isStatement(statement, QLatin1StringView("ROLLBACK"))) {
        t_open.remove(name);
        if (!lost)
            return std::nullopt;
        (void)reopen(db); // the server dropped the transaction with the connection
        return Result<QSqlQuery>(QSqlQuery(db));
    }
    if (isStatement(statement, QLatin1StringView("COMMIT"))) {
        t_open.remove(name);
        if (!lost)
            return std::nullopt;
        (void)reopen(db);
        // the COMMIT never left: the server dropped the transaction
        return Result<QSqlQuery>(connectionLost(describeStatement(statement, {})));
    }
    if (lost) {
        if (t_open.contains(name)) // the transaction is gone; it ends with its ROLLBACK
            return Result<QSqlQuery>(connectionLost(describeStatement(statement, {})));
        if (Status s = reopen(db); !s)
            return Result<QSqlQuery>(s.error());
    }
    if (statement.startsWith(QLatin1String("BEGIN"), Qt::CaseInsensitive))
        t_open.insert(name);
    return std::nullopt;
}

Error afterServerLoss(const QSqlDatabase &db, const QString &statement, const Error &failure)
{
    const QString name = db.connectionName();
    if (isStatement(statement, QLatin1StringView("COMMIT"))) {
        t_open.remove(name);
        return outcomeUnknown(failure.detail);
    }
    if (statement.startsWith(QLatin1String("BEGIN"), Qt::CaseInsensitive)) {
        t_open.remove(name);
        return connectionLost(failure.detail);
    }
    if (t_open.contains(name))
        return connectionLost(failure.detail);
    // a statement of its own (no transaction around it): a read lost nothing; a write may
    // have committed before the connection broke
    return onlyReads(statement) ? connectionLost(failure.detail) : outcomeUnknown(failure.detail);
}

} // namespace pd::sql

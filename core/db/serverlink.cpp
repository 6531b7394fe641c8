#include "serverlink.h"

#include "sql.h"
#include "writebehind.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace pd::sql {

namespace {
// What this thread knows of each of its server connections (by name): whether a transaction
// is open on it, and how often it was opened again. Connections belong to one thread, as in
// sql.cpp.
struct Link
{
    bool inTransaction = false;
    qint64 reopened = 0;
};
thread_local QHash<QString, Link> t_links;

bool isStatement(const QString &statement, QLatin1StringView word)
{
    return statement.compare(word, Qt::CaseInsensitive) == 0;
}
} // namespace

bool endsTransaction(const QString &statement)
{
    return isStatement(statement, QLatin1StringView("COMMIT")) || isStatement(statement, QLatin1StringView("ROLLBACK"));
}

void noteStatement(const QString &connectionName, const QString &statement)
{
    if (statement.startsWith(QLatin1String("BEGIN"), Qt::CaseInsensitive))
        t_links[connectionName].inTransaction = true;
    else if (endsTransaction(statement))
        t_links[connectionName].inTransaction = false;
}

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
    return t_links.value(db.connectionName()).inTransaction;
}

bool isLost(const QSqlDatabase &db)
{
    return isServer(db) && (!db.isOpen() || !serverHandle(db.driver()) || isLostDriver(db.driver()));
}

qint64 reopenings(const QString &connectionName)
{
    return t_links.value(connectionName).reopened;
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
    Link &link = t_links[db.connectionName()];
    link.inTransaction = false;
    if (!c.open())
        return connectionLost(db.connectionName() + QStringLiteral(": ") + c.lastError().text());
    ++link.reopened;
    return {};
}

void forgetConnection(const QString &connectionName)
{
    t_links.remove(connectionName);
}

bool onlyReads(const QString &statement)
{
    const QString head = statement.trimmed().left(6);
    return head.compare(QLatin1String("SELECT"), Qt::CaseInsensitive) == 0 && !statement.contains(QLatin1String("FOR UPDATE"), Qt::CaseInsensitive);
}

std::optional<Result<QSqlQuery>> beforeServerStatement(const QSqlDatabase &db, const QString &statement)
{
    const bool wasInTransaction = insideTransaction(db);
    noteStatement(db.connectionName(), statement);
    if (!isLost(db))
        return std::nullopt;
    if (endsTransaction(statement)) {
        // the server dropped the transaction with the connection: a ROLLBACK has nothing left
        // to do, a COMMIT never left
        (void)reopen(db);
        if (isStatement(statement, QLatin1StringView("ROLLBACK")))
            return Result<QSqlQuery>(QSqlQuery(db));
        return Result<QSqlQuery>(connectionLost(describeStatement(statement, {})));
    }
    if (wasInTransaction) // the transaction is gone; it ends with its ROLLBACK
        return Result<QSqlQuery>(connectionLost(describeStatement(statement, {})));
    if (Status s = reopen(db); !s)
        return Result<QSqlQuery>(s.error());
    noteStatement(db.connectionName(), statement); // a BEGIN opens its transaction on the new connection
    return std::nullopt;
}

Error afterServerLoss(const QSqlDatabase &db, const QString &statement, const Error &failure)
{
    if (isStatement(statement, QLatin1StringView("COMMIT")))
        return outcomeUnknown(failure.detail);
    if (statement.startsWith(QLatin1String("BEGIN"), Qt::CaseInsensitive)) {
        t_links[db.connectionName()].inTransaction = false; // it never began
        return connectionLost(failure.detail);
    }
    if (insideTransaction(db)) // the server dropped it; it ends with its ROLLBACK
        return connectionLost(failure.detail);
    // a statement of its own (no transaction around it): a read lost nothing; a write may
    // have committed before the connection broke
    return onlyReads(statement) ? connectionLost(failure.detail) : outcomeUnknown(failure.detail);
}

} // namespace pd::sql

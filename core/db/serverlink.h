#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

struct pg_conn;

// A PostgreSQL connection that breaks (the server restarted, the network dropped) and is
// opened again. What was in flight is told apart by where the break fell: before the COMMIT
// left, nothing of the transaction is kept (ErrorCode::ConnectionLost, safe to run again);
// while the COMMIT was on its way, only the server knows (ErrorCode::OutcomeUnknown: an
// operation with a number of its own looks itself up, docs/decisions.md). A connection is
// never opened again under a transaction that was open on the old one: its statements would
// run one by one, each committing on its own, so they are refused until the ROLLBACK.
namespace pd::sql {

// libpq's connection under Qt's PostgreSQL driver; null for SQLite or a closed connection.
pg_conn *serverHandle(const QSqlDriver *driver);

bool isServer(const QSqlDatabase &db);
bool isLostDriver(const QSqlDriver *driver);
bool insideTransaction(const QSqlDatabase &db);
bool endsTransaction(const QString &statement); // COMMIT or ROLLBACK
// Keeps track of the transaction the connection has open (BEGIN … COMMIT / ROLLBACK), for
// statements sent through Qt and through the pipeline alike.
void noteStatement(const QString &connectionName, const QString &statement);

// The server connection is gone: libpq saw it close, or opening it again failed.
bool isLost(const QSqlDatabase &db);

// Closes the broken connection and opens it again, once: its prepared statements and the
// writes waiting on it are forgotten with it.
Status reopen(const QSqlDatabase &db);
// How often the connection was opened again, by whatever statement or operation met the break.
qint64 reopenings(const QString &connectionName);

// For run(): what a statement meets on a server connection before it is sent, and what its
// failure means when the connection broke under it.
std::optional<Result<QSqlQuery>> beforeServerStatement(const QSqlDatabase &db, const QString &statement);
Error afterServerLoss(const QSqlDatabase &db, const QString &statement, const Error &failure);
// A statement that only reads: run again at once on a connection opened again outside a
// transaction.
bool onlyReads(const QString &statement);
// The connection went away (its Database closed it).
void forgetConnection(const QString &connectionName);

Error connectionLost(const QString &detail);
Error outcomeUnknown(const QString &detail);

} // namespace pd::sql

#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QVariantList>

// Writes whose result nobody reads — no rows, no new id — sent to a PostgreSQL server together
// with the connection's next statement instead of each in a round trip of its own (a round trip
// costs about 0.2 ms on this machine, more than most of the statements; docs/decisions.md).
// They wait on the connection and go, in the order written, as one libpq pipeline just before
// the next statement the connection runs through sql.h, or with the COMMIT. A write that fails
// there fails that statement or the commit, and the transaction is rolled back: nothing of it
// is kept. On SQLite (no server, nothing to save) a write runs at once.
namespace pd::sql {

// Runs the statement now (SQLite, or when the server connection cannot take a pipeline), or
// keeps it for the connection's next round trip.
Status runLater(const QSqlDatabase &db, const QString &statement, const QVariantList &values);

// Sends the writes waiting on the connection, then `last` (a statement without values, e.g.
// COMMIT) in the same round trip; the first failure is returned.
Status sendWaiting(const QSqlDatabase &db, const QString &last = {});

// The same for the connection of a query's driver (a query prepared once and run again).
Status sendWaitingOf(const QSqlDriver *driver);

// Forgets the writes waiting on the connection (a rollback).
void dropWaiting(const QSqlDatabase &db);

// How many writes wait on the connection (tests).
qsizetype waitingCount(const QSqlDatabase &db);

} // namespace pd::sql

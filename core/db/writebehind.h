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
// is kept. When 250 writes (or 250 gathered rows of a table) wait, they go at once as a part
// whose answers are read only before the connection's next statement, so the server writes it
// while the program makes the next part; a failure in it fails that next statement. On SQLite
// (no server, nothing to save) a write runs at once.
namespace pd::sql {

// Runs the statement now (SQLite, or when the server connection cannot take a pipeline), or
// keeps it for the connection's next round trip.
Status runLater(const QSqlDatabase &db, const QString &statement, const QVariantList &values);

// A row for `table` (its `columns` as written in an INSERT), gathered on a server with the
// other rows for the same table and columns into one multi-row INSERT (a part of 250 rows), so a
// batch's thousands of rows are a few statements for the server to parse and run instead of one
// each. The gathered INSERTs go ahead of the writes waiting by runLater, the tables in the order
// their references need (receipts, ledger_entries, lots; any other after them, in the order
// first gathered): a gathered row may refer to rows in the database or gathered before it in
// its own or an earlier table, never to a row a runLater write still holds back. A read sends
// them like the waiting writes. Elsewhere (SQLite, outside a transaction) it runs at once.
Status insertLater(const QSqlDatabase &db, const QString &table, const QString &columns, const QVariantList &values);

// The row of `table` whose id is `id` takes `values` for `columns`, each value cast to its SQL
// type in `types` (bigint, text …). On a server the rows of a table changed this way are
// gathered, a row changed twice keeping its last values, and go as one UPDATE … FROM (VALUES …)
// after the gathered INSERTs and ahead of the runLater writes: so the columns must not also be
// changed by a runLater write (a member's balance, debt, tier and chain head are written only
// so). Elsewhere it runs at once, as runLater does.
Status updateLater(const QSqlDatabase &db, const QString &table, const QStringList &columns, const QStringList &types, qint64 id,
                   const QVariantList &values);

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

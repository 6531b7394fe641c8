#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace pd::sql {

// Runs one statement with positional (?) bound values; one without values is executed
// directly (PostgreSQL cannot prepare BEGIN, SET or DDL). On failure the error carries the
// statement, its bound values and the driver's text as detail.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement,
                      const QVariantList &values = {});

// Statements with values are prepared once per connection and thread and reused; a query
// whose rows are still being read is never reused (a fresh one is made). Call before a
// connection is closed, and after its schema changed.
void forgetPrepared(const QString &connectionName);

// Runs a prepared query again with new values (bulk paths reuse one prepared statement).
Status runPrepared(QSqlQuery &query, const QVariantList &values);

// Runs an INSERT … RETURNING id and gives the new row's id. On SQLite the RETURNING clause
// is left off and the row's id read from the connection: SQLite runs RETURNING as a trigger,
// so every such INSERT kept a statement journal, which went to a temporary file page by page
// once a transaction's journal passed 64 KiB (an expiry batch: most of its write calls).
Result<qint64> insertReturningId(const QSqlDatabase &db, const QString &statement, const QVariantList &values);

// First column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        const QVariantList &values = {});

Error queryError(const QSqlQuery &query, const QString &statement, const QVariantList &values);
// The error for a statement the database refused, from the engine's own code (SQLSTATE or
// SQLite's result code): a race to run again, or a database error; `detail` names the statement.
Error refusal(const QString &nativeCode, const QString &detail);
// "statement [value, value, …]" for an error's detail.
QString describeStatement(const QString &statement, const QVariantList &values);
// A failure that running the operation again can cure (ErrorCode::Contention).
bool isContention(const QSqlError &error);
bool isContentionCode(const QString &nativeCode);

// A PostgreSQL array literal ({"a","b"}), bound as text and cast in the statement
// (= ANY(?::text[])): Qt's driver binds no arrays, and a batch's keys then go in one value.
QString arrayLiteral(const QStringList &elements);
QString arrayLiteral(const QList<qint64> &elements);

// Typed NULLs, so both drivers bind the right parameter type.
QVariant nullText();
QVariant nullInt();
inline QVariant textOrNull(const QString &s) { return s.isEmpty() ? nullText() : QVariant(s); }
// For NOT NULL text columns: a null QString would bind as NULL, so give an empty string.
inline QVariant text(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

} // namespace pd::sql

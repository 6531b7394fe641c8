#pragma once

#include <QString>

namespace pd {

enum class Engine { SQLite, PostgreSQL };

// Everything that differs between SQLite and PostgreSQL, in one place.
class Dialect
{
public:
    explicit Dialect(Engine engine) : m_engine(engine) {}

    Engine engine() const { return m_engine; }
    bool isSQLite() const { return m_engine == Engine::SQLite; }

    // The statement that starts a write transaction. SQLite must take the write lock up front
    // (Qt's transaction() sends a deferred BEGIN, which can fail later with SQLITE_BUSY).
    QString beginWrite() const;
    // Appended to a SELECT that reads rows the transaction will change.
    QString forUpdate() const;
    // Locks only the rows of one table of a join.
    QString forUpdate(const QString &tableAlias) const;
    // Keeps other transactions from writing a table until this one ends (SQLite: the write
    // lock of beginWrite already does; the statement is empty).
    QString lockTableAgainstWrites(const QString &table) const;
    // Expands the placeholders used in migration files: {{ID}}, {{BLOB}}, {{BINARY}}.
    QString expandSchemaSql(QString sql) const;

private:
    Engine m_engine;
};

} // namespace pd

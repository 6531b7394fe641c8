#include "rowscan.h"

#include "core/db/database.h"
#include "core/db/sql.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

#include <sqlite3.h>

#include <vector>

namespace pd {

namespace {

Error scanError(const QString &select, const QString &detail)
{
    return makeError(ErrorCode::Database, QCoreApplication::translate("pd::Database", "The database reported an error."), {},
                     select.simplified() + QStringLiteral(": ") + detail);
}

class SqliteScan final : public RowScan
{
public:
    SqliteScan(sqlite3_stmt *statement, QString select) : m_statement(statement), m_select(std::move(select)) {}
    ~SqliteScan() override { sqlite3_finalize(m_statement); }

    Result<bool> next() override
    {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        return scanError(m_select, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))));
    }
    bool isNull(int column) const override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    QByteArrayView text(int column) const override
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
    }

private:
    sqlite3_stmt *m_statement;
    QString m_select;
};

class QueryScan final : public RowScan
{
public:
    QueryScan(QSqlQuery query, QString select) : m_query(std::move(query)), m_select(std::move(select))
    {
        m_text.resize(size_t(m_query.record().count()));
        m_converted.resize(m_text.size());
    }
    ~QueryScan() override { m_query.finish(); }

    Result<bool> next() override
    {
        std::fill(m_converted.begin(), m_converted.end(), false);
        if (m_query.next())
            return true;
        if (m_query.lastError().isValid())
            return scanError(m_select, m_query.lastError().text());
        return false;
    }
    bool isNull(int column) const override { return m_query.isNull(column); }
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }
    QByteArrayView text(int column) const override
    {
        if (!m_converted[size_t(column)]) {
            m_text[size_t(column)] = m_query.value(column).toString().toUtf8();
            m_converted[size_t(column)] = true;
        }
        return m_text[size_t(column)];
    }

private:
    QSqlQuery m_query;
    QString m_select;
    mutable std::vector<QByteArray> m_text;
    mutable std::vector<bool> m_converted;
};

sqlite3 *sqliteHandle(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

bool sqliteTransactionStarted(Database &db)
{
    if (!db.dialect().isSQLite())
        return false;
    sqlite3 *handle = sqliteHandle(db.connection());
    return handle && sqlite3_txn_state(handle, nullptr) != SQLITE_TXN_NONE;
}

Result<std::unique_ptr<RowScan>> RowScan::start(Database &db, const QString &select)
{
    const QSqlDatabase connection = db.connection();
    if (db.dialect().isSQLite()) {
        if (sqlite3 *handle = sqliteHandle(connection)) {
            sqlite3_stmt *statement = nullptr;
            const QByteArray utf8 = select.toUtf8();
            if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK) {
                const QString detail = QString::fromUtf8(sqlite3_errmsg(handle));
                sqlite3_finalize(statement);
                return scanError(select, detail);
            }
            return std::unique_ptr<RowScan>(std::make_unique<SqliteScan>(statement, select));
        }
    }
    auto query = sql::run(connection, select);
    if (!query)
        return query.error();
    return std::unique_ptr<RowScan>(std::make_unique<QueryScan>(std::move(query.value()), select));
}

} // namespace pd

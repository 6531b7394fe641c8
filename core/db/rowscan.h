#pragma once

#include "core/result.h"

#include <QByteArrayView>

#include <memory>

namespace pd {

class Database;

// A forward-only read of one SELECT without values, for passes over millions of rows
// (verify). On SQLite it steps the statement through the connection's own handle: no
// QVariant or QString per value, which cost more than SQLite's reading itself. Elsewhere a
// forward-only QSqlQuery. Column values are valid until the next call of next().
class RowScan
{
public:
    virtual ~RowScan() = default;

    static Result<std::unique_ptr<RowScan>> start(Database &db, const QString &select);
    // Calls `row(scan)` for every row of the select (a template: no call through a pointer per
    // row in passes over millions); a failure stops the scan and is returned.
    template<typename Row>
    static Status each(Database &db, const QString &select, Row &&row)
    {
        auto scan = start(db, select);
        if (!scan)
            return scan.error();
        RowScan &rows = *scan.value();
        for (;;) {
            auto next = rows.next();
            if (!next)
                return next.error();
            if (!next.value())
                return {};
            row(rows);
        }
    }

    // The next row; false after the last. A failure ends the scan.
    virtual Result<bool> next() = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual QByteArrayView text(int column) const = 0; // UTF-8
};

// SQLite: whether the connection's transaction has read or written already (a deferred one
// that has not read yet has no snapshot). False on other engines.
bool sqliteTransactionStarted(Database &db);

} // namespace pd

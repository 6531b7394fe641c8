#include "numbereddocument.h"

#include "core/db/database.h"
#include "core/db/sql.h"

namespace pd {

Result<PostedDocument> findPostedDocument(Database &db, const QString &table, const QString &numberColumn, qint64 storeId,
                                          const QString &number, const QString &canonical, const QString &conflictMessage,
                                          const QStringList &extraColumns)
{
    const QString columns = QStringList{QStringLiteral("id"), QStringLiteral("content")}.join(QStringLiteral(", "))
                            + (extraColumns.isEmpty() ? QString() : QStringLiteral(", ") + extraColumns.join(QStringLiteral(", ")));
    auto row = sql::run(db.connection(), QStringLiteral("SELECT %1 FROM %2 WHERE store_id = ? AND %3 = ?").arg(columns, table, numberColumn),
                        {storeId, number});
    if (!row)
        return row.error();
    PostedDocument doc;
    // finished either way: a query left unread stays busy, and the next look-up would prepare
    // the statement afresh (three round trips to a PostgreSQL server instead of one)
    if (!row.value().next()) {
        row.value().finish();
        return doc;
    }
    const QSqlQuery &q = row.value();
    if (q.value(1).toString() != canonical)
        return makeError(ErrorCode::Conflict, conflictMessage, numberColumn);
    doc.found = true;
    doc.id = q.value(0).toLongLong();
    for (int i = 0; i < extraColumns.size(); ++i)
        doc.values << q.value(2 + i);
    row.value().finish();
    return doc;
}

} // namespace pd

#include "fixtures.h"

#include "core/db/database.h"
#include "core/db/sql.h"

namespace pd::test {

qint64 countRows(Database &db, const QString &table, const QString &where)
{
    auto v = sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table
                                              + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    return v ? v.value().toLongLong() : -1;
}

} // namespace pd::test

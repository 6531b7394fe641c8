#include "filecheck.h"

#include "core/db/database.h"
#include "core/db/sql.h"

namespace pd {

Result<QString> databaseFileProblems(Database &db)
{
    auto result = sql::scalar(db.connection(), QStringLiteral("PRAGMA integrity_check"));
    if (!result)
        return result.error();
    const QString text = result.value().toString();
    return text == QLatin1String("ok") ? QString() : text;
}

} // namespace pd

#include "programmesettings.h"

#include "core/db/database.h"
#include "core/db/sql.h"

namespace pd::programmesettings {

Result<QString> value(Database &db, const QString &key, const QString &fallback)
{
    auto v = sql::scalar(db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!v)
        return v.error();
    return v.value().isNull() ? fallback : v.value().toString();
}

Status setInTransaction(Database &db, const QString &key, const QString &value)
{
    auto r = sql::run(db.connection(),
                      QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {key, value});
    if (!r)
        return r.error();
    return {};
}

} // namespace pd::programmesettings

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

Result<int> deskLockMinutes(Database &db)
{
    auto stored = value(db, kDeskLockMinutes, QString::number(kDefaultDeskLockMinutes));
    if (!stored)
        return stored.error();
    bool ok = false;
    const int minutes = stored.value().toInt(&ok);
    // a value written past the program's checks locks soonest rather than never
    return ok && minutes >= 1 && minutes <= kMaxDeskLockMinutes ? minutes : 1;
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

#pragma once

#include "core/result.h"

namespace pd {

class Database;

// Programme-wide settings kept in the database (shared by every desk), as opposed to a
// user's own preferences such as the interface language.
namespace programmesettings {

inline const QString kDemoLogins = QStringLiteral("demo.logins"); // JSON; only on demo databases

Result<QString> value(Database &db, const QString &key, const QString &fallback = {});
// Call inside the operation's write transaction; the caller audits.
Status setInTransaction(Database &db, const QString &key, const QString &value);

} // namespace programmesettings
} // namespace pd

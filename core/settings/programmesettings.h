#pragma once

#include "core/result.h"

namespace pd {

class Database;

// Programme-wide settings kept in the database (shared by every desk), as opposed to a
// user's own preferences such as the interface language.
namespace programmesettings {

inline const QString kDemoLogins = QStringLiteral("demo.logins"); // JSON; only on demo databases
// Minutes without a key press or a click after which a desk locks itself (1 to 240)
inline const QString kDeskLockMinutes = QStringLiteral("desk.lock_minutes");
constexpr int kDefaultDeskLockMinutes = 10;
constexpr int kMaxDeskLockMinutes = 240;

Result<QString> value(Database &db, const QString &key, const QString &fallback = {});
// The desks' idle lock in minutes: the stored setting, or the default when none was stored.
Result<int> deskLockMinutes(Database &db);
// Call inside the operation's write transaction; the caller audits.
Status setInTransaction(Database &db, const QString &key, const QString &value);

} // namespace programmesettings
} // namespace pd

#include "session.h"

namespace pd {

Status Session::require(Permission p) const
{
    if (can(p))
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     QCoreApplication::translate("pd::Session", "Your role (%1) may not do this.")
                         .arg(roleDisplayName(role)));
}

Session Session::system(const QString &osUser)
{
    Session s;
    s.userId = 0;
    s.username = QStringLiteral("system");
    s.role = Role::Administrator;
    s.osUser = osUser;
    return s;
}

} // namespace pd

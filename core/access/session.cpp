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

Status Session::requireStore(const QString &store) const
{
    if (role != Role::Cashier)
        return {};
    if (storeCode.isEmpty())
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("pd::Session", "Your account has no home store, so it may not do this for a store. An "
                                                                    "administrator sets the home store on the Users screen."));
    if (store.trimmed() != storeCode)
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("pd::Session", "A cashier does this only at their own store (%1), not at store %2.")
                             .arg(storeCode, store.trimmed()),
                         QStringLiteral("store"));
    return {};
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

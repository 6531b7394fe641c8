#include "userlistmodel.h"

#include "core/clock.h"

namespace pd {

namespace {
QString translated(const char *text) { return QCoreApplication::translate("pd::UserListModel", text); }
} // namespace

QString UserListModel::stateText(const UserInfo &user)
{
    if (!user.active)
        return translated(QT_TRANSLATE_NOOP("pd::UserListModel", "Disabled"));
    if (user.lockedUntil.isValid())
        return translated(QT_TRANSLATE_NOOP("pd::UserListModel", "Locked until %1")).arg(displayTime(user.lockedUntil));
    return translated(QT_TRANSLATE_NOOP("pd::UserListModel", "Active"));
}

UserListModel::UserListModel(Database &db, const Clock &clock, Session session, QObject *parent)
    : RecordListModel<UserInfo>(
          "pd::UserListModel",
          {
              {QT_TRANSLATE_NOOP("pd::UserListModel", "User name"), [](const UserInfo &u) { return QVariant(u.username); }},
              {QT_TRANSLATE_NOOP("pd::UserListModel", "Name"), [](const UserInfo &u) { return QVariant(u.displayName); }},
              {QT_TRANSLATE_NOOP("pd::UserListModel", "Role"), [](const UserInfo &u) { return QVariant(roleDisplayName(u.role)); }},
              {QT_TRANSLATE_NOOP("pd::UserListModel", "State"), [](const UserInfo &u) { return QVariant(stateText(u)); }},
              {QT_TRANSLATE_NOOP("pd::UserListModel", "Last login"),
               [](const UserInfo &u) {
                   return QVariant(u.lastLoginAt.isEmpty() ? QString() : displayTime(fromStoredTime(u.lastLoginAt)));
               }},
              {QT_TRANSLATE_NOOP("pd::UserListModel", "Home store"), [](const UserInfo &u) { return QVariant(u.storeCode); }},
          },
          [&db, &clock, session = std::move(session)] { return AuthService(db, clock).users(session); }, parent)
{
}

} // namespace pd

#pragma once

#include "core/access/session.h"
#include "core/auth/authservice.h"
#include "core/recordlistmodel.h"

namespace pd {

class Clock;
class Database;

// The accounts of the programme, for administrators: role, whether the account is usable, last login.
class UserListModel : public RecordListModel<UserInfo>
{
public:
    enum Column { UserName, Name, RoleName, State, LastLogin, HomeStore };

    UserListModel(Database &db, const Clock &clock, Session session, QObject *parent = nullptr);

    // "Active", "Disabled", "Locked until 2026-03-01 10:15"
    static QString stateText(const UserInfo &user);
};

} // namespace pd

#pragma once

#include "core/auth/passwordhasher.h"
#include "core/access/session.h"

namespace pd {
class Clock;
class Database;
}

namespace pd::ui {

// What every screen needs: the database connection of the GUI thread, the clock, the
// password hasher's limits and who is logged in.
struct AppContext
{
    Database &db;
    const Clock &clock;
    PasswordHasher hasher;
    Session session;
};

} // namespace pd::ui

#pragma once

#include "core/result.h"

namespace pd {

class Clock;
class Database;
struct Session;

// Welcome points (DESIGN §8 `welcome`): granted once when a member registers — at the desk, from
// the command line or by import — by every approved welcome campaign whose window holds the
// member's joined_on and whose stores (if any) hold the home store, within its budget and cap.
// Runs inside the registration's own transaction, after the member row is written.
namespace welcome {

// The points granted (0 when no campaign applies).
Result<qint64> grant(Database &db, const Clock &clock, const Session &session, qint64 memberId);

} // namespace welcome
} // namespace pd

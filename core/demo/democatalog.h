#pragma once

#include "core/result.h"

namespace pd {

class Clock;
class Database;
struct Session;

// The seeds' redemption catalog (DESIGN §2): daily necessities, festival gift boxes,
// partner goods and services, a cinema ticket, an insurance voucher and a charity item.
// Added only to a catalog that is still empty; returns how many items were added.
Result<int> addDemoCatalog(Database &db, const Clock &clock, const Session &session);

} // namespace pd

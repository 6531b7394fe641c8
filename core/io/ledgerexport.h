#pragma once

#include "core/result.h"

class QIODevice;

namespace pd {

class Clock;
class Database;
struct Session;

// `balances`: card_no,balance,debt,tier for every member, by card number.
Result<qint64> exportBalancesCsv(Database &db, const Session &session, QIODevice *out);
// `export ledger`: every entry, in posting order, with its business time in the programme's
// time zone and its breakdown.
Result<qint64> exportLedgerCsv(Database &db, const Clock &clock, const Session &session, QIODevice *out);

} // namespace pd

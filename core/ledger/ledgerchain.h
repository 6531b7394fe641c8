#pragma once

#include "core/ledger/dailypoints.h"
#include "core/result.h"

#include <QString>

#include <optional>

namespace pd {

class Database;

// What of a ledger entry its chain hash covers, as the row stores it.
struct ChainedEntry
{
    qint64 memberId = 0;
    qint64 delta = 0;
    QString kind;
    QString businessTime; // stored text
    QString postedAt;     // stored text
    std::optional<qint64> storeId;
    qint64 operatorId = 0;
    QString reference;
    QString breakdown;
};

// The state of the whole ledger at a daily close: the last entry then, and a digest of every
// member's chain head at that entry. Recorded in the close's audit record.
struct LedgerAnchor
{
    qint64 lastEntryId = 0;
    QString digest;
    QString closedAt; // stored time of the close that recorded it
};

struct LedgerChainReport
{
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBadEntry = 0; // 0 when the problem is not one entry (a cut tail, a rewrite)
    QString reason;           // translated, names the record
    // Counted in the same pass, so verify reads the ledger once (pointsdesk-bench):
    qint64 balanceMismatches = 0; // members whose balance is not the sum of their entries
    QString firstBalanceCard;
    DailyTotals dailyTotals;      // as dailypoints::recount() counts them
};

namespace ledgerchain {

// The hash of an entry that follows `previous` (empty for a member's first entry): 32 hex digits.
QString entryHash(const QString &previous, const ChainedEntry &entry);

// Reads the heads of all members. The caller holds the ledger still (Dialect::lockTable).
Result<LedgerAnchor> anchor(Database &db);

// The latest anchor recorded by a daily close, if any.
Result<std::optional<LedgerAnchor>> latestAnchor(Database &db);

// Walks every member's chain: names the first entry whose hash does not follow, a member
// whose head is not its last entry, and a rewrite of the ledger before the latest close.
// Stops at the first chain problem; otherwise also counts balances and daily totals.
Result<LedgerChainReport> verify(Database &db);

// Chains entries written before the chain existed (migration 5), in the migration's transaction.
Status chainExistingEntries(Database &db);

} // namespace ledgerchain
} // namespace pd

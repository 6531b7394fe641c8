#pragma once

#include "core/ledger/dailypoints.h"
#include "core/ledger/ledgerchain.h"
#include "core/ledger/memberrollups.h"
#include "core/result.h"

namespace pd {

class Database;

// Members that break one rule: how many, and the one with the lowest id.
struct MemberCount
{
    qint64 members = 0;
    qint64 firstMemberId = 0;
    void add(qint64 memberId)
    {
        if (members++ == 0 || memberId < firstMemberId)
            firstMemberId = memberId;
    }
};

// What one read of the whole ledger finds: members, entries, lots and receipts are each read
// once, in storage order, with a running figure per member kept in memory (about 100 bytes a
// member for each share, and a member's first entry in each share after the first), inside
// one read snapshot. pointsdesk-bench measures it (DESIGN §5, issue 5).
struct LedgerPassReport
{
    LedgerChainReport chain;       // the entries' hash chain (ledgerchain.h)
    MemberCount balanceVsEntries;  // balance is not the sum of the member's entries
    MemberCount balanceVsLots;     // points left in lots minus debt are not the balance
    MemberCount lotOutOfRange;     // a lot holds less than nothing or more than it was given
    MemberCount debtWithPoints;    // debt while points are left in lots, or negative debt
    MemberCount receiptOverReturn; // a receipt clawed back or took back more than it had
    // Every receipt's earned and used points equal those of its entries. Compared as sums
    // weighted by a keyed hash of (member, reference) with a fresh random key: equal sums
    // mean equal figures except with probability about 2^-61; unequal ones are certain.
    // The exact, slower comparison (invariants.cpp) then names the receipts.
    bool receiptsMatchEntries = true;
    DailyTotals dailyTotals; // as dailypoints::recount() counts them
    QMap<qint64, qint64> openLotsByStore; // as liability::openLotsByStore() counts them
    // Counted from the same read of the receipts, so verify reads them once, not three times
    DailyTotals earningByScenario;             // as dailymix::recount() counts the earning
    memberrollups::PassCounts memberFigures; // as memberrollups::recount() counts them
};

namespace ledgerpass {

// Reads the ledger in `shares` parts at once (0: one per core, at most 8), each on a thread
// and connection of its own: each table is dealt out by id range, so each of its pages is read
// once, and the shares' figures are added member by member. Alone (one share) when the engine is
// not SQLite, or the caller's transaction has already read or written: only its own
// connection sees what it sees.
Result<LedgerPassReport> run(Database &db, int shares = 0);

// The card a report names a member by (MemberCount::firstMemberId, a head that differs).
Result<QString> cardOfMember(Database &db, qint64 memberId);

} // namespace ledgerpass
} // namespace pd

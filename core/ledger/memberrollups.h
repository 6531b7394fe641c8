#pragma once

#include "core/members/membersbytier.h"
#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QMap>

#include <optional>
#include <span>
#include <tuple>
#include <utility>
#include <vector>

namespace pd {

class Database;

// The dashboard's member figures, kept by the operations in their own transactions (as the
// daily totals are) so that reading them does not grow with members or receipts:
// - active members: a member is active on the 90 business days from each of its receipts (at a
//   store: from each of its receipts there); kept as the change of that count from the day
//   before, per store (0: at any store), so the count on a day is the sum up to it;
// - members by home store and tier, now (core/members/membersbytier, which the member service
//   keeps too);
// - tier moves by business day, the member's home store at the move, and the two tiers.
// verify counts them again from the receipts, members and tier moves.
struct MemberRollups
{
    using DayStore = std::pair<QString, qint64>;                             // (YYYY-MM-DD, store)
    using TierMove = std::tuple<QString, qint64, QString, QString>;          // (day, store, from, to)
    using ActiveChanges = QMap<DayStore, qint64>;

    ActiveChanges activeChanges;
    membersbytier::Counts membersByTier;
    QMap<TierMove, qint64> tierMoves;
    bool operator==(const MemberRollups &) const = default;
};

namespace memberrollups {

// A receipt just written (its row is there): the days it makes its member active that the
// member's other receipts did not already, at any store and at the receipt's store.
Status noteReceipt(Database &db, qint64 receiptId, qint64 memberId, qint64 storeId, const QDateTime &businessTime);

// The stored times between which a receipt's nearest others count: from the start of the
// 89th business day before to the end of its own day (the one before), and from the start of
// its day to the end of the 89th after (the one after).
struct NearestWindow
{
    QString from, dayStart, nextDay, until;
};
NearestWindow nearestWindow(const QDateTime &businessTime);
// The member's nearest other receipts in that window (stored times; null when there is none),
// at any store and at the receipt's store.
struct NearestReceipts
{
    QVariant before, after, beforeHere, afterHere;
};
// noteReceipt with the nearest receipts already known (an import batch reads its members'
// receipts in one statement).
void noteReceiptBetween(Database &db, qint64 storeId, const QDateTime &businessTime, const NearestReceipts &nearest);
// A member's tier changed on a business day (the member counts under its new tier too).
void noteTierMove(Database &db, const QDate &day, qint64 storeId, const QString &from, const QString &to);

// A receipt as the active members see it: whose, which business day (Julian), where.
struct Visit
{
    qint64 memberId = 0;
    qint64 storeId = 0;
    qint64 day = 0;
    bool operator<(const Visit &o) const { return memberId != o.memberId ? memberId < o.memberId : day < o.day; }
};

// The active days every receipt adds, from its receipts given in runs, each sorted (by member,
// then day): the ledger pass reads the receipts in parallel shares and counts them from its runs.
MemberRollups::ActiveChanges activeChanges(std::span<const std::vector<Visit>> sortedRuns);

// What the ledger pass counts as it reads every member and receipt for verify anyway.
struct PassCounts
{
    MemberRollups::ActiveChanges activeChanges;
    membersbytier::Counts membersByTier;
};

Result<MemberRollups> stored(Database &db);
// Counted from the receipts, members and tier moves; the first two taken from the ledger
// pass's counts when the caller has them.
Result<MemberRollups> recount(Database &db, std::optional<PassCounts> fromPass = std::nullopt);
// Replaces the stored rollups by a recount (migration 24, the demo), in the caller's transaction.
Status rebuild(Database &db);

// Members with a receipt in the 90 business days ending on `day` (at the store, if one is given).
Result<qint64> activeMembers(Database &db, const QDate &day, std::optional<qint64> storeId);

} // namespace memberrollups
} // namespace pd

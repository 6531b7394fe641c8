#pragma once

#include "core/campaigns/campaignmatch.h"

#include <QDateTime>

namespace pd {

class Database;

// The campaigns as the engine reads them while posting, and the points they award (DESIGN §8).
// Every call runs inside the caller's transaction; budgets and member caps are read under the
// campaign rows' locks, taken after the member's and in id order, so two desks never overspend.
namespace campaignawards {

// Approved campaigns whose window covers the day. With `posting` (inside the caller's write
// transaction) they are read once per transaction, so a batch import reads them once.
Result<QList<Campaign>> liveOn(Database &db, const QDate &day, bool posting);

// Whether any campaign of the type is approved (read once per write transaction, as liveOn's
// posting read): the operations skip a kind of campaign nobody runs.
Result<bool> anyApproved(Database &db, CampaignType type);

// The room for the member of the matching campaigns that can matter: the multipliers in the order
// they win until one has room, and every fixed bonus. With `lock` (posting) those campaign rows
// are locked and a campaign cancelled meanwhile drops out; without it (a preview) they are read.
Result<QList<CampaignOffer>> offersFor(Database &db, const QList<Campaign> &matching, qint64 memberId, bool lock);

// Whether the member has no receipt yet (read under the member's lock when posting).
Result<bool> isFirstReceipt(Database &db, qint64 memberId);

struct Award
{
    qint64 campaignId = 0;
    qint64 memberId = 0;
    std::optional<qint64> receiptId;
    qint64 entryId = 0;
    qint64 points = 0;
    QDate businessDay;
};
// Counts the points against the campaign's budget and the member's cap; the campaign's row was
// locked by offersFor with `lock` in this transaction, and its total is written before COMMIT.
Status record(Database &db, const Award &award, const QDateTime &postedAt);

} // namespace campaignawards
} // namespace pd

#pragma once

#include "core/campaigns/badgerules.h"

#include <QDateTime>

namespace pd {

class Clock;
class Database;
class Ledger;
struct MemberPoints;
struct Session;

namespace badgeawards {

// After a receipt, a return or a check-in of the member, inside the same transaction (the member
// locked): every badge collection running on `day` that the member has not completed is counted
// again; badges reached are given, badges fallen below their threshold taken back, and a set
// held whole completes for good — its reward points a `badge` entry under the campaign's caps,
// its prize waiting at the counter.
Status evaluate(Database &db, const Clock &clock, const Session &session, Ledger &ledger, MemberPoints &member, const QDate &day,
                std::optional<qint64> storeId);

// A collection as the member detail shows it.
struct Collection
{
    Campaign campaign;
    QList<badgerules::Progress> progress;
    QSet<QString> held;
    bool complete = false;
    QString completedAt;   // stored time
    qint64 rewardPoints = 0;
    QString prizeName;     // empty: no prize
    QString prizeCollectedAt;
};
// The member's collections running today, and those the member completed.
Result<QList<Collection>> collectionsOf(Database &db, const Clock &clock, const Session &session, qint64 memberId);

// The prizes of completed collections the member has not collected yet (the counter shows them):
// one read, without counting anything.
struct WaitingPrize
{
    QString campaignCode, campaignName, itemName;
};
Result<QList<WaitingPrize>> waitingPrizes(Database &db, const Session &session, qint64 memberId);

// Collecting a completed collection's prize at the counter, for 0 points: once, while the item
// is in stock (the stock row is decremented under its guard, as a redemption's is). Audited.
struct PrizeCollected
{
    QString itemName;
    QString campaignName;
};
Result<PrizeCollected> collectPrize(Database &db, const Clock &clock, const Session &session, const QString &cardNo, const QString &campaignCode);

} // namespace badgeawards
} // namespace pd

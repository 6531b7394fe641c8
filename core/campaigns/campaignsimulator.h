#pragma once

#include "core/campaigns/campaignreplay.h"

#include <atomic>
#include <functional>

namespace pd {

class Clock;
class Database;
struct Session;

struct SimulationRequest
{
    QDate from, to;    // business dates, inclusive
    QString storeCode; // empty: every store
    const std::atomic<bool> *cancel = nullptr;
    std::function<void(qint64 done, qint64 total)> progress; // in receipts (or members, redemptions) read
};

// DESIGN §8's simulator: a read-only replay of the period's posted history against a campaign in
// any state, as if it had been approved then, alone on top of what really applied. Writes
// nothing; run it on its own connection off the GUI thread.
Result<CampaignFigures> simulateCampaign(Database &db, const Session &session, const Campaign &campaign, const SimulationRequest &request);

// The report of an approved (running or ended) campaign: the same figures from what it really
// awarded, and the uplift of its participants' spend against the four weeks before it.
Result<CampaignFigures> reportCampaign(Database &db, const Clock &clock, const Session &session, const QString &code);

// DESIGN §8's uplift: the spend of the campaign's participants (members it awarded, any version)
// per day on its weekdays in its window up to `until`, against the same weekdays of the four
// weeks before it; nothing when there was no spend before.
struct CampaignUplift
{
    std::optional<qint64> spendPerDayInWindowFen, spendPerDayBeforeFen;
    std::optional<qint64> upliftPermille;
};
Result<CampaignUplift> campaignUplift(Database &db, const Campaign &campaign, const QDate &until);

} // namespace pd

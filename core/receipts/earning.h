#pragma once

#include "core/campaigns/campaignmatch.h"
#include "core/ledger/breakdown.h"
#include "core/members/member.h"
#include "core/result.h"

namespace pd {

struct ProgrammeRules;

// The member as the earning stage needs them: as they stand when the receipt is posted.
struct MemberAtPosting
{
    QString tier;
    CreditStanding credit = CreditStanding::Normal;
};

// The part of a receipt that earns.
struct EarningInput
{
    QString scenario;     // scenario code or partner:<code>
    qint64 amountFen = 0; // paid, after the points deduction
    qint64 greenFen = 0;
};

// What a receipt earns (DESIGN §4): the rate of its scenario, the member's tier and credit,
// the campaigns' multiplier, and green points — with every factor in the breakdown. Pure: no
// database, no clock; the counter's preview, posting, imports and the campaign simulator all
// ask it the same way. An unknown scenario is an error naming the field.
Result<EarningBreakdown> earningFor(const ProgrammeRules &rules, const MemberAtPosting &member, const EarningInput &receipt,
                                    int campaignPct = 100);

// The same with the campaigns that match the receipt (campaignsForReceipt) and their room: among
// the multipliers with room the highest percent wins (tie: lower code) and adds
// points(percent) − points(100), cut to its room; each first-purchase bonus adds its points, cut
// to its room. Multipliers never stack with each other; they do with tier and credit.
Result<EarningBreakdown> earningFor(const ProgrammeRules &rules, const MemberAtPosting &member, const EarningInput &receipt,
                                    const QList<CampaignOffer> &offers);

} // namespace pd

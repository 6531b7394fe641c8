#include "campaignmatch.h"

namespace pd {

QList<Campaign> campaignsForReceipt(const QList<Campaign> &live, const CampaignReceipt &r)
{
    QList<Campaign> matching;
    for (const Campaign &c : live) {
        if (c.status != CampaignStatus::Approved || !c.coversDate(r.day) || !c.appliesTo(r.storeCode, r.scenario, r.tierCode, r.amountFen))
            continue;
        if ((c.type == CampaignType::Multiplier && c.scheduledOn(r.day)) || (c.type == CampaignType::FirstPurchase && r.firstReceipt))
            matching << c;
    }
    return matching;
}

bool anyFirstPurchase(const QList<Campaign> &campaigns)
{
    return std::any_of(campaigns.cbegin(), campaigns.cend(), [](const Campaign &c) { return c.type == CampaignType::FirstPurchase; });
}

} // namespace pd

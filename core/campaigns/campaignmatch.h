#pragma once

#include "core/campaigns/campaign.h"

namespace pd {

// A receipt as the campaigns see it: its business date, where and what, the member's tier at
// posting, and whether it is the member's first receipt ever.
struct CampaignReceipt
{
    QDate day;
    QString storeCode;
    QString scenario;
    QString tierCode;
    qint64 amountFen = 0;
    bool firstReceipt = false;
};

// A matching campaign and the points it may still award to this member (the lesser of what its
// budget and the member's cap have left); nothing when neither is set.
struct CampaignOffer
{
    Campaign campaign;
    std::optional<qint64> room;

    bool hasRoom() const { return !room || *room > 0; }
};

// The approved campaigns of the receipt's day that apply to it (DESIGN §8): multipliers
// scheduled that day, first-purchase bonuses on a first receipt; filters and minimum amount.
// Pure: the counter, posting, imports and the simulator ask it alike.
QList<Campaign> campaignsForReceipt(const QList<Campaign> &live, const CampaignReceipt &receipt);

// Whether any of them is a first-purchase bonus (only then is "first receipt" worth a read).
bool anyFirstPurchase(const QList<Campaign> &campaigns);

} // namespace pd

#pragma once

#include "core/campaigns/campaign.h"

namespace pd {

// A campaign as members read it: its name, dates, where and for whom, what it gives, its limits,
// then the manager's own terms. Generated from the definition, so the words cannot drift from
// what the engine does (DESIGN §9); the editor shows it while typing.
QString campaignTermsForMembers(const Campaign &campaign);

// "2027-05-01 – 2027-05-31"
QString campaignWindowText(const Campaign &campaign);
// "Active", "Approved, starts 2027-05-01", "Ended", or the status's own name
QString campaignStateText(const Campaign &campaign, const QDate &today);

} // namespace pd

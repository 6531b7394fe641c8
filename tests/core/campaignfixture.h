#pragma once

#include "core/campaigns/campaignservice.h"
#include "ledgerfixture.h"

namespace pd::test {

// A campaign drafted by a campaign manager from its interchange JSON, then submitted and (when
// asked) approved by a compliance officer: the four eyes of a real approval.
inline bool campaign(LedgerWorld &w, const QString &json, const QString &code, CampaignStatus to = CampaignStatus::Approved)
{
    CampaignService campaigns(w.t.db(), w.clock);
    QList<FieldProblem> problems;
    const Session manager = sessionFor(Role::CampaignManager, 555), officer = sessionFor(Role::Compliance, 556);
    if (!campaigns.importDrafts(manager, json.toUtf8(), problems).ok() || !problems.isEmpty()) {
        for (const auto &p : problems)
            qWarning("%s: %s", qPrintable(p.field), qPrintable(p.reason));
        return false;
    }
    if (to != CampaignStatus::Draft && !campaigns.submit(manager, code).ok())
        return false;
    return to != CampaignStatus::Approved || campaigns.approve(officer, code).ok();
}

} // namespace pd::test

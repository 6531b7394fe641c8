#pragma once

#include "core/access/session.h"
#include "core/campaigns/campaign.h"
#include "core/recordlistmodel.h"

namespace pd {

class Clock;
class Database;

// Campaigns as the Campaigns screen lists them: the latest version of each, newest window first.
// As an approval queue it holds only those waiting for a decision that the session did not write
// (four eyes: nobody sees their own submission as approvable).
class CampaignListModel : public RecordListModel<Campaign>
{
public:
    enum Column { Code, Name, Type, State, Window, Awarded, Author };
    enum class Show { All, AwaitingMyDecision };

    CampaignListModel(Database &db, const Clock &clock, Session session, Show show = Show::All, QObject *parent = nullptr);

    int rowOf(const QString &code) const;
};

} // namespace pd

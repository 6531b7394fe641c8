#pragma once

#include "core/donations/donationservice.h"
#include "core/recordlistmodel.h"

namespace pd {

class Clock;
class Database;

// Charity projects with what members gave and the goods the chain adds.
class CharityTotalsModel : public RecordListModel<CharityTotal>
{
public:
    enum Column { Code, Project, PointsPerYuan, Donated, Matched };
    CharityTotalsModel(Database &db, const Clock &clock, QObject *parent = nullptr);
};

} // namespace pd

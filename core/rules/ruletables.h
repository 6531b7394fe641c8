#pragma once

#include "core/recordlistmodel.h"
#include "core/rules/programmerules.h"

namespace pd {

class Database;

struct EarningRate
{
    QString code; // scenario or partner:<code>
    int ratePer100 = 0;
};

// The earning rates, edited in place: the programme's own scenarios in the seeds' order, then
// partner merchants, then any other.
class EarningRatesModel : public RecordListModel<EarningRate>
{
public:
    enum Column { Scenario, PointsPer100 };
    static constexpr int kMaxRate = 10000;
    explicit EarningRatesModel(Database &db, QObject *parent = nullptr);
};

// The tiers, edited in place: threshold in whole yuan, multiplier, perks.
class TiersModel : public RecordListModel<Tier>
{
public:
    enum Column { TierName, FromYuan, MultiplierPct, Perks };
    static constexpr int kMaxMultiplierPct = 1000;
    explicit TiersModel(Database &db, QObject *parent = nullptr);
};

} // namespace pd

#pragma once

#include "core/recordlistmodel.h"
#include "core/rules/programmerules.h"
#include "core/rules/scenarios.h"

namespace pd {

class Database;

// The earning rates, edited in place (name and rate): the programme's own scenarios in the seeds'
// order, then partner merchants with their stores, then any other.
class EarningRatesModel : public RecordListModel<EarningRate>
{
public:
    enum Column { Scenario, Code, PointsPer100, Stores };
    static constexpr int kMaxRate = EarningRate::kMaxRate;
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

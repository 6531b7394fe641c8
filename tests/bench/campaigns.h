#pragma once

#include "core/result.h"

namespace pd {
class Clock;
class Database;
}

// Twenty approved campaigns for the benchmark's measure 8 (issue 15): eighteen multipliers with
// different percents, schedules, filters, minimums, budgets and member caps, most matching the
// data set's supermarket receipts, and two first-purchase bonuses — written by one person and
// approved by another through the campaign service, as in real use.
pd::Status addBenchCampaigns(pd::Database &db, const pd::Clock &clock);

// The check-in campaign of measure 9 (issue 16): the demo's ladder, approved the same way.
pd::Status addBenchCheckinCampaign(pd::Database &db, const pd::Clock &clock);

// Ten badge collections of four badges each (visits, green, spend, streak), for the counter's
// receipt with badges counted in its transaction (issue 16).
pd::Status addBenchBadgeCollections(pd::Database &db, const pd::Clock &clock);

// Five hundred catalog items on offer and fifty approved sales of them, for the programme rules
// document of measure 10 (issue 18).
pd::Status addBenchRulesContent(pd::Database &db, const pd::Clock &clock);

// A triple-points campaign at one store whose budget the desks of measure 11 share (issue 22).
pd::Status addBenchSharedBudgetCampaign(pd::Database &db, const pd::Clock &clock, const QString &store, qint64 budgetPoints);

#pragma once

#include "core/insights/dashboard.h"

#include <QStringList>

namespace pd {

// Each chart of the dashboard as a table (a header, then rows), for its CSV export in the
// GUI and the CLI's `report dashboard`: the figures behind the picture, exact, in points and
// yuan as the programme counts them.
enum class DashboardChart { Kpis, Flows, LiabilityByMonth, LiabilityByStore, Tiers, Scenarios, Categories, Campaigns, TierMoves };

namespace insights {

QList<QStringList> table(const Dashboard &dashboard, DashboardChart chart);

// The chart's name in the CLI (kpis, flows, months, stores, tiers, scenarios, categories, campaigns, tiermoves).
QString chartCode(DashboardChart chart);
std::optional<DashboardChart> chartFromCode(const QString &code);

} // namespace insights
} // namespace pd

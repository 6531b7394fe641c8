#pragma once

#include "core/insights/dashboardtables.h"

class QChartView;
class QWidget;

namespace pd::ui {

// Draws a dashboard chart into a view (Qt Charts): the series, their axes, a legend whose
// entries hide and show their series when clicked, and tooltips with the exact figure.
void drawDashboardChart(QChartView *view, const Dashboard &dashboard, DashboardChart chart);

// Takes every series and axis off the view's chart (nothing shown).
void clearDashboardChart(QChartView *view);

// The chart's title as shown above it and suggested as the exported file's name.
QString dashboardChartTitle(DashboardChart chart);

} // namespace pd::ui

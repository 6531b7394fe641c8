#pragma once

#include "core/insights/dashboardtables.h"
#include "ui/appcontext.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QThread;

namespace pd::ui {

class DateField;

// The programme's figures for campaign managers, finance and compliance (DESIGN §10): a
// period (with quick picks) and a store, key figures as tiles, and charts of the points
// issued, used, expired and clawed back, the liability month by month and per store, and
// the members per tier; each chart exports as PNG and CSV. Read on a thread of its own.
class InsightsPage : public QWidget
{
    Q_OBJECT
public:
    InsightsPage(const AppContext &context, QWidget *parent = nullptr);
    ~InsightsPage() override;

    // Reads the figures for the chosen period and store; asked while reading, reads again
    // when done, so the last choice is what is shown.
    void refresh();
    bool isLoading() const { return m_thread != nullptr; }
    const std::optional<Dashboard> &dashboard() const { return m_dashboard; }
    QChartView *chartView(DashboardChart chart) const { return m_charts.value(chart); }
    void showChart(DashboardChart chart);

    void exportChartPng();
    void exportChartCsv();
    // The partner merchants' month (a dialog of its own).
    void openSettlement();

signals:
    void dashboardShown(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void pickRange(int index);
    void finish(const Result<Dashboard> &dashboard);
    void showTiles(const Dashboard &d);
    DashboardChart currentChart() const;

    const AppContext &m_context;
    DateField *m_from, *m_to;
    QComboBox *m_range, *m_store;
    QPushButton *m_refresh, *m_exportPng, *m_exportCsv, *m_settlement;
    QLabel *m_status;
    QMap<QString, QLabel *> m_tiles;
    QTabWidget *m_tabs;
    QMap<DashboardChart, QChartView *> m_charts;
    std::optional<Dashboard> m_dashboard;
    QThread *m_thread = nullptr;
    bool m_again = false;
    bool m_loadedOnce = false;
};

} // namespace pd::ui

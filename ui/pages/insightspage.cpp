#include "insightspage.h"

#include "core/clock.h"
#include "core/io/csvwriter.h"
#include "core/pointsmath.h"
#include "core/stores/storeservice.h"
#include "ui/dialogs/settlementdialog.h"
#include "ui/widgets/csvfile.h"
#include "ui/widgets/dashboardcharts.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/filechooser.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/ownconnectionthread.h"
#include "ui/widgets/storecombo.h"

#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

enum Range { ThisMonth, Last30Days, LastMonth, ThisYear, Last12Months, Custom };

QString percentText(const std::optional<qint64> &permille)
{
    return permille ? insights::permilleText(permille) + QStringLiteral(" %") : QStringLiteral("—");
}

} // namespace

InsightsPage::InsightsPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("insightsPage"));
    const QDate today = businessToday(context.clock);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_range->addItem(tr("This month"), ThisMonth);
    m_range->addItem(tr("Last 30 days"), Last30Days);
    m_range->addItem(tr("Last month"), LastMonth);
    m_range->addItem(tr("This year"), ThisYear);
    m_range->addItem(tr("Last 12 months"), Last12Months);
    m_range->addItem(tr("Chosen days"), Custom);
    m_from = new DateField(QDate(today.year(), today.month(), 1), this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to = new DateField(today, this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_store = storeCombo(context, this, "storeCombo");
    m_store->insertItem(0, tr("All stores"), QString());
    m_store->setCurrentIndex(0);
    m_refresh = new QPushButton(tr("&Show"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Period:"), this));
    filters->addWidget(m_range);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("Store:"), this));
    filters->addWidget(m_store, 1);
    filters->addWidget(m_refresh);

    auto *tiles = new QGridLayout;
    const QList<QPair<QString, QString>> tileNames = {
        {QStringLiteral("liability"), tr("Open points (liability)")}, {QStringLiteral("issued"), tr("Issued")},
        {QStringLiteral("used"), tr("Used")},                        {QStringLiteral("expired"), tr("Expired")},
        {QStringLiteral("breakage"), tr("Breakage (expired ÷ issued)")}, {QStringLiteral("redemption"), tr("Redemption rate (used ÷ issued)")},
        {QStringLiteral("active"), tr("Active members (a receipt in 90 days)")}, {QStringLiteral("new"), tr("New members")},
    };
    for (qsizetype i = 0; i < tileNames.size(); ++i) {
        auto *tile = new QLabel(this);
        tile->setObjectName(QStringLiteral("tile_") + tileNames.at(i).first);
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setMinimumWidth(180);
        tile->setProperty("caption", tileNames.at(i).second);
        tile->setTextInteractionFlags(Qt::TextSelectableByMouse);
        tiles->addWidget(tile, int(i / 4), int(i % 4));
        m_tiles.insert(tileNames.at(i).first, tile);
    }

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    const QList<QPair<DashboardChart, QString>> charts = {
        {DashboardChart::Flows, tr("Points over time")},
        {DashboardChart::LiabilityByMonth, tr("Liability by month")},
        {DashboardChart::LiabilityByStore, tr("Liability by store")},
        {DashboardChart::Tiers, tr("Tiers")},
        {DashboardChart::TierMoves, tr("Tier moves")},
        {DashboardChart::Scenarios, tr("Earning by scenario")},
        {DashboardChart::Categories, tr("Redemptions by category")},
        {DashboardChart::Campaigns, tr("Campaigns")},
    };
    for (const auto &[chart, name] : charts) {
        auto *view = new QChartView(this);
        view->setObjectName(insights::chartCode(chart) + QStringLiteral("Chart"));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(300);
        m_tabs->addTab(view, name);
        m_charts.insert(chart, view);
    }
    m_exportPng = new QPushButton(tr("Save chart as P&NG…"), this);
    m_exportPng->setObjectName(QStringLiteral("exportPngButton"));
    m_exportCsv = new QPushButton(tr("Save figures as &CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_settlement = new QPushButton(tr("Partner se&ttlement…"), this);
    m_settlement->setObjectName(QStringLiteral("settlementButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_settlement);
    buttons->addWidget(m_exportPng);
    buttons->addWidget(m_exportCsv);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(tiles);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_range, &QComboBox::activated, this, &InsightsPage::pickRange);
    connect(m_refresh, &QPushButton::clicked, this, &InsightsPage::refresh);
    connect(m_store, &QComboBox::activated, this, &InsightsPage::refresh);
    for (DateField *field : {m_from, m_to})
        connect(field, &DateField::dateChanged, this, [this] { m_range->setCurrentIndex(m_range->findData(Custom)); });
    connect(m_exportPng, &QPushButton::clicked, this, &InsightsPage::exportChartPng);
    connect(m_exportCsv, &QPushButton::clicked, this, &InsightsPage::exportChartCsv);
    connect(m_settlement, &QPushButton::clicked, this, &InsightsPage::openSettlement);
    m_exportPng->setEnabled(false);
    m_exportCsv->setEnabled(false);
}

InsightsPage::~InsightsPage()
{
    if (m_thread)
        m_thread->wait();
}

void InsightsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        refresh();
    }
}

void InsightsPage::pickRange(int index)
{
    const QDate today = businessToday(m_context.clock);
    QDate from, to = today;
    switch (m_range->itemData(index).toInt()) {
    case ThisMonth: from = QDate(today.year(), today.month(), 1); break;
    case Last30Days: from = today.addDays(-29); break;
    case LastMonth:
        from = QDate(today.year(), today.month(), 1).addMonths(-1);
        to = from.addMonths(1).addDays(-1);
        break;
    case ThisYear: from = QDate(today.year(), 1, 1); break;
    case Last12Months: from = QDate(today.year(), today.month(), 1).addMonths(-11); break;
    default: return;
    }
    const QSignalBlocker fromBlocker(m_from), toBlocker(m_to); // not a custom range
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void InsightsPage::refresh()
{
    m_loadedOnce = true;
    if (m_thread) {
        m_again = true;
        return;
    }
    const QDate from = m_from->date(), to = m_to->date();
    if (!from.isValid() || !to.isValid()) {
        m_status->setText(tr("Type the days as YYYY-MM-DD."));
        return;
    }
    m_again = false;
    m_status->setText(tr("Reading the figures…"));
    m_refresh->setEnabled(false);
    const Session session = m_context.session;
    const QString storeCode = m_store->currentData().toString();
    m_thread = runOnOwnConnection<Dashboard>(
        this, m_context.db, QStringLiteral("insights"),
        [session, from, to, storeCode](Database &db) -> Result<Dashboard> {
            DashboardQuery query{from, to, std::nullopt};
            if (!storeCode.isEmpty()) {
                auto store = StoreService::storeId(db, storeCode);
                if (!store)
                    return store.error();
                query.storeId = store.value();
            }
            return insights::dashboard(db, session, query);
        },
        [this](Result<Dashboard> dashboard) { finish(dashboard); });
}

void InsightsPage::finish(const Result<Dashboard> &dashboard)
{
    releaseWorker(m_thread);
    m_refresh->setEnabled(true);
    if (m_again) { // the choice changed while reading: what was read is already old
        refresh();
        return;
    }
    if (!dashboard) {
        // the figures on screen belong to another choice: not shown, not saved, beside a refusal
        m_dashboard.reset();
        for (QLabel *tile : std::as_const(m_tiles))
            tile->clear();
        for (QChartView *view : std::as_const(m_charts))
            clearDashboardChart(view);
        m_exportPng->setEnabled(false);
        m_exportCsv->setEnabled(false);
        m_status->setText(dashboard.error().message);
        emit dashboardShown(false);
        return;
    }
    m_dashboard = dashboard.value();
    showTiles(*m_dashboard);
    for (auto it = m_charts.cbegin(); it != m_charts.cend(); ++it)
        drawDashboardChart(it.value(), *m_dashboard, it.key());
    const QString granularity = m_dashboard->granularity == Granularity::Day    ? tr("by day")
                                : m_dashboard->granularity == Granularity::Week ? tr("by week")
                                                                                 : tr("by month");
    m_status->setText(tr("%1 to %2, %3.").arg(m_dashboard->query.from.toString(Qt::ISODate), m_dashboard->query.to.toString(Qt::ISODate), granularity));
    m_exportPng->setEnabled(true);
    m_exportCsv->setEnabled(true);
    emit dashboardShown(true);
}

void InsightsPage::showTiles(const Dashboard &d)
{
    const auto set = [this](const QString &name, const QString &value, const QString &detail = QString()) {
        QLabel *tile = m_tiles.value(name);
        tile->setText(QStringLiteral("<div style='font-size:large;font-weight:bold'>%1</div><div>%2</div>%3")
                          .arg(value.toHtmlEscaped(), tile->property("caption").toString().toHtmlEscaped(),
                               detail.isEmpty() ? QString() : QStringLiteral("<div style='color:gray'>%1</div>").arg(detail.toHtmlEscaped())));
    };
    set(QStringLiteral("liability"), points::displayPoints(d.liabilityPoints),
        tr("worth ¥%1 on %2").arg(points::displayYuan(d.liabilityFen), d.query.to.toString(Qt::ISODate)));
    set(QStringLiteral("issued"), points::displayPoints(d.total.issued), tr("of them %1 for green goods").arg(points::displayPoints(d.total.green)));
    set(QStringLiteral("used"), points::displayPoints(d.total.used));
    set(QStringLiteral("expired"), points::displayPoints(d.total.expired), tr("clawed back for returns: %1").arg(points::displayPoints(d.total.clawedBack)));
    set(QStringLiteral("breakage"), percentText(d.breakagePermille));
    set(QStringLiteral("redemption"), percentText(d.redemptionPermille));
    set(QStringLiteral("active"), points::displayPoints(d.activeMembers));
    set(QStringLiteral("new"), points::displayPoints(d.newMembers));
}

void InsightsPage::showChart(DashboardChart chart)
{
    if (QChartView *view = m_charts.value(chart))
        m_tabs->setCurrentWidget(view);
}

DashboardChart InsightsPage::currentChart() const
{
    for (auto it = m_charts.cbegin(); it != m_charts.cend(); ++it) {
        if (it.value() == m_tabs->currentWidget())
            return it.key();
    }
    return DashboardChart::Flows;
}

void InsightsPage::exportChartPng()
{
    const DashboardChart chart = currentChart();
    const QString title = tr("Save chart");
    const QString file = FileChooser::saveFile(this, title, dashboardChartTitle(chart) + QStringLiteral(".png"), tr("PNG images (*.png)"));
    if (file.isEmpty())
        return;
    if (!m_charts.value(chart)->grab().save(file, "PNG"))
        MessageBox::warning(this, title, tr("The picture could not be written to %1.").arg(file));
}

void InsightsPage::exportChartCsv()
{
    if (!m_dashboard)
        return;
    const DashboardChart chart = currentChart();
    const auto output = openCsvForExport(this, tr("Save figures"), dashboardChartTitle(chart) + QStringLiteral(".csv"));
    if (!output)
        return;
    for (const QStringList &row : insights::table(*m_dashboard, chart))
        output->write(csv::line(row));
    if (!output->flush())
        MessageBox::warning(this, tr("Save figures"), tr("The figures could not be written to %1.").arg(output->fileName()));
}

void InsightsPage::openSettlement()
{
    auto *dialog = new SettlementDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace pd::ui

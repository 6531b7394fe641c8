#include "dashboardcharts.h"

#include "ui/widgets/countaxis.h"

#include "core/members/member.h"
#include "core/pointsmath.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QValueAxis>

#include <functional>

namespace pd::ui {

namespace {

QValueAxis *pointsAxis(QChart *chart, qint64 highest, const QString &title)
{
    QValueAxis *axis = countAxis(chart, highest, title);
    axis->applyNiceNumbers();
    return axis;
}

// A click on a legend entry hides its series (and greys the entry), a second shows it again.
void makeLegendToggle(QChart *chart)
{
    for (QLegendMarker *marker : chart->legend()->markers()) {
        QObject::connect(marker, &QLegendMarker::clicked, marker, [marker] {
            QAbstractSeries *series = marker->series();
            series->setVisible(!series->isVisible());
            marker->setVisible(true); // the entry stays, so it can be clicked again
            QColor label = marker->labelBrush().color();
            label.setAlphaF(series->isVisible() ? 1.0 : 0.4);
            marker->setLabelBrush(label);
        });
    }
}

void drawFlows(QChart *chart, const Dashboard &d)
{
    QStringList labels; // short under the axis (the year is in the period above); tooltips and CSV say it whole
    QStringList names;
    for (const PeriodFigures &p : d.periods) {
        names << insights::periodLabel(p, d.granularity);
        labels << (d.granularity == Granularity::Month ? p.first.toString(QStringLiteral("yyyy-MM")) : p.first.toString(QStringLiteral("MM-dd")));
    }
    struct Line
    {
        QString name;
        qint64 PeriodFigures::*field;
    };
    const QList<Line> lines = {{QCoreApplication::translate("pd::ui::DashboardCharts", "Issued"), &PeriodFigures::issued},
                               {QCoreApplication::translate("pd::ui::DashboardCharts", "Used"), &PeriodFigures::used},
                               {QCoreApplication::translate("pd::ui::DashboardCharts", "Expired"), &PeriodFigures::expired},
                               {QCoreApplication::translate("pd::ui::DashboardCharts", "Clawed back"), &PeriodFigures::clawedBack},
                               {QCoreApplication::translate("pd::ui::DashboardCharts", "Green"), &PeriodFigures::green}};
    auto *periods = new QBarCategoryAxis;
    periods->append(labels);
    if (labels.size() > 12)
        periods->setLabelsAngle(-90);
    chart->addAxis(periods, Qt::AlignBottom);
    qint64 highest = 0;
    QList<QLineSeries *> all;
    for (const Line &line : lines) {
        auto *series = new QLineSeries;
        series->setName(line.name);
        series->setPointsVisible(d.periods.size() < 60);
        for (qsizetype i = 0; i < d.periods.size(); ++i) {
            const qint64 value = d.periods.at(i).*(line.field);
            series->append(double(i), double(value));
            highest = std::max(highest, value);
        }
        QObject::connect(series, &QLineSeries::hovered, series, [series, names](const QPointF &point, bool state) {
            const qsizetype i = qRound(point.x());
            if (state && i >= 0 && i < names.size())
                QToolTip::showText(QCursor::pos(), QStringLiteral("%1 %2: %3").arg(series->name(), names.at(i),
                                                                                     points::displayPoints(qint64(series->at(int(i)).y()))));
        });
        all << series;
    }
    auto *axis = pointsAxis(chart, highest, QCoreApplication::translate("pd::ui::DashboardCharts", "Points"));
    chart->addAxis(axis, Qt::AlignLeft);
    for (QLineSeries *series : all) {
        chart->addSeries(series);
        series->attachAxis(periods);
        series->attachAxis(axis);
    }
}

void drawLiabilityByMonth(QChart *chart, const Dashboard &d)
{
    auto *set = new QBarSet(QCoreApplication::translate("pd::ui::DashboardCharts", "Open points"));
    QStringList labels;
    qint64 highest = 0;
    for (const MonthLiability &m : d.liabilityByMonth) {
        labels << m.day.toString(QStringLiteral("yyyy-MM"));
        *set << double(m.points);
        highest = std::max(highest, m.points);
    }
    auto *series = new QBarSeries;
    series->append(set);
    QObject::connect(set, &QBarSet::hovered, set, [d, labels](bool state, int i) {
        if (state && i >= 0 && i < d.liabilityByMonth.size())
            QToolTip::showText(QCursor::pos(), QCoreApplication::translate("pd::ui::DashboardCharts", "%1 (to %2): %3 points, ¥%4")
                                                   .arg(labels.at(i), d.liabilityByMonth.at(i).day.toString(Qt::ISODate),
                                                        points::displayPoints(d.liabilityByMonth.at(i).points),
                                                        points::displayYuan(insights::valueFen(d.liabilityByMonth.at(i).points, d.pointValueFen).value_or(0))));
    });
    chart->addSeries(series);
    auto *months = new QBarCategoryAxis;
    months->append(labels);
    chart->addAxis(months, Qt::AlignBottom);
    series->attachAxis(months);
    auto *axis = pointsAxis(chart, highest, QCoreApplication::translate("pd::ui::DashboardCharts", "Points"));
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
}

void drawLiabilityByStore(QChart *chart, const Dashboard &d)
{
    auto *set = new QBarSet(QCoreApplication::translate("pd::ui::DashboardCharts", "Open points"));
    QStringList labels;
    qint64 highest = 0;
    // largest at the top: a horizontal bar chart draws its first category at the bottom
    for (qsizetype i = d.liabilityByStore.size() - 1; i >= 0; --i) {
        const StoreLiability &s = d.liabilityByStore.at(i);
        labels << (s.code.isEmpty() ? s.name : s.code + QLatin1Char(' ') + s.name);
        *set << double(s.points);
        highest = std::max(highest, s.points);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    QObject::connect(set, &QBarSet::hovered, set, [d, labels](bool state, int i) {
        if (state && i >= 0 && i < labels.size()) {
            const StoreLiability &s = d.liabilityByStore.at(d.liabilityByStore.size() - 1 - i);
            QToolTip::showText(QCursor::pos(), QCoreApplication::translate("pd::ui::DashboardCharts", "%1: %2 points, ¥%3")
                                                   .arg(labels.at(i), points::displayPoints(s.points), points::displayYuan(insights::valueFen(s.points, d.pointValueFen).value_or(0))));
        }
    });
    chart->addSeries(series);
    auto *stores = new QBarCategoryAxis;
    stores->append(labels);
    chart->addAxis(stores, Qt::AlignLeft);
    series->attachAxis(stores);
    auto *axis = pointsAxis(chart, highest, QCoreApplication::translate("pd::ui::DashboardCharts", "Points"));
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
}

// Shares of the period as horizontal bars, largest at the top, with the points and the count
// in the tooltip.
void drawShares(QChart *chart, const QList<DashboardShare> &shares, const std::function<QString(const DashboardShare &)> &note)
{
    auto *set = new QBarSet(QCoreApplication::translate("pd::ui::DashboardCharts", "Points"));
    QStringList labels;
    qint64 highest = 0;
    for (qsizetype i = shares.size() - 1; i >= 0; --i) {
        labels << shares.at(i).name;
        *set << double(shares.at(i).points);
        highest = std::max(highest, shares.at(i).points);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    QObject::connect(set, &QBarSet::hovered, set, [shares, note](bool state, int i) {
        if (state && i >= 0 && i < shares.size()) {
            const DashboardShare &s = shares.at(shares.size() - 1 - i);
            QToolTip::showText(QCursor::pos(), QCoreApplication::translate("pd::ui::DashboardCharts", "%1: %2 points, %3")
                                                   .arg(s.name, points::displayPoints(s.points), note(s)));
        }
    });
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(labels);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto *axis = pointsAxis(chart, highest, QCoreApplication::translate("pd::ui::DashboardCharts", "Points"));
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
}

// What a campaign's bar says on hover: what it awarded for (receipts, or check-ins and badge
// prizes, which have none) and the uplift.
QString campaignNote(const DashboardCampaign &c)
{
    QStringList what;
    if (c.receipts > 0 || c.otherAwards == 0)
        what << QCoreApplication::translate("pd::ui::DashboardCharts", "%1 receipts").arg(points::displayPoints(c.receipts));
    if (c.otherAwards > 0)
        what << QCoreApplication::translate("pd::ui::DashboardCharts", "%1 check-ins or prizes").arg(points::displayPoints(c.otherAwards));
    what << (c.upliftPermille ? QCoreApplication::translate("pd::ui::DashboardCharts", "participants' spend per day %1 % against the four weeks before")
                                    .arg(insights::permilleText(c.upliftPermille))
                              : QCoreApplication::translate("pd::ui::DashboardCharts", "no spend before to compare with"));
    QString note = what.constFirst();
    for (const QString &part : what.mid(1))
        note = QCoreApplication::translate("pd::ui::DashboardCharts", "%1; %2").arg(note, part);
    return note;
}

// The campaigns' extra points as bars; the tooltip adds what they awarded for and the uplift.
void drawCampaigns(QChart *chart, const Dashboard &d)
{
    QList<DashboardShare> shares;
    QHash<QString, QString> notes;
    for (const DashboardCampaign &c : d.campaigns) {
        shares << DashboardShare{c.code, c.name, c.extraPoints, c.receipts};
        notes.insert(c.code, campaignNote(c));
    }
    drawShares(chart, shares, [notes](const DashboardShare &s) { return notes.value(s.code); });
}

// Moves up and down a tier by month, side by side.
void drawTierMoves(QChart *chart, const Dashboard &d)
{
    auto *up = new QBarSet(QCoreApplication::translate("pd::ui::DashboardCharts", "Up a tier"));
    auto *down = new QBarSet(QCoreApplication::translate("pd::ui::DashboardCharts", "Down a tier"));
    QStringList months;
    qint64 highest = 0;
    for (const MonthTierMoves &m : d.tierMoves) {
        months << m.month.toString(QStringLiteral("yyyy-MM"));
        *up << double(m.up);
        *down << double(m.down);
        highest = std::max({highest, m.up, m.down});
    }
    for (QBarSet *set : {up, down}) {
        QObject::connect(set, &QBarSet::hovered, set, [set, months](bool state, int i) {
            if (state && i >= 0 && i < months.size())
                QToolTip::showText(QCursor::pos(), QCoreApplication::translate("pd::ui::DashboardCharts", "%1, %2: %3 members")
                                                       .arg(months.at(i), set->label(), points::displayPoints(qint64(set->at(i)))));
        });
    }
    auto *series = new QBarSeries;
    series->append(up);
    series->append(down);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(months);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    auto *count = pointsAxis(chart, highest, QCoreApplication::translate("pd::ui::DashboardCharts", "Members"));
    chart->addAxis(count, Qt::AlignLeft);
    series->attachAxis(count);
}

void drawTiers(QChart *chart, const Dashboard &d)
{
    auto *series = new QPieSeries;
    for (const TierCount &t : d.tiers) {
        QPieSlice *slice = series->append(QStringLiteral("%1 %2").arg(tierName(t.tier), points::displayPoints(t.members)), double(t.members));
        slice->setLabelVisible(t.members > 0);
        QObject::connect(slice, &QPieSlice::hovered, slice, [slice](bool state) {
            slice->setExploded(state);
            if (state)
                QToolTip::showText(QCursor::pos(), slice->label());
        });
    }
    chart->addSeries(series);
}

} // namespace

QString dashboardChartTitle(DashboardChart chart)
{
    switch (chart) {
    case DashboardChart::Kpis: return QCoreApplication::translate("pd::ui::DashboardCharts", "Key figures");
    case DashboardChart::Flows: return QCoreApplication::translate("pd::ui::DashboardCharts", "Points issued, used, expired and clawed back");
    case DashboardChart::LiabilityByMonth: return QCoreApplication::translate("pd::ui::DashboardCharts", "Open points at each month's end");
    case DashboardChart::LiabilityByStore: return QCoreApplication::translate("pd::ui::DashboardCharts", "Open points by the store they were earned at");
    case DashboardChart::Tiers: return QCoreApplication::translate("pd::ui::DashboardCharts", "Members per tier");
    case DashboardChart::Scenarios: return QCoreApplication::translate("pd::ui::DashboardCharts", "Points earned per scenario and partner merchant");
    case DashboardChart::Categories: return QCoreApplication::translate("pd::ui::DashboardCharts", "Points redeemed per catalog category");
    case DashboardChart::Campaigns: return QCoreApplication::translate("pd::ui::DashboardCharts", "Extra points of each campaign");
    case DashboardChart::TierMoves: return QCoreApplication::translate("pd::ui::DashboardCharts", "Members moving up or down a tier, by month");
    }
    return QString();
}

void clearDashboardChart(QChartView *view)
{
    QChart *chart = view->chart();
    chart->removeAllSeries(); // deletes them
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis); // gives the axis back to us
        delete axis;
    }
}

void drawDashboardChart(QChartView *view, const Dashboard &dashboard, DashboardChart chart)
{
    clearDashboardChart(view);
    QChart *c = view->chart();
    c->setTitle(dashboardChartTitle(chart));
    switch (chart) {
    case DashboardChart::Kpis: break;
    case DashboardChart::Flows: drawFlows(c, dashboard); break;
    case DashboardChart::LiabilityByMonth: drawLiabilityByMonth(c, dashboard); break;
    case DashboardChart::LiabilityByStore: drawLiabilityByStore(c, dashboard); break;
    case DashboardChart::Tiers: drawTiers(c, dashboard); break;
    case DashboardChart::Scenarios:
        drawShares(c, dashboard.earningByScenario, [](const DashboardShare &s) {
            return QCoreApplication::translate("pd::ui::DashboardCharts", "%1 receipts").arg(points::displayPoints(s.count));
        });
        break;
    case DashboardChart::Categories:
        drawShares(c, dashboard.redemptionsByCategory, [](const DashboardShare &s) {
            return QCoreApplication::translate("pd::ui::DashboardCharts", "%1 units").arg(points::displayPoints(s.count));
        });
        break;
    case DashboardChart::Campaigns: drawCampaigns(c, dashboard); break;
    case DashboardChart::TierMoves: drawTierMoves(c, dashboard); break;
    }
    c->legend()->setVisible(true);
    c->legend()->setAlignment(chart == DashboardChart::Tiers ? Qt::AlignRight : Qt::AlignBottom);
    makeLegendToggle(c);
}

} // namespace pd::ui

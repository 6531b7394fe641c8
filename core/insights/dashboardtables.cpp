#include "dashboardtables.h"

#include "core/members/member.h"
#include "core/pointsmath.h"

namespace pd::insights {

namespace {

QString number(qint64 n) { return QString::number(n); }

QString yuan(qint64 points, qint64 pointValueFen)
{
    const auto fen = valueFen(points, pointValueFen);
    return fen ? points::formatYuan(*fen) : QString();
}

} // namespace

QString chartCode(DashboardChart chart)
{
    switch (chart) {
    case DashboardChart::Kpis: return QStringLiteral("kpis");
    case DashboardChart::Flows: return QStringLiteral("flows");
    case DashboardChart::LiabilityByMonth: return QStringLiteral("months");
    case DashboardChart::LiabilityByStore: return QStringLiteral("stores");
    case DashboardChart::Tiers: return QStringLiteral("tiers");
    case DashboardChart::Scenarios: return QStringLiteral("scenarios");
    case DashboardChart::Categories: return QStringLiteral("categories");
    case DashboardChart::Campaigns: return QStringLiteral("campaigns");
    case DashboardChart::TierMoves: return QStringLiteral("tiermoves");
    }
    return QString();
}

std::optional<DashboardChart> chartFromCode(const QString &code)
{
    for (DashboardChart c : {DashboardChart::Kpis, DashboardChart::Flows, DashboardChart::LiabilityByMonth, DashboardChart::LiabilityByStore,
                             DashboardChart::Tiers, DashboardChart::Scenarios, DashboardChart::Categories, DashboardChart::Campaigns,
                             DashboardChart::TierMoves}) {
        if (chartCode(c) == code)
            return c;
    }
    return std::nullopt;
}

QList<QStringList> table(const Dashboard &d, DashboardChart chart)
{
    QList<QStringList> rows;
    switch (chart) {
    case DashboardChart::Kpis:
        rows << QStringList{QStringLiteral("figure"), QStringLiteral("value")};
        rows << QStringList{QStringLiteral("liability_points"), number(d.liabilityPoints)}
             << QStringList{QStringLiteral("liability_yuan"), points::formatYuan(d.liabilityFen)}
             << QStringList{QStringLiteral("issued"), number(d.total.issued)} << QStringList{QStringLiteral("used"), number(d.total.used)}
             << QStringList{QStringLiteral("expired"), number(d.total.expired)}
             << QStringList{QStringLiteral("clawed_back"), number(d.total.clawedBack)}
             << QStringList{QStringLiteral("green"), number(d.total.green)}
             << QStringList{QStringLiteral("breakage_percent"), permilleText(d.breakagePermille)}
             << QStringList{QStringLiteral("redemption_percent"), permilleText(d.redemptionPermille)}
             << QStringList{QStringLiteral("active_members"), number(d.activeMembers)}
             << QStringList{QStringLiteral("new_members"), number(d.newMembers)};
        break;
    case DashboardChart::Flows:
        rows << QStringList{QStringLiteral("period"), QStringLiteral("first"), QStringLiteral("last"), QStringLiteral("issued"),
                            QStringLiteral("used"), QStringLiteral("expired"), QStringLiteral("clawed_back"), QStringLiteral("green")};
        for (const PeriodFigures &p : d.periods)
            rows << QStringList{periodLabel(p, d.granularity), p.first.toString(Qt::ISODate), p.last.toString(Qt::ISODate), number(p.issued),
                                number(p.used), number(p.expired), number(p.clawedBack), number(p.green)};
        break;
    case DashboardChart::LiabilityByMonth:
        rows << QStringList{QStringLiteral("day"), QStringLiteral("points"), QStringLiteral("yuan")};
        for (const MonthLiability &m : d.liabilityByMonth)
            rows << QStringList{m.day.toString(Qt::ISODate), number(m.points), yuan(m.points, d.pointValueFen)};
        break;
    case DashboardChart::LiabilityByStore:
        rows << QStringList{QStringLiteral("store"), QStringLiteral("name"), QStringLiteral("points"), QStringLiteral("yuan")};
        for (const StoreLiability &s : d.liabilityByStore)
            rows << QStringList{s.code, s.name, number(s.points), yuan(s.points, d.pointValueFen)};
        break;
    case DashboardChart::Tiers:
        rows << QStringList{QStringLiteral("tier"), QStringLiteral("name"), QStringLiteral("members")};
        for (const TierCount &t : d.tiers)
            rows << QStringList{t.tier, tierName(t.tier), number(t.members)};
        break;
    case DashboardChart::Scenarios:
        rows << QStringList{QStringLiteral("scenario"), QStringLiteral("name"), QStringLiteral("points"), QStringLiteral("receipts")};
        for (const DashboardShare &s : d.earningByScenario)
            rows << QStringList{s.code, s.name, number(s.points), number(s.count)};
        break;
    case DashboardChart::Categories:
        rows << QStringList{QStringLiteral("category"), QStringLiteral("name"), QStringLiteral("points"), QStringLiteral("units")};
        for (const DashboardShare &s : d.redemptionsByCategory)
            rows << QStringList{s.code, s.name, number(s.points), number(s.count)};
        break;
    case DashboardChart::Campaigns:
        rows << QStringList{QStringLiteral("campaign"), QStringLiteral("name"), QStringLiteral("from"), QStringLiteral("to"),
                            QStringLiteral("extra_points"), QStringLiteral("receipts"), QStringLiteral("uplift_percent"),
                            QStringLiteral("awards_without_receipt")};
        for (const DashboardCampaign &c : d.campaigns)
            rows << QStringList{c.code, c.name, c.from.toString(Qt::ISODate), c.to.toString(Qt::ISODate), number(c.extraPoints), number(c.receipts),
                                permilleText(c.upliftPermille), number(c.otherAwards)};
        break;
    case DashboardChart::TierMoves:
        rows << QStringList{QStringLiteral("month"), QStringLiteral("up"), QStringLiteral("down")};
        for (const MonthTierMoves &m : d.tierMoves)
            rows << QStringList{m.month.toString(QStringLiteral("yyyy-MM")), number(m.up), number(m.down)};
        break;
    }
    return rows;
}

} // namespace pd::insights

#pragma once

#include "core/access/session.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

class Database;

// The programme's figures for a period (DESIGN §10), read from the rollups the operations
// keep (points_daily, liability_daily, earning_daily, redemptions_daily, active_daily,
// members_by_tier, tier_moves_daily) and new members from an index, so a year over tens of
// millions of entries and a million members is a few thousand rows.
enum class Granularity { Day, Week, Month };

// Day up to a month, week up to a quarter, month beyond.
Granularity granularityFor(const QDate &from, const QDate &to);

struct DashboardQuery
{
    QDate from, to;                 // inclusive, business days
    std::optional<qint64> storeId;  // all stores when empty
};

// Points in one period of the chart (a day, a week or a month, cut to the query's range).
struct PeriodFigures
{
    QDate first, last;
    qint64 issued = 0;     // earned, green, bonuses, adjustments up
    qint64 used = 0;       // redeemed, paid at the till, donated, less what cancellations gave back
    qint64 expired = 0;
    qint64 clawedBack = 0;
    qint64 green = 0;      // of the issued, for green goods
    PeriodFigures &operator+=(const PeriodFigures &o);
};

struct StoreLiability
{
    qint64 storeId = 0; // 0: points posted by no store (an administrator's adjustment)
    QString code, name;
    qint64 points = 0;
};

struct MonthLiability
{
    QDate day; // the month's last day, or the query's last day in its last month
    qint64 points = 0;
};

// Members who moved up or down a tier in a month (the part of it inside the period).
struct MonthTierMoves
{
    QDate month; // its first day
    qint64 up = 0, down = 0;
};

struct TierCount
{
    QString tier; // code
    qint64 members = 0;
};

// A part of the period's earning or redemptions: a scenario (or partner merchant) or a
// catalog category, with its name.
struct DashboardShare
{
    QString code;  // supermarket, partner:eyewear …; or the category code
    QString name;  // the scenario's own or translated name; the category's translated name
    qint64 points = 0;
    qint64 count = 0; // receipts that earned, or units redeemed (less cancelled)
};

// A campaign that awarded points in the period: its extra points there, and its uplift.
struct DashboardCampaign
{
    QString code, name;
    QDate from, to;                      // its window
    qint64 extraPoints = 0;              // awarded in the period (at the store, with a filter)
    qint64 receipts = 0;                 // receipts it awarded in the period
    qint64 otherAwards = 0;              // its awards without a receipt (check-ins, badge prizes)
    std::optional<qint64> upliftPermille; // its participants' spend per day against the four weeks before (all stores)
};

struct Dashboard
{
    DashboardQuery query;
    Granularity granularity = Granularity::Day;
    PeriodFigures total;               // the whole period
    qint64 liabilityPoints = 0;        // open points at the end of the period
    qint64 liabilityFen = 0;           // … valued at point_value_fen
    qint64 pointValueFen = 1;
    std::optional<qint64> breakagePermille;   // expired ÷ issued; none when nothing was issued
    std::optional<qint64> redemptionPermille; // used ÷ issued
    qint64 activeMembers = 0;          // a receipt in the 90 days ending with the period
    qint64 newMembers = 0;             // joined in the period
    QList<PeriodFigures> periods;
    QList<MonthLiability> liabilityByMonth;
    QList<StoreLiability> liabilityByStore; // at the end of the period, largest first
    QList<TierCount> tiers;                 // members per tier, in the programme's order
    QList<MonthTierMoves> tierMoves;        // every month of the period, in order
    QList<DashboardShare> earningByScenario;     // earned points (before green points and bonuses), largest first
    QList<DashboardShare> redemptionsByCategory; // redeemed less cancelled in the period, largest first
    QList<DashboardCampaign> campaigns;          // those that awarded points in the period, most points first
};

namespace insights {

// Campaign managers, finance and compliance (Permission::ProgrammeFigures). A store filter
// narrows the flows and liability to what that store posted and earned, active members to its
// receipts, and new members and tiers to its own members.
Result<Dashboard> dashboard(Database &db, const Session &session, const DashboardQuery &query);

// n ÷ d in thousandths, rounded half up; none when d is 0.
std::optional<qint64> permille(qint64 numerator, qint64 denominator);
// Thousandths as a percent with one decimal ("17.9"); empty for none.
QString permilleText(const std::optional<qint64> &permille);

// What `points` are worth at the point value, in fen; none when it does not fit.
std::optional<qint64> valueFen(qint64 points, qint64 pointValueFen);

// A period's label on the charts and in CSV: 2027-03-05, 2027-03-01–03-07, 2027-03.
QString periodLabel(const PeriodFigures &period, Granularity granularity);

} // namespace insights
} // namespace pd

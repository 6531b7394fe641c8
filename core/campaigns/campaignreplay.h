#pragma once

#include "core/campaigns/campaign.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace pd {

// What a campaign awards over a period, by day (DESIGN §8: simulator and report).
struct CampaignDay
{
    qint64 matched = 0;      // receipts (or registrations, redemptions) the campaign awarded points to
    qint64 members = 0;      // members it awarded that day
    qint64 points = 0;       // extra points it awarded
    bool capReached = false; // the day its budget ran out
};

struct CampaignFigures
{
    QDate from, to;
    qint64 matched = 0;
    qint64 membersReached = 0;
    qint64 points = 0;
    qint64 pointValueFen = 1; // what a point cost the programme then
    qint64 costFen() const { return points * pointValueFen; }
    std::optional<QDate> capReachedOn;
    QMap<QDate, CampaignDay> days;
    // the report's uplift: participants' spend per scheduled day in the window against the
    // same weekdays of the four weeks before it (in fen per day; nothing when there was none before)
    std::optional<qint64> spendPerDayInWindowFen, spendPerDayBeforeFen;
    std::optional<qint64> upliftPermille;

    QJsonObject toJson() const;
};

// A receipt as it was posted, with the factors its breakdown recorded.
struct ReplayedReceipt
{
    qint64 memberId = 0;
    QDate day;
    QString storeCode, scenario, tierCode;
    qint64 amountFen = 0;
    int ratePer100 = 0, tierPct = 100, creditPct = 100;
    int appliedPct = 100;     // the multiplier that really applied
    QString appliedCode;      // and its campaign
    bool firstReceipt = false;
};

// The simulator's engine: a campaign replayed over posted history, alone on top of what really
// applied, with its budget and member caps counted as it goes (points as awarded at posting:
// returns are not netted, as budgets are not). The period replaces the campaign's window; its
// schedule and filters still apply. Pure: the caller reads the history.
// A member's receipt (net of what was returned) or check-in, as a badge collection counts it.
struct BadgeActivity
{
    QDate day;
    bool checkin = false;
    QString store, scenario;
    qint64 amountFen = 0, greenFen = 0, returnedFen = 0;
};

class CampaignReplay
{
public:
    CampaignReplay(Campaign campaign, qint64 pointValueFen) : m_campaign(std::move(campaign)), m_pointValueFen(pointValueFen) {}

    void receipt(const ReplayedReceipt &r);
    // False when no receipt of the day can earn from it (a multiplier's schedule): the caller
    // skips reading the rest of such receipts.
    bool mayApplyOn(const QDate &day) const { return m_campaign.type != CampaignType::Multiplier || m_campaign.scheduledOn(day); }
    void registration(qint64 memberId, const QDate &joinedOn, const QString &storeCode);
    void redemption(qint64 memberId, const QDate &day, const QString &itemCode, int quantity, qint64 itemPrice);
    // One member's check-in dates in the period, in date order, as if each was checked in on its
    // own day: the day's points and the streak bonuses each date reaches.
    void checkins(qint64 memberId, const QList<QDate> &dates);
    // One member's activity in the period, in time order: the reward on the day the set is whole.
    void badgeActivities(qint64 memberId, const QList<BadgeActivity> &activities);

    CampaignFigures figures(const QDate &from, const QDate &to) const;

private:
    qint64 roomFor(qint64 memberId) const;
    void award(qint64 memberId, const QDate &day, qint64 points);

    Campaign m_campaign;
    qint64 m_pointValueFen;
    qint64 m_awarded = 0;
    QHash<qint64, qint64> m_byMember;
    QMap<QDate, CampaignDay> m_days;
    QMap<QDate, QSet<qint64>> m_membersByDay;
};

} // namespace pd

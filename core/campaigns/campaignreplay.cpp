#include "campaignreplay.h"

#include "core/campaigns/badgerules.h"
#include "core/campaigns/streak.h"

#include "core/pointsmath.h"

#include <QJsonArray>

#include <limits>

namespace pd {

qint64 CampaignReplay::roomFor(qint64 memberId) const
{
    qint64 room = std::numeric_limits<qint64>::max();
    if (m_campaign.budgetPoints)
        room = std::max<qint64>(0, *m_campaign.budgetPoints - m_awarded);
    if (m_campaign.memberCapPoints)
        room = std::min(room, std::max<qint64>(0, *m_campaign.memberCapPoints - m_byMember.value(memberId)));
    return room;
}

void CampaignReplay::award(qint64 memberId, const QDate &day, qint64 points)
{
    if (points <= 0)
        return;
    m_awarded += points;
    m_byMember[memberId] += points;
    CampaignDay &d = m_days[day];
    ++d.matched;
    d.points += points;
    if (!m_membersByDay[day].contains(memberId)) {
        m_membersByDay[day].insert(memberId);
        ++d.members;
    }
    if (m_campaign.budgetPoints && m_awarded >= *m_campaign.budgetPoints)
        d.capReached = true;
}

void CampaignReplay::receipt(const ReplayedReceipt &r)
{
    if (!m_campaign.appliesTo(r.storeCode, r.scenario, r.tierCode, r.amountFen))
        return;
    if (m_campaign.type == CampaignType::Multiplier) {
        if (!m_campaign.scheduledOn(r.day))
            return;
        // the same choice as at posting: the higher percent wins, a tie goes to the lower code
        const int pct = m_campaign.percent;
        if (r.appliedPct > pct || (r.appliedPct == pct && !r.appliedCode.isEmpty() && r.appliedCode < m_campaign.code))
            return;
        const qint64 room = roomFor(r.memberId);
        if (room <= 0)
            return;
        const qint64 extra = points::earned(r.amountFen, r.ratePer100, r.tierPct, r.creditPct, pct)
                             - points::earned(r.amountFen, r.ratePer100, r.tierPct, r.creditPct, 100);
        award(r.memberId, r.day, std::min(extra, room));
    } else if (m_campaign.type == CampaignType::FirstPurchase && r.firstReceipt) {
        award(r.memberId, r.day, std::min(m_campaign.points, roomFor(r.memberId)));
    }
}

void CampaignReplay::checkins(qint64 memberId, const QList<QDate> &dates)
{
    if (m_campaign.type != CampaignType::Checkin)
        return;
    QSet<QDate> checked;
    QHash<QDate, streaks::Paid> paid;
    for (const QDate &day : dates) {
        checked.insert(day);
        award(memberId, day, std::min(m_campaign.checkin.dailyPoints, roomFor(memberId)));
        for (const streaks::Bonus &b : streaks::bonusesDue(m_campaign.checkin, checked, day, paid)) {
            const qint64 points = std::min(b.points, roomFor(memberId));
            award(memberId, day, points);
            paid[b.date].points += points;
            paid[b.date].streakDays.insert(b.streakDay);
        }
    }
}

void CampaignReplay::badgeActivities(qint64 memberId, const QList<BadgeActivity> &activities)
{
    if (m_campaign.type != CampaignType::Badges || m_campaign.badgeSet.rewardPoints <= 0)
        return;
    badgerules::Facts facts;
    QList<QDate> checkedIn;
    for (const BadgeActivity &a : activities) {
        if (a.checkin) {
            checkedIn << a.day;
            facts.longestStreak = badgerules::longestRun(checkedIn);
        } else {
            // the member's tier is not replayed: a tier filter is left to the report of what was awarded
            if (!m_campaign.appliesTo(a.store, a.scenario, m_campaign.tiers.value(0), a.amountFen) || (a.amountFen > 0 && a.returnedFen >= a.amountFen))
                continue;
            ++facts.visits;
            facts.greenVisits += a.greenFen > 0 ? 1 : 0;
            facts.scenarios.insert(a.scenario);
            facts.netSpendFen += a.amountFen - a.returnedFen;
            facts.netSpendByScenario[a.scenario] += a.amountFen - a.returnedFen;
        }
        const QList<badgerules::Progress> progress = badgerules::progressOf(m_campaign.badgeSet, facts);
        if (std::all_of(progress.cbegin(), progress.cend(), [](const badgerules::Progress &p) { return p.reached(); })) {
            award(memberId, a.day, std::min(m_campaign.badgeSet.rewardPoints, roomFor(memberId)));
            return;
        }
    }
}

void CampaignReplay::registration(qint64 memberId, const QDate &joinedOn, const QString &storeCode)
{
    if (m_campaign.type != CampaignType::Welcome || (!m_campaign.stores.isEmpty() && !m_campaign.stores.contains(storeCode)))
        return;
    if (m_byMember.contains(memberId))
        return; // once per member
    award(memberId, joinedOn, std::min(m_campaign.points, roomFor(memberId)));
}

void CampaignReplay::redemption(qint64 memberId, const QDate &day, const QString &itemCode, int quantity, qint64 itemPrice)
{
    if (m_campaign.type != CampaignType::Sale || itemCode != m_campaign.item)
        return;
    // the points the members would not have paid
    award(memberId, day, std::max<qint64>(0, itemPrice - m_campaign.points) * quantity);
}

CampaignFigures CampaignReplay::figures(const QDate &from, const QDate &to) const
{
    CampaignFigures f;
    f.from = from;
    f.to = to;
    f.days = m_days;
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        f.matched += it->matched;
        f.points += it->points;
        if (it->capReached && !f.capReachedOn)
            f.capReachedOn = it.key();
    }
    f.membersReached = m_byMember.size();
    f.pointValueFen = m_pointValueFen;
    return f;
}

QJsonObject CampaignFigures::toJson() const
{
    QJsonArray series;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        series.append(QJsonObject{{QStringLiteral("date"), it.key().toString(Qt::ISODate)},
                                  {QStringLiteral("matched"), it->matched},
                                  {QStringLiteral("members"), it->members},
                                  {QStringLiteral("extra_points"), it->points},
                                  {QStringLiteral("cap_reached"), it->capReached}});
    QJsonObject o{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                  {QStringLiteral("to"), to.toString(Qt::ISODate)},
                  {QStringLiteral("matched"), matched},
                  {QStringLiteral("members_reached"), membersReached},
                  {QStringLiteral("extra_points"), points},
                  {QStringLiteral("cost_yuan"), points::formatYuan(costFen())},
                  {QStringLiteral("cap_reached_on"), capReachedOn ? QJsonValue(capReachedOn->toString(Qt::ISODate)) : QJsonValue()},
                  {QStringLiteral("days"), series}};
    if (spendPerDayInWindowFen)
        o.insert(QStringLiteral("spend_per_day_in_window_yuan"), points::formatYuan(*spendPerDayInWindowFen));
    if (spendPerDayBeforeFen)
        o.insert(QStringLiteral("spend_per_day_before_yuan"), points::formatYuan(*spendPerDayBeforeFen));
    if (upliftPermille)
        o.insert(QStringLiteral("uplift_permille"), *upliftPermille);
    return o;
}

} // namespace pd

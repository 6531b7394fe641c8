#include "campaignterms.h"

#include "core/campaigns/badgerules.h"

#include "core/members/member.h"
#include "core/pointsmath.h"
#include "core/rules/programmerules.h"

#include <QCoreApplication>

namespace pd {

namespace {

QString say(const char *text) { return QCoreApplication::translate("pd::CampaignTerms", text); }

QString weekdayName(int isoDay)
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("pd::CampaignTerms", "Mondays"),   QT_TRANSLATE_NOOP("pd::CampaignTerms", "Tuesdays"),
                                        QT_TRANSLATE_NOOP("pd::CampaignTerms", "Wednesdays"), QT_TRANSLATE_NOOP("pd::CampaignTerms", "Thursdays"),
                                        QT_TRANSLATE_NOOP("pd::CampaignTerms", "Fridays"),   QT_TRANSLATE_NOOP("pd::CampaignTerms", "Saturdays"),
                                        QT_TRANSLATE_NOOP("pd::CampaignTerms", "Sundays")};
    return isoDay >= 1 && isoDay <= 7 ? say(names[isoDay - 1]) : QString();
}

QString listText(const QStringList &items) { return items.join(say(QT_TRANSLATE_NOOP("pd::CampaignTerms", ", "))); }

// "on Wednesdays and Saturdays, on day 15 of the month, on 2027-05-20": when a multiplier applies
QString scheduleText(const Campaign &c)
{
    QStringList parts;
    if (!c.weekdays.isEmpty()) {
        QStringList days;
        for (int d : c.weekdays)
            days << weekdayName(d);
        parts << say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "on %1")).arg(listText(days));
    }
    if (!c.monthDays.isEmpty()) {
        QStringList days;
        for (int d : c.monthDays)
            days << QString::number(d);
        parts << say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "on day %1 of each month")).arg(listText(days));
    }
    if (!c.dates.isEmpty()) {
        QStringList days;
        for (const QDate &d : c.dates)
            days << d.toString(Qt::ISODate);
        parts << say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "on %1")).arg(listText(days));
    }
    return parts.isEmpty() ? say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "every day")) : listText(parts);
}

QString checkinText(const CheckinLadder &l)
{
    QStringList parts;
    parts << say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "Check in once a day for %1 points.")).arg(points::displayPoints(l.dailyPoints));
    QStringList bonuses;
    for (auto it = l.streakBonus.cbegin(); it != l.streakBonus.cend(); ++it)
        bonuses << say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "+%1 on day %2")).arg(points::displayPoints(it.value())).arg(it.key());
    if (!bonuses.isEmpty())
        parts << say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "Days in a row earn more: %1%2.")).arg(listText(bonuses),
            l.cycleDays > 0 ? say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "; after day %1 the count starts again")).arg(l.cycleDays) : QString());
    if (l.makeupWindowDays > 0 && (l.makeupFreePerMonth > 0 || l.makeupCostPoints > 0)) {
        QString cards = l.makeupFreePerMonth > 0 ? say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "%1 free make-up cards a month")).arg(l.makeupFreePerMonth) : QString();
        if (l.makeupCostPoints > 0)
            cards += (cards.isEmpty() ? QString() : say(QT_TRANSLATE_NOOP("pd::CampaignTerms", ", then "))) + say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "%1 points a card")).arg(points::displayPoints(l.makeupCostPoints));
        parts << say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "A missed day in the last %1 days can be made up: %2.")).arg(l.makeupWindowDays).arg(cards);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString campaignWindowText(const Campaign &c)
{
    return c.from == c.to ? c.from.toString(Qt::ISODate) : c.from.toString(Qt::ISODate) + QStringLiteral(" – ") + c.to.toString(Qt::ISODate);
}

QString campaignStateText(const Campaign &c, const QDate &today)
{
    if (c.status != CampaignStatus::Approved)
        return campaignStatusName(c.status);
    if (today < c.from)
        return say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "Approved, starts %1")).arg(c.from.toString(Qt::ISODate));
    return today > c.to ? say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "Ended")) : say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "Active"));
}

QString campaignTermsForMembers(const Campaign &c)
{
    QStringList lines;
    lines << QStringLiteral("%1 (%2)").arg(c.name, campaignWindowText(c));
    QString what;
    switch (c.type) {
    case CampaignType::Multiplier: {
        const QString factor = c.percent % 100 == 0 ? QString::number(c.percent / 100) : QString::number(c.percent / 100.0, 'f', 2); // display only
        what = say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "Points × %1 (%2 %) %3; multipliers do not add up, the highest applies."))
                   .arg(factor)
                   .arg(c.percent)
                   .arg(scheduleText(c));
        break;
    }
    case CampaignType::Welcome:
        what = say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "%1 points for members who join in these dates, once per member.")).arg(points::displayPoints(c.points));
        break;
    case CampaignType::FirstPurchase:
        what = say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "%1 points with a member's first purchase ever, once; returned goods take them back in proportion."))
                   .arg(c.points);
        break;
    case CampaignType::Sale:
        what = say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "Item %1 for %2 points%3 instead of its catalog price."))
                   .arg(c.item)
                   .arg(c.points)
                   .arg(c.saleCashFen ? say(QT_TRANSLATE_NOOP("pd::CampaignTerms", " + ¥%1")).arg(points::displayYuan(*c.saleCashFen)) : QString());
        break;
    case CampaignType::Checkin:
        what = checkinText(c.checkin);
        break;
    case CampaignType::Badges: {
        QStringList badges;
        for (const BadgeRule &b : c.badgeSet.badges)
            badges << QStringLiteral("%1 (%2)").arg(b.name, badgerules::ruleText(b));
        QStringList rewards;
        if (c.badgeSet.rewardPoints > 0)
            rewards << say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "%1 points")).arg(points::displayPoints(c.badgeSet.rewardPoints));
        if (!c.badgeSet.rewardItem.isEmpty())
            rewards << say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "the prize %1, collected at the service desk")).arg(c.badgeSet.rewardItem);
        what = say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "Collect every badge within these dates: %1. The whole set gives %2. A badge counts "
                                                          "purchases kept: a returned purchase no longer counts until the set is complete."))
                   .arg(listText(badges), listText(rewards));
        break;
    }
    }
    lines << what;
    if (!c.stores.isEmpty())
        lines << say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "In stores: %1.")).arg(listText(c.stores));
    if (!c.scenarios.isEmpty()) {
        QStringList names;
        for (const QString &s : c.scenarios)
            names << scenarioName(s);
        lines << say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "For: %1.")).arg(listText(names));
    }
    if (!c.tiers.isEmpty()) {
        QStringList names;
        for (const QString &t : c.tiers)
            names << tierName(t);
        lines << say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "For %1 members.")).arg(listText(names));
    }
    if (c.minAmountFen)
        lines << say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "On purchases of at least ¥%1 (after any points deduction).")).arg(points::displayYuan(*c.minAmountFen));
    if (c.memberCapPoints)
        lines << say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "At most %1 campaign points per member.")).arg(points::displayPoints(*c.memberCapPoints));
    if (c.budgetPoints)
        lines << say(QT_TRANSLATE_NOOP("pd::CampaignTerms", "While the campaign's %1 points last.")).arg(points::displayPoints(*c.budgetPoints));
    if (!c.terms.trimmed().isEmpty())
        lines << c.terms.trimmed();
    return lines.join(QLatin1Char('\n'));
}

} // namespace pd

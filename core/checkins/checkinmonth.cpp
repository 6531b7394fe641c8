#include "checkinmonth.h"

#include "core/access/session.h"
#include "core/campaigns/campaign.h"
#include "core/campaigns/campaignterms.h"
#include "core/campaigns/streak.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/pointsmath.h"


namespace pd {

namespace {

// The check-in campaign approved for some day of [first, last], the latest first.
Result<std::optional<Campaign>> campaignTouching(Database &db, const QDate &first, const QDate &last)
{
    auto row = sql::run(db.connection(),
                        QStringLiteral("SELECT id, definition FROM campaigns WHERE status = 'approved' AND type = 'checkin' "
                                       "AND from_date <= ? AND to_date >= ? ORDER BY from_date DESC LIMIT 1"),
                        {last.toString(Qt::ISODate), first.toString(Qt::ISODate)});
    if (!row)
        return row.error();
    if (!row.value().next())
        return std::optional<Campaign>();
    const qint64 id = row.value().value(0).toLongLong();
    const QString definition = row.value().value(1).toString();
    row.value().finish();
    auto c = Campaign::fromStoredDefinition(definition);
    if (!c)
        return c.error();
    Campaign campaign = c.value();
    campaign.id = id;
    return std::optional<Campaign>(campaign);
}

} // namespace

QString checkinDayName(CheckinMonth::Day day)
{
    switch (day) {
    case CheckinMonth::Day::Checked: return QCoreApplication::translate("pd::CheckinMonth", "Checked in");
    case CheckinMonth::Day::MadeUp: return QCoreApplication::translate("pd::CheckinMonth", "Made up");
    case CheckinMonth::Day::Missed: return QCoreApplication::translate("pd::CheckinMonth", "Missed");
    case CheckinMonth::Day::Ahead: return QCoreApplication::translate("pd::CheckinMonth", "Still to come");
    case CheckinMonth::Day::Outside: break;
    }
    return QCoreApplication::translate("pd::CheckinMonth", "No check-in campaign");
}

Result<CheckinMonth> checkinMonth(Database &db, const Clock &clock, const Session &session, qint64 memberId, const QDate &anyDay)
{
    if (Status s = session.require(Permission::MemberRead); !s)
        return s.error();
    const QDate first(anyDay.year(), anyDay.month(), 1), last = first.addMonths(1).addDays(-1);
    const QDate today = businessToday(clock);
    CheckinMonth month;
    auto found = campaignTouching(db, first, last);
    if (!found)
        return found.error();
    for (QDate d = first; d <= last; d = d.addDays(1))
        month.days.insert(d, CheckinMonth::Day::Outside);
    if (!found.value())
        return month;
    const Campaign &c = *found.value();
    month.campaignName = c.name;
    month.terms = campaignTermsForMembers(c);
    month.cardPricePoints = c.checkin.makeupCostPoints;

    auto rows = sql::run(db.connection(), QStringLiteral("SELECT business_date, card, business_time FROM checkins WHERE campaign_id = ? AND member_id = ?"),
                         {c.id, memberId});
    if (!rows)
        return rows.error();
    QSet<QDate> checked, madeUp;
    int freeUsed = 0;
    const QString monthStart = toStoredTime(points::startOfBusinessDay(QDate(today.year(), today.month(), 1)));
    while (rows.value().next()) {
        const QDate d = QDate::fromString(rows.value().value(0).toString(), Qt::ISODate);
        checked.insert(d);
        if (rows.value().value(1).toString() != QLatin1String("none"))
            madeUp.insert(d);
        if (rows.value().value(1).toString() == QLatin1String("free") && rows.value().value(2).toString() >= monthStart)
            ++freeUsed;
    }
    month.freeCardsLeft = std::max(0, c.checkin.makeupFreePerMonth - freeUsed);
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        if (!c.coversDate(d))
            continue;
        month.days[d] = madeUp.contains(d) ? CheckinMonth::Day::MadeUp
                        : checked.contains(d) ? CheckinMonth::Day::Checked
                        : d >= today          ? CheckinMonth::Day::Ahead
                                              : CheckinMonth::Day::Missed;
    }
    // the streak so far, and what coming every day from today would pay
    const QDate lastDone = checked.contains(today) ? today : today.addDays(-1);
    month.streakToday = streaks::lengthOn(checked, lastDone);
    QSet<QDate> ahead = checked;
    for (QDate d = lastDone.addDays(1); d <= last && c.coversDate(d); d = d.addDays(1)) {
        ahead.insert(d);
        if (const qint64 bonus = c.checkin.bonusAt(c.checkin.positionAt(streaks::lengthOn(ahead, d))); bonus > 0)
            month.bonusAhead.insert(d, bonus);
    }
    const streaks::NextBonus next = streaks::nextBonus(c.checkin, checked, lastDone);
    month.daysToNextBonus = next.days;
    month.nextBonusPoints = next.points;
    return month;
}

} // namespace pd

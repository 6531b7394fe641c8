#pragma once

#include "core/result.h"

#include <QDate>
#include <QMap>
#include <QString>

namespace pd {

class Clock;
class Database;
struct Session;

// A member's check-in calendar for one month (the member detail shows it): each day's state,
// the days ahead that will pay a bonus if the member comes every day from today, and the
// make-up cards left this month.
struct CheckinMonth
{
    enum class Day { Checked, MadeUp, Missed, Ahead, Outside }; // Outside: no check-in campaign that day
    QString campaignName;               // empty: no check-in campaign touches the month
    QString terms;                      // as members read them
    QMap<QDate, Day> days;              // every day of the month
    QMap<QDate, qint64> bonusAhead;     // from today: the days that will pay a bonus, and how much
    int streakToday = 0;                // days in a row up to today (or yesterday, if not yet today)
    int daysToNextBonus = 0;            // 0: none ahead
    qint64 nextBonusPoints = 0;
    int freeCardsLeft = 0;              // this calendar month
    qint64 cardPricePoints = 0;         // 0: none for sale
};

// The month of `anyDay` for the member, read without locks.
Result<CheckinMonth> checkinMonth(Database &db, const Clock &clock, const Session &session, qint64 memberId, const QDate &anyDay);

QString checkinDayName(CheckinMonth::Day day); // translated, for the calendar's legend and tooltips

} // namespace pd

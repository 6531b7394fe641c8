#pragma once

#include "core/campaigns/campaign.h"
#include "core/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

namespace pd::streaks {

// Streak arithmetic of a check-in campaign (DESIGN §8 `checkin`), on the dates a member checked
// in: no database, no clock. A streak on date D is the run of consecutive checked-in dates that
// ends at D; its position is ((length − 1) mod cycle) + 1.

struct Run
{
    QDate first, last;
    int length() const { return first.isValid() ? int(first.daysTo(last)) + 1 : 0; }
};

// The run of consecutive checked-in dates through `day` (empty when `day` is not checked in).
Run runThrough(const QSet<QDate> &checked, const QDate &day);

// The length of the streak that ends on `day` (0 when `day` is not checked in).
int lengthOn(const QSet<QDate> &checked, const QDate &day);

// What a date was paid in streak bonuses so far.
struct Paid
{
    qint64 points = 0;
    QSet<int> streakDays;
};

// A bonus to pay: the date, its streak day, and the points.
struct Bonus
{
    QDate date;
    int streakDay = 0;
    qint64 points = 0;
    bool operator==(const Bonus &) const = default;
};

// The bonuses due once `day` is checked in (it is in `checked`): every date of its run whose
// streak day has a bonus not yet paid for that date and day. A date a make-up moved to a later
// streak day is paid only what that day's bonus adds to what the date already had, so skipping a
// day and making it up never pays more than checking in every day (docs/decisions.md).
QList<Bonus> bonusesDue(const CheckinLadder &ladder, const QSet<QDate> &checked, const QDate &day, const QHash<QDate, Paid> &paid);

// For the calendar: how many more days of checking in every day from `after` on reach the next
// streak day with a bonus, and that bonus (0, 0 when no bonus lies ahead).
struct NextBonus
{
    int days = 0;
    qint64 points = 0;
};
NextBonus nextBonus(const CheckinLadder &ladder, const QSet<QDate> &checked, const QDate &after);

// The streak bonuses as people type them in the editor: "3: 10, 7: 50" (day: points), and back.
Result<QMap<int, qint64>> parseBonuses(const QString &text);
QString bonusesText(const QMap<int, qint64> &bonuses);

// What coming every day for a whole cycle pays (the editor's sample): the days, the points.
struct Straight
{
    int days = 0;
    qint64 dailyPoints = 0, bonusPoints = 0;
};
Straight everyDayOfACycle(const CheckinLadder &ladder);

} // namespace pd::streaks

#include "streak.h"

namespace pd::streaks {

Run runThrough(const QSet<QDate> &checked, const QDate &day)
{
    if (!checked.contains(day))
        return {};
    Run run{day, day};
    while (checked.contains(run.first.addDays(-1)))
        run.first = run.first.addDays(-1);
    while (checked.contains(run.last.addDays(1)))
        run.last = run.last.addDays(1);
    return run;
}

int lengthOn(const QSet<QDate> &checked, const QDate &day)
{
    int length = 0;
    for (QDate d = day; checked.contains(d); d = d.addDays(-1))
        ++length;
    return length;
}

QList<Bonus> bonusesDue(const CheckinLadder &ladder, const QSet<QDate> &checked, const QDate &day, const QHash<QDate, Paid> &paid)
{
    QList<Bonus> due;
    const Run run = runThrough(checked, day);
    if (ladder.streakBonus.isEmpty())
        return due;
    for (QDate d = run.first; run.first.isValid() && d <= run.last; d = d.addDays(1)) {
        const int streakDay = ladder.positionAt(int(run.first.daysTo(d)) + 1);
        const qint64 bonus = ladder.bonusAt(streakDay);
        if (bonus <= 0)
            continue;
        const Paid already = paid.value(d);
        if (already.streakDays.contains(streakDay))
            continue;
        if (const qint64 more = bonus - already.points; more > 0)
            due << Bonus{d, streakDay, more};
    }
    return due;
}

NextBonus nextBonus(const CheckinLadder &ladder, const QSet<QDate> &checked, const QDate &after)
{
    if (ladder.streakBonus.isEmpty())
        return {};
    const int length = lengthOn(checked, after);
    const int horizon = ladder.cycleDays > 0 ? ladder.cycleDays : ladder.streakBonus.lastKey();
    for (int days = 1; days <= horizon; ++days) {
        if (const qint64 bonus = ladder.bonusAt(ladder.positionAt(length + days)); bonus > 0)
            return {days, bonus};
    }
    return {};
}

} // namespace pd::streaks

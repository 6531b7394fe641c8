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

Result<QMap<int, qint64>> parseBonuses(const QString &text)
{
    QMap<int, qint64> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList dayPoints = part.split(QLatin1Char(':'));
        bool dayOk = false, pointsOk = false;
        const int day = dayPoints.value(0).trimmed().toInt(&dayOk);
        const qint64 points = dayPoints.value(1).trimmed().toLongLong(&pointsOk);
        if (dayPoints.size() != 2 || !dayOk || !pointsOk || day < 1 || day > 366 || points < 1 || points > 1'000'000 || out.contains(day))
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("pd::streaks", "Write the streak bonuses as day: points, e.g. 3: 10, 7: 50 (not \"%1\").")
                                 .arg(part.trimmed()),
                             QStringLiteral("streak_bonus"));
        out.insert(day, points);
    }
    return out;
}

QString bonusesText(const QMap<int, qint64> &bonuses)
{
    QStringList parts;
    for (auto it = bonuses.cbegin(); it != bonuses.cend(); ++it)
        parts << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

Straight everyDayOfACycle(const CheckinLadder &ladder)
{
    Straight s;
    s.days = ladder.cycleDays > 0 ? ladder.cycleDays : std::max(7, ladder.streakBonus.isEmpty() ? 0 : ladder.streakBonus.lastKey());
    s.dailyPoints = ladder.dailyPoints * s.days;
    for (int day = 1; day <= s.days; ++day)
        s.bonusPoints += ladder.bonusAt(ladder.positionAt(day));
    return s;
}

} // namespace pd::streaks

#include "dailypoints.h"

#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"

namespace pd::dailypoints {

namespace {

const QString kUpsert = QStringLiteral(
    "INSERT INTO points_daily (day, kind, issued, used, entries) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (day, kind) DO UPDATE SET issued = points_daily.issued + excluded.issued, "
    "used = points_daily.used + excluded.used, entries = points_daily.entries + excluded.entries");

void add(DailyTotals &totals, const QString &day, const QString &kind, qint64 issued, qint64 used, qint64 entries)
{
    DailyTotal &t = totals[qMakePair(day, kind)];
    t.issued += issued;
    t.used += used;
    t.entries += entries;
}

// Adds the totals to the stored ones, in key order (QMap).
Status writeTotals(Database &db, const DailyTotals &totals)
{
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (auto r = sql::run(db.connection(), kUpsert, {it.key().first, it.key().second, it->issued, it->used, it->entries}); !r)
            return r.error();
    }
    return {};
}

class PendingTotals final : public CommitHook
{
public:
    DailyTotals totals;

    Status beforeCommit(Database &db) override { return writeTotals(db, totals); }
};

} // namespace

void Counter::add(const QString &storedTime, const QString &kind, qint64 issued, qint64 used, qint64 entries)
{
    const QString minute = storedTime.left(16); // whole-minute zone offsets only
    auto day = m_dayOfMinute.constFind(minute);
    if (day == m_dayOfMinute.constEnd())
        day = m_dayOfMinute.insert(minute, dayOf(fromStoredTime(minute + QStringLiteral(":00.000Z"))));
    dailypoints::add(m_totals, *day, kind, issued, used, entries);
}

QString dayOf(const QDateTime &businessTime)
{
    return businessTime.toTimeZone(programmeTimeZone()).date().toString(Qt::ISODate);
}

void note(Database &db, const QDateTime &businessTime, const QString &kind, qint64 delta)
{
    add(db.commitHook<PendingTotals>().totals, dayOf(businessTime), kind, std::max<qint64>(delta, 0), std::max<qint64>(-delta, 0), 1);
}

Result<DailyTotals> stored(Database &db)
{
    auto rows = sql::run(db.connection(), QStringLiteral("SELECT day, kind, issued, used, entries FROM points_daily"));
    if (!rows)
        return rows.error();
    DailyTotals totals;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        add(totals, q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong());
    }
    return totals;
}

Result<DailyTotals> recount(Database &db)
{
    // grouped by the stored UTC minute, then by local day here
    auto rows = sql::run(db.connection(),
                         QStringLiteral("SELECT substr(business_time, 1, 16), kind, SUM(CASE WHEN delta > 0 THEN delta ELSE 0 END), "
                                        "SUM(CASE WHEN delta < 0 THEN -delta ELSE 0 END), COUNT(*) FROM ledger_entries GROUP BY 1, 2"));
    if (!rows)
        return rows.error();
    Counter counter;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        counter.add(q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong());
    }
    return counter.totals();
}

Status rebuild(Database &db)
{
    auto counted = recount(db);
    if (!counted)
        return counted.error();
    if (auto r = sql::run(db.connection(), QStringLiteral("DELETE FROM points_daily")); !r)
        return r.error();
    return writeTotals(db, counted.value());
}

Result<QList<DailyFigures>> figures(Database &db, const Session &session, const QDate &from, const QDate &to)
{
    if (Status s = session.require(Permission::ProgrammeFigures); !s)
        return s.error();
    if (!from.isValid() || !to.isValid() || from > to)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::DailyPoints", "Give a first day no later than the last day."),
                         QStringLiteral("from"));
    auto rows = sql::run(db.connection(),
                         QStringLiteral("SELECT day, kind, issued, used FROM points_daily WHERE day >= ? AND day <= ? ORDER BY day"),
                         {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!rows)
        return rows.error();
    QList<DailyFigures> days;
    for (QDate d = from; d <= to; d = d.addDays(1))
        days.append(DailyFigures{d});
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        DailyFigures &f = days[from.daysTo(day)];
        const QString kind = q.value(1).toString();
        const qint64 issued = q.value(2).toLongLong(), used = q.value(3).toLongLong();
        if (kind == QLatin1String("expire")) {
            f.expired += used;
        } else if (kind == QLatin1String("clawback")) {
            f.clawedBack += used;
        } else if (kind == QLatin1String("refund")) {
            f.used -= issued; // a cancelled redemption gives back what was used
        } else if (kind == QLatin1String("adjust")) {
            f.issued += issued;
            f.adjustedDown += used;
        } else {
            f.issued += issued;
            f.used += used;
        }
    }
    return days;
}

} // namespace pd::dailypoints

#include "dailypoints.h"

#include "core/ledger/entrykind.h"

#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/rowscan.h"
#include "core/db/sql.h"
#include "core/db/writebehind.h"

namespace pd::dailypoints {

namespace {

const QString kUpsert = QStringLiteral(
    "INSERT INTO points_daily (day, store_id, kind, issued, used, entries) VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (day, store_id, kind) DO UPDATE SET issued = points_daily.issued + excluded.issued, "
    "used = points_daily.used + excluded.used, entries = points_daily.entries + excluded.entries");

void add(DailyTotals &totals, const QString &day, qint64 storeId, const QString &kind, qint64 issued, qint64 used, qint64 entries)
{
    totals[DailyKey{day, storeId, kind}] += DailyTotal{issued, used, entries};
}

// Adds the totals to the stored ones, in key order (QMap).
Status writeTotals(Database &db, const DailyTotals &totals)
{
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (Status s = sql::runLater(db.connection(), kUpsert, {it.key().day, it.key().storeId, it.key().kind, it->issued, it->used, it->entries}); !s)
            return s;
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

void Counter::add(QByteArrayView storedTime, qint64 storeId, QByteArrayView kind, qint64 issued, qint64 used, qint64 entries)
{
    const quint64 key = (quint64(quint32(dayIndex(storedTime))) << 40) | (quint64(quint32(storeIndex(storeId))) << 16) | quint32(kindIndex(kind));
    m_totals[key] += DailyTotal{issued, used, entries};
}

namespace {
// "YYYY-MM-DDTHH:MM" as the number YYYYMMDDHHMM, or -1 for text of another shape.
qint64 minuteKey(QByteArrayView storedTime)
{
    static constexpr char kShape[] = "dddd-dd-ddTdd:dd";
    if (storedTime.size() < 16)
        return -1;
    qint64 key = 0;
    for (qsizetype i = 0; i < 16; ++i) {
        const char c = storedTime[i];
        if (kShape[i] != 'd') {
            if (c != kShape[i])
                return -1;
        } else if (c >= '0' && c <= '9') {
            key = key * 10 + (c - '0');
        } else {
            return -1;
        }
    }
    return key;
}
} // namespace

qint32 Counter::dayIndex(QByteArrayView storedTime)
{
    const qint64 minute = minuteKey(storedTime); // whole-minute zone offsets only
    if (minute >= 0 && minute == m_lastMinute)
        return m_lastDay;
    auto known = minute >= 0 ? m_dayOfMinute.constFind(minute) : m_dayOfMinute.constEnd();
    if (known != m_dayOfMinute.constEnd()) {
        m_lastMinute = minute;
        return m_lastDay = *known;
    }
    const QString text = QString::fromUtf8(storedTime);
    const QString day = dayOf(fromStoredTime(minute >= 0 ? text.left(16) + QStringLiteral(":00.000Z") : text));
    auto index = m_indexOfDay.constFind(day);
    if (index == m_indexOfDay.constEnd()) {
        index = m_indexOfDay.insert(day, qint32(m_days.size()));
        m_days.append(day);
    }
    if (minute >= 0) {
        m_dayOfMinute.insert(minute, *index);
        m_lastMinute = minute;
        m_lastDay = *index;
    }
    return *index;
}

qint64 Counter::julianDay(QByteArrayView storedTime)
{
    const qint32 index = dayIndex(storedTime);
    while (m_julianDays.size() <= index)
        m_julianDays.append(QDate::fromString(m_days.at(m_julianDays.size()), Qt::ISODate).toJulianDay());
    return m_julianDays.at(index);
}

qint32 Counter::kindIndex(QByteArrayView kind)
{
    for (qsizetype i = 0; i < m_kinds.size(); ++i) {
        if (m_kinds.at(i) == kind)
            return qint32(i);
    }
    m_kinds.append(kind.toByteArray());
    return qint32(m_kinds.size() - 1);
}

qint32 Counter::storeIndex(qint64 storeId)
{
    auto index = m_indexOfStore.constFind(storeId);
    if (index == m_indexOfStore.constEnd()) {
        index = m_indexOfStore.insert(storeId, qint32(m_stores.size()));
        m_stores.append(storeId);
    }
    return *index;
}

DailyTotals Counter::totals() const
{
    DailyTotals totals;
    for (auto it = m_totals.cbegin(); it != m_totals.cend(); ++it) {
        const quint64 key = it.key();
        totals.insert(DailyKey{m_days.at(qsizetype(key >> 40)), m_stores.at(qsizetype((key >> 16) & 0xffffffu)),
                               QString::fromUtf8(m_kinds.at(qsizetype(key & 0xffffu)))},
                      it.value());
    }
    return totals;
}

QString dayOf(const QDateTime &businessTime)
{
    // a batch job gives all its entries one business time, and converting a time to the
    // programme's zone costs microseconds: the last answer is kept
    thread_local QDateTime lastTime;
    thread_local QString lastDay;
    if (businessTime.isValid() && businessTime == lastTime)
        return lastDay;
    QString day = businessTime.toTimeZone(programmeTimeZone()).date().toString(Qt::ISODate);
    lastTime = businessTime;
    lastDay = day;
    return day;
}

void note(Database &db, const QDateTime &businessTime, std::optional<qint64> storeId, const QString &kind, qint64 delta)
{
    add(db.commitHook<PendingTotals>().totals, dayOf(businessTime), storeId.value_or(0), kind, std::max<qint64>(delta, 0), std::max<qint64>(-delta, 0), 1);
}

Result<DailyTotals> stored(Database &db)
{
    auto rows = sql::run(db.connection(), QStringLiteral("SELECT day, store_id, kind, issued, used, entries FROM points_daily"));
    if (!rows)
        return rows.error();
    DailyTotals totals;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        add(totals, q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toLongLong(),
            q.value(5).toLongLong());
    }
    return totals;
}

Result<DailyTotals> recount(Database &db)
{
    Counter counter;
    if (Status s = RowScan::each(db, QStringLiteral("SELECT business_time, store_id, kind, delta FROM ledger_entries"),
                                 [&](const RowScan &rows) {
                                     const qint64 delta = rows.integer(3);
                                     counter.add(rows.text(0), rows.isNull(1) ? 0 : rows.integer(1), rows.text(2), std::max<qint64>(delta, 0),
                                                 std::max<qint64>(-delta, 0), 1);
                                 });
        !s)
        return s.error();
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

Result<QList<DailyFigures>> figures(Database &db, const Session &session, const QDate &from, const QDate &to, std::optional<qint64> storeId)
{
    if (Status s = session.require(Permission::ProgrammeFigures); !s)
        return s.error();
    if (!from.isValid() || !to.isValid() || from > to)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::DailyPoints", "Give a first day no later than the last day."),
                         QStringLiteral("from"));
    QVariantList bound{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    if (storeId)
        bound << *storeId;
    auto rows = sql::run(db.connection(),
                         QStringLiteral("SELECT day, kind, SUM(issued), SUM(used) FROM points_daily WHERE day >= ? AND day <= ?")
                             + (storeId ? QStringLiteral(" AND store_id = ?") : QString()) + QStringLiteral(" GROUP BY day, kind ORDER BY day"),
                         bound);
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
        switch (dailyCount(kind)) {
        case DailyCount::Expired: f.expired += used; break;
        case DailyCount::ClawedBack: f.clawedBack += used; break;
        case DailyCount::Refund: f.used -= issued; break; // a cancelled redemption gives back what was used
        case DailyCount::Adjusted:
            f.issued += issued;
            f.adjustedDown += used;
            break;
        case DailyCount::IssuedAndUsed:
            f.issued += issued;
            f.used += used;
            if (kind == storedName(EntryKind::Green))
                f.green += issued;
            break;
        }
    }
    return days;
}

} // namespace pd::dailypoints

#pragma once

#include "core/access/session.h"
#include "core/result.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QPair>

#include <optional>

namespace pd {

class Database;

// One business day's entries of one kind.
struct DailyTotal
{
    qint64 issued = 0;  // the sum of the positive entries
    qint64 used = 0;    // of the negative ones, as a positive number
    qint64 entries = 0;
    bool operator==(const DailyTotal &) const = default;
    DailyTotal &operator+=(const DailyTotal &o)
    {
        issued += o.issued;
        used += o.used;
        entries += o.entries;
        return *this;
    }
};
// A business day's entries of one kind at one store (0: entries no store posted, as an
// administrator's adjustment or the expiry run).
struct DailyKey
{
    QString day; // YYYY-MM-DD
    qint64 storeId = 0;
    QString kind;
    bool operator==(const DailyKey &o) const { return storeId == o.storeId && day == o.day && kind == o.kind; }
    bool operator<(const DailyKey &o) const
    {
        if (day != o.day)
            return day < o.day;
        if (storeId != o.storeId)
            return storeId < o.storeId;
        return kind < o.kind;
    }
};
using DailyTotals = QMap<DailyKey, DailyTotal>;

// What a day looks like on the programme's charts.
struct DailyFigures
{
    QDate day;
    qint64 issued = 0;     // earned, green, bonuses, adjustments up
    qint64 used = 0;       // redeemed, paid at the till, donated — less what cancellations gave back
    qint64 expired = 0;
    qint64 clawedBack = 0; // taken back for returned goods
    qint64 adjustedDown = 0;
    qint64 green = 0;      // of the issued points, those for green goods
};

namespace dailypoints {

// Adds entries, by their stored time text, into daily totals. Made for a pass over millions of
// entries: each stored minute is turned into a day once, and entries in time order (as the
// ledger mostly is) skip even that look-up.
class Counter
{
public:
    void add(QByteArrayView storedTime, qint64 storeId, QByteArrayView kind, qint64 issued, qint64 used, qint64 entries);
    DailyTotals totals() const;

    // The business day of a stored time, as a number for day arithmetic (the Julian day), by
    // the same cache the totals use.
    qint64 julianDay(QByteArrayView storedTime);

private:
    qint32 dayIndex(QByteArrayView storedTime);
    qint32 kindIndex(QByteArrayView kind);
    qint32 storeIndex(qint64 storeId);

    qint64 m_lastMinute = -1; // YYYYMMDDHHMM
    qint32 m_lastDay = -1;
    QHash<qint64, qint32> m_dayOfMinute;
    QHash<QString, qint32> m_indexOfDay;
    QStringList m_days;
    QList<qint64> m_julianDays; // of m_days, filled as julianDay() asks
    QList<QByteArray> m_kinds;
    QHash<qint64, qint32> m_indexOfStore;
    QList<qint64> m_stores;
    QHash<quint64, DailyTotal> m_totals; // (day index << 40) | (store index << 16) | kind index
};

// The business day (programme time zone) of a UTC time, as YYYY-MM-DD.
QString dayOf(const QDateTime &businessTime);

// Counts an entry into the current write transaction's daily totals; they are written
// just before it commits (CommitHook), in key order, so writers never deadlock on them.
void note(Database &db, const QDateTime &businessTime, std::optional<qint64> storeId, const QString &kind, qint64 delta);

// The totals as stored, and as counted afresh from every ledger entry: verify compares them.
Result<DailyTotals> stored(Database &db);
Result<DailyTotals> recount(Database &db);

// Replaces the stored totals by a recount (migration 17, which added the store), in the
// caller's transaction.
Status rebuild(Database &db);

// One row per day from `from` to `to` inclusive (days without entries are zero), of every
// store or of one.
Result<QList<DailyFigures>> figures(Database &db, const Session &session, const QDate &from, const QDate &to,
                                    std::optional<qint64> storeId = std::nullopt);

} // namespace dailypoints
} // namespace pd

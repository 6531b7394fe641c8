#include "liability.h"

#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/rowscan.h"
#include "core/db/sql.h"
#include "core/db/writebehind.h"
#include "core/ledger/dailypoints.h"

#include <QHash>

namespace pd::liability {

namespace {

using DayStore = QPair<QString, qint64>;

const QString kUpsert = QStringLiteral("INSERT INTO liability_daily (day, store_id, delta) VALUES (?, ?, ?) "
                                       "ON CONFLICT (day, store_id) DO UPDATE SET delta = liability_daily.delta + excluded.delta");

Status write(Database &db, const QMap<DayStore, qint64> &changes)
{
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.value() == 0)
            continue;
        if (Status s = sql::runLater(db.connection(), kUpsert, {it.key().first, it.key().second, it.value()}); !s)
            return s;
    }
    return {};
}

class PendingChanges final : public CommitHook
{
public:
    QMap<DayStore, qint64> changes; // QMap: written in key order

    Status beforeCommit(Database &db) override { return write(db, changes); }
};

Result<StoreTotals> totals(Database &db, const QString &statement, const QVariantList &bound = {})
{
    auto rows = sql::run(db.connection(), statement, bound);
    if (!rows)
        return rows.error();
    StoreTotals byStore;
    while (rows.value().next()) {
        if (const qint64 points = rows.value().value(1).toLongLong(); points != 0)
            byStore.insert(rows.value().value(0).toLongLong(), points);
    }
    return byStore;
}

// Adds (time text, store, points) rows into per day and store changes.
Status count(Database &db, const QString &statement, dailypoints::Counter &counter, bool negate)
{
    return RowScan::each(db, statement, [&](const RowScan &rows) {
        const qint64 points = rows.integer(2);
        if (points != 0)
            counter.add(rows.text(0), rows.isNull(1) ? 0 : rows.integer(1), "lot", negate ? 0 : points, negate ? points : 0, 1);
    });
}

} // namespace

void note(Database &db, const QDateTime &businessTime, std::optional<qint64> storeId, qint64 delta)
{
    if (delta != 0)
        db.commitHook<PendingChanges>().changes[DayStore{dailypoints::dayOf(businessTime), storeId.value_or(0)}] += delta;
}

Result<StoreTotals> storedByStore(Database &db)
{
    return totals(db, QStringLiteral("SELECT store_id, SUM(delta) FROM liability_daily GROUP BY store_id"));
}

Result<StoreTotals> openLotsByStore(Database &db)
{
    return totals(db, QStringLiteral("SELECT COALESCE(store_id, 0), SUM(remaining) FROM lots WHERE remaining > 0 GROUP BY COALESCE(store_id, 0)"));
}

Status rebuild(Database &db)
{
    // the daily totals' counter turns stored times into business days fast; one made-up kind
    // ("lot") holds points added as issued and points taken as used
    dailypoints::Counter counter;
    const QStringList earned{
        QStringLiteral("SELECT earned_at, store_id, points FROM lots"),
        QStringLiteral("SELECT e.business_time, l.store_id, r.points FROM lot_restorations r JOIN lots l ON l.id = r.lot_id "
                       "JOIN ledger_entries e ON e.id = r.entry_id"),
    };
    for (const QString &statement : earned) {
        if (Status s = count(db, statement, counter, false); !s)
            return s;
    }
    if (Status s = count(db,
                         QStringLiteral("SELECT e.business_time, l.store_id, s.points FROM lot_spending s JOIN lots l ON l.id = s.lot_id "
                                        "JOIN ledger_entries e ON e.id = s.entry_id"),
                         counter, true);
        !s)
        return s;
    // what a lot lost beyond its spending is what expired (the expiry run empties lots and
    // records one entry per member, not per lot): counted on the lot's expiry day
    if (Status s = count(db,
                         QStringLiteral("SELECT l.expires_at, l.store_id, l.points - l.remaining "
                                        "- COALESCE(s.points, 0) + COALESCE(r.points, 0) FROM lots l "
                                        "LEFT JOIN (SELECT lot_id, SUM(points) AS points FROM lot_spending GROUP BY lot_id) s ON s.lot_id = l.id "
                                        "LEFT JOIN (SELECT lot_id, SUM(points) AS points FROM lot_restorations GROUP BY lot_id) r ON r.lot_id = l.id "
                                        "WHERE l.expires_at IS NOT NULL"),
                         counter, true);
        !s)
        return s;
    QMap<DayStore, qint64> changes;
    const DailyTotals counted = counter.totals();
    for (auto it = counted.cbegin(); it != counted.cend(); ++it)
        changes[DayStore{it.key().day, it.key().storeId}] += it->issued - it->used;
    if (auto r = sql::run(db.connection(), QStringLiteral("DELETE FROM liability_daily")); !r)
        return r.error();
    return write(db, changes);
}

Result<StoreTotals> atEndOf(Database &db, const QDate &day, std::optional<qint64> storeId)
{
    QVariantList bound{day.toString(Qt::ISODate)};
    if (storeId)
        bound << *storeId;
    return totals(db,
                  QStringLiteral("SELECT store_id, SUM(delta) FROM liability_daily WHERE day <= ?")
                      + (storeId ? QStringLiteral(" AND store_id = ?") : QString()) + QStringLiteral(" GROUP BY store_id"),
                  bound);
}

Result<QList<qint64>> atEndOfDays(Database &db, const QList<QDate> &days, std::optional<qint64> storeId)
{
    QList<qint64> open;
    if (days.isEmpty())
        return open;
    QVariantList bound{days.constLast().toString(Qt::ISODate)};
    if (storeId)
        bound << *storeId;
    auto rows = sql::run(db.connection(),
                         QStringLiteral("SELECT day, SUM(delta) FROM liability_daily WHERE day <= ?")
                             + (storeId ? QStringLiteral(" AND store_id = ?") : QString()) + QStringLiteral(" GROUP BY day ORDER BY day"),
                         bound);
    if (!rows)
        return rows.error();
    qint64 running = 0;
    qsizetype next = 0;
    while (rows.value().next()) {
        const QDate day = QDate::fromString(rows.value().value(0).toString(), Qt::ISODate);
        for (; next < days.size() && days.at(next) < day; ++next)
            open << running;
        running += rows.value().value(1).toLongLong();
    }
    for (; next < days.size(); ++next)
        open << running;
    return open;
}

} // namespace pd::liability

#include "dailymix.h"

#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/rowscan.h"
#include "core/db/sql.h"
#include "core/db/writebehind.h"

namespace pd::dailymix {

namespace {

struct Table
{
    const char *name;
    const char *detail; // the column the DailyKey's kind fills
    const char *count;  // the column of DailyTotal::entries
    bool numericDetail;
    const char *upsert; // (day, store, detail, points, count)
    const char *clear;
};
constexpr Table kEarning{"earning_daily", "scenario", "receipts", false,
                         "INSERT INTO earning_daily (day, store_id, scenario, points, receipts) VALUES (?, ?, ?, ?, ?) "
                         "ON CONFLICT (day, store_id, scenario) DO UPDATE SET points = earning_daily.points + excluded.points, "
                         "receipts = earning_daily.receipts + excluded.receipts",
                         "DELETE FROM earning_daily"};
constexpr Table kRedemptions{"redemptions_daily", "item_id", "units", true,
                             "INSERT INTO redemptions_daily (day, store_id, item_id, points, units) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (day, store_id, item_id) DO UPDATE SET points = redemptions_daily.points + excluded.points, "
                             "units = redemptions_daily.units + excluded.units",
                             "DELETE FROM redemptions_daily"};

QVariant detailValue(const Table &t, const QString &detail)
{
    return t.numericDetail ? QVariant(detail.toLongLong()) : QVariant(detail);
}

// Adds the totals to the stored ones, in key order (QMap), so writers never deadlock on them.
Status write(Database &db, const Table &t, const DailyTotals &totals)
{
    const QString upsert = QString::fromLatin1(t.upsert);
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (Status s = sql::runLater(db.connection(), upsert, {it.key().day, it.key().storeId, detailValue(t, it.key().kind), it->issued, it->entries}); !s)
            return s;
    }
    return {};
}

class PendingMix final : public CommitHook
{
public:
    DailyMix mix;

    Status beforeCommit(Database &db) override
    {
        if (Status s = write(db, kEarning, mix.earning); !s)
            return s;
        return write(db, kRedemptions, mix.redemptions);
    }
};

Result<DailyTotals> read(Database &db, const Table &t)
{
    auto rows = sql::run(db.connection(), QStringLiteral("SELECT day, store_id, %1, points, %2 FROM %3")
                                              .arg(QLatin1String(t.detail), QLatin1String(t.count), QLatin1String(t.name)));
    if (!rows)
        return rows.error();
    DailyTotals totals;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        totals[DailyKey{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()}] += DailyTotal{q.value(3).toLongLong(), 0, q.value(4).toLongLong()};
    }
    return totals;
}

// Counts (time, store, detail, count, points) rows, `sign` for what takes away.
Status count(Database &db, const QString &select, dailypoints::Counter &counter, qint64 sign)
{
    return RowScan::each(db, select, [&](const RowScan &rows) {
        counter.add(rows.text(0), rows.integer(1), rows.text(2), sign * rows.integer(4), 0, sign * rows.integer(3));
    });
}

// A total that came to nothing (a redemption cancelled on its own day) is no row to compare.
DailyTotals withoutZeros(DailyTotals totals)
{
    totals.removeIf([](const auto &it) { return it.value() == DailyTotal{}; });
    return totals;
}

} // namespace

void noteEarning(Database &db, const QDateTime &businessTime, qint64 storeId, const QString &scenario, qint64 points)
{
    db.commitHook<PendingMix>().mix.earning[DailyKey{dailypoints::dayOf(businessTime), storeId, scenario}] += DailyTotal{points, 0, 1};
}

void noteRedemption(Database &db, const QDateTime &businessTime, qint64 storeId, qint64 itemId, qint64 units, qint64 points)
{
    db.commitHook<PendingMix>().mix.redemptions[DailyKey{dailypoints::dayOf(businessTime), storeId, QString::number(itemId)}] +=
        DailyTotal{points, 0, units};
}

Result<DailyMix> stored(Database &db)
{
    auto earning = read(db, kEarning);
    if (!earning)
        return earning.error();
    auto redemptions = read(db, kRedemptions);
    if (!redemptions)
        return redemptions.error();
    return DailyMix{withoutZeros(earning.value()), withoutZeros(redemptions.value())};
}

Result<DailyMix> recount(Database &db, std::optional<DailyTotals> earning)
{
    if (!earning) {
        dailypoints::Counter counter;
        if (Status s = count(db, QStringLiteral("SELECT business_time, store_id, scenario, 1, points FROM receipts WHERE points > 0"), counter, 1); !s)
            return s.error();
        earning = counter.totals();
    }
    dailypoints::Counter redemptions;
    if (Status s = count(db, QStringLiteral("SELECT business_time, store_id, item_id, quantity, points FROM redemptions"), redemptions, 1); !s)
        return s.error();
    if (Status s = count(db,
                         QStringLiteral("SELECT c.posted_at, r.store_id, r.item_id, c.quantity, c.points FROM redemption_cancellations c "
                                        "JOIN redemptions r ON r.id = c.redemption_id"),
                         redemptions, -1);
        !s)
        return s.error();
    return DailyMix{withoutZeros(std::move(*earning)), withoutZeros(redemptions.totals())};
}

Status rebuild(Database &db)
{
    auto counted = recount(db);
    if (!counted)
        return counted.error();
    for (const Table &t : {kEarning, kRedemptions}) {
        if (auto r = sql::run(db.connection(), QString::fromLatin1(t.clear)); !r)
            return r.error();
    }
    if (Status s = write(db, kEarning, counted->earning); !s)
        return s;
    return write(db, kRedemptions, counted->redemptions);
}

namespace {
Result<QList<Share>> shares(Database &db, const QString &select, const QDate &from, const QDate &to, std::optional<qint64> storeId)
{
    QVariantList bound{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    if (storeId)
        bound << *storeId;
    auto rows = sql::run(db.connection(), select.arg(storeId ? QStringLiteral(" AND d.store_id = ?") : QString()), bound);
    if (!rows)
        return rows.error();
    QList<Share> out;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        const Share s{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()};
        if (s.points != 0 || s.count != 0)
            out << s;
    }
    std::stable_sort(out.begin(), out.end(), [](const Share &a, const Share &b) { return a.points != b.points ? a.points > b.points : a.code < b.code; });
    return out;
}
} // namespace

Result<QList<Share>> earningByScenario(Database &db, const QDate &from, const QDate &to, std::optional<qint64> storeId)
{
    return shares(db,
                  QStringLiteral("SELECT d.scenario, SUM(d.points), SUM(d.receipts) FROM earning_daily d WHERE d.day >= ? AND d.day <= ?%1 "
                                 "GROUP BY d.scenario"),
                  from, to, storeId);
}

Result<QList<Share>> redemptionsByCategory(Database &db, const QDate &from, const QDate &to, std::optional<qint64> storeId)
{
    return shares(db,
                  QStringLiteral("SELECT i.category, SUM(d.points), SUM(d.units) FROM redemptions_daily d JOIN catalog_items i ON i.id = d.item_id "
                                 "WHERE d.day >= ? AND d.day <= ?%1 GROUP BY i.category"),
                  from, to, storeId);
}

} // namespace pd::dailymix

#include "memberrollups.h"

#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/rowscan.h"
#include "core/db/sql.h"
#include "core/db/writebehind.h"
#include "core/ledger/dailypoints.h"
#include "core/pointsmath.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace pd::memberrollups {

namespace {

constexpr qint64 kActiveDays = 90; // a receipt makes its member active on its day and the 89 after

QString dayText(qint64 julianDay) { return QDate::fromJulianDay(julianDay).toString(Qt::ISODate); }
QString startOf(const QDate &day) { return toStoredTime(points::startOfBusinessDay(day)); }
qint64 julianOfStored(const QVariant &stored)
{
    return QDate::fromString(dailypoints::dayOf(fromStoredTime(stored.toString())), Qt::ISODate).toJulianDay();
}

// A member's active days grow by [first, last]: one more active member from `first`, one fewer
// from the day after `last`.
void addActiveDays(QMap<MemberRollups::DayStore, qint64> &changes, qint64 storeId, qint64 first, qint64 last)
{
    if (first > last)
        return;
    changes[{dayText(first), storeId}] += 1;
    changes[{dayText(last + 1), storeId}] -= 1;
}

class PendingMemberRollups final : public CommitHook
{
public:
    MemberRollups pending;

    // In key order (QMap), each table after the other, so writers never deadlock on them.
    Status beforeCommit(Database &db) override
    {
        const QSqlDatabase c = db.connection();
        for (auto it = pending.activeChanges.cbegin(); it != pending.activeChanges.cend(); ++it) {
            if (it.value() == 0)
                continue;
            if (Status s = sql::runLater(c, QStringLiteral("INSERT INTO active_daily (day, store_id, delta) VALUES (?, ?, ?) ON CONFLICT (day, store_id) "
                                                           "DO UPDATE SET delta = active_daily.delta + excluded.delta"),
                                         {it.key().first, it.key().second, it.value()});
                !s)
                return s;
        }
        for (auto it = pending.tierMoves.cbegin(); it != pending.tierMoves.cend(); ++it) {
            const auto &[day, storeId, from, to] = it.key();
            if (Status s = sql::runLater(c, QStringLiteral("INSERT INTO tier_moves_daily (day, store_id, from_tier, to_tier, moves) VALUES (?, ?, ?, ?, ?) "
                                                           "ON CONFLICT (day, store_id, from_tier, to_tier) DO UPDATE SET moves = tier_moves_daily.moves + excluded.moves"),
                                         {day, storeId, from, to, it.value()});
                !s)
                return s;
        }
        return {};
    }
};

MemberRollups &pending(Database &db) { return db.commitHook<PendingMemberRollups>().pending; }

template<typename Map>
Map withoutZeros(Map map)
{
    map.removeIf([](const auto &it) { return it.value() == 0; });
    return map;
}

// Counts the active days again from every receipt.
Result<MemberRollups::ActiveChanges> recountActive(Database &db)
{
    std::vector<Visit> visits;
    dailypoints::Counter days;
    if (Status s = RowScan::each(db, QStringLiteral("SELECT member_id, store_id, business_time FROM receipts"),
                                 [&](const RowScan &row) { visits.push_back({row.integer(0), row.integer(1), days.julianDay(row.text(2))}); });
        !s)
        return s.error();
    std::sort(visits.begin(), visits.end());
    return activeChanges(std::span(&visits, 1));
}

// Adds the last column of each row (column `countColumn`) into `into`, keyed by `key(row)`.
template<typename Map, typename Key>
Status readCounts(Database &db, const QString &select, int countColumn, Map &into, Key key)
{
    auto rows = sql::run(db.connection(), select);
    if (!rows)
        return rows.error();
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        into[key(q)] += q.value(countColumn).toLongLong();
    }
    return {};
}

Status readTierMoves(Database &db, const QString &select, MemberRollups &out)
{
    return readCounts(db, select, 4, out.tierMoves, [](const QSqlQuery &q) {
        return MemberRollups::TierMove{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()};
    });
}

} // namespace

// Per member in time order, a receipt adds the days its 90 cover beyond those its member's
// earlier receipts covered (at any store, and at its own store). The runs are merged on the
// way: k is at most the pass's shares (8), so picking the least head costs little.
MemberRollups::ActiveChanges activeChanges(std::span<const std::vector<Visit>> sortedRuns)
{
    std::vector<size_t> next(sortedRuns.size(), 0);
    const auto least = [&]() -> const Visit * {
        const Visit *best = nullptr;
        size_t from = 0;
        for (size_t r = 0; r < sortedRuns.size(); ++r) {
            if (next[r] < sortedRuns[r].size() && (!best || sortedRuns[r][next[r]] < *best)) {
                best = &sortedRuns[r][next[r]];
                from = r;
            }
        }
        if (best)
            ++next[from];
        return best;
    };
    QHash<std::pair<qint64, qint64>, qint64> changes; // (Julian day, store) → change
    QHash<qint64, qint64> coveredAtStore;               // of the current member: store → last day covered
    qint64 member = -1;
    qint64 covered = 0;
    const auto add = [&changes](qint64 storeId, qint64 first, qint64 last) {
        if (first > last)
            return;
        changes[{first, storeId}] += 1;
        changes[{last + 1, storeId}] -= 1;
    };
    while (const Visit *v = least()) {
        if (v->memberId != member) {
            member = v->memberId;
            covered = std::numeric_limits<qint64>::min() / 2;
            coveredAtStore.clear();
        }
        const qint64 last = v->day + kActiveDays - 1;
        add(0, std::max(v->day, covered + 1), last);
        covered = last;
        const qint64 atStore = coveredAtStore.value(v->storeId, std::numeric_limits<qint64>::min() / 2);
        add(v->storeId, std::max(v->day, atStore + 1), last);
        coveredAtStore.insert(v->storeId, last);
    }
    MemberRollups::ActiveChanges out;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.value() != 0)
            out.insert({dayText(it.key().first), it.key().second}, it.value());
    }
    return out;
}

NearestWindow nearestWindow(const QDateTime &businessTime)
{
    const QDate day = businessTime.toTimeZone(programmeTimeZone()).date();
    return {startOf(day.addDays(1 - kActiveDays)), startOf(day), startOf(day.addDays(1)), startOf(day.addDays(kActiveDays))};
}

Status noteReceipt(Database &db, qint64 receiptId, qint64 memberId, qint64 storeId, const QDateTime &businessTime)
{
    const NearestWindow w = nearestWindow(businessTime);
    // the member's nearest other receipts within 90 days before and after, anywhere and here:
    // one round trip, each read from the index on (member, time)
    const QString nearest = QStringLiteral("(SELECT %1(business_time) FROM receipts WHERE member_id = ? AND business_time >= ? AND business_time < ? "
                                           "AND id <> ?%2)");
    const QString here = QStringLiteral(" AND store_id = ?");
    auto row = sql::run(db.connection(),
                        QStringLiteral("SELECT %1, %2, %3, %4")
                            .arg(nearest.arg(QStringLiteral("MAX"), QString()), nearest.arg(QStringLiteral("MIN"), QString()),
                                 nearest.arg(QStringLiteral("MAX"), here), nearest.arg(QStringLiteral("MIN"), here)),
                        {memberId, w.from, w.nextDay, receiptId, memberId, w.dayStart, w.until, receiptId, memberId, w.from, w.nextDay, receiptId, storeId,
                         memberId, w.dayStart, w.until, receiptId, storeId});
    if (!row)
        return row.error();
    if (!row.value().next())
        return makeError(ErrorCode::Database, QCoreApplication::translate("pd::MemberRollups", "The database gave no answer about the member's receipts."));
    const NearestReceipts found{row.value().value(0), row.value().value(1), row.value().value(2), row.value().value(3)};
    row.value().finish();
    noteReceiptBetween(db, storeId, businessTime, found);
    return {};
}

void noteReceiptBetween(Database &db, qint64 storeId, const QDateTime &businessTime, const NearestReceipts &nearest)
{
    const qint64 t = businessTime.toTimeZone(programmeTimeZone()).date().toJulianDay();
    auto &changes = pending(db).activeChanges;
    for (const auto &[before, after, store] : {std::tuple{nearest.before, nearest.after, qint64(0)},
                                                std::tuple{nearest.beforeHere, nearest.afterHere, storeId}}) {
        // days the receipt before already covers, and from the receipt after on, are counted
        const qint64 first = before.isNull() ? t : std::max(t, julianOfStored(before) + kActiveDays);
        const qint64 last = after.isNull() ? t + kActiveDays - 1 : std::min(t + kActiveDays - 1, julianOfStored(after) - 1);
        addActiveDays(changes, store, first, last);
    }
}

void noteTierMove(Database &db, const QDate &day, qint64 storeId, const QString &from, const QString &to)
{
    pending(db).tierMoves[{day.toString(Qt::ISODate), storeId, from, to}] += 1;
    membersbytier::note(db, storeId, from, -1);
    membersbytier::note(db, storeId, to, 1);
}

Result<MemberRollups> stored(Database &db)
{
    MemberRollups out;
    if (Status s = readCounts(db, QStringLiteral("SELECT day, store_id, delta FROM active_daily"), 2, out.activeChanges,
                              [](const QSqlQuery &q) { return MemberRollups::DayStore{q.value(0).toString(), q.value(1).toLongLong()}; });
        !s)
        return s.error();
    if (Status s = readTierMoves(db, QStringLiteral("SELECT day, store_id, from_tier, to_tier, moves FROM tier_moves_daily"), out); !s)
        return s.error();
    auto byTier = membersbytier::stored(db);
    if (!byTier)
        return byTier.error();
    return MemberRollups{withoutZeros(out.activeChanges), byTier.value(), withoutZeros(out.tierMoves)};
}

Result<MemberRollups> recount(Database &db, std::optional<PassCounts> fromPass)
{
    MemberRollups out;
    if (fromPass) {
        out.activeChanges = std::move(fromPass->activeChanges);
        out.membersByTier = std::move(fromPass->membersByTier);
    } else {
        auto active = recountActive(db);
        if (!active)
            return active.error();
        out.activeChanges = active.value();
        auto byTier = membersbytier::recount(db);
        if (!byTier)
            return byTier.error();
        out.membersByTier = byTier.value();
    }
    if (Status s = readTierMoves(db, QStringLiteral("SELECT business_date, store_id, from_tier, to_tier, COUNT(*) FROM tier_moves "
                                                    "GROUP BY business_date, store_id, from_tier, to_tier"),
                                 out);
        !s)
        return s.error();
    out.tierMoves = withoutZeros(out.tierMoves);
    return out;
}

Status rebuild(Database &db)
{
    auto counted = recount(db);
    if (!counted)
        return counted.error();
    for (const char *table : {"active_daily", "tier_moves_daily"}) {
        if (auto r = sql::run(db.connection(), QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))); !r)
            return r.error();
    }
    PendingMemberRollups counts;
    counts.pending = counted.value();
    if (Status s = counts.beforeCommit(db); !s)
        return s;
    return membersbytier::rebuild(db);
}

Result<qint64> activeMembers(Database &db, const QDate &day, std::optional<qint64> storeId)
{
    auto sum = sql::scalar(db.connection(), QStringLiteral("SELECT COALESCE(SUM(delta), 0) FROM active_daily WHERE store_id = ? AND day <= ?"),
                           {storeId.value_or(0), day.toString(Qt::ISODate)});
    if (!sum)
        return sum.error();
    return sum->toLongLong();
}

} // namespace pd::memberrollups

#include "lots.h"

#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/writebehind.h"
#include "core/ledger/liability.h"

namespace pd::lots {

Status insert(Database &db, qint64 memberId, qint64 entryId, std::optional<qint64> storeId, qint64 points, const QDateTime &earnedAt,
              const QDateTime &expiresAt)
{
    // A WITHOUT ROWID table numbers nothing itself. Writers hold the write lock, so the next
    // number is the largest plus one (the id index answers MAX at once), as INTEGER PRIMARY
    // KEY numbered before.
    static const QString sqliteInsert =
        QStringLiteral("INSERT INTO lots (id, member_id, entry_id, points, remaining, earned_at, expires_at, store_id) "
                       "VALUES ((SELECT IFNULL(MAX(id), 0) + 1 FROM lots), ?, ?, ?, ?, ?, ?, ?)");
    const QVariantList values{memberId, entryId, points, points, toStoredTime(earnedAt),
                              expiresAt.isValid() ? QVariant(toStoredTime(expiresAt)) : sql::nullText(),
                              storeId ? QVariant(*storeId) : sql::nullInt()};
    // on a server a batch's lots go as one INSERT (nothing reads a lot before a read sends it)
    if (Status s = db.dialect().isSQLite()
                       ? sql::runLater(db.connection(), sqliteInsert, values)
                       : sql::insertLater(db.connection(), QStringLiteral("lots"),
                                          QStringLiteral("member_id, entry_id, points, remaining, earned_at, expires_at, store_id"), values);
        !s)
        return s;
    liability::note(db, earnedAt, storeId, points);
    return {};
}

Result<QHash<qint64, qint64>> expireDue(Database &db, qint64 first, qint64 last, const QDateTime &cutoff)
{
    const QVariantList range{first, last, toStoredTime(cutoff)};
    const QString dueLots = QStringLiteral("WHERE member_id >= ? AND member_id <= ? AND remaining > 0 AND expires_at <= ?");
    auto due = sql::run(db.connection(),
                        QStringLiteral("SELECT member_id, store_id, SUM(remaining) FROM lots ") + dueLots + QStringLiteral(" GROUP BY member_id, store_id"),
                        range);
    if (!due)
        return due.error();
    QHash<qint64, qint64> points;
    while (due.value().next()) {
        const QSqlQuery &q = due.value();
        const qint64 lost = q.value(2).toLongLong();
        points[q.value(0).toLongLong()] += lost;
        liability::note(db, cutoff, q.value(1).isNull() ? std::nullopt : std::optional<qint64>(q.value(1).toLongLong()), -lost);
    }
    due.value().finish();
    // not the ledger's spending: expiry takes exactly the expired lots, not the first-expiring ones
    if (auto upd = sql::run(db.connection(), QStringLiteral("UPDATE lots SET remaining = 0 ") + dueLots, range); !upd)
        return upd.error();
    return points;
}

Status clusterByMember(Database &db)
{
    if (!db.dialect().isSQLite())
        return {}; // PostgreSQL keeps rows in a heap; its lots are found through lots_member_open
    const QStringList steps = {
        QStringLiteral("CREATE TABLE lots_by_member ("
                       "id INTEGER NOT NULL, "
                       "member_id BIGINT NOT NULL REFERENCES members (id), "
                       "entry_id BIGINT NOT NULL REFERENCES ledger_entries (id), "
                       "points BIGINT NOT NULL, "
                       "remaining BIGINT NOT NULL, "
                       "earned_at TEXT NOT NULL, "
                       "expires_at TEXT, "
                       "CHECK (remaining >= 0 AND remaining <= points), "
                       "PRIMARY KEY (member_id, id)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO lots_by_member (id, member_id, entry_id, points, remaining, earned_at, expires_at) "
                       "SELECT id, member_id, entry_id, points, remaining, earned_at, expires_at FROM lots ORDER BY member_id, id"),
        QStringLiteral("DROP TABLE lots"),
        QStringLiteral("ALTER TABLE lots_by_member RENAME TO lots"),
        // lot_spending and lot_restorations refer to lots by id. lots_member_open goes: a
        // member's lots are now neighbours in the table itself, and reading them through the
        // index cost a search of the table for every lot
        QStringLiteral("CREATE UNIQUE INDEX lots_id ON lots (id)"),
    };
    for (const QString &step : steps) {
        if (auto r = sql::run(db.connection(), step); !r)
            return r.error();
    }
    for (const QString &child : {QStringLiteral("lot_spending"), QStringLiteral("lot_restorations")}) {
        auto check = sql::run(db.connection(), QStringLiteral("PRAGMA foreign_key_check(%1)").arg(child));
        if (!check)
            return check.error();
        if (check.value().next())
            return makeError(ErrorCode::Database, QStringLiteral("a lot is missing"), {},
                             QStringLiteral("%1 refers to a lot that is not there").arg(child));
        check.value().finish();
    }
    return {};
}

} // namespace pd::lots

#include "membersbytier.h"

#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/writebehind.h"

namespace pd::membersbytier {

namespace {

class PendingCounts final : public CommitHook
{
public:
    Counts pending;

    // in key order (QMap), so writers never deadlock on them
    Status beforeCommit(Database &db) override
    {
        for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
            if (it.value() == 0)
                continue;
            if (Status s = sql::runLater(db.connection(),
                                         QStringLiteral("INSERT INTO members_by_tier (store_id, tier, members) VALUES (?, ?, ?) ON CONFLICT (store_id, tier) "
                                                        "DO UPDATE SET members = members_by_tier.members + excluded.members"),
                                         {it.key().first, it.key().second, it.value()});
                !s)
                return s;
        }
        return {};
    }
};

Result<Counts> read(Database &db, const QString &select, const QVariantList &bound = {})
{
    auto rows = sql::run(db.connection(), select, bound);
    if (!rows)
        return rows.error();
    Counts counts;
    while (rows.value().next()) {
        if (const qint64 n = rows.value().value(2).toLongLong(); n != 0)
            counts.insert({rows.value().value(0).toLongLong(), rows.value().value(1).toString()}, n);
    }
    return counts;
}

} // namespace

void note(Database &db, qint64 storeId, const QString &tier, qint64 change)
{
    db.commitHook<PendingCounts>().pending[{storeId, tier}] += change;
}

Status noteAddedAfter(Database &db, qint64 lastIdBefore)
{
    auto added = read(db, QStringLiteral("SELECT store_id, tier, COUNT(*) FROM members WHERE id > ? GROUP BY store_id, tier"), {lastIdBefore});
    if (!added)
        return added.error();
    for (auto it = added->cbegin(); it != added->cend(); ++it)
        note(db, it.key().first, it.key().second, it.value());
    return {};
}

Result<Counts> stored(Database &db)
{
    return read(db, QStringLiteral("SELECT store_id, tier, members FROM members_by_tier"));
}

Result<Counts> recount(Database &db)
{
    return read(db, QStringLiteral("SELECT store_id, tier, COUNT(*) FROM members GROUP BY store_id, tier"));
}

Status rebuild(Database &db)
{
    auto counted = recount(db);
    if (!counted)
        return counted.error();
    if (auto r = sql::run(db.connection(), QStringLiteral("DELETE FROM members_by_tier")); !r)
        return r.error();
    PendingCounts counts;
    counts.pending = counted.value();
    return counts.beforeCommit(db);
}

Result<QHash<QString, qint64>> perTier(Database &db, std::optional<qint64> storeId)
{
    QVariantList bound;
    if (storeId)
        bound << *storeId;
    auto rows = sql::run(db.connection(), QStringLiteral("SELECT tier, SUM(members) FROM members_by_tier") + (storeId ? QStringLiteral(" WHERE store_id = ?") : QString())
                                              + QStringLiteral(" GROUP BY tier"),
                         bound);
    if (!rows)
        return rows.error();
    QHash<QString, qint64> counts;
    while (rows.value().next()) {
        if (const qint64 n = rows.value().value(1).toLongLong(); n != 0)
            counts.insert(rows.value().value(0).toString(), n);
    }
    return counts;
}

} // namespace pd::membersbytier

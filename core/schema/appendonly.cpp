#include "appendonly.h"

#include "core/db/database.h"
#include "core/db/sql.h"

namespace pd::appendonly {

namespace {
// Guarded by schema 19; tier_moves (made by schema 23) from schema 25 on.
const QStringList kFirstGuarded{QStringLiteral("ledger_entries"), QStringLiteral("lot_spending"), QStringLiteral("lot_restorations"),
                                QStringLiteral("audit_log")};
const QStringList kGuardedSince25{QStringLiteral("tier_moves")};
} // namespace

QStringList guardedTables()
{
    return kFirstGuarded + kGuardedSince25;
}

namespace {

// The message a refused edit reports; the same words on both engines, so a tool that meets it
// (or a log reader) sees what happened.
QString refusal(const QString &table)
{
    return QStringLiteral("PointsDesk: rows of %1 are never changed or removed").arg(table);
}

QStringList sqliteStatements(const QStringList &tables)
{
    QStringList statements;
    for (const QString &table : tables) {
        for (const char *event : {"UPDATE", "DELETE"}) {
            statements << QStringLiteral("CREATE TRIGGER %1_no_%2 BEFORE %3 ON %1 BEGIN SELECT RAISE(ABORT, '%4'); END")
                              .arg(table, QString::fromLatin1(event).toLower(), QLatin1String(event), refusal(table));
        }
    }
    return statements;
}

// `withFunction`: the trigger function too (schema 19 made it; later guards call it).
QStringList postgresStatements(const QStringList &tables, bool withFunction)
{
    // insufficient_privilege: what a revoked right would say, so callers treat both alike
    QStringList statements;
    if (withFunction)
        statements << QStringLiteral("CREATE FUNCTION pointsdesk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                     "RAISE EXCEPTION 'PointsDesk: rows of % are never changed or removed', TG_TABLE_NAME "
                                     "USING ERRCODE = 'insufficient_privilege'; END $$");
    for (const QString &table : tables) {
        statements << QStringLiteral("CREATE TRIGGER %1_append_only BEFORE UPDATE OR DELETE ON %1 FOR EACH ROW "
                                     "EXECUTE FUNCTION pointsdesk_append_only()")
                          .arg(table)
                   << QStringLiteral("CREATE TRIGGER %1_no_truncate BEFORE TRUNCATE ON %1 FOR EACH STATEMENT "
                                     "EXECUTE FUNCTION pointsdesk_append_only()")
                          .arg(table);
    }
    return statements;
}

Status guard(Database &db, const QStringList &tables, bool withFunction)
{
    const QStringList statements = db.dialect().isSQLite() ? sqliteStatements(tables) : postgresStatements(tables, withFunction);
    for (const QString &statement : statements) {
        if (auto r = sql::run(db.connection(), statement); !r)
            return r.error();
    }
    return {};
}

} // namespace

Status install(Database &db)
{
    return guard(db, kFirstGuarded, true);
}

Status guardTierMoves(Database &db)
{
    return guard(db, kGuardedSince25, false);
}

} // namespace pd::appendonly

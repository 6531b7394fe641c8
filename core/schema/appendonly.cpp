#include "appendonly.h"

#include "core/db/database.h"
#include "core/db/sql.h"

namespace pd::appendonly {

QStringList guardedTables()
{
    return {QStringLiteral("ledger_entries"), QStringLiteral("lot_spending"), QStringLiteral("lot_restorations"),
            QStringLiteral("audit_log")};
}

namespace {

// The message a refused edit reports; the same words on both engines, so a tool that meets it
// (or a log reader) sees what happened.
QString refusal(const QString &table)
{
    return QStringLiteral("PointsDesk: rows of %1 are never changed or removed").arg(table);
}

QStringList sqliteStatements()
{
    QStringList statements;
    for (const QString &table : guardedTables()) {
        for (const char *event : {"UPDATE", "DELETE"}) {
            statements << QStringLiteral("CREATE TRIGGER %1_no_%2 BEFORE %3 ON %1 BEGIN SELECT RAISE(ABORT, '%4'); END")
                              .arg(table, QString::fromLatin1(event).toLower(), QLatin1String(event), refusal(table));
        }
    }
    return statements;
}

QStringList postgresStatements()
{
    // insufficient_privilege: what a revoked right would say, so callers treat both alike
    QStringList statements{QStringLiteral(
        "CREATE FUNCTION pointsdesk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "RAISE EXCEPTION 'PointsDesk: rows of % are never changed or removed', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; "
        "END $$")};
    for (const QString &table : guardedTables()) {
        statements << QStringLiteral("CREATE TRIGGER %1_append_only BEFORE UPDATE OR DELETE ON %1 FOR EACH ROW "
                                     "EXECUTE FUNCTION pointsdesk_append_only()")
                          .arg(table)
                   << QStringLiteral("CREATE TRIGGER %1_no_truncate BEFORE TRUNCATE ON %1 FOR EACH STATEMENT "
                                     "EXECUTE FUNCTION pointsdesk_append_only()")
                          .arg(table);
    }
    return statements;
}

} // namespace

Status install(Database &db)
{
    const QStringList statements = db.dialect().isSQLite() ? sqliteStatements() : postgresStatements();
    for (const QString &statement : statements) {
        if (auto r = sql::run(db.connection(), statement); !r)
            return r.error();
    }
    return {};
}

} // namespace pd::appendonly

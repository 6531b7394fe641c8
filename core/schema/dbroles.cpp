#include "dbroles.h"

#include "core/auth/authservice.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"

#include <QRegularExpression>

namespace pd::dbroles {

QList<TableColumns> updatableColumns()
{
    const auto cols = [](std::initializer_list<const char *> names) {
        QStringList list;
        for (const char *n : names)
            list << QString::fromLatin1(n);
        return list;
    };
    return {
        {QStringLiteral("active_daily"), cols({"delta"})},
        {QStringLiteral("adjustments"), cols({"decided_at", "decided_by", "entry_id", "status"})},
        {QStringLiteral("audit_head"), cols({"hash", "seq"})},
        {QStringLiteral("badge_completions"), cols({"prize_collected_at", "prize_collected_by"})},
        {QStringLiteral("campaigns"), cols({"author_id", "author_name", "awarded_points", "budget_points", "decided_at", "decided_by", "decided_by_name",
                                            "definition", "from_date", "name", "reason", "status", "stopped_at", "submitted_at", "to_date", "type"})},
        {QStringLiteral("catalog_items"), cols({"active_from", "active_to", "cash_fen", "category", "code", "description", "early_access_days", "image",
                                                "limit_period", "limit_qty", "min_tier", "name", "partner_code", "points_price", "retail_value_fen",
                                                "status", "stock", "stock_received", "updated_at"})},
        {QStringLiteral("earning_daily"), cols({"points", "receipts"})},
        {QStringLiteral("earning_rates"), cols({"name", "rate_per_100"})},
        {QStringLiteral("liability_daily"), cols({"delta"})},
        {QStringLiteral("lots"), cols({"remaining"})},
        {QStringLiteral("members_by_tier"), cols({"members"})},
        {QStringLiteral("members"), cols({"balance", "credit", "debt", "email", "erased_at", "joined_on", "ledger_head", "marketing_consent", "mobile", "name",
                                          "name_initials", "status", "store_id", "tier", "updated_at"})},
        {QStringLiteral("personal_data_requests"), cols({"handled_by", "handled_on", "note", "status"})},
        {QStringLiteral("points_daily"), cols({"entries", "issued", "used"})},
        {QStringLiteral("receipts"), cols({"clawed_back", "returned_amount"})},
        {QStringLiteral("redemptions"), cols({"cancelled_qty", "refunded_points"})},
        {QStringLiteral("redemptions_daily"), cols({"points", "units"})},
        {QStringLiteral("rules_versions"), cols({"effective_from", "published_by", "published_on"})},
        {QStringLiteral("settings"), cols({"value"})},
        {QStringLiteral("stores"), cols({"city", "name", "partner_code"})},
        {QStringLiteral("tiers"), cols({"multiplier_pct", "perks", "threshold_fen"})},
        {QStringLiteral("tier_moves_daily"), cols({"moves"})},
        {QStringLiteral("users"), cols({"active", "failed_count", "first_failed_at", "last_login_at", "locked_until", "must_change_password", "password_hash",
                                        "role", "store_id"})},
    };
}

QStringList deletableTables()
{
    return {QStringLiteral("badge_holdings"), QStringLiteral("rules_notes"), QStringLiteral("points_daily"), QStringLiteral("liability_daily"),
            QStringLiteral("earning_daily"), QStringLiteral("redemptions_daily"), QStringLiteral("active_daily"), QStringLiteral("members_by_tier"),
            QStringLiteral("tier_moves_daily")};
}

namespace {

// A role name as PostgreSQL reads it unquoted (so it needs no quoting anywhere).
bool validRoleName(const QString &role)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}\\z"));
    return pattern.match(role).hasMatch() && !role.startsWith(QLatin1String("pg_"));
}

QString literal(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

Status onPostgreSql(Database &db)
{
    if (db.dialect().isSQLite())
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("pd::DbRoles", "Database roles belong to a PostgreSQL server; an SQLite file has none "
                                                                    "(its triggers guard the history)."),
                         QStringLiteral("role"));
    return {};
}

// The checks every role name and password pass; the SQL that makes the role or sets its password.
Result<QString> createOrAlterRole(Database &db, const QString &role, const QString &password)
{
    if (!validRoleName(role))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::DbRoles", "A role name has lower-case letters, digits and underscores, starts with a "
                                                                    "letter and is at most 63 long."),
                         QStringLiteral("role"));
    auto exists = sql::scalar(db.connection(), QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {role});
    if (!exists)
        return exists.error();
    // an existing role given no password keeps its own: the rights are renewed (after an
    // upgrade, by an owner who may not alter roles)
    if (!exists.value().isNull() && password.isEmpty())
        return QString();
    if (Status s = AuthService::validatePassword(password, {role}); !s)
        return s.error();
    // (CREATE ROLE takes no parameters: the name is checked above, the password quoted)
    return (exists.value().isNull() ? QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2") : QStringLiteral("ALTER ROLE %1 LOGIN PASSWORD %2"))
        .arg(role, literal(password));
}

Status runAll(const QSqlDatabase &c, const QStringList &statements, const QString &password)
{
    for (const QString &statement : statements) {
        if (statement.isEmpty())
            continue;
        if (auto r = sql::run(c, statement); !r) {
            Error e = r.error();
            e.detail.replace(literal(password), QStringLiteral("'…'")); // never a password in a message
            return e;
        }
    }
    return {};
}

// The role made (or its password set), then `statements`, in one transaction.
Status setUpRole(Database &db, const QString &role, const QString &password, const QStringList &statements)
{
    WriteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    auto create = createOrAlterRole(db, role, password);
    if (!create)
        return create.error();
    if (Status s = runAll(db.connection(), QStringList{create.value()} + statements, password); !s)
        return s;
    return tx.commit();
}

} // namespace

Status setUpOwnerRole(Database &db, const QString &role, const QString &password)
{
    if (Status s = onPostgreSql(db); !s)
        return s;
    QStringList statements{QStringLiteral("ALTER SCHEMA public OWNER TO %1").arg(role),
                           QStringLiteral("ALTER FUNCTION pointsdesk_append_only() OWNER TO %1").arg(role)};
    auto tables = sql::run(db.connection(), QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"));
    if (!tables)
        return tables.error();
    while (tables.value().next())
        statements << QStringLiteral("ALTER TABLE %1 OWNER TO %2").arg(tables.value().value(0).toString(), role); // with its sequences
    tables.value().finish();
    return setUpRole(db, role, password, statements);
}

Status setUpApplicationRole(Database &db, const QString &role, const QString &password)
{
    if (Status s = onPostgreSql(db); !s)
        return s;
    auto owner = sql::scalar(db.connection(), QStringLiteral("SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'ledger_entries'"));
    if (!owner)
        return owner.error();
    if (owner.value().toString() == role)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::DbRoles", "The application role must not be the owner (%1), who may drop the guards.")
                             .arg(role),
                         QStringLiteral("role"));
    QStringList statements{QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1").arg(role),
                           QStringLiteral("REVOKE CREATE ON SCHEMA public FROM %1").arg(role),
                           QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(role),
                           QStringLiteral("GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO %1").arg(role),
                           QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(role),
                           // the daily close locks the ledger against appends while it reads its head (LOCK
                           // ... IN SHARE MODE wants a table-level right); the triggers refuse a truncation
                           QStringLiteral("GRANT TRUNCATE ON ledger_entries TO %1").arg(role)};
    for (const TableColumns &t : updatableColumns())
        statements << QStringLiteral("GRANT UPDATE (%1) ON %2 TO %3").arg(t.columns.join(QStringLiteral(", ")), t.table, role);
    for (const QString &table : deletableTables())
        statements << QStringLiteral("GRANT DELETE ON %1 TO %2").arg(table, role);
    return setUpRole(db, role, password, statements);
}

} // namespace pd::dbroles

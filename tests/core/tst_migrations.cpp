#include "core/schema/migrator.h"
#include "core/db/sql.h"
#include "core/integrity/ledgerpass.h"
#include "core/ledger/ledgerchain.h"
#include "redemptionfixture.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QSqlRecord>

using namespace pd;
using pd::test::RedemptionWorld;
using pd::test::TestDatabase;

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void emptyDatabaseReachesLatest();
    void eachEarlierVersionUpgradesKeepingData_data();
    void eachEarlierVersionUpgradesKeepingData();
    void secondRunChangesNothing();
    void newerDatabaseIsRefused();
    void failedMigrationChangesNothing();
    void ledgerWrittenBeforeTheChainIsChained();
    void lotsAreStoredByMember();
    void lotsRebuildThatFindsADanglingReferenceChangesNothing();
};

void TestMigrations::emptyDatabaseReachesLatest()
{
    PD_FRESH_DB(t, 0);
    Migrator m(t.db());
    QCOMPARE(m.currentVersion().value(), 0);
    auto r = m.migrate();
    QVERIFY2(r.ok(), qPrintable(r.error().describe()));
    QCOMPARE(r.value(), QString()); // nothing to back up in an empty database
    QCOMPARE(m.currentVersion().value(), Migrator::latestVersion());
    QVERIFY(Migrator::latestVersion() >= 2);
    const QStringList tables = t.db().connection().tables();
    for (const char *table : {"settings", "stores", "users", "audit_log", "audit_head", "members", "schema_version"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("schema_version")), qint64(Migrator::latestVersion()));
}

void TestMigrations::eachEarlierVersionUpgradesKeepingData_data()
{
    QTest::addColumn<int>("from");
    for (int v = 1; v < Migrator::latestVersion(); ++v)
        QTest::addRow("from v%d", v) << v;
}

void TestMigrations::eachEarlierVersionUpgradesKeepingData()
{
    QFETCH(int, from);
    PD_FRESH_DB(t, from);
    Migrator m(t.db());
    QCOMPARE(m.currentVersion().value(), from);
    t.exec(QStringLiteral("INSERT INTO stores (code, name, city, created_at) VALUES ('NY01', '南阳店', '南阳', '2026-01-01T00:00:00.000Z')"));
    auto r = m.migrate();
    QVERIFY2(r.ok(), qPrintable(r.error().describe()));
    QCOMPARE(m.currentVersion().value(), Migrator::latestVersion());
    auto name = sql::scalar(t.db().connection(), QStringLiteral("SELECT name FROM stores WHERE code = 'NY01'"));
    QCOMPARE(name.value().toString(), QStringLiteral("南阳店"));
    if (test::backend() == Engine::SQLite) {
        // the file holding data was copied aside before the upgrade, and the copy is the old schema
        QVERIFY(!r.value().isEmpty());
        QVERIFY(QFile::exists(r.value()));
        auto old = Database::open(r.value(), test::uniqueConnectionName());
        QVERIFY(old.ok());
        QCOMPARE(Migrator(*old.value()).currentVersion().value(), from);
    } else {
        QCOMPARE(r.value(), QString()); // PostgreSQL is backed up by its own tools
    }
}

void TestMigrations::secondRunChangesNothing()
{
    PD_FRESH_DB(t);
    const qint64 rows = test::countRows(t.db(), QStringLiteral("schema_version"));
    auto r = Migrator(t.db()).migrate();
    QVERIFY(r.ok());
    QCOMPARE(r.value(), QString());
    QCOMPARE(test::countRows(t.db(), QStringLiteral("schema_version")), rows);
}

void TestMigrations::newerDatabaseIsRefused()
{
    PD_FRESH_DB(t);
    t.exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (%1, 'future')")
               .arg(Migrator::latestVersion() + 1));
    auto r = Migrator(t.db()).migrate();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::SchemaTooNew);
    QVERIFY(r.error().message.contains(QString::number(Migrator::latestVersion() + 1)));
}

void TestMigrations::failedMigrationChangesNothing()
{
    // A table that the next migration wants to create already exists: the step must fail
    // as a whole, leaving the version where it was.
    PD_FRESH_DB(t, 1);
    t.exec(QStringLiteral("CREATE TABLE members (id INTEGER)"));
    auto r = Migrator(t.db()).migrate();
    QVERIFY(!r.ok());
    QCOMPARE(Migrator(t.db()).currentVersion().value(), 1);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("schema_version")), qint64(1));
}

namespace {
// Undoes schema 24 (the dashboard's member rollups).
void withoutMemberRollups(TestDatabase &t)
{
    for (const char *table : {"active_daily", "members_by_tier", "tier_moves_daily"})
        t.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table)));
    t.exec(QStringLiteral("DROP INDEX members_store_joined"));
    t.exec(QStringLiteral("DROP INDEX members_joined"));
    t.exec(QStringLiteral("CREATE INDEX members_store ON members (store_id)"));
    t.exec(QStringLiteral("ALTER TABLE tier_moves DROP COLUMN store_id"));
}

// Undoes schemas 24 (member rollups), 23 (tier moves), 22 (earning and redemption mix), 21 (scenario names), 20 (passwords to replace), 19 (history refused by the database), 18 (partner items), 17 (insights), 16 (home stores), 15 (programme rules), 14 (expiry reminders), 13 (personal data), 12 (badges), 11 (check-ins) and 10 (campaigns) on a live
// database, for the tests that go further back.
void withoutCampaigns(TestDatabase &t)
{
    withoutMemberRollups(t);
    t.exec(QStringLiteral("DROP TABLE tier_moves")); // schema 23
    t.exec(QStringLiteral("DROP TABLE earning_daily")); // schema 22
    t.exec(QStringLiteral("DROP TABLE redemptions_daily"));
    t.exec(QStringLiteral("ALTER TABLE earning_rates DROP COLUMN name")); // schema 21
    t.exec(QStringLiteral("ALTER TABLE users DROP COLUMN must_change_password")); // schema 20
    t.removeAppendOnlyGuard(); // schema 19
    if (!t.db().dialect().isSQLite())
        t.exec(QStringLiteral("DROP FUNCTION pointsdesk_append_only()"));
    t.exec(QStringLiteral("DROP INDEX redemptions_time")); // schema 18
    t.exec(QStringLiteral("ALTER TABLE catalog_items DROP COLUMN partner_code"));
    t.exec(QStringLiteral("DROP TABLE liability_daily")); // schema 17 (points_daily keeps its later form: 17 makes it again)
    t.exec(QStringLiteral("ALTER TABLE lots DROP COLUMN store_id"));
    t.exec(QStringLiteral("ALTER TABLE users DROP COLUMN store_id"));
    t.exec(QStringLiteral("DROP TABLE rules_versions"));
    t.exec(QStringLiteral("DROP TABLE rules_notes"));
    t.exec(QStringLiteral("DROP TABLE expiry_reminders"));
    t.exec(QStringLiteral("DROP TABLE personal_data_requests"));
    t.exec(QStringLiteral("DROP INDEX audit_log_entity"));
    t.exec(QStringLiteral("ALTER TABLE members DROP COLUMN erased_at"));
    t.exec(QStringLiteral("DROP TABLE badge_completions"));
    t.exec(QStringLiteral("DROP TABLE badge_holdings"));
    t.exec(QStringLiteral("DROP TABLE checkin_bonuses"));
    t.exec(QStringLiteral("DROP TABLE checkins"));
    t.exec(QStringLiteral("DROP TABLE campaign_awards"));
    t.exec(QStringLiteral("DROP TABLE campaigns"));
    t.exec(QStringLiteral("ALTER TABLE receipts DROP COLUMN bonus_points"));
    t.exec(QStringLiteral("DELETE FROM settings WHERE key = 'campaigns.welcome_cap'"));
}
} // namespace

void TestMigrations::ledgerWrittenBeforeTheChainIsChained()
{
    // A ledger written live, then taken back to schema 4 (no chain columns, no daily totals):
    // the upgrade must chain it to exactly the hashes the live writer computed, and count
    // the same daily totals the operations kept.
    test::LedgerWorld w(4);
    QVERIFY(w.ok);
    for (int m = 1; m <= 4; ++m)
        QVERIFY(w.receipt(QStringLiteral("M%1").arg(m), m, 20000 * m, w.clock.nowUtc().addDays(-m)).ok());
    QVERIFY(w.receipt(QStringLiteral("M5"), 2, 10000, w.clock.nowUtc(), QStringLiteral("supermarket"), 0, 100).ok());
    QVERIFY(w.giveBack(QStringLiteral("X1"), QStringLiteral("M3"), 30000, w.clock.nowUtc()).ok());
    const auto snapshot = [&](const QString &query) {
        QStringList rows;
        auto q = sql::run(w.t.db().connection(), query);
        while (q.value().next())
            rows << q.value().value(0).toString() + QLatin1Char('=') + q.value().value(1).toString();
        return rows;
    };
    const QStringList entries = snapshot(QStringLiteral("SELECT id, chain_hash FROM ledger_entries ORDER BY id"));
    const QStringList heads = snapshot(QStringLiteral("SELECT id, ledger_head FROM members ORDER BY id"));
    QVERIFY(entries.size() >= 7);
    QVERIFY(!entries.join(QString()).contains(QStringLiteral("=,")));
    w.t.exec(QStringLiteral("ALTER TABLE ledger_entries DROP COLUMN chain_hash"));
    w.t.exec(QStringLiteral("ALTER TABLE members DROP COLUMN ledger_head"));
    const QStringList daily = snapshot(QStringLiteral("SELECT day || ' ' || store_id || ' ' || kind, issued || '/' || used || '/' || entries "
                                                      "FROM points_daily ORDER BY day, store_id, kind"));
    const QStringList liability = snapshot(QStringLiteral("SELECT day || ' ' || store_id, delta FROM liability_daily ORDER BY day, store_id"));
    const QStringList active = snapshot(QStringLiteral("SELECT day || ' ' || store_id, delta FROM active_daily WHERE delta <> 0 ORDER BY day, store_id"));
    const QStringList byTier = snapshot(QStringLiteral("SELECT store_id || ' ' || tier, members FROM members_by_tier ORDER BY store_id, tier"));
    QVERIFY(active.size() >= 4);
    QVERIFY(!byTier.isEmpty());
    QVERIFY(!liability.isEmpty());
    QVERIFY(!daily.isEmpty());
    w.t.exec(QStringLiteral("DROP TABLE points_daily"));
    w.t.exec(QStringLiteral("DROP INDEX receipts_member_spend_store")); // schema 26's
    w.t.exec(QStringLiteral("DROP INDEX returns_member_spend"));
    for (const char *table : {"receipts", "returns"}) { // schema 4's indexes
        w.t.exec(QStringLiteral("CREATE INDEX %1_member_time ON %1 (member_id, business_time)").arg(QLatin1String(table)));
    }
    withoutCampaigns(w.t);
    w.t.exec(QStringLiteral("DELETE FROM schema_version WHERE version >= 5"));
    QCOMPARE(Migrator(w.t.db()).currentVersion().value(), 4);

    auto r = Migrator(w.t.db()).migrate();
    QVERIFY2(r.ok(), qPrintable(r.error().describe()));
    QCOMPARE(snapshot(QStringLiteral("SELECT id, chain_hash FROM ledger_entries ORDER BY id")), entries);
    QCOMPARE(snapshot(QStringLiteral("SELECT id, ledger_head FROM members ORDER BY id")), heads);
    // the daily totals counted afresh on upgrade equal those kept live
    QCOMPARE(snapshot(QStringLiteral("SELECT day || ' ' || store_id || ' ' || kind, issued || '/' || used || '/' || entries "
                                     "FROM points_daily ORDER BY day, store_id, kind")),
             daily);
    // and so is the liability by store, from the lots' history
    QCOMPARE(snapshot(QStringLiteral("SELECT day || ' ' || store_id, delta FROM liability_daily ORDER BY day, store_id")), liability);
    // and so are the active members and the members per tier (schema 24), from receipts and members
    // (a day whose changes came to nothing may keep a row of 0 live: the same figures)
    QCOMPARE(snapshot(QStringLiteral("SELECT day || ' ' || store_id, delta FROM active_daily WHERE delta <> 0 ORDER BY day, store_id")), active);
    QCOMPARE(snapshot(QStringLiteral("SELECT store_id || ' ' || tier, members FROM members_by_tier ORDER BY store_id, tier")), byTier);
    auto pass = ledgerpass::run(w.t.db());
    PD_OK(pass);
    QVERIFY2(pass->chain.intact, qPrintable(pass->chain.reason));
    QCOMPARE(pass->chain.entries, qint64(entries.size()));
    // and from now on the database itself keeps the history as it is (schema 19)
    auto edit = sql::run(w.t.db().connection(), QStringLiteral("UPDATE ledger_entries SET delta = delta + 1"));
    QVERIFY(!edit.ok());
    QVERIFY2(edit.error().describe().contains(QStringLiteral("never changed or removed")), qPrintable(edit.error().describe()));
}

namespace {

// Takes a database back to schema 8: on SQLite, lots was a rowid table in the order the
// lots were made; PostgreSQL's lots never changed.
void backToSchema8(TestDatabase &t)
{
    withoutCampaigns(t);
    if (t.db().dialect().isSQLite()) {
        t.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        t.exec(QStringLiteral("CREATE TABLE lots_v8 (id INTEGER PRIMARY KEY, member_id BIGINT NOT NULL REFERENCES members (id), "
                              "entry_id BIGINT NOT NULL REFERENCES ledger_entries (id), points BIGINT NOT NULL, remaining BIGINT NOT NULL, "
                              "earned_at TEXT NOT NULL, expires_at TEXT, CHECK (remaining >= 0 AND remaining <= points))"));
        t.exec(QStringLiteral("INSERT INTO lots_v8 SELECT id, member_id, entry_id, points, remaining, earned_at, expires_at FROM lots ORDER BY id"));
        t.exec(QStringLiteral("DROP TABLE lots"));
        t.exec(QStringLiteral("ALTER TABLE lots_v8 RENAME TO lots"));
        t.exec(QStringLiteral("CREATE INDEX lots_member_open ON lots (member_id, expires_at, id) WHERE remaining > 0"));
        t.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    // schema 26's index as schema 7 made it
    t.exec(QStringLiteral("DROP INDEX receipts_member_spend_store"));
    t.exec(QStringLiteral("CREATE INDEX receipts_member_spend ON receipts (member_id, business_time, amount)"));
    t.exec(QStringLiteral("DELETE FROM schema_version WHERE version >= 9"));
}

QString lotsTableSql(TestDatabase &t)
{
    return sql::scalar(t.db().connection(), QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'lots'"))
        .value()
        .toString();
}

QStringList rows(TestDatabase &t, const QString &query)
{
    QStringList out;
    auto q = sql::run(t.db().connection(), query);
    while (q.value().next()) {
        QStringList fields;
        for (int i = 0; i < q.value().record().count(); ++i)
            fields << q.value().value(i).toString();
        out << fields.join(QLatin1Char('|'));
    }
    return out;
}

const QString kLots = QStringLiteral("SELECT id, member_id, entry_id, points, remaining, earned_at, expires_at FROM lots ORDER BY id");
const QString kSpending = QStringLiteral("SELECT entry_id, lot_id, member_id, points FROM lot_spending ORDER BY entry_id, lot_id");
const QString kRestorations = QStringLiteral("SELECT entry_id, lot_id, member_id, points FROM lot_restorations ORDER BY entry_id, lot_id");

} // namespace

void TestMigrations::lotsAreStoredByMember()
{
    // Lots made in turn for three members, some spent by a redemption and given back by its
    // cancellation, written by a program at schema 8: the upgrade keeps every lot and every
    // reference to one, and afterwards the desk goes on as before.
    PD_REDEMPTION_WORLD(w, 3);
    for (int round = 0; round < 3; ++round) {
        for (int m = 1; m <= 3; ++m)
            QVERIFY(w.give(m, 1000 * (round + 1) + m, QStringLiteral("R%1-%2").arg(round).arg(m)));
    }
    QVERIFY(w.add(RedemptionWorld::item("LENS1", 1200)));
    QVERIFY(w.redeem("N1", 2, "LENS1").ok()); // takes two of member 2's lots
    QVERIFY(w.redeem("N2", 2, "LENS1").ok());
    QVERIFY(w.cancel("N2").ok());
    backToSchema8(w.t);
    if (w.t.db().dialect().isSQLite())
        QVERIFY(!lotsTableSql(w.t).contains(QStringLiteral("WITHOUT ROWID")));
    const QStringList lots = rows(w.t, kLots), spending = rows(w.t, kSpending), restorations = rows(w.t, kRestorations);
    QCOMPARE(lots.size(), 9);
    QVERIFY(!spending.isEmpty());
    QVERIFY(!restorations.isEmpty());

    auto r = Migrator(w.t.db()).migrate();
    QVERIFY2(r.ok(), qPrintable(r.error().describe()));
    QCOMPARE(Migrator(w.t.db()).currentVersion().value(), Migrator::latestVersion());
    QCOMPARE(rows(w.t, kLots), lots);
    QCOMPARE(rows(w.t, kSpending), spending);
    QCOMPARE(rows(w.t, kRestorations), restorations);
    if (w.t.db().dialect().isSQLite()) {
        QVERIFY(lotsTableSql(w.t).contains(QStringLiteral("WITHOUT ROWID")));
        // stored by member: a scan of the table itself (no index holds points) meets member
        // 1's lots, then 2's, then 3's
        const QStringList scanned = rows(w.t, QStringLiteral("SELECT member_id, points FROM lots"));
        QStringList sorted = scanned;
        std::stable_sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return a.section(QLatin1Char('|'), 0, 0).toLongLong() < b.section(QLatin1Char('|'), 0, 0).toLongLong();
        });
        QCOMPARE(scanned.join(QLatin1Char(' ')), sorted.join(QLatin1Char(' ')));
        QCOMPARE(sql::scalar(w.t.db().connection(), QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
    }
    // the desk goes on: a new lot is numbered after the others, spending and refunds find lots
    const qint64 lastLot = sql::scalar(w.t.db().connection(), QStringLiteral("SELECT MAX(id) FROM lots")).value().toLongLong();
    QVERIFY(w.give(1, 2000, QStringLiteral("AFTER")));
    QCOMPARE(sql::scalar(w.t.db().connection(), QStringLiteral("SELECT MAX(id) FROM lots")).value().toLongLong(), lastLot + 1);
    QVERIFY(w.redeem("N3", 1, "LENS1").ok());
    QVERIFY(w.cancel("N3").ok());
    QVERIFY(w.redeem("N4", 2, "LENS1").ok());
    QCOMPARE(w.invariantProblems(), QString());
}

void TestMigrations::lotsRebuildThatFindsADanglingReferenceChangesNothing()
{
    PD_REDEMPTION_WORLD(w, 2);
    QVERIFY(w.give(1, 3000, QStringLiteral("R1")));
    QVERIFY(w.add(RedemptionWorld::item("LENS1", 1200)));
    QVERIFY(w.redeem("N1", 1, "LENS1").ok());
    backToSchema8(w.t);
    if (!w.t.db().dialect().isSQLite()) {
        // PostgreSQL's lots are not rebuilt, and its foreign keys cannot be switched off: the
        // damage that rebuild must refuse cannot be made, and the step goes through as it is
        const QStringList lots = rows(w.t, kLots), spending = rows(w.t, kSpending);
        auto damage = sql::run(w.t.db().connection(), QStringLiteral("UPDATE lot_spending SET lot_id = 999999"));
        QVERIFY(!damage.ok());
        QVERIFY2(damage.error().describe().contains(QStringLiteral("foreign key")), qPrintable(damage.error().describe()));
        auto r = Migrator(w.t.db()).migrate();
        PD_OK(r);
        QCOMPARE(Migrator(w.t.db()).currentVersion().value(), Migrator::latestVersion());
        QCOMPARE(rows(w.t, kLots), lots);
        QCOMPARE(rows(w.t, kSpending), spending);
        return;
    }
    // a spending row whose lot is gone, as a file damaged by hand would have; the file stays
    // at schema 8, which this version's verify does not read
    w.verified.damagedOnPurpose();
    w.t.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    w.t.exec(QStringLiteral("UPDATE lot_spending SET lot_id = 999999"));
    w.t.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    const QString before = lotsTableSql(w.t);
    const QStringList lots = rows(w.t, kLots);

    auto r = Migrator(w.t.db()).migrate();
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("schema 9")), qPrintable(r.error().describe()));
    QVERIFY2(r.error().describe().contains(QStringLiteral("lot_spending")), qPrintable(r.error().describe()));
    QCOMPARE(Migrator(w.t.db()).currentVersion().value(), 8);
    QCOMPARE(lotsTableSql(w.t), before);
    QCOMPARE(rows(w.t, kLots), lots);
    QCOMPARE(sql::scalar(w.t.db().connection(), QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
}

PD_DATABASE_TEST_MAIN(TestMigrations)
#include "tst_migrations.moc"

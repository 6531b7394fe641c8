#include "core/db/migrator.h"
#include "core/db/sql.h"
#include "core/ledger/ledgerchain.h"
#include "ledgerfixture.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QFile>

using namespace pd;

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { PD_REQUIRE_BACKEND(); }
    void emptyDatabaseReachesLatest();
    void eachEarlierVersionUpgradesKeepingData_data();
    void eachEarlierVersionUpgradesKeepingData();
    void secondRunChangesNothing();
    void newerDatabaseIsRefused();
    void failedMigrationChangesNothing();
    void ledgerWrittenBeforeTheChainIsChained();
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
    const QStringList daily = snapshot(QStringLiteral("SELECT day || ' ' || kind, issued || '/' || used || '/' || entries FROM points_daily "
                                                      "ORDER BY day, kind"));
    QVERIFY(!daily.isEmpty());
    w.t.exec(QStringLiteral("DROP TABLE points_daily"));
    for (const char *table : {"receipts", "returns"}) { // schema 4's indexes
        w.t.exec(QStringLiteral("DROP INDEX %1_member_spend").arg(QLatin1String(table)));
        w.t.exec(QStringLiteral("CREATE INDEX %1_member_time ON %1 (member_id, business_time)").arg(QLatin1String(table)));
    }
    w.t.exec(QStringLiteral("DELETE FROM schema_version WHERE version >= 5"));
    QCOMPARE(Migrator(w.t.db()).currentVersion().value(), 4);

    auto r = Migrator(w.t.db()).migrate();
    QVERIFY2(r.ok(), qPrintable(r.error().describe()));
    QCOMPARE(snapshot(QStringLiteral("SELECT id, chain_hash FROM ledger_entries ORDER BY id")), entries);
    QCOMPARE(snapshot(QStringLiteral("SELECT id, ledger_head FROM members ORDER BY id")), heads);
    // the daily totals counted afresh on upgrade equal those kept live
    QCOMPARE(snapshot(QStringLiteral("SELECT day || ' ' || kind, issued || '/' || used || '/' || entries FROM points_daily ORDER BY day, kind")),
             daily);
    auto chain = ledgerchain::verify(w.t.db());
    QVERIFY(chain.ok());
    QVERIFY2(chain->intact, qPrintable(chain->reason));
    QCOMPARE(chain->entries, qint64(entries.size()));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

#include "core/db/migrator.h"
#include "core/db/sql.h"
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

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

// How a desk reaches a chain's PostgreSQL server (issue 20): TLS with the server's certificate
// checked against a root (verify-full), refused against another root, the connection's
// encryption read back for the status bar; and a password kept out of the address: the CLI
// refuses one there unless told, and takes it from PGPASSWORD. Runs only on PostgreSQL,
// against the test script's server (scripts/with-postgres.sh makes its certificates).
#include "../cli/clirun.h"
#include "core/db/sql.h"
#include "support/testdatabase.h"

#include <QUrl>

using namespace pd;

class TestPgConnection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void verifyFullWithTheServersRoot();
    void verifyFullWithAnotherRootIsRefused();
    void plainConnectionSaysSo();
    void cliRefusesAPasswordInTheAddress();
    void passwordFromTheEnvironment();

private:
    // the test database's address with other user information and parameters
    static QString address(const QString &location, const QString &userInfo, const QString &query = {});
    static QStringList publicTables(Database &db);
};

QString TestPgConnection::address(const QString &location, const QString &userInfo, const QString &query)
{
    QUrl url(location);
    url.setUserInfo(userInfo);
    url.setQuery(query);
    return url.toString();
}

QStringList TestPgConnection::publicTables(Database &db)
{
    auto q = sql::run(db.connection(), QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"));
    QStringList names;
    while (q && q.value().next())
        names << q.value().value(0).toString();
    return names;
}

void TestPgConnection::initTestCase()
{
    QCOMPARE(test::backend(), Engine::PostgreSQL);
    QVERIFY2(QFile::exists(qEnvironmentVariable("POINTSDESK_PG_TLS_ROOT")),
             "POINTSDESK_PG_TLS_ROOT names no file: run under scripts/with-postgres.sh, which makes the server's certificates");
    QVERIFY(QFile::exists(qEnvironmentVariable("POINTSDESK_PG_TLS_OTHER_ROOT")));
    QVERIFY(!qEnvironmentVariableIsEmpty("POINTSDESK_PG_PASSWORD_USER"));
}

void TestPgConnection::verifyFullWithTheServersRoot()
{
    PD_FRESH_DB(t);
    const QString url = address(t.location(), QStringLiteral("postgres"),
                                QStringLiteral("sslmode=verify-full&sslrootcert=") + qEnvironmentVariable("POINTSDESK_PG_TLS_ROOT")
                                    + QStringLiteral("&application_name=pointsdesk-test"));
    auto db = Database::open(url, test::uniqueConnectionName());
    PD_OK(db);
    QVERIFY(db.value()->transport().encrypted);
    QVERIFY2(db.value()->transport().protocol.startsWith(QStringLiteral("TLSv1.")), qPrintable(db.value()->transport().protocol));
    auto name = sql::scalar(db.value()->connection(), QStringLiteral("SELECT current_setting('application_name')"));
    PD_OK(name);
    QCOMPARE(name.value().toString(), QStringLiteral("pointsdesk-test"));
    // the workers' connections (imports, reports) ask for the same
    auto another = db.value()->openAnother(test::uniqueConnectionName());
    PD_OK(another);
    QVERIFY(another.value()->transport().encrypted);
    QVERIFY(db.value()->location().displayName().contains(QStringLiteral("sslmode=verify-full")));
}

void TestPgConnection::verifyFullWithAnotherRootIsRefused()
{
    PD_FRESH_DB(t, 0);
    const QString url = address(t.location(), QStringLiteral("postgres"),
                                QStringLiteral("sslmode=verify-full&sslrootcert=") + qEnvironmentVariable("POINTSDESK_PG_TLS_OTHER_ROOT"));
    auto db = Database::open(url, test::uniqueConnectionName());
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::Database);
    QVERIFY2(db.error().detail.contains(QStringLiteral("certificate verify failed")), qPrintable(db.error().detail));
    // and the CLI says so, writing nothing
    const test::Run r = test::runCli(url, {QStringLiteral("init")}, "a long enough secret\n");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("certificate verify failed")), qPrintable(r.err));
    QVERIFY(publicTables(t.db()).isEmpty());
}

void TestPgConnection::plainConnectionSaysSo()
{
    PD_FRESH_DB(t);
    auto db = Database::open(address(t.location(), QStringLiteral("postgres"), QStringLiteral("sslmode=disable")), test::uniqueConnectionName());
    PD_OK(db);
    QVERIFY(!db.value()->transport().encrypted);
    QVERIFY(db.value()->transport().protocol.isEmpty());
}

void TestPgConnection::cliRefusesAPasswordInTheAddress()
{
    PD_FRESH_DB(t, 0);
    const QString user = qEnvironmentVariable("POINTSDESK_PG_PASSWORD_USER");
    const QString withPassword = address(t.location(), user + QLatin1Char(':') + qEnvironmentVariable("POINTSDESK_PG_PASSWORD"));
    const test::Run refused = test::runCli(withPassword, {QStringLiteral("init")}, "a long enough secret\n");
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("--allow-url-password")), qPrintable(refused.err));
    QVERIFY(!refused.err.contains(qEnvironmentVariable("POINTSDESK_PG_PASSWORD")));
    QVERIFY(publicTables(t.db()).isEmpty());

    // told to, it uses it
    const test::Run allowed = test::runCli(withPassword, {QStringLiteral("--allow-url-password"), QStringLiteral("init")}, "a long enough secret\n");
    QVERIFY2(allowed.code == 0, qPrintable(allowed.err));
    QVERIFY(publicTables(t.db()).contains(QStringLiteral("ledger_entries")));
}

void TestPgConnection::passwordFromTheEnvironment()
{
    PD_FRESH_DB(t);
    const QString url = address(t.location(), qEnvironmentVariable("POINTSDESK_PG_PASSWORD_USER"));
    qputenv("PGPASSWORD", "not the password");
    const test::Run wrong = test::runCli(url, {QStringLiteral("balances")});
    QCOMPARE(wrong.code, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("password authentication failed")), qPrintable(wrong.err));
    qputenv("PGPASSWORD", qgetenv("POINTSDESK_PG_PASSWORD"));
    const test::Run right = test::runCli(url, {QStringLiteral("balances")});
    qunsetenv("PGPASSWORD");
    QVERIFY2(right.code == 0, qPrintable(right.err));
}

PD_DATABASE_TEST_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"

// A chain's server with an owner and an application role (issue 20): `init --app-role` made by
// the owner; the desks' program runs its operations as the application role, which the server
// stops from changing history, from updating columns the operations never change, and from
// taking the guards away. Every UPDATE and DELETE in core/ is checked against the grants.
// Runs only on PostgreSQL, against the test script's server.
#include "../cli/clirun.h"
#include "core/db/sql.h"
#include "core/integrity/invariants.h"
#include "core/schema/dbroles.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QUrl>

using namespace pd;

namespace {
const QString kRole = QStringLiteral("pd_desk_app");
const QByteArray kRolePassword = "lantern river 77";
} // namespace

class TestPgRoles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyUpdateAndDeleteInCoreIsGranted();
    void theApplicationRoleRunsTheProgrammeButNotItsHistory();
    void badRolesAreRefused();
    void anOwnerRoleTakesTheTablesOver();

private:
    static QString as(const QString &location, const QString &user);
};

QString TestPgRoles::as(const QString &location, const QString &user)
{
    QUrl url(location);
    url.setUserName(user);
    return url.toString();
}

void TestPgRoles::initTestCase()
{
    QCOMPARE(test::backend(), Engine::PostgreSQL);
}

// The grants are a list kept by hand: an operation that updates another column would fail only
// on a server set up with roles. So every statement in core is read here.
void TestPgRoles::everyUpdateAndDeleteInCoreIsGranted()
{
    QMap<QString, QSet<QString>> granted;
    for (const dbroles::TableColumns &t : dbroles::updatableColumns())
        granted[t.table] = QSet<QString>(t.columns.begin(), t.columns.end());
    // written by the owner only, in the upgrade that chained existing entries (schema 5)
    const QSet<QString> ownerOnly{QStringLiteral("ledger_entries.chain_hash")};
    static const QRegularExpression joinLiterals(QStringLiteral("\"\\s*\\n\\s*\""));
    static const QRegularExpression update(QStringLiteral("UPDATE ([a-z_]+) SET (.*?)(?: WHERE|\")"));
    static const QRegularExpression upsert(QStringLiteral("ON CONFLICT \\([^)]*\\) DO UPDATE SET (.*?)\""));
    static const QRegularExpression insertInto(QStringLiteral("INSERT INTO ([a-z_]+)"));
    static const QRegularExpression assigned(QStringLiteral("([a-z_][a-z0-9_]*) = "));
    static const QRegularExpression deleteFrom(QStringLiteral("DELETE FROM ([a-z_]+)"));
    QStringList missing;
    int statements = 0;
    QDirIterator files(QStringLiteral(PD_SOURCE_DIR "/core"), {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll()).replace(joinLiterals, QString());
        const auto check = [&](const QString &table, const QString &sets) {
            ++statements;
            for (auto c = assigned.globalMatch(sets); c.hasNext();) {
                const QString column = c.next().captured(1);
                if (!granted.value(table).contains(column) && !ownerOnly.contains(table + QLatin1Char('.') + column))
                    missing << QStringLiteral("%1.%2 (%3)").arg(table, column, file.fileName());
            }
        };
        for (auto m = update.globalMatch(text); m.hasNext();) {
            const auto u = m.next();
            check(u.captured(1), u.captured(2));
        }
        for (auto m = upsert.globalMatch(text); m.hasNext();) {
            const auto u = m.next();
            // the table is the nearest INSERT INTO before it
            const QString before = text.left(u.capturedStart());
            auto inserts = insertInto.globalMatch(before);
            QString table;
            while (inserts.hasNext())
                table = inserts.next().captured(1);
            check(table, u.captured(1));
        }
        for (auto m = deleteFrom.globalMatch(text); m.hasNext();) {
            const QString table = m.next().captured(1);
            ++statements;
            if (!dbroles::deletableTables().contains(table))
                missing << QStringLiteral("DELETE FROM %1 (%2)").arg(table, file.fileName());
        }
    }
    QVERIFY2(statements > 40, qPrintable(QStringLiteral("only %1 statements found: wrong source folder?").arg(statements)));
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not granted to the application role: ") + missing.join(QStringLiteral(", "))));
}

void TestPgRoles::theApplicationRoleRunsTheProgrammeButNotItsHistory()
{
    PD_FRESH_DB(t, 0);
    // the owner sets up the database and the desks' role
    const test::Run init = test::runCli(t.location(), {QStringLiteral("init"), QStringLiteral("--app-role"), kRole}, kRolePassword + "\n");
    QVERIFY2(init.code == 0 && init.out.contains(kRole), qPrintable(init.out + init.err));
    const QString app = as(t.location(), kRole);

    // the desks' work, as the application role (the test server trusts it without its password)
    const auto run = [&](const QStringList &args, const QByteArray &in = {}) {
        const test::Run r = test::runCli(app, args, in);
        if (r.code != 0)
            qWarning("%s: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(r.err));
        return r.code;
    };
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("20"), QStringLiteral("--receipts"), QStringLiteral("400")}), 0);
    test::staffChoseTheirPasswords(t.db());
    QTemporaryDir dir;
    QCOMPARE(run({QStringLiteral("--user"), QStringLiteral("cashier"), QStringLiteral("checkin"), QStringLiteral("8000000003")}, "cashier-demo\n"), 0);
    const QString richest = sql::scalar(t.db().connection(), QStringLiteral("SELECT card_no FROM members WHERE credit <> 'restricted' "
                                                                            "ORDER BY balance DESC LIMIT 1"))->toString();
    QCOMPARE(run({QStringLiteral("redeem"), richest, QStringLiteral("CARWASH"), QStringLiteral("--number"), QStringLiteral("ROLE-1")}), 0);
    QCOMPARE(run({QStringLiteral("cancel-redemption"), QStringLiteral("ROLE-1"), QStringLiteral("--reason"), QStringLiteral("broken")}), 0);
    QCOMPARE(run({QStringLiteral("expire"), QStringLiteral("--as-of"), QStringLiteral("2028-01-01")}), 0);
    QCOMPARE(run({QStringLiteral("tiers"), QStringLiteral("--as-of"), QStringLiteral("2027-01-01")}), 0);
    QCOMPARE(run({QStringLiteral("--user"), QStringLiteral("compliance"), QStringLiteral("member"), QStringLiteral("erase"), QStringLiteral("8000000020"),
                  QStringLiteral("--reason"), QStringLiteral("the member asked")},
                 "compliance-demo\n"),
             0);
    QCOMPARE(run({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("passwd")}, "admin-demo\ncopper kettle 19\n"), 0);
    QCOMPARE(run({QStringLiteral("close-day"), QStringLiteral("--out"), dir.filePath(QStringLiteral("head.txt"))}), 0);
    QCOMPARE(run({QStringLiteral("verify")}), 0);

    // what the server refuses the application role, whatever it sends
    auto desk = Database::open(app, test::uniqueConnectionName());
    PD_OK(desk);
    const QSqlDatabase c = desk.value()->connection();
    struct Refusal { const char *statement, *says; };
    const Refusal refusals[] = {
        {"UPDATE ledger_entries SET delta = delta + 100", "permission denied"},
        {"DELETE FROM ledger_entries", "permission denied"},
        {"DELETE FROM audit_log WHERE seq = 1", "permission denied"},
        {"UPDATE audit_log SET actor_name = 'nobody'", "permission denied"},
        {"UPDATE lot_spending SET points = 0", "permission denied"},
        {"UPDATE members SET card_no = '1' WHERE id = 1", "permission denied"}, // not a column the operations change
        {"TRUNCATE ledger_entries CASCADE", "permission denied"}, // its one right there (for the close's lock) reaches no further
        {"DROP TRIGGER ledger_entries_append_only ON ledger_entries", "must be owner"},
        {"ALTER TABLE audit_log DISABLE TRIGGER ALL", "must be owner"},
        {"SET session_replication_role = replica", "permission denied"},
        {"CREATE TABLE shadow (x INT)", "permission denied"},
    };
    const qint64 entries = test::countRows(t.db(), QStringLiteral("ledger_entries"));
    for (const Refusal &refusal : refusals) {
        auto r = sql::run(c, QString::fromLatin1(refusal.statement));
        QVERIFY2(!r.ok(), refusal.statement);
        QVERIFY2(r.error().describe().contains(QLatin1String(refusal.says)), qPrintable(QString::fromLatin1(refusal.statement) + QStringLiteral(": ")
                                                                                          + r.error().describe()));
    }
    QCOMPARE(test::countRows(t.db(), QStringLiteral("ledger_entries")), entries);
    auto problems = checkLedgerInvariants(t.db());
    PD_OK(problems);
    QVERIFY2(problems->ok(), qPrintable(problems->problems.join(QLatin1Char('\n'))));

    // after an upgrade the owner runs init again: same role, its password changed, grants renewed
    const test::Run again = test::runCli(t.location(), {QStringLiteral("init"), QStringLiteral("--app-role"), kRole}, "copper kettle 19\n");
    QVERIFY2(again.code == 0, qPrintable(again.err));
}

void TestPgRoles::badRolesAreRefused()
{
    PD_FRESH_DB(t);
    const auto refused = [&](const QString &role, const QByteArray &password, const char *says) {
        const test::Run r = test::runCli(t.location(), {QStringLiteral("init"), QStringLiteral("--app-role"), role}, password + "\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String(says)), qPrintable(r.err));
        QVERIFY(!r.err.contains(QString::fromUtf8(password)) || password.size() < 3);
        auto exists = sql::scalar(t.db().connection(), QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {role});
        QVERIFY(exists.ok() && exists.value().isNull());
    };
    refused(QStringLiteral("Desk-App"), kRolePassword, "lower-case letters");
    refused(QStringLiteral("pg_desk"), kRolePassword, "lower-case letters");
    refused(QStringLiteral("pd_weak_role"), "password123", "too easy to guess");
    const test::Run owner = test::runCli(t.location(), {QStringLiteral("init"), QStringLiteral("--app-role"), QStringLiteral("postgres")}, kRolePassword + "\n");
    QCOMPARE(owner.code, 1);
    QVERIFY2(owner.err.contains(QStringLiteral("must not be the owner")), qPrintable(owner.err));
}

// The server's administrator hands the tables to an owner role, who upgrades from then on; the
// desks' role still cannot take the guards away, the owner can (as verify assumes someone may).
void TestPgRoles::anOwnerRoleTakesTheTablesOver()
{
    PD_FRESH_DB(t, 0);
    const test::Run init = test::runCli(t.location(), {QStringLiteral("init"), QStringLiteral("--owner-role"), QStringLiteral("pd_points_owner"),
                                                       QStringLiteral("--app-role"), kRole},
                                        "silver orchard 58\n" + kRolePassword + "\n");
    QVERIFY2(init.code == 0 && init.out.contains(QStringLiteral("pd_points_owner")), qPrintable(init.out + init.err));
    auto owners = sql::run(t.db().connection(), QStringLiteral("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"));
    PD_OK(owners);
    QStringList names;
    while (owners.value().next())
        names << owners.value().value(0).toString();
    QCOMPARE(names, QStringList{QStringLiteral("pd_points_owner")});
    // the owner upgrades (nothing to do here) and renews the desks' role; the desks work
    const QString owner = as(t.location(), QStringLiteral("pd_points_owner"));
    const test::Run again = test::runCli(owner, {QStringLiteral("init"), QStringLiteral("--app-role"), kRole}, "\n"); // no new password: rights only
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QCOMPARE(test::runCli(as(t.location(), kRole), {QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("5")}).code, 0);
    auto desk = Database::open(as(t.location(), kRole), test::uniqueConnectionName());
    PD_OK(desk);
    auto drop = sql::run(desk.value()->connection(), QStringLiteral("DROP TRIGGER audit_log_append_only ON audit_log"));
    QVERIFY(!drop.ok());
    QVERIFY2(drop.error().describe().contains(QStringLiteral("must be owner")), qPrintable(drop.error().describe()));
    auto byOwner = Database::open(owner, test::uniqueConnectionName());
    PD_OK(byOwner);
    PD_OK(sql::run(byOwner.value()->connection(), QStringLiteral("DROP TRIGGER audit_log_append_only ON audit_log")));
}

PD_DATABASE_TEST_MAIN(TestPgRoles)
#include "tst_pgroles.moc"

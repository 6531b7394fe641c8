#pragma once

#include "core/clock.h"
#include "core/db/database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace pd::test {

// Which engine this run of a test executable uses: ctest runs each database test twice,
// with POINTSDESK_TEST_BACKEND=sqlite and =postgresql.
Engine backend();
// Why the backend cannot run here (empty when it can): PostgreSQL needs PGHOST set by the
// test script.
QString backendUnavailableReason();

// A fresh, empty database for one test function: a file in a temporary folder, or the
// public schema of this executable's own PostgreSQL database, dropped and recreated.
class TestDatabase
{
public:
    // version -1: migrated to the latest schema; 0: not migrated at all.
    explicit TestDatabase(int version = -1);
    ~TestDatabase();

    bool isValid() const { return m_db != nullptr; }
    QString error() const { return m_error; }
    Database &db() { return *m_db; }
    QString location() const { return m_location; }
    // Another connection to the same database (as a second desk or thread would have).
    std::unique_ptr<Database> openAnother();
    // Runs SQL outside the program's operations, as an attacker or a broken tool would.
    void exec(const QString &statement);
    // A fixture's members added by SQL, or tiers or home stores set by SQL, before the test's
    // story: the figures that count members by tier and store (kept by the operations) are
    // counted again.
    void setUpMembers(const QString &statement);
    // Takes away the database's refusal to change history (schema 19), as someone holding the
    // file or the owner's login could, so a test can edit history and see verify find it.
    void removeAppendOnlyGuard();

private:
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Database> m_db;
    QString m_error;
};

QString uniqueConnectionName();
// The same for any connection (a backup's copy, a second database).
void removeAppendOnlyGuard(Database &db);
// Every account has its own password already, as after each person's first login: for tests
// about other things than that first login (tst_auth, tst_cli and tst_loginflow test it).
void staffChoseTheirPasswords(Database &db);

} // namespace pd::test

namespace pd::test {
// Runs the test functions of a database test executable. When its engine is not available
// here, no function runs: it exits with 77, which ctest reports as skipped (never as passed),
// or, under the test script (POINTSDESK_REQUIRE_POSTGRESQL set), fails: PostgreSQL must
// really run there.
int runDatabaseTests(QObject &tests, int argc, char **argv);
} // namespace pd::test

#define PD_DATABASE_TEST_MAIN(TestObject)                                                        \
    int main(int argc, char *argv[])                                                             \
    {                                                                                            \
        QCoreApplication app(argc, argv);                                                        \
        TestObject tc;                                                                           \
        QTEST_SET_MAIN_SOURCE_PATH                                                               \
        return pd::test::runDatabaseTests(tc, argc, argv);                                       \
    }

// Fails the test function with the error's own words unless the result is ok; only then may
// its value be read.
#define PD_OK(result)                                                                            \
    do {                                                                                         \
        const auto &pd_ok_ = (result);                                                           \
        QVERIFY2(pd_ok_.ok(), qPrintable(pd_ok_.error().describe()));                            \
    } while (false)

#define PD_FRESH_DB(name, ...)                                                                   \
    pd::test::TestDatabase name{__VA_ARGS__};                                                    \
    QVERIFY2(name.isValid(), qPrintable(name.error()))

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

private:
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Database> m_db;
    QString m_error;
};

QString uniqueConnectionName();

} // namespace pd::test

// In initTestCase(): skip this run when its backend is not available (in CI, where
// POINTSDESK_REQUIRE_POSTGRESQL is set, fail instead: PostgreSQL must really run there).
#define PD_REQUIRE_BACKEND()                                                                     \
    do {                                                                                         \
        const QString why_ = pd::test::backendUnavailableReason();                               \
        if (!why_.isEmpty()) {                                                                   \
            if (qEnvironmentVariableIsSet("POINTSDESK_REQUIRE_POSTGRESQL"))                      \
                QFAIL(qPrintable(why_));                                                         \
            QSKIP(qPrintable(why_));                                                             \
        }                                                                                        \
    } while (false)

#define PD_FRESH_DB(name, ...)                                                                   \
    pd::test::TestDatabase name{__VA_ARGS__};                                                    \
    QVERIFY2(name.isValid(), qPrintable(name.error()))

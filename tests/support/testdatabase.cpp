#include "testdatabase.h"

#include "core/db/transaction.h"
#include "core/ledger/memberrollups.h"
#include "core/schema/migrator.h"
#include "core/db/sql.h"

#include <QCoreApplication>
#include <QSqlError>

#include <atomic>
#include <cstdio>

namespace pd::test {

namespace {

QString env(const char *name, const QString &fallback)
{
    const QString v = qEnvironmentVariable(name);
    return v.isEmpty() ? fallback : v;
}

QString postgresUrl(const QString &database)
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(env("PGUSER", QStringLiteral("postgres")), env("PGHOST", QStringLiteral("127.0.0.1")),
             env("PGPORT", QStringLiteral("5432")), database);
}

// One PostgreSQL database per test executable, so ctest may run executables in parallel.
QString ensurePostgresDatabase(QString *error)
{
    const QString name = QStringLiteral("pd_") + QCoreApplication::applicationName().toLower();
    static bool created = false;
    if (created)
        return name;
    auto admin = Database::open(postgresUrl(env("PGDATABASE", QStringLiteral("postgres"))), uniqueConnectionName());
    if (!admin) {
        *error = admin.error().describe();
        return {};
    }
    auto exists = sql::scalar(admin.value()->connection(), QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"), {name});
    if (!exists) {
        *error = exists.error().describe();
        return {};
    }
    if (exists.value().isNull()) {
        auto r = sql::run(admin.value()->connection(), QStringLiteral("CREATE DATABASE ") + name);
        if (!r) {
            *error = r.error().describe();
            return {};
        }
    }
    created = true;
    return name;
}

} // namespace

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("test-%1").arg(++counter);
}

Engine backend()
{
    return qEnvironmentVariable("POINTSDESK_TEST_BACKEND") == QLatin1String("postgresql") ? Engine::PostgreSQL
                                                                                            : Engine::SQLite;
}

QString backendUnavailableReason()
{
    if (backend() == Engine::PostgreSQL && qEnvironmentVariableIsEmpty("PGHOST"))
        return QStringLiteral("PostgreSQL backend: PGHOST is not set (the test script starts a server and sets it)");
    return {};
}

int runDatabaseTests(QObject &tests, int argc, char **argv)
{
    const QString why = backendUnavailableReason();
    if (why.isEmpty())
        return QTest::qExec(&tests, argc, argv);
    const QByteArray name = QCoreApplication::applicationName().toUtf8();
    if (qEnvironmentVariableIsSet("POINTSDESK_REQUIRE_POSTGRESQL")) {
        std::fprintf(stdout, "FAIL!  : %s: %s, but this run must use it\n", name.constData(), qUtf8Printable(why));
        return 1;
    }
    std::fprintf(stdout, "SKIP   : %s (every function): %s\n", name.constData(), qUtf8Printable(why));
    return 77;
}

TestDatabase::TestDatabase(int version)
{
    if (backend() == Engine::SQLite) {
        m_location = m_dir.filePath(QStringLiteral("test.sqlite"));
    } else {
        const QString name = ensurePostgresDatabase(&m_error);
        if (name.isEmpty())
            return;
        m_location = postgresUrl(name);
    }
    auto db = Database::open(m_location, uniqueConnectionName());
    if (!db) {
        m_error = db.error().describe();
        return;
    }
    if (backend() == Engine::PostgreSQL) {
        for (const char *s : {"DROP SCHEMA public CASCADE", "CREATE SCHEMA public"}) {
            if (auto r = sql::run(db.value()->connection(), QLatin1String(s)); !r) {
                m_error = r.error().describe();
                return;
            }
        }
    }
    if (version != 0) {
        auto migrated = Migrator(*db.value()).migrate(version);
        if (!migrated) {
            m_error = migrated.error().describe();
            return;
        }
    }
    m_db = std::move(db).value();
}

TestDatabase::~TestDatabase() = default;

std::unique_ptr<Database> TestDatabase::openAnother()
{
    auto db = Database::open(m_location, uniqueConnectionName());
    return db ? std::move(db).value() : nullptr;
}

void TestDatabase::exec(const QString &statement)
{
    auto r = sql::run(m_db->connection(), statement);
    if (!r)
        qFatal("test SQL failed: %s", qPrintable(r.error().describe()));
}

void TestDatabase::setUpMembers(const QString &statement)
{
    exec(statement);
    WriteTransaction tx(*m_db);
    Status s = tx.begin();
    if (s)
        s = memberrollups::rebuild(*m_db);
    if (s)
        s = tx.commit();
    if (!s)
        qFatal("counting the members again failed: %s", qPrintable(s.error().describe()));
}

void TestDatabase::removeAppendOnlyGuard()
{
    pd::test::removeAppendOnlyGuard(*m_db);
}

void staffChoseTheirPasswords(Database &db)
{
    if (auto r = sql::run(db.connection(), QStringLiteral("UPDATE users SET must_change_password = 0")); !r)
        qFatal("test SQL failed: %s", qPrintable(r.error().describe()));
}

void removeAppendOnlyGuard(Database &db)
{
    // every trigger the catalogue lists, whatever it is called
    const bool sqlite = db.dialect().isSQLite();
    auto triggers = sql::run(db.connection(), sqlite ? QStringLiteral("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'")
                                                     : QStringLiteral("SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                                                      "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                                                      "WHERE NOT t.tgisinternal AND n.nspname = 'public'"));
    if (!triggers)
        qFatal("test SQL failed: %s", qPrintable(triggers.error().describe()));
    QStringList drops;
    while (triggers.value().next()) {
        const QString name = triggers.value().value(0).toString(), table = triggers.value().value(1).toString();
        drops << (sqlite ? QStringLiteral("DROP TRIGGER %1").arg(name) : QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table));
    }
    triggers.value().finish();
    if (drops.isEmpty())
        qFatal("removeAppendOnlyGuard: the database has no triggers to remove (schema older than 19?)");
    for (const QString &drop : std::as_const(drops)) {
        if (auto r = sql::run(db.connection(), drop); !r)
            qFatal("test SQL failed: %s", qPrintable(r.error().describe()));
    }
}

} // namespace pd::test

// SQLite-specific behaviour of the connection layer (PostgreSQL has its own in tst_migrations
// and every service test).
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/db/walcheckpointer.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QFileInfo>

using namespace pd;

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void pragmasAreAssertedAtOpen();
    void locationParsing_data();
    void locationParsing();
    void addressParameters_data();
    void addressParameters();
    void writersTakeTheLockAtBegin();
    void guardRollsBackUnlessCommitted();
    void localFolderIsNotANetworkShare();
    void checkpointsMoveOffTheDeskConnection();
};

void TestDatabase::pragmasAreAssertedAtOpen()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("p.sqlite")), test::uniqueConnectionName());
    QVERIFY2(db.ok(), qPrintable(db.error().describe()));
    const QSqlDatabase c = db.value()->connection();
    QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA journal_mode")).value().toString(), QStringLiteral("wal"));
    QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA synchronous")).value().toInt(), 2);
    QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
    QVERIFY(sql::scalar(c, QStringLiteral("PRAGMA busy_timeout")).value().toInt() >= 5000);
}

void TestDatabase::locationParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("engine");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("name");
    QTest::newRow("file") << "data/pd.sqlite" << true << int(Engine::SQLite) << "" << 5432 << "";
    QTest::newRow("pg") << "postgresql://pd@db.example:6543/points" << true << int(Engine::PostgreSQL)
                        << "db.example" << 6543 << "points";
    QTest::newRow("pg default port") << "postgres://pd@127.0.0.1/points" << true << int(Engine::PostgreSQL)
                                     << "127.0.0.1" << 5432 << "points";
    QTest::newRow("pg without name") << "postgresql://pd@127.0.0.1:5432/" << false << 0 << "" << 0 << "";
    QTest::newRow("empty") << "  " << false << 0 << "" << 0 << "";
}

void TestDatabase::locationParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    auto loc = DatabaseLocation::parse(text);
    QCOMPARE(loc.ok(), ok);
    if (!ok) {
        QCOMPARE(loc.error().code, ErrorCode::InvalidInput);
        return;
    }
    QFETCH(int, engine);
    QCOMPARE(int(loc->engine), engine);
    if (loc->engine == Engine::PostgreSQL) {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, name);
        QCOMPARE(loc->host, host);
        QCOMPARE(loc->port, port);
        QCOMPARE(loc->name, name);

    } else {
        QVERIFY(QFileInfo(loc->filePath).isAbsolute());
    }
}

void TestDatabase::addressParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("refusalNames"); // empty: accepted
    QTest::addColumn<QString>("sslmode");
    QTest::newRow("none") << "" << "" << "";
    QTest::newRow("verify-full with a root") << "?sslmode=verify-full&sslrootcert=ROOT&application_name=store%20NY01" << "" << "verify-full";
    QTest::newRow("require, timeout") << "?sslmode=require&connect_timeout=5&target_session_attrs=read-write" << "" << "require";
    QTest::newRow("service") << "?service=chain" << "" << "";
    QTest::newRow("unknown parameter") << "?sslmod=require" << "sslmod" << "";
    QTest::newRow("a password parameter") << "?password=secret" << "password" << "";
    QTest::newRow("bad sslmode") << "?sslmode=always" << "always" << "";
    QTest::newRow("missing root file") << "?sslmode=verify-full&sslrootcert=/nonexistent/root.crt" << "/nonexistent/root.crt" << "";
    QTest::newRow("twice") << "?sslmode=require&sslmode=disable" << "sslmode" << "";
    QTest::newRow("timeout not a number") << "?connect_timeout=soon" << "soon" << "";
    QTest::newRow("timeout too long") << "?connect_timeout=3600" << "3600" << "";
    QTest::newRow("semicolon") << "?application_name=a%3Bsslmode%3Ddisable" << "application_name" << "";
    QTest::newRow("empty value") << "?sslmode=" << "sslmode" << "";
}

// libpq's parameters in the address: known names, checked values, never a secret; a
// refusal names what it refuses
void TestDatabase::addressParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, refusalNames);
    QFETCH(QString, sslmode);
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("root.crt"));
    QFile file(root);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN CERTIFICATE-----\n");
    file.close();
    query.replace(QStringLiteral("ROOT"), root);
    auto loc = DatabaseLocation::parse(QStringLiteral("postgresql://pd@db.example:5432/points") + query);
    if (!refusalNames.isEmpty()) {
        QVERIFY(!loc.ok());
        QCOMPARE(loc.error().code, ErrorCode::InvalidInput);
        QCOMPARE(loc.error().field, QStringLiteral("db"));
        QVERIFY2(loc.error().message.contains(refusalNames), qPrintable(loc.error().message));
        return;
    }
    PD_OK(loc);
    QCOMPARE(loc->parameter(QStringLiteral("sslmode")), sslmode);
    if (query.contains(QStringLiteral("sslrootcert"))) {
        QCOMPARE(loc->parameter(QStringLiteral("sslrootcert")), QFileInfo(root).absoluteFilePath());
        QCOMPARE(loc->parameter(QStringLiteral("application_name")), QStringLiteral("store NY01"));
        QVERIFY(loc->displayName().contains(QStringLiteral("sslmode=verify-full")));
    }
    QVERIFY(loc->password.isEmpty());
}

void TestDatabase::writersTakeTheLockAtBegin()
{
    PD_FRESH_DB(t);
    auto other = t.openAnother();
    QVERIFY(other);
    WriteTransaction first(t.db());
    QVERIFY(first.begin().ok());
    // a deferred BEGIN would succeed here and fail only at the first write
    auto shortWait = sql::run(other->connection(), QStringLiteral("PRAGMA busy_timeout = 50"));
    QVERIFY(shortWait.ok());
    WriteTransaction second(*other);
    const Status s = second.begin();
    QVERIFY(!s.ok());
    QVERIFY2(s.error().detail.contains(QLatin1String("locked"), Qt::CaseInsensitive), qPrintable(s.error().detail));
    QVERIFY(first.commit().ok());
    QVERIFY(second.begin().ok());
    second.rollback();
}

void TestDatabase::guardRollsBackUnlessCommitted()
{
    PD_FRESH_DB(t);
    {
        WriteTransaction tx(t.db());
        QVERIFY(tx.begin().ok());
        t.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')"));
    } // no commit
    QCOMPARE(sql::scalar(t.db().connection(), QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'k'")).value().toInt(), 0);
    {
        WriteTransaction tx(t.db());
        QVERIFY(tx.begin().ok());
        t.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')"));
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(sql::scalar(t.db().connection(), QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'k'")).value().toInt(), 1);
}

void TestDatabase::localFolderIsNotANetworkShare()
{
    QTemporaryDir dir;
    QVERIFY(!isOnNetworkFileSystem(dir.filePath(QStringLiteral("x.sqlite"))));
}

void TestDatabase::checkpointsMoveOffTheDeskConnection()
{
    // the same 1,500 small durable commits on two desks; only one has a checkpointer, and
    // neither checkpoints by itself: the one without must grow its WAL, the other must not
    QTemporaryDir dir;
    const auto commits = [](Database &db) {
        const QSqlDatabase c = db.connection();
        QVERIFY(sql::run(c, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")).ok());
        for (int i = 0; i < 1500; ++i) {
            WriteTransaction tx(db);
            QVERIFY(tx.begin().ok());
            QVERIFY(sql::run(c, QStringLiteral("INSERT INTO t (v) VALUES (?)"), {QString(200, QLatin1Char('x'))}).ok());
            QVERIFY(tx.commit().ok());
            if (i % 100 == 0)
                QTest::qWait(25); // a desk between customers
        }
    };
    const QString withFile = dir.filePath(QStringLiteral("with.sqlite")), withoutFile = dir.filePath(QStringLiteral("without.sqlite"));
    auto with = Database::open(withFile, test::uniqueConnectionName());
    auto without = Database::open(withoutFile, test::uniqueConnectionName());
    QVERIFY(with.ok() && without.ok());
    QVERIFY(sql::run(without.value()->connection(), QStringLiteral("PRAGMA wal_autocheckpoint = 0")).ok());
    {
        auto checkpointer = WalCheckpointer::start(*with.value(), 20);
        QVERIFY(checkpointer.ok());
        QCOMPARE(sql::scalar(with.value()->connection(), QStringLiteral("PRAGMA wal_autocheckpoint"))->toInt(), 0);
        commits(*with.value());
        QTRY_VERIFY(checkpointer.value()->framesCopied() >= 1500);
        QVERIFY(checkpointer.value()->checkpoints() > 1);
    }
    // stopped: the desk checkpoints by itself again
    QCOMPARE(sql::scalar(with.value()->connection(), QStringLiteral("PRAGMA wal_autocheckpoint"))->toInt(), 1000);
    commits(*without.value());
    const qint64 grown = QFileInfo(withoutFile + QStringLiteral("-wal")).size(), kept = QFileInfo(withFile + QStringLiteral("-wal")).size();
    qInfo("WAL after 1,500 commits: %lld bytes without a checkpointer, %lld with one", static_cast<long long>(grown), static_cast<long long>(kept));
    QVERIFY(grown > 4 * 1024 * 1024);
    QVERIFY(kept < grown / 4);
    QCOMPARE(sql::scalar(with.value()->connection(), QStringLiteral("SELECT COUNT(*) FROM t"))->toInt(), 1500);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

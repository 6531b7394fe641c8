// Lost races are run again, not shown to the user (issue 6): a PostgreSQL deadlock victim
// (40P01) and an SQLite write lock held past the busy timeout both end in a posted receipt.
#include "core/db/sql.h"
#include "ledgerfixture.h"

#include <QSemaphore>
#include <QThread>

using namespace pd;
using namespace pd::test;

class TestContention : public QObject
{
    Q_OBJECT
private slots:
    void aWriterThatLostARaceIsRunAgain();
    void contentionErrorsAreRecognised();
    void readersNeverHoldUpACommit();
    void previewsTakeNoLock();
};

// Another desk takes the audit chain's head, then wants the member our receipt has locked:
// on PostgreSQL that is a deadlock, and our receipt (which waited first) is the victim; on
// SQLite the other desk holds the write lock longer than the 5 s busy timeout.
void TestContention::aWriterThatLostARaceIsRunAgain()
{
    PD_LEDGER_WORLD(w, 2);
    const bool postgres = w.t.db().dialect().engine() == Engine::PostgreSQL;
    QSemaphore holding, done;
    QString otherDesk;
    const QString location = w.t.location();
    QThread *desk = QThread::create([&] {
        auto db = Database::open(location, uniqueConnectionName());
        if (!db) {
            otherDesk = db.error().describe();
            holding.release();
            return;
        }
        const QSqlDatabase c = db.value()->connection();
        if (postgres) {
            // the other desk must not be the one PostgreSQL picks as the victim
            (void)sql::run(c, "SET deadlock_timeout = '10s'");
            (void)sql::run(c, "BEGIN");
            (void)sql::run(c, "SELECT seq FROM audit_head WHERE id = 1 FOR UPDATE");
            holding.release();
            QThread::msleep(400);
            auto member = sql::run(c, "SELECT id FROM members WHERE card_no = '8000000001' FOR UPDATE");
            otherDesk = member ? QString() : member.error().describe();
            if (member)
                member.value().finish();
            (void)sql::run(c, "COMMIT");
        } else {
            (void)sql::run(c, "BEGIN IMMEDIATE");
            holding.release();
            QThread::msleep(6500);
            (void)sql::run(c, "COMMIT");
        }
        done.release();
    });
    desk->start();
    holding.acquire();
    QVERIFY2(otherDesk.isEmpty(), qPrintable(otherDesk));
    const qint64 retriesBefore = w.t.db().conflictRetries();
    auto posted = w.receipt("C1", 1, 10000, w.clock.nowUtc().addSecs(-60));
    QVERIFY2(posted.ok(), qPrintable(posted.error().describe()));
    QVERIFY(done.tryAcquire(1, 30000));
    desk->wait();
    delete desk;
    QVERIFY2(otherDesk.isEmpty(), qPrintable(otherDesk)); // the other desk got its row too
    QVERIFY2(w.t.db().conflictRetries() > retriesBefore, "the receipt never lost the race: the test did not test the retry");
    QCOMPARE(w.points(1).balance, 100);
    QCOMPARE(countRows(w.t.db(), "receipts"), 1);
    QCOMPARE(w.invariantProblems(), QString());
}

void TestContention::contentionErrorsAreRecognised()
{
    QSqlError deadlock(QString(), QStringLiteral("deadlock detected"), QSqlError::StatementError, QStringLiteral("40P01"));
    QSqlError serialization(QString(), QString(), QSqlError::StatementError, QStringLiteral("40001"));
    QSqlError sameKey(QString(), QString(), QSqlError::StatementError, QStringLiteral("23505"));
    QSqlError busy(QString(), QStringLiteral("database is locked"), QSqlError::StatementError, QStringLiteral("5"));
    QSqlError syntax(QString(), QString(), QSqlError::StatementError, QStringLiteral("42601"));
    QSqlError check(QString(), QString(), QSqlError::StatementError, QStringLiteral("23514"));
    QVERIFY(sql::isContention(deadlock));
    QVERIFY(sql::isContention(serialization));
    QVERIFY(sql::isContention(sameKey));
    QVERIFY(sql::isContention(busy));
    QVERIFY(!sql::isContention(syntax));
    QVERIFY(!sql::isContention(check)); // a broken rule is never retried into success
}

// A desk reading (a report in the middle of its rows, inside its own snapshot) while another
// posts: the COMMIT goes through at once, the reader keeps its snapshot until it ends and then
// sees the receipt. (With SQLite in WAL mode a reader never blocks a writer's COMMIT, which
// is why a failing COMMIT is not retried.)
void TestContention::readersNeverHoldUpACommit()
{
    PD_LEDGER_WORLD(w, 3);
    w.t.setUpMembers("UPDATE members SET tier = 'member', credit = 'normal'");
    PD_OK(w.receipt("BEFORE", 1, 10000, LedgerWorld::local(2027, 5, 1)));
    auto reader = w.t.openAnother();
    QVERIFY(reader);
    const QSqlDatabase r = reader->connection();
    PD_OK(sql::run(r, reader->dialect().isSQLite() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")));
    auto rows = sql::run(r, "SELECT card_no, balance FROM members ORDER BY id");
    PD_OK(rows);
    QVERIFY(rows.value().next()); // in the middle of its rows
    QCOMPARE(rows.value().value(1).toLongLong(), qint64(100));

    // were the COMMIT held up, it would fail after the busy timeout: nothing retries it
    auto posted = w.receipt("DURING", 1, 20000, LedgerWorld::local(2027, 5, 2));
    PD_OK(posted);
    QCOMPARE(w.points(1).balance, qint64(300));

    QVERIFY(rows.value().next());
    rows.value().finish();
    QCOMPARE(sql::scalar(r, "SELECT balance FROM members WHERE card_no = '8000000001'")->toLongLong(), qint64(100)); // its snapshot
    PD_OK(sql::run(r, "COMMIT"));
    QCOMPARE(sql::scalar(r, "SELECT balance FROM members WHERE card_no = '8000000001'")->toLongLong(), qint64(300));
}

// The counter previews a receipt on every keystroke: a preview reads, it never waits for (or
// takes) the member's row lock, which another desk may be holding while it posts.
void TestContention::previewsTakeNoLock()
{
    PD_LEDGER_WORLD(w, 2);
    w.t.setUpMembers("UPDATE members SET tier = 'member', credit = 'normal'");
    auto desk = w.t.openAnother();
    QVERIFY(desk);
    const QSqlDatabase other = desk->connection();
    // another desk in the middle of an operation on member 1, holding its row
    PD_OK(sql::run(other, desk->dialect().beginWrite()));
    PD_OK(sql::run(other, QStringLiteral("SELECT balance FROM members WHERE card_no = ?") + desk->dialect().forUpdate(), {LedgerWorld::card(1)}));
    if (!w.t.db().dialect().isSQLite())
        PD_OK(sql::run(w.t.db().connection(), "SET lock_timeout = '2s'")); // a preview that waited would fail here
    const ReceiptInput in{"NY01", "P1", LedgerWorld::card(1), LedgerWorld::local(2027, 5, 2), "supermarket", 12345, 0, 0};
    auto preview = ReceiptService(w.t.db(), w.clock).quote(w.admin, in);
    PD_OK(preview);
    QCOMPARE(preview->earning.points, qint64(123)); // ¥123.45 at 1 point per yuan
    PD_OK(sql::run(other, "ROLLBACK"));
    if (!w.t.db().dialect().isSQLite())
        PD_OK(sql::run(w.t.db().connection(), "SET lock_timeout = 0"));
}

PD_DATABASE_TEST_MAIN(TestContention)
#include "tst_contention.moc"

// Writes kept for the next round trip (issue 22): on a PostgreSQL server they wait inside the
// transaction and go with the next statement or the COMMIT; every read of the connection sees
// them; a failure among them fails the commit and keeps nothing; a rollback forgets them. On
// SQLite they run at once. Both engines run every function.
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/db/writebehind.h"
#include "support/testdatabase.h"

using namespace pd;

class TestWriteBehind : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void aKeptWriteIsSeenByTheNextRead();
    void outsideATransactionAWriteRunsAtOnce();
    void aFailureAmongThemFailsTheCommitAndKeepsNothing();
    void aDuplicateAmongThemIsARaceToRunAgain();
    void aRollbackForgetsThem();
    void aQueryReadToItsEndDoesNotHoldThemBack();
    void gatheredRowsGoAsOneInsertAheadOfTheWaitingWrites();
    void tablesGoInTheOrderOfTheirReferences();
    void aBadGatheredRowFailsTheCommitNamingItsFirstRow();
    void manyGatheredRowsGoInParts();
    void aBadRowInAPartSentAheadFailsWhatFollowsAndKeepsNothing();
    void aPartIsPreparedOnceAndThenRunByName();

private:
    std::unique_ptr<test::TestDatabase> m_t;
    QSqlDatabase c() { return m_t->db().connection(); }
    qint64 rows(Database &db) { return sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM wb"))->toLongLong(); }
    // what a server keeps waiting; SQLite never keeps anything
    qsizetype expectedWaiting(qsizetype onServer) const { return test::backend() == Engine::SQLite ? 0 : onServer; }
    std::optional<Error> writeWithABadRow(qint64 first, qint64 last, qint64 bad);
};

// Rows first..last in one transaction, row `bad` refused by the table's CHECK: the failure, from
// the write that read it or from the COMMIT (the part with the bad row may still be on its way)
std::optional<Error> TestWriteBehind::writeWithABadRow(qint64 first, qint64 last, qint64 bad)
{
    WriteTransaction tx(m_t->db());
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    for (qint64 k = first; k <= last; ++k) {
        const Status s = sql::insertLater(c(), QStringLiteral("wb"), QStringLiteral("k, v"), {k, k == bad ? QStringLiteral("bad") : QStringLiteral("v")});
        if (!s)
            return s.error();
    }
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return std::nullopt;
}

void TestWriteBehind::init()
{
    m_t = std::make_unique<test::TestDatabase>(0);
    QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
    m_t->exec(QStringLiteral("CREATE TABLE wb (k BIGINT PRIMARY KEY, v TEXT NOT NULL CHECK (v <> 'bad'))"));
}

void TestWriteBehind::aKeptWriteIsSeenByTheNextRead()
{
    auto other = m_t->openAnother();
    WriteTransaction tx(m_t->db());
    PD_OK(tx.begin());
    PD_OK(sql::runLater(c(), QStringLiteral("INSERT INTO wb (k, v) VALUES (?, ?)"), {qint64(1), QStringLiteral("一")}));
    PD_OK(sql::runLater(c(), QStringLiteral("UPDATE wb SET v = ? WHERE k = ?"), {QStringLiteral("壹"), qint64(1)}));
    QCOMPARE(sql::waitingCount(c()), expectedWaiting(2));
    // the next read sends them first, in the order written
    QCOMPARE(sql::scalar(c(), QStringLiteral("SELECT v FROM wb WHERE k = ?"), {qint64(1)})->toString(), QStringLiteral("壹"));
    QCOMPARE(sql::waitingCount(c()), 0);
    PD_OK(sql::runLater(c(), QStringLiteral("INSERT INTO wb (k, v) VALUES (?, ?)"), {qint64(2), QStringLiteral("二")}));
    QCOMPARE(sql::waitingCount(c()), expectedWaiting(1));
    PD_OK(tx.commit());
    QCOMPARE(sql::waitingCount(c()), 0);
    // committed: another desk sees both rows
    QCOMPARE(rows(*other), qint64(2));
}

void TestWriteBehind::outsideATransactionAWriteRunsAtOnce()
{
    auto other = m_t->openAnother();
    PD_OK(sql::runLater(c(), QStringLiteral("INSERT INTO wb (k, v) VALUES (?, ?)"), {qint64(7), QStringLiteral("七")}));
    QCOMPARE(sql::waitingCount(c()), 0);
    QCOMPARE(rows(*other), qint64(1));
}

void TestWriteBehind::aFailureAmongThemFailsTheCommitAndKeepsNothing()
{
    {
        WriteTransaction tx(m_t->db());
        PD_OK(tx.begin());
        PD_OK(sql::runLater(c(), QStringLiteral("INSERT INTO wb (k, v) VALUES (?, ?)"), {qint64(1), QStringLiteral("good")}));
        const Status bad = sql::runLater(c(), QStringLiteral("INSERT INTO wb (k, v) VALUES (?, ?)"), {qint64(2), QStringLiteral("bad")});
        PD_OK(sql::runLater(c(), QStringLiteral("INSERT INTO wb (k, v) VALUES (?, ?)"), {qint64(3), QStringLiteral("after")}));
        // SQLite refuses the row at once (the operation stops there and its guard rolls back);
        // a server refuses it with the COMMIT
        QCOMPARE(bad.ok(), test::backend() != Engine::SQLite);
        if (!bad.ok()) {
            tx.rollback();
        } else {
            const Status committed = tx.commit();
            QVERIFY(!committed.ok());
            QCOMPARE(committed.error().code, ErrorCode::Database);
            // the detail names the write that failed, with its values
            QVERIFY2(committed.error().detail.contains(QStringLiteral("bad")), qPrintable(committed.error().detail));
        }
        QVERIFY(!tx.isActive());
    }
    QCOMPARE(sql::waitingCount(c()), 0);
    QCOMPARE(rows(m_t->db()), qint64(0));
    // the connection goes on
    WriteTransaction again(m_t->db());
    PD_OK(again.begin());
    PD_OK(sql::runLater(c(), QStringLiteral("INSERT INTO wb (k, v) VALUES (?, ?)"), {qint64(4), QStringLiteral("ok")}));
    PD_OK(again.commit());
    QCOMPARE(rows(m_t->db()), qint64(1));
}

void TestWriteBehind::aDuplicateAmongThemIsARaceToRunAgain()
{
    m_t->exec(QStringLiteral("INSERT INTO wb (k, v) VALUES (5, 'first')"));
    WriteTransaction tx(m_t->db());
    PD_OK(tx.begin());
    const Status kept = sql::runLater(c(), QStringLiteral("INSERT INTO wb (k, v) VALUES (?, ?)"), {qint64(5), QStringLiteral("second")});
    const Status committed = test::backend() == Engine::SQLite ? kept : tx.commit();
    QVERIFY(!committed.ok());
    // a key another transaction committed first: the operation's own look-up finds it next time
    QCOMPARE(committed.error().code, test::backend() == Engine::SQLite ? ErrorCode::Database : ErrorCode::Contention);
}

void TestWriteBehind::aRollbackForgetsThem()
{
    {
        WriteTransaction tx(m_t->db());
        PD_OK(tx.begin());
        PD_OK(sql::runLater(c(), QStringLiteral("INSERT INTO wb (k, v) VALUES (?, ?)"), {qint64(1), QStringLiteral("gone")}));
        tx.rollback();
        QCOMPARE(sql::waitingCount(c()), 0);
    }
    {
        WriteTransaction tx(m_t->db());
        PD_OK(tx.begin());
        PD_OK(sql::runLater(c(), QStringLiteral("INSERT INTO wb (k, v) VALUES (?, ?)"), {qint64(2), QStringLiteral("gone too")}));
        // the guard's own rollback, as when an operation returns early with an error
    }
    QCOMPARE(sql::waitingCount(c()), 0);
    QCOMPARE(rows(m_t->db()), qint64(0));
}

void TestWriteBehind::aQueryReadToItsEndDoesNotHoldThemBack()
{
    m_t->exec(QStringLiteral("INSERT INTO wb (k, v) VALUES (100, 'a'), (101, 'b'), (102, 'c')"));
    WriteTransaction tx(m_t->db());
    PD_OK(tx.begin());
    // a read whose rows were all taken leaves its end on a server connection until the next
    // statement: writes after it still wait for the next round trip
    auto read = sql::run(c(), QStringLiteral("SELECT k FROM wb WHERE k >= ? ORDER BY k"), {qint64(100)});
    PD_OK(read);
    qint64 seen = 0;
    while (read.value().next())
        seen += read.value().value(0).toLongLong();
    QCOMPARE(seen, qint64(303));
    PD_OK(sql::runLater(c(), QStringLiteral("INSERT INTO wb (k, v) VALUES (?, ?)"), {qint64(1), QStringLiteral("kept")}));
    PD_OK(sql::runLater(c(), QStringLiteral("INSERT INTO wb (k, v) VALUES (?, ?)"), {qint64(2), QStringLiteral("also")}));
    QCOMPARE(sql::waitingCount(c()), expectedWaiting(2));
    PD_OK(tx.commit());
    QCOMPARE(sql::waitingCount(c()), 0);
    QCOMPARE(rows(m_t->db()), qint64(5));
}

void TestWriteBehind::gatheredRowsGoAsOneInsertAheadOfTheWaitingWrites()
{
    auto other = m_t->openAnother();
    WriteTransaction tx(m_t->db());
    PD_OK(tx.begin());
    for (qint64 k = 1; k <= 3; ++k)
        PD_OK(sql::insertLater(c(), QStringLiteral("wb"), QStringLiteral("k, v"), {k, QStringLiteral("行%1").arg(k)}));
    // a write waiting behind them may change what was gathered before it
    PD_OK(sql::runLater(c(), QStringLiteral("UPDATE wb SET v = ? WHERE k = ?"), {QStringLiteral("二"), qint64(2)}));
    QCOMPARE(sql::waitingCount(c()), expectedWaiting(4));
    QCOMPARE(sql::scalar(c(), QStringLiteral("SELECT v FROM wb WHERE k = ?"), {qint64(2)})->toString(), QStringLiteral("二"));
    QCOMPARE(sql::waitingCount(c()), 0);
    PD_OK(sql::insertLater(c(), QStringLiteral("wb"), QStringLiteral("k, v"), {qint64(4), QStringLiteral("四")}));
    QCOMPARE(sql::waitingCount(c()), expectedWaiting(1));
    PD_OK(tx.commit());
    QCOMPARE(rows(*other), qint64(4));
    QStringList values;
    for (qint64 k = 1; k <= 4; ++k)
        values << sql::scalar(other->connection(), QStringLiteral("SELECT v FROM wb WHERE k = ?"), {k})->toString();
    QCOMPARE(values, (QStringList{QStringLiteral("行1"), QStringLiteral("二"), QStringLiteral("行3"), QStringLiteral("四")}));
}

void TestWriteBehind::tablesGoInTheOrderOfTheirReferences()
{
    m_t->exec(QStringLiteral("CREATE TABLE receipts (id BIGINT PRIMARY KEY)"));
    m_t->exec(QStringLiteral("CREATE TABLE lots (id BIGINT PRIMARY KEY, receipt_id BIGINT NOT NULL REFERENCES receipts (id))"));
    m_t->exec(QStringLiteral("INSERT INTO receipts (id) VALUES (1)"));
    WriteTransaction tx(m_t->db());
    PD_OK(tx.begin());
    // a lot of a receipt already there is gathered first; then a receipt and its own lot: the
    // receipts must reach the server before the lots, whichever was gathered first
    PD_OK(sql::insertLater(c(), QStringLiteral("lots"), QStringLiteral("id, receipt_id"), {qint64(10), qint64(1)}));
    PD_OK(sql::insertLater(c(), QStringLiteral("receipts"), QStringLiteral("id"), {qint64(2)}));
    PD_OK(sql::insertLater(c(), QStringLiteral("lots"), QStringLiteral("id, receipt_id"), {qint64(20), qint64(2)}));
    PD_OK(tx.commit());
    QCOMPARE(sql::scalar(c(), QStringLiteral("SELECT COUNT(*) FROM lots"))->toLongLong(), qint64(2));
}

void TestWriteBehind::aBadGatheredRowFailsTheCommitNamingItsFirstRow()
{
    {
        WriteTransaction tx(m_t->db());
        PD_OK(tx.begin());
        PD_OK(sql::insertLater(c(), QStringLiteral("wb"), QStringLiteral("k, v"), {qint64(1), QStringLiteral("good")}));
        const Status bad = sql::insertLater(c(), QStringLiteral("wb"), QStringLiteral("k, v"), {qint64(2), QStringLiteral("bad")});
        QCOMPARE(bad.ok(), test::backend() != Engine::SQLite);
        if (!bad.ok()) {
            tx.rollback();
        } else {
            const Status committed = tx.commit();
            QVERIFY(!committed.ok());
            QCOMPARE(committed.error().code, ErrorCode::Database);
            // one statement for both rows: the detail shows its first row and how many there were
            QVERIFY2(committed.error().detail.contains(QStringLiteral("the first of 2 rows")), qPrintable(committed.error().detail));
            QVERIFY2(committed.error().detail.contains(QStringLiteral("good")), qPrintable(committed.error().detail));
        }
    }
    QCOMPARE(sql::waitingCount(c()), 0);
    QCOMPARE(rows(m_t->db()), qint64(0));
}

void TestWriteBehind::manyGatheredRowsGoInParts()
{
    WriteTransaction tx(m_t->db());
    PD_OK(tx.begin());
    // more rows than one statement takes: they go in parts as they are gathered, each part on its
    // way while the next is gathered, and a read sees every row gathered before it
    for (qint64 k = 1; k <= 2600; ++k) {
        PD_OK(sql::insertLater(c(), QStringLiteral("wb"), QStringLiteral("k, v"), {k, QStringLiteral("v")}));
        QVERIFY(sql::waitingCount(c()) < 1000);
        if (k == 1234)
            QCOMPARE(rows(m_t->db()), qint64(1234));
    }
    PD_OK(tx.commit());
    QCOMPARE(rows(m_t->db()), qint64(2600));
}

void TestWriteBehind::aBadRowInAPartSentAheadFailsWhatFollowsAndKeepsNothing()
{
    const std::optional<Error> failure = writeWithABadRow(1, 2000, 10);
    QVERIFY(failure);
    QCOMPARE(failure->code, ErrorCode::Database);
    QVERIFY2(failure->detail.contains(QStringLiteral("wb")), qPrintable(failure->detail));
    QCOMPARE(sql::waitingCount(c()), 0);
    QCOMPARE(rows(m_t->db()), qint64(0));
    // the connection goes on
    WriteTransaction again(m_t->db());
    PD_OK(again.begin());
    PD_OK(sql::insertLater(c(), QStringLiteral("wb"), QStringLiteral("k, v"), {qint64(1), QStringLiteral("ok")}));
    PD_OK(again.commit());
    QCOMPARE(rows(m_t->db()), qint64(1));
}

void TestWriteBehind::aPartIsPreparedOnceAndThenRunByName()
{
    // the parts of the same shape (table, columns, 250 rows) are one statement the server keeps
    // under a name from the first part on, over transactions; a bad row in a part run by name
    // still fails the commit and keeps nothing
    const auto named = [this] {
        return test::backend() == Engine::SQLite
            ? qint64(0)
            : sql::scalar(c(), QStringLiteral("SELECT COUNT(*) FROM pg_prepared_statements WHERE name LIKE 'pd_part_%' "
                                              "AND statement LIKE 'INSERT INTO wb%'"))->toLongLong();
    };
    const qint64 onServer = test::backend() == Engine::SQLite ? 0 : 1;
    for (qint64 from : {qint64(1), qint64(1001)}) {
        WriteTransaction tx(m_t->db());
        PD_OK(tx.begin());
        for (qint64 k = from; k < from + 1000; ++k)
            PD_OK(sql::insertLater(c(), QStringLiteral("wb"), QStringLiteral("k, v"), {k, QStringLiteral("v")}));
        PD_OK(tx.commit());
        QCOMPARE(named(), onServer);
    }
    QCOMPARE(rows(m_t->db()), qint64(2000));
    const std::optional<Error> failure = writeWithABadRow(3001, 3500, 3300);
    QVERIFY(failure);
    QVERIFY2(failure->detail.contains(QStringLiteral("wb")), qPrintable(failure->detail));
    QCOMPARE(rows(m_t->db()), qint64(2000));
    QCOMPARE(named(), onServer);
    if (test::backend() == Engine::SQLite)
        return;
    // the server no longer has the name (as for a new connection that looks like the old one):
    // the transaction that ran by it fails and keeps nothing, the next one prepares it again
    m_t->exec(QStringLiteral("DEALLOCATE pd_part_1"));
    QVERIFY(writeWithABadRow(4001, 5000, 0));
    QCOMPARE(rows(m_t->db()), qint64(2000));
    QVERIFY(!writeWithABadRow(4001, 5000, 0));
    QCOMPARE(rows(m_t->db()), qint64(3000));
    QCOMPARE(named(), qint64(1));
}

PD_DATABASE_TEST_MAIN(TestWriteBehind)
#include "tst_writebehind.moc"

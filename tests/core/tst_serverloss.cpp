// A desk whose PostgreSQL server restarts under it (issue 22): a read goes on, an operation
// cut off before its COMMIT is posted once on the new connection, one whose COMMIT reached
// the server finds itself there and is not posted twice, and an import cut off part way
// finishes on its own, passes verify and runs again without a duplicate. The server is this
// test's own (it is stopped as a crash stops it, `pg_ctl stop -m immediate`), not the test
// script's, which the other tests share.
#include "../cli/clirun.h"
#include "core/access/session.h"
#include "core/db/sql.h"
#include "core/integrity/invariants.h"
#include "core/receipts/receiptservice.h"
#include "support/ownserver.h"
#include "support/testdatabase.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <thread>

using namespace pd;
using pd::test::waitFor;

namespace {

qint64 count(Database &db, const QString &statement, const QVariantList &values = {})
{
    auto v = sql::scalar(db.connection(), statement, values);
    return v ? v.value().toLongLong() : -1;
}

} // namespace

class TestServerLoss : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void aReadGoesOnAfterARestart();
    void aReceiptCutOffBeforeItsCommitIsPostedOnce();
    void aReceiptWhoseCommitReachedTheServerIsNotPostedTwice();
    void anImportCutOffByACrashFinishesWithoutDuplicates();
    void aReceiptWhileTheServerStaysAwaySaysNothingWasSaved();

private:
    struct DeskResult
    {
        Result<ReceiptOutcome> outcome = Error{};
        qint64 reconnects = 0;
    };
    // Posts the receipt on a connection of its own in a thread of its own, as a desk.
    std::thread postAtADesk(const ReceiptInput &input, DeskResult &result);
    ReceiptInput receipt(const QString &number, const QString &card) const;
    // Stops the server as a crash does and starts it again.

    test::OwnServer m_server;
    QString m_url;
    std::unique_ptr<Database> m_db;
};

void TestServerLoss::initTestCase()
{
    QCOMPARE(test::backend(), Engine::PostgreSQL);
    QString why;
    QVERIFY2(m_server.create(QStringLiteral("chain"), why), qPrintable(why));
    m_url = m_server.url(QStringLiteral("chain"));
    QVERIFY2(test::runCli(m_url, {QStringLiteral("init")}).code == 0, qPrintable(test::runCli(m_url, {QStringLiteral("init")}).err));
    QTemporaryDir dir;
    QFile stores(dir.filePath(QStringLiteral("stores.csv"))), members(dir.filePath(QStringLiteral("members.csv")));
    QVERIFY(stores.open(QIODevice::WriteOnly) && members.open(QIODevice::WriteOnly));
    stores.write("code,name,city\nNY01,南阳店,南阳\n");
    members.write("card_no,name,mobile,joined_on,store,credit\n");
    for (int i = 1; i <= 20; ++i)
        members.write(QStringLiteral("%1,会员%2,1390000%3,2026-01-01,NY01,\n").arg(8100000000 + i).arg(i).arg(i, 4, 10, QLatin1Char('0')).toUtf8());
    stores.close();
    members.close();
    for (const auto &[kind, file] : {std::pair{QStringLiteral("stores"), stores.fileName()}, std::pair{QStringLiteral("members"), members.fileName()}}) {
        const test::Run r = test::runCli(m_url, {QStringLiteral("import"), kind, file});
        QVERIFY2(r.code == 0 && !r.out.contains(QStringLiteral(" 1 rejected")), qPrintable(r.out + r.err));
    }
    auto db = Database::open(m_url, QStringLiteral("test"));
    PD_OK(db);
    m_db = std::move(db.value());
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM members")), 20);
}

void TestServerLoss::cleanupTestCase()
{
    m_db.reset();
    m_server.destroy();
}

ReceiptInput TestServerLoss::receipt(const QString &number, const QString &card) const
{
    ReceiptInput in;
    in.storeCode = QStringLiteral("NY01");
    in.receiptNo = number;
    in.cardNo = card;
    in.businessTime = QDateTime::currentDateTimeUtc().addSecs(-3600);
    in.scenario = QStringLiteral("supermarket");
    in.amountFen = 36800;
    return in;
}

std::thread TestServerLoss::postAtADesk(const ReceiptInput &input, DeskResult &result)
{
    return std::thread([this, input, &result] {
        auto db = Database::open(m_url, QStringLiteral("desk-%1").arg(input.receiptNo));
        if (!db) {
            result.outcome = db.error();
            return;
        }
        SystemClock clock;
        result.outcome = ReceiptService(*db.value(), clock).post(Session::system(QStringLiteral("desk")), input);
        result.reconnects = db.value()->reconnects();
    });
}

void TestServerLoss::aReadGoesOnAfterARestart()
{
    const qint64 before = count(*m_db, QStringLiteral("SELECT pg_backend_pid()"));
    QVERIFY(before > 0);
    QVERIFY(m_server.crashAndRestart());
    // the first read after the restart meets the closed connection, opens it again and is
    // answered; the new connection has the old one's settings
    const qint64 after = count(*m_db, QStringLiteral("SELECT pg_backend_pid()"));
    QVERIFY(after > 0);
    QVERIFY(after != before);
    auto zone = sql::scalar(m_db->connection(), QStringLiteral("SELECT current_setting('TimeZone')"));
    PD_OK(zone);
    QCOMPARE(zone.value().toString(), QStringLiteral("UTC"));
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM members")), 20);
}

void TestServerLoss::aReceiptCutOffBeforeItsCommitIsPostedOnce()
{
    const QString card = QStringLiteral("8100000001");
    // another session holds the member, so the desk's receipt waits part way through its
    // transaction when the server goes
    auto holder = Database::open(m_url, QStringLiteral("holder"));
    PD_OK(holder);
    PD_OK(sql::run(holder.value()->connection(), QStringLiteral("BEGIN")));
    PD_OK(sql::run(holder.value()->connection(), QStringLiteral("SELECT id FROM members WHERE card_no = ? FOR UPDATE"), {card}));
    DeskResult desk;
    std::thread thread = postAtADesk(receipt(QStringLiteral("LOST-BEFORE-1"), card), desk);
    const bool waiting = waitFor([&] {
        return count(*m_db, QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")) == 1;
    });
    if (!waiting)
        (void)sql::run(holder.value()->connection(), QStringLiteral("ROLLBACK"));
    QVERIFY2(waiting, "the desk's receipt never waited for the member");
    QVERIFY(m_server.crashAndRestart());
    thread.join();
    PD_OK(desk.outcome);
    QVERIFY(!desk.outcome->alreadyPosted); // posted on the new connection, not found from before
    QVERIFY(desk.outcome->earning.total() > 0);
    QCOMPARE(desk.reconnects, 1);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM receipts WHERE receipt_no = ?"), {QStringLiteral("LOST-BEFORE-1")}), 1);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT balance FROM members WHERE card_no = ?"), {card}), desk.outcome->balanceAfter);
    auto invariants = checkLedgerInvariants(*m_db);
    PD_OK(invariants);
    QVERIFY2(invariants->ok(), qPrintable(invariants->problems.join(QLatin1Char('\n'))));
}

void TestServerLoss::aReceiptWhoseCommitReachedTheServerIsNotPostedTwice()
{
    const QString card = QStringLiteral("8100000002");
    // the server writes the COMMIT and then waits for a standby that never answers: the desk
    // never hears back, and the server is stopped while it waits
    const QString held = m_server.holdCommits(QStringLiteral("chain"));
    QVERIFY2(held.isEmpty(), qPrintable(held));
    DeskResult desk;
    std::thread thread = postAtADesk(receipt(QStringLiteral("LOST-COMMIT-1"), card), desk);
    const bool crashed = m_server.crashWhileACommitIsHeld(QStringLiteral("chain"));
    thread.join();
    QVERIFY2(crashed, "the desk's COMMIT never waited for the standby");
    PD_OK(desk.outcome);
    QVERIFY(desk.outcome->alreadyPosted); // it had been committed: found, not posted again
    QVERIFY(desk.outcome->earning.total() > 0);
    QCOMPARE(desk.reconnects, 1);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM receipts WHERE receipt_no = ?"), {QStringLiteral("LOST-COMMIT-1")}), 1);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'receipt.post' AND entity_id = ?"),
                   {QString::number(desk.outcome->receiptId)}),
             1);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM ledger_entries e JOIN members m ON m.id = e.member_id WHERE m.card_no = ?"), {card}), 1);
    auto invariants = checkLedgerInvariants(*m_db);
    PD_OK(invariants);
    QVERIFY2(invariants->ok(), qPrintable(invariants->problems.join(QLatin1Char('\n'))));
}

void TestServerLoss::anImportCutOffByACrashFinishesWithoutDuplicates()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("night.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("receipt_no,store,card_no,time,scenario,amount,green_amount,points_used\n");
    constexpr int kReceipts = 3000;
    const QString time = QDateTime::currentDateTime().addDays(-1).toString(QStringLiteral("yyyy-MM-ddT10:00:00"));
    for (int i = 0; i < kReceipts; ++i)
        file.write(QStringLiteral("NIGHT%1,NY01,%2,%3,supermarket,%4.50,,\n").arg(i).arg(8100000003 + i % 18).arg(time).arg(10 + i % 90).toUtf8());
    file.close();
    const QString countNight = QStringLiteral("SELECT COUNT(*) FROM receipts WHERE receipt_no LIKE 'NIGHT%'");

    test::Run first;
    std::thread import([&] { first = test::runCli(m_url, {QStringLiteral("import"), QStringLiteral("receipts"), file.fileName(), QStringLiteral("--batch"), QStringLiteral("200")}); });
    // the server goes down when some batches are in and the import is part way through another
    const bool partWay = waitFor([&] { return count(*m_db, countNight) >= 400; }, 60000);
    const qint64 atTheCrash = count(*m_db, countNight);
    if (partWay)
        QVERIFY(m_server.crashAndRestart());
    import.join();
    QVERIFY2(partWay, "the import never got part way");
    QVERIFY2(atTheCrash < kReceipts, "the import finished before the server was stopped: make the file longer");
    QVERIFY2(first.code == 0, qPrintable(first.out + first.err));
    QCOMPARE(count(*m_db, countNight), kReceipts);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE reference LIKE 'receipt:NY01/NIGHT%'")), kReceipts);

    const test::Run verify = test::runCli(m_url, {QStringLiteral("verify")});
    QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
    // run again: every receipt is there already, none twice
    const test::Run again = test::runCli(m_url, {QStringLiteral("import"), QStringLiteral("receipts"), file.fileName()});
    QVERIFY2(again.code == 0, qPrintable(again.out + again.err));
    QVERIFY2(again.out.contains(QStringLiteral(": 0 added, %1 already present, 0 rejected").arg(kReceipts)), qPrintable(again.out));
    QCOMPARE(count(*m_db, countNight), kReceipts);
}

void TestServerLoss::aReceiptWhileTheServerStaysAwaySaysNothingWasSaved()
{
    auto desk = Database::open(m_url, QStringLiteral("desk-away"));
    PD_OK(desk);
    SystemClock clock;
    ReceiptService receipts(*desk.value(), clock);
    PD_OK(receipts.quote(Session::system(QStringLiteral("desk")), receipt(QStringLiteral("AWAY-1"), QStringLiteral("8100000020"))));
    QVERIFY(m_server.stop("immediate"));
    QElapsedTimer waited;
    waited.start();
    auto posted = receipts.post(Session::system(QStringLiteral("desk")), receipt(QStringLiteral("AWAY-1"), QStringLiteral("8100000020")));
    const qint64 ms = waited.elapsed();
    QVERIFY(m_server.start());
    QVERIFY(!posted.ok());
    QCOMPARE(posted.error().code, ErrorCode::ConnectionLost);
    QVERIFY2(posted.error().message.contains(QStringLiteral("nothing of this was saved")), qPrintable(posted.error().describe()));
    QVERIFY2(ms >= 4000 && ms < 30000, qPrintable(QString::number(ms))); // the desk waited for the server a while
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM receipts WHERE receipt_no = 'AWAY-1'")), 0);
    // once the server is back the same desk posts it
    auto again = receipts.post(Session::system(QStringLiteral("desk")), receipt(QStringLiteral("AWAY-1"), QStringLiteral("8100000020")));
    PD_OK(again);
    QVERIFY(!again->alreadyPosted);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM receipts WHERE receipt_no = 'AWAY-1'")), 1);
}

PD_DATABASE_TEST_MAIN(TestServerLoss)
#include "tst_serverloss.moc"

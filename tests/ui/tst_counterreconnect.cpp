// The counter when its PostgreSQL server restarts under it (issue 22): the cashier presses
// Enter once and is told in words what became of the receipt — posted after the connection was
// opened again, or found saved from before the break and not posted twice. The real counter
// page, offscreen, on a server of the test's own that is stopped as a crash stops it.
#include "../cli/clirun.h"
#include "core/access/roles.h"
#include "core/db/sql.h"
#include "counterfixture.h"
#include "guifixture.h"
#include "support/ownserver.h"
#include "ui/pages/counterpage.h"

#include <QElapsedTimer>
#include <QLabel>

#include <thread>

using namespace pd;
using namespace pd::test;

class TestCounterReconnect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void aReceiptAfterARestartSaysTheConnectionWasOpenedAgain();
    void aReceiptWhoseCommitReachedTheServerIsShownSavedOnce();

private:
    ui::AppContext cashier();
    qint64 receiptsNumbered(const QString &number);
    // The cashier finds the member and types a receipt of ¥100: the preview shows its points.
    static void typeAReceipt(ui::CounterPage &page, const QString &card, const QString &number);

    OwnServer m_server;
    QString m_url;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
};

void TestCounterReconnect::initTestCase()
{
    QCOMPARE(test::backend(), Engine::PostgreSQL);
    QString why;
    QVERIFY2(m_server.create(QStringLiteral("chain"), why), qPrintable(why));
    m_url = m_server.url(QStringLiteral("chain"));
    const Run demo = runCli(m_url, {QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("5")});
    QVERIFY2(demo.code == 0, qPrintable(demo.out + demo.err));
    auto db = Database::open(m_url, QStringLiteral("desk"));
    PD_OK(db);
    m_db = std::move(db.value());
}

void TestCounterReconnect::cleanupTestCase()
{
    m_db.reset();
    m_server.destroy();
}

ui::AppContext TestCounterReconnect::cashier()
{
    Session s;
    s.role = Role::Cashier;
    s.username = QStringLiteral("cashier");
    auto id = sql::scalar(m_db->connection(), QStringLiteral("SELECT id FROM users WHERE username = 'cashier'"));
    s.userId = id ? id.value().toLongLong() : 0;
    s.storeCode = QStringLiteral("NY01");
    return ui::AppContext{*m_db, m_clock, PasswordHasher(PasswordHasher::fastForTests()), s};
}

qint64 TestCounterReconnect::receiptsNumbered(const QString &number)
{
    auto n = sql::scalar(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM receipts WHERE receipt_no = ?"), {number});
    return n ? n.value().toLongLong() : -1;
}

void TestCounterReconnect::typeAReceipt(ui::CounterPage &page, const QString &card, const QString &number)
{
    page.show();
    findByTyping(page, card);
    type(&page, "receiptNoEdit", number);
    type(&page, "amountEdit", QStringLiteral("100"));
    QVERIFY(!child<QLabel>(&page, "receiptPreview")->text().isEmpty());
}

void TestCounterReconnect::aReceiptAfterARestartSaysTheConnectionWasOpenedAgain()
{
    const ui::AppContext ctx = cashier();
    ui::CounterPage page(ctx);
    typeAReceipt(page, QStringLiteral("8000000001"), QStringLiteral("RC-1"));
    if (QTest::currentTestFailed())
        return;
    // the server restarts while the cashier collects the cash
    QVERIFY(m_server.crashAndRestart());
    const qint64 reconnects = m_db->reconnects();
    pressEnter(&page, "amountEdit");
    QCOMPARE(m_db->reconnects(), reconnects + 1);
    const QString said = child<QLabel>(&page, "receiptResult")->text();
    QVERIFY2(said.startsWith(QStringLiteral("The connection to the server broke and was opened again.\nReceipt RC-1 posted: ")), qPrintable(said));
    QVERIFY(child<QLabel>(&page, "receiptError")->isHidden());
    QCOMPARE(receiptsNumbered(QStringLiteral("RC-1")), 1);
}

void TestCounterReconnect::aReceiptWhoseCommitReachedTheServerIsShownSavedOnce()
{
    const ui::AppContext ctx = cashier();
    ui::CounterPage page(ctx);
    typeAReceipt(page, QStringLiteral("8000000002"), QStringLiteral("RC-2"));
    if (QTest::currentTestFailed())
        return;
    // the server writes the COMMIT, then waits for a standby that never answers and is stopped
    // there: the counter never hears back
    const QString held = m_server.holdCommits(QStringLiteral("chain"));
    QVERIFY2(held.isEmpty(), qPrintable(held));
    bool stoppedWhileCommitting = false;
    std::thread server([&] { stoppedWhileCommitting = m_server.crashWhileACommitIsHeld(QStringLiteral("chain")); });
    pressEnter(&page, "amountEdit"); // returns when the receipt's fate is known
    server.join();
    QVERIFY2(stoppedWhileCommitting, "the server was not stopped while the receipt's COMMIT waited");
    const QString said = child<QLabel>(&page, "receiptResult")->text();
    QVERIFY2(said.startsWith(QStringLiteral("The connection to the server broke while receipt RC-2 was being saved. It had been saved: ")), qPrintable(said));
    QVERIFY2(said.endsWith(QStringLiteral("It was not posted twice.")), qPrintable(said));
    QCOMPARE(receiptsNumbered(QStringLiteral("RC-2")), 1);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestCounterReconnect tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return pd::test::runDatabaseTests(tc, argc, argv);
}
#include "tst_counterreconnect.moc"

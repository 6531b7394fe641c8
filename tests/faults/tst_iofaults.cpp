// I/O faults under SQLite (issue 6): a receipt, a redemption and an import batch are run
// with the Nth write — then the Nth sync — failing, for N = 1, 2, … until the operation
// no longer reaches the fault. Every run ends in success or a clear error; afterwards the
// file passes integrity_check, the ledger invariants hold, and an operation that reported
// success is there in full. (A failed sync may still leave a commit on disk; then it is
// there whole, and posting it again changes nothing.)
#include "core/catalog/catalogservice.h"
#include "core/schema/migrator.h"
#include "core/db/sql.h"
#include "core/demo/demodata.h"
#include "core/io/importers.h"
#include "core/integrity/invariants.h"
#include "core/receipts/receiptservice.h"
#include "core/redemption/redemptionservice.h"
#include "faultyvfs.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QTemporaryDir>

using namespace pd;
using namespace pd::test;

namespace {
const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc());

struct Outcome
{
    bool ok = false;
    QString error;
};

// One operation, run against the database at `file`; its name tells what to look for.
using Operation = std::function<Outcome(Database &db, const Clock &clock)>;
} // namespace

class TestIoFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyFaultEndsCleanly_data();
    void everyFaultEndsCleanly();

private:
    QTemporaryDir m_dir;
    QString m_template;
    int m_faultsInjected = 0;
};

void TestIoFaults::initTestCase()
{
    QVERIFY(FaultyVfs::install());
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    FixedClock clock(kNow);
    auto db = Database::open(m_template, uniqueConnectionName());
    QVERIFY(db.ok());
    QVERIFY(Migrator(*db.value()).migrate().ok());
    DemoOptions o;
    o.members = 5;
    QVERIFY(DemoData(*db.value(), clock, PasswordHasher(PasswordHasher::fastForTests())).create(Session::system({}), o).ok());
    QVERIFY(sql::run(db.value()->connection(), QStringLiteral("UPDATE members SET credit = 'normal', tier = 'member'")).ok());
    ReceiptInput r{QStringLiteral("NY01"), QStringLiteral("START"), QStringLiteral("8000000001"), kNow.addDays(-1), QStringLiteral("supermarket"),
                   500000, 0, 0};
    QVERIFY(ReceiptService(*db.value(), clock).post(Session::system({}), r).ok());
    QVERIFY(sql::run(db.value()->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
}

void TestIoFaults::everyFaultEndsCleanly_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("operation");
    for (const char *op : {"receipt", "redemption", "import"}) {
        QTest::addRow("%s, failing write", op) << int(FaultyVfs::Kind::Write) << QString::fromLatin1(op);
        QTest::addRow("%s, failing sync", op) << int(FaultyVfs::Kind::Sync) << QString::fromLatin1(op);
    }
}

void TestIoFaults::everyFaultEndsCleanly()
{
    QFETCH(int, kind);
    QFETCH(QString, operation);
    const Session admin = Session::system(QStringLiteral("faults"));
    FixedClock clock(kNow);
    const QByteArray importFile = "receipt_no,store,card_no,time,scenario,amount,green_amount,points_used\n"
                                  "I1,NY01,8000000002,2026-11-20T10:00:00,supermarket,120.00,,\n"
                                  "I2,NY01,8000000003,2026-11-20T10:00:00,supermarket,80.50,,\n"
                                  "I3,NY01,8000000002,2026-11-21T10:00:00,dining,40,,\n";
    // what the operation does, and how many receipts/redemptions it leaves when done
    const auto run = [&](Database &db) -> Outcome {
        if (operation == QLatin1String("receipt")) {
            auto r = ReceiptService(db, clock).post(admin, ReceiptInput{QStringLiteral("NY01"), QStringLiteral("F1"), QStringLiteral("8000000001"),
                                                                        kNow.addSecs(-60), QStringLiteral("supermarket"), 36800, 1250, 200});
            return {r.ok(), r.ok() ? QString() : r.error().message};
        }
        if (operation == QLatin1String("redemption")) {
            auto r = RedemptionService(db, clock).redeem(admin, RedemptionInput{QStringLiteral("NY01"), QStringLiteral("D1"), QStringLiteral("8000000001"),
                                                                                QStringLiteral("LENS"), 1, kNow});
            return {r.ok(), r.ok() ? QString() : r.error().message};
        }
        TextInput csv(importFile);
        auto r = Importers(db, clock).importReceipts(admin, &csv.buffer, QStringLiteral("f.csv"));
        return {r.ok() && r->rejected.isEmpty() && r->added + r->unchanged == 3, r.ok() ? QString() : r.error().message};
    };
    const QString countQuery = operation == QLatin1String("redemption") ? QStringLiteral("redemptions") : QStringLiteral("receipts");
    const qint64 expectedAfter = operation == QLatin1String("import") ? 4 : operation == QLatin1String("receipt") ? 2 : 1;
    // its audit record: there exactly when the operation is (one per receipt, redemption or
    // import batch), never without it and never twice
    const QString audited = QStringLiteral("action = '%1'").arg(operation == QLatin1String("receipt")      ? QStringLiteral("receipt.post")
                                                                : operation == QLatin1String("redemption") ? QStringLiteral("redeem.post")
                                                                                                           : QStringLiteral("import.receipts"));
    qint64 auditedBefore = -1;
    {
        auto db = Database::open(m_template, uniqueConnectionName());
        QVERIFY(db.ok());
        auditedBefore = countRows(*db.value(), QStringLiteral("audit_log"), audited);
        QVERIFY(auditedBefore >= 0);
    }

    int faults = 0;
    for (int n = 1; n < 500; ++n) {
        const QString file = m_dir.filePath(QStringLiteral("work-%1.sqlite").arg(n));
        QFile::remove(file);
        QVERIFY(QFile::copy(m_template, file));
        Outcome outcome;
        {
            auto db = Database::open(file, uniqueConnectionName());
            QVERIFY2(db.ok(), qPrintable(db.error().describe()));
            FaultyVfs::arm(FaultyVfs::Kind(kind), n);
            outcome = run(*db.value());
            FaultyVfs::disarm();
        }
        const bool fired = FaultyVfs::fired();
        if (!outcome.ok)
            QVERIFY2(!outcome.error.isEmpty(), "a failure without words");
        QVERIFY2(outcome.ok || fired, qPrintable(QStringLiteral("fault %1: failed without a fault: %2").arg(n).arg(outcome.error)));
        // the file afterwards, through a fresh connection
        auto db = Database::open(file, uniqueConnectionName());
        QVERIFY2(db.ok(), qPrintable(QStringLiteral("fault %1: the file no longer opens: %2").arg(n).arg(db.error().describe())));
        QCOMPARE(sql::scalar(db.value()->connection(), QStringLiteral("PRAGMA integrity_check")).value().toString(), QStringLiteral("ok"));
        // both chains, the invariants and the daily totals
        const QString problems = verifyProblems(*db.value());
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("fault %1: %2").arg(n).arg(problems)));
        const qint64 rows = countRows(*db.value(), countQuery);
        QCOMPARE(countRows(*db.value(), QStringLiteral("audit_log"), audited), auditedBefore + (rows == expectedAfter ? 1 : 0));
        if (outcome.ok) {
            QCOMPARE(rows, expectedAfter);
        } else {
            // nothing half-written: the operation is there entirely or not at all, and the
            // same operation again completes it without doubling anything
            const qint64 before = expectedAfter - (operation == QLatin1String("import") ? 3 : 1);
            QVERIFY2(rows == before || rows == expectedAfter,
                     qPrintable(QStringLiteral("fault %1: %2 rows").arg(n).arg(rows)));
            const Outcome again = run(*db.value());
            QVERIFY2(again.ok, qPrintable(again.error));
            QCOMPARE(countRows(*db.value(), countQuery), expectedAfter);
            QCOMPARE(countRows(*db.value(), QStringLiteral("audit_log"), audited), auditedBefore + 1);
            QCOMPARE(verifyProblems(*db.value()), QString());
            ++faults;
        }
        db.value().reset();
        QFile::remove(file);
        QFile::remove(file + QStringLiteral("-wal"));
        QFile::remove(file + QStringLiteral("-shm"));
        if (!fired)
            break; // the operation no longer reaches the Nth write or sync
    }
    m_faultsInjected += faults;
    qInfo("%s: %d injected faults ended in a clear error, each cleanly", qPrintable(QTest::currentDataTag()), faults);
    QVERIFY2(faults > 0, "no fault ever hit the operation: the test did not test anything");
}

QTEST_GUILESS_MAIN(TestIoFaults)
#include "tst_iofaults.moc"

#include "core/audit/auditlog.h"
#include "core/audit/auditmodel.h"
#include "core/audit/auditwords.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/io/auditexport.h"
#include "core/adjustments/adjustmentservice.h"
#include "core/stores/storeservice.h"
#include "core/ledgerfixture.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>

using namespace pd;

namespace {
const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc());

// Writes n audited operations through a real service.
void addStores(Database &db, const Clock &clock, int n)
{
    StoreService stores(db, clock);
    for (int i = 1; i <= n; ++i) {
        auto id = stores.addStore(test::sessionFor(Role::Administrator), test::store(QStringLiteral("S%1").arg(i), QStringLiteral("门店%1").arg(i)));
        QVERIFY2(id.ok(), qPrintable(id.error().describe()));
    }
}

AuditVerifyReport verify(Database &db, const Clock &clock)
{
    auto r = AuditLog(db, clock).verify(test::sessionFor(Role::Compliance));
    if (!r.ok())
        qFatal("verify failed to run: %s", qPrintable(r.error().describe()));
    return r.value();
}
} // namespace

class TestAudit : public QObject
{
    Q_OBJECT
private slots:
    void chainOfRealOperationsVerifies();
    void editedRecordIsNamed_data();
    void editedRecordIsNamed();
    void deletedRecordIsNamed();
    void reorderedRecordsAreNamed();
    void truncatedTailIsDetected();
    void rolledBackOperationLeavesNoRecord();
    void refusedOperationWritesNothing();
    void twoConnectionsNeverForkTheChain();
    void modelPagesNewestFirstAndFilters();
    void recordsReadInWordsFilteredAndExported();
    void detailsInWords_data();
    void detailsInWords();
};

void TestAudit::chainOfRealOperationsVerifies()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    QCOMPARE(verify(t.db(), clock).records, 0);
    QVERIFY(verify(t.db(), clock).intact);
    addStores(t.db(), clock, 5);
    const AuditVerifyReport r = verify(t.db(), clock);
    QVERIFY2(r.intact, qPrintable(r.reason));
    QCOMPARE(r.records, 5);
    auto action = sql::scalar(t.db().connection(), QStringLiteral("SELECT action FROM audit_log WHERE seq = 3"));
    QCOMPARE(action.value().toString(), QStringLiteral("store.add"));
    auto actor = sql::scalar(t.db().connection(), QStringLiteral("SELECT actor_name FROM audit_log WHERE seq = 3"));
    QCOMPARE(actor.value().toString(), QStringLiteral("admin"));
}

void TestAudit::editedRecordIsNamed_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::newRow("details") << "details" << R"({"code":"X"})";
    QTest::newRow("actor") << "actor_name" << "mallory";
    QTest::newRow("time") << "at" << "2020-01-01T00:00:00.000Z";
    QTest::newRow("action") << "action" << "store.update";
    QTest::newRow("hash") << "hash" << QString(64, QLatin1Char('a'));
}

void TestAudit::editedRecordIsNamed()
{
    QFETCH(QString, column);
    QFETCH(QString, value);
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    addStores(t.db(), clock, 6);
    t.removeAppendOnlyGuard(); // as the file's holder could
    auto r = sql::run(t.db().connection(), QStringLiteral("UPDATE audit_log SET %1 = ? WHERE seq = 4").arg(column), {value});
    QVERIFY(r.ok());
    const AuditVerifyReport report = verify(t.db(), clock);
    QVERIFY(!report.intact);
    QCOMPARE(report.firstBadSeq, 4);
    QVERIFY2(report.reason.contains(QLatin1String("4")), qPrintable(report.reason));
}

void TestAudit::deletedRecordIsNamed()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    addStores(t.db(), clock, 6);
    t.removeAppendOnlyGuard();
    t.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3"));
    const AuditVerifyReport report = verify(t.db(), clock);
    QVERIFY(!report.intact);
    QCOMPARE(report.firstBadSeq, 3);
    QVERIFY(report.reason.contains(QLatin1String("missing")));

    // deleting and renumbering the rest to hide the gap breaks the links instead
    PD_FRESH_DB(u);
    addStores(u.db(), clock, 6);
    u.removeAppendOnlyGuard();
    u.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3"));
    for (int s = 4; s <= 6; ++s)
        u.exec(QStringLiteral("UPDATE audit_log SET seq = %1 WHERE seq = %2").arg(s - 1).arg(s));
    const AuditVerifyReport renumbered = verify(u.db(), clock);
    QVERIFY(!renumbered.intact);
    QCOMPARE(renumbered.firstBadSeq, 3);
}

void TestAudit::reorderedRecordsAreNamed()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    addStores(t.db(), clock, 6);
    t.removeAppendOnlyGuard();
    t.exec(QStringLiteral("UPDATE audit_log SET seq = 100 WHERE seq = 2"));
    t.exec(QStringLiteral("UPDATE audit_log SET seq = 2 WHERE seq = 5"));
    t.exec(QStringLiteral("UPDATE audit_log SET seq = 5 WHERE seq = 100"));
    const AuditVerifyReport report = verify(t.db(), clock);
    QVERIFY(!report.intact);
    QCOMPARE(report.firstBadSeq, 2);
}

void TestAudit::truncatedTailIsDetected()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    addStores(t.db(), clock, 6);
    t.removeAppendOnlyGuard();
    t.exec(QStringLiteral("DELETE FROM audit_log WHERE seq >= 5"));
    const AuditVerifyReport report = verify(t.db(), clock);
    QVERIFY(!report.intact);
    QCOMPARE(report.firstBadSeq, 5);
    QCOMPARE(report.records, 4);
}

void TestAudit::rolledBackOperationLeavesNoRecord()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    {
        WriteTransaction tx(t.db());
        QVERIFY(tx.begin().ok());
        QVERIFY(AuditLog(t.db(), clock).append(test::sessionFor(Role::Administrator), QStringLiteral("x.y"),
                                               QStringLiteral("x"), QStringLiteral("1")).ok());
    }
    QCOMPARE(test::countRows(t.db(), QStringLiteral("audit_log")), 0);
    addStores(t.db(), clock, 1);
    QVERIFY(verify(t.db(), clock).intact);
    QCOMPARE(verify(t.db(), clock).records, 1);
}

void TestAudit::refusedOperationWritesNothing()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    StoreService stores(t.db(), clock);
    QVERIFY(stores.addStore(test::sessionFor(Role::Administrator), test::store(QStringLiteral("A1"), QStringLiteral("甲"))).ok());
    // duplicate code: refused, and neither a store nor an audit record is added
    auto dup = stores.addStore(test::sessionFor(Role::Administrator), test::store(QStringLiteral("A1"), QStringLiteral("乙")));
    QCOMPARE(dup.error().code, ErrorCode::Duplicate);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("stores")), 1);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("audit_log")), 1);
}

void TestAudit::twoConnectionsNeverForkTheChain()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    auto other = t.openAnother();
    QVERIFY(other);
    StoreService a(t.db(), clock), b(*other, clock);
    for (int i = 0; i < 20; ++i) {
        StoreService &s = i % 2 ? a : b;
        QVERIFY(s.addStore(test::sessionFor(Role::Administrator), test::store(QStringLiteral("T%1").arg(i), QStringLiteral("店"))).ok());
    }
    const AuditVerifyReport r = verify(t.db(), clock);
    QVERIFY2(r.intact, qPrintable(r.reason));
    QCOMPARE(r.records, 20);
}

void TestAudit::modelPagesNewestFirstAndFilters()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    addStores(t.db(), clock, AuditModel::kPageSize + 10);
    StoreService stores(t.db(), clock);
    Store s1 = stores.storeByCode(QStringLiteral("S1")).value();
    s1.city = QStringLiteral("镇平");
    QVERIFY(stores.updateStore(test::sessionFor(Role::Administrator), s1).ok());

    AuditModel model(t.db(), test::sessionFor(Role::Compliance));
    QCOMPARE(model.rowCount(), AuditModel::kPageSize);
    QCOMPARE(model.recordAt(0).action, QStringLiteral("store.update"));
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), AuditModel::kPageSize + 11);
    QCOMPARE(model.recordAt(model.rowCount() - 1).seq, 1);
    QVERIFY(!model.canFetchMore({}));

    AuditFilter updates;
    updates.action = QStringLiteral("store.update");
    QVERIFY(model.setFilter(updates));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, AuditModel::Action)).toString(), auditActionName(QStringLiteral("store.update")));

    AuditModel checked(t.db(), test::sessionFor(Role::Compliance));
    QAbstractItemModelTester tester(&checked); // (the tester fetches all pages itself)
    QCOMPARE(checked.rowCount(), AuditModel::kPageSize + 11);

    AuditModel forbidden(t.db(), test::sessionFor(Role::Cashier));
    QCOMPARE(forbidden.rowCount(), 0);
}

// What a compliance officer reads: records named by card and slip number, details in words,
// filters by action, user, business days and card, and the same records exported as CSV.
void TestAudit::recordsReadInWordsFilteredAndExported()
{
    using test::LedgerWorld;
    PD_LEDGER_WORLD(w, 3);
    w.t.setUpMembers("UPDATE members SET tier = 'member', credit = 'normal'");
    // 1 June 2027, 20:00 in Shanghai
    PD_OK(w.receipt("R1", 1, 10000, LedgerWorld::local(2027, 6, 1, 9)));
    PD_OK(AdjustmentService(w.t.db(), w.clock).request(w.admin, LedgerWorld::card(2), 40, "goodwill"));
    // 3 June, 01:00 in Shanghai (still 2 June in UTC), by the cashier
    w.clock.set(QDateTime(QDate(2027, 6, 2), QTime(17, 0), QTimeZone::utc()));
    PD_OK(ReceiptService(w.t.db(), w.clock)
              .post(test::sessionFor(Role::Cashier), ReceiptInput{"NY01", "R2", LedgerWorld::card(1), w.clock.nowUtc(), "supermarket", 5000, 0, 0}));

    const Session compliance = test::sessionFor(Role::Compliance);
    AuditModel model(w.t.db(), compliance);
    const auto column = [&](int c) {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.index(r, c).data().toString();
        return out;
    };
    AuditFilter receipts;
    receipts.action = "receipt.post";
    QVERIFY(model.setFilter(receipts));
    QCOMPARE(column(AuditModel::Entity), (QStringList{"receipt NY01-R2", "receipt NY01-R1"}));
    QCOMPARE(column(AuditModel::Details), (QStringList{"points 50; points used 0", "computer account tester; points 100; points used 0"}));
    QCOMPARE(column(AuditModel::Time), (QStringList{"2027-06-03 01:00:00", "2027-06-01 20:00:00"}));

    AuditFilter byCard;
    byCard.record = LedgerWorld::card(2);
    QVERIFY(model.setFilter(byCard));
    QCOMPARE(column(AuditModel::Entity), QStringList{"card 8000000002"});
    QCOMPARE(column(AuditModel::Action), QStringList{auditActionName("adjust.apply")});
    QVERIFY2(column(AuditModel::Details).constFirst().contains("reason goodwill"), qPrintable(column(AuditModel::Details).join('|')));

    AuditFilter byUser;
    byUser.user = "cashier";
    QVERIFY(model.setFilter(byUser));
    QCOMPARE(column(AuditModel::Entity), QStringList{"receipt NY01-R2"});

    // business days in Shanghai: the cashier's receipt is on 3 June, not on 2 June
    AuditFilter third;
    third.from = third.to = QDate(2027, 6, 3);
    QVERIFY(model.setFilter(third));
    QCOMPARE(column(AuditModel::Entity), QStringList{"receipt NY01-R2"});
    AuditFilter firstAndSecond;
    firstAndSecond.from = QDate(2027, 6, 1);
    firstAndSecond.to = QDate(2027, 6, 2);
    firstAndSecond.action = "receipt.post";
    QVERIFY(model.setFilter(firstAndSecond));
    QCOMPARE(column(AuditModel::Entity), QStringList{"receipt NY01-R1"});
    AuditFilter backwards;
    backwards.from = QDate(2027, 6, 3);
    backwards.to = QDate(2027, 6, 1);
    QVERIFY(!model.setFilter(backwards));
    QVERIFY(model.lastError().contains("before the first day"));
    QCOMPARE(model.rowCount(), 0);

    // the export: the same records, oldest first, and the export itself on record
    const qint64 records = test::countRows(w.t.db(), "audit_log");
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto written = exportAuditCsv(w.t.db(), w.clock, compliance, receipts, &out);
    PD_OK(written);
    QCOMPARE(written.value(), qint64(2));
    const QStringList lines = QString::fromUtf8(out.data()).split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("no,time,user,action,action_name,record,details,details_json"));
    QVERIFY2(lines.at(1).contains(",2027-06-01 20:00:00,system,receipt.post,Receipt posted,receipt NY01-R1,computer account tester; points 100; points used 0,"),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(",cashier,receipt.post,") && lines.at(2).contains("receipt NY01-R2"), qPrintable(lines.at(2)));
    QCOMPARE(test::countRows(w.t.db(), "audit_log"), records + 1);
    QCOMPARE(test::countRows(w.t.db(), "audit_log", "action = 'export.audit'"), qint64(1));
    QBuffer refused;
    refused.open(QIODevice::WriteOnly);
    QCOMPARE(exportAuditCsv(w.t.db(), w.clock, test::sessionFor(Role::Cashier), receipts, &refused).error().code, ErrorCode::PermissionDenied);
    QVERIFY(refused.data().isEmpty());
    QCOMPARE(test::countRows(w.t.db(), "audit_log"), records + 1);
}

void TestAudit::detailsInWords_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("words");
    // keys in the order JSON objects keep them (sorted); amounts in fen read as yuan
    QTest::newRow("check-in without a make-up card") << R"({"card":"none","date":"2026-12-02","points":15})"
                                                      << "make-up card none; date 2026-12-02; points 15";
    QTest::newRow("make-up check-in, card bought") << R"({"card":"bought","date":"2026-11-30","points":5})"
                                                    << "make-up card bought; date 2026-11-30; points 5";
    QTest::newRow("a rate") << R"({"rate_per_100":40})" << "points per ¥100 40";
    QTest::newRow("yuan, a yes, an unknown key kept") << R"({"cash_fen":1250,"marketing":true,"zone":"x"})"
                                                       << "cash ¥12.50; marketing consent yes; zone x";
}

void TestAudit::detailsInWords()
{
    QFETCH(QString, json);
    QFETCH(QString, words);
    QCOMPARE(auditDetailsInWords(json), words);
}

PD_DATABASE_TEST_MAIN(TestAudit)
#include "tst_audit.moc"

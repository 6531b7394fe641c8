#include "core/db/sql.h"
#include "core/ledgerfixture.h"
#include "core/schema/backup.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

using namespace pd;
using namespace pd::test;

namespace {
QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 countIn(const QString &file, const QString &table, const QString &where = {})
{
    auto db = Database::open(file, QStringLiteral("count-") + table);
    if (!db)
        return -1;
    auto n = sql::scalar(db.value()->connection(), QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(table, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    return n ? n.value().toLongLong() : -1;
}

// Changes a copy of a backup with plain SQL (as a person with the file could)
// pastGuard: first take away the database's refusal to change history, as the file's holder could
void editFile(const QString &file, const QString &statement, bool pastGuard = false)
{
    auto db = Database::open(file, QStringLiteral("edit"));
    QVERIFY(db);
    if (pastGuard)
        test::removeAppendOnlyGuard(*db.value());
    QVERIFY2(sql::run(db.value()->connection(), statement).ok(), qPrintable(statement));
}
} // namespace

// Backups are SQLite files: a chain's PostgreSQL server is backed up by its own tool, and the
// refusal says which (the rest of such a test is about files, so it ends there).
#define PD_ON_POSTGRESQL_ONLY_REFUSED(w)                                                                                                   \
    if (!(w).t.db().dialect().isSQLite()) {                                                                                            \
        auto refused = backupDatabase((w).t.db(), (w).clock, (w).admin, QDir::temp().filePath(QStringLiteral("never.sqlite")));        \
        QVERIFY(!refused);                                                                                                               \
        QCOMPARE(refused.error().code, ErrorCode::Unsupported);                                                                          \
        QVERIFY2(refused.error().message.contains("pg_dump"), qPrintable(refused.error().message));                                      \
        QVERIFY(!QFileInfo::exists(QDir::temp().filePath(QStringLiteral("never.sqlite"))));                                              \
        return;                                                                                                                          \
    }

class TestBackup : public QObject
{
    Q_OBJECT
private slots:
    void backupWhileAnotherDeskPostsRestoresEveryCommittedReceipt();
    void refusedBackupsReplaceNothing_data();
    void refusedBackupsReplaceNothing();
    void aBackupNeverOverwritesAndIsPrivate();
    void dailyBackupsKeepTheNewest();
    void onlyAdministratorsBackUp();
};

void TestBackup::backupWhileAnotherDeskPostsRestoresEveryCommittedReceipt()
{
    LedgerWorld w;
    QVERIFY(w.ok);
    PD_ON_POSTGRESQL_ONLY_REFUSED(w);
    // another desk posts receipts R1, R2, … on its own connection as fast as it can
    std::atomic<bool> stop{false};
    std::atomic<int> committed{0};
    QString writerError;
    QThread *writer = QThread::create([&] {
        auto own = w.t.openAnother();
        for (int i = 1; !stop && i < 100000; ++i) {
            ReceiptInput in{QStringLiteral("NY01"), QStringLiteral("R%1").arg(i), LedgerWorld::card(1 + i % 5), w.clock.nowUtc().addSecs(-3600),
                            QStringLiteral("supermarket"), 10000, 0, 0};
            auto posted = ReceiptService(*own, w.clock).post(w.admin, in);
            if (!posted) {
                writerError = posted.error().describe();
                return;
            }
            committed = i; // after its commit
        }
    });
    writer->start();
    QTRY_VERIFY(committed >= 20);
    const int before = committed; // every receipt up to here was committed before the backup began
    QTemporaryDir dir;
    const QString backup = dir.filePath("backup.sqlite");
    auto made = backupDatabase(w.t.db(), w.clock, w.admin, backup);
    const int after = committed;
    stop = true;
    writer->wait();
    delete writer;
    QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
    QVERIFY2(made.ok(), qPrintable(made.error().describe()));
    QVERIFY(made->bytes > 0);
    QCOMPARE(countIn(w.t.location(), "audit_log", "action = 'backup.create'"), 1);

    // checked, then restored over a database that has gone wrong since
    auto facts = checkBackup(backup, w.clock);
    QVERIFY2(facts.ok(), qPrintable(facts.error().describe()));
    QVERIFY(facts->receipts >= before && facts->receipts <= after);
    const QString target = dir.filePath("desk.sqlite");
    QVERIFY(QFile::copy(w.t.location(), target)); // a stand-in for the desk's file, which the restore replaces
    const QByteArray replaced = bytesOf(target);
    auto kept = restoreBackup(backup, target, w.clock, w.admin);
    QVERIFY2(kept.ok(), qPrintable(kept.error().describe()));
    QVERIFY(kept->startsWith(target + ".before-restore-"));
    QCOMPARE(bytesOf(kept.value()), replaced); // the replaced file kept as it was
    QCOMPARE(bytesOf(backup).isEmpty(), false);
    // every receipt committed before the backup began is there, and the restored file passes verify
    QCOMPARE(countIn(target, "receipts", QStringLiteral("receipt_no LIKE 'R%'")), facts->receipts);
    for (int i = 1; i <= before; ++i)
        QCOMPARE(countIn(target, "receipts", QStringLiteral("receipt_no = 'R%1'").arg(i)), 1);
    QCOMPARE(countIn(target, "audit_log", "action = 'backup.restore'"), 1);
    QVERIFY2(checkBackup(target, w.clock).ok(), "the restored database passes the same checks");
    QVERIFY(!QFileInfo::exists(target + ".restoring"));
}

void TestBackup::refusedBackupsReplaceNothing_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not a database") << "garbage" << "not a database file";
    QTest::newRow("cut short") << "truncate" << "damaged";
    QTest::newRow("no PointsDesk data") << "empty" << "holds no PointsDesk data";
    QTest::newRow("newer schema") << "INSERT INTO schema_version (version, applied_at) VALUES (999, '2030-01-01T00:00:00.000Z')"
                                  << "newer PointsDesk (schema 999";
    QTest::newRow("ledger edited") << "UPDATE ledger_entries SET delta = delta + 100 WHERE id = (SELECT MAX(id) FROM ledger_entries)"
                                   << "its ledger does not add up";
    QTest::newRow("audit record edited") << "UPDATE audit_log SET actor_name = 'nobody' WHERE seq = 2" << "audit trail is broken at record 2";
}

void TestBackup::refusedBackupsReplaceNothing()
{
    QFETCH(QString, damage);
    QFETCH(QString, reason);
    LedgerWorld w;
    QVERIFY(w.ok);
    PD_ON_POSTGRESQL_ONLY_REFUSED(w);
    QVERIFY(w.receipt("A1", 1, 12000, w.clock.nowUtc().addSecs(-60)).ok());
    QTemporaryDir dir;
    const QString backup = dir.filePath("backup.sqlite");
    QVERIFY(backupDatabase(w.t.db(), w.clock, w.admin, backup).ok());
    if (damage == QLatin1String("garbage")) {
        QFile f(backup);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(8192, 'x'));
    } else if (damage == QLatin1String("truncate")) {
        QVERIFY(QFile::resize(backup, 100));
    } else if (damage == QLatin1String("empty")) {
        QFile::remove(backup);
        editFile(backup, QStringLiteral("CREATE TABLE other (x INTEGER)"));
    } else {
        editFile(backup, damage, true);
    }
    const QString target = dir.filePath("desk.sqlite");
    QVERIFY(QFile::copy(w.t.location(), target));
    const QByteArray before = bytesOf(target);
    const QByteArray backupBefore = bytesOf(backup);
    auto checked = checkBackup(backup, w.clock);
    QVERIFY(!checked);
    QVERIFY2(checked.error().message.contains(reason), qPrintable(checked.error().message));
    auto restored = restoreBackup(backup, target, w.clock, w.admin);
    QVERIFY(!restored);
    QVERIFY2(restored.error().message.contains(reason), qPrintable(restored.error().message));
    // nothing replaced, nothing left behind, the backup itself untouched
    QCOMPARE(bytesOf(target), before);
    QCOMPARE(bytesOf(backup), backupBefore);
    QCOMPARE(QDir(dir.path()).entryList({"desk.sqlite*"}, QDir::Files), QStringList{"desk.sqlite"});
}

void TestBackup::aBackupNeverOverwritesAndIsPrivate()
{
    LedgerWorld w;
    QVERIFY(w.ok);
    PD_ON_POSTGRESQL_ONLY_REFUSED(w);
    QTemporaryDir dir;
    const QString path = dir.filePath("b.sqlite");
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("mine");
    existing.close();
    auto refused = backupDatabase(w.t.db(), w.clock, w.admin, path);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Duplicate);
    QCOMPARE(bytesOf(path), QByteArray("mine"));
    QCOMPARE(countIn(w.t.location(), "audit_log", "action = 'backup.create'"), 0);
    QFile::remove(path);
    QVERIFY(backupDatabase(w.t.db(), w.clock, w.admin, path).ok());
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
}

void TestBackup::dailyBackupsKeepTheNewest()
{
    LedgerWorld w;
    QVERIFY(w.ok);
    PD_ON_POSTGRESQL_ONLY_REFUSED(w);
    QTemporaryDir dir;
    const QString folder = dir.filePath("daily");
    // three earlier days' backups and a file that is not one of them
    QVERIFY(QDir().mkpath(folder));
    for (const char *name : {"pointsdesk-2027-05-29.sqlite", "pointsdesk-2027-05-30.sqlite", "pointsdesk-2027-05-31.sqlite", "notes.txt"}) {
        QFile f(folder + "/" + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    auto written = backupToFolder(w.t.db(), w.clock, w.admin, folder, 3);
    QVERIFY2(written.ok(), qPrintable(written.error().describe()));
    QCOMPARE(written.value(), folder + "/pointsdesk-2027-06-01.sqlite");
    QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name),
             (QStringList{"notes.txt", "pointsdesk-2027-05-30.sqlite", "pointsdesk-2027-05-31.sqlite", "pointsdesk-2027-06-01.sqlite"}));
    // run again the same day: nothing new
    auto again = backupToFolder(w.t.db(), w.clock, w.admin, folder, 3);
    QVERIFY(again.ok());
    QCOMPARE(again.value(), QString());
    QCOMPARE(countIn(w.t.location(), "audit_log", "action = 'backup.create'"), 1);
    QVERIFY(checkBackup(folder + "/pointsdesk-2027-06-01.sqlite", w.clock).ok());
    QVERIFY(!backupToFolder(w.t.db(), w.clock, w.admin, folder, 0));
}

void TestBackup::onlyAdministratorsBackUp()
{
    LedgerWorld w;
    QVERIFY(w.ok);
    QTemporaryDir dir;
    for (Role role : allRoles()) {
        const Session s = sessionFor(role);
        auto made = backupDatabase(w.t.db(), w.clock, s, dir.filePath(QStringLiteral("%1.sqlite").arg(roleCode(role))));
        if (role == Role::Administrator && w.t.db().dialect().isSQLite()) {
            QVERIFY2(made.ok(), qPrintable(made.error().describe()));
            continue;
        }
        QVERIFY(!made);
        if (role != Role::Administrator)
            QCOMPARE(made.error().code, ErrorCode::PermissionDenied);
        auto restored = restoreBackup(dir.filePath("x.sqlite"), dir.filePath("y.sqlite"), w.clock, s);
        QVERIFY(!restored);
        if (role != Role::Administrator)
            QCOMPARE(restored.error().code, ErrorCode::PermissionDenied);
    }
    QVERIFY(!QFileInfo::exists(dir.filePath("y.sqlite")));
}

PD_DATABASE_TEST_MAIN(TestBackup)
#include "tst_backup.moc"

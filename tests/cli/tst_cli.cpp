#include "clirun.h"
#include "core/io/privatefile.h"
#include "core/db/sql.h"
#include "core/schema/migrator.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QProcess>
#include <QTextStream>

#include <sys/stat.h>

using namespace pd;
using test::Run;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void usageAndUnknownVerbs();
    void missingDatabaseIsNotCreatedByReaders();
    void initCreatesTheAdministratorOnce();
    void importReportsRejectedRowsWithFileAndLine();
    void exportWritesTheImportFormat();
    void gb18030FilesFromChinesePcsAreRead();
    void backupCheckAndRestore();
    void usersAddedAndPasswordsChanged();
    void verifyNamesTheBrokenRecord();
    void demoCreatesMembersAndLogins();
    void receiptsReturnsBalancesExpiryTiersStatement();
    void catalogRedeemAndCancel();
    void campaignsWithFourEyesFromTheCommandLine();
    void checkInFromTheCommandLine();
    void filesAreTheirOwnersOnly();

private:
    Run cli(const QString &location, const QStringList &args, const QByteArray &stdinText = {});
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    // as the program does first thing: the databases made here are their owner's alone
    keepNewFilesPrivate();
}

Run TestCli::cli(const QString &location, const QStringList &args, const QByteArray &stdinText)
{
    return test::runCli(location, args, stdinText);
}

void TestCli::usageAndUnknownVerbs()
{
    QCOMPARE(cli({}, {}).code, 2);
    const Run unknown = cli(m_dir.filePath("x.sqlite"), {"frobnicate"});
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.err.contains("unknown command"));
    QVERIFY(!QFile::exists(m_dir.filePath("x.sqlite")));

    // the version and the schema this program migrates to, without opening a database
    const Run version = cli(m_dir.filePath("v.sqlite"), {"--version"});
    QCOMPARE(version.code, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("pointsdesk-cli %1 (schema %2)").arg(QStringLiteral(POINTSDESK_VERSION)).arg(Migrator::latestVersion()));
    QVERIFY(!QFile::exists(m_dir.filePath("v.sqlite")));
}

void TestCli::missingDatabaseIsNotCreatedByReaders()
{
    const QString path = m_dir.filePath("absent.sqlite");
    const Run r = cli(path, {"verify"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("init"), qPrintable(r.err));
    QCOMPARE(r.err.count('\n'), 1); // one line
    QVERIFY(!QFile::exists(path));
}

void TestCli::initCreatesTheAdministratorOnce()
{
    PD_FRESH_DB(t, 0);
    const Run weak = cli(t.location(), {"init", "--admin", "boss"}, "short\n");
    QCOMPARE(weak.code, 1);
    QVERIFY(weak.err.contains("8"));
    const Run ok = cli(t.location(), {"init", "--admin", "boss"}, "a long enough secret\n");
    QVERIFY2(ok.code == 0, qPrintable(ok.err));
    QVERIFY(ok.out.contains("boss"));
    QCOMPARE(test::countRows(t.db(), "users"), 1);
    const Run again = cli(t.location(), {"init", "--admin", "other"}, "a long enough secret\n");
    QCOMPARE(again.code, 1);
    QCOMPARE(test::countRows(t.db(), "users"), 1);
    QCOMPARE(cli(t.location(), {"init"}).code, 0); // plain init on a ready database is harmless
}

void TestCli::importReportsRejectedRowsWithFileAndLine()
{
    PD_FRESH_DB(t);
    const QString stores = m_dir.filePath("stores.csv");
    const QString members = m_dir.filePath("members.csv");
    QFile s(stores);
    QVERIFY(s.open(QIODevice::WriteOnly));
    s.write("code,name,city\nNY01,南阳惠民超市,南阳\n");
    s.close();
    QFile m(members);
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write("card_no,name,mobile,joined_on,store,credit\n"
            "8000000001,张三,13812341234,2025-03-01,NY01,good\n"
            "8000000002,李四,12345,2025-03-01,NY01,\n"
            "8000000003,王五,13812340003,2025-03-01,NOPE,\n");
    m.close();
    QCOMPARE(cli(t.location(), {"import", "stores", stores}).code, 0);
    const Run r = cli(t.location(), {"import", "members", members});
    QCOMPARE(r.code, 3);
    const QStringList lines = r.err.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(members + ":3: mobile: "), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(members + ":4: store: "), qPrintable(lines.at(1)));
    QVERIFY(r.out.contains("1 added"));
    const Run again = cli(t.location(), {"import", "members", members});
    QVERIFY(again.out.contains("0 added, 1 already present"));
    const Run missing = cli(t.location(), {"import", "members", m_dir.filePath("none.csv")});
    QCOMPARE(missing.code, 1);
    QCOMPARE(cli(t.location(), {"import", "receipts"}).code, 2);
}

void TestCli::exportWritesTheImportFormat()
{
    PD_FRESH_DB(t);
    QVERIFY(cli(t.location(), {"demo", "--members", "20"}).code == 0);
    test::staffChoseTheirPasswords(t.db()); // as each person does at their first login
    const QString file = m_dir.filePath("export.csv");
    const Run r = cli(t.location(), {"export", "members", "--out", file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray written = f.readAll();
    const QList<QByteArray> lines = written.split('\n');
    // a file is for a spreadsheet: the byte order mark first, so Excel and WPS read it as UTF-8
    QCOMPARE(lines.first().trimmed(), QByteArray("\xEF\xBB\xBF" "card_no,name,mobile,joined_on,store,credit"));
    QCOMPARE(lines.size(), 22); // header, 20 members, empty tail
    QVERIFY(QString::fromUtf8(lines.at(1)).startsWith(QStringLiteral("8000000001,张三,1")));
    // without it when asked; standard output is for programs: none unless asked
    const QString plain = m_dir.filePath("plain.csv");
    QCOMPARE(cli(t.location(), {"export", "members", "--out", plain, "--no-bom"}).code, 0);
    QFile p(plain);
    QVERIFY(p.open(QIODevice::ReadOnly));
    QCOMPARE(p.readAll(), written.mid(3));
    const Run out = cli(t.location(), {"export", "members"});
    QVERIFY2(out.outBytes.startsWith("card_no,name,"), out.outBytes.left(40).constData());
    const Run marked = cli(t.location(), {"export", "members", "--bom"});
    QVERIFY2(marked.outBytes.startsWith("\xEF\xBB\xBF" "card_no,name,"), marked.outBytes.left(40).constData());
    QCOMPARE(cli(t.location(), {"export", "members", "--bom", "--no-bom"}).code, 2);

    // the file goes back in: into another programme, every member added, nothing rejected
    PD_FRESH_DB(u);
    QVERIFY(cli(u.location(), {"init"}).code == 0);
    const QString stores = m_dir.filePath("export-stores.csv");
    QFile s(stores);
    QVERIFY(s.open(QIODevice::WriteOnly));
    s.write("code,name,city\n");
    for (const char *code : {"NY01", "NY02", "SQZ01", "EYE01", "TEX01", "AUTO01"})
        s.write(QByteArray(code) + ',' + code + ",南阳\n");
    s.close();
    QCOMPARE(cli(u.location(), {"import", "stores", stores}).code, 0);
    const Run back = cli(u.location(), {"import", "members", file});
    QVERIFY2(back.code == 0 && back.out.contains("20 added, 0 already present, 0 rejected"), qPrintable(back.out + back.err));
}

void TestCli::backupCheckAndRestore()
{
    PD_FRESH_DB(t);
    QCOMPARE(cli(t.location(), {"demo", "--members", "3"}).code, 0);
    test::staffChoseTheirPasswords(t.db()); // as each person does at their first login
    const QString backup = m_dir.filePath("nightly.sqlite");
    QFile::remove(backup);
    const Run made = cli(t.location(), {"backup", "--out", backup});
    if (!t.db().dialect().isSQLite()) {
        // a chain's server: the command to use instead
        QCOMPARE(made.code, 1);
        QVERIFY2(made.err.contains("pg_dump"), qPrintable(made.err));
        const Run restore = cli(t.location(), {"restore", backup});
        QCOMPARE(restore.code, 1);
        QVERIFY2(restore.err.contains("pg_restore"), qPrintable(restore.err));
        return;
    }
    QVERIFY2(made.code == 0 && made.out.contains("Backed up to " + backup), qPrintable(made.out + made.err));
    QCOMPARE(cli(t.location(), {"backup", "--out", backup}).code, 1); // never over a file
    const Run checked = cli(QString(), {"restore", backup, "--check"});
    QVERIFY2(checked.code == 0 && checked.out.contains("is a sound backup: schema") && checked.out.contains("3 members"),
             qPrintable(checked.out + checked.err));
    // restored into a new place (every desk closed): it opens and verifies
    const QString desk = m_dir.filePath("restored.sqlite");
    QFile::remove(desk);
    const Run restored = cli(desk, {"restore", backup});
    QVERIFY2(restored.code == 0 && restored.out.contains("Restored " + desk), qPrintable(restored.out + restored.err));
    const Run verify = cli(desk, {"verify"});
    QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
    // a file that is no backup is refused, and the database stays as it was
    const QString junk = m_dir.filePath("junk.sqlite");
    QFile j(junk);
    QVERIFY(j.open(QIODevice::WriteOnly));
    j.write(QByteArray(4096, 'x'));
    j.close();
    const Run refused = cli(desk, {"restore", junk});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains("cannot be used as a backup"), qPrintable(refused.err));
    QCOMPARE(cli(desk, {"verify"}).code, 0);
    // the daily one for a scheduler, and the usage
    const QString folder = m_dir.filePath("daily");
    QVERIFY(cli(t.location(), {"backup", "--dir", folder, "--keep", "7"}).out.contains("the newest 7 backups are kept"));
    QVERIFY(cli(t.location(), {"backup", "--dir", folder}).out.contains("already in"));
    QCOMPARE(cli(t.location(), {"backup"}).code, 2);
    QCOMPARE(cli(t.location(), {"backup", "--out", backup, "--dir", folder}).code, 2);
    QCOMPARE(cli(desk, {"--user", "admin", "restore", backup}, "x\n").code, 2);
}

void TestCli::usersAddedAndPasswordsChanged()
{
    PD_FRESH_DB(t);
    QCOMPARE(cli(t.location(), {"demo", "--members", "2"}).code, 0);
    test::staffChoseTheirPasswords(t.db()); // as each person does at their first login
    // an administrator adds a cashier at NY01: the admin's password, then the new one
    const Run added = cli(t.location(), {"--user", "admin", "user", "add", "lili", "--role", "cashier", "--name", "李丽", "--store", "NY01"},
                          "admin-demo\norchid-lamp-123\n");
    QVERIFY2(added.code == 0 && added.out.contains("User lili (Cashier / front desk) created."), qPrintable(added.out + added.err));
    QCOMPARE(test::countRows(t.db(), QStringLiteral("users"), QStringLiteral("username = 'lili' AND role = 'cashier' AND display_name = '李丽'")), 1);
    // the administrator chose lili's password: until lili chooses her own, only passwd runs
    const Run first = cli(t.location(), {"--user", "lili", "balances"}, "orchid-lamp-123\n");
    QCOMPARE(first.code, 1);
    QVERIFY2(first.err.contains("choose your own first") && first.err.contains("--user lili passwd"), qPrintable(first.err));
    QVERIFY(first.out.isEmpty());
    const Run weak = cli(t.location(), {"--user", "lili", "passwd"}, "orchid-lamp-123\npassword123\n");
    QCOMPARE(weak.code, 1);
    QVERIFY2(weak.err.contains("too easy to guess: it is made of common words or passwords"), qPrintable(weak.err));
    const Run own = cli(t.location(), {"--user", "lili", "passwd"}, "orchid-lamp-123\nharbour-lamp-456\n");
    QVERIFY2(own.code == 0, qPrintable(own.err));
    QCOMPARE(cli(t.location(), {"--user", "lili", "balances"}, "harbour-lamp-456\n").code, 0);
    // refused: a cashier adding anyone, a short password, an unknown role, a name taken
    QCOMPARE(cli(t.location(), {"--user", "lili", "user", "add", "boss", "--role", "admin"}, "harbour-lamp-456\nboss-pass-123\n").code, 1);
    const Run shortPassword = cli(t.location(), {"--user", "admin", "user", "add", "wang", "--role", "backoffice"}, "admin-demo\nshort\n");
    QCOMPARE(shortPassword.code, 1);
    QVERIFY2(shortPassword.err.contains("at least 8 characters"), qPrintable(shortPassword.err));
    QCOMPARE(cli(t.location(), {"--user", "admin", "user", "add", "wang", "--role", "boss"}, "admin-demo\nwang-pass-123\n").code, 1);
    QCOMPARE(cli(t.location(), {"--user", "admin", "user", "add", "lili", "--role", "cashier"}, "admin-demo\nlili-pass-999\n").code, 1);
    QCOMPARE(cli(t.location(), {"--user", "admin", "user", "remove", "lili"}, "admin-demo\n").code, 2);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("users"), QStringLiteral("username IN ('boss', 'wang')")), 0);

    // one's own password: the current one (which logs in), then the new one
    const Run changed = cli(t.location(), {"--user", "lili", "passwd"}, "harbour-lamp-456\nlili-new-456\n");
    QVERIFY2(changed.code == 0 && changed.out.contains("Password of lili changed."), qPrintable(changed.out + changed.err));
    QCOMPARE(cli(t.location(), {"--user", "lili", "balances"}, "harbour-lamp-456\n").code, 1);
    QCOMPARE(cli(t.location(), {"--user", "lili", "balances"}, "lili-new-456\n").code, 0);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("audit_log"), QStringLiteral("action = 'user.password'")), 2);
    const Run same = cli(t.location(), {"--user", "lili", "passwd"}, "lili-new-456\nlili-new-456\n");
    QCOMPARE(same.code, 1);
    QVERIFY2(same.err.contains("same as the current one"), qPrintable(same.err));
    const Run operatorRun = cli(t.location(), {"passwd"}, "whatever-123\n");
    QCOMPARE(operatorRun.code, 1);
    QVERIFY2(operatorRun.err.contains("--user NAME"), qPrintable(operatorRun.err));
    QCOMPARE(test::countRows(t.db(), QStringLiteral("audit_log"), QStringLiteral("action = 'user.password'")), 2);
}

void TestCli::gb18030FilesFromChinesePcsAreRead()
{
    PD_FRESH_DB(t);
    const QString stores = m_dir.filePath("gb-stores.csv"), members = m_dir.filePath("gb-members.csv");
    QFile s(stores);
    QVERIFY(s.open(QIODevice::WriteOnly));
    // "NY01,南阳惠民超市,南阳" as Excel saves it on a Chinese PC (GB18030, CRLF)
    s.write("code,name,city\r\nNY01,\xC4\xCF\xD1\xF4\xBB\xDD\xC3\xF1\xB3\xAC\xCA\xD0,\xC4\xCF\xD1\xF4\r\n");
    s.close();
    QFile m(members);
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write("card_no,name,mobile,joined_on,store,credit\r\n"
            "8000000001,\xCD\xF5\xD0\xA1\xC3\xF7,13812341234,2025-03-01,NY01,good\r\n");
    m.close();
    const Run bad = cli(t.location(), {"import", "stores", stores, "--encoding", "big5"});
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.err.contains("use auto, utf-8 or gb18030"), qPrintable(bad.err));
    // named wrongly, the rows are refused for their bytes and nothing is added
    const Run wrong = cli(t.location(), {"import", "stores", stores, "--encoding", "utf-8"});
    QCOMPARE(wrong.code, 3);
    QVERIFY2(wrong.err.contains(stores + ":2: field 2 is not valid UTF-8 text"), qPrintable(wrong.err));
    // told from the bytes by default, or named
    const Run told = cli(t.location(), {"import", "stores", stores});
    QVERIFY2(told.code == 0 && told.out.contains("1 added"), qPrintable(told.out + told.err));
    const Run named = cli(t.location(), {"import", "members", members, "--encoding", "GB18030"});
    QVERIFY2(named.code == 0 && named.out.contains("1 added"), qPrintable(named.out + named.err));
    QCOMPARE(test::countRows(t.db(), QStringLiteral("stores"), QStringLiteral("code = 'NY01' AND name = '南阳惠民超市'")), 1);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("members"), QStringLiteral("card_no = '8000000001' AND name = '王小明'")), 1);
}

void TestCli::verifyNamesTheBrokenRecord()
{
    PD_FRESH_DB(t);
    QCOMPARE(cli(t.location(), {"demo", "--members", "10"}).code, 0);
    test::staffChoseTheirPasswords(t.db()); // as each person does at their first login
    const Run good = cli(t.location(), {"verify"});
    QVERIFY2(good.code == 0, qPrintable(good.out + good.err));
    QVERIFY(good.out.contains("intact"));
    const Run full = cli(t.location(), {"verify", "--full"});
    QVERIFY2(full.code == 0, qPrintable(full.out + full.err));
    if (t.db().dialect().isSQLite()) { // SQLite's own check of the file, on request only
        QVERIFY2(good.out.contains("indexes not compared") && !good.out.contains("integrity ok"), qPrintable(good.out));
        QVERIFY2(full.out.contains("database file: integrity ok"), qPrintable(full.out));
    }
    t.removeAppendOnlyGuard();
    t.exec("UPDATE audit_log SET actor_name = 'mallory' WHERE seq = 3");
    const Run bad = cli(t.location(), {"verify"});
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.out.contains("BROKEN at record 3"), qPrintable(bad.out));
}

void TestCli::demoCreatesMembersAndLogins()
{
    PD_FRESH_DB(t, 0);
    const Run r = cli(t.location(), {"demo", "--members", "100"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("100 members"));
    QCOMPARE(test::countRows(t.db(), "members"), 100);
    QCOMPARE(test::countRows(t.db(), "users"), 5);
    QCOMPARE(cli(t.location(), {"demo", "--members", "lots"}).code, 2);
}

void TestCli::receiptsReturnsBalancesExpiryTiersStatement()
{
    PD_FRESH_DB(t);
    QCOMPARE(cli(t.location(), {"demo", "--members", "3"}).code, 0);
    test::staffChoseTheirPasswords(t.db()); // as each person does at their first login
    t.exec("UPDATE members SET credit = 'normal'");
    const QString receipts = m_dir.filePath("receipts.csv");
    QFile r(receipts);
    QVERIFY(r.open(QIODevice::WriteOnly));
    r.write("receipt_no,store,card_no,time,scenario,amount,green_amount,points_used\n"
            "G1,EYE01,8000000001,2025-03-01T10:15:00,partner:eyewear,800,,\n"
            "S1,NY01,8000000001,2025-03-02T11:00:00,supermarket,1500.00,12.50,0\n"
            "S2,NY01,8000000002,2025-03-02T11:00:00,fuel,100,0,0\n"
            "S3,NY01,8000000002,2025-03-02T25:00,fuel,100,0,0\n"
            "S4,NY01,8000000002,2025-03-03T11:00:00,supermarket,100,0,100\n"
            "S5,NY01,8000000002,2025-03-03T11:00:00,supermarket,99.999,0,0\n"
            "S6,NY01,8000000003,2025-03-03T11:00:00,casino,10,0,0\n");
    r.close();
    const Run first = cli(t.location(), {"import", "receipts", receipts});
    QCOMPARE(first.code, 3);
    QVERIFY2(first.out.contains("3 added"), qPrintable(first.out));
    const QStringList rejected = first.err.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(rejected.size(), 4);
    QVERIFY(rejected.at(0).startsWith(receipts + ":5: time: "));
    QVERIFY(rejected.at(1).startsWith(receipts + ":6: points_used: "));
    QVERIFY(rejected.at(2).startsWith(receipts + ":7: amount: "));
    QVERIFY(rejected.at(3).startsWith(receipts + ":8: scenario: "));
    QVERIFY(cli(t.location(), {"import", "receipts", receipts}).out.contains("0 added, 3 already present"));

    const QString returns = m_dir.filePath("returns.csv");
    QFile ret(returns);
    QVERIFY(ret.open(QIODevice::WriteOnly));
    ret.write("return_no,store,receipt_no,time,amount\nT1,EYE01,G1,2025-03-05T10:00:00,400\nT2,EYE01,G1,2025-03-06T10:00:00,400.01\n");
    ret.close();
    QCOMPARE(cli(t.location(), {"import", "returns", returns}).code, 3);

    // 800 − 400 + 1500 + 12 = 1912; fuel ¥100 at 50 per ¥100 = 50; a ¥1,500 + ¥800 spend makes card 1 silver
    const Run balances = cli(t.location(), {"balances"});
    QCOMPARE(balances.code, 0);
    QCOMPARE(balances.out, QStringLiteral("card_no,balance,debt,tier\r\n"
                                          "8000000001,1912,0,silver\r\n"
                                          "8000000002,50,0,member\r\n"
                                          "8000000003,0,0,member\r\n"));

    QCOMPARE(cli(t.location(), {"expire", "--as-of", "2027-01-01", "--batch", "0"}).code, 2);
    QCOMPARE(cli(t.location(), {"expire", "--as-of", "2027-01-01", "--batch", "many"}).code, 2);
    const Run expire = cli(t.location(), {"expire", "--as-of", "2027-01-01", "--batch", "1"}); // one member a transaction
    QVERIFY2(expire.code == 0, qPrintable(expire.err));
    QVERIFY2(expire.out.contains("Expired 1962 points of 2 members"), qPrintable(expire.out));
    QVERIFY(cli(t.location(), {"expire", "--as-of", "2027-01-01"}).out.contains("Expired 0 points"));
    QCOMPARE(cli(t.location(), {"expire", "--as-of", "2027-02-30"}).code, 1);
    QCOMPARE(cli(t.location(), {"expire"}).code, 2);
    const Run tiers = cli(t.location(), {"tiers", "--as-of", "2026-06-01"});
    QVERIFY2(tiers.out.contains("1 members changed"), qPrintable(tiers.out));

    const Run statement = cli(t.location(), {"statement", "8000000001", "--month", "2025-03"});
    QVERIFY2(statement.code == 0, qPrintable(statement.err));
    QVERIFY(statement.out.contains("earned (partner:eyewear): 800"));
    QVERIFY(statement.out.contains("closing balance: 1912"));
    QCOMPARE(cli(t.location(), {"statement", "8000000001", "--month", "2025-13"}).code, 1);
    const QString pdf = m_dir.filePath("s.pdf");
    QCOMPARE(cli(t.location(), {"statement", "8000000001", "--month", "2025-03", "--pdf", pdf}).code, 1); // no PDF writer given here

    const Run verify = cli(t.location(), {"verify"});
    QVERIFY2(verify.code == 0, qPrintable(verify.out));
    QVERIFY(verify.out.contains("ledger: all invariants hold"));
    const QString ledger = m_dir.filePath("ledger.csv");
    QCOMPARE(cli(t.location(), {"export", "ledger", "--out", ledger}).code, 0);
    QFile l(ledger);
    QVERIFY(l.open(QIODevice::ReadOnly));
    const QByteArray all = l.readAll();
    QVERIFY(all.startsWith("\xEF\xBB\xBF" "entry_id,card_no,time,kind,delta,store,reference,breakdown"));
    QVERIFY(all.contains(",clawback,-400,EYE01,return:EYE01/T1,"));
}

void TestCli::catalogRedeemAndCancel()
{
    PD_FRESH_DB(t);
    QCOMPARE(cli(t.location(), {"demo", "--members", "2"}).code, 0);
    test::staffChoseTheirPasswords(t.db()); // as each person does at their first login
    t.exec("UPDATE members SET credit = 'normal'");
    const QString receipts = m_dir.filePath("points.csv");
    QFile r(receipts);
    QVERIFY(r.open(QIODevice::WriteOnly | QIODevice::Truncate));
    r.write("receipt_no,store,card_no,time,scenario,amount,green_amount,points_used\n"
            "P1,NY01,8000000001,2026-11-01T10:00:00,supermarket,3000,,\n");
    r.close();
    QCOMPARE(cli(t.location(), {"import", "receipts", receipts}).code, 0);
    const QString catalog = m_dir.filePath("catalog.csv");
    QFile c(catalog);
    QVERIFY(c.open(QIODevice::WriteOnly | QIODevice::Truncate));
    c.write("code,name,category,points,cash,retail_value,stock,per_member_limit,limit_period,tier,active_from,active_to\n"
            "MUG,马克杯,daily,500,5.00,30.00,2,1,day,,,\n"
            "BAD,坏,daily,,,1.00,,,,,,\n");
    c.close();
    const Run imported = cli(t.location(), {"import", "catalog", catalog});
    QCOMPARE(imported.code, 3);
    QVERIFY2(imported.out.contains("1 added"), qPrintable(imported.out));
    QVERIFY2(imported.err.startsWith(catalog + ":3: points: "), qPrintable(imported.err));

    const Run made = cli(t.location(), {"redeem", "8000000001", "MUG", "--number", "M1", "--store", "NY01"});
    QVERIFY2(made.code == 0, qPrintable(made.err));
    QVERIFY2(made.out.contains("for 500 points and ¥5.00 cash; balance now 2500"), qPrintable(made.out));
    const Run again = cli(t.location(), {"redeem", "8000000001", "MUG", "--number", "M1", "--store", "NY01"});
    QCOMPARE(again.code, 0);
    QVERIFY(again.out.contains("already made"));
    const Run limited = cli(t.location(), {"redeem", "8000000001", "MUG", "--number", "M2", "--store", "NY01"});
    QCOMPARE(limited.code, 1);
    QVERIFY2(limited.err.startsWith("error: limit: "), qPrintable(limited.err));
    const Run poor = cli(t.location(), {"redeem", "8000000002", "MUG"}); // at the member's home store, a number of its own
    QCOMPARE(poor.code, 1);
    QVERIFY2(poor.err.startsWith("error: points: "), qPrintable(poor.err));
    QCOMPARE(cli(t.location(), {"redeem", "8000000001", "MUG", "--qty", "two"}).code, 1);
    QCOMPARE(cli(t.location(), {"redeem", "8000000001"}).code, 2);
    QCOMPARE(cli(t.location(), {"redeem", "8000000001", "NOPE"}).code, 1);

    const Run cancelled = cli(t.location(), {"cancel-redemption", "M1", "--reason", "broken handle"});
    QVERIFY2(cancelled.code == 0, qPrintable(cancelled.err));
    QVERIFY2(cancelled.out.contains("500 points back (500 to their lots, 0 in a new lot), balance now 3000"), qPrintable(cancelled.out));
    QCOMPARE(cli(t.location(), {"cancel-redemption", "M1"}).code, 1);
    QCOMPARE(cli(t.location(), {"cancel-redemption", "NOSUCH"}).code, 1);

    const Run exported = cli(t.location(), {"export", "catalog"});
    QCOMPARE(exported.code, 0);
    QVERIFY2(exported.out.contains("MUG,马克杯,daily,500,5.00,30.00,2,1,day,,,,\r\n"), qPrintable(exported.out)); // the stock is back
    const Run verify = cli(t.location(), {"verify"});
    QVERIFY2(verify.code == 0, qPrintable(verify.out));
}

void TestCli::checkInFromTheCommandLine()
{
    PD_FRESH_DB(t);
    QCOMPARE(cli(t.location(), {"demo", "--members", "12"}).code, 0); // with the demo's check-in campaign
    test::staffChoseTheirPasswords(t.db()); // as each person does at their first login
    const Run first = cli(t.location(), {"checkin", "8000000005"});
    QVERIFY2(first.code == 0 && first.out.contains("Checked in for") && first.out.contains("Days in a row: 1"), qPrintable(first.out + first.err));
    const Run again = cli(t.location(), {"checkin", "8000000005", "--store", "NY01"});
    QVERIFY2(again.code == 0 && again.out.contains("Already checked in"), qPrintable(again.out + again.err));
    const Run future = cli(t.location(), {"checkin", "8000000005", "--for-date", "2099-01-01"});
    QCOMPARE(future.code, 1);
    QVERIFY2(future.err.contains("still to come"), qPrintable(future.err));
    QCOMPARE(cli(t.location(), {"checkin"}).code, 2);

    QTemporaryDir dir;
    QFile file(dir.filePath("checkins.csv"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QString yesterday = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date().addDays(-1).toString(Qt::ISODate);
    file.write(QStringLiteral("checkin_no,store,card_no,time,for_date\n"
                              "K1,NY01,8000000006,%1T10:00:00+08:00,\n"
                              "K2,NY01,9999999999,%1T10:00:00+08:00,\n").arg(yesterday).toUtf8());
    file.close();
    const Run imported = cli(t.location(), {"import", "checkins", file.fileName()});
    QCOMPARE(imported.code, 3);
    QVERIFY2(imported.out.contains("1 added, 0 already present, 1 rejected"), qPrintable(imported.out));
    QVERIFY2(imported.err.contains("checkins.csv:3: card_no: "), qPrintable(imported.err));
    QCOMPARE(cli(t.location(), {"import", "checkins", file.fileName()}).out.contains("0 added, 1 already present, 1 rejected"), true);
    QVERIFY2(cli(t.location(), {"verify"}).code == 0, "verify");
}

void TestCli::filesAreTheirOwnersOnly()
{
    // a file of its own, whichever engine the suite runs on
    const auto othersMay = [](const QString &path) {
        return QFile::permissions(path) & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther);
    };
    // the program itself, started from a shell whose umask lets everyone read new files
    const mode_t shell = ::umask(022);
    const auto program = [&](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(PD_CLI_PATH), args);
        p.waitForFinished(180000);
        Run r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.outBytes = p.readAllStandardOutput();
        r.out = QString::fromUtf8(r.outBytes);
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    };
    const QString file = m_dir.filePath("private.sqlite"), exported = m_dir.filePath("members.csv");
    const Run demo = program({"--db", file, "demo", "--members", "3"});
    const Run exportRun = program({"--db", file, "export", "members", "--out", exported});
    ::umask(shell);
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
    QVERIFY2(exportRun.code == 0, qPrintable(exportRun.err));
    for (const QString &path : QStringList{file, file + "-wal", file + "-shm", exported})
        if (QFile::exists(path))
            QCOMPARE(othersMay(path), QFile::Permissions());
    QVERIFY(!demo.err.contains("chmod"));

    // a database others can read still opens, with a warning that says how to fix it
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    const Run balances = program({"--db", file, "balances"});
    QCOMPARE(balances.code, 0);
    QVERIFY2(balances.err.contains(QStringLiteral("chmod 600 \"%1\"").arg(file)), qPrintable(balances.err));
    QVERIFY(balances.out.startsWith("card_no,balance"));
}

void TestCli::campaignsWithFourEyesFromTheCommandLine()
{
    PD_FRESH_DB(t);
    QCOMPARE(cli(t.location(), {"demo", "--members", "3"}).code, 0);
    test::staffChoseTheirPasswords(t.db()); // as each person does at their first login
    t.setUpMembers("UPDATE members SET tier = 'member', credit = 'normal'");
    const auto write = [&](const char *name, const QByteArray &text) {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", name);
        f.write(text);
        return f.fileName();
    };
    const QString bad = write("bad.json", R"([{"code":"SLIP","name":"百倍","type":"multiplier","from":"2026-01-01","to":"2026-12-31","percent":10000},
        {"code":"LURE","name":"注册送千分","type":"welcome","from":"2026-01-01","to":"2026-12-31","points":1000,"stores":["ZZ99"]}])");
    const Run refused = cli(t.location(), {"--user", "campaign", "campaign", "import", bad}, "campaign-demo\n");
    QCOMPARE(refused.code, 1);
    const QStringList lines = refused.err.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith("bad.json: SLIP.percent: must be a whole number from 101 to 1000"), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith("bad.json: LURE.stores: there is no store ZZ99"), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith("bad.json: LURE.points: "), qPrintable(lines.at(2)));
    QCOMPARE(test::countRows(t.db(), "campaigns"), 5); // the demo's five, nothing of the file

    const QString good = write("good.json", R"({"code":"ALL-YEAR","name":"全年双倍","type":"multiplier","from":"2020-01-01",
        "to":"2099-12-31","terms":"满100元积分翻倍。","min_amount":100,"percent":200})");
    const Run drafted = cli(t.location(), {"--user", "campaign", "campaign", "import", good}, "campaign-demo\n");
    QVERIFY2(drafted.code == 0, qPrintable(drafted.err));
    QVERIFY(drafted.out.contains("ALL-YEAR version 1"));
    QCOMPARE(cli(t.location(), {"--user", "campaign", "campaign", "import", good}, "wrong-password\n").code, 1);
    QCOMPARE(cli(t.location(), {"--user", "campaign", "campaign", "submit", "ALL-YEAR"}, "campaign-demo\n").code, 0);
    // system never approves, nor does the campaign manager
    const Run bySystem = cli(t.location(), {"campaign", "approve", "ALL-YEAR"});
    QCOMPARE(bySystem.code, 1);
    QVERIFY2(bySystem.err.contains("four eyes"), qPrintable(bySystem.err));
    QCOMPARE(cli(t.location(), {"--user", "campaign", "campaign", "approve", "ALL-YEAR"}, "campaign-demo\n").code, 1);
    QCOMPARE(cli(t.location(), {"--user", "compliance", "campaign", "reject", "ALL-YEAR"}, "compliance-demo\n").code, 2); // no reason
    const Run yes = cli(t.location(), {"--user", "compliance", "campaign", "approve", "ALL-YEAR"}, "compliance-demo\n");
    QVERIFY2(yes.code == 0, qPrintable(yes.err));
    QCOMPARE(test::countRows(t.db(), "audit_log", "action = 'campaign.approve' AND actor_name = 'compliance' AND entity_id = 'ALL-YEAR'"), 1);

    // a receipt of an hour ago earns double
    const QString time = QDateTime::currentDateTimeUtc().addSecs(-3600).toTimeZone(QTimeZone("Asia/Shanghai")).toString("yyyy-MM-ddTHH:mm:ss");
    const QString receipts = write("campaign-receipts.csv", "receipt_no,store,card_no,time,scenario,amount,green_amount,points_used\n"
                                                            "D1,NY01,8000000001," + time.toUtf8() + ",supermarket,150,,\n"
                                                            "D2,NY01,8000000002," + time.toUtf8() + ",supermarket,99,,\n");
    QCOMPARE(cli(t.location(), {"import", "receipts", receipts}).code, 0);
    const Run balances = cli(t.location(), {"balances"});
    QVERIFY2(balances.out.contains("8000000001,300,0,member"), qPrintable(balances.out));
    QVERIFY2(balances.out.contains("8000000002,99,0,member"), qPrintable(balances.out));

    // its figures: what it awarded, and a replay of the same days
    const Run report = cli(t.location(), {"--user", "compliance", "campaign", "report", "ALL-YEAR"}, "compliance-demo\n");
    QVERIFY2(report.code == 0, qPrintable(report.err));
    QVERIFY2(report.out.endsWith("total,1,1,150,1.50,\r\n"), qPrintable(report.out));
    const QString day = time.left(10);
    const Run replay = cli(t.location(), {"--user", "campaign", "campaign", "simulate", "ALL-YEAR", "--from", day, "--to", day, "--json"},
                           "campaign-demo\n");
    QVERIFY2(replay.code == 0, qPrintable(replay.err));
    QVERIFY2(replay.out.contains("\"extra_points\": 150"), qPrintable(replay.out));
    QCOMPARE(cli(t.location(), {"--user", "campaign", "campaign", "simulate", "ALL-YEAR"}, "campaign-demo\n").code, 2);

    const Run list = cli(t.location(), {"--user", "compliance", "campaign", "list"}, "compliance-demo\n");
    QCOMPARE(list.code, 0);
    const QStringList rows = list.out.split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(rows.constFirst(), QStringLiteral("code,type,status,from,to,awarded_points,budget_points"));
    QVERIFY2(rows.contains("ALL-YEAR,multiplier,active,2020-01-01,2099-12-31,150,"), qPrintable(list.out));
    // and the demo's own, one in each state a newcomer should see
    QVERIFY2(list.out.contains("\r\nFIRST-ORDER,first_purchase,submitted,"), qPrintable(list.out));
    QVERIFY2(list.out.contains("\r\nEYE-DAY,sale,approved,") || list.out.contains("\r\nEYE-DAY,sale,active,"), qPrintable(list.out));
    QCOMPARE(cli(t.location(), {"--user", "cashier", "campaign", "list"}, "cashier-demo\n").code, 1); // not for the till
    const Run stop = cli(t.location(), {"--user", "campaign", "campaign", "cancel", "ALL-YEAR", "--reason", "提前结束"}, "campaign-demo\n");
    QVERIFY2(stop.code == 0, qPrintable(stop.err));
    QVERIFY(cli(t.location(), {"campaign", "list"}).out.contains("ALL-YEAR,multiplier,cancelled,"));
}

PD_DATABASE_TEST_MAIN(TestCli)
#include "tst_cli.moc"

#include "cli/clirunner.h"
#include "core/db/sql.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QTextStream>

using namespace pd;

namespace {
struct Run
{
    int code = -1;
    QString out, err;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { PD_REQUIRE_BACKEND(); }
    void usageAndUnknownVerbs();
    void missingDatabaseIsNotCreatedByReaders();
    void initCreatesTheAdministratorOnce();
    void importReportsRejectedRowsWithFileAndLine();
    void exportWritesTheImportFormat();
    void verifyNamesTheBrokenRecord();
    void demoCreatesMembersAndLogins();

private:
    Run cli(const QString &location, const QStringList &args, const QByteArray &stdinText = {});
    QTemporaryDir m_dir;
};

Run TestCli::cli(const QString &location, const QStringList &args, const QByteArray &stdinText)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    QByteArray input = stdinText;
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    QStringList argv{QStringLiteral("pointsdesk-cli")};
    if (!location.isEmpty())
        argv << QStringLiteral("--db") << location;
    r.code = cli::run(argv + args, out, err, &in);
    out.flush();
    err.flush();
    return r;
}

void TestCli::usageAndUnknownVerbs()
{
    QCOMPARE(cli({}, {}).code, 2);
    const Run unknown = cli(m_dir.filePath("x.sqlite"), {"frobnicate"});
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.err.contains("unknown command"));
    QVERIFY(!QFile::exists(m_dir.filePath("x.sqlite")));
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
    const QString file = m_dir.filePath("export.csv");
    const Run r = cli(t.location(), {"export", "members", "--out", file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("card_no,name,mobile,joined_on,store,credit"));
    QCOMPARE(lines.size(), 22); // header, 20 members, empty tail
    QVERIFY(QString::fromUtf8(lines.at(1)).startsWith(QStringLiteral("8000000001,张三,1")));
}

void TestCli::verifyNamesTheBrokenRecord()
{
    PD_FRESH_DB(t);
    QCOMPARE(cli(t.location(), {"demo", "--members", "10"}).code, 0);
    const Run good = cli(t.location(), {"verify"});
    QVERIFY2(good.code == 0, qPrintable(good.out + good.err));
    QVERIFY(good.out.contains("intact"));
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

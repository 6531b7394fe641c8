// The programme's figures from the command line (issue 17, DESIGN §10, §12): the dashboard's
// tables and the life-cycle lists as CSV, on SQLite and PostgreSQL.
#include "clirun.h"
#include "core/db/sql.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace pd;
using test::Run;

class TestCliReport : public QObject
{
    Q_OBJECT
private slots:
    void dashboardTablesFromTheCommandLine();
    void listsFromTheCommandLine();

private:
    Run cli(const QString &location, const QStringList &args, const QByteArray &stdinText = {})
    {
        return test::runCli(location, args, stdinText);
    }
    QTemporaryDir m_dir;
};

namespace {

// Receipts written as a store's POS exports them: ¥120 at NY01 and ¥80 at NY02 on `day`.
QString receiptsFile(const QString &path, const QDate &day)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(QStringLiteral("receipt_no,store,card_no,time,scenario,amount,green_amount,points_used\n"
                           "C1,NY01,8000000001,%1T10:00:00,supermarket,120.00,,\n"
                           "C2,NY02,8000000002,%1T11:00:00,supermarket,80.00,,\n")
                .arg(day.toString(Qt::ISODate))
                .toUtf8());
    return path;
}

QDate today() { return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date(); }

} // namespace

void TestCliReport::dashboardTablesFromTheCommandLine()
{
    PD_FRESH_DB(t);
    QCOMPARE(cli(t.location(), {"demo", "--members", "5"}).code, 0);
    t.exec("UPDATE members SET credit = 'normal'");
    const QDate day = today().addDays(-2);
    QCOMPARE(cli(t.location(), {"import", "receipts", receiptsFile(m_dir.filePath("r.csv"), day)}).code, 0);
    const QString from = day.addDays(-3).toString(Qt::ISODate), to = today().toString(Qt::ISODate);

    const Run kpis = cli(t.location(), {"--user", "campaign", "report", "dashboard", "--from", from, "--to", to}, "campaign-demo\n");
    QVERIFY2(kpis.code == 0, qPrintable(kpis.err));
    QVERIFY2(kpis.out.startsWith("figure,value\r\n"), qPrintable(kpis.out));
    QVERIFY2(kpis.out.contains("\r\nissued,200\r\n"), qPrintable(kpis.out));
    QVERIFY(kpis.out.contains("\r\nactive_members,2\r\n"));

    const Run flows = cli(t.location(), {"report", "dashboard", "--from", from, "--to", to, "--store", "NY02", "--chart", "flows"});
    QVERIFY2(flows.code == 0, qPrintable(flows.err));
    const QStringList lines = flows.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst(), QStringLiteral("period,first,last,issued,used,expired,clawed_back,green"));
    QCOMPARE(lines.size(), 1 + int(day.addDays(-3).daysTo(today())) + 1); // by day
    const QString dayText = day.toString(Qt::ISODate);
    QVERIFY(lines.contains(QStringLiteral("%1,%1,%1,80,0,0,0,0").arg(dayText)));

    const Run stores = cli(t.location(), {"report", "dashboard", "--from", from, "--to", to, "--chart", "stores"});
    QVERIFY2(stores.out.contains(QStringLiteral("\r\nNY01,")) && stores.out.contains(QStringLiteral(",120,1.20\r\n")), qPrintable(stores.out));

    // bad input: a clear refusal, exit 1 or 2, nothing on stdout
    const Run backwards = cli(t.location(), {"report", "dashboard", "--from", to, "--to", from});
    QCOMPARE(backwards.code, 1);
    QVERIFY2(backwards.err.contains("no later than the last day"), qPrintable(backwards.err));
    QCOMPARE(cli(t.location(), {"report", "dashboard", "--from", from, "--to", to, "--chart", "pie"}).code, 2);
    QCOMPARE(cli(t.location(), {"report", "dashboard", "--from", from, "--to", to, "--store", "NOPE"}).code, 1);
    QCOMPARE(cli(t.location(), {"--user", "cashier", "report", "dashboard", "--from", from, "--to", to}, "cashier-demo\n").code, 1);
}

void TestCliReport::listsFromTheCommandLine()
{
    PD_FRESH_DB(t);
    QCOMPARE(cli(t.location(), {"demo", "--members", "5"}).code, 0);
    const QDate day = today().addDays(-120); // long enough ago for a win-back list
    QCOMPARE(cli(t.location(), {"import", "receipts", receiptsFile(m_dir.filePath("old.csv"), day)}).code, 0);
    t.exec("UPDATE members SET marketing_consent = CASE WHEN card_no = '8000000002' THEN 1 ELSE 0 END");
    const Run winback = cli(t.location(), {"--user", "campaign", "report", "lists", "winback", "--as-of", today().toString(Qt::ISODate)}, "campaign-demo\n");
    QVERIFY2(winback.code == 0, qPrintable(winback.err));
    const QStringList lines = winback.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY2(lines.constFirst().startsWith(QStringLiteral("card_no,name,mobile,store,tier,consent,balance,points,day")), qPrintable(winback.out));
    QVERIFY2(lines.size() >= 2, qPrintable(winback.out));
    for (const QString &line : lines.mid(1)) // consenting members only
        QVERIFY2(line.section(QLatin1Char(','), 5, 5) == QLatin1String("1"), qPrintable(line));
    QVERIFY(winback.out.contains(QStringLiteral("8000000002,")));
    QVERIFY(!winback.out.contains(QStringLiteral("8000000001,")));
    QCOMPARE(sql::scalar(t.db().connection(), "SELECT COUNT(*) FROM audit_log WHERE action = 'export.member_list'")->toLongLong(), qint64(1));
    QCOMPARE(cli(t.location(), {"report", "lists", "everyone", "--as-of", "2026-01-01"}).code, 2);
    QCOMPARE(cli(t.location(), {"report", "lists", "expiring"}).code, 2);
    QCOMPARE(cli(t.location(), {"report", "lists", "expiring", "--as-of", "2026-02-30"}).code, 1);
}

PD_DATABASE_TEST_MAIN(TestCliReport)
#include "tst_clireport.moc"

// The programme's figures from the command line (issue 17, DESIGN §10, §12): the dashboard's
// tables, the life-cycle lists and the partner settlement as CSV, and the scenarios and partner
// merchants they are counted by (issue 19), on SQLite and PostgreSQL.
#include "clirun.h"
#include "core/db/sql.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QProcess>
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
    void settlementFromTheCommandLine();
    void scenariosFromTheCommandLine();

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
    test::staffChoseTheirPasswords(t.db()); // as each person does at their first login
    t.exec("UPDATE members SET credit = 'normal'");
    // not a market day: the demo's approved MKT-DAY doubles NY01's points on Wednesdays and
    // Saturdays, and the figures below are the plain ones (failed on a Wednesday before)
    QDate day = today().addDays(-2);
    while (day.dayOfWeek() == Qt::Wednesday || day.dayOfWeek() == Qt::Saturday)
        day = day.addDays(-1);
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
    // what the points were earned on: both receipts at the supermarket
    const Run scenarios = cli(t.location(), {"report", "dashboard", "--from", from, "--to", to, "--chart", "scenarios"});
    QVERIFY2(scenarios.code == 0, qPrintable(scenarios.err));
    QCOMPARE(scenarios.out, QStringLiteral("scenario,name,points,receipts\r\nsupermarket,Supermarket,200,2\r\n"));
    const Run categories = cli(t.location(), {"report", "dashboard", "--from", from, "--to", to, "--chart", "categories"});
    QCOMPARE(categories.out, QStringLiteral("category,name,points,units\r\n")); // nothing redeemed
    const Run moves = cli(t.location(), {"report", "dashboard", "--from", from, "--to", to, "--chart", "tiermoves"});
    QVERIFY2(moves.out.startsWith(QStringLiteral("month,up,down\r\n%1,0,0\r\n").arg(day.addDays(-3).toString("yyyy-MM"))), qPrintable(moves.out));

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
    test::staffChoseTheirPasswords(t.db()); // as each person does at their first login
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

// The eyewear partner's store gives ¥150 of receipts' points (150) in a month; its items are
// not redeemed: the partner owes the chain 150 points at one fen each.
void TestCliReport::settlementFromTheCommandLine()
{
    PD_FRESH_DB(t);
    QCOMPARE(cli(t.location(), {"demo", "--members", "5"}).code, 0);
    test::staffChoseTheirPasswords(t.db()); // as each person does at their first login
    t.exec("UPDATE members SET credit = 'normal'");
    const QDate day = today().addDays(-40);
    QFile f(m_dir.filePath("eye.csv"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("receipt_no,store,card_no,time,scenario,amount,green_amount,points_used\n"
                           "P1,EYE01,8000000001,%1T10:00:00,partner:eyewear,150.00,,\n")
                .arg(day.toString(Qt::ISODate))
                .toUtf8());
    f.close();
    QCOMPARE(cli(t.location(), {"import", "receipts", f.fileName()}).code, 0);
    const QString month = day.toString(QStringLiteral("yyyy-MM"));

    const Run csv = cli(t.location(), {"--user", "campaign", "report", "settlement", "--month", month}, "campaign-demo\n");
    QVERIFY2(csv.code == 0, qPrintable(csv.err));
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst(), QStringLiteral("month,partner,name,issued,clawed_back,paid_at_till,redeemed_units,redeemed_points,"
                                                "cancelled_units,cancelled_points,net_points,point_value_fen,owed_yuan,owed_by"));
    QCOMPARE(lines.size(), 4); // auto4s, eyewear, hometex
    // the partners by the names the demo gave them
    QVERIFY2(lines.contains(QStringLiteral("%1,eyewear,明视眼镜,150,0,0,0,0,0,0,150,1,1.50,partner").arg(month)), qPrintable(csv.out));
    QVERIFY2(lines.contains(QStringLiteral("%1,hometex,温馨家纺,0,0,0,0,0,0,0,0,1,0.00,").arg(month)), qPrintable(csv.out));

    // the PDF from the program itself (the in-process runner has no PDF writer)
    const QString pdf = m_dir.filePath("settlement.pdf");
    QProcess program;
    program.start(QStringLiteral(PD_CLI_PATH), {"--db", t.location(), "report", "settlement", "--month", month, "--pdf", pdf});
    QVERIFY(program.waitForFinished(60000));
    QVERIFY2(program.exitCode() == 0, program.readAllStandardError().constData());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QCOMPARE(test::pdfPageCount(bytes), qsizetype(3)); // a page per partner
    const Run one = cli(t.location(), {"report", "settlement", "--month", month, "--partner", "eyewear"});
    QCOMPARE(one.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 2);

    // bad input: a clear refusal, nothing written
    const Run unknown = cli(t.location(), {"report", "settlement", "--month", month, "--partner", "florist"});
    QCOMPARE(unknown.code, 1);
    QVERIFY2(unknown.err.contains("florist"), qPrintable(unknown.err));
    QVERIFY(unknown.out.isEmpty());
    QCOMPARE(cli(t.location(), {"report", "settlement", "--month", "2027-13"}).code, 1);
    QCOMPARE(cli(t.location(), {"report", "settlement"}).code, 2);
    QCOMPARE(cli(t.location(), {"--user", "cashier", "report", "settlement", "--month", month}, "cashier-demo\n").code, 1);
}

void TestCliReport::scenariosFromTheCommandLine()
{
    PD_FRESH_DB(t);
    QCOMPARE(cli(t.location(), {"demo", "--members", "3"}).code, 0);
    test::staffChoseTheirPasswords(t.db());

    const Run added = cli(t.location(), {"scenario", "add", "partner:florist", "--name", QStringLiteral("花语花店"), "--rate", "150"});
    QVERIFY2(added.code == 0, qPrintable(added.err));
    QVERIFY2(added.out.contains(QStringLiteral("花语花店 (partner:florist) added: 150 points per ¥100.")), qPrintable(added.out));
    QCOMPARE(test::countRows(t.db(), "audit_log", "action = 'rules.scenario'"), 1);

    const Run renamed = cli(t.location(), {"scenario", "rename", "dining", "--name", QStringLiteral("餐饮, 外卖")});
    QVERIFY2(renamed.code == 0, qPrintable(renamed.err));

    const Run list = cli(t.location(), {"scenario", "list"});
    QVERIFY2(list.code == 0, qPrintable(list.err));
    const QStringList lines = list.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst(), QStringLiteral("code,name,rate_per_100,stores"));
    QCOMPARE(lines.at(1), QStringLiteral("supermarket,Supermarket,100,"));
    QVERIFY2(lines.contains(QStringLiteral("dining,\"餐饮, 外卖\",100,")), qPrintable(list.out)); // quoted: a comma in the name
    QVERIFY2(lines.contains(QStringLiteral("partner:eyewear,明视眼镜,100,EYE01")), qPrintable(list.out));
    QVERIFY2(lines.contains(QStringLiteral("partner:florist,花语花店,150,")), qPrintable(list.out));

    // refusals: a code in use, no name, a cashier; nothing added
    const Run twice = cli(t.location(), {"scenario", "add", "partner:florist", "--name", QStringLiteral("另一家")});
    QCOMPARE(twice.code, 1);
    QVERIFY2(twice.err.contains("partner:florist"), qPrintable(twice.err));
    QCOMPARE(cli(t.location(), {"scenario", "add", "spa"}).code, 2); // usage: --name is needed
    const Run cashier = cli(t.location(), {"--user", "cashier", "scenario", "add", "spa", "--name", QStringLiteral("美容")}, "cashier-demo\n");
    QCOMPARE(cashier.code, 1);
    QVERIFY2(cashier.err.contains("may not do this"), qPrintable(cashier.err));
    QCOMPARE(test::countRows(t.db(), "earning_rates", "code = 'spa'"), 0);
    QCOMPARE(test::countRows(t.db(), "audit_log", "action = 'rules.scenario'"), 1);
}

PD_DATABASE_TEST_MAIN(TestCliReport)
#include "tst_clireport.moc"

// The compliance officer's command line (DESIGN §9, §12): personal-data requests, the checks,
// expiry reminders and the programme rules, on SQLite and PostgreSQL.
#include "clirun.h"
#include "core/db/sql.h"
#include "core/io/privatefile.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace pd;
using test::Run;

class TestCliCompliance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void personalDataFromTheCommandLine();
    void checksFromTheCommandLine();
    void remindersFromTheCommandLine();
    void programmeRulesFromTheCommandLine();

private:
    Run cli(const QString &location, const QStringList &args, const QByteArray &stdinText = {})
    {
        return test::runCli(location, args, stdinText);
    }
    QTemporaryDir m_dir;
};

void TestCliCompliance::initTestCase()
{
    // as the program does first thing: the files made here are their owner's alone
    keepNewFilesPrivate();
}

void TestCliCompliance::personalDataFromTheCommandLine()
{
    PD_FRESH_DB(t);
    QCOMPARE(cli(t.location(), {"demo", "--members", "5"}).code, 0);
    test::staffChoseTheirPasswords(t.db()); // as each person does at their first login
    const QByteArray officer = "compliance-demo\n";
    const auto asOfficer = [&](QStringList args) { return cli(t.location(), QStringList{"--user", "compliance"} + args, officer); };
    const auto nameOf = [&](const char *card) {
        return sql::scalar(t.db().connection(), "SELECT name FROM members WHERE card_no = ?", {QString::fromLatin1(card)})->toString();
    };

    const Run logged = asOfficer({"member", "request", "8000000002", "erasure", "--by", "representative"});
    QVERIFY2(logged.code == 0 && logged.out.contains("logged"), qPrintable(logged.out + logged.err));
    const Run future = asOfficer({"member", "request", "8000000003", "copy", "--received", "2099-01-01"});
    QCOMPARE(future.code, 1);
    QVERIFY2(future.err.contains("still to come"), qPrintable(future.err));
    QCOMPARE(asOfficer({"member", "request", "8000000003", "photocopy"}).code, 2);
    QCOMPARE(test::countRows(t.db(), "personal_data_requests"), 1);

    // a copy: the file is the member's data, readable by its owner only
    const QString path = m_dir.filePath("8000000001.json");
    const Run exported = asOfficer({"member", "export", "8000000001", "--json", path});
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    QFile copy(path);
    QCOMPARE(copy.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QVERIFY(copy.readAll().contains(nameOf("8000000001").toUtf8()));
    QCOMPARE(asOfficer({"member", "export", "8000000001"}).code, 2);

    // erasure: a named officer with a reason, once
    const QString before = nameOf("8000000002");
    const Run bySystem = cli(t.location(), {"member", "erase", "8000000002", "--reason", "会员注销"});
    QCOMPARE(bySystem.code, 1);
    QVERIFY2(bySystem.err.contains("--user"), qPrintable(bySystem.err));
    const Run noReason = asOfficer({"member", "erase", "8000000002"});
    QCOMPARE(noReason.code, 1);
    QVERIFY2(noReason.err.contains("reason"), qPrintable(noReason.err));
    QCOMPARE(nameOf("8000000002"), before);
    const Run erased = asOfficer({"member", "erase", "8000000002", "--reason", "会员注销"});
    QVERIFY2(erased.code == 0, qPrintable(erased.err));
    QCOMPARE(nameOf("8000000002"), QString());
    const Run twice = asOfficer({"member", "erase", "8000000002", "--reason", "会员注销"});
    QCOMPARE(twice.code, 1);
    QVERIFY2(twice.err.contains("already erased"), qPrintable(twice.err));

    // a refusal with its reason, then the log as CSV
    const Run another = asOfficer({"member", "request", "8000000004", "copy"});
    QVERIFY(another.code == 0);
    const QString id = another.out.section(' ', 1, 1);
    QCOMPARE(asOfficer({"member", "refuse", id}).code, 1); // no reason
    QVERIFY2(asOfficer({"member", "refuse", id, "--reason", "无法核实身份"}).code == 0, "refuse");
    const Run log = asOfficer({"member", "requests"});
    QCOMPARE(log.code, 0);
    const QStringList lines = log.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // the header, the erasure, the export's own record and the refusal
    QCOMPARE(lines.at(0), QStringLiteral("id,card_no,kind,requester,received_on,status,handled_on,handled_by,note"));
    QVERIFY2(log.out.contains(",8000000002,erasure,representative,") && log.out.contains(",done,") && log.out.contains("会员注销"),
             qPrintable(log.out));
    QVERIFY2(log.out.contains(",8000000004,copy,member,") && log.out.contains(",refused,") && log.out.contains("无法核实身份"), qPrintable(log.out));
    QCOMPARE(cli(t.location(), {"--user", "cashier", "member", "requests"}, "cashier-demo\n").code, 1);
    QVERIFY2(cli(t.location(), {"verify"}).code == 0, "verify");
}


void TestCliCompliance::checksFromTheCommandLine()
{
    PD_FRESH_DB(t);
    QCOMPARE(cli(t.location(), {"demo", "--members", "5"}).code, 0);
    test::staffChoseTheirPasswords(t.db()); // as each person does at their first login
    const QByteArray officer = "compliance-demo\n";
    const Run first = cli(t.location(), {"--user", "compliance", "checks"}, officer);
    QVERIFY2(first.out.startsWith("severity,code,subject,message,fix\r\n"), qPrintable(first.out));
    QVERIFY2(!first.out.contains("error,"), qPrintable(first.out));
    QCOMPARE(first.code, 0); // warnings alone
    const QDate longAgo = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date().addDays(-20);
    QCOMPARE(cli(t.location(), {"--user", "compliance", "member", "request", "8000000001", "copy", "--received", longAgo.toString(Qt::ISODate)},
                 officer).code,
             0);
    const Run late = cli(t.location(), {"--user", "compliance", "checks"}, officer);
    QCOMPARE(late.code, 4);
    QVERIFY2(late.out.section(QStringLiteral("\r\n"), 1, 1).startsWith("error,data_request.overdue,8000000001,"), qPrintable(late.out));
    QVERIFY2(late.err.contains("1 of them errors"), qPrintable(late.err));
    // the daily close runs them too
    const Run close = cli(t.location(), {"close-day", "--out", m_dir.filePath("heads.txt")});
    QVERIFY2(close.code == 0 && close.out.contains("Compliance checks: ") && close.out.contains("1 of them errors"),
             qPrintable(close.out + close.err));
    const Run cashier = cli(t.location(), {"--user", "cashier", "checks"}, "cashier-demo\n");
    QCOMPARE(cashier.code, 1);
    QVERIFY2(cashier.out.isEmpty(), qPrintable(cashier.out));
}


void TestCliCompliance::remindersFromTheCommandLine()
{
    PD_FRESH_DB(t);
    QCOMPARE(cli(t.location(), {"demo", "--members", "5"}).code, 0);
    test::staffChoseTheirPasswords(t.db()); // as each person does at their first login
    t.exec("INSERT INTO settings (key, value) VALUES ('points.expiry_policy', 'rolling 1') "
           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    t.exec("UPDATE members SET marketing_consent = 1, mobile = '13800000001' WHERE card_no = '8000000001'");
    t.exec("UPDATE members SET marketing_consent = 0 WHERE card_no = '8000000002'");
    // points earned five days ago end at the start of the month after next: remind ten days before
    const QDate earned = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date().addDays(-5);
    const QDate ends = QDate(earned.year(), earned.month(), 1).addMonths(2);
    const QString asOf = ends.addDays(-10).toString(Qt::ISODate);
    QFile receipts(m_dir.filePath("r.csv"));
    QVERIFY(receipts.open(QIODevice::WriteOnly));
    receipts.write(QStringLiteral("receipt_no,store,card_no,time,scenario,amount,green_amount,points_used\n"
                                  "X1,NY01,8000000001,%1T10:00:00,supermarket,120.00,,\n"
                                  "X2,NY01,8000000002,%1T11:00:00,supermarket,80.00,,\n").arg(earned.toString(Qt::ISODate)).toUtf8());
    receipts.close();
    QCOMPARE(cli(t.location(), {"import", "receipts", receipts.fileName()}).code, 0);

    const QByteArray officer = "compliance-demo\n";
    const QString sms = m_dir.filePath("sms.csv");
    const Run run = cli(t.location(), {"--user", "compliance", "reminders", "--as-of", asOf, "--out", sms}, officer);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains("2 members newly reminded, 1 of them by SMS"), qPrintable(run.out));
    QFile file(sms);
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    file.close();
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("13800000001,8000000001,")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(ends.addDays(-1).toString(Qt::ISODate)), qPrintable(lines.at(1)));

    const Run again = cli(t.location(), {"--user", "compliance", "reminders", "--as-of", asOf, "--out", sms}, officer);
    QVERIFY2(again.code == 0 && again.out.contains("0 members newly reminded"), qPrintable(again.out + again.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts), lines); // the day's file, whole again
    QCOMPARE(cli(t.location(), {"--user", "compliance", "reminders"}, officer).code, 2);
    QCOMPARE(cli(t.location(), {"--user", "cashier", "reminders", "--as-of", asOf}, "cashier-demo\n").code, 1);
    QCOMPARE(test::countRows(t.db(), "expiry_reminders"), 2);
}


void TestCliCompliance::programmeRulesFromTheCommandLine()
{
    PD_FRESH_DB(t);
    QCOMPARE(cli(t.location(), {"demo", "--members", "3"}).code, 0);
    test::staffChoseTheirPasswords(t.db()); // as each person does at their first login
    const QByteArray officer = "compliance-demo\n";
    const auto as = [&](const QStringList &args) { return cli(t.location(), QStringList{"--user", "compliance", "disclosure"} + args, officer); };
    // the demo published version 1 as its compliance officer
    const Run versions = as({"versions"});
    QCOMPARE(versions.code, 0);
    QVERIFY2(versions.out.startsWith("version,created_at,created_by,published_on,published_by,effective_from\r\n1,"), qPrintable(versions.out));
    const Run shown = as({"show", "--version", "1"});
    QCOMPARE(shown.code, 0);
    QVERIFY2(shown.out.contains("Version 1, in force from") && shown.out.contains("Earning points") && shown.out.contains("LENS"),
             qPrintable(shown.out.left(400)));
    // a lower fuel rate: the live rules differ, a new version is saved, its notice is 30 days
    QCOMPARE(cli(t.location(), {"--user", "compliance", "checks"}, officer).out.contains("published_rules.outdated"), false);
    t.exec("UPDATE earning_rates SET rate_per_100 = 40 WHERE code = 'fuel'");
    QVERIFY(cli(t.location(), {"--user", "compliance", "checks"}, officer).out.contains("warning,published_rules.outdated,rules,"));
    const Run diff = as({"diff", "1"});
    QCOMPARE(diff.code, 0);
    QVERIFY2(diff.out.contains("1 changes") && diff.out.contains("- ") && diff.out.contains("+ ") && diff.out.contains("goes down from 50 to 40"),
             qPrintable(diff.out));
    const Run generated = as({"generate"});
    QVERIFY2(generated.code == 0 && generated.out.contains("Version 2"), qPrintable(generated.out + generated.err));
    QCOMPARE(as({"generate"}).code, 1); // nothing changed since version 2
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date();
    const Run early = as({"publish", "--effective", today.addDays(29).toString(Qt::ISODate)});
    QCOMPARE(early.code, 1);
    QVERIFY2(early.err.contains(today.addDays(30).toString(Qt::ISODate)), qPrintable(early.err));
    QCOMPARE(as({"publish", "--effective", "2020-01-01"}).code, 1);
    const Run published = as({"publish", "--version", "2", "--effective", today.addDays(30).toString(Qt::ISODate)});
    QVERIFY2(published.code == 0, qPrintable(published.err));
    // HTML in English and in Chinese; the cashier may not; a section's text; bad input
    const QString html = m_dir.filePath("rules.html");
    QCOMPARE(as({"show", "--version", "2", "--lang", "zh", "--html", html}).code, 0);
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(file.readAll());
    QVERIFY2(page.contains(QStringLiteral("积分规则")) && page.contains(QStringLiteral("第 2 版")), qPrintable(page.left(400)));
    QCOMPARE(cli(t.location(), {"--user", "cashier", "disclosure", "show"}, "cashier-demo\n").code, 1);
    QCOMPARE(as({"note", "nosuch", "x"}).code, 1);
    QCOMPARE(as({"note", "catalog", QStringLiteral("以门店实物为准")}).code, 0);
    QVERIFY(as({"show"}).out.contains(QStringLiteral("以门店实物为准")));
    QCOMPARE(as({"show", "--lang", "fr"}).code, 2);
    QCOMPARE(as({"frobnicate"}).code, 2);
    QCOMPARE(as({"show", "--pdf", m_dir.filePath("x.pdf")}).code, 1); // no PDF writer in this process
    // the program itself writes the PDF
    QProcess p;
    p.start(QStringLiteral(PD_CLI_PATH), {"--db", t.location(), "disclosure", "show", "--version", "2", "--pdf", m_dir.filePath("rules.pdf")});
    QVERIFY(p.waitForFinished(180000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QFile pdf(m_dir.filePath("rules.pdf"));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.readAll().startsWith("%PDF-"));
}

PD_DATABASE_TEST_MAIN(TestCliCompliance)
#include "tst_clicompliance.moc"

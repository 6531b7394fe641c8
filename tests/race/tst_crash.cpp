// Killed in the middle of an import (SIGKILL, at random moments): the database opens,
// verify passes, every batch the program reported committed is there, and running the
// import again finishes it with no duplicates — ending with the balances of a clean run.
// POINTSDESK_CRASH_CYCLES sets the number of kills (CI: 50), POINTSDESK_SEED the moments.
#include "core/db/sql.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace pd;

namespace {
constexpr int kMembers = 50;
constexpr int kReceiptsPerFile = 120;

struct Run
{
    int code = -1;
    QString out, err;
    bool killed = false;
};
} // namespace

class TestCrash : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { PD_REQUIRE_BACKEND(); }
    void killedImportsLoseNothingAndInventNothing();

private:
    Run cli(const QStringList &args);
    // Starts an import and kills it after it reported `batches` committed batches (0: at a
    // random moment in its first 30 ms), wherever in the next batch it is then.
    Run killedImport(const QStringList &args, int batches, int earlyMs);
    QString writeFile(int k);
    QTemporaryDir m_dir;
};

namespace {
void startCli(QProcess &p, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PD_CLI_PATH), args);
}
} // namespace

Run TestCrash::cli(const QStringList &args)
{
    QProcess p;
    startCli(p, args);
    Run r;
    p.waitForFinished(120000);
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run TestCrash::killedImport(const QStringList &args, int batches, int earlyMs)
{
    QProcess p;
    startCli(p, args);
    Run r;
    if (batches == 0) {
        if (!p.waitForFinished(earlyMs)) {
            p.kill(); // SIGKILL: no destructor, no rollback, no flush
            r.killed = true;
        }
    } else {
        // timing-free: kill right after the program said it committed the Nth batch
        while (r.err.count(QStringLiteral("committed: ")) < batches && p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(1000);
            r.err += QString::fromUtf8(p.readAllStandardError());
        }
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            r.killed = true;
        }
    }
    p.waitForFinished(120000);
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err += QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TestCrash::writeFile(int k)
{
    const QString name = m_dir.filePath(QStringLiteral("receipts-%1.csv").arg(k));
    QFile f(name);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("receipt_no,store,card_no,time,scenario,amount,green_amount,points_used\n");
    for (int i = 0; i < kReceiptsPerFile; ++i)
        f.write(QStringLiteral("C%1-%2,NY01,%3,2026-11-01T%4:%5:00,supermarket,%6.%7,,\n")
                    .arg(k).arg(i)
                    .arg(8000000001LL + (k * 7 + i) % kMembers)
                    .arg(8 + k % 12, 2, 10, QLatin1Char('0'))
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .arg(5 + (k * 31 + i * 17) % 400)
                    .arg((i * 13) % 100, 2, 10, QLatin1Char('0'))
                    .toUtf8());
    return name;
}

void TestCrash::killedImportsLoseNothingAndInventNothing()
{
    const int cycles = qEnvironmentVariableIntValue("POINTSDESK_CRASH_CYCLES") > 0 ? qEnvironmentVariableIntValue("POINTSDESK_CRASH_CYCLES") : 50;
    const quint32 seed = qEnvironmentVariableIsSet("POINTSDESK_SEED") ? quint32(qEnvironmentVariableIntValue("POINTSDESK_SEED"))
                                                                      : QRandomGenerator::global()->generate();
    qInfo("seed %u (POINTSDESK_SEED=%u repeats these kill moments)", seed, seed);
    QRandomGenerator random(seed);
    PD_FRESH_DB(t);
    const QString db = t.location();
    const QString reference = m_dir.filePath(QStringLiteral("reference.sqlite"));
    for (const QString &target : {db, reference})
        QCOMPARE(cli({"--db", target, "demo", "--members", QString::number(kMembers)}).code, 0);

    int killed = 0, batchesSeen = 0;
    for (int k = 0; k < cycles; ++k) {
        const QString file = writeFile(k);
        QVERIFY(cli({"--db", reference, "import", "receipts", file}).code == 0);
        // a quarter of the kills before any batch is committed, the rest after 1 to 20 of 24
        const int batches = random.bounded(4) == 0 ? 0 : 1 + int(random.bounded(20));
        const Run run = killedImport({"--db", db, "import", "receipts", file, "--batch", "5", "--verbose"}, batches, int(random.bounded(30)));
        killed += run.killed ? 1 : 0;
        // what the program said it committed before it died
        qint64 committed = 0;
        const auto lines = QRegularExpression(QStringLiteral("committed: (\\d+) rows")).globalMatch(run.err);
        for (auto it = lines; it.hasNext();)
            committed = std::max(committed, it.next().captured(1).toLongLong());
        batchesSeen += run.killed && committed > 0 ? 1 : 0;

        const Run verify = cli({"--db", db, "verify"});
        QVERIFY2(verify.code == 0, qPrintable(QStringLiteral("cycle %1: %2 %3").arg(k).arg(verify.out, verify.err)));
        for (qint64 i = 0; i < committed; ++i) {
            const qint64 found = test::countRows(t.db(), QStringLiteral("receipts"),
                                                 QStringLiteral("receipt_no = 'C%1-%2'").arg(k).arg(i));
            QVERIFY2(found == 1, qPrintable(QStringLiteral("cycle %1: receipt %2 was reported committed but is missing").arg(k).arg(i)));
        }
        const Run again = cli({"--db", db, "import", "receipts", file, "--batch", "5"});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QCOMPARE(test::countRows(t.db(), QStringLiteral("receipts"), QStringLiteral("receipt_no LIKE 'C%1-%'").arg(k)),
                 qint64(kReceiptsPerFile));
    }
    qInfo("%d imports killed with SIGKILL (%d after at least one committed batch); nothing lost, nothing duplicated", killed, batchesSeen);
    QVERIFY2(killed >= cycles * 3 / 4, "most imports finished before the kill: the test did not test crashes");
    QVERIFY2(batchesSeen >= cycles / 4, "few kills came after a committed batch");
    // the same balances as a clean run of the same files, to the point
    const Run mine = cli({"--db", db, "balances"}), clean = cli({"--db", reference, "balances"});
    QCOMPARE(mine.code, 0);
    QCOMPARE(mine.out, clean.out);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"

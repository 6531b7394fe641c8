// Killed in the middle of an import, or of a mixed workload of receipts, returns,
// redemptions, cancellations and adjustments (SIGKILL, at random moments): the database
// opens, verify passes, everything the program reported committed is there, and running it
// again finishes with no duplicates — ending with the balances of a clean run.
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

int crashCycles()
{
    const int asked = qEnvironmentVariableIntValue("POINTSDESK_CRASH_CYCLES");
    return asked > 0 ? asked : 50;
}

quint32 announcedSeed()
{
    const quint32 seed = qEnvironmentVariableIsSet("POINTSDESK_SEED") ? quint32(qEnvironmentVariableIntValue("POINTSDESK_SEED"))
                                                                      : QRandomGenerator::global()->generate();
    qInfo("seed %u (POINTSDESK_SEED=%u repeats this run's workloads and kill moments)", seed, seed);
    return seed;
}

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
    void killedImportsLoseNothingAndInventNothing();
    void killedMixedWorkloadsLoseNothingAndInventNothing();

private:
    Run cli(const QStringList &args);
    Run workload(const QStringList &args);
    // Starts a program and kills it after it reported `reports` commits (a line holding
    // `marker`; 0: at a random moment in its first 30 ms), wherever in the next one it is then.
    Run killedAfter(const QString &program, const QStringList &args, const QString &marker, int reports, int earlyMs);
    QString writeFile(int k);
    bool makeDemos(const QString &db, const QString &reference);
    QTemporaryDir m_dir;
};

namespace {
void start(QProcess &p, const QString &program, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(program, args);
}

Run finish(QProcess &p, Run r = {})
{
    p.waitForFinished(120000);
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err += QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

Run TestCrash::cli(const QStringList &args)
{
    QProcess p;
    start(p, QStringLiteral(PD_CLI_PATH), args);
    return finish(p);
}

Run TestCrash::workload(const QStringList &args)
{
    QProcess p;
    start(p, QStringLiteral(PD_CRASH_WORKLOAD_PATH), args);
    return finish(p);
}

Run TestCrash::killedAfter(const QString &program, const QStringList &args, const QString &marker, int reports, int earlyMs)
{
    QProcess p;
    start(p, program, args);
    Run r;
    if (reports == 0) {
        if (!p.waitForFinished(earlyMs)) {
            p.kill(); // SIGKILL: no destructor, no rollback, no flush
            r.killed = true;
        }
    } else {
        // timing-free: kill right after the program said it committed the Nth batch
        p.setReadChannel(QProcess::StandardError); // where the reports come; waitForReadyRead waits on this channel
        while (r.err.count(marker) < reports && p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(1000);
            r.err += QString::fromUtf8(p.readAllStandardError());
        }
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            r.killed = true;
        }
    }
    return finish(p, r);
}

bool TestCrash::makeDemos(const QString &db, const QString &reference)
{
    for (const QString &target : {db, reference}) {
        if (cli({"--db", target, "demo", "--members", QString::number(kMembers)}).code != 0)
            return false;
    }
    return true;
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
    const int cycles = crashCycles();
    QRandomGenerator random(announcedSeed());
    PD_FRESH_DB(t);
    const QString db = t.location();
    const QString reference = m_dir.filePath(QStringLiteral("reference.sqlite"));
    QVERIFY(makeDemos(db, reference));

    int killed = 0, batchesSeen = 0;
    for (int k = 0; k < cycles; ++k) {
        const QString file = writeFile(k);
        QVERIFY(cli({"--db", reference, "import", "receipts", file}).code == 0);
        // a quarter of the kills before any batch is committed, the rest after 1 to 20 of 24
        const int batches = random.bounded(4) == 0 ? 0 : 1 + int(random.bounded(20));
        const Run run = killedAfter(QStringLiteral(PD_CLI_PATH), {"--db", db, "import", "receipts", file, "--batch", "5", "--verbose"},
                                    QStringLiteral("committed: "), batches, int(random.bounded(30)));
        killed += run.killed ? 1 : 0;
        // what the program said it committed before it died
        qint64 committed = 0;
        const auto lines = QRegularExpression(QStringLiteral("committed: (\\d+) rows")).globalMatch(run.err);
        for (auto it = lines; it.hasNext();)
            committed = std::max(committed, it.next().captured(1).toLongLong());
        batchesSeen += run.killed && committed > 0 ? 1 : 0;

        const Run verify = cli({"--db", db, "verify", "--full"});
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

void TestCrash::killedMixedWorkloadsLoseNothingAndInventNothing()
{
    const int cycles = crashCycles();
    QRandomGenerator random(announcedSeed());
    PD_FRESH_DB(t);
    const QString db = t.location();
    const QString reference = m_dir.filePath(QStringLiteral("mixed-reference.sqlite"));
    QVERIFY(makeDemos(db, reference));
    // where each kind of operation leaves its key
    const QHash<QString, QString> recordOf{{"receipt", "receipts WHERE receipt_no = ?"},
                                           {"return", "returns WHERE return_no = ?"},
                                           {"redeem", "redemptions WHERE redemption_no = ?"},
                                           {"cancel", "redemption_cancellations WHERE reason = ?"},
                                           {"adjust", "adjustments WHERE reason = ?"}};
    const QRegularExpression doneLine(QStringLiteral("^done: \\d+ (\\w+) (.+)$"), QRegularExpression::MultilineOption);
    constexpr int kOps = 60;
    int killed = 0, afterCommits = 0;
    QHash<QString, int> kinds;
    for (int k = 0; k < cycles; ++k) {
        const QStringList args{QStringLiteral("c%1").arg(k), QString::number(random.generate()), QString::number(kOps), QString::number(kMembers)};
        const Run clean = workload(QStringList{reference} + args + QStringList{QStringLiteral("0")});
        QVERIFY2(clean.code == 0, qPrintable(clean.err));
        QVERIFY2(!clean.err.contains(QLatin1String("[Database]")) && !clean.err.contains(QLatin1String("[Contention]")), qPrintable(clean.err));
        // a quarter in the first 30 ms; the rest after 1 to 30 commits, leaving half the work to be killed in
        const int reports = random.bounded(4) == 0 ? 0 : 1 + int(random.bounded(kOps / 2));
        const Run run = killedAfter(QStringLiteral(PD_CRASH_WORKLOAD_PATH), QStringList{db} + args + QStringList{QStringLiteral("0")},
                                    QStringLiteral("done: "), reports,
                                    int(random.bounded(30)));
        killed += run.killed ? 1 : 0;
        int reported = 0;
        for (auto it = doneLine.globalMatch(run.err); it.hasNext();) {
            const auto m = it.next();
            ++reported;
            ++kinds[m.captured(1)];
            const qint64 found = sql::scalar(t.db().connection(), QStringLiteral("SELECT COUNT(*) FROM ") + recordOf.value(m.captured(1)),
                                             {m.captured(2)})
                                     ->toLongLong();
            QVERIFY2(found == 1, qPrintable(QStringLiteral("cycle %1: %2 %3 was reported done but found %4 times")
                                                .arg(k).arg(m.captured(1), m.captured(2)).arg(found)));
        }
        afterCommits += run.killed && reported > 0 ? 1 : 0;
        const Run verify = cli({"--db", db, "verify", "--full"});
        QVERIFY2(verify.code == 0, qPrintable(QStringLiteral("cycle %1: %2 %3").arg(k).arg(verify.out, verify.err)));
        // resumed after the last operation it reported; the one in flight may have committed
        const QStringList reportedLines = run.err.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^(done|refused): ")));
        const qsizetype from = reportedLines.size();
        QCOMPARE(reportedLines, clean.err.split(QLatin1Char('\n')).mid(0, from)); // the same operations, the same answers
        const Run again = workload(QStringList{db} + args + QStringList{QString::number(from)});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        // the rest ends as the clean run did: the same operations made, the same refusals
        QCOMPARE(again.err.split(QLatin1Char('\n')), clean.err.split(QLatin1Char('\n')).mid(from));
    }
    qInfo("%d mixed workloads killed with SIGKILL (%d after at least one commit); operations reported: %d receipts, %d returns, "
          "%d redemptions, %d cancellations, %d adjustments; nothing lost, nothing duplicated",
          killed, afterCommits, kinds.value("receipt"), kinds.value("return"), kinds.value("redeem"), kinds.value("cancel"), kinds.value("adjust"));
    QVERIFY2(killed >= cycles * 3 / 4, "most workloads finished before the kill: the test did not test crashes");
    QVERIFY2(afterCommits >= cycles / 4, "few kills came after a commit");
    for (const char *table : {"receipts", "returns", "redemptions", "redemption_cancellations", "adjustments", "ledger_entries"}) {
        auto other = Database::open(reference, test::uniqueConnectionName());
        QVERIFY(other.ok());
        QCOMPARE(test::countRows(t.db(), QLatin1String(table)), test::countRows(*other.value(), QLatin1String(table)));
    }
    const Run mine = cli({"--db", db, "balances"}), clean = cli({"--db", reference, "balances"});
    QCOMPARE(mine.code, 0);
    QCOMPARE(mine.out, clean.out);
    QVERIFY(cli({"--db", db, "verify", "--full"}).code == 0);
}

PD_DATABASE_TEST_MAIN(TestCrash)
#include "tst_crash.moc"

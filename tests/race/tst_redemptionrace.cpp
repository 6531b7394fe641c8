// Desks racing for the last unit (DESIGN §7): eight processes of pointsdesk-cli redeem the
// same item, whose stock is one, round after round, on SQLite and on PostgreSQL. Exactly one
// wins each round; the others are told it is out of stock (never "database is locked"); the
// balances match the entries. The same rounds run with a deliberately unguarded desk must
// oversell, which shows the test can fail.
#include "core/campaigns/campaignservice.h"
#include "core/catalog/catalogservice.h"
#include "core/members/memberservice.h"
#include "core/db/sql.h"
#include "core/pointsmath.h"
#include "core/demo/demodata.h"
#include "core/integrity/invariants.h"
#include "core/receipts/receiptservice.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace pd;

namespace {
constexpr int kDesks = 8;
constexpr qint64 kPrice = 100;

QString card(int desk) { return QStringLiteral("80000000%1").arg(desk + 1, 2, 10, QLatin1Char('0')); }
QString itemCode(int round) { return QStringLiteral("RACE%1").arg(round, 3, 10, QLatin1Char('0')); }

struct RoundResult
{
    QList<int> winners;  // desks whose process exited 0
    QStringList refusals; // what the others printed
};
} // namespace

class TestRedemptionRace : public QObject
{
    Q_OBJECT
private slots:
    void guardedRedemptionNeverOversells();
    void unguardedDeskOversells();
    void eightDesksImportTheSameReceipts();
    void oneBalanceCoversOneRedemption();
    void eightWritersKeepOneAuditChain();
    void eightDesksSpendACampaignBudgetExactly();
    void eightDesksCheckOneMemberInOnce();
    void eightDesksHandOneMemberItsPrizeOnce();

private:
    bool prepare(test::TestDatabase &t, int rounds);
    RoundResult race(const QString &location, int round, bool guarded);
    // Starts the same command on every desk at once; the exit codes and what they printed.
    QList<QPair<int, QString>> together(const QList<QStringList> &commands);
    FixedClock m_clock{QDateTime::currentDateTimeUtc()};
};

bool TestRedemptionRace::prepare(test::TestDatabase &t, int rounds)
{
    const Session admin = Session::system(QStringLiteral("race"));
    DemoOptions o;
    o.members = kDesks;
    if (!DemoData(t.db(), m_clock, PasswordHasher(PasswordHasher::fastForTests())).create(admin, o).ok())
        return false;
    t.exec(QStringLiteral("UPDATE members SET credit = 'normal'")); // everyone pays the list price
    for (int d = 0; d < kDesks; ++d) {
        ReceiptInput in{QStringLiteral("NY01"), QStringLiteral("START%1").arg(d), card(d), m_clock.nowUtc().addSecs(-3600),
                        QStringLiteral("supermarket"), 10'000'000, 0, 0}; // ¥100,000: enough for every round
        if (!ReceiptService(t.db(), m_clock).post(admin, in).ok())
            return false;
    }
    CatalogService catalog(t.db(), m_clock);
    for (int r = 0; r < rounds; ++r) {
        CatalogItem i;
        i.code = itemCode(r);
        i.name = QStringLiteral("最后一件 %1").arg(r);
        i.pointsPrice = kPrice;
        i.stock = 1;
        i.status = ItemStatus::Active;
        if (!catalog.create(admin, i).ok())
            return false;
    }
    return true;
}

RoundResult TestRedemptionRace::race(const QString &location, int round, bool guarded)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    std::vector<std::unique_ptr<QProcess>> desks;
    for (int d = 0; d < kDesks; ++d) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env);
        const QString number = QStringLiteral("R%1-%2").arg(round).arg(d);
        if (guarded)
            p->start(QStringLiteral(PD_CLI_PATH), {QStringLiteral("--db"), location, QStringLiteral("redeem"), card(d), itemCode(round),
                                                   QStringLiteral("--number"), number, QStringLiteral("--store"), QStringLiteral("NY01")});
        else
            p->start(QStringLiteral(PD_UNGUARDED_DESK_PATH), {location, card(d), itemCode(round), number});
        desks.push_back(std::move(p));
    }
    RoundResult result;
    for (int d = 0; d < kDesks; ++d) {
        QProcess &p = *desks[d];
        if (!p.waitForFinished(60000)) {
            result.refusals << QStringLiteral("desk %1 did not finish").arg(d);
            continue;
        }
        if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            result.winners << d;
        else
            result.refusals << QString::fromUtf8(p.readAllStandardError()).trimmed();
    }
    return result;
}

void TestRedemptionRace::guardedRedemptionNeverOversells()
{
    const int rounds = qEnvironmentVariableIntValue("POINTSDESK_RACE_ROUNDS") > 0 ? qEnvironmentVariableIntValue("POINTSDESK_RACE_ROUNDS") : 100;
    PD_FRESH_DB(t);
    QVERIFY(prepare(t, rounds));
    const auto balanceOf = [&](int desk) {
        return sql::scalar(t.db().connection(), QStringLiteral("SELECT balance FROM members WHERE card_no = ?"), {card(desk)}).value().toLongLong();
    };
    QList<qint64> start;
    for (int d = 0; d < kDesks; ++d)
        start << balanceOf(d);
    QList<int> wins(kDesks, 0);
    for (int r = 0; r < rounds; ++r) {
        const RoundResult result = race(t.location(), r, true);
        QVERIFY2(result.winners.size() == 1, qPrintable(QStringLiteral("round %1: %2 winners; %3").arg(r).arg(result.winners.size())
                                                            .arg(result.refusals.join(QStringLiteral(" | ")))));
        ++wins[result.winners.constFirst()];
        QCOMPARE(result.refusals.size(), kDesks - 1);
        for (const QString &refusal : result.refusals) {
            QVERIFY2(refusal.contains(QStringLiteral("out of stock")), qPrintable(QStringLiteral("round %1: %2").arg(r).arg(refusal)));
            QVERIFY2(!refusal.contains(QStringLiteral("locked"), Qt::CaseInsensitive), qPrintable(refusal));
        }
    }
    qInfo("%d rounds of %d desks: %d redemptions, 0 oversold", rounds, kDesks, int(std::accumulate(wins.begin(), wins.end(), 0)));
    QCOMPARE(test::countRows(t.db(), QStringLiteral("redemptions")), qint64(rounds));
    QCOMPARE(test::countRows(t.db(), QStringLiteral("catalog_items"), QStringLiteral("code LIKE 'RACE%' AND stock <> 0")), qint64(0));
    for (int d = 0; d < kDesks; ++d)
        QCOMPARE(balanceOf(d), start.at(d) - kPrice * wins.at(d));
    auto invariants = checkLedgerInvariants(t.db());
    QVERIFY(invariants.ok());
    QVERIFY2(invariants->ok(), qPrintable(invariants->problems.join(QLatin1Char('\n'))));
}

void TestRedemptionRace::unguardedDeskOversells()
{
    constexpr int kMaxRounds = 30;
    PD_FRESH_DB(t);
    QVERIFY(prepare(t, kMaxRounds));
    int oversold = 0, rounds = 0;
    while (rounds < kMaxRounds && oversold == 0) {
        const RoundResult result = race(t.location(), rounds++, false);
        if (result.winners.size() > 1)
            oversold += int(result.winners.size()) - 1;
    }
    qInfo("the unguarded desk oversold %d units within %d rounds", oversold, rounds);
    QVERIFY2(oversold > 0, "the read-then-write desk never oversold: the race test could not catch a broken guard");
    // and verify sees it
    auto invariants = checkLedgerInvariants(t.db());
    QVERIFY(invariants.ok());
    QVERIFY2(invariants->problems.join(QLatin1Char('\n')).contains(QStringLiteral("item RACE")), qPrintable(invariants->problems.join(QLatin1Char('\n'))));
}

QList<QPair<int, QString>> TestRedemptionRace::together(const QList<QStringList> &commands)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    std::vector<std::unique_ptr<QProcess>> desks;
    for (const QStringList &args : commands) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(PD_CLI_PATH), args);
        desks.push_back(std::move(p));
    }
    QList<QPair<int, QString>> results;
    for (auto &p : desks) {
        p->waitForFinished(120000);
        results << qMakePair(p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1,
                             QString::fromUtf8(p->readAllStandardOutput() + p->readAllStandardError()));
    }
    return results;
}

// Two (here eight) desks posting the same receipt numbers at once: each receipt once.
void TestRedemptionRace::eightDesksImportTheSameReceipts()
{
    PD_FRESH_DB(t);
    QVERIFY(prepare(t, 0));
    QTemporaryDir dir;
    QFile file(dir.filePath("same.csv"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("receipt_no,store,card_no,time,scenario,amount,green_amount,points_used\n");
    for (int i = 0; i < 200; ++i)
        file.write(QStringLiteral("SAME%1,NY01,%2,2026-11-01T10:00:00,supermarket,%3.00,,\n").arg(i).arg(card(i % kDesks)).arg(10 + i).toUtf8());
    file.close();
    const qint64 receiptsBefore = test::countRows(t.db(), QStringLiteral("receipts"));
    QList<QStringList> commands;
    for (int d = 0; d < kDesks; ++d)
        commands << QStringList{QStringLiteral("--db"), t.location(), QStringLiteral("import"), QStringLiteral("receipts"), file.fileName()};
    qint64 added = 0;
    for (const auto &[code, output] : together(commands)) {
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY2(!output.contains(QStringLiteral("locked"), Qt::CaseInsensitive), qPrintable(output));
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral(": (\\d+) added")).match(output);
        QVERIFY2(m.hasMatch(), qPrintable(output));
        added += m.captured(1).toLongLong();
    }
    QCOMPARE(added, 200);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("receipts")), receiptsBefore + 200);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("ledger_entries"), QStringLiteral("reference LIKE 'receipt:NY01/SAME%' AND kind = 'earn'")),
             qint64(200));
    auto invariants = checkLedgerInvariants(t.db());
    QVERIFY2(invariants->ok(), qPrintable(invariants->problems.join(QLatin1Char('\n'))));
}

// Eight desks redeem for one member whose points cover exactly one redemption.
void TestRedemptionRace::oneBalanceCoversOneRedemption()
{
    PD_FRESH_DB(t);
    QVERIFY(prepare(t, 0));
    CatalogItem item;
    item.code = QStringLiteral("EXACT");
    item.name = QStringLiteral("正好一件");
    item.stock = 100;
    item.status = ItemStatus::Active;
    const qint64 balance = sql::scalar(t.db().connection(), QStringLiteral("SELECT balance FROM members WHERE card_no = ?"), {card(0)}).value().toLongLong();
    item.pointsPrice = balance;
    QVERIFY(CatalogService(t.db(), m_clock).create(Session::system(QStringLiteral("race")), item).ok());
    QList<QStringList> commands;
    for (int d = 0; d < kDesks; ++d)
        commands << QStringList{QStringLiteral("--db"), t.location(), QStringLiteral("redeem"), card(0), QStringLiteral("EXACT"),
                                QStringLiteral("--number"), QStringLiteral("X%1").arg(d), QStringLiteral("--store"), QStringLiteral("NY01")};
    int winners = 0;
    for (const auto &[code, output] : together(commands)) {
        if (code == 0) {
            ++winners;
            continue;
        }
        QCOMPARE(code, 1);
        QVERIFY2(output.contains(QStringLiteral("needs %1 points; the member has 0").arg(points::displayPoints(balance))), qPrintable(output));
    }
    QCOMPARE(winners, 1);
    QCOMPARE(sql::scalar(t.db().connection(), QStringLiteral("SELECT balance FROM members WHERE card_no = ?"), {card(0)}).value().toLongLong(), 0);
    QCOMPARE(sql::scalar(t.db().connection(), QStringLiteral("SELECT stock FROM catalog_items WHERE code = 'EXACT'")).value().toLongLong(), 99);
    auto invariants = checkLedgerInvariants(t.db());
    QVERIFY2(invariants->ok(), qPrintable(invariants->problems.join(QLatin1Char('\n'))));
}

// Eight desks at once, each running a different kind of write in each round (receipts and
// members imported, redemptions, exports, then every desk cancelling one of its redemptions):
// every operation leaves exactly one audit record, and the chain of those records is whole —
// no fork, no gap, no record hashed over the wrong predecessor.
void TestRedemptionRace::eightWritersKeepOneAuditChain()
{
    constexpr int kRounds = 6;
    PD_FRESH_DB(t);
    test::VerifiedAtEnd verified(&t.db());
    QVERIFY(prepare(t, 0));
    CatalogItem gift;
    gift.code = QStringLiteral("MANY");
    gift.name = QStringLiteral("纸巾");
    gift.stock = 10000;
    gift.pointsPrice = 50;
    gift.status = ItemStatus::Active;
    QVERIFY(CatalogService(t.db(), m_clock).create(Session::system(QStringLiteral("race")), gift).ok());
    QTemporaryDir dir;
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return QString();
        return f.fileName();
    };
    const QStringList db{QStringLiteral("--db"), t.location()};
    const qint64 firstSeq = sql::scalar(t.db().connection(), QStringLiteral("SELECT MAX(seq) FROM audit_log"))->toLongLong();
    qint64 operations = 0;
    QStringList redeemed;
    for (int r = 0; r < kRounds; ++r) {
        QList<QStringList> commands;
        for (int d = 0; d < kDesks; ++d) {
            switch ((d + r) % 4) {
            case 0: {
                QByteArray csv = "receipt_no,store,card_no,time,scenario,amount,green_amount,points_used\n";
                for (int i = 0; i < 5; ++i)
                    csv += QStringLiteral("W%1-%2-%3,NY01,%4,2026-11-01T10:00:00,supermarket,%5.00,,\n").arg(r).arg(d).arg(i).arg(card(d)).arg(20 + i).toUtf8();
                const QString file = write(QStringLiteral("receipts-%1-%2.csv").arg(r).arg(d), csv);
                QVERIFY(!file.isEmpty());
                commands << db + QStringList{QStringLiteral("import"), QStringLiteral("receipts"), file};
                break;
            }
            case 1: {
                const QString number = QStringLiteral("A%1-%2").arg(r).arg(d);
                redeemed << number;
                commands << db + QStringList{QStringLiteral("redeem"), card(d), QStringLiteral("MANY"), QStringLiteral("--qty"), QStringLiteral("2"),
                                             QStringLiteral("--number"), number, QStringLiteral("--store"), QStringLiteral("NY01")};
                break;
            }
            case 2:
                commands << db + QStringList{QStringLiteral("export"), QStringLiteral("members"), QStringLiteral("--out"),
                                             dir.filePath(QStringLiteral("members-%1-%2.csv").arg(r).arg(d))};
                break;
            default: {
                const QByteArray csv = QStringLiteral("card_no,name,mobile,joined_on,store,credit\n81%1%2,新会员,139%1%2,2026-11-01,NY01,\n")
                                           .arg(r, 4, 10, QLatin1Char('0'))
                                           .arg(d, 4, 10, QLatin1Char('0'))
                                           .toUtf8();
                const QString file = write(QStringLiteral("members-in-%1-%2.csv").arg(r).arg(d), csv);
                QVERIFY(!file.isEmpty());
                commands << db + QStringList{QStringLiteral("import"), QStringLiteral("members"), file};
                break;
            }
            }
        }
        for (const auto &[code, output] : together(commands)) {
            QVERIFY2(code == 0, qPrintable(QStringLiteral("round %1: %2").arg(r).arg(output)));
            QVERIFY2(!output.contains(QStringLiteral("rejected"), Qt::CaseInsensitive) || output.contains(QStringLiteral("0 rejected")),
                     qPrintable(output));
        }
        operations += commands.size();
    }
    // then every desk cancels one unit of a redemption at once
    QList<QStringList> cancels;
    for (int d = 0; d < kDesks; ++d)
        cancels << db + QStringList{QStringLiteral("cancel-redemption"), redeemed.at(d), QStringLiteral("--qty"), QStringLiteral("1"),
                                    QStringLiteral("--reason"), QStringLiteral("破损")};
    for (const auto &[code, output] : together(cancels))
        QVERIFY2(code == 0, qPrintable(output));
    operations += cancels.size();

    // one record per operation, numbered without a gap, in one chain that verify accepts
    QCOMPARE(sql::scalar(t.db().connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE seq > ?"), {firstSeq})->toLongLong(), operations);
    QCOMPARE(sql::scalar(t.db().connection(), QStringLiteral("SELECT MAX(seq) FROM audit_log"))->toLongLong(), firstSeq + operations);
    QCOMPARE(sql::scalar(t.db().connection(), QStringLiteral("SELECT COUNT(DISTINCT prev_hash) FROM audit_log"))->toLongLong(),
             test::countRows(t.db(), QStringLiteral("audit_log")));
    const auto results = together({db + QStringList{QStringLiteral("verify")}});
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.first().first == 0 && results.first().second.contains(QStringLiteral("audit trail: intact")), qPrintable(results.first().second));
    qInfo("%lld operations by %d desks at once: %lld audit records in one chain", operations, kDesks, operations);
}

// Eight desks import receipts at once against a campaign whose budget is far below what they
// would earn (DESIGN §8): the campaign awards its budget exactly, never a point more; and a new
// member's first receipt, posted by all eight at once, pays the first-purchase bonus once.
void TestRedemptionRace::eightDesksSpendACampaignBudgetExactly()
{
    PD_FRESH_DB(t);
    QVERIFY(prepare(t, 0));
    QVERIFY(test::approveCampaigns(t.db(), m_clock, R"([
        {"code":"RACE-X2","name":"抢预算","type":"multiplier","from":"2020-01-01","to":"2099-12-31","terms":"双倍。","percent":200,"budget_points":1000},
        {"code":"RACE-FIRST","name":"首单","type":"first_purchase","from":"2020-01-01","to":"2099-12-31","terms":"首单送50。","points":50}])").ok());
    MemberInput fresh;
    fresh.cardNo = QStringLiteral("9000000001");
    fresh.name = QStringLiteral("新会员");
    fresh.mobile = QStringLiteral("13900000001");
    fresh.storeCode = QStringLiteral("NY01");
    fresh.joinedOn = QDate(2026, 10, 1);
    PD_OK(MemberService(t.db(), m_clock).registerMember(Session::system(QStringLiteral("race")), fresh));

    QTemporaryDir dir;
    QList<QStringList> commands;
    for (int d = 0; d < kDesks; ++d) {
        QFile file(dir.filePath(QStringLiteral("desk%1.csv").arg(d)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("receipt_no,store,card_no,time,scenario,amount,green_amount,points_used\n");
        file.write(QStringLiteral("FIRST-%1,NY01,9000000001,2026-11-01T09:00:00,supermarket,60.00,,\n").arg(d).toUtf8());
        for (int i = 0; i < 40; ++i)
            file.write(QStringLiteral("B%1-%2,NY01,%3,2026-11-01T10:00:00,supermarket,10.00,,\n").arg(d).arg(i).arg(card(d)).toUtf8());
        file.close();
        commands << QStringList{QStringLiteral("--db"), t.location(), QStringLiteral("import"), QStringLiteral("receipts"), file.fileName()};
    }
    for (const auto &[code, output] : together(commands)) {
        QVERIFY2(code == 0 && !output.contains(QStringLiteral("locked"), Qt::CaseInsensitive), qPrintable(output));
    }
    QCOMPARE(test::countRows(t.db(), QStringLiteral("receipts"), QStringLiteral("receipt_no LIKE 'B%'")), qint64(kDesks * 40));
    const auto number = [&](const QString &query) { return sql::scalar(t.db().connection(), query).value().toLongLong(); };
    QCOMPARE(number(QStringLiteral("SELECT awarded_points FROM campaigns WHERE code = 'RACE-X2'")), 1000);
    QCOMPARE(number(QStringLiteral("SELECT SUM(a.points) FROM campaign_awards a JOIN campaigns c ON c.id = a.campaign_id WHERE c.code = 'RACE-X2'")),
             1000);
    // the new member's first receipt is one of eight, and only it paid the bonus
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'bonus'")), 1);
    QCOMPARE(number(QStringLiteral("SELECT SUM(bonus_points) FROM receipts")), 50);
    auto invariants = checkLedgerInvariants(t.db());
    QVERIFY2(invariants->ok(), qPrintable(invariants->problems.join(QLatin1Char('\n'))));
}

// One member at eight desks at once (a queue of phones at the door): one check-in, paid once.
void TestRedemptionRace::eightDesksCheckOneMemberInOnce()
{
    PD_FRESH_DB(t);
    QVERIFY(prepare(t, 0));
    QVERIFY(test::approveCampaigns(t.db(), m_clock, R"({"code":"RACE-SIGN","name":"签到","type":"checkin","from":"2020-01-01","to":"2099-12-31",
        "terms":"每日签到。","daily_points":5,"streak_bonus":{"1":7}})").ok());
    const qint64 before = sql::scalar(t.db().connection(), QStringLiteral("SELECT balance FROM members WHERE card_no = ?"), {card(0)}).value().toLongLong();
    QList<QStringList> commands;
    for (int d = 0; d < kDesks; ++d)
        commands << QStringList{QStringLiteral("--db"), t.location(), QStringLiteral("checkin"), card(0), QStringLiteral("--store"), QStringLiteral("NY01")};
    int paid = 0;
    for (const auto &[code, output] : together(commands)) {
        QVERIFY2(code == 0 && !output.contains(QStringLiteral("locked"), Qt::CaseInsensitive), qPrintable(output));
        paid += output.contains(QStringLiteral("Checked in for")) ? 1 : 0; // the others: "Already checked in"
    }
    QCOMPARE(paid, 1);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("checkins")), qint64(1));
    QCOMPARE(sql::scalar(t.db().connection(), QStringLiteral("SELECT balance FROM members WHERE card_no = ?"), {card(0)}).value().toLongLong(), before + 12);
    auto invariants = checkLedgerInvariants(t.db());
    QVERIFY2(invariants->ok(), qPrintable(invariants->problems.join(QLatin1Char('\n'))));
}

// A completed badge collection's prize asked for at eight desks at once: handed over once.
void TestRedemptionRace::eightDesksHandOneMemberItsPrizeOnce()
{
    PD_FRESH_DB(t);
    QVERIFY(prepare(t, 1)); // RACE000: one unit, the prize
    QVERIFY(test::approveCampaigns(t.db(), m_clock, R"({"code":"RACE-BADGE","name":"勋章","type":"badges","from":"2020-01-01","to":"2099-12-31",
        "terms":"集齐有奖。","badges":[{"code":"V1","name":"到店","rule":"visits","count":1}],"reward_item":"RACE000"})").ok());
    ReceiptInput in{QStringLiteral("NY01"), QStringLiteral("BADGE1"), card(0), m_clock.nowUtc().addSecs(-60), QStringLiteral("supermarket"), 1000, 0, 0};
    QVERIFY(ReceiptService(t.db(), m_clock).post(Session::system(QStringLiteral("race")), in).ok());
    QCOMPARE(test::countRows(t.db(), QStringLiteral("badge_completions")), qint64(1));
    QList<QStringList> commands;
    for (int d = 0; d < kDesks; ++d)
        commands << QStringList{QStringLiteral("--db"), t.location(), QStringLiteral("collect-prize"), card(0), QStringLiteral("RACE-BADGE")};
    int handed = 0;
    for (const auto &[code, output] : together(commands)) {
        QVERIFY2(!output.contains(QStringLiteral("locked"), Qt::CaseInsensitive), qPrintable(output));
        handed += code == 0 ? 1 : 0;
        QVERIFY2(code == 0 || output.contains(QStringLiteral("already collected")), qPrintable(output));
    }
    QCOMPARE(handed, 1);
    QCOMPARE(sql::scalar(t.db().connection(), QStringLiteral("SELECT stock FROM catalog_items WHERE code = 'RACE000'")).value().toLongLong(), 0);
    auto invariants = checkLedgerInvariants(t.db());
    QVERIFY2(invariants->ok(), qPrintable(invariants->problems.join(QLatin1Char('\n'))));
}

PD_DATABASE_TEST_MAIN(TestRedemptionRace)
#include "tst_redemptionrace.moc"

// Desks racing for the last unit (DESIGN §7): eight processes of pointsdesk-cli redeem the
// same item, whose stock is one, round after round, on SQLite and on PostgreSQL. Exactly one
// wins each round; the others are told it is out of stock (never "database is locked"); the
// balances match the entries. The same rounds run with a deliberately unguarded desk must
// oversell, which shows the test can fail.
#include "core/catalog/catalogservice.h"
#include "core/db/sql.h"
#include "core/demo/demodata.h"
#include "core/ledger/invariants.h"
#include "core/ledger/receiptservice.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QProcess>

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
    void initTestCase() { PD_REQUIRE_BACKEND(); }
    void guardedRedemptionNeverOversells();
    void unguardedDeskOversells();

private:
    bool prepare(test::TestDatabase &t, int rounds);
    RoundResult race(const QString &location, int round, bool guarded);
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

QTEST_GUILESS_MAIN(TestRedemptionRace)
#include "tst_redemptionrace.moc"

// The programme's figures (issue 17, DESIGN §10): the rollups the operations keep by day,
// store and kind (and by scenario for earning, by item for redemptions), the liability by the
// store where points were earned, and the dashboard read from them — checked against direct
// counts over the ledger and the lots.
#include "core/adjustments/adjustmentservice.h"
#include "core/db/transaction.h"
#include "core/insights/dashboardtables.h"
#include "core/jobs/batchjobs.h"
#include "core/ledger/dailymix.h"
#include "core/ledger/dailypoints.h"
#include "core/ledger/entrykind.h"
#include "core/ledger/liability.h"
#include "core/ledger/memberrollups.h"
#include "core/rules/programmerules.h"
#include "core/stores/storeservice.h"
#include "redemptionfixture.h"

#include <QRandomGenerator>

using namespace pd;
using namespace pd::test;

class TestInsights : public QObject
{
    Q_OBJECT
private slots:
    void liabilityStaysWithTheStoreOfEarning_data();
    void liabilityStaysWithTheStoreOfEarning();
    void randomWorkloadKeepsEveryFigureEqualToTheLedger();
    void granularityFollowsTheLengthOfThePeriod_data();
    void granularityFollowsTheLengthOfThePeriod();
    void kpisCountMembersAndRates();
    void aStoreFilterNarrowsEveryFigure();
    void anEditedLiabilityIsNamedByVerify();
    void anEditedEarningOrRedemptionRollupIsNamedByVerify();
    void figuresNeedTheRightAndAValidRange();
    void migrationBuildsTheRollupsForExistingData();
};

namespace {

qint64 storeId(LedgerWorld &w, const QString &code) { return StoreService::storeId(w.t.db(), code).value(); }

// Σ per store of what the rollup says, of what the lots hold, and Σ balance + debt: one number
// each way, or a description of how they differ.
QString liabilityMismatch(LedgerWorld &w)
{
    auto stored = liability::storedByStore(w.t.db());
    auto open = liability::openLotsByStore(w.t.db());
    if (!stored || !open)
        return QStringLiteral("read failed");
    if (stored.value() != open.value())
        return QStringLiteral("rollup %1 vs lots %2").arg(QString::fromUtf8(QTest::toString(stored->values())), QString::fromUtf8(QTest::toString(open->values())));
    qint64 sum = 0;
    for (qint64 p : open.value())
        sum += p;
    auto owed = sql::scalar(w.t.db().connection(), "SELECT COALESCE(SUM(balance + debt), 0) FROM members");
    if (owed.value().toLongLong() != sum)
        return QStringLiteral("lots %1 vs balances and debts %2").arg(sum).arg(owed.value().toLongLong());
    return QString();
}

// The flows of a period counted straight from the ledger entries (not from the rollup).
PeriodFigures directFlows(LedgerWorld &w, const QDate &first, const QDate &last, std::optional<qint64> store)
{
    PeriodFigures f{first, last};
    auto rows = sql::run(w.t.db().connection(), "SELECT business_time, store_id, kind, delta FROM ledger_entries");
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        const QDate day = QDate::fromString(dailypoints::dayOf(fromStoredTime(q.value(0).toString())), Qt::ISODate);
        if (day < first || day > last || (store && (q.value(1).isNull() || q.value(1).toLongLong() != *store)))
            continue;
        const QString kind = q.value(2).toString();
        const qint64 delta = q.value(3).toLongLong();
        if (kind == QLatin1String("expire"))
            f.expired -= delta;
        else if (kind == QLatin1String("clawback"))
            f.clawedBack -= delta;
        else if (kind == QLatin1String("refund"))
            f.used -= delta;
        else if (kind == QLatin1String("adjust"))
            f.issued += std::max<qint64>(delta, 0);
        else if (delta > 0)
            f.issued += delta;
        else
            f.used -= delta;
        if (kind == QLatin1String("green"))
            f.green += delta;
    }
    return f;
}

QString shareText(const QList<DashboardShare> &shares)
{
    QStringList parts;
    for (const DashboardShare &s : shares)
        parts << QStringLiteral("%1=%2/%3").arg(s.code).arg(s.points).arg(s.count);
    parts.sort();
    return parts.join(QLatin1Char(' '));
}

// Earned points per scenario in a period, from the earn entries themselves and the receipt
// each names.
QString directEarning(LedgerWorld &w, const QDate &first, const QDate &last, std::optional<qint64> store)
{
    QMap<QString, QPair<qint64, qint64>> by;
    auto rows = sql::run(w.t.db().connection(),
                         "SELECT e.business_time, e.store_id, r.scenario, e.delta FROM ledger_entries e JOIN stores s ON s.id = e.store_id "
                         "JOIN receipts r ON r.store_id = e.store_id AND 'receipt:' || s.code || '/' || r.receipt_no = e.reference "
                         "WHERE e.kind = 'earn'");
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        const QDate day = QDate::fromString(dailypoints::dayOf(fromStoredTime(q.value(0).toString())), Qt::ISODate);
        if (day < first || day > last || (store && q.value(1).toLongLong() != *store))
            continue;
        by[q.value(2).toString()].first += q.value(3).toLongLong();
        by[q.value(2).toString()].second += 1;
    }
    QList<DashboardShare> shares;
    for (auto it = by.cbegin(); it != by.cend(); ++it)
        shares << DashboardShare{it.key(), {}, it->first, it->second};
    return shareText(shares);
}

// Points and units redeemed per category in a period: the redeem entries and their
// redemptions, less the cancellations made in the period.
QString directRedemptions(LedgerWorld &w, const QDate &first, const QDate &last, std::optional<qint64> store)
{
    QMap<QString, QPair<qint64, qint64>> by;
    const auto add = [&](const char *select, qint64 sign) {
        auto rows = sql::run(w.t.db().connection(), QString::fromLatin1(select));
        while (rows.value().next()) {
            const QSqlQuery &q = rows.value();
            const QDate day = QDate::fromString(dailypoints::dayOf(fromStoredTime(q.value(0).toString())), Qt::ISODate);
            if (day < first || day > last || (store && q.value(1).toLongLong() != *store))
                continue;
            by[q.value(2).toString()].first += sign * q.value(3).toLongLong();
            by[q.value(2).toString()].second += sign * q.value(4).toLongLong();
        }
    };
    add("SELECT e.business_time, r.store_id, i.category, -e.delta, r.quantity FROM ledger_entries e JOIN redemptions r ON r.entry_id = e.id "
        "JOIN catalog_items i ON i.id = r.item_id WHERE e.kind = 'redeem'",
        1);
    add("SELECT c.posted_at, r.store_id, i.category, c.points, c.quantity FROM redemption_cancellations c JOIN redemptions r ON r.id = c.redemption_id "
        "JOIN catalog_items i ON i.id = r.item_id",
        -1);
    QList<DashboardShare> shares;
    for (auto it = by.cbegin(); it != by.cend(); ++it)
        if (it->first != 0 || it->second != 0)
            shares << DashboardShare{it.key(), {}, it->first, it->second};
    return shareText(shares);
}

bool sameFlows(const PeriodFigures &a, const PeriodFigures &b)
{
    return a.issued == b.issued && a.used == b.used && a.expired == b.expired && a.clawedBack == b.clawedBack && a.green == b.green;
}

QString describe(const PeriodFigures &p)
{
    return QStringLiteral("%1..%2 issued %3 used %4 expired %5 clawed %6 green %7")
        .arg(p.first.toString(Qt::ISODate), p.last.toString(Qt::ISODate))
        .arg(p.issued)
        .arg(p.used)
        .arg(p.expired)
        .arg(p.clawedBack)
        .arg(p.green);
}

qint64 sum(const liability::StoreTotals &t)
{
    qint64 s = 0;
    for (qint64 p : t)
        s += p;
    return s;
}

} // namespace

// Each row runs the first `steps` steps of one story; the figures are worked out by hand.
// Member 1 earns ¥300 at NY01 (300 points) on 10 May, then ¥1,000 at the eyewear partner
// EYE01 (at its rate), spends 350 points at EYE01 (first-expiring first, then the older
// lot: all of NY01's 300, then 50 of EYE01's), has that redemption cancelled (the points go
// back to the lots they came from), returns the NY01 goods (the clawback takes NY01's lot
// again), and at the start of 2029 both lots expire.
void TestInsights::liabilityStaysWithTheStoreOfEarning_data()
{
    QTest::addColumn<int>("steps");
    QTest::addColumn<qint64>("ny01");
    QTest::addColumn<qint64>("eye01");
    QTest::newRow("earned at NY01") << 1 << qint64(300) << qint64(0);
    QTest::newRow("and at the partner") << 2 << qint64(300) << qint64(-1); // -1: EYE01's rate decides, read below
    QTest::newRow("spent at the partner: NY01's lot first") << 3 << qint64(0) << qint64(-2);
    QTest::newRow("a cancelled redemption goes back to the lots it came from") << 4 << qint64(300) << qint64(-1);
    QTest::newRow("a return claws back from the open lots") << 5 << qint64(0) << qint64(-1);
    QTest::newRow("expiry empties both stores' lots") << 6 << qint64(0) << qint64(0);
}

void TestInsights::liabilityStaysWithTheStoreOfEarning()
{
    QFETCH(int, steps);
    QFETCH(qint64, ny01);
    QFETCH(qint64, eye01);
    PD_REDEMPTION_WORLD(w, 2);
    const qint64 ny = storeId(w, "NY01"), eye = storeId(w, "EYE01");
    qint64 partnerPoints = 0;
    const QList<std::function<bool()>> story = {
        [&] { return w.receipt("R1", 1, 30000, LedgerWorld::local(2027, 5, 10)).ok(); },
        [&] {
            auto r = w.receipt("E1", 1, 100000, LedgerWorld::local(2027, 5, 12), "partner:eyewear", 0, 0, "EYE01");
            partnerPoints = r ? r->balanceAfter - r->balanceBefore : -1;
            return r.ok() && partnerPoints > 350;
        },
        [&] {
            if (!w.add(RedemptionWorld::item("CLOTH", 350))) {
                qWarning("item not added");
                return false;
            }
            RedemptionInput in = w.input("D1", 1, "CLOTH");
            in.storeCode = QStringLiteral("EYE01");
            auto r = RedemptionService(w.t.db(), w.clock).redeem(w.admin, in);
            if (!r)
                qWarning("%s", qPrintable(r.error().describe()));
            return r.ok();
        },
        [&] { return w.cancel("D1").ok(); },
        [&] { return w.giveBack("RET1", "R1", 30000, w.clock.nowUtc()).ok(); },
        [&] { return BatchJobs(w.t.db(), w.clock).expire(w.admin, QDate(2029, 1, 1)).ok(); },
    };
    for (int i = 0; i < steps; ++i)
        QVERIFY2(story.at(i)(), qPrintable(QStringLiteral("step %1").arg(i + 1)));
    if (eye01 == -1)
        eye01 = partnerPoints;
    else if (eye01 == -2)
        eye01 = partnerPoints - 50;
    auto open = liability::atEndOf(w.t.db(), QDate(2030, 1, 1));
    PD_OK(open);
    QCOMPARE(open->value(ny), ny01);
    QCOMPARE(open->value(eye), eye01);
    QCOMPARE(liabilityMismatch(w), QString());
    QCOMPARE(w.invariantProblems(), QString());
}

void TestInsights::randomWorkloadKeepsEveryFigureEqualToTheLedger()
{
    PD_REDEMPTION_WORLD(w, 8);
    QVERIFY(w.add(RedemptionWorld::item("CUP", 120)));
    CatalogItem mug = RedemptionWorld::item("MUG", 45);
    mug.category = CatalogCategory::GiftBox; // redemptions of two categories
    QVERIFY(w.add(mug));
    const QStringList stores = {"NY01", "NY02", "EYE01", "TEX01"};
    const QStringList scenarios = {"supermarket", "supermarket", "partner:eyewear", "partner:hometex"};
    QRandomGenerator random(20261202);
    QDateTime now = LedgerWorld::local(2027, 1, 4, 10);
    // after each step, the open points per store as the lots hold them, by business day:
    // the liability of a past day is the last of these up to it
    QMap<QDate, liability::StoreTotals> openAtDay;
    QStringList receipts, redemptions;
    int numbers = 0;
    for (int step = 0; step < 90; ++step) {
        now = now.addSecs(qint64(random.bounded(60 * 60 * 24, 60 * 60 * 24 * 17)));
        w.clock.set(now);
        const QString no = QStringLiteral("N%1").arg(++numbers);
        const int member = 1 + int(random.bounded(8));
        const int choice = int(random.bounded(100));
        const int store = int(random.bounded(stores.size()));
        if (choice < 45 || receipts.isEmpty()) {
            const qint64 amount = 1000 + random.bounded(90000);
            const qint64 green = choice % 3 == 0 ? amount / 4 : 0;
            if (w.receipt(no, member, amount, now, scenarios.at(store), green, 0, stores.at(store)).ok())
                receipts << no + QLatin1Char('@') + stores.at(store);
        } else if (choice < 60) {
            const QStringList r = receipts.at(int(random.bounded(receipts.size()))).split(QLatin1Char('@'));
            (void)w.giveBack(no, r.at(0), 500 + random.bounded(20000), now, r.at(1)); // may be refused: beyond the amount
        } else if (choice < 75) {
            RedemptionInput in = w.input(no, member, random.bounded(2) ? "CUP" : "MUG", 1 + int(random.bounded(2)));
            in.storeCode = stores.at(store);
            if (RedemptionService(w.t.db(), w.clock).redeem(w.admin, in).ok())
                redemptions << no;
        } else if (choice < 82 && !redemptions.isEmpty()) {
            (void)w.cancel(redemptions.takeAt(int(random.bounded(redemptions.size()))));
        } else if (choice < 92) {
            (void)AdjustmentService(w.t.db(), w.clock).request(w.admin, LedgerWorld::card(member), random.bounded(2) ? 60 : -40, "goodwill");
        } else {
            PD_OK(BatchJobs(w.t.db(), w.clock).expire(w.admin, now.toTimeZone(programmeTimeZone()).date()));
        }
        QVERIFY2(dailypoints::stored(w.t.db()).value() == dailypoints::recount(w.t.db()).value(), qPrintable(QStringLiteral("step %1").arg(step)));
        QVERIFY2(dailymix::stored(w.t.db()).value() == dailymix::recount(w.t.db()).value(), qPrintable(QStringLiteral("mix, step %1").arg(step)));
        QVERIFY2(liabilityMismatch(w).isEmpty(), qPrintable(QStringLiteral("step %1: %2").arg(step).arg(liabilityMismatch(w))));
        openAtDay[now.toTimeZone(programmeTimeZone()).date()] = liability::openLotsByStore(w.t.db()).value();
    }
    const QDate last = now.toTimeZone(programmeTimeZone()).date();
    QVERIFY(last > QDate(2028, 12, 31)); // the annual expiry of 2027's points happened inside the story

    // every chart, three lengths of period (by day, week, month), all stores and each store
    const QList<QPair<QDate, QDate>> periods = {{QDate(2027, 3, 1), QDate(2027, 3, 25)},
                                                {QDate(2027, 9, 10), QDate(2027, 11, 20)},
                                                {QDate(2027, 1, 1), last}};
    QList<std::optional<qint64>> filters = {std::nullopt};
    for (const QString &code : stores)
        filters << storeId(w, code);
    for (const auto &[from, to] : periods) {
        for (const std::optional<qint64> &store : filters) {
            auto d = insights::dashboard(w.t.db(), w.admin, DashboardQuery{from, to, store});
            PD_OK(d);
            PeriodFigures total{from, to};
            for (const PeriodFigures &p : d->periods) {
                const PeriodFigures direct = directFlows(w, p.first, p.last, store);
                QVERIFY2(sameFlows(p, direct), qPrintable(describe(p) + QStringLiteral(" vs ") + describe(direct)));
                total += p;
            }
            QVERIFY(sameFlows(d->total, directFlows(w, from, to, store)));
            QVERIFY(sameFlows(total, d->total));
            QCOMPARE(d->periods.constFirst().first, from);
            QCOMPARE(d->periods.constLast().last, to);
            for (qsizetype i = 1; i < d->periods.size(); ++i)
                QCOMPARE(d->periods.at(i).first, d->periods.at(i - 1).last.addDays(1));
            // liability at each month's end: what the lots held after the last step up to it
            for (const MonthLiability &m : d->liabilityByMonth) {
                auto before = openAtDay.upperBound(m.day);
                const liability::StoreTotals held = before == openAtDay.cbegin() ? liability::StoreTotals{} : std::prev(before).value();
                const qint64 expected = store ? held.value(*store) : sum(held);
                QVERIFY2(m.points == expected, qPrintable(QStringLiteral("%1: %2 vs %3").arg(m.day.toString(Qt::ISODate)).arg(m.points).arg(expected)));
            }
            QCOMPARE(d->liabilityByMonth.constLast().day, to);
            QCOMPARE(d->liabilityPoints, d->liabilityByMonth.constLast().points);
            qint64 perStore = 0;
            for (const StoreLiability &s : d->liabilityByStore)
                perStore += s.points;
            QCOMPARE(perStore, d->liabilityPoints);
            // what the points were earned on and spent on, with the names shown
            QCOMPARE(shareText(d->earningByScenario), directEarning(w, from, to, store));
            QCOMPARE(shareText(d->redemptionsByCategory), directRedemptions(w, from, to, store));
            for (const DashboardShare &s : d->earningByScenario)
                QVERIFY2(!s.name.isEmpty() && s.name != s.code, qPrintable(s.code));
            for (qsizetype i = 1; i < d->earningByScenario.size(); ++i)
                QVERIFY(d->earningByScenario.at(i - 1).points >= d->earningByScenario.at(i).points); // largest first
        }
    }
    // the story redeemed both categories and earned in every scenario
    auto year = insights::dashboard(w.t.db(), w.admin, DashboardQuery{QDate(2027, 1, 1), last, std::nullopt});
    PD_OK(year);
    QCOMPARE(year->earningByScenario.size(), 3);
    QCOMPARE(year->redemptionsByCategory.size(), 2);
    QCOMPARE(w.invariantProblems(), QString());
}

void TestInsights::granularityFollowsTheLengthOfThePeriod_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("granularity");
    QTest::addColumn<int>("periods");
    QTest::newRow("one day") << QDate(2027, 5, 1) << QDate(2027, 5, 1) << int(Granularity::Day) << 1;
    QTest::newRow("31 days: by day") << QDate(2027, 5, 1) << QDate(2027, 5, 31) << int(Granularity::Day) << 31;
    // Saturday 1 May 2027 to Monday 31 July: the first week is cut to its weekend
    QTest::newRow("32 days: by week") << QDate(2027, 5, 1) << QDate(2027, 6, 1) << int(Granularity::Week) << 6;
    QTest::newRow("92 days: by week") << QDate(2027, 5, 1) << QDate(2027, 7, 31) << int(Granularity::Week) << 14;
    QTest::newRow("93 days: by month") << QDate(2027, 5, 1) << QDate(2027, 8, 1) << int(Granularity::Month) << 4;
    QTest::newRow("a year from mid-month") << QDate(2027, 1, 15) << QDate(2027, 12, 31) << int(Granularity::Month) << 12;
}

void TestInsights::granularityFollowsTheLengthOfThePeriod()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, granularity);
    QFETCH(int, periods);
    PD_REDEMPTION_WORLD(w, 1);
    auto d = insights::dashboard(w.t.db(), w.admin, DashboardQuery{from, to, std::nullopt});
    PD_OK(d);
    QCOMPARE(int(d->granularity), granularity);
    QCOMPARE(d->periods.size(), periods);
    QCOMPARE(d->periods.constFirst().first, from);
    QCOMPARE(d->periods.constLast().last, to);
}

void TestInsights::kpisCountMembersAndRates()
{
    PD_REDEMPTION_WORLD(w, 4);
    // receipts of members 1 and 2 in the 90 days to 1 June (member 2 exactly on the 90th day
    // back, 4 March), member 3's the day before that window
    QVERIFY(w.receipt("K1", 1, 100000, LedgerWorld::local(2027, 5, 20)).ok());
    QVERIFY(w.receipt("K2", 2, 20000, LedgerWorld::local(2027, 3, 4, 0)).ok());
    QVERIFY(w.receipt("K3", 3, 20000, LedgerWorld::local(2027, 3, 3, 23)).ok());
    QVERIFY(w.add(RedemptionWorld::item("CUP", 250)));
    QVERIFY(w.redeem("D1", 1, "CUP").ok());
    auto d = insights::dashboard(w.t.db(), w.admin, DashboardQuery{QDate(2027, 3, 1), QDate(2027, 6, 1), std::nullopt});
    PD_OK(d);
    QCOMPARE(d->activeMembers, qint64(2));
    QCOMPARE(d->total.issued, qint64(1000 + 200 + 200));
    QCOMPARE(d->total.used, qint64(250));
    QCOMPARE(d->redemptionPermille, std::optional<qint64>(179)); // 250 ÷ 1,400 = 0.1786
    QCOMPARE(d->breakagePermille, std::optional<qint64>(0));
    QCOMPARE(d->liabilityPoints, qint64(1400 - 250));
    auto rules = ProgrammeRules::load(w.t.db());
    QCOMPARE(d->liabilityFen, qint64(1150) * rules->pointValueFen);
    qint64 members = 0;
    for (const TierCount &t : d->tiers)
        members += t.members;
    QCOMPARE(members, qint64(4));
    // the demo members joined before the period; one joining in it counts
    QCOMPARE(d->newMembers, qint64(0));
    w.t.exec("UPDATE members SET joined_on = '2027-04-02' WHERE card_no = '8000000004'");
    QCOMPARE(insights::dashboard(w.t.db(), w.admin, DashboardQuery{QDate(2027, 3, 1), QDate(2027, 6, 1), std::nullopt})->newMembers, qint64(1));
    // nothing issued: no rate, not a division by zero
    auto empty = insights::dashboard(w.t.db(), w.admin, DashboardQuery{QDate(2026, 1, 1), QDate(2026, 1, 31), std::nullopt});
    PD_OK(empty);
    QVERIFY(!empty->breakagePermille);
    QVERIFY(!empty->redemptionPermille);
    // the CSV tables carry the same figures
    const QList<QStringList> kpis = insights::table(d.value(), DashboardChart::Kpis);
    QVERIFY(kpis.contains(QStringList{"liability_points", "1150"}));
    QVERIFY(kpis.contains(QStringList{"redemption_percent", "17.9"}));
    QVERIFY(kpis.contains(QStringList{"active_members", "2"}));
}

void TestInsights::aStoreFilterNarrowsEveryFigure()
{
    PD_REDEMPTION_WORLD(w, 3);
    QVERIFY(w.receipt("A1", 1, 50000, LedgerWorld::local(2027, 5, 10)).ok());
    QVERIFY(w.receipt("B1", 2, 80000, LedgerWorld::local(2027, 5, 11), "supermarket", 0, 0, "NY02").ok());
    const DashboardQuery all{QDate(2027, 5, 1), QDate(2027, 5, 31), std::nullopt};
    const DashboardQuery ny02{QDate(2027, 5, 1), QDate(2027, 5, 31), storeId(w, "NY02")};
    auto whole = insights::dashboard(w.t.db(), w.admin, all);
    auto one = insights::dashboard(w.t.db(), w.admin, ny02);
    PD_OK(whole);
    PD_OK(one);
    QCOMPARE(whole->total.issued, qint64(1300));
    QCOMPARE(one->total.issued, qint64(800));
    QCOMPARE(whole->liabilityPoints, qint64(1300));
    QCOMPARE(one->liabilityPoints, qint64(800));
    QCOMPARE(whole->activeMembers, qint64(2));
    QCOMPARE(one->activeMembers, qint64(1));
    QCOMPARE(one->liabilityByStore.size(), 1);
    QCOMPARE(one->liabilityByStore.constFirst().code, QStringLiteral("NY02"));
    QCOMPARE(whole->liabilityByStore.constFirst().code, QStringLiteral("NY02")); // largest first
    const QList<QStringList> stores = insights::table(whole.value(), DashboardChart::LiabilityByStore);
    QCOMPARE(stores.at(0), (QStringList{"store", "name", "points", "yuan"}));
    QCOMPARE(stores.at(1).at(0), QStringLiteral("NY02"));
    QCOMPARE(stores.at(1).at(2), QStringLiteral("800"));
}

void TestInsights::anEditedLiabilityIsNamedByVerify()
{
    PD_REDEMPTION_WORLD(w, 2);
    w.verified.damagedOnPurpose(); // it edits rows directly to see verify name them
    QVERIFY(w.receipt("R1", 1, 30000, LedgerWorld::local(2027, 5, 20)).ok());
    QVERIFY(w.receipt("R2", 2, 30000, LedgerWorld::local(2027, 5, 20), "partner:eyewear", 0, 0, "EYE01").ok());
    QCOMPARE(w.invariantProblems(), QString());
    w.t.exec("UPDATE liability_daily SET delta = delta + 7 WHERE store_id = (SELECT id FROM stores WHERE code = 'EYE01')");
    QVERIFY2(w.invariantProblems().contains("the open points per store differ from the lots: 1 (first: EYE01)"), qPrintable(w.invariantProblems()));
}

void TestInsights::anEditedEarningOrRedemptionRollupIsNamedByVerify()
{
    PD_REDEMPTION_WORLD(w, 2);
    w.verified.damagedOnPurpose(); // it edits rows directly to see verify name them
    QVERIFY(w.receipt("R1", 1, 30000, LedgerWorld::local(2027, 5, 20)).ok());
    QVERIFY(w.add(RedemptionWorld::item("CUP", 100)));
    QVERIFY(w.redeem("D1", 1, "CUP").ok());
    QCOMPARE(w.invariantProblems(), QString());
    w.t.exec("UPDATE earning_daily SET points = points + 5");
    QVERIFY2(w.invariantProblems().contains("the earning by scenario differs from the receipts: 1 (first: 2027-05-20 NY01 supermarket)"),
             qPrintable(w.invariantProblems()));
    w.t.exec("UPDATE earning_daily SET points = points - 5");
    w.t.exec("DELETE FROM redemptions_daily");
    QVERIFY2(w.invariantProblems().contains("the redemptions by item differ from the redemptions: 1"), qPrintable(w.invariantProblems()));
}

void TestInsights::figuresNeedTheRightAndAValidRange()
{
    PD_REDEMPTION_WORLD(w, 1);
    auto cashier = insights::dashboard(w.t.db(), sessionFor(Role::Cashier), DashboardQuery{QDate(2027, 1, 1), QDate(2027, 1, 31), std::nullopt});
    QVERIFY(!cashier.ok());
    QCOMPARE(cashier.error().code, ErrorCode::PermissionDenied);
    QVERIFY(insights::dashboard(w.t.db(), sessionFor(Role::CampaignManager), DashboardQuery{QDate(2027, 1, 1), QDate(2027, 1, 31), std::nullopt}).ok());
    auto backwards = insights::dashboard(w.t.db(), w.admin, DashboardQuery{QDate(2027, 2, 1), QDate(2027, 1, 31), std::nullopt});
    QVERIFY(!backwards.ok());
    QCOMPARE(backwards.error().code, ErrorCode::InvalidInput);
}

void TestInsights::migrationBuildsTheRollupsForExistingData()
{
    PD_REDEMPTION_WORLD(w, 3);
    QVERIFY(w.receipt("R1", 1, 30000, LedgerWorld::local(2027, 5, 20)).ok());
    QVERIFY(w.receipt("R2", 2, 90000, LedgerWorld::local(2027, 5, 21), "partner:eyewear", 0, 0, "EYE01").ok());
    QVERIFY(w.add(RedemptionWorld::item("CUP", 400)));
    QVERIFY(w.redeem("D1", 2, "CUP", 2).ok());
    QVERIFY(w.cancel("D1", 1).ok());
    QVERIFY(w.giveBack("RET", "R1", 10000, w.clock.nowUtc()).ok());
    PD_OK(BatchJobs(w.t.db(), w.clock).expire(w.admin, QDate(2029, 1, 1)));
    w.clock.set(LedgerWorld::local(2029, 2, 2));
    QVERIFY(w.receipt("R3", 3, 20000, LedgerWorld::local(2029, 2, 1), "supermarket", 0, 0, "NY02").ok());
    const auto daily = dailypoints::stored(w.t.db()).value();
    const DailyMix mix = dailymix::stored(w.t.db()).value();
    QCOMPARE(mix.earning.size(), 3); // R1, R2 and R3: three days, stores or scenarios
    QCOMPARE(mix.redemptions.size(), 1); // D1 and its cancellation of one: the same day and store
    QCOMPARE(mix.redemptions.first(), (DailyTotal{400, 0, 1}));
    const auto byStore = liability::storedByStore(w.t.db()).value();
    const MemberRollups memberFigures = memberrollups::stored(w.t.db()).value();
    // three members' first receipts: each starts and ends 90 days of activity at any store and at its own
    QCOMPARE(memberFigures.activeChanges.size(), 12);
    QCOMPARE(memberFigures.activeChanges.value({QStringLiteral("2027-08-18"), 0}), qint64(-1)); // R1's 90th day was 17 August
    const QList<qint64> monthEnds = liability::atEndOfDays(w.t.db(), {QDate(2027, 5, 31), QDate(2028, 12, 31), QDate(2029, 2, 28)}).value();
    // as migration 17 does it, from the ledger and the lots alone
    w.t.exec("DELETE FROM points_daily");
    w.t.exec("DELETE FROM liability_daily");
    w.t.exec("DELETE FROM earning_daily");
    w.t.exec("DELETE FROM redemptions_daily");
    w.t.exec("DELETE FROM active_daily");
    w.t.exec("DELETE FROM members_by_tier");
    {
        WriteTransaction tx(w.t.db());
        PD_OK(tx.begin());
        PD_OK(dailypoints::rebuild(w.t.db()));
        PD_OK(liability::rebuild(w.t.db()));
        PD_OK(dailymix::rebuild(w.t.db()));
        PD_OK(memberrollups::rebuild(w.t.db()));
        PD_OK(tx.commit());
    }
    QVERIFY(memberrollups::stored(w.t.db()).value() == memberFigures);
    QVERIFY(dailymix::stored(w.t.db()).value() == mix);
    QVERIFY(dailypoints::stored(w.t.db()).value() == daily);
    QCOMPARE(liability::storedByStore(w.t.db()).value(), byStore);
    QCOMPARE(liability::atEndOfDays(w.t.db(), {QDate(2027, 5, 31), QDate(2028, 12, 31), QDate(2029, 2, 28)}).value(), monthEnds);
    QCOMPARE(monthEnds.at(2), qint64(200)); // only R3's points are left
    QCOMPARE(w.invariantProblems(), QString());
}

PD_DATABASE_TEST_MAIN(TestInsights)
#include "tst_insights.moc"

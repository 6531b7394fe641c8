#include "core/catalog/catalogitem.h"
#include "core/stores/storeservice.h"
#include "core/members/member.h"
#include "core/clock.h"
#include "core/io/timeparse.h"
#include "core/ledger/dailypoints.h"
#include "core/pointsmath.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pd;

class TestPointsMath : public QObject
{
    Q_OBJECT
private slots:
    void trailingNewlinesAreRefused();
    void earned_data();
    void earned();
    void noOverflowAtTheLimits();
    void green_data();
    void green();
    void partialReturnsAddUpExactly();
    void deduction_data();
    void deduction();
    void yuan_data();
    void yuan();
    void expiry_data();
    void expiry();
    void businessTime_data();
    void businessTime();
    void storedTimeIsQtsPattern();
    void dayOfIsTheProgrammesDate();
};

void TestPointsMath::earned_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("tier");
    QTest::addColumn<int>("credit");
    QTest::addColumn<int>("campaign");
    QTest::addColumn<qint64>("points");
    // the seeds' worked example: ¥800 of glasses at the eyewear partner earn 800 points
    QTest::newRow("glasses ¥800") << qint64(80000) << 100 << 100 << 100 << 100 << qint64(800);
    QTest::newRow("gold good credit ¥368") << qint64(36800) << 100 << 125 << 110 << 100 << qint64(506);
    QTest::newRow("fuel half rate") << qint64(30000) << 50 << 100 << 100 << 100 << qint64(150);
    QTest::newRow("floor, not round") << qint64(199) << 100 << 100 << 100 << 100 << qint64(1);
    QTest::newRow("under a yuan") << qint64(99) << 100 << 100 << 100 << 100 << qint64(0);
    QTest::newRow("double points day") << qint64(12345) << 100 << 100 << 100 << 200 << qint64(246);
    QTest::newRow("platinum good double") << qint64(99999) << 100 << 150 << 110 << 200 << qint64(3299);
    QTest::newRow("silver 110") << qint64(1000) << 100 << 110 << 100 << 100 << qint64(11);
    QTest::newRow("floor of 10.999") << qint64(999) << 100 << 110 << 100 << 100 << qint64(10);
    QTest::newRow("zero") << qint64(0) << 100 << 150 << 110 << 200 << qint64(0);
    QTest::newRow("max receipt") << qint64(100000000) << 100 << 100 << 100 << 100 << qint64(1000000);
}

void TestPointsMath::earned()
{
    QFETCH(qint64, amount);
    QFETCH(int, rate);
    QFETCH(int, tier);
    QFETCH(int, credit);
    QFETCH(int, campaign);
    QFETCH(qint64, points);
    QCOMPARE(points::earned(amount, rate, tier, credit, campaign), points);
}

void TestPointsMath::noOverflowAtTheLimits()
{
    // 10^8 fen × 10^4 × 10^3 × 10^3 × 10^3 = 10^21 does not fit in 64 bits
    QCOMPARE(points::earned(100000000, 10000, 1000, 1000, 1000), qint64(100000000000LL));
    QCOMPARE(points::clawback(4'000'000'000'000LL, 99'999'999, 100'000'000, 0), qint64(3'999'999'960'000LL));
}

void TestPointsMath::green_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<qint64>("points");
    QTest::newRow("¥12.50") << qint64(1250) << qint64(100) << qint64(12);
    QTest::newRow("double green") << qint64(1250) << qint64(200) << qint64(25);
    QTest::newRow("none") << qint64(0) << qint64(100) << qint64(0);
}

void TestPointsMath::green()
{
    QFETCH(qint64, fen);
    QFETCH(qint64, rate);
    QFETCH(qint64, points);
    QCOMPARE(points::green(fen, rate), points);
}

void TestPointsMath::partialReturnsAddUpExactly()
{
    QRandomGenerator rng(7);
    for (int round = 0; round < 5000; ++round) {
        const qint64 amount = 1 + rng.bounded(10'000'000);
        const qint64 earnedPoints = rng.bounded(200'000);
        qint64 returned = 0, clawed = 0;
        while (returned < amount) {
            const qint64 part = std::min<qint64>(amount - returned, 1 + rng.bounded(int(std::min<qint64>(amount, 2'000'000))));
            returned += part;
            const qint64 c = points::clawback(earnedPoints, returned, amount, clawed);
            QVERIFY(c >= 0);
            clawed += c;
        }
        QCOMPARE(clawed, earnedPoints); // returning everything takes back everything, in any steps
    }
    QCOMPARE(points::clawback(800, 40000, 80000, 0), qint64(400));
    QCOMPARE(points::clawback(7, 1, 3, 0), qint64(2));
    QCOMPARE(points::clawback(7, 2, 3, 2), qint64(2));
    QCOMPARE(points::clawback(7, 3, 3, 4), qint64(3));
}

void TestPointsMath::deduction_data()
{
    QTest::addColumn<qint64>("used");
    QTest::addColumn<qint64>("paid");
    QTest::addColumn<qint64>("pointValue");
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<bool>("ok");
    QTest::newRow("none") << qint64(0) << qint64(100) << qint64(1) << qint64(0) << true;
    QTest::newRow("¥5 on ¥5 paid (half of ¥10)") << qint64(500) << qint64(500) << qint64(1) << qint64(1000) << true;
    QTest::newRow("over half") << qint64(600) << qint64(500) << qint64(1) << qint64(1000) << false;
    QTest::newRow("not whole yuan") << qint64(150) << qint64(1000) << qint64(1) << qint64(1000) << false;
    QTest::newRow("over balance") << qint64(200) << qint64(1000) << qint64(1) << qint64(199) << false;
    QTest::newRow("point worth 10 fen") << qint64(10) << qint64(1000) << qint64(10) << qint64(10) << true;
    QTest::newRow("negative") << qint64(-100) << qint64(1000) << qint64(1) << qint64(1000) << false;
}

void TestPointsMath::deduction()
{
    QFETCH(qint64, used);
    QFETCH(qint64, paid);
    QFETCH(qint64, pointValue);
    QFETCH(qint64, balance);
    QFETCH(bool, ok);
    const Status s = points::checkDeduction(used, paid, pointValue, balance);
    QCOMPARE(s.ok(), ok);
    if (!ok)
        QCOMPARE(s.error().field, QStringLiteral("points_used"));
}

void TestPointsMath::yuan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fen"); // -1: refused
    QTest::newRow("whole") << "368" << qint64(36800);
    QTest::newRow("one decimal") << "368.5" << qint64(36850);
    QTest::newRow("two decimals") << "368.05" << qint64(36805);
    QTest::newRow("spaces") << " 12.30 " << qint64(1230);
    QTest::newRow("limit") << "1000000" << qint64(100000000);
    QTest::newRow("over limit") << "1000000.01" << qint64(-1);
    QTest::newRow("three decimals") << "1.234" << qint64(-1);
    QTest::newRow("negative") << "-5" << qint64(-1);
    QTest::newRow("plus") << "+5" << qint64(-1);
    QTest::newRow("exponent") << "1e3" << qint64(-1);
    QTest::newRow("thousands") << "1,000" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("text") << "abc" << qint64(-1);
    QTest::newRow("dot only") << "." << qint64(-1);
    QTest::newRow("fullwidth digits") << QStringLiteral("１２") << qint64(-1);
}

void TestPointsMath::yuan()
{
    QFETCH(QString, text);
    QFETCH(qint64, fen);
    auto r = points::parseYuan(text, QStringLiteral("amount"));
    QCOMPARE(r.ok(), fen >= 0);
    if (r.ok())
        QCOMPARE(r.value(), fen);
    else
        QCOMPARE(r.error().field, QStringLiteral("amount"));
}

void TestPointsMath::expiry_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("earned");  // local programme time
    QTest::addColumn<QString>("expires"); // local programme time, empty: never
    QTest::newRow("annual") << "annual" << "2026-03-01T10:00:00" << "2028-01-01T00:00:00";
    QTest::newRow("annual, last minute of the year") << "annual" << "2026-12-31T23:59:00" << "2028-01-01T00:00:00";
    QTest::newRow("annual, new year local") << "annual" << "2027-01-01T00:30:00" << "2029-01-01T00:00:00";
    QTest::newRow("rolling 6") << "rolling 6" << "2026-03-15T10:00:00" << "2026-10-01T00:00:00";
    QTest::newRow("rolling 12 in December") << "rolling 12" << "2026-12-31T10:00:00" << "2028-01-01T00:00:00";
    QTest::newRow("never") << "never" << "2026-03-15T10:00:00" << "";
}

void TestPointsMath::expiry()
{
    QFETCH(QString, policy);
    QFETCH(QString, earned);
    QFETCH(QString, expires);
    auto p = points::ExpiryPolicy::parse(policy);
    QVERIFY(p.ok());
    QCOMPARE(p->toString(), policy);
    const QDateTime at = parseBusinessTime(earned).value();
    const QDateTime moment = p->expiryFor(at);
    if (expires.isEmpty()) {
        QVERIFY(!moment.isValid());
        return;
    }
    QCOMPARE(moment, parseBusinessTime(expires).value());
    QVERIFY(!points::ExpiryPolicy::parse(QStringLiteral("rolling 0")).ok());
    QVERIFY(!points::ExpiryPolicy::parse(QStringLiteral("sometimes")).ok());
}

void TestPointsMath::businessTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); // empty: refused
    QTest::newRow("local") << "2026-03-01T10:15:00" << "2026-03-01T02:15:00.000Z";
    QTest::newRow("local no seconds") << "2026-03-01T10:15" << "2026-03-01T02:15:00.000Z";
    QTest::newRow("fraction") << "2026-03-01T10:15:00.5" << "2026-03-01T02:15:00.500Z";
    QTest::newRow("utc") << "2026-03-01T10:15:00Z" << "2026-03-01T10:15:00.000Z";
    QTest::newRow("offset") << "2026-03-01T10:15:00+09:00" << "2026-03-01T01:15:00.000Z";
    QTest::newRow("space, as POS and spreadsheets write it") << "2026-03-01 10:15:00" << "2026-03-01T02:15:00.000Z";
    QTest::newRow("two spaces") << "2026-03-01  10:15:00" << "";
    QTest::newRow("date only") << "2026-03-01" << "";
    QTest::newRow("impossible date") << "2026-02-30T10:00:00" << "";
    QTest::newRow("hour 24") << "2026-03-01T24:00:00" << "";
    QTest::newRow("slashes") << "2026/03/01T10:00:00" << "";
    QTest::newRow("garbage") << "yesterday" << "";
}

void TestPointsMath::businessTime()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    auto r = parseBusinessTime(text);
    QCOMPARE(r.ok(), !utc.isEmpty());
    if (r.ok())
        QCOMPARE(toStoredTime(r.value()), utc);
    else
        QCOMPARE(r.error().field, QStringLiteral("time"));
}

// toStoredTime writes its digits by hand; it must write what Qt's pattern writes, for any
// moment, from any zone, and fall back to Qt beyond four-digit years.
void TestPointsMath::storedTimeIsQtsPattern()
{
    const auto qtText = [](const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")); };
    QRandomGenerator random(20261123);
    const qint64 from = QDateTime(QDate(1000, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc()).toMSecsSinceEpoch();
    for (int i = 0; i < 20000; ++i) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(random.bounded(from, to), QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        QCOMPARE(toStoredTime(t), qtText(t));
    }
    for (const QDateTime &t : {QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()), QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc()),
                               QDateTime(QDate(999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc()),
                               QDateTime(QDate(10000, 1, 1), QTime(0, 0), QTimeZone::utc()), QDateTime()}) {
        QCOMPARE(toStoredTime(t), qtText(t));
    }
    QCOMPARE(toStoredTime(QDateTime(QDate(2027, 1, 1), QTime(0, 0, 5, 7), QTimeZone(QByteArrayLiteral("Asia/Shanghai")))),
             QStringLiteral("2026-12-31T16:00:05.007Z"));
}

// dailypoints::dayOf keeps its last answer; a different moment must still get its own day.
void TestPointsMath::dayOfIsTheProgrammesDate()
{
    const QDateTime beforeMidnight = QDateTime(QDate(2026, 12, 31), QTime(15, 59, 59, 999), QTimeZone::utc());
    for (int round = 0; round < 2; ++round) {
        QCOMPARE(dailypoints::dayOf(beforeMidnight), QStringLiteral("2026-12-31"));
        QCOMPARE(dailypoints::dayOf(beforeMidnight), QStringLiteral("2026-12-31"));
        QCOMPARE(dailypoints::dayOf(beforeMidnight.addMSecs(1)), QStringLiteral("2027-01-01"));
        QCOMPARE(dailypoints::dayOf(beforeMidnight.addMSecs(1).toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")))),
                 QStringLiteral("2027-01-01"));
    }
}

// Found by fuzz_parsers: "$" in a pattern also matches before a final newline, so
// "13812341136\n" passed as a mobile number (and a store code "NY01\n" as a code).
void TestPointsMath::trailingNewlinesAreRefused()
{
    QVERIFY(pd::members::validateMobile(QStringLiteral("13812341136")).ok());
    QVERIFY(!pd::members::validateMobile(QStringLiteral("13812341136\n")).ok());
    QVERIFY(!pd::members::validateCardNo(QStringLiteral("8000000001\n")).ok());
    pd::Store store;
    store.code = QStringLiteral("NY01\n");
    store.name = QStringLiteral("南阳");
    QVERIFY(!pd::StoreService::validate(store).ok());
    pd::CatalogItem item;
    item.code = QStringLiteral("LENS\n");
    item.name = QStringLiteral("镜片");
    item.pointsPrice = 2000;
    QCOMPARE(pd::catalog::validate(item).error().field, QStringLiteral("code"));
}

QTEST_GUILESS_MAIN(TestPointsMath)
#include "tst_pointsmath.moc"

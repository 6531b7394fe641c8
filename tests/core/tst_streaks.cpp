// Check-in streak arithmetic alone (DESIGN §8 `checkin`): no database, no clock. The ladder is the
// demo's: 5 points a day, +10 on day 3, +50 on day 7, a 7-day cycle.
#include "core/campaigns/streak.h"

#include <QTest>

using namespace pd;
using namespace pd::streaks;

namespace {

CheckinLadder demoLadder()
{
    CheckinLadder l;
    l.dailyPoints = 5;
    l.streakBonus = {{3, 10}, {7, 50}};
    l.cycleDays = 7;
    return l;
}

QSet<QDate> daysFrom(const QDate &first, int count)
{
    QSet<QDate> s;
    for (int i = 0; i < count; ++i)
        s.insert(first.addDays(i));
    return s;
}

// Checks in on each date in turn (as a member would, with make-ups where the list goes back),
// paying what is due each time; the streak bonuses paid in all.
qint64 bonusesPaidFor(const CheckinLadder &ladder, const QList<QDate> &order)
{
    QSet<QDate> checked;
    QHash<QDate, Paid> paid;
    qint64 total = 0;
    for (const QDate &day : order) {
        checked.insert(day);
        for (const Bonus &b : bonusesDue(ladder, checked, day, paid)) {
            total += b.points;
            paid[b.date].points += b.points;
            paid[b.date].streakDays.insert(b.streakDay);
        }
    }
    return total;
}

} // namespace

class TestStreaks : public QObject
{
    Q_OBJECT
private slots:
    void lengthAndDay_data();
    void lengthAndDay();
    void aWeekInARowPaysBothBonusesOnce();
    void theCycleStartsAgain();
    void aMakeUpThatJoinsTwoRunsPaysWhatItsDaysReach();
    void aMakeUpMovingADayToABiggerBonusPaysOnlyTheDifference();
    void skippingAndMakingUpNeverPaysMoreThanEveryDay();
    void noCycleMeansPositionsKeepGrowing();
    void theNextBonusIsCountedFromTheStreak();
    void bonusesAsPeopleTypeThem();
};

void TestStreaks::lengthAndDay_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("streakDay");
    QTest::newRow("across a month end") << QDate(2027, 1, 29) << 5 << QDate(2027, 2, 2) << 5 << 5;
    QTest::newRow("across February in a leap year") << QDate(2028, 2, 27) << 4 << QDate(2028, 3, 1) << 4 << 4;
    QTest::newRow("across a year end") << QDate(2026, 12, 30) << 4 << QDate(2027, 1, 2) << 4 << 4;
    QTest::newRow("day 8 starts the cycle again") << QDate(2027, 5, 1) << 8 << QDate(2027, 5, 8) << 8 << 1;
    QTest::newRow("day 14 ends the second cycle") << QDate(2027, 5, 1) << 14 << QDate(2027, 5, 14) << 14 << 7;
    QTest::newRow("a day not checked in") << QDate(2027, 5, 1) << 3 << QDate(2027, 5, 5) << 0 << 0;
}

void TestStreaks::lengthAndDay()
{
    QFETCH(QDate, first);
    QFETCH(int, days);
    QFETCH(QDate, on);
    QFETCH(int, length);
    QFETCH(int, streakDay);
    const QSet<QDate> checked = daysFrom(first, days);
    QCOMPARE(lengthOn(checked, on), length);
    if (length > 0)
        QCOMPARE(demoLadder().positionAt(length), streakDay);
}

void TestStreaks::aWeekInARowPaysBothBonusesOnce()
{
    const CheckinLadder l = demoLadder();
    QSet<QDate> checked;
    QHash<QDate, Paid> paid;
    QList<Bonus> all;
    for (int i = 0; i < 7; ++i) {
        const QDate day = QDate(2027, 4, 28).addDays(i); // 28 April to 4 May
        checked.insert(day);
        const QList<Bonus> due = bonusesDue(l, checked, day, paid);
        for (const Bonus &b : due) {
            paid[b.date].points += b.points;
            paid[b.date].streakDays.insert(b.streakDay);
        }
        all += due;
    }
    QCOMPARE(all, (QList<Bonus>{{QDate(2027, 4, 30), 3, 10}, {QDate(2027, 5, 4), 7, 50}}));
    // asked again, nothing is due twice for the same date and streak day
    QVERIFY(bonusesDue(l, checked, QDate(2027, 5, 4), paid).isEmpty());
}

void TestStreaks::theCycleStartsAgain()
{
    QList<QDate> order;
    for (int i = 0; i < 10; ++i)
        order << QDate(2027, 5, 1).addDays(i);
    // days 3 and 7, then day 10 is day 3 of the second cycle
    QCOMPARE(bonusesPaidFor(demoLadder(), order), 10 + 50 + 10);
}

void TestStreaks::aMakeUpThatJoinsTwoRunsPaysWhatItsDaysReach()
{
    const CheckinLadder l = demoLadder();
    const QDate d1(2027, 5, 1);
    QSet<QDate> checked{d1, d1.addDays(1), d1.addDays(3), d1.addDays(4)}; // 1, 2, 4, 5 May
    checked.insert(d1.addDays(2));                                        // 3 May made up on the 5th
    QCOMPARE(bonusesDue(l, checked, d1.addDays(2), {}), (QList<Bonus>{{QDate(2027, 5, 3), 3, 10}}));
    QCOMPARE(lengthOn(checked, d1.addDays(4)), 5);
}

void TestStreaks::aMakeUpMovingADayToABiggerBonusPaysOnlyTheDifference()
{
    const CheckinLadder l = demoLadder();
    // 1–3 May (day 3: +10), 4 May missed, 5–7 May (7 May is day 3 again: +10), then 4 May made up:
    // 7 May becomes day 7 of one run (+50), of which it already had 10
    const QList<QDate> order{QDate(2027, 5, 1), QDate(2027, 5, 2), QDate(2027, 5, 3), QDate(2027, 5, 5),
                             QDate(2027, 5, 6), QDate(2027, 5, 7), QDate(2027, 5, 4)};
    QSet<QDate> checked;
    QHash<QDate, Paid> paid;
    QList<Bonus> last;
    for (const QDate &day : order) {
        checked.insert(day);
        last = bonusesDue(l, checked, day, paid);
        for (const Bonus &b : last) {
            paid[b.date].points += b.points;
            paid[b.date].streakDays.insert(b.streakDay);
        }
    }
    QCOMPARE(last, (QList<Bonus>{{QDate(2027, 5, 7), 7, 40}}));
    QCOMPARE(paid.value(QDate(2027, 5, 7)).points, 50);
}

void TestStreaks::skippingAndMakingUpNeverPaysMoreThanEveryDay()
{
    // four weeks every day against four weeks of "skip a day, make it up after the next bonus"
    QList<QDate> everyDay, loop;
    const QDate first(2027, 3, 1);
    for (int i = 0; i < 28; ++i)
        everyDay << first.addDays(i);
    for (int week = 0; week < 4; ++week) {
        const QDate w = first.addDays(7 * week);
        loop << w << w.addDays(1) << w.addDays(2) << w.addDays(4) << w.addDays(5) << w.addDays(6) << w.addDays(3);
    }
    QCOMPARE(bonusesPaidFor(demoLadder(), everyDay), 4 * (10 + 50));
    QVERIFY(bonusesPaidFor(demoLadder(), loop) <= bonusesPaidFor(demoLadder(), everyDay));
    // and skipping every fourth day for good pays less than coming every day
    QList<QDate> skipping;
    for (int i = 0; i < 28; ++i)
        if (i % 4 != 3)
            skipping << first.addDays(i);
    QVERIFY(bonusesPaidFor(demoLadder(), skipping) < bonusesPaidFor(demoLadder(), everyDay));
}

void TestStreaks::noCycleMeansPositionsKeepGrowing()
{
    CheckinLadder l = demoLadder();
    l.cycleDays = 0;
    l.streakBonus.insert(30, 300);
    QCOMPARE(l.positionAt(30), 30);
    QList<QDate> order;
    for (int i = 0; i < 31; ++i)
        order << QDate(2027, 7, 1).addDays(i);
    QCOMPARE(bonusesPaidFor(l, order), 10 + 50 + 300);
}

void TestStreaks::theNextBonusIsCountedFromTheStreak()
{
    const CheckinLadder l = demoLadder();
    const QSet<QDate> checked = daysFrom(QDate(2027, 5, 1), 4); // 1–4 May: day 4
    const NextBonus next = nextBonus(l, checked, QDate(2027, 5, 4));
    QCOMPARE(next.days, 3);
    QCOMPARE(next.points, 50);
    // with nothing checked in, day 3 is three days away
    QCOMPARE(nextBonus(l, {}, QDate(2027, 5, 4)).days, 3);
}

void TestStreaks::bonusesAsPeopleTypeThem()
{
    const auto parsed = parseBonuses(QStringLiteral(" 3: 10, 7 :50 "));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value(), (QMap<int, qint64>{{3, 10}, {7, 50}}));
    QCOMPARE(bonusesText(parsed.value()), QStringLiteral("3: 10, 7: 50"));
    QVERIFY(parseBonuses(QString()).ok() && parseBonuses(QString()).value().isEmpty());
    for (const char *bad : {"3=10", "0: 5", "3: 0", "3: ten", "3: 10, 3: 20", "400: 1", "3: 10: 1"})
        QVERIFY2(!parseBonuses(QString::fromLatin1(bad)).ok(), bad);
    const Straight week = everyDayOfACycle(demoLadder());
    QCOMPARE(week.days, 7);
    QCOMPARE(week.dailyPoints, 35);
    QCOMPARE(week.bonusPoints, 60);
}

QTEST_APPLESS_MAIN(TestStreaks)
#include "tst_streaks.moc"

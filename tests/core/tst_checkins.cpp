// Check-ins through the database (DESIGN §8 `checkin`, §12 `import checkins`): one per member and
// date, make-up check-ins with free monthly cards and cards bought with points, streak bonuses
// across month ends and Shanghai midnight, the campaign's budget, refusals that write nothing,
// the import that names every bad row, one check-in campaign at a time, and the simulator agreeing
// with what posting paid. The ladder is the demo's: 5 a day, +10 on day 3, +50 on day 7, cycle 7.
#include "core/campaigns/campaignservice.h"
#include "core/campaigns/campaignsimulator.h"
#include "core/checkins/checkinmonth.h"
#include "core/checkins/checkinservice.h"
#include "core/insights/dashboard.h"
#include "core/io/importers.h"
#include "ledgerfixture.h"

#include <QBuffer>

using namespace pd;
using namespace pd::test;

class TestCheckins : public QObject
{
    Q_OBJECT
private slots:
    void onTheDayAndAgainIsANoOp();
    void aWeekAcrossAMonthEndPaysBothBonuses();
    void shanghaiMidnightSeparatesTwoDays();
    void aMakeUpJoinsTwoRunsAndPaysItsBonusOnce();
    void freeCardsPerMonthThenABoughtCardSpendsTheOldestPoints();
    void refusalsSayWhyAndWriteNothing_data();
    void refusalsSayWhyAndWriteNothing();
    void theBudgetCutsTheLastPoints();
    void importNamesEveryBadRowAndIsIdempotent();
    void oneCheckinCampaignAtATime();
    void theSimulatorAgreesWithWhatPostingPaid();
    void theMonthShowsEachDayAndTheBonusesAhead();
};

namespace {

const QByteArray kLadder = R"({"code":"SIGN-IN","name":"每日签到","type":"checkin","from":"2027-04-01","to":"2027-06-30",
    "terms":"每日签到得积分，连续签到有奖励。","daily_points":5,"streak_bonus":{"3":10,"7":50},"cycle_days":7,
    "makeup_free_per_month":1,"makeup_cost_points":20,"makeup_window_days":7})";

QDateTime shanghai(int y, int m, int d, int h = 12, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toUTC();
}

Result<CheckinOutcome> checkIn(LedgerWorld &w, int member, const QDateTime &time, const QDate &forDate = {}, const QString &store = QStringLiteral("NY01"))
{
    CheckinInput in;
    in.storeCode = store;
    in.cardNo = LedgerWorld::card(member);
    in.time = time;
    in.forDate = forDate;
    return CheckinService(w.t.db(), w.clock).post(w.admin, in);
}

qint64 number(LedgerWorld &w, const QString &query, const QVariantList &values = {})
{
    return sql::scalar(w.t.db().connection(), query, values).value().toLongLong();
}

qint64 written(LedgerWorld &w)
{
    return number(w, "SELECT (SELECT COUNT(*) FROM checkins) + (SELECT COUNT(*) FROM ledger_entries) + (SELECT COUNT(*) FROM checkin_bonuses)");
}

} // namespace

void TestCheckins::onTheDayAndAgainIsANoOp()
{
    PD_LEDGER_WORLD(w);
    PD_OK(approveCampaigns(w.t.db(), w.clock, kLadder));
    const qint64 before = w.points(1).balance;
    auto first = checkIn(w, 1, shanghai(2027, 5, 10, 9));
    PD_OK(first);
    QCOMPARE(first->total(), 5);
    QCOMPARE(first->card, MakeupCard::None);
    QCOMPARE(first->streakLength, 1);
    QCOMPARE(w.points(1).balance, before + 5);
    QCOMPARE(number(w, "SELECT COUNT(*) FROM ledger_entries WHERE kind = 'checkin' AND breakdown LIKE '%\"campaign_code\":\"SIGN-IN\"%'"), 1);
    const qint64 rows = written(w), audit = countRows(w.t.db(), "audit_log");
    auto again = checkIn(w, 1, shanghai(2027, 5, 10, 18));
    PD_OK(again);
    QVERIFY(again->alreadyDone);
    QCOMPARE(written(w), rows);
    QCOMPARE(countRows(w.t.db(), "audit_log"), audit);
}

void TestCheckins::aWeekAcrossAMonthEndPaysBothBonuses()
{
    PD_LEDGER_WORLD(w);
    PD_OK(approveCampaigns(w.t.db(), w.clock, kLadder));
    const qint64 before = w.points(1).balance;
    QList<qint64> paid;
    for (int i = 0; i < 7; ++i) { // 28 April to 4 May
        const QDate day = QDate(2027, 4, 28).addDays(i);
        auto out = checkIn(w, 1, shanghai(day.year(), day.month(), day.day()));
        PD_OK(out);
        QCOMPARE(out->streakLength, i + 1);
        paid << out->total();
    }
    QCOMPARE(paid, (QList<qint64>{5, 5, 15, 5, 5, 5, 55}));
    QCOMPARE(w.points(1).balance, before + 95);
    QCOMPARE(number(w, "SELECT COUNT(*) FROM checkin_bonuses"), 2);
    // the dashboard counts the campaign's awards, which have no receipt
    auto figures = insights::dashboard(w.t.db(), w.admin, DashboardQuery{QDate(2027, 4, 28), QDate(2027, 5, 4), std::nullopt});
    PD_OK(figures);
    QCOMPARE(figures->campaigns.size(), 1);
    QCOMPARE(figures->campaigns.constFirst().receipts, 0);
    QVERIFY(figures->campaigns.constFirst().otherAwards >= 7);
    QCOMPARE(figures->campaigns.constFirst().otherAwards, number(w, "SELECT COUNT(*) FROM campaign_awards"));
    // day 8 starts the cycle again
    QCOMPARE(checkIn(w, 1, shanghai(2027, 5, 5))->streakDay, 1);
}

void TestCheckins::shanghaiMidnightSeparatesTwoDays()
{
    PD_LEDGER_WORLD(w);
    PD_OK(approveCampaigns(w.t.db(), w.clock, kLadder));
    auto late = checkIn(w, 1, shanghai(2027, 5, 10, 23, 59, 59));
    auto early = checkIn(w, 1, shanghai(2027, 5, 11, 0, 0, 0)); // one second later, 16:00 UTC
    PD_OK(late);
    PD_OK(early);
    QCOMPARE(late->date, QDate(2027, 5, 10));
    QCOMPARE(early->date, QDate(2027, 5, 11));
    QVERIFY(!early->alreadyDone);
    QCOMPARE(early->streakLength, 2);
}

void TestCheckins::aMakeUpJoinsTwoRunsAndPaysItsBonusOnce()
{
    PD_LEDGER_WORLD(w);
    PD_OK(approveCampaigns(w.t.db(), w.clock, kLadder));
    for (int d : {1, 2, 4, 5})
        PD_OK(checkIn(w, 1, shanghai(2027, 5, d)));
    auto makeUp = checkIn(w, 1, shanghai(2027, 5, 5, 13), QDate(2027, 5, 3));
    PD_OK(makeUp);
    QCOMPARE(makeUp->card, MakeupCard::Free);
    QCOMPARE(makeUp->streakLength, 5);
    QCOMPARE(makeUp->bonuses, (QList<streaks::Bonus>{{QDate(2027, 5, 3), 3, 10}}));
    QCOMPARE(makeUp->total(), 15);
    PD_OK(checkIn(w, 1, shanghai(2027, 5, 6)));
    auto seventh = checkIn(w, 1, shanghai(2027, 5, 7));
    PD_OK(seventh);
    QCOMPARE(seventh->streakDay, 7);
    QCOMPARE(seventh->bonusPoints(), 50);
    QCOMPARE(number(w, "SELECT COALESCE(SUM(points), 0) FROM checkin_bonuses WHERE business_date = '2027-05-03'"), 10);
}

void TestCheckins::freeCardsPerMonthThenABoughtCardSpendsTheOldestPoints()
{
    PD_LEDGER_WORLD(w);
    w.t.setUpMembers("UPDATE members SET tier = 'member', credit = 'normal'");
    PD_OK(approveCampaigns(w.t.db(), w.clock, kLadder));
    // two lots: 2026's points expire at the end of 2027, 2027's a year later
    PD_OK(w.receipt("OLD", 2, 3000, shanghai(2026, 12, 20)));
    PD_OK(w.receipt("NEW", 2, 3000, shanghai(2027, 5, 2)));
    PD_OK(checkIn(w, 2, shanghai(2027, 5, 20)));
    auto free = checkIn(w, 2, shanghai(2027, 5, 20, 14), QDate(2027, 5, 18));
    PD_OK(free);
    QCOMPARE(free->card, MakeupCard::Free);
    const qint64 before = w.points(2).balance;
    auto bought = checkIn(w, 2, shanghai(2027, 5, 20, 15), QDate(2027, 5, 19));
    PD_OK(bought);
    QCOMPARE(bought->card, MakeupCard::Bought);
    QCOMPARE(bought->cardPoints, 20);
    // 18–20 May is a 3-day run now: 5 for the day, +10 for day 3 (20 May), −20 for the card
    QCOMPARE(w.points(2).balance, before - 20 + 5 + 10);
    QCOMPARE(number(w, "SELECT l.remaining FROM lots l JOIN ledger_entries e ON e.id = l.entry_id WHERE e.reference = 'receipt:NY01/OLD'"), 30 - 20);
    QCOMPARE(number(w, "SELECT l.remaining FROM lots l JOIN ledger_entries e ON e.id = l.entry_id WHERE e.reference = 'receipt:NY01/NEW'"), 30);
    QCOMPARE(number(w, "SELECT COUNT(*) FROM ledger_entries WHERE kind = 'redeem' AND breakdown LIKE '%\"makeup_card\":20%'"), 1);
    // a new calendar month (by the check-in's own time) brings a new free card
    auto june = checkIn(w, 2, shanghai(2027, 6, 1, 9), QDate(2027, 5, 30));
    PD_OK(june);
    QCOMPARE(june->card, MakeupCard::Free);
}

void TestCheckins::refusalsSayWhyAndWriteNothing_data()
{
    QTest::addColumn<QByteArray>("campaign");
    QTest::addColumn<QString>("setUp");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QDate>("forDate");
    QTest::addColumn<QString>("store");
    QTest::addColumn<QString>("says");
    QByteArray noMakeups = kLadder;
    noMakeups.replace("\"makeup_window_days\":7", "\"makeup_window_days\":0");
    QByteArray noneForSale = kLadder;
    noneForSale.replace("\"makeup_cost_points\":20", "\"makeup_cost_points\":0").replace("\"makeup_free_per_month\":1", "\"makeup_free_per_month\":0");
    QByteArray oneStore = kLadder;
    oneStore.replace("\"daily_points\"", "\"stores\":[\"EYE01\"],\"daily_points\"");
    const QDateTime may20 = shanghai(2027, 5, 20);
    QTest::newRow("a day still to come") << kLadder << QString() << may20 << QDate(2027, 5, 21) << "NY01" << "still to come";
    QTest::newRow("outside the make-up window") << kLadder << QString() << may20 << QDate(2027, 5, 12) << "NY01" << "within 7 days";
    QTest::newRow("a campaign without make-ups") << noMakeups << QString() << may20 << QDate(2027, 5, 19) << "NY01" << "no make-up";
    QTest::newRow("no card and none for sale") << noneForSale << QString() << may20 << QDate(2027, 5, 19) << "NY01" << "none are for sale";
    QTest::newRow("not enough points for a card") << kLadder << QStringLiteral("UPDATE checkins SET card = card") << may20 << QDate(2027, 5, 18)
                                                  << "NY01" << "costs 20 points";
    QTest::newRow("a frozen member") << kLadder << QStringLiteral("UPDATE members SET status = 'frozen' WHERE card_no = '8000000001'") << may20
                                     << QDate() << "NY01" << "cannot check in";
    QTest::newRow("no campaign that day") << kLadder << QString() << shanghai(2027, 3, 31) << QDate() << "NY01" << "No check-in campaign";
    QTest::newRow("another store's campaign") << oneStore << QString() << may20 << QDate() << "NY01" << "does not run in store NY01";
}

void TestCheckins::refusalsSayWhyAndWriteNothing()
{
    QFETCH(QByteArray, campaign);
    QFETCH(QString, setUp);
    QFETCH(QDateTime, time);
    QFETCH(QDate, forDate);
    QFETCH(QString, store);
    QFETCH(QString, says);
    PD_LEDGER_WORLD(w);
    w.t.exec("UPDATE members SET balance = balance WHERE 0 = 1");
    PD_OK(approveCampaigns(w.t.db(), w.clock, campaign));
    if (QString(QTest::currentDataTag()) == QLatin1String("not enough points for a card")) {
        // the month's free card used on 19 May; member 1 has no points of its own
        w.t.exec("UPDATE members SET balance = 0 WHERE card_no = '8000000001'");
        QVERIFY(w.points(1).balance == 0 && number(w, "SELECT COUNT(*) FROM lots l JOIN members m ON m.id = l.member_id WHERE m.card_no = '8000000001'") == 0);
        PD_OK(checkIn(w, 1, time, QDate(2027, 5, 19)));
        QVERIFY(w.points(1).balance < 20);
    }
    if (!setUp.isEmpty())
        w.t.exec(setUp);
    const qint64 rows = written(w), audit = countRows(w.t.db(), "audit_log");
    auto r = checkIn(w, 1, time, forDate, store);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
    QCOMPARE(written(w), rows);
    QCOMPARE(countRows(w.t.db(), "audit_log"), audit);
}

void TestCheckins::theBudgetCutsTheLastPoints()
{
    PD_LEDGER_WORLD(w);
    QByteArray small = kLadder;
    small.replace("\"daily_points\"", "\"budget_points\":12,\"daily_points\"");
    PD_OK(approveCampaigns(w.t.db(), w.clock, small));
    QCOMPARE(checkIn(w, 1, shanghai(2027, 5, 1))->total(), 5);
    QCOMPARE(checkIn(w, 2, shanghai(2027, 5, 1))->total(), 5);
    auto cut = checkIn(w, 3, shanghai(2027, 5, 1));
    QCOMPARE(cut->total(), 2);
    auto none = checkIn(w, 4, shanghai(2027, 5, 1));
    PD_OK(none);
    QCOMPARE(none->total(), 0); // the check-in counts for the streak, the budget is spent
    QCOMPARE(number(w, "SELECT awarded_points FROM campaigns WHERE code = 'SIGN-IN'"), 12);
    QCOMPARE(number(w, "SELECT COUNT(*) FROM checkins"), 4);
}

void TestCheckins::importNamesEveryBadRowAndIsIdempotent()
{
    PD_LEDGER_WORLD(w);
    PD_OK(approveCampaigns(w.t.db(), w.clock, kLadder));
    QByteArray csv = "checkin_no,store,card_no,time,for_date\n"
                     "C1,NY01,8000000001,2027-05-10T09:00:00+08:00,\n"
                     "C2,NY01,8000000001,2027-05-11 09:00:00,\n"
                     "C3,NY01,9999999999,2027-05-11T09:00:00+08:00,\n"
                     "C4,NY01,8000000002,2027-05-11T09:00:00+08:00,2027-05-32\n"
                     "C5,NY01,8000000002,2027-05-11T09:00:00+08:00,2027-05-12\n"
                     "C6,NY01,8000000002,2027-05-11T09:00:00+08:00,2027-05-01\n"
                     "C7,NY01,8000000002,2027-05-11T09:00:00+08:00,2027-05-10\n";
    const auto run = [&] {
        QBuffer file(&csv);
        file.open(QIODevice::ReadOnly);
        return Importers(w.t.db(), w.clock).importCheckins(w.admin, &file, "checkins.csv", ImportOptions());
    };
    auto report = run();
    PD_OK(report);
    QStringList rejected;
    for (const RejectedRow &row : report->rejected)
        rejected << QStringLiteral("%1:%2").arg(row.line).arg(row.field);
    // line 3's time with a space is read as POS files write it
    QCOMPARE(report->added, 3);
    QVERIFY2(rejected.contains("4:card_no") && rejected.contains("5:for_date") && rejected.contains("6:for_date") && rejected.contains("7:for_date"),
             qPrintable(rejected.join(' ')));
    QCOMPARE(number(w, "SELECT COUNT(*) FROM checkins"), 3);
    // again: the numbered rows are already there, nothing is added
    auto again = run();
    PD_OK(again);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->unchanged, 3);
    QCOMPARE(number(w, "SELECT COUNT(*) FROM checkins"), 3);
}

void TestCheckins::oneCheckinCampaignAtATime()
{
    PD_LEDGER_WORLD(w);
    PD_OK(approveCampaigns(w.t.db(), w.clock, kLadder));
    QByteArray second = kLadder;
    second.replace("SIGN-IN", "SIGN-IN-2").replace("2027-04-01", "2027-06-01").replace("2027-06-30", "2027-07-31");
    auto r = approveCampaigns(w.t.db(), w.clock, second);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains("one check-in campaign at a time"), qPrintable(r.error().message));
}

void TestCheckins::theSimulatorAgreesWithWhatPostingPaid()
{
    PD_LEDGER_WORLD(w);
    PD_OK(approveCampaigns(w.t.db(), w.clock, kLadder));
    // three members, uneven streaks over a month end
    for (int member = 1; member <= 3; ++member)
        for (int i = 0; i < 12; ++i)
            if ((i + member) % 5 != 0)
                PD_OK(checkIn(w, member, shanghai(2027, 4, 25).addDays(i)));
    const qint64 paid = number(w, "SELECT SUM(delta) FROM ledger_entries WHERE kind = 'checkin'");
    QVERIFY(paid > 0);
    auto campaign = CampaignService(w.t.db(), w.clock).campaign(w.admin, "SIGN-IN");
    PD_OK(campaign);
    SimulationRequest period;
    period.from = QDate(2027, 4, 1);
    period.to = QDate(2027, 5, 31);
    auto figures = simulateCampaign(w.t.db(), w.admin, campaign.value(), period);
    PD_OK(figures);
    QCOMPARE(figures->points, paid);
}

void TestCheckins::theMonthShowsEachDayAndTheBonusesAhead()
{
    PD_LEDGER_WORLD(w); // today is 1 June 2027 in Shanghai
    PD_OK(approveCampaigns(w.t.db(), w.clock, kLadder));
    for (int d : {26, 27, 29, 30, 31})
        PD_OK(checkIn(w, 1, shanghai(2027, 5, d)));
    PD_OK(checkIn(w, 1, shanghai(2027, 5, 31, 14), QDate(2027, 5, 28)));
    const qint64 member = number(w, "SELECT id FROM members WHERE card_no = '8000000001'");
    auto may = checkinMonth(w.t.db(), w.clock, w.admin, member, QDate(2027, 5, 15));
    PD_OK(may);
    QCOMPARE(may->campaignName, QStringLiteral("每日签到"));
    QCOMPARE(may->days.size(), 31);
    QCOMPARE(may->days.value(QDate(2027, 5, 27)), CheckinMonth::Day::Checked);
    QCOMPARE(may->days.value(QDate(2027, 5, 28)), CheckinMonth::Day::MadeUp);
    QCOMPARE(may->days.value(QDate(2027, 5, 25)), CheckinMonth::Day::Missed);
    auto june = checkinMonth(w.t.db(), w.clock, w.admin, member, QDate(2027, 6, 1));
    PD_OK(june);
    QCOMPARE(june->streakToday, 6); // 26–31 May
    QCOMPARE(june->days.value(QDate(2027, 6, 1)), CheckinMonth::Day::Ahead);
    QCOMPARE(june->daysToNextBonus, 1);
    QCOMPARE(june->nextBonusPoints, 50);
    QCOMPARE(june->bonusAhead.value(QDate(2027, 6, 1)), 50); // day 7
    QCOMPARE(june->bonusAhead.value(QDate(2027, 6, 4)), 10); // day 3 of the next cycle
    QCOMPARE(june->bonusAhead.value(QDate(2027, 6, 8)), 50);
    QVERIFY(!june->bonusAhead.contains(QDate(2027, 6, 2)));
    QCOMPARE(june->freeCardsLeft, 1); // May's card was used in May
    QCOMPARE(june->cardPricePoints, 20);
    // after the campaign, nothing
    auto july = checkinMonth(w.t.db(), w.clock, w.admin, member, QDate(2027, 7, 1));
    PD_OK(july);
    QVERIFY(july->campaignName.isEmpty());
}

PD_DATABASE_TEST_MAIN(TestCheckins)
#include "tst_checkins.moc"

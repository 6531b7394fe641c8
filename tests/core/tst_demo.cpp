#include "core/audit/auditlog.h"
#include "core/auth/authservice.h"
#include "core/db/sql.h"
#include "core/demo/demodata.h"
#include "core/demo/demohistory.h"
#include "core/insights/dashboard.h"
#include "core/integrity/invariants.h"
#include "core/members/memberservice.h"
#include "core/settings/programmesettings.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

using namespace pd;

namespace {
const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc());
} // namespace

class TestDemo : public QObject
{
    Q_OBJECT
private slots:
    void demoDatabaseIsComplete();
    void secondRunAddsMoreWithoutCollisions();
    void cancelStopsBetweenBatches();
    void campaignsInEachStateANewcomerShouldSee();
    void aYearOfHistoryThroughTheRealOperations();
};

void TestDemo::demoDatabaseIsComplete()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    DemoOptions o;
    o.members = 1200;
    o.batchSize = 500;
    qint64 lastProgress = 0;
    o.progress = [&](qint64 done, qint64 total) {
        QVERIFY(done > lastProgress && total == 1200);
        lastProgress = done;
    };
    auto r = DemoData(t.db(), clock, PasswordHasher(PasswordHasher::fastForTests())).create(Session::system(QStringLiteral("tester")), o);
    QVERIFY2(r.ok(), qPrintable(r.error().describe()));
    QCOMPARE(r->membersAdded, 1200);
    QCOMPARE(r->storesAdded, 6);
    QVERIFY(r->usersCreated);
    QCOMPARE(lastProgress, 1200);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("members")), 1200);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("stores"), QStringLiteral("partner_code IS NOT NULL")), 3);
    // the tiers above the first have perks to show (free parking, a personal shopper), on record
    QCOMPARE(test::countRows(t.db(), QStringLiteral("tiers"), QStringLiteral("perks <> ''")), 3);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("tiers"), QStringLiteral("code = 'platinum' AND perks LIKE '%私人导购%'")), 1);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("audit_log"), QStringLiteral("action = 'rules.tier'")), 4);
    auto zs = MemberService(t.db(), clock).memberByCard(test::sessionFor(Role::Cashier), QStringLiteral("8000000001"));
    QCOMPARE(zs->name, QStringLiteral("张三"));
    // every demo login works with the password the login screen shows
    AuthService auth(t.db(), clock);
    for (const DemoLogin &l : DemoData::logins()) {
        auto s = auth.login(l.username, l.password);
        QVERIFY2(s.ok(), qPrintable(l.username));
        QCOMPARE(s->role, l.role);
    }
    const QString shown = programmesettings::value(t.db(), programmesettings::kDemoLogins).value();
    QVERIFY(shown.contains(QLatin1String("cashier-demo")));
    // names are Chinese, mobiles valid and unique, initials filled
    auto bad = sql::scalar(t.db().connection(), QStringLiteral("SELECT COUNT(*) FROM members WHERE length(mobile) <> 11 "
                                                               "OR name_initials = '' OR mobile NOT LIKE '1%'"));
    QCOMPARE(bad.value().toInt(), 0);
    auto report = AuditLog(t.db(), clock).verify(Session::system({}));
    QVERIFY(report->intact);
}

void TestDemo::secondRunAddsMoreWithoutCollisions()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    DemoData demo(t.db(), clock, PasswordHasher(PasswordHasher::fastForTests()));
    DemoOptions o;
    o.members = 300;
    QVERIFY(demo.create(Session::system({}), o).ok());
    auto again = demo.create(Session::system({}), o);
    QVERIFY(again.ok());
    QCOMPARE(again->membersAdded, 300);
    QCOMPARE(again->storesAdded, 0);
    QVERIFY(!again->usersCreated);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("members")), 600);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("users")), 5);
}

void TestDemo::cancelStopsBetweenBatches()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    std::atomic<bool> cancel{false};
    DemoOptions o;
    o.members = 1000;
    o.batchSize = 100;
    o.cancel = &cancel;
    o.progress = [&](qint64 done, qint64) {
        if (done >= 300)
            cancel = true;
    };
    auto r = DemoData(t.db(), clock, PasswordHasher(PasswordHasher::fastForTests())).create(Session::system({}), o);
    QVERIFY(r.ok());
    QVERIFY(r->cancelled);
    QCOMPARE(r->membersAdded, 300);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("members")), 300);
}

void TestDemo::campaignsInEachStateANewcomerShouldSee()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    DemoOptions o;
    o.members = 20;
    o.campaigns = true;
    DemoData demo(t.db(), clock, PasswordHasher(PasswordHasher::fastForTests()));
    auto r = demo.create(Session::system(QStringLiteral("tester")), o);
    PD_OK(r);
    QCOMPARE(r->campaignsAdded, 5);
    const auto status = [&](const char *code) {
        return sql::scalar(t.db().connection(), "SELECT status FROM campaigns WHERE code = ?", {QString::fromLatin1(code)}).value().toString();
    };
    QCOMPARE(status("MKT-DAY"), QStringLiteral("approved"));
    QCOMPARE(status("EYE-DAY"), QStringLiteral("approved"));
    QCOMPARE(status("FIRST-ORDER"), QStringLiteral("submitted"));
    QCOMPARE(status("DAILY-SIGN"), QStringLiteral("approved"));
    QCOMPARE(status("SPRING-BADGES"), QStringLiteral("approved"));
    // a month of check-ins at the desk by members 11–18: the 11th every day, the others missing some
    QCOMPARE(test::countRows(t.db(), "checkins", "member_id IN (SELECT id FROM members WHERE card_no <= '8000000010')"), 0);
    QCOMPARE(test::countRows(t.db(), "checkins", "member_id = (SELECT id FROM members WHERE card_no = '8000000011')"), 29);
    QVERIFY(test::countRows(t.db(), "checkins") > 8 * 20 && test::countRows(t.db(), "checkins") < 8 * 29);
    QVERIFY(test::countRows(t.db(), "checkin_bonuses") > 0);
    // the 11th member's month of check-ins holds the spring collection's 7-day streak badge
    QCOMPARE(test::countRows(t.db(), "badge_holdings", "badge_code = 'STREAK7' AND member_id = (SELECT id FROM members WHERE card_no = '8000000011')"), 1);
    // written by the campaign manager, decided by the compliance officer: four eyes even in the demo
    QCOMPARE(test::countRows(t.db(), "campaigns", "author_name = 'campaign'"), 5);
    QCOMPARE(test::countRows(t.db(), "campaigns", "decided_by_name = 'compliance'"), 4);
    // a second run adds none
    auto again = demo.create(Session::system(QStringLiteral("tester")), o);
    PD_OK(again);
    QCOMPARE(again->campaignsAdded, 0);
    QCOMPARE(test::countRows(t.db(), "campaigns"), 5);
    QCOMPARE(test::countRows(t.db(), "checkins", "member_id = (SELECT id FROM members WHERE card_no = '8000000011')"), 29);
}

void TestDemo::aYearOfHistoryThroughTheRealOperations()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    const Session system = Session::system(QStringLiteral("tester"));
    DemoOptions o;
    o.members = 300;
    PD_OK(DemoData(t.db(), clock, PasswordHasher(PasswordHasher::fastForTests())).create(system, o));
    DemoHistoryOptions h;
    h.receipts = 2000;
    qint64 progressed = 0;
    h.progress = [&](qint64 done, qint64) { progressed = done; };
    auto lived = DemoHistory(t.db(), clock).post(system, h);
    PD_OK(lived);
    QCOMPARE(lived->first, QDate(2025, 11, 23));
    QCOMPARE(lived->last, QDate(2026, 11, 22));
    QCOMPARE(progressed, qint64(2000));
    // every receipt the days were given was posted (a refused one would be skipped and missing here)
    QCOMPARE(lived->receipts, qint64(2000));
    QCOMPARE(test::countRows(t.db(), "receipts"), qint64(2000));
    QVERIFY(lived->returns > 0 && lived->redemptions > 0);
    QCOMPARE(test::countRows(t.db(), "returns"), lived->returns);
    QCOMPARE(test::countRows(t.db(), "redemptions"), lived->redemptions);
    // the week's rhythm and the festivals: Saturdays busier than Tuesdays, 11.11 busier than either
    const auto receiptsOn = [&](int dayOfWeek) {
        qint64 n = 0;
        auto rows = sql::run(t.db().connection(), "SELECT business_time FROM receipts");
        while (rows.value().next())
            n += fromStoredTime(rows.value().value(0).toString()).toTimeZone(programmeTimeZone()).date().dayOfWeek() == dayOfWeek;
        return n;
    };
    QVERIFY2(receiptsOn(6) > receiptsOn(2) * 12 / 10, qPrintable(QStringLiteral("%1 vs %2").arg(receiptsOn(6)).arg(receiptsOn(2))));
    auto singles = insights::dashboard(t.db(), system, DashboardQuery{QDate(2026, 11, 11), QDate(2026, 11, 11), std::nullopt});
    auto ordinary = insights::dashboard(t.db(), system, DashboardQuery{QDate(2026, 11, 17), QDate(2026, 11, 17), std::nullopt}); // a Tuesday
    PD_OK(singles);
    PD_OK(ordinary);
    QVERIFY(singles->total.issued > ordinary->total.issued);
    // partners and green goods are part of it, and every store carries liability
    auto year = insights::dashboard(t.db(), system, DashboardQuery{lived->first, lived->last, std::nullopt});
    PD_OK(year);
    QVERIFY(year->total.green > 0 && year->total.used > 0 && year->total.clawedBack > 0);
    QVERIFY2(year->liabilityByStore.size() >= 6, qPrintable(QString::number(year->liabilityByStore.size())));
    QCOMPARE(year->granularity, Granularity::Month);
    // what points were earned on and spent on, and the tiers: the twelve monthly reviews ran on
    // the first of each month, and members moved both ways over the year
    QVERIFY(year->earningByScenario.size() >= 4 && !year->redemptionsByCategory.isEmpty());
    QCOMPARE(lived->tierReviews, qint64(12));
    QCOMPARE(test::countRows(t.db(), "audit_log", "action = 'tiers.review'"), qint64(12));
    qint64 up = 0, down = 0;
    for (const MonthTierMoves &m : year->tierMoves) {
        up += m.up;
        down += m.down;
    }
    QVERIFY2(up > 0 && down > 0, qPrintable(QStringLiteral("%1 up, %2 down").arg(up).arg(down)));
    auto invariants = checkLedgerInvariants(t.db());
    PD_OK(invariants);
    QVERIFY2(invariants->ok(), qPrintable(invariants->problems.join('\n')));
    // a second run the same day posts the same receipts again: nothing is added
    auto again = DemoHistory(t.db(), clock).post(system, h);
    PD_OK(again);
    QCOMPARE(again->receipts, qint64(0));
    QCOMPARE(again->tierReviews, qint64(0));
    QCOMPARE(test::countRows(t.db(), "receipts"), qint64(2000));
    QCOMPARE(test::countRows(t.db(), "redemptions"), lived->redemptions);
}

PD_DATABASE_TEST_MAIN(TestDemo)
#include "tst_demo.moc"

// The compliance checks (DESIGN §9): each finding appears exactly when its condition holds —
// on the day before, at and after each limit — names the thing it concerns, and running the
// checks writes nothing.
#include "core/campaigns/campaignservice.h"
#include "core/compliance/compliancechecks.h"
#include "core/compliance/personaldata.h"
#include "campaignfixture.h"
#include "redemptionfixture.h"

#include <QTest>

using namespace pd;

namespace {

QStringList findingsAbout(test::LedgerWorld &w, const QString &subject, const Session &as = test::sessionFor(Role::Compliance))
{
    auto r = ComplianceChecks(w.t.db(), w.clock).run(as);
    if (!r) {
        qWarning("%s", qPrintable(r.error().describe()));
        return {QStringLiteral("failed")};
    }
    QStringList codes;
    for (const Finding &f : r.value())
        if (f.subject == subject)
            codes << findingSeverityCode(f.severity) + QLatin1Char(' ') + f.code;
    return codes;
}

QDate today(test::LedgerWorld &w) { return businessToday(w.clock); }

} // namespace

class TestComplianceChecks : public QObject
{
    Q_OBJECT
private slots:
    void overdueDataRequests();
    void campaignWaitingPastItsStart_data();
    void campaignWaitingPastItsStart();
    void welcomeAboveTheCap();
    void aPhonePromotedWithoutItsPoints_data();
    void aPhonePromotedWithoutItsPoints();
    void largePointsPrice_data();
    void largePointsPrice();
    void itemWithoutRetailValue();
    void errorsComeFirstAndNothingIsWritten();
    void onlyComplianceAndAdministratorsRunThem();
};

void TestComplianceChecks::overdueDataRequests()
{
    test::LedgerWorld w;
    QVERIFY(w.ok);
    PersonalDataService service(w.t.db(), w.clock);
    const Session officer = test::sessionFor(Role::Compliance);
    // fifteen days is within the law, sixteen is not
    QVERIFY(service.logRequest(officer, w.card(1), DataRequestKind::Copy, DataRequester::Member, today(w).addDays(-15)).ok());
    auto late = service.logRequest(officer, w.card(2), DataRequestKind::Erasure, DataRequester::Representative, today(w).addDays(-16));
    QVERIFY(late.ok());
    QCOMPARE(findingsAbout(w, w.card(1)), QStringList());
    QCOMPARE(findingsAbout(w, w.card(2)), QStringList{"error data_request.overdue"});
    auto all = ComplianceChecks(w.t.db(), w.clock).run(officer);
    QVERIFY(all.ok());
    const auto it = std::find_if(all->cbegin(), all->cend(), [](const Finding &f) { return f.code == QLatin1String("data_request.overdue"); });
    QVERIFY(it != all->cend());
    QCOMPARE(it->subjectKind, FindingSubject::DataRequest);
    QCOMPARE(it->subjectId, late.value());
    QVERIFY2(it->message.contains(QStringLiteral("16 days")), qPrintable(it->message));
    QVERIFY(!it->fix.isEmpty());
    // a day later the other is late too; a refused request is answered, so no longer a finding
    w.clock.set(w.clock.nowUtc().addDays(1));
    QCOMPARE(findingsAbout(w, w.card(1)), QStringList{"error data_request.overdue"});
    QVERIFY(service.refuse(officer, late.value(), QStringLiteral("无法核实代理人身份")).ok());
    QCOMPARE(findingsAbout(w, w.card(2)), QStringList());
}

void TestComplianceChecks::campaignWaitingPastItsStart_data()
{
    QTest::addColumn<int>("startsIn"); // days from today
    QTest::addColumn<int>("endsIn");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("found");
    QTest::newRow("waiting, started yesterday") << -1 << 10 << int(CampaignStatus::Submitted) << true;
    QTest::newRow("waiting, starts today") << 0 << 10 << int(CampaignStatus::Submitted) << true;
    QTest::newRow("waiting, starts tomorrow") << 1 << 10 << int(CampaignStatus::Submitted) << false;
    QTest::newRow("waiting, already ended") << -10 << -1 << int(CampaignStatus::Submitted) << false;
    QTest::newRow("approved, running") << -1 << 10 << int(CampaignStatus::Approved) << false;
    QTest::newRow("draft, past its start") << -1 << 10 << int(CampaignStatus::Draft) << false;
}

void TestComplianceChecks::campaignWaitingPastItsStart()
{
    QFETCH(int, startsIn);
    QFETCH(int, endsIn);
    QFETCH(int, status);
    QFETCH(bool, found);
    test::LedgerWorld w;
    QVERIFY(w.ok);
    const QString json = QStringLiteral(R"({"code":"LATE1","name":"周末三倍","type":"multiplier","from":"%1","to":"%2","terms":"周末积分三倍。","percent":300})")
                             .arg(today(w).addDays(startsIn).toString(Qt::ISODate), today(w).addDays(endsIn).toString(Qt::ISODate));
    QVERIFY(test::campaign(w, json, "LATE1", CampaignStatus(status)));
    QCOMPARE(findingsAbout(w, "LATE1"), found ? QStringList{"warning approval.past_start"} : QStringList());
}

void TestComplianceChecks::welcomeAboveTheCap()
{
    test::LedgerWorld w;
    QVERIFY(w.ok);
    const QString json = QStringLiteral(R"({"code":"HELLO300","name":"新会员礼","type":"welcome","from":"%1","to":"%2","terms":"注册即送300积分。","points":300})")
                             .arg(today(w).addDays(-5).toString(Qt::ISODate), today(w).addDays(30).toString(Qt::ISODate));
    QVERIFY(test::campaign(w, json, "HELLO300", CampaignStatus::Approved));
    QCOMPARE(findingsAbout(w, "HELLO300"), QStringList());
    // the cap lowered after approval: the running bonus now lures
    w.t.exec("INSERT INTO settings (key, value) VALUES ('campaigns.welcome_cap', '299') ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    QCOMPARE(findingsAbout(w, "HELLO300"), QStringList{"error welcome.over_cap"});
    w.t.exec("UPDATE settings SET value = '300' WHERE key = 'campaigns.welcome_cap'");
    QCOMPARE(findingsAbout(w, "HELLO300"), QStringList());
    // a cancelled one promises nothing
    w.t.exec("UPDATE settings SET value = '100' WHERE key = 'campaigns.welcome_cap'");
    QVERIFY(CampaignService(w.t.db(), w.clock).cancel(test::sessionFor(Role::Compliance), "HELLO300", QStringLiteral("超出上限")).ok());
    QCOMPARE(findingsAbout(w, "HELLO300"), QStringList());
}

void TestComplianceChecks::aPhonePromotedWithoutItsPoints_data()
{
    QTest::addColumn<qint64>("price");   // the item's own points price
    QTest::addColumn<qint64>("sale");    // the points during the sale
    QTest::addColumn<QString>("terms");  // what the campaign manager wrote
    QTest::addColumn<bool>("found");
    QTest::newRow("the fined case") << qint64(100'000) << qint64(90'000) << QStringLiteral("积分换手机，限时特惠！") << true;
    QTest::newRow("points stated, grouped") << qint64(100'000) << qint64(90'000) << QStringLiteral("90,000积分换手机") << false;
    QTest::newRow("points stated, plain") << qint64(100'000) << qint64(90'000) << QStringLiteral("仅需90000积分") << false;
    QTest::newRow("full-width separator") << qint64(100'000) << qint64(90'000) << QStringLiteral("仅需90，000积分") << false;
    QTest::newRow("another number only") << qint64(100'000) << qint64(90'000) << QStringLiteral("原价100000积分，限时特惠") << true;
    QTest::newRow("a longer number is not it") << qint64(100'000) << qint64(10'000) << QStringLiteral("100000积分") << true;
    QTest::newRow("a cheap item needs no warning") << qint64(8'000) << qint64(6'000) << QStringLiteral("毛巾特惠") << false;
}

void TestComplianceChecks::aPhonePromotedWithoutItsPoints()
{
    QFETCH(qint64, price);
    QFETCH(qint64, sale);
    QFETCH(QString, terms);
    QFETCH(bool, found);
    test::RedemptionWorld w;
    QVERIFY(w.ok);
    QVERIFY(w.add(test::RedemptionWorld::item("PHONE1", price)));
    const QString json = QStringLiteral(R"({"code":"PHONE-DAY","name":"手机兑换日","type":"sale","from":"%1","to":"%2","item":"PHONE1","points":%3,"terms":"%4"})")
                             .arg(today(w).toString(Qt::ISODate), today(w).addDays(7).toString(Qt::ISODate))
                             .arg(sale)
                             .arg(terms);
    QVERIFY(test::campaign(w, json, "PHONE-DAY", CampaignStatus::Approved));
    auto r = ComplianceChecks(w.t.db(), w.clock).run(test::sessionFor(Role::Compliance));
    PD_OK(r);
    const auto it = std::find_if(r->cbegin(), r->cend(), [](const Finding &f) { return f.code == QLatin1String("promotion.price_not_stated"); });
    QCOMPARE(it != r->cend(), found);
    if (found) {
        // an error naming both the campaign and the item
        QCOMPARE(it->severity, FindingSeverity::Error);
        QCOMPARE(it->subject, QStringLiteral("PHONE-DAY"));
        QVERIFY2(it->message.contains(QStringLiteral("PHONE1")) && it->message.contains(points::displayPoints(sale)), qPrintable(it->message));
        QVERIFY2(it->fix.contains(points::displayPoints(sale)), qPrintable(it->fix));
    }
}

void TestComplianceChecks::largePointsPrice_data()
{
    QTest::addColumn<QString>("setting"); // empty: the default of 50,000
    QTest::addColumn<qint64>("price");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("endsIn"); // days from today; 0: no end
    QTest::addColumn<bool>("found");
    QTest::newRow("just under the default") << QString() << qint64(49'999) << int(ItemStatus::Active) << 0 << false;
    QTest::newRow("at the default") << QString() << qint64(50'000) << int(ItemStatus::Active) << 0 << true;
    QTest::newRow("a phone for 100,000") << QString() << qint64(100'000) << int(ItemStatus::Active) << 0 << true;
    QTest::newRow("lower setting") << QStringLiteral("20000") << qint64(20'000) << int(ItemStatus::Active) << 0 << true;
    QTest::newRow("higher setting") << QStringLiteral("200000") << qint64(100'000) << int(ItemStatus::Active) << 0 << false;
    QTest::newRow("draft") << QString() << qint64(100'000) << int(ItemStatus::Draft) << 0 << false;
    QTest::newRow("retired") << QString() << qint64(100'000) << int(ItemStatus::Retired) << 0 << false;
    QTest::newRow("ended yesterday") << QString() << qint64(100'000) << int(ItemStatus::Active) << -1 << false;
    QTest::newRow("ends today") << QString() << qint64(100'000) << int(ItemStatus::Active) << 1 << true;
}

void TestComplianceChecks::largePointsPrice()
{
    QFETCH(QString, setting);
    QFETCH(qint64, price);
    QFETCH(int, status);
    QFETCH(int, endsIn);
    QFETCH(bool, found);
    test::RedemptionWorld w;
    QVERIFY(w.ok);
    if (!setting.isEmpty())
        w.t.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('compliance.large_points_price', '%1')").arg(setting));
    CatalogItem phone = test::RedemptionWorld::item("PHONE1", price);
    phone.name = QStringLiteral("智能手机");
    phone.status = ItemStatus(status);
    if (endsIn != 0) {
        phone.activeFrom = today(w).addDays(-30);
        phone.activeTo = today(w).addDays(endsIn > 0 ? endsIn - 1 : endsIn);
    }
    QVERIFY(w.add(phone));
    QCOMPARE(findingsAbout(w, "PHONE1"), found ? QStringList{"warning item.large_price"} : QStringList());
}

void TestComplianceChecks::itemWithoutRetailValue()
{
    test::RedemptionWorld w;
    QVERIFY(w.ok);
    CatalogItem towel = test::RedemptionWorld::item("TOWEL1", 800);
    towel.retailValueFen = 0;
    QVERIFY(w.add(towel));
    QVERIFY(w.add(test::RedemptionWorld::item("TOWEL2", 800)));
    QCOMPARE(findingsAbout(w, "TOWEL1"), QStringList{"warning item.no_retail_value"});
    QCOMPARE(findingsAbout(w, "TOWEL2"), QStringList());
}

void TestComplianceChecks::errorsComeFirstAndNothingIsWritten()
{
    test::RedemptionWorld w;
    QVERIFY(w.ok);
    QVERIFY(w.add(test::RedemptionWorld::item("PHONE1", 100'000)));
    QVERIFY(PersonalDataService(w.t.db(), w.clock)
                .logRequest(test::sessionFor(Role::Compliance), w.card(3), DataRequestKind::Copy, DataRequester::Member, today(w).addDays(-40))
                .ok());
    const auto before = test::everyRow(w.t.db());
    auto r = ComplianceChecks(w.t.db(), w.clock).run(test::sessionFor(Role::Administrator));
    QVERIFY(r.ok());
    QVERIFY(r->size() >= 2);
    QCOMPARE(r->constFirst().severity, FindingSeverity::Error);
    bool warningSeen = false;
    for (const Finding &f : r.value()) {
        QVERIFY2(!(warningSeen && f.severity == FindingSeverity::Error), qPrintable(f.code));
        warningSeen = warningSeen || f.severity == FindingSeverity::Warning;
        QVERIFY(!f.code.isEmpty() && !f.subject.isEmpty() && !f.message.isEmpty() && !f.fix.isEmpty());
    }
    QVERIFY(warningSeen);
    QCOMPARE(test::everyRow(w.t.db()), before);
}

void TestComplianceChecks::onlyComplianceAndAdministratorsRunThem()
{
    test::LedgerWorld w;
    QVERIFY(w.ok);
    for (Role role : allRoles()) {
        auto r = ComplianceChecks(w.t.db(), w.clock).run(test::sessionFor(role));
        const bool allowed = role == Role::Compliance || role == Role::Administrator;
        QVERIFY2(r.ok() == allowed, qPrintable(roleCode(role)));
        if (!allowed)
            QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
    }
}

PD_DATABASE_TEST_MAIN(TestComplianceChecks)
#include "tst_compliancechecks.moc"

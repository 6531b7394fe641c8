// Campaign definitions, matching and their arithmetic alone (DESIGN §8, §4 campaign_pct): no
// database, no clock. Every number worked out by hand: ¥100 at 100 points per ¥100 is 100 points.
#include "core/campaigns/campaignmatch.h"
#include "core/ledger/breakdownfields.h"
#include "core/receipts/earning.h"
#include "core/rules/programmerules.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace pd;

class TestCampaignMatch : public QObject
{
    Q_OBJECT
private slots:
    void aDefinitionRoundTrips();
    void everyBadFieldIsNamed_data();
    void everyBadFieldIsNamed();
    void programmeCodesAreChecked();
    void receiptsMatch_data();
    void receiptsMatch();
    void highestMultiplierWinsTieByCode();
    void theExtraIsCutToTheRoomLeft();
    void aCampaignWithoutRoomLetsTheNextWin();
    void firstPurchaseBonusesAddUp();
    void aStoredBreakdownIsReadAtItsTopLevel();
    void theStoredTextIsWhatQJsonDocumentWrites();
};

namespace {
ProgrammeRules rules()
{
    ProgrammeRules r;
    r.ratePer100 = {{QStringLiteral("supermarket"), 100}, {QStringLiteral("fuel"), 50}};
    r.tiers = {Tier{QStringLiteral("member"), 0, 0, 100, {}}, Tier{QStringLiteral("gold"), 2, 1000000, 125, {}}};
    return r;
}

Campaign parse(const char *json)
{
    QList<FieldProblem> problems;
    auto c = Campaign::fromJson(QJsonDocument::fromJson(json).object(), problems);
    if (!c)
        qFatal("%s", qPrintable(c.error().message));
    Campaign out = c.value();
    out.status = CampaignStatus::Approved;
    return out;
}

Campaign multiplier(const QString &code, int percent)
{
    Campaign c;
    c.code = code;
    c.name = code;
    c.type = CampaignType::Multiplier;
    c.from = QDate(2027, 5, 1);
    c.to = QDate(2027, 5, 31);
    c.percent = percent;
    c.status = CampaignStatus::Approved;
    return c;
}

const EarningInput kHundred{QStringLiteral("supermarket"), 10000, 0};
const MemberAtPosting kMember{QStringLiteral("member"), CreditStanding::Normal};
} // namespace

void TestCampaignMatch::aDefinitionRoundTrips()
{
    const Campaign c = parse(R"({"code":"MKT-WED-SAT","name":"赶集日双倍积分","type":"multiplier","from":"2027-05-01","to":"2027-05-31",
        "terms":"每周三、周六满100元双倍积分","stores":["NY01"],"min_amount":100,"budget_points":50000,"member_cap_points":2000,
        "percent":200,"weekdays":[3,6],"month_days":[15],"dates":["2027-05-20"]})");
    QCOMPARE(c.minAmountFen, std::optional<qint64>(10000));
    QCOMPARE(c.weekdays, QList<int>({3, 6}));
    QList<FieldProblem> problems;
    auto again = Campaign::fromJson(c.toJson(), problems);
    QVERIFY(again);
    QCOMPARE(again->toJson(), c.toJson());
    QCOMPARE(again->dates, QList<QDate>{QDate(2027, 5, 20)});
    QCOMPARE(again->budgetPoints, std::optional<qint64>(50000));
}

void TestCampaignMatch::everyBadFieldIsNamed_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words");
    const QString base = QStringLiteral(R"("code":"D2","name":"双倍","from":"2027-05-01","to":"2027-05-31")");
    QTest::newRow("percent too low") << base + R"(,"type":"multiplier","percent":100)" << "percent" << "101 to 1000";
    QTest::newRow("percent a slip") << base + R"(,"type":"multiplier","percent":10000)" << "percent" << "101 to 1000";
    QTest::newRow("percent missing") << base + R"(,"type":"multiplier")" << "percent" << "missing";
    QTest::newRow("to before from") << R"("code":"D2","name":"x","type":"welcome","points":10,"from":"2027-05-31","to":"2027-05-01")"
                                    << "to" << "before from";
    QTest::newRow("bad code") << R"("code":"d 2","name":"x","type":"welcome","points":10,"from":"2027-05-01","to":"2027-05-01")"
                              << "code" << "capital letters";
    QTest::newRow("unknown type") << base + R"(,"type":"lottery")" << "type" << "lottery";
    QTest::newRow("weekday 8") << base + R"(,"type":"multiplier","percent":200,"weekdays":[8])" << "weekdays" << "1 to 7";
    QTest::newRow("date outside") << base + R"(,"type":"multiplier","percent":200,"dates":["2027-06-01"])" << "dates" << "outside";
    QTest::newRow("min amount") << base + R"(,"type":"multiplier","percent":200,"min_amount":"12.345")" << "min_amount" << "";
    QTest::newRow("budget zero") << base + R"(,"type":"multiplier","percent":200,"budget_points":0)" << "budget_points" << "whole number";
    QTest::newRow("unknown field") << base + R"(,"type":"multiplier","percent":200,"pecent":300)" << "pecent" << "not a campaign field";
    QTest::newRow("sale without item") << base + R"(,"type":"sale","points":1500)" << "item" << "missing";
    QTest::newRow("empty to (fuzz)") << R"("code":"D2","name":"x","type":"welcome","points":10,"from":"2027-05-01","to":"")" << "to" << "missing";
    QTest::newRow("blank name") << R"("code":"D2","name":"  ","type":"welcome","points":10,"from":"2027-05-01","to":"2027-05-02")" << "name"
                                << "missing";
}

void TestCampaignMatch::everyBadFieldIsNamed()
{
    QFETCH(QString, json);
    QFETCH(QString, field);
    QFETCH(QString, words);
    QList<FieldProblem> problems;
    auto c = Campaign::fromJson(QJsonDocument::fromJson(QStringLiteral("{%1}").arg(json).toUtf8()).object(), problems);
    QVERIFY(!c);
    QCOMPARE(c.error().field, field);
    QVERIFY2(problems.constFirst().reason.contains(words), qPrintable(problems.constFirst().reason));
}

void TestCampaignMatch::programmeCodesAreChecked()
{
    CampaignContext context;
    context.stores = {QStringLiteral("NY01")};
    context.scenarios = {QStringLiteral("supermarket")};
    context.tiers = {QStringLiteral("gold")};
    context.itemPrices = {{QStringLiteral("EYE-CARE"), 2000}};
    context.welcomeCap = 500;
    Campaign c = multiplier(QStringLiteral("D2"), 200);
    c.stores = {QStringLiteral("NY01"), QStringLiteral("ZZ99")};
    c.scenarios = {QStringLiteral("casino")};
    c.tiers = {QStringLiteral("diamond")};
    QStringList seen;
    for (const FieldProblem &p : problemsAgainst(c, context))
        seen << p.field + QLatin1Char(':') + p.reason;
    QCOMPARE(seen, QStringList({"stores:there is no store ZZ99", "scenarios:there is no earning scenario casino", "tiers:there is no tier diamond"}));

    Campaign welcome = multiplier(QStringLiteral("HELLO"), 0);
    welcome.type = CampaignType::Welcome;
    welcome.points = 501;
    QCOMPARE(problemsAgainst(welcome, context).constFirst().field, QStringLiteral("points"));
    welcome.points = 500;
    QVERIFY(problemsAgainst(welcome, context).isEmpty());

    Campaign sale = multiplier(QStringLiteral("EYE-DAY"), 0);
    sale.type = CampaignType::Sale;
    sale.item = QStringLiteral("NOPE");
    sale.points = 1500;
    QCOMPARE(problemsAgainst(sale, context).constFirst().reason, QStringLiteral("there is no catalog item NOPE"));
    sale.item = QStringLiteral("EYE-CARE");
    QVERIFY(problemsAgainst(sale, context).isEmpty());
    sale.points = 2000; // no saving
    QCOMPARE(problemsAgainst(sale, context).constFirst().field, QStringLiteral("points"));
}

void TestCampaignMatch::receiptsMatch_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("store");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<bool>("matches");
    // Wednesdays and Saturdays of May 2027 (1 May is a Saturday), the 15th, and 20 May; store NY01;
    // supermarket; gold; from ¥100
    QTest::newRow("saturday") << QDate(2027, 5, 1) << "NY01" << "supermarket" << "gold" << qint64(10000) << true;
    QTest::newRow("wednesday") << QDate(2027, 5, 5) << "NY01" << "supermarket" << "gold" << qint64(10000) << true;
    QTest::newRow("thursday") << QDate(2027, 5, 6) << "NY01" << "supermarket" << "gold" << qint64(10000) << false;
    QTest::newRow("month day 15 (a Saturday anyway)") << QDate(2027, 5, 15) << "NY01" << "supermarket" << "gold" << qint64(10000) << true;
    QTest::newRow("date 20 May (a Thursday)") << QDate(2027, 5, 20) << "NY01" << "supermarket" << "gold" << qint64(10000) << true;
    QTest::newRow("last day") << QDate(2027, 5, 29) << "NY01" << "supermarket" << "gold" << qint64(10000) << true;
    QTest::newRow("after the window (a Wednesday)") << QDate(2027, 6, 2) << "NY01" << "supermarket" << "gold" << qint64(10000) << false;
    QTest::newRow("before the window (a Wednesday)") << QDate(2027, 4, 28) << "NY01" << "supermarket" << "gold" << qint64(10000) << false;
    QTest::newRow("other store") << QDate(2027, 5, 1) << "NY02" << "supermarket" << "gold" << qint64(10000) << false;
    QTest::newRow("other scenario") << QDate(2027, 5, 1) << "NY01" << "fuel" << "gold" << qint64(10000) << false;
    QTest::newRow("other tier") << QDate(2027, 5, 1) << "NY01" << "supermarket" << "member" << qint64(10000) << false;
    QTest::newRow("below the minimum") << QDate(2027, 5, 1) << "NY01" << "supermarket" << "gold" << qint64(9999) << false;
}

void TestCampaignMatch::receiptsMatch()
{
    QFETCH(QDate, day);
    QFETCH(QString, store);
    QFETCH(QString, scenario);
    QFETCH(QString, tier);
    QFETCH(qint64, amount);
    QFETCH(bool, matches);
    Campaign c = multiplier(QStringLiteral("MKT"), 200);
    c.stores = {QStringLiteral("NY01")};
    c.scenarios = {QStringLiteral("supermarket")};
    c.tiers = {QStringLiteral("gold")};
    c.minAmountFen = 10000;
    c.weekdays = {3, 6};
    c.monthDays = {15};
    c.dates = {QDate(2027, 5, 20)};
    const auto found = campaignsForReceipt({c}, CampaignReceipt{day, store, scenario, tier, amount, false});
    QCOMPARE(found.size(), matches ? 1 : 0);

    // a campaign not approved never matches
    c.status = CampaignStatus::Submitted;
    QVERIFY(campaignsForReceipt({c}, CampaignReceipt{day, store, scenario, tier, amount, false}).isEmpty());
}

void TestCampaignMatch::highestMultiplierWinsTieByCode()
{
    const QList<CampaignOffer> offers = {{multiplier(QStringLiteral("B-150"), 150), {}},
                                         {multiplier(QStringLiteral("Z-300"), 300), {}},
                                         {multiplier(QStringLiteral("A-300"), 300), {}}};
    auto b = earningFor(rules(), kMember, kHundred, offers);
    QVERIFY(b);
    QCOMPARE(b->campaignCode, QStringLiteral("A-300"));
    QCOMPARE(b->campaignPct, 300);
    QCOMPARE(b->campaignExtra, 200); // 300 − 100: multipliers never stack (150 % is not added)
    QCOMPARE(b->points, 300);
    // with tier and credit they do: gold 125 %, good credit 110 %: floor(10000 × 100 × 125 × 110 × 300 / 10^10) = 412
    auto gold = earningFor(rules(), MemberAtPosting{QStringLiteral("gold"), CreditStanding::Good}, kHundred, offers);
    QCOMPARE(gold->points, 412);
    QCOMPARE(gold->campaignExtra, 412 - 137); // without the campaign: floor(137.5)
    QVERIFY(b->campaignLine().contains(QStringLiteral("A-300 ×3: +200")));
}

void TestCampaignMatch::theExtraIsCutToTheRoomLeft()
{
    auto b = earningFor(rules(), kMember, kHundred, {{multiplier(QStringLiteral("D2"), 200), 37}});
    QCOMPARE(b->campaignExtra, 37);
    QCOMPARE(b->points, 137);
    QVERIFY(b->campaignCut);
    QVERIFY(b->explain().contains(QStringLiteral("cut to 37")));
}

void TestCampaignMatch::aCampaignWithoutRoomLetsTheNextWin()
{
    auto b = earningFor(rules(), kMember, kHundred, {{multiplier(QStringLiteral("BIG"), 300), 0}, {multiplier(QStringLiteral("SMALL"), 150), {}}});
    QCOMPARE(b->campaignCode, QStringLiteral("SMALL"));
    QCOMPARE(b->points, 150);
    auto none = earningFor(rules(), kMember, kHundred, {{multiplier(QStringLiteral("BIG"), 300), 0}});
    QVERIFY(!none->campaignId);
    QCOMPARE(none->campaignPct, 100);
    QCOMPARE(none->points, 100);
}

void TestCampaignMatch::firstPurchaseBonusesAddUp()
{
    Campaign first = parse(R"({"code":"FIRST","name":"首单有礼","type":"first_purchase","from":"2027-05-01","to":"2027-05-31","points":50})");
    Campaign capped = parse(R"({"code":"FIRST-NY","name":"新店首单","type":"first_purchase","from":"2027-05-01","to":"2027-05-31","points":80})");
    first.id = 7;
    capped.id = 8;
    // only a first receipt matches
    const CampaignReceipt later{QDate(2027, 5, 3), QStringLiteral("NY01"), QStringLiteral("supermarket"), QStringLiteral("member"), 10000, false};
    QVERIFY(campaignsForReceipt({first}, later).isEmpty());
    CampaignReceipt firstOne = later;
    firstOne.firstReceipt = true;
    QCOMPARE(campaignsForReceipt({first, capped}, firstOne).size(), 2);

    auto b = earningFor(rules(), kMember, kHundred, {{first, {}}, {capped, 30}});
    QCOMPARE(b->bonusPoints, 80); // 50 + 80 cut to 30
    QCOMPARE(b->bonuses.size(), 2);
    QCOMPARE(b->bonuses.at(1).points, 30);
    QCOMPARE(b->total(), 180);
    QCOMPARE(b->campaignLine(), QStringLiteral("首单有礼: +50; 新店首单: +30"));
    // the breakdown keeps them for "why did I get this many points"
    const EarningBreakdown back = EarningBreakdown::fromJson(b->toJson());
    QCOMPARE(back.bonuses.at(0).campaignId, 7);
    QCOMPARE(back.bonuses.at(1).campaignCode, QStringLiteral("FIRST-NY"));
}

QTEST_APPLESS_MAIN(TestCampaignMatch)
#include "tst_campaignmatch.moc"

void TestCampaignMatch::aStoredBreakdownIsReadAtItsTopLevel()
{
    // a first receipt's earning entry: its bonuses list repeats keys that are not the receipt's own
    EarningBreakdown b;
    b.amountFen = 12345;
    b.rateCode = QStringLiteral("supermarket");
    b.ratePer100 = 100;
    b.tierCode = QStringLiteral("gold");
    b.tierPct = 120;
    b.creditPct = 110;
    b.campaignPct = 200;
    b.campaignId = 7;
    b.campaignCode = QStringLiteral("SAT-X2");
    b.campaignName = QStringLiteral("周六\"双倍\"积分");
    b.points = 325;
    b.bonuses = {CampaignBonus{9, QStringLiteral("FIRST"), QStringLiteral("首单{礼}"), 50}};
    const QByteArray stored = QJsonDocument(b.toJson()).toJson(QJsonDocument::Compact);
    QHash<QByteArray, QByteArray> read;
    breakdownfields::forEachTopLevel(stored, [&](QByteArrayView key, QByteArrayView value) { read.insert(key.toByteArray(), value.toByteArray()); });
    QCOMPARE(read.size(), b.toJson().size() - 1); // every field but the nested list
    QCOMPARE(read.value("campaign_code"), QByteArray("SAT-X2"));
    QCOMPARE(read.value("campaign_id"), QByteArray("7"));
    QCOMPARE(read.value("points"), QByteArray("325"));
    QCOMPARE(read.value("campaign_pct"), QByteArray("200"));
    QCOMPARE(read.value("rate_code"), QByteArray("supermarket"));
    QCOMPARE(read.value("campaign_name"), QByteArray("周六\\\"双倍\\\"积分"));
    QVERIFY(!read.contains("bonuses")); // skipped whole, never confused with the top level
    // cut short anywhere, it reads no further than it is given
    for (qsizetype size = 0; size < stored.size(); ++size) {
        const QByteArrayView part(stored.constData(), size);
        breakdownfields::forEachTopLevel(part, [&](QByteArrayView key, QByteArrayView value) {
            QVERIFY(key.data() + key.size() <= part.data() + part.size());
            QVERIFY(value.data() + value.size() <= part.data() + part.size());
        });
    }
}

void TestCampaignMatch::theStoredTextIsWhatQJsonDocumentWrites()
{
    QRandomGenerator random(20261201);
    const QString pieces[] = {QStringLiteral("周六双倍积分"), QStringLiteral("\""), QStringLiteral("\\"), QStringLiteral("\n\t\r\b\f"),
                              QString(QChar(0x01)), QString(QChar(0x1f)), QString(QChar(0x7f)), QStringLiteral("😀"), QStringLiteral("/"),
                              QStringLiteral("MKT-DAY"), QString(), QStringLiteral("{\"a\":[1]}")};
    const auto text = [&] {
        QString t;
        for (int i = int(random.bounded(4)); i > 0; --i)
            t += pieces[random.bounded(int(std::size(pieces)))];
        return t;
    };
    for (int round = 0; round < 2000; ++round) {
        EarningBreakdown b;
        b.amountFen = qint64(random.generate64() % 100'000'000'000LL);
        b.rateCode = text();
        b.ratePer100 = int(random.bounded(1000));
        b.tierCode = text();
        b.tierPct = int(random.bounded(300));
        b.creditCode = text();
        b.creditPct = int(random.bounded(200));
        b.campaignPct = 100 + int(random.bounded(900));
        if (random.bounded(2)) {
            b.campaignId = qint64(random.bounded(100000));
            b.campaignCode = text();
            b.campaignName = text();
            b.campaignExtra = random.bounded(100000);
            b.campaignCut = random.bounded(2);
        }
        b.points = random.bounded(1'000'000);
        b.greenFen = random.bounded(1'000'000);
        b.greenRatePer100 = int(random.bounded(500));
        b.greenPoints = random.bounded(10000);
        b.bonusPoints = random.bounded(1000);
        for (int i = int(random.bounded(3)); i > 0; --i)
            b.bonuses << CampaignBonus{qint64(random.bounded(1000)), text(), text(), qint64(random.bounded(500))};
        const QString qt = QString::fromUtf8(QJsonDocument(b.toJson()).toJson(QJsonDocument::Compact));
        QCOMPARE(b.toStoredText(), qt);
    }
}

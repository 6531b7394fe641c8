// The earning stage and the redemption terms alone (DESIGN §4): rules, the member at posting time and the receipt in,
// the breakdown out — no database, no clock. Every number worked out by hand.
#include "core/receipts/earning.h"
#include "core/redemption/redemptionterms.h"
#include "core/rules/programmerules.h"

#include <QTest>

using namespace pd;

class TestEarningStage : public QObject
{
    Q_OBJECT
private slots:
    void everyFactorIsApplied_data();
    void everyFactorIsApplied();
    void anUnknownScenarioIsNamed();
    void redemptionTermsInTheDesksOrder();
};

namespace {
ProgrammeRules rules()
{
    ProgrammeRules r;
    r.ratePer100 = {{QStringLiteral("supermarket"), 100}, {QStringLiteral("fuel"), 50}, {QStringLiteral("partner:eyewear"), 120}};
    r.tiers = {Tier{QStringLiteral("member"), 0, 0, 100, {}}, Tier{QStringLiteral("silver"), 1, 200000, 110, {}},
               Tier{QStringLiteral("gold"), 2, 1000000, 125, {}}};
    r.greenRatePer100 = 200;
    return r;
}
} // namespace

void TestEarningStage::everyFactorIsApplied_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<bool>("goodCredit");
    QTest::addColumn<int>("campaignPct");
    QTest::addColumn<qint64>("points");
    QTest::addColumn<qint64>("green");
    // ¥123.45 (12,345 fen), ¥10 of it green: green = floor(1000 × 200 / 10^4) = 20
    QTest::newRow("base") << "supermarket" << "member" << false << 100 << qint64(123) << qint64(20);            // 123.45
    QTest::newRow("fuel") << "fuel" << "member" << false << 100 << qint64(61) << qint64(20);                     // 61.725
    QTest::newRow("partner 120") << "partner:eyewear" << "member" << false << 100 << qint64(148) << qint64(20); // 148.14
    QTest::newRow("gold, good credit") << "supermarket" << "gold" << true << 100 << qint64(169) << qint64(20);   // 169.74375
    QTest::newRow("double points") << "supermarket" << "silver" << false << 200 << qint64(271) << qint64(20);    // 271.59
    QTest::newRow("unknown tier earns at 100 %") << "supermarket" << "diamond" << false << 100 << qint64(123) << qint64(20);
}

void TestEarningStage::everyFactorIsApplied()
{
    QFETCH(QString, scenario);
    QFETCH(QString, tier);
    QFETCH(bool, goodCredit);
    QFETCH(int, campaignPct);
    QFETCH(qint64, points);
    QFETCH(qint64, green);
    const MemberAtPosting member{tier, goodCredit ? CreditStanding::Good : CreditStanding::Normal};
    auto b = earningFor(rules(), member, EarningInput{scenario, 12345, 1000}, campaignPct);
    QVERIFY2(b.ok(), qPrintable(b.error().describe()));
    QCOMPARE(b->points, points);
    QCOMPARE(b->greenPoints, green);
    QCOMPARE(b->total(), points + green);
    QCOMPARE(b->campaignPct, campaignPct);
    QCOMPARE(b->rateCode, scenario);
}

void TestEarningStage::anUnknownScenarioIsNamed()
{
    auto b = earningFor(rules(), MemberAtPosting{QStringLiteral("member"), CreditStanding::Normal}, EarningInput{QStringLiteral("casino"), 100, 0});
    QVERIFY(!b.ok());
    QCOMPARE(b.error().field, QStringLiteral("scenario"));
    QVERIFY(b.error().message.contains(QStringLiteral("casino")));
}

// The redemption terms alone: each refusal in the order the desk explains them, and the
// good-credit price, ceil(2,001 × 95 %) = 1,901 points.
void TestEarningStage::redemptionTermsInTheDesksOrder()
{
    CatalogItem item;
    item.code = QStringLiteral("BOX");
    item.name = QStringLiteral("礼盒");
    item.pointsPrice = 2001;
    item.cashFen = 2000;
    item.stock = 3;
    item.limitQty = 2;
    item.limitPeriod = LimitPeriod::Month;
    item.minTier = QStringLiteral("silver");
    item.activeFrom = QDate(2027, 1, 10);
    item.earlyAccessDays = 7;
    item.status = ItemStatus::Active;
    const QDate early(2027, 1, 5), open(2027, 1, 12);
    MemberAtRedemption good{QStringLiteral("gold"), CreditStanding::Good, 10000, 0};
    MemberAtRedemption normal{QStringLiteral("gold"), CreditStanding::Normal, 10000, 0};

    auto terms = redemptionTerms(item, rules(), good, 2, early); // early access for good credit
    QVERIFY2(terms.ok(), qPrintable(terms.error().describe()));
    QCOMPARE(terms->unitPoints, qint64(1901));
    QCOMPARE(terms->points, qint64(3802));
    QCOMPARE(terms->cashFen, qint64(4000));
    QVERIFY(terms->creditPrice);

    QCOMPARE(redemptionTerms(item, rules(), normal, 1, early).error().field, QStringLiteral("early_access"));
    QCOMPARE(redemptionTerms(item, rules(), normal, 1, QDate(2027, 1, 1)).error().field, QStringLiteral("window"));
    MemberAtRedemption member = normal;
    member.tier = QStringLiteral("member");
    QCOMPARE(redemptionTerms(item, rules(), member, 1, open).error().field, QStringLiteral("tier"));
    member = normal;
    member.alreadyInPeriod = 1;
    QCOMPARE(redemptionTerms(item, rules(), member, 2, open).error().field, QStringLiteral("limit"));
    member.alreadyInPeriod = 0;
    member.balance = 4001; // two at 2,001 need 4,002
    QCOMPARE(redemptionTerms(item, rules(), member, 2, open).error().field, QStringLiteral("points"));
    item.stock = 1;
    QCOMPARE(redemptionTerms(item, rules(), normal, 2, open).error().field, QStringLiteral("stock"));
    QVERIFY(redemptionTerms(item, rules(), normal, 1, open).ok());
}

QTEST_GUILESS_MAIN(TestEarningStage)
#include "tst_earningstage.moc"

// Partner settlement (issue 17, DESIGN §10): per partner merchant and month, the points its
// stores gave out against the points members spent with it, valued at the point value —
// checked against figures worked out by hand and against the ledger itself, on both engines.
#include "core/insights/settlement.h"
#include "core/io/catalogexport.h"
#include "core/io/importers.h"
#include "core/rules/programmerules.h"
#include "redemptionfixture.h"

#include <QBuffer>

using namespace pd;
using namespace pd::test;

class TestSettlement : public QObject
{
    Q_OBJECT
private slots:
    void aMonthWorkedOutByHand();
    void aCancellationCountsInTheMonthItWasMade();
    void oneNamedPartnerAndTheRefusals();
    void anItemBelongsToAPartnerWithStores();
    void theCatalogFileCarriesThePartner();
};

namespace {

const PartnerSettlement *partner(const Settlement &s, const QString &code)
{
    for (const PartnerSettlement &p : s.partners)
        if (p.partnerCode == code)
            return &p;
    return nullptr;
}

// The points the ledger moved at a store in a month, by kind, counted from the entries.
qint64 ledgerAt(RedemptionWorld &w, const QString &store, const QString &kind, const QDate &month)
{
    const QVariantList bound{store, kind, toStoredTime(points::startOfBusinessDay(month)),
                             toStoredTime(points::startOfBusinessDay(month.addMonths(1)))};
    auto v = sql::scalar(w.t.db().connection(),
                         "SELECT COALESCE(SUM(e.delta), 0) FROM ledger_entries e JOIN stores s ON s.id = e.store_id "
                         "WHERE s.code = ? AND e.kind = ? AND e.business_time >= ? AND e.business_time < ?",
                         bound);
    return v.value().toLongLong();
}

CatalogItem glasses()
{
    CatalogItem i = RedemptionWorld::item(QStringLiteral("GLASSES"), 500);
    i.partnerCode = QStringLiteral("eyewear");
    return i;
}

} // namespace

// Member 1, in May 2027, with one point worth 2 fen: earns ¥1,000 at the eyewear partner's
// store EYE01 (1,000 points) and ¥500 at the chain's NY01; returns half of the EYE01 goods
// (500 points taken back there); pays 100 points at EYE01's till on a ¥300 receipt; redeems
// two of the partner's glasses (500 points each) at NY01 and one of the chain's mugs.
void TestSettlement::aMonthWorkedOutByHand()
{
    PD_REDEMPTION_WORLD(w, 3);
    QVERIFY(RulesService(w.t.db(), w.clock).setSetting(w.admin, QStringLiteral("points.point_value_fen"), QStringLiteral("2")).ok());
    QVERIFY(w.add(glasses()));
    QVERIFY(w.add(RedemptionWorld::item("MUG", 100)));
    auto e1 = w.receipt("E1", 1, 100000, LedgerWorld::local(2027, 5, 3), "partner:eyewear", 0, 0, "EYE01");
    PD_OK(e1);
    QCOMPARE(e1->balanceAfter - e1->balanceBefore, qint64(1000));
    PD_OK(w.receipt("R1", 1, 50000, LedgerWorld::local(2027, 5, 4)));
    PD_OK(w.giveBack("RET1", "E1", 50000, LedgerWorld::local(2027, 5, 10), "EYE01"));
    auto e2 = w.receipt("E2", 1, 30000, LedgerWorld::local(2027, 5, 12), "partner:eyewear", 0, 100, "EYE01");
    PD_OK(e2);
    const qint64 e2Earned = e2->balanceAfter - e2->balanceBefore + 100;
    w.clock.set(LedgerWorld::local(2027, 5, 20));
    PD_OK(w.redeem("G1", 1, "GLASSES", 2));
    PD_OK(w.redeem("M1", 1, "MUG"));

    auto s = insights::settlement(w.t.db(), w.admin, QDate(2027, 5, 17)); // any day of the month
    PD_OK(s);
    QCOMPARE(s->month, QDate(2027, 5, 1));
    QCOMPARE(s->pointValueFen, qint64(2));
    const PartnerSettlement *eye = partner(s.value(), "eyewear");
    QVERIFY(eye);
    QCOMPARE(eye->issued, 1000 + e2Earned);
    QCOMPARE(eye->clawedBack, qint64(500));
    QCOMPARE(eye->paidAtTill, qint64(100));
    QCOMPARE(eye->redeemedUnits, qint64(2));
    QCOMPARE(eye->redeemedPoints, qint64(1000));
    QCOMPARE(eye->cancelledPoints, qint64(0));
    QCOMPARE(eye->netPoints(), 1000 + e2Earned - 500 - 100 - 1000);
    QCOMPARE(eye->valueFen, qAbs(1000 + e2Earned - 500 - 100 - 1000) * 2); // the amount; the direction is told apart
    QVERIFY(eye->storeNames.constFirst().startsWith("EYE01 "));
    // the same figures straight from the ledger entries at EYE01
    const QDate may(2027, 5, 1);
    QCOMPARE(eye->issued, ledgerAt(w, "EYE01", "earn", may) + ledgerAt(w, "EYE01", "bonus", may) + ledgerAt(w, "EYE01", "welcome", may));
    QCOMPARE(eye->clawedBack, -ledgerAt(w, "EYE01", "clawback", may));
    QCOMPARE(eye->paidAtTill, -ledgerAt(w, "EYE01", "deduct", may));
    // the chain's own store and item are in no partner's figures; a partner without activity is listed at zero
    const PartnerSettlement *tex = partner(s.value(), "hometex");
    QVERIFY(tex);
    QCOMPARE(tex->netPoints(), qint64(0));
    QCOMPARE(insights::settlementDirection(*tex), QStringLiteral("Nothing is owed"));
    // the partner gave out 1000 + e2Earned − 500 and was spent with for 1,100: who pays depends on e2
    const QString direction = insights::settlementDirection(*eye);
    QVERIFY2(eye->netPoints() < 0 ? direction.startsWith("The chain pays") : direction.contains("pays the chain"), qPrintable(direction));

    const QList<QStringList> table = insights::settlementTable(s.value());
    QCOMPARE(table.constFirst().constFirst(), QStringLiteral("month"));
    QCOMPARE(table.size(), 1 + s->partners.size());
    bool found = false;
    for (const QStringList &row : table) {
        if (row.value(1) != QLatin1String("eyewear"))
            continue;
        found = true;
        QCOMPARE(row.value(0), QStringLiteral("2027-05"));
        QCOMPARE(row.value(10), QString::number(eye->netPoints()));
        QCOMPARE(row.value(12), points::formatYuan(eye->valueFen));
        QCOMPARE(row.value(13), eye->netPoints() < 0 ? QStringLiteral("chain") : QStringLiteral("partner"));
    }
    QVERIFY(found);
}

// One glasses redeemed on 30 May, cancelled on 2 June: May keeps its redemption, June gets the
// 500 points back as a credit — May's settlement, once sent, never changes.
void TestSettlement::aCancellationCountsInTheMonthItWasMade()
{
    PD_REDEMPTION_WORLD(w, 3);
    QVERIFY(w.add(glasses()));
    PD_OK(w.receipt("R1", 1, 200000, LedgerWorld::local(2027, 5, 2)));
    w.clock.set(LedgerWorld::local(2027, 5, 30, 23)); // 23:00 in Shanghai, still May
    PD_OK(w.redeem("G1", 1, "GLASSES", 2));
    auto mayBefore = insights::settlement(w.t.db(), w.admin, QDate(2027, 5, 1), "eyewear");
    PD_OK(mayBefore);
    w.clock.set(LedgerWorld::local(2027, 6, 2));
    PD_OK(w.cancel("G1", 1));

    auto may = insights::settlement(w.t.db(), w.admin, QDate(2027, 5, 1), "eyewear");
    auto june = insights::settlement(w.t.db(), w.admin, QDate(2027, 6, 1), "eyewear");
    PD_OK(may);
    PD_OK(june);
    QCOMPARE(may->partners.size(), 1);
    QCOMPARE(may->partners.constFirst().redeemedPoints, qint64(1000));
    QCOMPARE(may->partners.constFirst().netPoints(), mayBefore->partners.constFirst().netPoints());
    QCOMPARE(may->partners.constFirst().netPoints(), qint64(-1000));
    QCOMPARE(may->partners.constFirst().valueFen, qint64(1000)); // one fen a point by default
    const PartnerSettlement &j = june->partners.constFirst();
    QCOMPARE(j.redeemedPoints, qint64(0));
    QCOMPARE(j.cancelledUnits, qint64(1));
    QCOMPARE(j.cancelledPoints, qint64(500));
    QCOMPARE(j.netPoints(), qint64(500));
    QVERIFY(insights::settlementDirection(j).contains("pays the chain"));
}

void TestSettlement::oneNamedPartnerAndTheRefusals()
{
    PD_REDEMPTION_WORLD(w, 2);
    auto all = insights::settlement(w.t.db(), w.admin, QDate(2027, 5, 1));
    PD_OK(all);
    QStringList codes;
    for (const PartnerSettlement &p : all->partners)
        codes << p.partnerCode;
    QCOMPARE(codes, QStringList({"auto4s", "eyewear", "hometex"})); // the demo's partner stores
    auto one = insights::settlement(w.t.db(), w.admin, QDate(2027, 5, 1), "hometex");
    PD_OK(one);
    QCOMPARE(one->partners.size(), 1);
    QCOMPARE(one->partners.constFirst().partnerName, QStringLiteral("温馨家纺")); // the partner's own name, from the demo's stores
    QCOMPARE(one->chainName, QStringLiteral("The points programme"));
    QVERIFY(RulesService(w.t.db(), w.clock).setSetting(w.admin, QStringLiteral("programme.name"), QStringLiteral("南阳百货")).ok());
    QCOMPARE(insights::settlement(w.t.db(), w.admin, QDate(2027, 5, 1), "hometex")->chainName, QStringLiteral("南阳百货"));
    QCOMPARE(RulesService(w.t.db(), w.clock).setSetting(w.admin, QStringLiteral("programme.name"), QStringLiteral(" ")).error().code,
             ErrorCode::InvalidInput);

    auto unknown = insights::settlement(w.t.db(), w.admin, QDate(2027, 5, 1), "florist");
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QVERIFY(unknown.error().message.contains("florist"));
    QCOMPARE(insights::settlement(w.t.db(), w.admin, QDate()).error().code, ErrorCode::InvalidInput);
    QCOMPARE(insights::settlement(w.t.db(), sessionFor(Role::Cashier), QDate(2027, 5, 1)).error().code, ErrorCode::PermissionDenied);
    QVERIFY(insights::settlement(w.t.db(), sessionFor(Role::CampaignManager), QDate(2027, 5, 1)).ok());
    QVERIFY(insights::settlement(w.t.db(), sessionFor(Role::Compliance), QDate(2027, 5, 1)).ok());
}

void TestSettlement::anItemBelongsToAPartnerWithStores()
{
    PD_REDEMPTION_WORLD(w, 1);
    CatalogItem nobody = RedemptionWorld::item("VASE", 300);
    nobody.partnerCode = QStringLiteral("florist");
    auto refused = CatalogService(w.t.db(), w.clock).create(w.admin, nobody);
    QCOMPARE(refused.error().code, ErrorCode::NotFound);
    QCOMPARE(refused.error().field, QStringLiteral("partner"));
    QCOMPARE(test::countRows(w.t.db(), "catalog_items", "code = 'VASE'"), qint64(0));
    QVERIFY(w.add(glasses()));
    auto stored = CatalogService(w.t.db(), w.clock).item(w.admin, "GLASSES");
    PD_OK(stored);
    QCOMPARE(stored->partnerCode, QStringLiteral("eyewear"));
    // the demo's partner items are the partners' own
    QCOMPARE(CatalogService(w.t.db(), w.clock).item(w.admin, "TYRE")->partnerCode, QStringLiteral("auto4s"));
    QCOMPARE(CatalogService(w.t.db(), w.clock).item(w.admin, "OIL5L")->partnerCode, QString());
}

void TestSettlement::theCatalogFileCarriesThePartner()
{
    PD_REDEMPTION_WORLD(w, 1);
    Importers importers(w.t.db(), w.clock);
    const auto import = [&](const QByteArray &text, const char *name) {
        QBuffer file;
        file.setData(text);
        file.open(QIODevice::ReadOnly);
        return importers.importCatalog(w.admin, &file, QLatin1String(name));
    };
    const QByteArray header = "code,name,category,points,cash,retail_value,stock,per_member_limit,limit_period,tier,active_from,active_to";
    auto first = import(header + ",partner\nVASE,花瓶,partner,300,,30.00,,,,,,,hometex\nBOWL,碗,daily,200,,20.00,,,,,,,\n", "items.csv");
    PD_OK(first);
    QCOMPARE(first->added, 2);
    QCOMPARE(CatalogService(w.t.db(), w.clock).item(w.admin, "VASE")->partnerCode, QStringLiteral("hometex"));
    QCOMPARE(CatalogService(w.t.db(), w.clock).item(w.admin, "BOWL")->partnerCode, QString());
    // a file without the column keeps each item's partner: nothing changed
    auto second = import(header + "\nVASE,花瓶,partner,300,,30.00,,,,,,\n", "old-items.csv");
    PD_OK(second);
    QCOMPARE(second->unchanged, 1);
    QCOMPARE(CatalogService(w.t.db(), w.clock).item(w.admin, "VASE")->partnerCode, QStringLiteral("hometex"));
    // a partner no store carries is refused with its line
    auto third = import(header + ",partner\nVASE,花瓶,partner,300,,30.00,,,,,,,hometx\n", "typo.csv");
    PD_OK(third);
    QCOMPARE(third->rejected.size(), 1);
    QCOMPARE(third->rejected.constFirst().line, qint64(2));
    QVERIFY(third->rejected.constFirst().reason.contains("hometx"));
    QCOMPARE(CatalogService(w.t.db(), w.clock).item(w.admin, "VASE")->partnerCode, QStringLiteral("hometex"));
    // the export writes the column, and reads back unchanged
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    PD_OK(exportCatalogCsv(w.t.db(), w.clock, w.admin, &out));
    QVERIFY(out.data().startsWith(QByteArray(header + ",partner\r\n")));
    QVERIFY2(out.data().contains(",hometex\r\n"), out.data().constData());
    auto again = import(out.data(), "export.csv");
    PD_OK(again);
    QCOMPARE(again->added + again->updated + qint64(again->rejected.size()), qint64(0));
}

PD_DATABASE_TEST_MAIN(TestSettlement)
#include "tst_settlement.moc"

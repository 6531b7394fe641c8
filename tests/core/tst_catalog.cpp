#include "core/catalog/catalogmodel.h"
#include "core/io/catalogexport.h"
#include "core/io/importers.h"
#include "redemptionfixture.h"

#include <QAbstractItemModelTester>

using namespace pd;
using namespace pd::test;

namespace {
const QByteArray kHeader = "code,name,category,points,cash,retail_value,stock,per_member_limit,limit_period,tier,active_from,active_to\n";
}

class TestCatalog : public QObject
{
    Q_OBJECT
private slots:
    void validation_data();
    void validation();
    void createUpdateAndPicture();
    void importReportsEveryBadRowAndIsIdempotent();
    void exportRoundTrips();
    void modelShowsTheValueOfAPoint();
};

void TestCatalog::validation_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("code with a space") << "code=A B" << "code";
    QTest::newRow("no name") << "name=" << "name";
    QTest::newRow("no points") << "points=0" << "points";
    QTest::newRow("negative cash") << "cash=-1" << "cash";
    QTest::newRow("negative value") << "retail=-1" << "retail_value";
    QTest::newRow("negative stock") << "stock=-1" << "stock";
    QTest::newRow("zero limit") << "limit=0" << "per_member_limit";
    QTest::newRow("early access without a first day") << "early=3" << "active_from";
    QTest::newRow("window backwards") << "window=back" << "active_to";
    QTest::newRow("unknown tier") << "tier=diamond" << "tier";
}

void TestCatalog::validation()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    PD_REDEMPTION_WORLD(w, 1);
    CatalogItem i = RedemptionWorld::item("GOOD", 100, 5);
    const QString key = change.section('=', 0, 0), value = change.section('=', 1);
    if (key == "code") i.code = value;
    else if (key == "name") i.name = value;
    else if (key == "points") i.pointsPrice = value.toLongLong();
    else if (key == "cash") i.cashFen = value.toLongLong();
    else if (key == "retail") i.retailValueFen = value.toLongLong();
    else if (key == "stock") i.stock = value.toLongLong();
    else if (key == "limit") i.limitQty = value.toInt();
    else if (key == "early") i.earlyAccessDays = value.toInt();
    else if (key == "window") { i.activeFrom = QDate(2027, 6, 10); i.activeTo = QDate(2027, 6, 1); }
    else if (key == "tier") i.minTier = value;
    const qint64 items = countRows(w.t.db(), "catalog_items");
    auto made = CatalogService(w.t.db(), w.clock).create(w.admin, i);
    QVERIFY(!made.ok());
    QCOMPARE(made.error().field, field);
    QVERIFY(!made.error().message.isEmpty());
    QCOMPARE(countRows(w.t.db(), "catalog_items"), items);
}

void TestCatalog::createUpdateAndPicture()
{
    PD_REDEMPTION_WORLD(w, 1);
    CatalogService catalog(w.t.db(), w.clock);
    auto id = catalog.create(w.admin, RedemptionWorld::item("SOAP", 300, 10));
    QVERIFY(id.ok());
    QCOMPARE(catalog.create(w.admin, RedemptionWorld::item("SOAP", 300, 10)).error().code, ErrorCode::Duplicate);
    // campaign managers change the catalog; cashiers read it
    QCOMPARE(catalog.create(sessionFor(Role::Cashier), RedemptionWorld::item("X", 1)).error().code, ErrorCode::PermissionDenied);
    QVERIFY(catalog.item(sessionFor(Role::Cashier), "SOAP").ok());
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += QByteArray(100, 'x');
    QVERIFY(catalog.setImage(sessionFor(Role::CampaignManager), id.value(), png).ok());
    QCOMPARE(catalog.image(w.admin, id.value()).value(), png);
    QVERIFY(catalog.item(w.admin, "SOAP")->hasImage);
    QCOMPARE(catalog.setImage(w.admin, id.value(), QByteArray("GIF89a....")).error().field, QString("image"));
    QCOMPARE(catalog.setImage(w.admin, id.value(), QByteArray("\xff\xd8\xff", 3) + QByteArray(600 * 1024, 'x')).error().field, QString("image"));
    QCOMPARE(catalog.image(w.admin, id.value()).value(), png); // refused pictures change nothing
    QVERIFY(catalog.setImage(w.admin, id.value(), {}).ok());
    QVERIFY(!catalog.item(w.admin, "SOAP")->hasImage);
    CatalogItem soap = catalog.item(w.admin, "SOAP").value();
    soap.status = ItemStatus::Retired;
    soap.description = QStringLiteral("不再供应");
    QVERIFY(catalog.update(w.admin, soap).ok());
    QCOMPARE(catalog.item(w.admin, "SOAP")->status, ItemStatus::Retired);
    QCOMPARE(countRows(w.t.db(), "audit_log", "action LIKE 'catalog.%'"), 4 + 17); // create, 2 pictures, update; the demo catalog
}

void TestCatalog::importReportsEveryBadRowAndIsIdempotent()
{
    PD_REDEMPTION_WORLD(w, 1);
    const QByteArray file = kHeader
                            + "TOWEL,毛巾,daily,400,,20.00,100,2,month,,,\n"                        // 2 good
                            + "B1,坏,snacks,400,,20.00,,,,,,\n"                                     // 3 category
                            + "B2,坏,daily,-5,,20.00,,,,,,\n"                                       // 4 points
                            + "B3,坏,daily,400,1.234,20.00,,,,,,\n"                                 // 5 cash
                            + "B4,坏,daily,400,,20.00,,,month,,,\n"                                 // 6 period without limit
                            + "B5,坏,daily,400,,20.00,,2,week,,,\n"                                 // 7 period
                            + "B6,坏,daily,400,,20.00,,,,diamond,,\n"                               // 8 tier
                            + "B7,坏,daily,400,,20.00,,,,,2027-02-30,\n"                            // 9 date
                            + "B8,坏,daily,400,,20.00,,,,,2027-03-01,2027-02-01\n"                  // 10 backwards
                            + "B9,坏,daily,400,,20.00,ten,,,,,\n"                                   // 11 stock
                            + "WASH,洗车,service,300,,30.00,,4,month,,2027-01-01,2027-12-31\n";     // 12 good
    TextInput first(file);
    auto report = Importers(w.t.db(), w.clock).importCatalog(sessionFor(Role::CampaignManager), &first.buffer, "catalog.csv");
    QVERIFY2(report.ok(), qPrintable(report.error().describe()));
    QCOMPARE(report->added, 2);
    QCOMPARE(report->rejected.size(), 9);
    const QStringList fields{"category", "points", "cash", "limit_period", "limit_period", "tier", "active_from", "active_to", "stock"};
    for (int k = 0; k < fields.size(); ++k) {
        QCOMPARE(report->rejected.at(k).line, qint64(k + 3));
        QCOMPARE(report->rejected.at(k).field, fields.at(k));
    }
    auto wash = CatalogService(w.t.db(), w.clock).item(w.admin, "WASH");
    QCOMPARE(wash->status, ItemStatus::Active);
    QVERIFY(!wash->stock);
    QCOMPARE(wash->limitQty, std::optional<int>(4));
    QCOMPARE(wash->activeTo, QDate(2027, 12, 31));
    // again: nothing changes
    TextInput again(file);
    auto second = Importers(w.t.db(), w.clock).importCatalog(w.admin, &again.buffer, "catalog.csv");
    QCOMPARE(second->added, 0);
    QCOMPARE(second->updated, 0);
    QCOMPARE(second->unchanged, 2);
    // a new price and stock for a known code updates it, keeping the stock consistent
    QVERIFY(w.give(1, 5000, "R1"));
    QVERIFY(w.redeem("N1", 1, "TOWEL", 2).ok());
    TextInput changed(kHeader + "TOWEL,毛巾,daily,350,,20.00,500,2,month,,,\n");
    auto third = Importers(w.t.db(), w.clock).importCatalog(w.admin, &changed.buffer, "catalog.csv");
    QCOMPARE(third->updated, 1);
    QCOMPARE(*w.stock("TOWEL"), 500);
    QCOMPARE(CatalogService(w.t.db(), w.clock).item(w.admin, "TOWEL")->pointsPrice, 350);
    QCOMPARE(w.invariantProblems(), QString());
    // only the catalog's keepers import it
    TextInput denied(file);
    QCOMPARE(Importers(w.t.db(), w.clock).importCatalog(sessionFor(Role::BackOffice), &denied.buffer, "catalog.csv").error().code,
             ErrorCode::PermissionDenied);
}

void TestCatalog::exportRoundTrips()
{
    PD_REDEMPTION_WORLD(w, 1);
    QByteArray exported;
    QBuffer out(&exported);
    out.open(QIODevice::WriteOnly);
    auto n = exportCatalogCsv(w.t.db(), w.clock, w.admin, &out);
    QCOMPARE(n.value(), 17);
    // the last column names the partner merchant who provides the item (none: the chain's own)
    QVERIFY(exported.contains("SPRINGBOX,春节年货礼盒,gift_box,3000,20.00,398.00,80,1,year,,2027-01-10,2027-02-20,\r\n"));
    QVERIFY(exported.contains("TYRE,汽车轮胎一条,partner,10000,,1000.00,12,,,gold,,,auto4s\r\n"));
    // importing the export changes nothing
    TextInput back(exported);
    auto report = Importers(w.t.db(), w.clock).importCatalog(w.admin, &back.buffer, "export.csv");
    QVERIFY(report.ok());
    QCOMPARE(report->unchanged, 17);
    QCOMPARE(report->added + report->updated + report->rejected.size(), 0);
    QCOMPARE(countRows(w.t.db(), "audit_log", "action = 'export.catalog'"), 1);
}

void TestCatalog::modelShowsTheValueOfAPoint()
{
    PD_REDEMPTION_WORLD(w, 1);
    CatalogItem voucher = RedemptionWorld::item("VOUCH", 20000);
    voucher.retailValueFen = 100000; // ¥1,000 off for 20,000 points
    QVERIFY(w.add(voucher));
    CatalogModel model(w.t.db(), w.clock, sessionFor(Role::Cashier));
    QVERIFY(model.reload().ok());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 18);
    const int row = model.rowOf("VOUCH");
    QCOMPARE(model.data(model.index(row, CatalogModel::PointValue)).toString(), QStringLiteral("¥0.05"));
    QCOMPARE(model.itemAt(row).pointValueCentiFen(), 500);
    // categories in the programme's order: daily necessities first, charity last
    QCOMPARE(model.itemAt(0).category, CatalogCategory::Daily);
    QCOMPARE(model.itemAt(model.rowCount() - 1).category, CatalogCategory::Charity);
}

PD_DATABASE_TEST_MAIN(TestCatalog)
#include "tst_catalog.moc"

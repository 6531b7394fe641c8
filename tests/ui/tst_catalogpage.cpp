#include "core/catalog/catalogmodel.h"
#include "core/db/sql.h"
#include "guifixture.h"
#include "support/fixtures.h"
#include "ui/dialogs/catalogitemdialog.h"
#include "ui/dialogs/importdialog.h"
#include "ui/pages/catalogpage.h"

#include <QHeaderView>
#include <QImage>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>

using namespace pd;
using namespace pd::test;

class TestCatalogPage : public QObject
{
    Q_OBJECT
private slots:
    void listShowsPriceAndValueOfAPoint();
    void addItemWithAScaledPicture();
    void editingThePriceUpdatesTheList();
    void importReportsRejectedLinesAndExportWritesTheFormat();
    void daysOnOfferAreTypedWithTheirYear();
    void sortsByAColumnTitle();
};

namespace {
// Selects the item in the list and opens it with Edit. The dialog deletes itself once saved:
// callers hold it in a QPointer, never in a pointer that could dangle.
ui::CatalogItemDialog *editItem(ui::CatalogPage &page, const char *code)
{
    clickCell(&page, "catalogView", page.model()->rowOf(QString::fromLatin1(code)), 0);
    mouseClick(&page, "editButton");
    return page.findChild<ui::CatalogItemDialog *>();
}
} // namespace

void TestCatalogPage::listShowsPriceAndValueOfAPoint()
{
    PD_GUI_FIXTURE(f, 3);
    const ui::AppContext ctx = f.context(Role::CampaignManager);
    ui::CatalogPage page(ctx);
    page.show();
    CatalogModel *model = page.model();
    QCOMPARE(model->rowCount(), 17); // the seeds' demo catalog
    const int lens = model->rowOf("LENS");
    QVERIFY(lens >= 0);
    QCOMPARE(model->data(model->index(lens, CatalogModel::Points)).toString(), QStringLiteral("2,000 points"));
    QCOMPARE(model->data(model->index(lens, CatalogModel::PointValue)).toString(), QStringLiteral("¥0.10"));
    const int spring = model->rowOf("SPRINGBOX"); // ¥398 for 3,000 points + ¥20: (398 − 20) / 3000
    QCOMPARE(model->data(model->index(spring, CatalogModel::Cash)).toString(), QStringLiteral("+ ¥20.00"));
    QCOMPARE(model->data(model->index(spring, CatalogModel::PointValue)).toString(), QStringLiteral("¥0.13"));
    QVERIFY(model->data(model->index(spring, CatalogModel::OnOffer)).toString().contains("7 day"));
    // 23 November 2026: the mooncakes ended, the spring box has not begun, and the list says so
    const QString mooncakes = model->data(model->index(model->rowOf("MOONCAKE"), CatalogModel::OnOffer)).toString();
    QVERIFY2(mooncakes.startsWith(QStringLiteral("2026-09-01 – 2026-10-08 (good credit 7 day")), qPrintable(mooncakes));
    QVERIFY2(mooncakes.endsWith(QStringLiteral(" — not today: ended 2026-10-08")), qPrintable(mooncakes));
    QVERIFY(model->data(model->index(spring, CatalogModel::OnOffer)).toString().endsWith("not today: from 2027-01-10"));
    QCOMPARE(model->data(model->index(lens, CatalogModel::OnOffer)).toString(), QStringLiteral("always"));
    QCOMPARE(model->data(model->index(model->rowOf("CURTAIN"), CatalogModel::Stock)).toString(), QStringLiteral("unlimited"));
    QCOMPARE(model->data(model->index(model->rowOf("TYRE"), CatalogModel::Tier)).toString(), QStringLiteral("Gold and above"));
    // the side panel reads out the selected item
    clickCell(&page, "catalogView", lens, 0);
    QVERIFY2(child<QLabel>(&page, "detailsLabel")->text().contains("one point is worth ¥0.10"), qPrintable(child<QLabel>(&page, "detailsLabel")->text()));
    // a cashier sees no editing buttons (and has no catalog screen in the navigation)
    const ui::AppContext cashier = f.context(Role::Cashier);
    ui::CatalogPage readOnly(cashier);
    readOnly.show();
    QVERIFY(!child<QPushButton>(&readOnly, "addButton")->isVisible());
}

void TestCatalogPage::addItemWithAScaledPicture()
{
    PD_GUI_FIXTURE(f, 3);
    QTemporaryDir dir;
    QImage picture(1200, 900, QImage::Format_RGB32);
    picture.fill(QColor(200, 60, 40));
    const QString file = dir.filePath("soap.png");
    QVERIFY(picture.save(file));

    const ui::AppContext ctx = f.context(Role::CampaignManager);
    ui::CatalogPage page(ctx);
    page.show();
    mouseClick(&page, "addButton");
    // the dialog deletes itself once saved: a guarded pointer, never a dangling one
    QPointer<ui::CatalogItemDialog> dialog = page.findChild<ui::CatalogItemDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    type(dialog, "codeEdit", "SOAP");
    type(dialog, "nameEdit", QStringLiteral("香皂三块装"));
    typeNumber(dialog, "pointsSpin", 300);
    typeNumber(dialog, "stockSpin", 40);
    mouseClick(dialog, "saveButton"); // no retail value yet
    QVERIFY(child<QLabel>(dialog, "errorLabel")->isVisible());
    QCOMPARE(dialog->focusWidget(), child<QWidget>(dialog, "retailEdit"));
    QCOMPARE(countRows(f.t.db(), "catalog_items", "code = 'SOAP'"), 0);
    type(dialog, "retailEdit", "15.00");
    QVERIFY2(child<QLabel>(dialog, "disclosureLabel")->text().contains("¥0.05"), qPrintable(child<QLabel>(dialog, "disclosureLabel")->text()));
    ui::FileChooser::answerNextForTests(dir.filePath("missing.png"));
    mouseClick(dialog, "choosePictureButton");
    QVERIFY(child<QLabel>(dialog, "errorLabel")->text().contains("missing.png"));
    ui::FileChooser::answerNextForTests(file);
    mouseClick(dialog, "choosePictureButton");
    QVERIFY(!child<QLabel>(dialog, "pictureLabel")->pixmap().isNull());
    mouseClick(dialog, "saveButton");
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    const int row = page.model()->rowOf("SOAP");
    QVERIFY(row >= 0);
    QCOMPARE(page.model()->itemAt(row).stock, std::optional<qint64>(40));
    QVERIFY(page.model()->itemAt(row).hasImage);
    const QByteArray stored = sql::scalar(f.t.db().connection(), "SELECT image FROM catalog_items WHERE code = 'SOAP'").value().toByteArray();
    const QImage back = QImage::fromData(stored);
    QCOMPARE(back.width(), 480); // scaled to fit 480 × 480, proportions kept
    QCOMPARE(back.height(), 360);
    QCOMPARE(countRows(f.t.db(), "audit_log", "action IN ('catalog.create', 'catalog.image') AND actor_name = 'campaign'"), 2);
    QVERIFY(!child<QLabel>(&page, "pictureLabel")->pixmap().isNull()); // the new item is selected, picture shown
}

void TestCatalogPage::editingThePriceUpdatesTheList()
{
    PD_GUI_FIXTURE(f, 3);
    const ui::AppContext ctx = f.context(Role::CampaignManager);
    ui::CatalogPage page(ctx);
    page.show();
    QPointer<ui::CatalogItemDialog> dialog = editItem(page, "LENS");
    QVERIFY(dialog);
    QVERIFY(child<QLineEdit>(dialog, "codeEdit")->isReadOnly());
    typeNumber(dialog, "pointsSpin", 1500); // Eye Care Day: the value of a point rises
    mouseClick(dialog, "saveButton");
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    CatalogModel *model = page.model();
    const int lens = model->rowOf("LENS");
    QCOMPARE(model->data(model->index(lens, CatalogModel::Points)).toString(), QStringLiteral("1,500 points"));
    QCOMPARE(model->data(model->index(lens, CatalogModel::PointValue)).toString(), QStringLiteral("¥0.13"));
    QCOMPARE(model->itemAt(lens).stock, std::optional<qint64>(50)); // untouched
    auto details = sql::scalar(f.t.db().connection(), "SELECT details FROM audit_log WHERE action = 'catalog.update'");
    QVERIFY2(details.value().toString().contains("\"points_before\":2000"), qPrintable(details.value().toString()));
}

namespace {
// The catalog's import button opens the import dialog: the file chosen, its rows previewed, the
// import run on its own thread; returns the dialog's summary.
QString importThroughDialog(ui::CatalogPage &page, const QString &file)
{
    mouseClick(&page, "importButton");
    auto *dialog = page.findChild<ui::ImportDialog *>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return QStringLiteral("no dialog");
    ui::FileChooser::answerNextForTests(file);
    mouseClick(dialog, "chooseButton");
    if (dialog->preview()->rowCount() == 0)
        return QStringLiteral("no preview");
    QSignalSpy done(dialog, &ui::ImportDialog::importFinished);
    mouseClick(dialog, "runImportButton");
    if (!done.wait(30000))
        return QStringLiteral("no end");
    return done.at(0).at(1).toString();
}
} // namespace

void TestCatalogPage::importReportsRejectedLinesAndExportWritesTheFormat()
{
    PD_GUI_FIXTURE(f, 3);
    QTemporaryDir dir;
    const ui::AppContext ctx = f.context(Role::CampaignManager);
    ui::CatalogPage page(ctx);
    page.show();
    QFile csv(dir.filePath("new.csv"));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("code,name,category,points,cash,retail_value,stock,per_member_limit,limit_period,tier,active_from,active_to\n"
              "TOWEL,毛巾,daily,400,,20.00,100,2,month,,,\n"
              "BAD,坏行,snacks,400,,20.00,,,,,,\n"
              "LENS,眼镜店镜片一副,partner,1800,,200.00,60,,,,,\n");
    csv.close();
    const QString report = importThroughDialog(page, csv.fileName());
    QVERIFY2(report.contains("1 added, 1 updated, 0 already present, 1 rejected"), qPrintable(report));
    auto *dialog = page.findChild<ui::ImportDialog *>();
    QCOMPARE(dialog->rejectedRows()->rowCount(), 1);
    QCOMPARE(dialog->rejectedRows()->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(dialog->rejectedRows()->item(0, 1)->text(), QStringLiteral("category"));
    dialog->close();
    QTRY_VERIFY(!page.findChild<ui::ImportDialog *>()); // closed for good
    QVERIFY(page.model()->rowOf("TOWEL") >= 0); // the list was read again
    QCOMPARE(page.model()->itemAt(page.model()->rowOf("LENS")).pointsPrice, 1800);

    ui::FileChooser::answerNextForTests(dir.filePath("out.csv"));
    mouseClick(&page, "exportButton");
    QFile out(dir.filePath("out.csv"));
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = out.readAll().split('\n');
    // with the byte order mark, so that Excel and WPS on a Chinese PC read it as UTF-8
    QCOMPARE(lines.at(0).trimmed(),
             QByteArray("\xEF\xBB\xBF" "code,name,category,points,cash,retail_value,stock,per_member_limit,limit_period,tier,active_from,active_to,partner"));
    QVERIFY(lines.contains(QByteArray("TOWEL,毛巾,daily,400,,20.00,100,2,month,,,,\r")));
    // and it reads back as it is: nothing changes
    const QString again = importThroughDialog(page, dir.filePath("out.csv"));
    QVERIFY2(again.startsWith(QStringLiteral("0 added, 0 updated, %1 already present, 0 rejected.").arg(lines.size() - 2)), qPrintable(again));
}

// Qt 6.4's date edit dropped a typed year (2028-01-01 became 2026-01-01): the days an item is
// on offer are typed whole, and a day that is not a date is pointed out, not taken as "open".
void TestCatalogPage::daysOnOfferAreTypedWithTheirYear()
{
    PD_GUI_FIXTURE(f, 3);
    const ui::AppContext ctx = f.context(Role::CampaignManager);
    ui::CatalogPage page(ctx);
    page.show();
    QPointer<ui::CatalogItemDialog> dialog = editItem(page, "LENS");
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    mouseClick(dialog, "toCheck");
    type(dialog, "toEdit", "2028-13-01");
    mouseClick(dialog, "saveButton");
    QVERIFY(child<QLabel>(dialog, "errorLabel")->isVisible());
    QVERIFY2(child<QLabel>(dialog, "errorLabel")->text().contains("YYYY-MM-DD"), qPrintable(child<QLabel>(dialog, "errorLabel")->text()));
    QCOMPARE(dialog->focusWidget(), child<QWidget>(dialog, "toEdit"));
    QCOMPARE(sql::scalar(f.t.db().connection(), "SELECT active_to FROM catalog_items WHERE code = 'LENS'")->toString(), QString());
    type(dialog, "toEdit", "2028-01-01");
    mouseClick(dialog, "saveButton");
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(sql::scalar(f.t.db().connection(), "SELECT active_to FROM catalog_items WHERE code = 'LENS'")->toString(), QStringLiteral("2028-01-01"));
}

void TestCatalogPage::sortsByAColumnTitle()
{
    PD_GUI_FIXTURE(f, 3);
    const ui::AppContext context = f.context(Role::CampaignManager); // the page keeps a reference to it
    ui::CatalogPage page(context);
    page.show();
    auto *view = child<QTableView>(&page, "catalogView");
    clickCell(&page, "catalogView", page.model()->rowOf("LENS"), 0);
    clickColumnTitle(&page, "catalogView", CatalogModel::Points);
    // by points as numbers: 300 (car wash) first, not "1,000" before "300"
    QCOMPARE(page.model()->itemAt(0).code, QStringLiteral("CARWASH"));
    QCOMPARE(page.model()->itemAt(1).code, QStringLiteral("PAWSGIFT")); // 500
    clickColumnTitle(&page, "catalogView", CatalogModel::Points);
    QCOMPARE(page.model()->itemAt(0).code, QStringLiteral("INSURANCE")); // 20,000
    // the chosen item stays chosen
    QCOMPARE(page.model()->itemAt(view->currentIndex().row()).code, QStringLiteral("LENS"));
}

QTEST_MAIN(TestCatalogPage)
#include "tst_catalogpage.moc"

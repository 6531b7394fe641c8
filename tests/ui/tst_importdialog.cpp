#include "guifixture.h"
#include "support/fixtures.h"
#include "ui/dialogs/importdialog.h"
#include "ui/mainwindow.h"

#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>

using namespace pd;
using namespace pd::test;

namespace {
// "王小明" and "李华" as Excel saves them on a Chinese PC (GB18030); line 4's mobile is short
const QByteArray kGbMembers("card_no,name,mobile,joined_on,store,credit\r\n"
                            "8000000101,\xCD\xF5\xD0\xA1\xC3\xF7,13912340101,2025-03-01,NY01,good\r\n"
                            "8000000102,\xC0\xEE\xBB\xAA,13912340102,2025-03-02,NY01,normal\r\n"
                            "8000000103,\xC0\xEE\xBB\xAA,1391234,2025-03-03,NY01,normal\r\n");

QString write(QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    QFile file(dir.filePath(QString::fromLatin1(name)));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

// `rows` receipts of ¥100 at NY01 for the five demo members, numbered from `first`
QByteArray receipts(int first, int rows)
{
    QByteArray csv = "\xEF\xBB\xBF" "receipt_no,store,card_no,time,scenario,amount,green_amount,points_used\r\n";
    for (int i = first; i < first + rows; ++i)
        csv += QStringLiteral("C%1,NY01,800000000%2,2026-11-20 10:%3:00,supermarket,100.00,0,0\r\n").arg(i).arg(1 + i % 5).arg(i % 60, 2, 10, QLatin1Char('0')).toUtf8();
    return csv;
}

QString cellText(QStandardItemModel *model, int row, int column)
{
    QStandardItem *item = model->item(row, column);
    return item ? item->text() : QString();
}
} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void gb18030MembersArePreviewedImportedAndTheRejectedSaved();
    void bomReceiptsInAnotherColumnOrderWithBadRows();
    void aWrongHeaderOrEncodingIsShownBeforeAnythingIsWritten();
    void cancelledMidwayKeepsWhatWasCommittedAndARerunFinishes();
    void theFileMenuOffersWhatTheRoleMayImport_data();
    void theFileMenuOffersWhatTheRoleMayImport();
};

void TestImportDialog::gb18030MembersArePreviewedImportedAndTheRejectedSaved()
{
    PD_GUI_FIXTURE(f, 5);
    QTemporaryDir dir;
    const ui::AppContext ctx = f.context(Role::BackOffice);
    ui::ImportDialog dialog(ctx, ImportKind::Members);
    dialog.show();
    QVERIFY(!child<QPushButton>(&dialog, "runImportButton")->isEnabled()); // no file yet
    ui::FileChooser::answerNextForTests(write(dir, "会员.csv", kGbMembers));
    mouseClick(&dialog, "chooseButton");
    // told from the bytes, the names shown in Chinese under their columns, line numbers beside
    QCOMPARE(child<QLabel>(&dialog, "encodingLabel")->text(), QStringLiteral("Read as GB18030."));
    QCOMPARE(dialog.preview()->rowCount(), 3);
    QCOMPARE(dialog.preview()->horizontalHeaderItem(1)->text(), QStringLiteral("name"));
    QCOMPARE(cellText(dialog.preview(), 0, 1), QStringLiteral("王小明"));
    QCOMPARE(cellText(dialog.preview(), 1, 1), QStringLiteral("李华"));
    QCOMPARE(dialog.preview()->verticalHeaderItem(0)->text(), QStringLiteral("2"));
    QVERIFY(child<QPushButton>(&dialog, "runImportButton")->isEnabled());
    QCOMPARE(count(f, "members", "card_no LIKE '80000001%'"), 0); // the preview writes nothing

    // a double click imports once
    QSignalSpy done(&dialog, &ui::ImportDialog::importFinished);
    doubleClick(&dialog, "runImportButton");
    QTRY_COMPARE(done.count(), 1);
    QVERIFY(done.at(0).at(0).toBool());
    QCOMPARE(done.at(0).at(1).toString(), QStringLiteral("2 added, 0 already present, 1 rejected."));
    QTest::qWait(50);
    QCOMPARE(done.count(), 1);
    QCOMPARE(count(f, "members", "card_no IN ('8000000101', '8000000102')"), 2);
    QCOMPARE(sql::scalar(f.t.db().connection(), QStringLiteral("SELECT name FROM members WHERE card_no = '8000000101'")).value().toString(),
             QStringLiteral("王小明"));
    QCOMPARE(count(f, "audit_log", "action = 'import.members'"), 1);
    QCOMPARE(dialog.rejectedRows()->rowCount(), 1);
    QCOMPARE(cellText(dialog.rejectedRows(), 0, 0), QStringLiteral("4"));
    QCOMPARE(cellText(dialog.rejectedRows(), 0, 1), QStringLiteral("mobile"));

    // the rejected rows saved for whoever fixes the file, readable in a spreadsheet
    ui::FileChooser::answerNextForTests(dir.filePath("rejected.csv"));
    mouseClick(&dialog, "saveRejectedButton");
    QFile saved(dir.filePath("rejected.csv"));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray text = saved.readAll();
    QVERIFY2(text.startsWith("\xEF\xBB\xBF" "line,column,reason\r\n4,mobile,"), text.constData());

    // the same file again adds nothing
    mouseClick(&dialog, "runImportButton");
    QTRY_COMPARE(done.count(), 2);
    QCOMPARE(done.at(1).at(1).toString(), QStringLiteral("0 added, 2 already present, 1 rejected."));
    QCOMPARE(count(f, "members", "card_no LIKE '80000001%'"), 2);
}

void TestImportDialog::bomReceiptsInAnotherColumnOrderWithBadRows()
{
    PD_GUI_FIXTURE(f, 5);
    QTemporaryDir dir;
    // UTF-8 with a byte order mark (as WPS saves "CSV UTF-8"), the card first, times with a space
    const QByteArray csv = "\xEF\xBB\xBF"
                           "card_no,receipt_no,store,time,scenario,amount,green_amount,points_used\r\n"
                           "8000000001,R1,NY01,2026-11-20 10:00:00,supermarket,120.50,0,0\r\n"
                           "8000000002,R2,NOPE,2026-11-20 10:05:00,supermarket,80.00,0,0\r\n"
                           "8000000003,R3,NY01,2026-11-20 10:10:00,supermarket,abc,0,0\r\n"
                           "8000000004,R4,NY01,2026-11-20T10:15:00,supermarket,60.00,0,0\r\n";
    const ui::AppContext ctx = f.context(Role::BackOffice);
    ui::ImportDialog dialog(ctx, ImportKind::Receipts);
    dialog.show();
    ui::FileChooser::answerNextForTests(write(dir, "receipts.csv", csv));
    mouseClick(&dialog, "chooseButton");
    QCOMPARE(child<QLabel>(&dialog, "encodingLabel")->text(), QStringLiteral("Read as UTF-8."));
    // shown in the programme's column order, whatever the file's
    QCOMPARE(dialog.preview()->horizontalHeaderItem(0)->text(), QStringLiteral("receipt_no"));
    QCOMPARE(cellText(dialog.preview(), 0, 0), QStringLiteral("R1"));
    QCOMPARE(cellText(dialog.preview(), 0, 2), QStringLiteral("8000000001"));
    const qint64 before = balanceOf(f.t.db(), "8000000001");
    QSignalSpy done(&dialog, &ui::ImportDialog::importFinished);
    mouseClick(&dialog, "runImportButton");
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(done.at(0).at(1).toString(), QStringLiteral("2 added, 0 already present, 2 rejected."));
    QCOMPARE(dialog.rejectedRows()->rowCount(), 2);
    QCOMPARE(cellText(dialog.rejectedRows(), 0, 0), QStringLiteral("3"));
    QCOMPARE(cellText(dialog.rejectedRows(), 0, 1), QStringLiteral("store"));
    QCOMPARE(cellText(dialog.rejectedRows(), 1, 0), QStringLiteral("4"));
    QCOMPARE(cellText(dialog.rejectedRows(), 1, 1), QStringLiteral("amount"));
    QVERIFY(balanceOf(f.t.db(), "8000000001") > before); // posted as the counter posts it
    QCOMPARE(count(f, "receipts", "receipt_no IN ('R1', 'R4')"), 2);
}

void TestImportDialog::aWrongHeaderOrEncodingIsShownBeforeAnythingIsWritten()
{
    PD_GUI_FIXTURE(f, 5);
    QTemporaryDir dir;
    const ui::AppContext ctx = f.context(Role::BackOffice);
    ui::ImportDialog dialog(ctx, ImportKind::Members);
    dialog.show();
    auto *problem = child<QLabel>(&dialog, "problemLabel");
    auto *run = child<QPushButton>(&dialog, "runImportButton");
    // a receipts file chosen for members: the header says so, and nothing can be imported
    ui::FileChooser::answerNextForTests(write(dir, "receipts.csv", receipts(1, 3)));
    mouseClick(&dialog, "chooseButton");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains("unknown column \"receipt_no\""), qPrintable(problem->text()));
    QVERIFY(!run->isEnabled());
    // the GB18030 file named as UTF-8: each row shows why it cannot be read, and it could be imported only as that
    ui::FileChooser::answerNextForTests(write(dir, "gb.csv", kGbMembers));
    mouseClick(&dialog, "chooseButton");
    QVERIFY(!problem->isVisible());
    auto *encoding = child<QComboBox>(&dialog, "encodingCombo");
    encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Utf8)));
    QCOMPARE(dialog.preview()->rowCount(), 3);
    QCOMPARE(cellText(dialog.preview(), 0, dialog.preview()->columnCount() - 1), QStringLiteral("field 2 is not valid UTF-8 text"));
    // bytes of no text at all are refused before the preview
    encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Auto)));
    ui::FileChooser::answerNextForTests(write(dir, "binary.csv", QByteArray("\xFF\xFE\xFF\x00\x01", 5)));
    mouseClick(&dialog, "chooseButton");
    QVERIFY2(problem->text().contains("neither UTF-8 nor GB18030"), qPrintable(problem->text()));
    QVERIFY(!run->isEnabled());
    QCOMPARE(count(f, "audit_log", "action LIKE 'import.%'"), 0);
}

void TestImportDialog::cancelledMidwayKeepsWhatWasCommittedAndARerunFinishes()
{
    PD_GUI_FIXTURE(f, 5);
    QTemporaryDir dir;
    const ui::AppContext ctx = f.context(Role::BackOffice);
    ui::ImportDialog dialog(ctx, ImportKind::Receipts);
    dialog.setBatchSize(10);
    dialog.show();
    ui::FileChooser::answerNextForTests(write(dir, "receipts.csv", receipts(1, 60)));
    mouseClick(&dialog, "chooseButton");
    // cancelled as the first batch is committed (on the import's thread, before the next batch)
    int batches = 0;
    connect(&dialog, &ui::ImportDialog::batchCommitted, &dialog, [&dialog, &batches] {
        if (batches++ == 0)
            dialog.requestCancel();
    }, Qt::DirectConnection);
    QSignalSpy done(&dialog, &ui::ImportDialog::importFinished);
    mouseClick(&dialog, "runImportButton");
    QVERIFY(dialog.isRunning());
    QTRY_COMPARE(done.count(), 1);
    QVERIFY2(done.at(0).at(1).toString().startsWith("10 added, 0 already present, 0 rejected. Cancelled"), qPrintable(done.at(0).at(1).toString()));
    QCOMPARE(count(f, "receipts", "receipt_no LIKE 'C%'"), 10);
    QCOMPARE(f.invariantProblems(), QString());
    // run again: the rest, nothing twice
    batches = 1;
    mouseClick(&dialog, "runImportButton");
    QTRY_COMPARE(done.count(), 2);
    QCOMPARE(done.at(1).at(1).toString(), QStringLiteral("50 added, 10 already present, 0 rejected."));
    QCOMPARE(count(f, "receipts", "receipt_no LIKE 'C%'"), 60);
    QCOMPARE(child<QProgressBar>(&dialog, "progressBar")->value(), 1000);
}

void TestImportDialog::theFileMenuOffersWhatTheRoleMayImport_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("actions");
    const QStringList desk = {"importStoresAction", "importMembersAction", "importReceiptsAction", "importReturnsAction", "importCheckinsAction"};
    QTest::newRow("cashier") << int(Role::Cashier) << QStringList();
    QTest::newRow("back office") << int(Role::BackOffice) << desk;
    QTest::newRow("campaign manager") << int(Role::CampaignManager) << QStringList();
    QTest::newRow("administrator") << int(Role::Administrator) << desk + QStringList{"importCatalogAction"};
}

void TestImportDialog::theFileMenuOffersWhatTheRoleMayImport()
{
    QFETCH(int, role);
    QFETCH(QStringList, actions);
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext ctx = f.context(Role(role));
    ui::MainWindow window(ctx);
    window.show();
    auto *menu = window.findChild<QMenu *>(QStringLiteral("importMenu"));
    QCOMPARE(menu != nullptr, !actions.isEmpty());
    if (!menu)
        return;
    QStringList shown;
    for (QAction *a : menu->actions())
        shown << a->objectName();
    QCOMPARE(shown, actions);
    // each opens the dialog for its kind
    menu->actions().at(1)->trigger();
    auto *dialog = window.findChild<ui::ImportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Import: Members"));
    dialog->close();
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"

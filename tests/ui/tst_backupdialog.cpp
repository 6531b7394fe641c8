#include "guifixture.h"
#include "support/fixtures.h"
#include "ui/dialogs/backupdialog.h"
#include "ui/mainwindow.h"

#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace pd;
using namespace pd::test;

class TestBackupDialog : public QObject
{
    Q_OBJECT
private slots:
    void backedUpOnceWhileTheScreenWorksThenChecked();
    void aFileThatIsNoBackupIsNamedAsSuch();
    void onlyAdministratorsSeeBackups();
};

void TestBackupDialog::backedUpOnceWhileTheScreenWorksThenChecked()
{
    PD_GUI_FIXTURE(f, 5);
    QTemporaryDir dir;
    const ui::AppContext ctx = f.context(Role::Administrator);
    ui::BackupDialog dialog(ctx);
    dialog.show();
    // how to restore names this database
    QVERIFY(child<QLabel>(&dialog, "introLabel")->text().contains(f.t.location()));
    const QString path = dir.filePath("pointsdesk-2026-11-23.sqlite");
    ui::FileChooser::answerNextForTests(path);
    QSignalSpy done(&dialog, &ui::BackupDialog::finished);
    doubleClick(&dialog, "backupButton"); // the second click finds the button off while the copy is written
    QVERIFY(dialog.isRunning());
    QTRY_COMPARE(done.count(), 1);
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
    QVERIFY2(done.at(0).at(1).toString().startsWith("Backed up to " + path), qPrintable(done.at(0).at(1).toString()));
    QTest::qWait(50);
    QCOMPARE(done.count(), 1);
    QCOMPARE(count(f, "audit_log", "action = 'backup.create'"), 1);
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    ui::FileChooser::answerNextForTests(path);
    mouseClick(&dialog, "checkButton");
    QTRY_COMPARE(done.count(), 2);
    QVERIFY2(done.at(1).at(1).toString().contains("is a sound backup: 5 members"), qPrintable(done.at(1).at(1).toString()));
    // a second backup to the same file is refused, the first kept
    ui::FileChooser::answerNextForTests(path);
    mouseClick(&dialog, "backupButton");
    QTRY_COMPARE(done.count(), 3);
    QVERIFY(!done.at(2).at(0).toBool());
    QVERIFY2(child<QLabel>(&dialog, "resultLabel")->text().contains("never writes over a file"), qPrintable(child<QLabel>(&dialog, "resultLabel")->text()));
    QCOMPARE(count(f, "audit_log", "action = 'backup.create'"), 1);
}

void TestBackupDialog::aFileThatIsNoBackupIsNamedAsSuch()
{
    PD_GUI_FIXTURE(f, 5);
    QTemporaryDir dir;
    QFile junk(dir.filePath("photo.sqlite"));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'j'));
    junk.close();
    const ui::AppContext ctx = f.context(Role::Administrator);
    ui::BackupDialog dialog(ctx);
    dialog.show();
    QSignalSpy done(&dialog, &ui::BackupDialog::finished);
    ui::FileChooser::answerNextForTests(junk.fileName());
    mouseClick(&dialog, "checkButton");
    QTRY_COMPARE(done.count(), 1);
    QVERIFY(!done.at(0).at(0).toBool());
    QVERIFY2(done.at(0).at(1).toString().contains("photo.sqlite cannot be used as a backup: it is not a database file"),
             qPrintable(done.at(0).at(1).toString()));
}

void TestBackupDialog::onlyAdministratorsSeeBackups()
{
    PD_GUI_FIXTURE(f, 5);
    for (Role role : allRoles()) {
        const ui::AppContext ctx = f.context(role);
        ui::MainWindow window(ctx);
        QAction *backups = window.findChild<QAction *>(QStringLiteral("backupAction"));
        QCOMPARE(backups != nullptr, role == Role::Administrator);
        if (backups) {
            backups->trigger();
            QTRY_VERIFY(window.findChild<ui::BackupDialog *>());
            window.findChild<ui::BackupDialog *>()->close();
        }
    }
}

QTEST_MAIN(TestBackupDialog)
#include "tst_backupdialog.moc"

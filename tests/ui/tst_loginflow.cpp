#include "core/auth/authservice.h"
#include "guifixture.h"
#include "support/fixtures.h"
#include "ui/appcontroller.h"
#include "ui/dialogs/firstrundialog.h"
#include "ui/dialogs/logindialog.h"

#include <QLabel>
#include <QSignalSpy>

using namespace pd;
using namespace pd::test;

class TestLoginFlow : public QObject
{
    Q_OBJECT
private slots:
    void demoDatabaseShowsLoginsAndLogsIn();
    void wrongPasswordSaysSoAndLocksAfterFive();
    void firstRunCreatesTheAdministrator();
    void controllerOpensTheMainWindowAfterLogin();
};

void TestLoginFlow::demoDatabaseShowsLoginsAndLogsIn()
{
    PD_GUI_FIXTURE(f);
    ui::LoginDialog dialog(f.t.db(), f.clock, PasswordHasher(PasswordHasher::fastForTests()));
    dialog.show();
    auto *demo = child<QLabel>(&dialog, "demoLoginsLabel");
    QVERIFY(demo && demo->isVisible());
    QVERIFY(demo->text().contains("cashier / cashier-demo"));
    QSignalSpy spy(&dialog, &ui::LoginDialog::loggedIn);
    type(&dialog, "userEdit", "cashier");
    type(&dialog, "passwordEdit", "cashier-demo");
    mouseClick(&dialog, "loginButton");
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Session>().role, Role::Cashier);
}

void TestLoginFlow::wrongPasswordSaysSoAndLocksAfterFive()
{
    PD_GUI_FIXTURE(f);
    ui::LoginDialog dialog(f.t.db(), f.clock, PasswordHasher(PasswordHasher::fastForTests()));
    dialog.show();
    QSignalSpy spy(&dialog, &ui::LoginDialog::loggedIn);
    for (int i = 0; i < 5; ++i) {
        type(&dialog, "userEdit", "backoffice");
        type(&dialog, "passwordEdit", "guess");
        mouseClick(&dialog, "loginButton");
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->isVisible());
        QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
    }
    type(&dialog, "passwordEdit", "backoffice-demo");
    mouseClick(&dialog, "loginButton");
    QCOMPARE(spy.count(), 0);
    QVERIFY2(child<QLabel>(&dialog, "errorLabel")->text().contains("locked"), qPrintable(child<QLabel>(&dialog, "errorLabel")->text()));
}

void TestLoginFlow::firstRunCreatesTheAdministrator()
{
    PD_FRESH_DB(t);
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc()));
    ui::FirstRunDialog dialog(t.db(), clock, PasswordHasher(PasswordHasher::fastForTests()));
    dialog.show();
    QSignalSpy spy(&dialog, &ui::FirstRunDialog::administratorCreated);
    type(&dialog, "userEdit", "wangmin");
    type(&dialog, "nameEdit", QStringLiteral("王敏"));
    type(&dialog, "passwordEdit", "a good password");
    type(&dialog, "repeatEdit", "a good passwort");
    mouseClick(&dialog, "createButton");
    QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains("differ"));
    type(&dialog, "passwordEdit", "short");
    type(&dialog, "repeatEdit", "short");
    mouseClick(&dialog, "createButton");
    QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains("8"));
    QCOMPARE(countRows(t.db(), "users"), 0);
    type(&dialog, "passwordEdit", "a good password");
    type(&dialog, "repeatEdit", "a good password");
    mouseClick(&dialog, "createButton");
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Session>().role, Role::Administrator);
    QVERIFY(AuthService(t.db(), clock).login("wangmin", "a good password").ok());
}

void TestLoginFlow::controllerOpensTheMainWindowAfterLogin()
{
    PD_GUI_FIXTURE(f);
    ui::AppController controller(f.t.db(), f.clock, PasswordHasher(PasswordHasher::fastForTests()));
    controller.start();
    auto *dialog = qobject_cast<ui::LoginDialog *>(controller.currentDialog());
    QVERIFY(dialog);
    type(dialog, "userEdit", "admin");
    type(dialog, "passwordEdit", "admin-demo");
    mouseClick(dialog, "loginButton");
    QTRY_VERIFY(controller.mainWindow());
    QCOMPARE(controller.mainWindow()->screenNames(),
             (QStringList{"counterPage", "membersPage", "adjustmentsPage", "campaignsPage", "catalogPage", "insightsPage", "memberListsPage", "programmePage",
                          "storesPage", "usersPage", "auditPage", "compliancePage"}));
}

QTEST_MAIN(TestLoginFlow)
#include "tst_loginflow.moc"

#include "core/auth/authservice.h"
#include "core/settings/programmesettings.h"
#include "guifixture.h"
#include "support/fixtures.h"
#include "ui/appcontroller.h"
#include "ui/dialogs/firstrundialog.h"
#include "ui/dialogs/logindialog.h"
#include "ui/dialogs/passworddialog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>

using namespace pd;
using namespace pd::test;

class TestLoginFlow : public QObject
{
    Q_OBJECT
private slots:
    void demoDatabaseShowsLoginsAndLogsIn();
    void aDemoLoginWhosePasswordChangedIsNoLongerOffered();
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

void TestLoginFlow::aDemoLoginWhosePasswordChangedIsNoLongerOffered()
{
    PD_GUI_FIXTURE(f);
    AuthService auth(f.t.db(), f.clock, PasswordHasher(PasswordHasher::fastForTests()));
    const auto shown = [&f]() -> QString {
        ui::LoginDialog dialog(f.t.db(), f.clock, PasswordHasher(PasswordHasher::fastForTests()));
        dialog.show();
        auto *demo = dialog.findChild<QLabel *>(QStringLiteral("demoLoginsLabel"));
        return demo ? demo->text() : QString();
    };
    // the cashier chose a password of her own: the printed one is not offered any more
    PD_OK(auth.changeOwnPassword(demoLogin(f.t.db(), "cashier"), "cashier-demo", "quiet harbour 42"));
    QVERIFY(!shown().contains("cashier /"));
    QVERIFY(shown().contains("backoffice / backoffice-demo"));
    // an administrator's reset replaces the printed password too
    const Session backoffice = demoLogin(f.t.db(), "backoffice");
    PD_OK(auth.resetPassword(demoLogin(f.t.db(), "admin"), backoffice.userId, "calm river 93 at dawn"));
    QVERIFY(!shown().contains("backoffice /"));
    // once every demo user has a password of their own, the hint is gone
    const QJsonArray logins = QJsonDocument::fromJson(programmesettings::value(f.t.db(), programmesettings::kDemoLogins)->toUtf8()).array();
    QVERIFY(!logins.isEmpty());
    for (const QJsonValue &login : logins) {
        const QJsonObject o = login.toObject();
        PD_OK(auth.changeOwnPassword(demoLogin(f.t.db(), o.value("username").toString()), o.value("password").toString(),
                                     "seven amber kites " + o.value("username").toString()));
    }
    QCOMPARE(shown(), QString());
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
    type(&dialog, "passwordEdit", "quiet harbour 42");
    type(&dialog, "repeatEdit", "a good passwort");
    mouseClick(&dialog, "createButton");
    QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains("differ"));
    type(&dialog, "passwordEdit", "short");
    type(&dialog, "repeatEdit", "short");
    mouseClick(&dialog, "createButton");
    QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains("8"));
    QCOMPARE(countRows(t.db(), "users"), 0);
    type(&dialog, "passwordEdit", "quiet harbour 42");
    type(&dialog, "repeatEdit", "quiet harbour 42");
    mouseClick(&dialog, "createButton");
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Session>().role, Role::Administrator);
    QVERIFY(AuthService(t.db(), clock).login("wangmin", "quiet harbour 42").ok());
}

void TestLoginFlow::controllerOpensTheMainWindowAfterLogin()
{
    PD_GUI_FIXTURE(f);
    ui::AppController controller(f.t.db(), f.clock, PasswordHasher(PasswordHasher::fastForTests()));
    controller.start();
    const auto logIn = [&] {
        auto *dialog = qobject_cast<ui::LoginDialog *>(controller.currentDialog());
        QVERIFY(dialog);
        type(dialog, "userEdit", "admin");
        type(dialog, "passwordEdit", "admin-demo");
        mouseClick(dialog, "loginButton");
    };
    // the demo's printed password: the administrator chooses their own before anything else
    logIn();
    QTRY_VERIFY(qobject_cast<ui::PasswordDialog *>(controller.currentDialog()));
    auto *choose = qobject_cast<ui::PasswordDialog *>(controller.currentDialog());
    QVERIFY(choose->isVisible());
    QVERIFY(!controller.mainWindow());
    QVERIFY(child<QLabel>(choose, "whyLabel")->text().contains("admin, your password was given to you"));
    QCOMPARE(choose->focusWidget(), child<QLineEdit>(choose, "currentEdit")); // typing starts in the first field
    choose->reject(); // Cancel logs out
    QTRY_VERIFY(qobject_cast<ui::LoginDialog *>(controller.currentDialog()));
    QVERIFY(!controller.mainWindow());
    logIn();
    QTRY_VERIFY(qobject_cast<ui::PasswordDialog *>(controller.currentDialog()));
    choose = qobject_cast<ui::PasswordDialog *>(controller.currentDialog());
    type(choose, "currentEdit", "admin-demo");
    type(choose, "newEdit", "admin-2026");
    type(choose, "repeatEdit", "admin-2026");
    mouseClick(choose, "changeButton");
    QVERIFY2(child<QLabel>(choose, "errorLabel")->text().contains("too easy to guess"), qPrintable(child<QLabel>(choose, "errorLabel")->text()));
    QVERIFY(!controller.mainWindow());
    // typed afresh, both times, from the new password on
    QVERIFY(child<QLineEdit>(choose, "newEdit")->text().isEmpty() && child<QLineEdit>(choose, "repeatEdit")->text().isEmpty());
    QCOMPARE(choose->focusWidget(), child<QLineEdit>(choose, "newEdit"));
    type(choose, "newEdit", "copper kettle 19");
    type(choose, "repeatEdit", "copper kettle 19");
    mouseClick(choose, "changeButton");
    QTRY_VERIFY(controller.mainWindow());
    QCOMPARE(controller.mainWindow()->screenNames(),
             (QStringList{"counterPage", "membersPage", "adjustmentsPage", "campaignsPage", "catalogPage", "insightsPage", "memberListsPage", "programmePage",
                          "storesPage", "usersPage", "auditPage", "compliancePage"}));
    QVERIFY(AuthService(f.t.db(), f.clock).login("admin", "copper kettle 19").ok());
    QCOMPARE(countRows(f.t.db(), "users", "username = 'admin' AND must_change_password = 0"), 1);
}

QTEST_MAIN(TestLoginFlow)
#include "tst_loginflow.moc"

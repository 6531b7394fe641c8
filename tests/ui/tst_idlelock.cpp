// A desk left alone locks itself (issue 20): everything on it goes off the screen, only the
// person logged in goes on (with their password; a wrong one counts like a wrong login), with
// their typed receipt as it was; anyone else ends the session, discarding unposted work once
// the one handing over has agreed. Use keeps the desk open.
#include "guifixture.h"
#include "support/fixtures.h"
#include "ui/appcontroller.h"
#include "ui/dialogs/lockdialog.h"
#include "ui/dialogs/logindialog.h"
#include "ui/widgets/messagebox.h"

#include <QLabel>
#include <QLineEdit>

using namespace pd;
using namespace pd::test;
using namespace std::chrono_literals;

class TestIdleLock : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void theSameUserGoesOnWhereTheyLeftOff();
    void useKeepsTheDeskOpen();
    void someoneElseTakesOverAndUnpostedWorkIsDiscarded();

private:
    // The programme's desk with the idle lock after `idle`, at its login screen; every account
    // has its own password already (the first login's change is tst_loginflow's).
    static std::unique_ptr<ui::AppController> openDesk(GuiFixture &f, std::chrono::milliseconds idle);
    static bool logIn(ui::AppController &controller, const char *user, const char *password);
};

void TestIdleLock::cleanup()
{
    ui::AppController::setIdleIntervalForTests(0ms);
    ui::MessageBox::setRecordingForTests(true, ui::MessageBox::Answer::Yes);
}

std::unique_ptr<ui::AppController> TestIdleLock::openDesk(GuiFixture &f, std::chrono::milliseconds idle)
{
    test::staffChoseTheirPasswords(f.t.db());
    ui::AppController::setIdleIntervalForTests(idle);
    auto controller = std::make_unique<ui::AppController>(f.t.db(), f.clock, PasswordHasher(PasswordHasher::fastForTests()));
    controller->start();
    return controller;
}

bool TestIdleLock::logIn(ui::AppController &controller, const char *user, const char *password)
{
    auto *dialog = qobject_cast<ui::LoginDialog *>(controller.currentDialog());
    if (!dialog)
        return false;
    type(dialog, "userEdit", QLatin1String(user));
    type(dialog, "passwordEdit", QLatin1String(password));
    mouseClick(dialog, "loginButton");
    return QTest::qWaitFor([&] { return controller.mainWindow() && controller.mainWindow()->isVisible(); });
}

void TestIdleLock::theSameUserGoesOnWhereTheyLeftOff()
{
    PD_GUI_FIXTURE(f, 5);
    auto desk = openDesk(f, 300ms);
    ui::AppController &controller = *desk;
    QVERIFY(logIn(controller, "cashier", "cashier-demo"));
    ui::MainWindow *window = controller.mainWindow();
    type(window, "receiptNoEdit", "NY01-900");
    type(window, "amountEdit", "128.00");
    auto *open = new QDialog(window); // a dialog left open on the desk goes too
    open->show();

    QTRY_VERIFY_WITH_TIMEOUT(controller.lockDialog() && controller.lockDialog()->isVisible(), 5000);
    ui::LockDialog *lock = controller.lockDialog();
    QVERIFY(!window->isVisible());
    QVERIFY(!open->isVisible());
    QVERIFY(child<QLabel>(lock, "lockedLabel")->text().contains("cashier"));
    QTest::keyClick(lock, Qt::Key_Escape); // Esc does not open it
    QVERIFY(lock->isVisible());

    // another person's password, or a wrong one: still locked, counted as a failed login
    type(lock, "passwordEdit", "backoffice-demo");
    mouseClick(lock, "unlockButton");
    QVERIFY(child<QLabel>(lock, "errorLabel")->isVisible());
    QCOMPARE(child<QLabel>(lock, "errorLabel")->text(), QStringLiteral("The password is not right."));
    QVERIFY(lock->isVisible() && !window->isVisible());
    QCOMPARE(sql::scalar(f.t.db().connection(), "SELECT failed_count FROM users WHERE username = 'cashier'").value().toInt(), 1);

    type(lock, "passwordEdit", "cashier-demo");
    QTest::keyClick(child<QLineEdit>(lock, "passwordEdit"), Qt::Key_Return);
    QTRY_VERIFY(!controller.lockDialog());
    QVERIFY(window->isVisible());
    QVERIFY(open->isVisible());
    QCOMPARE(controller.mainWindow(), window); // the same session, not a new window
    QCOMPARE(child<QLineEdit>(window, "receiptNoEdit")->text(), QStringLiteral("NY01-900"));
    QCOMPARE(child<QLineEdit>(window, "amountEdit")->text(), QStringLiteral("128.00"));
    QCOMPARE(sql::scalar(f.t.db().connection(), "SELECT failed_count FROM users WHERE username = 'cashier'").value().toInt(), 0);

    // and it locks again when left again
    QTRY_VERIFY_WITH_TIMEOUT(controller.lockDialog() && controller.lockDialog()->isVisible(), 5000);
}

void TestIdleLock::useKeepsTheDeskOpen()
{
    PD_GUI_FIXTURE(f, 5);
    auto desk = openDesk(f, 1000ms);
    ui::AppController &controller = *desk;
    QVERIFY(logIn(controller, "backoffice", "backoffice-demo"));
    auto *find = child<QLineEdit>(controller.mainWindow(), "findEdit");
    for (int i = 0; i < 12; ++i) { // 2.4 s of someone typing now and then
        QTest::qWait(200);
        QTest::keyClick(find, Qt::Key_A);
        QVERIFY2(!controller.lockDialog(), qPrintable(QStringLiteral("locked after %1 ms of use").arg((i + 1) * 200)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(controller.lockDialog(), 5000);
}

void TestIdleLock::someoneElseTakesOverAndUnpostedWorkIsDiscarded()
{
    PD_GUI_FIXTURE(f, 5);
    auto desk = openDesk(f, 300ms);
    ui::AppController &controller = *desk;
    QVERIFY(logIn(controller, "cashier", "cashier-demo"));
    type(controller.mainWindow(), "amountEdit", "66.00");
    QTRY_VERIFY_WITH_TIMEOUT(controller.lockDialog() && controller.lockDialog()->isVisible(), 5000);

    // asked first; "no" keeps the desk locked for the cashier
    ui::MessageBox::setRecordingForTests(true, ui::MessageBox::Answer::No);
    mouseClick(controller.lockDialog(), "switchUserButton");
    QVERIFY2(ui::MessageBox::lastTextForTests().contains("cashier typed a receipt or a return that was not posted"),
             qPrintable(ui::MessageBox::lastTextForTests()));
    QVERIFY(controller.lockDialog() && controller.lockDialog()->isVisible());
    QVERIFY(controller.mainWindow() && !controller.mainWindow()->isVisible());

    ui::MessageBox::setRecordingForTests(true, ui::MessageBox::Answer::Yes);
    mouseClick(controller.lockDialog(), "switchUserButton");
    QTRY_VERIFY(!controller.lockDialog() && !controller.mainWindow());
    QVERIFY(logIn(controller, "backoffice", "backoffice-demo"));
    QCOMPARE(child<QLineEdit>(controller.mainWindow(), "amountEdit")->text(), QString()); // the cashier's receipt is gone

    // nothing typed: nobody is asked
    QTRY_VERIFY_WITH_TIMEOUT(controller.lockDialog() && controller.lockDialog()->isVisible(), 5000);
    ui::MessageBox::information(nullptr, QString(), QStringLiteral("nothing asked since"));
    mouseClick(controller.lockDialog(), "switchUserButton");
    QTRY_VERIFY(!controller.mainWindow());
    QCOMPARE(ui::MessageBox::lastTextForTests(), QStringLiteral("nothing asked since"));
    QVERIFY(qobject_cast<ui::LoginDialog *>(controller.currentDialog())->isVisible());
}

QTEST_MAIN(TestIdleLock)
#include "tst_idlelock.moc"

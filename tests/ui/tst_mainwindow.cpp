#include "core/audit/auditlog.h"
#include "core/audit/auditmodel.h"
#include "core/auth/authservice.h"
#include "core/auth/userlistmodel.h"
#include "core/i18n/translations.h"
#include "core/stores/storelistmodel.h"
#include "guifixture.h"
#include "support/fixtures.h"
#include "ui/appcontroller.h"
#include "ui/dialogs/logindialog.h"
#include "ui/dialogs/passworddialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/dialogs/storedialog.h"
#include "ui/dialogs/userdialog.h"
#include "ui/mainwindow.h"
#include "core/catalog/catalogmodel.h"
#include "core/catalog/catalogservice.h"
#include "core/compliance/findinglist.h"
#include "ui/pages/auditpage.h"
#include "ui/pages/catalogpage.h"
#include "ui/pages/checkspanel.h"
#include "ui/pages/compliancepage.h"
#include "ui/pages/storespage.h"
#include "ui/pages/userspage.h"

#include <QComboBox>
#include <QAction>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPointer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QStackedWidget>
#include <QTableView>

using namespace pd;
using namespace pd::test;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void navigationShowsOnlyPermittedScreens_data();
    void navigationShowsOnlyPermittedScreens();
    void languageSwitchRebuildsInChinese();
    void storesPageAddsAStore();
    void usersPageAddsUserAndResetsPassword();
    void auditPageVerifiesAndNamesABrokenRecord();
    void noAltKeyDoesTwoThings_data();
    void noAltKeyDoesTwoThings();
    void anItemFindingOpensTheItemForWhoKeepsTheCatalog();
    void aCashierChangesTheirOwnPassword();

private:
    QTemporaryDir m_settingsDir;
};

void TestMainWindow::initTestCase()
{
    // keep the user's own settings file out of the tests
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName("PointsDeskTests");
    ui::SettingsDialog::setLanguageSetting("en");
    installTranslations(QLocale(QLocale::English));
}

void TestMainWindow::cleanup()
{
    ui::SettingsDialog::setLanguageSetting("en");
    installTranslations(QLocale(QLocale::English));
}

void TestMainWindow::navigationShowsOnlyPermittedScreens_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("screens");
    QTest::newRow("cashier") << int(Role::Cashier) << QStringList{"counterPage", "membersPage"};
    QTest::newRow("backoffice") << int(Role::BackOffice) << QStringList{"counterPage", "membersPage", "adjustmentsPage", "campaignsPage", "insightsPage", "memberListsPage"};
    QTest::newRow("campaign") << int(Role::CampaignManager) << QStringList{"membersPage", "campaignsPage", "catalogPage", "insightsPage", "memberListsPage"};
    QTest::newRow("compliance") << int(Role::Compliance) << QStringList{"membersPage", "adjustmentsPage", "campaignsPage", "insightsPage",
                                                                             "memberListsPage", "auditPage", "compliancePage"};
    QTest::newRow("admin") << int(Role::Administrator)
                           << QStringList{"counterPage", "membersPage", "adjustmentsPage", "campaignsPage", "catalogPage", "insightsPage",
                                          "memberListsPage", "programmePage", "storesPage", "usersPage", "auditPage", "compliancePage"};
}

void TestMainWindow::navigationShowsOnlyPermittedScreens()
{
    QFETCH(int, role);
    QFETCH(QStringList, screens);
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext ctx = f.context(Role(role));
    ui::MainWindow window(ctx);
    window.show();
    QCOMPARE(window.screenNames(), screens);
    QCOMPARE(child<QListWidget>(&window, "navigationList")->count(), screens.size());
    QVERIFY(child<QLabel>(&window, "userLabel")->text().contains(roleCode(Role(role))));
    // a file on this computer: its path, and no claim about a connection it does not have
    QCOMPARE(child<QLabel>(&window, "databaseLabel")->text(), f.t.db().location().displayName());
    // each starts on the first screen, a campaign manager on the campaigns
    const QString first = Role(role) == Role::CampaignManager ? QStringLiteral("campaignsPage") : screens.constFirst();
    QCOMPARE(child<QStackedWidget>(&window, "pages")->currentWidget()->objectName(), first);
    QCOMPARE(child<QListWidget>(&window, "navigationList")->currentRow(), int(screens.indexOf(first)));
}

void TestMainWindow::languageSwitchRebuildsInChinese()
{
    PD_GUI_FIXTURE(f, 5);
    test::staffChoseTheirPasswords(f.t.db()); // the first login's own password is tst_loginflow's
    ui::AppController controller(f.t.db(), f.clock, PasswordHasher(PasswordHasher::fastForTests()));
    controller.start();
    auto *login = qobject_cast<ui::LoginDialog *>(controller.currentDialog());
    type(login, "userEdit", "admin");
    type(login, "passwordEdit", "admin-demo");
    mouseClick(login, "loginButton");
    QTRY_VERIFY(controller.mainWindow());
    ui::MainWindow *english = controller.mainWindow();
    QVERIFY(english->windowTitle().contains("PointsDesk"));
    QCOMPARE(child<QListWidget>(english, "navigationList")->item(1)->text(), QStringLiteral("Members"));

    english->findChild<QAction *>("settingsAction")->trigger();
    auto *settings = english->findChild<ui::SettingsDialog *>();
    QVERIFY(settings);
    choose(settings, "languageCombo", "zh_CN");
    mouseAction(settings->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), false);
    QTRY_VERIFY(controller.mainWindow() && controller.mainWindow() != english);
    ui::MainWindow *chinese = controller.mainWindow();
    QCOMPARE(child<QListWidget>(chinese, "navigationList")->item(1)->text(), QStringLiteral("会员"));
    QVERIFY2(chinese->windowTitle().contains(QStringLiteral("积分")), qPrintable(chinese->windowTitle()));
    QCOMPARE(chinese->screenNames().size(), 12); // still logged in as the administrator
    QCOMPARE(ui::SettingsDialog::languageSetting(), QStringLiteral("zh_CN"));
}

void TestMainWindow::storesPageAddsAStore()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext ctx = f.context(Role::Administrator);
    ui::StoresPage page(ctx);
    page.show();
    const int before = page.model()->rowCount();
    QCOMPARE(before, 6);
    mouseClick(&page, "addButton");
    QPointer<ui::StoreDialog> dialog = page.findChild<ui::StoreDialog *>();
    QVERIFY(dialog);
    type(dialog, "codeEdit", "bad code!");
    type(dialog, "nameEdit", QStringLiteral("镇平玉器城店"));
    mouseClick(dialog, "saveButton");
    QVERIFY(child<QLabel>(dialog, "errorLabel")->isVisible());
    type(dialog, "codeEdit", "ZP01");
    type(dialog, "cityEdit", QStringLiteral("镇平"));
    mouseClick(dialog, "saveButton");
    QCOMPARE(page.model()->rowCount(), before + 1);
    QCOMPARE(countRows(f.t.db(), "stores", "code = 'ZP01'"), 1);
    const int added = page.model()->rowWhere([](const Store &s) { return s.code == QLatin1String("ZP01"); });
    QCOMPARE(page.model()->index(added, StoreListModel::Kind).data().toString(), QStringLiteral("Own store"));

    // the chosen store opens with what it holds
    QTRY_VERIFY(!dialog); // the add dialog closed when it saved
    clickCell(&page, "storesView", added, StoreListModel::Name);
    mouseClick(&page, "editButton");
    QPointer<ui::StoreDialog> editing = page.findChild<ui::StoreDialog *>();
    QVERIFY(editing);
    QCOMPARE(child<QLineEdit>(editing, "cityEdit")->text(), QStringLiteral("镇平"));
}

void TestMainWindow::usersPageAddsUserAndResetsPassword()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext ctx = f.context(Role::Administrator);
    ui::UsersPage page(ctx);
    page.show();
    QCOMPARE(page.model()->rowCount(), 5);
    mouseClick(&page, "addButton");
    QPointer<ui::UserDialog> dialog = page.findChild<ui::UserDialog *>();
    type(dialog, "userEdit", "zhoujie2");
    type(dialog, "nameEdit", QStringLiteral("周洁"));
    choose(dialog, "roleCombo", "compliance");
    type(dialog, "passwordEdit", "compliance-2026");
    type(dialog, "repeatEdit", "compliance-2026");
    mouseClick(dialog, "saveButton");
    QCOMPARE(page.model()->rowCount(), 6);
    QCOMPARE(countRows(f.t.db(), "users", "username = 'zhoujie2' AND role = 'compliance'"), 1);
    QCOMPARE(countRows(f.t.db(), "audit_log", "action = 'user.create' AND actor_name = 'admin'"), 1);

    // give the cashier the back-office role
    const int cashier = page.model()->rowWhere([](const UserInfo &u) { return u.username == QLatin1String("cashier"); });
    QVERIFY(cashier >= 0);
    clickCell(&page, "usersView", cashier, UserListModel::UserName);
    choose(&page, "roleCombo", "backoffice");
    mouseClick(&page, "roleButton");
    QCOMPARE(countRows(f.t.db(), "users", "username = 'cashier' AND role = 'backoffice'"), 1);
}

void TestMainWindow::auditPageVerifiesAndNamesABrokenRecord()
{
    PD_GUI_FIXTURE(f, 5);
    f.verified.damagedOnPurpose(); // it edits rows directly to see verify name them
    const ui::AppContext ctx = f.context(Role::Compliance);
    ui::AuditPage page(ctx);
    page.show();
    QVERIFY(page.model()->rowCount() > 5);
    QCOMPARE(page.model()->recordAt(0).action, QStringLiteral("demo.create")); // newest first
    // verify runs on its own thread: the trail and the ledger
    QSignalSpy checked(&page, &ui::AuditPage::checkFinished);
    mouseClick(&page, "verifyButton");
    QVERIFY(page.isRunning());
    QTRY_COMPARE(checked.count(), 1);
    QVERIFY(checked.at(0).at(0).toBool());
    QVERIFY(child<QLabel>(&page, "verifyLabel")->text().contains("intact"));
    QVERIFY(child<QLabel>(&page, "verifyLabel")->text().contains("The ledger adds up"));
    // the daily close: its head appended to the chosen file, the close on record
    QTemporaryDir headsDir;
    ui::FileChooser::answerNextForTests(headsDir.filePath("heads.txt"));
    mouseClick(&page, "closeDayButton");
    QTRY_COMPARE(checked.count(), 2);
    QVERIFY2(child<QLabel>(&page, "verifyLabel")->text().startsWith("Daily close: audit record "), qPrintable(child<QLabel>(&page, "verifyLabel")->text()));
    QFile heads(headsDir.filePath("heads.txt"));
    QVERIFY(heads.open(QIODevice::ReadOnly));
    QVERIFY(ChainHead::fromLine(QString::fromUtf8(heads.readAll()).trimmed()).has_value());
    QCOMPARE(countRows(f.t.db(), "audit_log", "action = 'audit.close'"), 1);
    // a balance changed behind the ledger's back, and a record of the trail edited: both named
    f.t.exec("UPDATE members SET balance = balance + 5 WHERE card_no = '8000000001'");
    f.t.removeAppendOnlyGuard();
    f.t.exec("UPDATE audit_log SET details = '{}' WHERE seq = 2");
    mouseClick(&page, "verifyButton");
    QTRY_COMPARE(checked.count(), 3);
    QVERIFY(!checked.at(2).at(0).toBool());
    QVERIFY2(child<QLabel>(&page, "verifyLabel")->text().contains("record 2"), qPrintable(child<QLabel>(&page, "verifyLabel")->text()));
    QVERIFY2(child<QLabel>(&page, "verifyLabel")->text().contains("The ledger is broken"), qPrintable(child<QLabel>(&page, "verifyLabel")->text()));
    choose(&page, "actionCombo", "store.add");
    QCOMPARE(page.model()->rowCount(), 6);
    QCOMPARE(page.model()->index(0, AuditModel::Entity).data().toString(), QStringLiteral("store AUTO01"));
    // a day typed wrongly is pointed out; the right day shows the demo's records
    type(&page, "fromEdit", "2026-13");
    pressEnter(&page, "fromEdit");
    QVERIFY(child<QLabel>(&page, "filterError")->isVisible());
    QVERIFY(child<QLabel>(&page, "filterError")->text().contains("YYYY-MM-DD"));
    type(&page, "fromEdit", "2026-11-24");
    pressEnter(&page, "fromEdit");
    QVERIFY(!child<QLabel>(&page, "filterError")->isVisible());
    QCOMPARE(page.model()->rowCount(), 0); // the demo was made on 23 November
    type(&page, "fromEdit", "2026-11-23");
    type(&page, "toEdit", "2026-11-23");
    pressEnter(&page, "toEdit");
    QCOMPARE(page.model()->rowCount(), 6);
    // exported as the filter shows them
    QTemporaryDir dir;
    ui::FileChooser::answerNextForTests(dir.filePath("audit.csv"));
    mouseClick(&page, "exportButton");
    QFile file(dir.filePath("audit.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "no,time,")); // the byte order mark, for spreadsheets
    const QStringList lines = QString::fromUtf8(bytes).split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 6);
    QVERIFY2(lines.at(1).contains("store.add,Store added,store NY01"), qPrintable(lines.at(1)));
}

void TestMainWindow::noAltKeyDoesTwoThings_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << "en";
    QTest::newRow("Chinese") << "zh_CN";
}

// On every screen an administrator sees (all of them), in both languages: each Alt+letter on
// screen belongs to one thing, and none to a button and a menu at once.
void TestMainWindow::noAltKeyDoesTwoThings()
{
    QFETCH(QString, language);
    installTranslations(QLocale(language));
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext ctx = f.context(Role::Administrator);
    ui::MainWindow window(ctx);
    window.resize(1200, 720);
    window.show();
    const auto letterOf = [](const QString &text) -> QChar {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&')) {
                if (text.at(i + 1) == QLatin1Char('&')) {
                    ++i;
                    continue;
                }
                return text.at(i + 1).toLower();
            }
        }
        return QChar();
    };
    QHash<QChar, QString> menus;
    for (QAction *menu : window.menuBar()->actions())
        menus.insert(letterOf(menu->text()), menu->text());
    QStringList clashes;
    for (const QString &screen : window.screenNames()) {
        window.showScreen(screen);
        QHash<QChar, QString> taken;
        QWidget *page = window.findChild<QWidget *>(screen);
        const auto take = [&](const QString &text) {
            const QChar letter = letterOf(text);
            if (letter.isNull())
                return;
            if (menus.contains(letter))
                clashes << QStringLiteral("%1: \"%2\" and the menu \"%3\"").arg(screen, text, menus.value(letter));
            else if (taken.contains(letter))
                clashes << QStringLiteral("%1: \"%2\" and \"%3\"").arg(screen, text, taken.value(letter));
            taken.insert(letter, text);
        };
        for (QAbstractButton *b : page->findChildren<QAbstractButton *>()) {
            if (b->isVisibleTo(&window))
                take(b->text());
        }
        for (QLabel *l : page->findChildren<QLabel *>()) {
            if (l->buddy() && l->isVisibleTo(&window))
                take(l->text());
        }
    }
    installTranslations(QLocale(QLocale::English));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join('\n')));
}

void TestMainWindow::anItemFindingOpensTheItemForWhoKeepsTheCatalog()
{
    PD_GUI_FIXTURE(f, 5);
    // an item on offer without a retail value: a finding about the item
    CatalogItem towel;
    towel.code = QStringLiteral("TOWEL9");
    towel.name = QStringLiteral("毛巾");
    towel.pointsPrice = 300;
    towel.status = ItemStatus::Active;
    QVERIFY(CatalogService(f.t.db(), f.clock).create(f.context(Role::Administrator).session, towel).ok());
    const auto isTowel = [](const Finding &x) { return x.subject == QLatin1String("TOWEL9"); };
    {
        const ui::AppContext admin = f.context(Role::Administrator);
        ui::MainWindow window(admin);
        window.show();
        window.showScreen(QStringLiteral("compliancePage"));
        auto *checks = window.findChild<ui::ChecksPanel *>();
        QTRY_VERIFY(!checks->isRunning());
        const int row = checks->findings()->rowWhere(isTowel);
        QVERIFY(row >= 0);
        clickCell(checks, "findingsView", row, FindingListModel::Message);
        mouseClick(checks, "openButton");
        auto *catalog = window.findChild<ui::CatalogPage *>();
        QVERIFY(catalog && catalog->isVisible());
        const QModelIndex current = catalog->findChild<QTableView *>(QStringLiteral("catalogView"))->currentIndex();
        QCOMPARE(catalog->model()->itemAt(current.row()).code, QStringLiteral("TOWEL9"));
    }
    // a compliance officer has no catalog screen: the finding says what to do instead
    const ui::AppContext officer = f.context(Role::Compliance);
    ui::CompliancePage page(officer);
    page.show();
    QTRY_VERIFY(!page.checks()->isRunning());
    const int row = page.checks()->findings()->rowWhere(isTowel);
    QVERIFY(row >= 0);
    clickCell(page.checks(), "findingsView", row, FindingListModel::Message);
    QVERIFY(!child<QPushButton>(&page, "openButton")->isEnabled());
}

void TestMainWindow::aCashierChangesTheirOwnPassword()
{
    PD_GUI_FIXTURE(f, 5);
    const ui::AppContext ctx = f.context(Role::Cashier);
    ui::MainWindow window(ctx);
    window.show();
    window.findChild<QAction *>(QStringLiteral("passwordAction"))->trigger();
    QPointer<ui::PasswordDialog> dialog = window.findChild<ui::PasswordDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *error = child<QLabel>(dialog, "errorLabel");
    // the two new ones differ; then a wrong current password (a failed login)
    type(dialog, "currentEdit", QStringLiteral("cashier-demo"));
    type(dialog, "newEdit", QStringLiteral("till-secret-77"));
    type(dialog, "repeatEdit", QStringLiteral("till-secret-78"));
    mouseClick(dialog, "changeButton");
    QVERIFY2(error->isVisible() && error->text().contains("differ"), qPrintable(error->text()));
    type(dialog, "currentEdit", QStringLiteral("not-my-password"));
    type(dialog, "repeatEdit", QStringLiteral("till-secret-77"));
    mouseClick(dialog, "changeButton");
    QVERIFY2(error->text().contains("current password is not right"), qPrintable(error->text()));
    QCOMPARE(countRows(f.t.db(), "users", "username = 'cashier' AND failed_count = 1"), 1);
    // right: changed, the dialog closes, the new one logs in
    type(dialog, "currentEdit", QStringLiteral("cashier-demo"));
    mouseClick(dialog, "changeButton");
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QVERIFY(ui::MessageBox::lastTextForTests().contains("password was changed"));
    AuthService auth(f.t.db(), f.clock, PasswordHasher(PasswordHasher::fastForTests()));
    QVERIFY(auth.login(QStringLiteral("cashier"), QStringLiteral("till-secret-77")).ok());
    QCOMPARE(countRows(f.t.db(), "audit_log", "action = 'user.password'"), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

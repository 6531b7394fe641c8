#include "appcontroller.h"

#include "core/auth/authservice.h"
#include "core/i18n/translations.h"
#include "core/settings/programmesettings.h"
#include "ui/appcontext.h"
#include "ui/dialogs/firstrundialog.h"
#include "ui/dialogs/lockdialog.h"
#include "ui/dialogs/passworddialog.h"
#include "ui/dialogs/logindialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/mainwindow.h"
#include "ui/widgets/idlewatcher.h"
#include "ui/widgets/messagebox.h"

#include <QApplication>

namespace pd::ui {

namespace {
std::chrono::milliseconds g_idleIntervalForTests{0};
}

void AppController::setIdleIntervalForTests(std::chrono::milliseconds interval)
{
    g_idleIntervalForTests = interval;
}

AppController::AppController(Database &db, const Clock &clock, PasswordHasher hasher, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_hasher(hasher)
{
}

AppController::~AppController()
{
    delete m_lock;
    delete m_window;
    delete m_dialog;
}

void AppController::start()
{
    auto hasUsers = AuthService(m_db, m_clock, m_hasher).hasUsers();
    if (!hasUsers) {
        MessageBox::warning(nullptr, tr("PointsDesk"), hasUsers.error().message);
        QApplication::exit(1);
        return;
    }
    if (hasUsers.value()) {
        showLogin();
        return;
    }
    auto *dialog = new FirstRunDialog(m_db, m_clock, m_hasher);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FirstRunDialog::administratorCreated, this, &AppController::showMainWindow);
    connect(dialog, &QDialog::rejected, qApp, &QApplication::quit);
    m_dialog = dialog;
    dialog->show();
}

void AppController::showLogin()
{
    delete m_idle; // nobody's session to protect on the login screen
    auto *dialog = new LoginDialog(m_db, m_clock, m_hasher);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LoginDialog::loggedIn, this, &AppController::showMainWindow);
    connect(dialog, &QDialog::rejected, qApp, &QApplication::quit);
    m_dialog = dialog;
    dialog->show();
}

void AppController::showMainWindow(const Session &session)
{
    if (m_window)
        m_window->deleteLater();
    m_context = std::make_unique<AppContext>(AppContext{m_db, m_clock, m_hasher, session});
    // a password someone else chose is replaced before anything else (Cancel logs out)
    auto mustChange = AuthService(m_db, m_clock, m_hasher).passwordMustChange(session.userId);
    if (!mustChange || mustChange.value()) {
        if (!mustChange)
            MessageBox::warning(nullptr, tr("PointsDesk"), mustChange.error().message);
        auto *dialog = new PasswordDialog(*m_context, nullptr, PasswordDialog::Occasion::Required);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, session] { showMainWindow(session); });
        connect(dialog, &QDialog::rejected, this, &AppController::showLogin);
        m_dialog = dialog;
        dialog->show();
        return;
    }
    m_window = new MainWindow(*m_context);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::logoutRequested, this, [this] {
        m_window->close();
        showLogin();
    });
    connect(m_window, &MainWindow::languageChanged, this, &AppController::rebuildForLanguage, Qt::QueuedConnection);
    m_window->show();
    // the keyboard goes where the login dialog's went (a desktop without a window manager, or
    // one that keeps the focus on the closed dialog's owner, would otherwise leave it nowhere)
    m_window->raise();
    m_window->activateWindow();
    watchForIdleness();
}

void AppController::watchForIdleness()
{
    delete m_idle;
    std::chrono::milliseconds interval = g_idleIntervalForTests;
    if (interval.count() <= 0) {
        auto minutes = programmesettings::deskLockMinutes(m_db);
        interval = std::chrono::minutes(minutes ? minutes.value() : programmesettings::kDefaultDeskLockMinutes);
    }
    m_idle = new IdleWatcher(interval, this);
    connect(m_idle, &IdleWatcher::idle, this, &AppController::lockDesk);
}

// Everything on the screen goes (members' names, a typed receipt, an open dialog) and stays as
// it was behind the lock, for the same person only.
void AppController::lockDesk()
{
    if (!m_window || m_lock)
        return;
    m_idle->pause();
    m_hiddenByLock.clear();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible()) {
            m_hiddenByLock << w;
            w->hide();
        }
    }
    m_lock = new LockDialog(m_db, m_clock, m_hasher, m_context->session);
    connect(m_lock, &LockDialog::unlocked, this, &AppController::unlockDesk);
    connect(m_lock, &LockDialog::switchUserRequested, this, &AppController::handOver);
    m_lock->show();
}

void AppController::closeLock()
{
    m_lock->hide();
    m_lock->deleteLater();
}

void AppController::unlockDesk()
{
    closeLock();
    for (const QPointer<QWidget> &w : std::as_const(m_hiddenByLock)) {
        if (w)
            w->show();
    }
    m_hiddenByLock.clear();
    if (m_idle)
        m_idle->resume();
}

// Someone else takes the desk: the session ends, and what its user typed but did not post
// goes with it, once the one handing over has agreed.
void AppController::handOver()
{
    if (m_window && m_window->hasUnpostedWork()
        && MessageBox::question(m_lock, tr("PointsDesk"),
                                tr("%1 typed a receipt or a return that was not posted. It is discarded when someone else logs in.")
                                    .arg(m_context->session.username))
               != MessageBox::Answer::Yes)
        return;
    closeLock();
    m_hiddenByLock.clear();
    if (m_window) {
        m_window->disconnect(this);
        m_window->close();
    }
    showLogin();
}

void AppController::rebuildForLanguage()
{
    installTranslations(SettingsDialog::effectiveLocale());
    const Session session = m_context->session;
    const QRect geometry = m_window ? m_window->geometry() : QRect();
    if (m_window) {
        m_window->disconnect(this);
        m_window->close();
    }
    showMainWindow(session);
    if (geometry.isValid())
        m_window->setGeometry(geometry);
}

} // namespace pd::ui

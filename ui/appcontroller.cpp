#include "appcontroller.h"

#include "core/auth/authservice.h"
#include "core/i18n/translations.h"
#include "ui/appcontext.h"
#include "ui/dialogs/firstrundialog.h"
#include "ui/dialogs/logindialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/mainwindow.h"
#include "ui/widgets/messagebox.h"

#include <QApplication>

namespace pd::ui {

AppController::AppController(Database &db, const Clock &clock, PasswordHasher hasher, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_hasher(hasher)
{
}

AppController::~AppController()
{
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
    m_window = new MainWindow(*m_context);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::logoutRequested, this, [this] {
        m_window->close();
        showLogin();
    });
    connect(m_window, &MainWindow::languageChanged, this, &AppController::rebuildForLanguage, Qt::QueuedConnection);
    m_window->show();
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

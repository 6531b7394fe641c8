#pragma once

#include "core/auth/passwordhasher.h"
#include "core/access/session.h"
#include "core/clock.h"

#include <QObject>
#include <QPointer>

#include "ui/mainwindow.h"

#include <memory>

namespace pd {
class Database;
}

namespace pd::ui {

struct AppContext;

// The life of the GUI: first-run set-up or login, the main window, log out, and rebuilding
// the window when the language changes (keeping the user logged in).
class AppController : public QObject
{
    Q_OBJECT
public:
    AppController(Database &db, const Clock &clock, PasswordHasher hasher = PasswordHasher(), QObject *parent = nullptr);
    ~AppController() override;

    void start();
    MainWindow *mainWindow() const { return m_window; }
    QWidget *currentDialog() const { return m_dialog; }

private:
    void showLogin();
    void showMainWindow(const Session &session);
    void rebuildForLanguage();

    Database &m_db;
    const Clock &m_clock;
    PasswordHasher m_hasher;
    std::unique_ptr<AppContext> m_context;
    QPointer<MainWindow> m_window;
    QPointer<QWidget> m_dialog;
};

} // namespace pd::ui

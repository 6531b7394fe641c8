#pragma once

#include "core/auth/passwordhasher.h"
#include "core/access/session.h"
#include "core/clock.h"

#include <QObject>
#include <QPointer>

#include "ui/dialogs/lockdialog.h"
#include "ui/mainwindow.h"
#include "ui/widgets/idlewatcher.h"

#include <chrono>
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
    LockDialog *lockDialog() const { return m_lock; }
    // Test seam: the idle lock after this long instead of the programme's minutes (0: those).
    static void setIdleIntervalForTests(std::chrono::milliseconds interval);

private:
    void showLogin();
    void showMainWindow(const Session &session);
    void rebuildForLanguage();
    void watchForIdleness();
    void lockDesk();
    void unlockDesk();
    void closeLock();
    void handOver();

    Database &m_db;
    const Clock &m_clock;
    PasswordHasher m_hasher;
    std::unique_ptr<AppContext> m_context;
    QPointer<MainWindow> m_window;
    QPointer<QWidget> m_dialog;
    QPointer<IdleWatcher> m_idle;
    QPointer<LockDialog> m_lock;
    QList<QPointer<QWidget>> m_hiddenByLock; // the windows the lock took off the screen
};

} // namespace pd::ui

#pragma once

#include "ui/appcontext.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace pd::ui {

// The administrator's backups: a copy of the SQLite database written while the desks keep
// working, and the check of a copy (is it whole, does its ledger add up) — each on its own
// thread. Restoring replaces the database every desk has open, so it is done from the command
// line with the desks closed; the dialog says how. A PostgreSQL programme is backed up by its
// server: the dialog shows the command.
class BackupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BackupDialog(const AppContext &context, QWidget *parent = nullptr);
    ~BackupDialog() override;
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void finished(bool ok, const QString &summary);

protected:
    void reject() override;

private:
    void backUp();
    void check();
    void begin(const QString &doing);
    void end(bool ok, const QString &summary);

    const AppContext &m_context;
    QLabel *m_result;
    QProgressBar *m_progress;
    QPushButton *m_backup, *m_check, *m_close;
    QThread *m_thread = nullptr;
};

} // namespace pd::ui

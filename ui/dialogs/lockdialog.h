#pragma once

#include "core/access/session.h"
#include "core/auth/passwordhasher.h"

#include <QDialog>

class QLineEdit;

namespace pd {
class Clock;
class Database;
} // namespace pd

namespace pd::ui {

class FormErrorLabel;

// The locked desk: only the person logged in goes on where they left off, with their password
// (a wrong one counts towards the account's lock like a wrong login); anyone else ends that
// session and logs in afresh.
class LockDialog : public QDialog
{
    Q_OBJECT
public:
    LockDialog(Database &db, const Clock &clock, PasswordHasher hasher, Session session, QWidget *parent = nullptr);

signals:
    void unlocked();
    void switchUserRequested();

protected:
    void reject() override; // Esc does not open a locked desk

private:
    void unlock();

    Database &m_db;
    const Clock &m_clock;
    PasswordHasher m_hasher;
    Session m_session;
    QLineEdit *m_password;
    FormErrorLabel *m_error;
};

} // namespace pd::ui

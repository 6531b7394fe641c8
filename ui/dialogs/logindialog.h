#pragma once

#include "ui/appcontext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pd::ui {

class FormErrorLabel;

// Asks for user name and password and logs in through AuthService. On a demo database it
// lists the demo logins, so a visitor can try every role.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(Database &db, const Clock &clock, PasswordHasher hasher, QWidget *parent = nullptr);

signals:
    void loggedIn(const pd::Session &session);

private:
    void tryLogin();

    Database &m_db;
    const Clock &m_clock;
    PasswordHasher m_hasher;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_loginButton;
    FormErrorLabel *m_error;
};

} // namespace pd::ui

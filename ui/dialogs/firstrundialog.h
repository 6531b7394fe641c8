#pragma once

#include "ui/appcontext.h"

#include <QDialog>

class QLineEdit;

namespace pd::ui {

class FormErrorLabel;

// On a database without users: creates the administrator account.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    FirstRunDialog(Database &db, const Clock &clock, PasswordHasher hasher, QWidget *parent = nullptr);

signals:
    void administratorCreated(const pd::Session &session);

private:
    void create();

    Database &m_db;
    const Clock &m_clock;
    PasswordHasher m_hasher;
    QLineEdit *m_user, *m_name, *m_password, *m_repeat;
    FormErrorLabel *m_error;
};

} // namespace pd::ui

#pragma once

#include "ui/appcontext.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace pd::ui {

class FormErrorLabel;

// Adds a staff account (userId 0), or sets a new password for one (userId given).
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    UserDialog(const AppContext &context, qint64 userId, const QString &username, QWidget *parent = nullptr);

signals:
    void saved();

private:
    void save();

    const AppContext &m_context;
    qint64 m_userId;
    QLineEdit *m_user = nullptr, *m_name = nullptr, *m_password, *m_repeat;
    QComboBox *m_role = nullptr;
    QComboBox *m_store = nullptr;
    FormErrorLabel *m_error;
};

} // namespace pd::ui

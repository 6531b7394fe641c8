#pragma once

#include "ui/appcontext.h"

#include <QDialog>

class QLineEdit;

namespace pd::ui {

class FormErrorLabel;

// One's own password: the current one, the new one twice. A wrong current password counts as a
// failed login (five lock the account, as at the login). Required: right after a login with a
// password someone else chose, explained; Cancel then logs out.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Occasion { Chosen, Required };
    explicit PasswordDialog(const AppContext &context, QWidget *parent = nullptr, Occasion occasion = Occasion::Chosen);

private:
    void change();

    const AppContext &m_context;
    Occasion m_occasion;
    QLineEdit *m_current, *m_new, *m_repeat;
    FormErrorLabel *m_error;
};

} // namespace pd::ui

#include "passworddialog.h"

#include "core/auth/authservice.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/formerror.h"
#include "ui/widgets/messagebox.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace pd::ui {

PasswordDialog::PasswordDialog(const AppContext &context, QWidget *parent, Occasion occasion)
    : QDialog(parent), m_context(context), m_occasion(occasion)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(occasion == Occasion::Required ? tr("Choose your own password") : tr("Change my password"));
    const auto field = [this](const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setEchoMode(QLineEdit::Password);
        return edit;
    };
    m_current = field("currentEdit");
    m_new = field("newEdit");
    m_repeat = field("repeatEdit");
    m_new->setPlaceholderText(tr("at least %1 characters").arg(AuthService::kMinPasswordLength));
    auto *form = new QFormLayout;
    if (occasion == Occasion::Required) {
        auto *why = new QLabel(tr("%1, your password was given to you by an administrator or printed with the demo. Choose one only you "
                                  "know before you go on (Cancel logs out).")
                                   .arg(m_context.session.username),
                               this);
        why->setObjectName(QStringLiteral("whyLabel"));
        why->setWordWrap(true);
        form->addRow(why);
    }
    form->addRow(tr("Current password:"), m_current);
    form->addRow(tr("New password:"), m_new);
    form->addRow(tr("New password again:"), m_repeat);
    m_error = new FormErrorLabel(this);
    layoutFormDialog(this, form, m_error, tr("Change"), "changeButton", [this] { change(); });
    m_current->setFocus(); // typing starts in the first field, not on a button
}

void PasswordDialog::change()
{
    if (m_new->text() != m_repeat->text()) {
        m_error->showError(tr("The two new passwords differ."));
        m_repeat->selectAll();
        m_repeat->setFocus();
        return;
    }
    const Status s = AuthService(m_context.db, m_context.clock, m_context.hasher).changeOwnPassword(m_context.session, m_current->text(), m_new->text());
    if (!s) {
        m_error->showError(s.error().message);
        if (s.error().field == QLatin1String("current")) {
            m_current->selectAll();
            m_current->setFocus();
            return;
        }
        // a refused new password is typed afresh, both times
        m_new->clear();
        m_repeat->clear();
        m_new->setFocus();
        return;
    }
    if (m_occasion == Occasion::Chosen) // (when required, the screens opening say it)
        MessageBox::information(this, windowTitle(), tr("Your password was changed. Use the new one from your next login."));
    accept();
}

} // namespace pd::ui

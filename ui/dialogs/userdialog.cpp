#include "userdialog.h"

#include "core/auth/authservice.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/formerror.h"
#include "ui/widgets/storecombo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

UserDialog::UserDialog(const AppContext &context, qint64 userId, const QString &username, QWidget *parent)
    : QDialog(parent), m_context(context), m_userId(userId)
{
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(userId ? tr("New password for %1").arg(username) : tr("Add a user"));
    auto *form = new QFormLayout;
    if (!userId) {
        m_user = new QLineEdit(this);
        m_user->setObjectName(QStringLiteral("userEdit"));
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("nameEdit"));
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("roleCombo"));
        for (Role r : allRoles())
            m_role->addItem(roleDisplayName(r), roleCode(r));
        m_store = storeCombo(context, this, "homeStoreCombo");
        m_store->insertItem(0, tr("(none: every store)"), QString());
        m_store->setCurrentIndex(0);
        form->addRow(tr("User name:"), m_user);
        form->addRow(tr("Full name:"), m_name);
        form->addRow(tr("Role:"), m_role);
        form->addRow(tr("Home store:"), m_store);
    }
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Repeat password:"), m_repeat);
    m_error = new FormErrorLabel(this);
    layoutFormDialog(this, form, m_error, tr("Save"), "saveButton", [this] { save(); });
}

void UserDialog::save()
{
    if (m_password->text() != m_repeat->text()) {
        m_error->showError(tr("The two passwords differ."));
        return;
    }
    AuthService auth(m_context.db, m_context.clock, m_context.hasher);
    Status status;
    if (m_userId) {
        status = auth.resetPassword(m_context.session, m_userId, m_password->text());
    } else {
        NewUser user{m_user->text().trimmed(), m_name->text().trimmed(),
                     roleFromCode(m_role->currentData().toString()).value_or(Role::Cashier), m_password->text(),
                     m_store->currentData().toString()};
        auto id = auth.createUser(m_context.session, user);
        if (!id)
            status = id.error();
    }
    if (!status) {
        m_error->showError(status.error().message);
        return;
    }
    emit saved();
    accept();
}

} // namespace pd::ui

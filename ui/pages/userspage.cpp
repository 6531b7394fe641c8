#include "userspage.h"

#include "core/auth/authservice.h"
#include "core/auth/userlistmodel.h"
#include "ui/dialogs/userdialog.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/storecombo.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

UsersPage::UsersPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("usersPage"));
    m_model = new UserListModel(m_context.db, m_context.clock, m_context.session, this);
    m_view = new QTableView(this);
    setUpListView(m_view, "usersView");
    m_view->setModel(m_model);
    auto button = [this](const char *name, const QString &text, void (UsersPage::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button("addButton", tr("&Add user…"), &UsersPage::addUser));
    buttons->addWidget(button("resetButton", tr("&New password…"), &UsersPage::resetPassword));
    buttons->addWidget(button("unlockButton", tr("&Unlock"), &UsersPage::unlock));
    buttons->addWidget(button("activeButton", tr("&Disable / enable"), &UsersPage::toggleActive));
    buttons->addStretch();
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (Role r : allRoles())
        m_role->addItem(roleDisplayName(r), roleCode(r));
    buttons->addWidget(m_role);
    buttons->addWidget(button("roleButton", tr("Set &role"), &UsersPage::changeRole));
    m_store = storeCombo(m_context, this, "homeStoreCombo");
    m_store->insertItem(0, tr("(none: every store)"), QString());
    m_store->setCurrentIndex(0);
    buttons->addWidget(m_store);
    buttons->addWidget(button("storeButton", tr("Set home &store"), &UsersPage::changeStore));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    reload();
}

void UsersPage::reload()
{
    if (Status s = m_model->reload(); !s)
        MessageBox::warning(this, tr("Users"), s.error().message);
    fitColumns(m_view);
}

std::optional<UserInfo> UsersPage::selectedUser() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? std::nullopt : m_model->recordAt(rows.first().row());
}

void UsersPage::addUser()
{
    auto *dialog = new UserDialog(m_context, 0, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::saved, this, &UsersPage::reload);
    dialog->open();
}

void UsersPage::resetPassword()
{
    const auto user = selectedUser();
    if (!user)
        return;
    auto *dialog = new UserDialog(m_context, user->id, user->username, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::saved, this, &UsersPage::reload);
    dialog->open();
}

void UsersPage::unlock()
{
    const auto user = selectedUser();
    if (!user)
        return;
    if (Status s = AuthService(m_context.db, m_context.clock, m_context.hasher).unlock(m_context.session, user->id); !s)
        MessageBox::warning(this, tr("Users"), s.error().message);
    reload();
}

void UsersPage::changeRole()
{
    const auto user = selectedUser();
    if (!user)
        return;
    const Role role = roleFromCode(m_role->currentData().toString()).value_or(Role::Cashier);
    if (Status s = AuthService(m_context.db, m_context.clock, m_context.hasher).setRole(m_context.session, user->id, role); !s)
        MessageBox::warning(this, tr("Users"), s.error().message);
    reload();
}

void UsersPage::changeStore()
{
    const auto user = selectedUser();
    if (!user)
        return;
    if (Status s = AuthService(m_context.db, m_context.clock, m_context.hasher).setHomeStore(m_context.session, user->id, m_store->currentData().toString());
        !s)
        MessageBox::warning(this, tr("Users"), s.error().message);
    reload();
}

void UsersPage::toggleActive()
{
    const auto user = selectedUser();
    if (!user)
        return;
    if (Status s = AuthService(m_context.db, m_context.clock, m_context.hasher).setActive(m_context.session, user->id, !user->active);
        !s)
        MessageBox::warning(this, tr("Users"), s.error().message);
    reload();
}

} // namespace pd::ui

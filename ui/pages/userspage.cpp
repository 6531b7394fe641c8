#include "userspage.h"

#include "core/auth/authservice.h"
#include "core/clock.h"
#include "ui/dialogs/userdialog.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/messagebox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

UsersPage::UsersPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("usersPage"));
    m_model = new QStandardItemModel(this);
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    reload();
}

void UsersPage::reload()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("User name"), tr("Name"), tr("Role"), tr("State"), tr("Last login")});
    auto users = AuthService(m_context.db, m_context.clock, m_context.hasher).users(m_context.session);
    if (!users) {
        MessageBox::warning(this, tr("Users"), users.error().message);
        return;
    }
    for (const UserInfo &u : users.value()) {
        auto *name = new QStandardItem(u.username);
        name->setData(QVariant::fromValue(u.id), Qt::UserRole);
        name->setData(u.active, Qt::UserRole + 1);
        const QString state = !u.active ? tr("Disabled")
                              : u.lockedUntil.isValid()
                                  ? tr("Locked until %1").arg(displayTime(u.lockedUntil))
                                  : tr("Active");
        const QString last = u.lastLoginAt.isEmpty()
                                 ? QString()
                                 : displayTime(fromStoredTime(u.lastLoginAt));
        m_model->appendRow({name, new QStandardItem(u.displayName), new QStandardItem(roleDisplayName(u.role)),
                            new QStandardItem(state), new QStandardItem(last)});
    }
    fitColumns(m_view);
}

qint64 UsersPage::selectedUserId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
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
    const qint64 id = selectedUserId();
    if (!id)
        return;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    auto *dialog = new UserDialog(m_context, id, m_model->item(rows.first().row(), 0)->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::saved, this, &UsersPage::reload);
    dialog->open();
}

void UsersPage::unlock()
{
    const qint64 id = selectedUserId();
    if (!id)
        return;
    if (Status s = AuthService(m_context.db, m_context.clock, m_context.hasher).unlock(m_context.session, id); !s)
        MessageBox::warning(this, tr("Users"), s.error().message);
    reload();
}

void UsersPage::changeRole()
{
    const qint64 id = selectedUserId();
    if (!id)
        return;
    const Role role = roleFromCode(m_role->currentData().toString()).value_or(Role::Cashier);
    if (Status s = AuthService(m_context.db, m_context.clock, m_context.hasher).setRole(m_context.session, id, role); !s)
        MessageBox::warning(this, tr("Users"), s.error().message);
    reload();
}

void UsersPage::toggleActive()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QStandardItem *item = m_model->item(rows.first().row(), 0);
    const bool active = item->data(Qt::UserRole + 1).toBool();
    if (Status s = AuthService(m_context.db, m_context.clock, m_context.hasher)
                       .setActive(m_context.session, item->data(Qt::UserRole).toLongLong(), !active);
        !s)
        MessageBox::warning(this, tr("Users"), s.error().message);
    reload();
}

} // namespace pd::ui

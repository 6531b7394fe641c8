#pragma once

#include "ui/appcontext.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QPushButton;
class QTableView;

namespace pd {
class UserListModel;
struct UserInfo;
}

namespace pd::ui {

// Administrators add staff accounts with one of the five roles, reset passwords, unlock
// accounts locked by failed logins, and disable accounts of people who left.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    UsersPage(const AppContext &context, QWidget *parent = nullptr);
    UserListModel *model() const { return m_model; }
    void reload();

private:
    std::optional<UserInfo> selectedUser() const;
    void addUser();
    void resetPassword();
    void unlock();
    void toggleActive();
    void changeRole();
    void changeStore();

    const AppContext &m_context;
    UserListModel *m_model;
    QTableView *m_view;
    QComboBox *m_role;
    QComboBox *m_store;
};

} // namespace pd::ui

#pragma once

#include "ui/appcontext.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace pd {
class MemberModel;
class MemberService;
}

namespace pd::ui {

// Find members by card, mobile, name or pinyin initials; register, edit, freeze, close;
// reveal a mobile number where the role may (each reveal is audited by core).
class MembersPage : public QWidget
{
    Q_OBJECT
public:
    MembersPage(const AppContext &context, QWidget *parent = nullptr);
    ~MembersPage() override;

    MemberModel *model() const { return m_model; }

protected:
    // other screens and other desks changed points and statuses meanwhile
    void showEvent(QShowEvent *event) override;

private:
    void applySearch();
    void applyFilter();
    void sortRequested(int column, Qt::SortOrder order);
    void updateButtons();
    void updateCount();
    int currentRow() const;
    void registerMember();
    void editMember();
    void toggleFrozen();
    void closeMembership();
    void revealMobile();
    void showPoints();
    void afterSave(qint64 memberId);

    const AppContext &m_context;
    std::unique_ptr<MemberService> m_service;
    MemberModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_mode;
    QComboBox *m_storeFilter, *m_tierFilter, *m_statusFilter;
    QLabel *m_sortNote;
    QTableView *m_view;
    QLabel *m_count;
    QPushButton *m_points, *m_register, *m_edit, *m_freeze, *m_close, *m_reveal;
    QTimer *m_searchDelay;
};

} // namespace pd::ui

#pragma once

#include "core/members/member.h"
#include "ui/appcontext.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QTableView;
class QTableWidget;

namespace pd::ui {

// A member's points: balance, debt, tier and the way to the next one, green total, the lots
// with their expiry, the whole history with the reason of each entry, and statements.
class MemberDetailDialog : public QDialog
{
    Q_OBJECT
public:
    MemberDetailDialog(const AppContext &context, const Member &member, QWidget *parent = nullptr);

    // Test seam: where "Save statement" writes instead of asking with a file dialog.

private:
    void saveStatement();
    void previewStatement();

    const AppContext &m_context;
    Member m_member;
    QDateEdit *m_month;
    QLabel *m_statementLabel;
};

} // namespace pd::ui

#pragma once

#include "ui/appcontext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace pd {
class AuditModel;
}

namespace pd::ui {

// The audit trail for compliance: every write, newest first, filterable, and a check of
// the hash chain that names the first broken record.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    AuditPage(const AppContext &context, QWidget *parent = nullptr);
    AuditModel *model() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void verifyChain();

    const AppContext &m_context;
    AuditModel *m_model;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_result;
};

} // namespace pd::ui

#pragma once

#include "ui/appcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace pd {
class AuditModel;
struct AuditFilter;
}

namespace pd::ui {

class DateField;

// The audit trail for compliance: every write, newest first, filtered by action, user, days
// and record, exported as CSV, and a check of the hash chain that names the first broken
// record.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    AuditPage(const AppContext &context, QWidget *parent = nullptr);
    AuditModel *model() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    // False (with the reason shown beside the filters) when a typed day is not a date.
    bool readFilter(AuditFilter *filter);
    void applyFilter();
    void exportCsv();
    void verifyChain();

    const AppContext &m_context;
    AuditModel *m_model;
    QComboBox *m_action;
    QLineEdit *m_user;
    DateField *m_from;
    DateField *m_to;
    QLineEdit *m_record;
    QLabel *m_filterError;
    QTableView *m_view;
    QLabel *m_result;
};

} // namespace pd::ui

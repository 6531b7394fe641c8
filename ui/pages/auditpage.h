#pragma once

#include "ui/appcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QThread;

namespace pd {
class AuditModel;
struct AuditFilter;
}

namespace pd::ui {

class DateField;

// The audit trail for compliance: every write, newest first, filtered by action, user, days
// and record, exported as CSV; `verify` (the trail's hash chain naming the first broken record,
// and the ledger's chains, invariants and daily figures) and the daily close, both on their own
// thread: on a chain-sized ledger they read for seconds.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    AuditPage(const AppContext &context, QWidget *parent = nullptr);
    ~AuditPage() override;
    AuditModel *model() const { return m_model; }
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void checkFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // False (with the reason shown beside the filters) when a typed day is not a date.
    bool readFilter(AuditFilter *filter);
    void applyFilter();
    void exportCsv();
    void verifyAll();
    void closeTheDay();
    void startWork(const QString &doing);
    void showOutcome(bool good, const QString &text);

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
    QPushButton *m_verify, *m_close;
    QThread *m_thread = nullptr;
};

} // namespace pd::ui

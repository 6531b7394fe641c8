#pragma once

#include "ui/appcontext.h"

#include <QWidget>

class QLineEdit;
class QSpinBox;
class QTableView;

namespace pd {
class DecidedAdjustmentsModel;
class PendingAdjustmentsModel;
}

namespace pd::ui {

class FormErrorLabel;
class PostingGuard;

// Manual adjustments: back office asks (with a reason); above the threshold the request
// waits in the queue for someone else with approve rights, who sees the member's balance and
// history, confirms each decision, and finds past decisions below the queue.
class AdjustmentsPage : public QWidget
{
    Q_OBJECT
public:
    AdjustmentsPage(const AppContext &context, QWidget *parent = nullptr);
    PendingAdjustmentsModel *queue() const { return m_queue; }
    DecidedAdjustmentsModel *decisions() const { return m_decisions; }
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool request();
    bool decide(bool approve);
    void showHistory();
    qint64 selectedRow() const;
    void updateDecisionButtons(bool newIntent);

    const AppContext &m_context;
    QLineEdit *m_card, *m_reason;
    QSpinBox *m_points;
    FormErrorLabel *m_error;
    PostingGuard *m_requestGuard = nullptr, *m_approveGuard = nullptr, *m_rejectGuard = nullptr;
    PendingAdjustmentsModel *m_queue;
    DecidedAdjustmentsModel *m_decisions;
    QTableView *m_view, *m_decisionsView;
};

} // namespace pd::ui

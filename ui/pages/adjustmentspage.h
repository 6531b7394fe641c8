#pragma once

#include "ui/appcontext.h"

#include <QWidget>

class QLineEdit;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace pd::ui {

class FormErrorLabel;

// Manual adjustments: back office asks (with a reason); above the threshold the request
// waits in the queue for someone else with approve rights.
class AdjustmentsPage : public QWidget
{
    Q_OBJECT
public:
    AdjustmentsPage(const AppContext &context, QWidget *parent = nullptr);
    QStandardItemModel *queue() const { return m_queue; }
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void request();
    void decide(bool approve);

    const AppContext &m_context;
    QLineEdit *m_card, *m_reason;
    QSpinBox *m_points;
    FormErrorLabel *m_error;
    QStandardItemModel *m_queue;
    QTableView *m_view;
};

} // namespace pd::ui

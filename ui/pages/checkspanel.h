#pragma once

#include "ui/appcontext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pd {
class FindingListModel;
struct Finding;
}

namespace pd::ui {

// The compliance checks: run them, read each finding with how to fix it, and open the campaign
// or the request it concerns.
class ChecksPanel : public QWidget
{
    Q_OBJECT
public:
    ChecksPanel(const AppContext &context, QWidget *parent = nullptr);
    FindingListModel *findings() const { return m_findings; }
    void runChecks();

signals:
    void openRequested(const pd::Finding &finding);

private:
    std::optional<Finding> selectedFinding() const;
    void showSelected();

    const AppContext &m_context;
    FindingListModel *m_findings;
    QTableView *m_view;
    QLabel *m_summary, *m_fix;
    QPushButton *m_open;
};

} // namespace pd::ui

#pragma once

#include "ui/appcontext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QThread;

namespace pd {
class FindingListModel;
struct Finding;
}

namespace pd::ui {

// The compliance checks: run them, read each finding with how to fix it, and open the campaign
// or the request it concerns. The checks read every member with expiring points, seconds for a
// million members: they run on a thread and connection of their own.
class ChecksPanel : public QWidget
{
    Q_OBJECT
public:
    ChecksPanel(const AppContext &context, QWidget *parent = nullptr);
    ~ChecksPanel() override;
    FindingListModel *findings() const { return m_findings; }
    // Runs the checks again; asked while they run, they run once more when done, so what
    // changed meanwhile is seen.
    void runChecks();
    // True from the moment the checks are asked for until their findings are shown.
    bool isRunning() const { return m_running; }

signals:
    void openRequested(const pd::Finding &finding);
    void checksShown();

private:
    void showFindings(Result<QList<Finding>> found);
    std::optional<Finding> selectedFinding() const;
    void showSelected();

    const AppContext &m_context;
    FindingListModel *m_findings;
    QTableView *m_view;
    QLabel *m_summary, *m_fix;
    QPushButton *m_run, *m_open;
    QThread *m_thread = nullptr;
    bool m_running = false, m_runAgain = false;
};

} // namespace pd::ui

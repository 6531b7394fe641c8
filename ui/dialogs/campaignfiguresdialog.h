#pragma once

#include "core/campaigns/campaign.h"
#include "core/result.h"
#include "ui/appcontext.h"

#include <QDialog>

#include <atomic>

class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace pd {
struct CampaignFigures;
}

namespace pd::ui {

class DateField;

// A campaign's figures with a chart of the points it awards per day: a simulation of a chosen
// past period (any state), or the report of what an approved campaign really awarded. Both run on
// their own thread and connection, with progress and cancel.
class CampaignFiguresDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Simulate, Report };
    CampaignFiguresDialog(const AppContext &context, const Campaign &campaign, Mode mode, QWidget *parent = nullptr);
    ~CampaignFiguresDialog() override;

    bool isRunning() const;
    QChartView *chartView() const { return m_chart; }

signals:
    void figuresShown(bool ok);

protected:
    void reject() override;

private:
    void start();
    void finish(const Result<CampaignFigures> &figures);

    const AppContext &m_context;
    Campaign m_campaign;
    Mode m_mode;
    DateField *m_from = nullptr, *m_to = nullptr;
    QComboBox *m_store = nullptr;
    QPushButton *m_run, *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_figures;
    QChartView *m_chart;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelRequested{false};
};

} // namespace pd::ui

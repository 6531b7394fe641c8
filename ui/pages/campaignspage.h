#pragma once

#include "ui/appcontext.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QTableView;

namespace pd {
class CampaignListModel;
struct Campaign;
}

namespace pd::ui {

// Campaign managers design, submit, simulate and follow campaigns here; compliance officers
// approve or reject those waiting for them (never their own) and read the reports.
class CampaignsPage : public QWidget
{
    Q_OBJECT
public:
    CampaignsPage(const AppContext &context, QWidget *parent = nullptr);
    CampaignListModel *model() const { return m_model; }
    CampaignListModel *queue() const { return m_queue; }
    void reload();
    // Chooses the campaign in the list (and in the approval queue when it waits there).
    void selectCampaign(const QString &code);

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::optional<Campaign> chosen(QTableView *view, CampaignListModel *model) const;
    std::optional<Campaign> chosenInList() const;
    void openEditor(bool existing);
    void submit();
    void decide(bool approve);
    void cancelCampaign();
    void newVersion();
    void showFigures(bool simulate);
    void done(const Status &status, const QString &success);

    const AppContext &m_context;
    CampaignListModel *m_model;
    CampaignListModel *m_queue = nullptr;
    QTableView *m_view;
    QTableView *m_queueView = nullptr;
    QLineEdit *m_reason;
};

} // namespace pd::ui

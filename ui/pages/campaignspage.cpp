#include "campaignspage.h"

#include "core/campaigns/campaignlistmodel.h"
#include "core/campaigns/campaignservice.h"
#include "core/campaigns/campaignterms.h"
#include "ui/dialogs/campaigndialog.h"
#include "ui/dialogs/campaignfiguresdialog.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/messagebox.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

CampaignsPage::CampaignsPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("campaignsPage"));
    const Session &s = context.session;
    m_model = new CampaignListModel(context.db, context.clock, s, CampaignListModel::Show::All, this);
    m_view = new QTableView(this);
    setUpListView(m_view, "campaignsView");
    m_view->setModel(m_model);
    auto button = [this](const char *name, const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *actions = new QHBoxLayout;
    if (s.can(Permission::CampaignDesign)) {
        actions->addWidget(button("newButton", tr("&New campaign…"), [this] { openEditor(false); }));
        actions->addWidget(button("editButton", tr("&Edit…"), [this] { openEditor(true); }));
        actions->addWidget(button("submitButton", tr("S&ubmit for approval"), &CampaignsPage::submit));
        actions->addWidget(button("versionButton", tr("New &version"), &CampaignsPage::newVersion));
        connect(m_view, &QTableView::doubleClicked, this, [this] { openEditor(true); });
    }
    actions->addWidget(button("simulateButton", tr("Si&mulate…"), [this] { showFigures(true); }));
    actions->addWidget(button("reportButton", tr("&Report…"), [this] { showFigures(false); }));
    actions->addStretch();

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("reason, to reject or cancel"));
    auto *decisions = new QHBoxLayout;
    decisions->addWidget(new QLabel(tr("Reason:"), this));
    decisions->addWidget(m_reason, 1);
    if (s.can(Permission::CampaignDesign) || s.can(Permission::Approve))
        decisions->addWidget(button("cancelButton", tr("&Cancel campaign…"), &CampaignsPage::cancelCampaign));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 2);
    layout->addLayout(actions);
    if (s.can(Permission::Approve)) {
        m_queue = new CampaignListModel(context.db, context.clock, s, CampaignListModel::Show::AwaitingMyDecision, this);
        m_queueView = new QTableView(this);
        setUpListView(m_queueView, "approvalView");
        m_queueView->setModel(m_queue);
        layout->addWidget(new QLabel(tr("Waiting for your approval (campaigns you wrote are decided by someone else):"), this));
        layout->addWidget(m_queueView, 1);
        decisions->addWidget(button("approveButton", tr("&Approve…"), [this] { decide(true); }));
        decisions->addWidget(button("rejectButton", tr("Re&ject"), [this] { decide(false); }));
    }
    layout->addLayout(decisions);
    reload();
}

void CampaignsPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void CampaignsPage::selectCampaign(const QString &code)
{
    if (const int row = m_model->rowOf(code); row >= 0)
        m_view->selectRow(row);
    if (m_queue)
        if (const int row = m_queue->rowOf(code); row >= 0)
            m_queueView->selectRow(row);
}

void CampaignsPage::reload()
{
    // the chosen campaign stays chosen: after a refusal the person corrects and tries again
    const auto keepChoice = [this](QTableView *view, CampaignListModel *model) {
        const auto before = chosen(view, model);
        return [view, model, code = before ? before->code : QString()] {
            if (const int row = model->rowOf(code); !code.isEmpty() && row >= 0)
                view->selectRow(row);
        };
    };
    const auto listChoice = keepChoice(m_view, m_model);
    if (Status s = m_model->reload(); !s)
        MessageBox::warning(this, tr("Campaigns"), s.error().message);
    fitColumns(m_view);
    listChoice();
    if (m_queue) {
        const auto queueChoice = keepChoice(m_queueView, m_queue);
        (void)m_queue->reload(); // the same read as above: its error was just shown
        fitColumns(m_queueView);
        queueChoice();
    }
}

std::optional<Campaign> CampaignsPage::chosen(QTableView *view, CampaignListModel *model) const
{
    if (!view)
        return std::nullopt;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? std::nullopt : model->recordAt(rows.first().row());
}

std::optional<Campaign> CampaignsPage::chosenInList() const
{
    // a choice in the approval queue counts too: the officer reads its report from there
    if (auto c = chosen(m_view, m_model))
        return c;
    return chosen(m_queueView, m_queue);
}

void CampaignsPage::done(const Status &status, const QString &success)
{
    reload();
    if (!status)
        MessageBox::warning(this, tr("Campaigns"), status.error().message);
    else
        MessageBox::information(this, tr("Campaigns"), success);
}

void CampaignsPage::openEditor(bool existing)
{
    std::optional<Campaign> campaign;
    if (existing) {
        campaign = chosenInList();
        if (!campaign) {
            MessageBox::information(this, tr("Campaigns"), tr("Choose a campaign in the list first."));
            return;
        }
    }
    auto *dialog = new CampaignDialog(m_context, campaign, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CampaignDialog::saved, this, [this](const QString &code) {
        reload();
        if (const int row = m_model->rowOf(code); row >= 0)
            m_view->selectRow(row);
    });
    dialog->open();
}

void CampaignsPage::submit()
{
    const auto c = chosenInList();
    if (!c)
        return;
    done(CampaignService(m_context.db, m_context.clock).submit(m_context.session, c->code),
         tr("%1 waits for approval by someone else.").arg(c->name));
}

void CampaignsPage::decide(bool approve)
{
    const auto c = chosen(m_queueView, m_queue);
    if (!c) {
        MessageBox::information(this, tr("Campaigns"), tr("Choose a campaign waiting for approval first."));
        return;
    }
    CampaignService service(m_context.db, m_context.clock);
    if (approve) {
        if (MessageBox::question(this, tr("Approve"),
                                 tr("Approve %1 (%2), written by %3? From then on it changes points as members will read:\n\n%4")
                                     .arg(c->name, campaignWindowText(*c), c->authorName, campaignTermsForMembers(*c)))
            != MessageBox::Answer::Yes)
            return;
        done(service.approve(m_context.session, c->code), tr("%1 is approved.").arg(c->name));
        return;
    }
    const Status s = service.reject(m_context.session, c->code, m_reason->text());
    if (s)
        m_reason->clear();
    done(s, tr("%1 is rejected.").arg(c->name));
}

void CampaignsPage::cancelCampaign()
{
    const auto c = chosenInList();
    if (!c)
        return;
    if (MessageBox::question(this, tr("Cancel campaign"), tr("Stop %1 from now on? Points it already gave stay.").arg(c->name))
        != MessageBox::Answer::Yes)
        return;
    const Status s = CampaignService(m_context.db, m_context.clock).cancel(m_context.session, c->code, m_reason->text());
    if (s)
        m_reason->clear();
    done(s, tr("%1 is cancelled.").arg(c->name));
}

void CampaignsPage::newVersion()
{
    const auto c = chosenInList();
    if (!c)
        return;
    auto copy = CampaignService(m_context.db, m_context.clock).newVersion(m_context.session, c->code);
    done(copy ? Status() : Status(copy.error()),
         copy ? tr("Version %1 of %2 is a draft to change; version %3 stays as it is until the new one is approved.")
                    .arg(copy->version)
                    .arg(c->name)
                    .arg(c->version)
              : QString());
}

void CampaignsPage::showFigures(bool simulate)
{
    const auto c = chosenInList();
    if (!c) {
        MessageBox::information(this, tr("Campaigns"), tr("Choose a campaign in the list first."));
        return;
    }
    auto *dialog = new CampaignFiguresDialog(m_context, *c, simulate ? CampaignFiguresDialog::Mode::Simulate : CampaignFiguresDialog::Mode::Report,
                                             this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace pd::ui

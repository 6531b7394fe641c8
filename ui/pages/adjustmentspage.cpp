#include "adjustmentspage.h"

#include "core/clock.h"
#include "core/adjustments/adjustmentlists.h"
#include "core/adjustments/adjustmentservice.h"
#include "core/pointsmath.h"
#include "core/members/memberservice.h"
#include "ui/dialogs/memberdetaildialog.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/formerror.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/postingguard.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

AdjustmentsPage::AdjustmentsPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("adjustmentsPage"));
    auto *layout = new QVBoxLayout(this);
    if (context.session.can(Permission::AdjustPoints)) {
        auto *box = new QGroupBox(tr("Ask for an adjustment"), this);
        m_card = new QLineEdit(box);
        m_card->setObjectName(QStringLiteral("cardEdit"));
        m_points = new QSpinBox(box);
        m_points->setObjectName(QStringLiteral("pointsSpin"));
        m_points->setRange(-100'000'000, 100'000'000);
        m_reason = new QLineEdit(box);
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        m_reason->setPlaceholderText(tr("why, e.g. points missing after a till outage"));
        m_error = new FormErrorLabel(box);
        auto *ask = new QPushButton(tr("Adjust"), box);
        ask->setObjectName(QStringLiteral("requestButton"));
        auto *form = new QFormLayout(box);
        form->addRow(tr("Card number:"), m_card);
        form->addRow(tr("Points (+ or −):"), m_points);
        form->addRow(tr("Reason:"), m_reason);
        form->addRow(m_error);
        form->addRow(ask);
        m_requestGuard = new PostingGuard(ask, [this] { return request(); });
        m_requestGuard->setReady(true);
        m_requestGuard->postOnEnter({m_card, m_points, m_reason});
        for (QLineEdit *e : {m_card, m_reason})
            connect(e, &QLineEdit::textEdited, m_requestGuard, &PostingGuard::startNewIntent);
        connect(m_points, &QSpinBox::valueChanged, m_requestGuard, &PostingGuard::startNewIntent);
        layout->addWidget(box);
    } else {
        m_card = m_reason = nullptr;
        m_points = nullptr;
        m_error = nullptr;
    }
    m_queue = new PendingAdjustmentsModel(m_context.db, m_context.clock, m_context.session, this);
    m_view = new QTableView(this);
    setUpListView(m_view, "queueView");
    m_view->setModel(m_queue);
    layout->addWidget(new QLabel(tr("Waiting for approval:"), this));
    layout->addWidget(m_view, 2);
    auto *buttons = new QHBoxLayout;
    auto *history = new QPushButton(tr("Member's his&tory…"), this);
    history->setObjectName(QStringLiteral("historyButton"));
    connect(history, &QPushButton::clicked, this, &AdjustmentsPage::showHistory);
    if (context.session.can(Permission::Approve)) {
        auto *approve = new QPushButton(tr("&Approve…"), this);
        approve->setObjectName(QStringLiteral("approveButton"));
        auto *reject = new QPushButton(tr("&Reject…"), this);
        reject->setObjectName(QStringLiteral("rejectButton"));
        m_approveGuard = new PostingGuard(approve, [this] { return decide(true); });
        m_rejectGuard = new PostingGuard(reject, [this] { return decide(false); });
        buttons->addWidget(approve);
        buttons->addWidget(reject);
    }
    buttons->addWidget(history);
    buttons->addStretch();
    layout->addLayout(buttons);
    // choosing a request is the intent to decide it
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateDecisionButtons(true); });
    m_decisions = new DecidedAdjustmentsModel(m_context.db, m_context.clock, m_context.session, this);
    m_decisionsView = new QTableView(this);
    setUpListView(m_decisionsView, "decisionsView");
    m_decisionsView->setModel(m_decisions);
    layout->addWidget(new QLabel(tr("Past decisions:"), this));
    layout->addWidget(m_decisionsView, 1);
    reload();
}

void AdjustmentsPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void AdjustmentsPage::reload()
{
    // an error reading either list shows as an empty list; the next action names the cause
    (void)m_queue->reload();
    fitColumns(m_view);
    updateDecisionButtons(false);
    (void)m_decisions->reload();
    fitColumns(m_decisionsView);
}

bool AdjustmentsPage::request()
{
    auto r = AdjustmentService(m_context.db, m_context.clock).request(m_context.session, m_card->text().trimmed(), m_points->value(),
                                                                      m_reason->text());
    if (!r) {
        m_error->showError(r.error().message);
        return false;
    }
    m_error->showError({});
    MessageBox::information(this, tr("Adjustment"),
                            r->status == QLatin1String("pending")
                                ? tr("The adjustment of %1 points for card %2 waits for approval.").arg(points::displayPoints(r->delta), r->cardNo)
                                : tr("%1 points adjusted for card %2.").arg(points::displayPoints(r->delta), r->cardNo));
    for (QLineEdit *e : {m_card, m_reason})
        e->clear();
    m_points->blockSignals(true);
    m_points->setValue(0);
    m_points->blockSignals(false);
    reload();
    return true;
}

void AdjustmentsPage::updateDecisionButtons(bool newIntent)
{
    for (PostingGuard *g : {m_approveGuard, m_rejectGuard}) {
        if (!g)
            continue;
        if (newIntent)
            g->startNewIntent();
        g->setReady(selectedRow() >= 0);
    }
}

qint64 AdjustmentsPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

bool AdjustmentsPage::decide(bool approve)
{
    const auto request = m_queue->recordAt(int(selectedRow()));
    if (!request)
        return false;
    const qint64 id = request->id;
    const QString what = tr("%1 points for %2 (card %3)").arg(points::displayPoints(request->delta), request->memberName, request->cardNo);
    const QString balance = points::displayPoints(request->memberBalance);
    if (MessageBox::question(this, tr("Adjustment"), (approve ? tr("Approve the adjustment of %1? Balance now: %2 points.")
                                                              : tr("Reject the adjustment of %1? Balance now: %2 points."))
                                                         .arg(what, balance))
        != MessageBox::Answer::Yes)
        return false;
    AdjustmentService service(m_context.db, m_context.clock);
    const Status s = approve ? service.approve(m_context.session, id) : service.reject(m_context.session, id);
    if (!s) {
        MessageBox::warning(this, tr("Adjustment"), s.error().message);
        reload();
        return false;
    }
    reload();
    MessageBox::information(this, tr("Adjustment"), approve ? tr("Approved: %1.").arg(what) : tr("Rejected: %1.").arg(what));
    return true;
}

void AdjustmentsPage::showHistory()
{
    const auto request = m_queue->recordAt(int(selectedRow()));
    if (!request) {
        MessageBox::information(this, tr("Adjustment"), tr("Choose a request in the queue first."));
        return;
    }
    auto member = MemberService(m_context.db, m_context.clock).member(m_context.session, request->memberId);
    if (!member) {
        MessageBox::warning(this, tr("Adjustment"), member.error().message);
        return;
    }
    auto *dialog = new MemberDetailDialog(m_context, member.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace pd::ui

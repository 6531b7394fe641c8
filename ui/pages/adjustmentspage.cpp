#include "adjustmentspage.h"

#include "core/clock.h"
#include "core/ledger/adjustmentservice.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/formerror.h"
#include "ui/widgets/messagebox.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
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
        connect(ask, &QPushButton::clicked, this, &AdjustmentsPage::request);
        layout->addWidget(box);
    } else {
        m_card = m_reason = nullptr;
        m_points = nullptr;
        m_error = nullptr;
    }
    m_queue = new QStandardItemModel(this);
    m_view = new QTableView(this);
    setUpListView(m_view, "queueView");
    m_view->setModel(m_queue);
    layout->addWidget(m_view, 1);
    if (context.session.can(Permission::Approve)) {
        auto *buttons = new QHBoxLayout;
        auto *approve = new QPushButton(tr("&Approve"), this);
        approve->setObjectName(QStringLiteral("approveButton"));
        auto *reject = new QPushButton(tr("&Reject"), this);
        reject->setObjectName(QStringLiteral("rejectButton"));
        connect(approve, &QPushButton::clicked, this, [this] { decide(true); });
        connect(reject, &QPushButton::clicked, this, [this] { decide(false); });
        buttons->addWidget(approve);
        buttons->addWidget(reject);
        buttons->addStretch();
        layout->addLayout(buttons);
    }
    reload();
}

void AdjustmentsPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void AdjustmentsPage::reload()
{
    m_queue->clear();
    m_queue->setHorizontalHeaderLabels({tr("Card"), tr("Member"), tr("Points"), tr("Reason"), tr("Asked by"), tr("Asked at")});
    auto pending = AdjustmentService(m_context.db, m_context.clock).pending(m_context.session);
    if (!pending)
        return;
    for (const Adjustment &a : pending.value()) {
        auto *card = new QStandardItem(a.cardNo);
        card->setData(QVariant::fromValue(a.id), Qt::UserRole);
        m_queue->appendRow({card, new QStandardItem(a.memberName), new QStandardItem(QString::number(a.delta)), new QStandardItem(a.reason),
                            new QStandardItem(a.requestedByName),
                            new QStandardItem(fromStoredTime(a.requestedAt).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))});
    }
    m_view->resizeColumnsToContents();
}

void AdjustmentsPage::request()
{
    auto r = AdjustmentService(m_context.db, m_context.clock).request(m_context.session, m_card->text().trimmed(), m_points->value(),
                                                                      m_reason->text());
    if (!r) {
        m_error->showError(r.error().message);
        return;
    }
    m_error->showError({});
    MessageBox::information(this, tr("Adjustment"),
                            r->status == QLatin1String("pending") ? tr("The adjustment of %1 points waits for approval.").arg(r->delta)
                                                                  : tr("%1 points adjusted for card %2.").arg(r->delta).arg(r->cardNo));
    m_card->clear();
    m_points->setValue(0);
    m_reason->clear();
    reload();
}

void AdjustmentsPage::decide(bool approve)
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 id = m_queue->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
    AdjustmentService service(m_context.db, m_context.clock);
    const Status s = approve ? service.approve(m_context.session, id) : service.reject(m_context.session, id);
    if (!s)
        MessageBox::warning(this, tr("Adjustment"), s.error().message);
    reload();
}

} // namespace pd::ui

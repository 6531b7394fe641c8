#include "auditpage.h"

#include "core/audit/auditlog.h"
#include "core/audit/auditmodel.h"
#include "ui/widgets/formdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

AuditPage::AuditPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("auditPage"));
    m_model = new AuditModel(context.db, context.session, this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter: action (member., auth.login …), user name or record id"));
    m_filter->setClearButtonEnabled(true);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    auto *verify = new QPushButton(tr("&Verify chain"), this);
    verify->setObjectName(QStringLiteral("verifyButton"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("verifyLabel"));
    m_result->setWordWrap(true);
    m_view = new QTableView(this);
    setUpListView(m_view, "auditView");
    m_view->setModel(m_model);
    m_view->setColumnWidth(AuditModel::Seq, 60);
    m_view->setColumnWidth(AuditModel::Time, 150);
    m_view->setColumnWidth(AuditModel::Action, 180);
    m_view->setColumnWidth(AuditModel::Entity, 140);

    connect(m_filter, &QLineEdit::returnPressed, this, [this] { m_model->setFilter(m_filter->text()); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            m_model->setFilter(QString());
    });
    connect(refresh, &QPushButton::clicked, this, [this] { m_model->setFilter(m_filter->text()); });
    connect(verify, &QPushButton::clicked, this, &AuditPage::verifyChain);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(refresh);
    top->addWidget(verify);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_result);
    layout->addWidget(m_view, 1);
}

void AuditPage::showEvent(QShowEvent *event)
{
    // other screens wrote records since this page was last looked at
    m_model->setFilter(m_filter->text());
    QWidget::showEvent(event);
}

void AuditPage::verifyChain()
{
    m_model->setFilter(m_filter->text());
    auto report = AuditLog(m_context.db, m_context.clock).verify(m_context.session);
    if (!report) {
        m_result->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_result->setText(report.error().message);
        return;
    }
    if (report->intact) {
        m_result->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        m_result->setText(tr("The audit trail is intact: %n record(s), each linked to the one before.", nullptr,
                             int(report->records)));
    } else {
        m_result->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600;"));
        m_result->setText(tr("The audit trail is broken: %1").arg(report->reason));
    }
}

} // namespace pd::ui

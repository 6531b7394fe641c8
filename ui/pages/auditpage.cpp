#include "auditpage.h"

#include "core/audit/auditlog.h"
#include "core/audit/auditmodel.h"
#include "core/io/auditexport.h"
#include "ui/widgets/csvfile.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/messagebox.h"

#include <QComboBox>
#include <QFile>
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

    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionCombo"));
    m_action->addItem(tr("Every action"), QString());
    QList<std::pair<QString, QString>> actions;
    for (const QString &code : auditActionCodes())
        actions.append({auditActionName(code), code});
    std::sort(actions.begin(), actions.end(), [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto &[name, code] : std::as_const(actions))
        m_action->addItem(name, code);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("Every user"));
    m_user->setClearButtonEnabled(true);
    m_from = new DateField(QDate(), this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to = new DateField(QDate(), this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_record = new QLineEdit(this);
    m_record->setObjectName(QStringLiteral("recordEdit"));
    m_record->setPlaceholderText(tr("Card or record number"));
    m_record->setClearButtonEnabled(true);
    auto *apply = new QPushButton(tr("&Show"), this);
    apply->setObjectName(QStringLiteral("refreshButton"));
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    auto *verify = new QPushButton(tr("&Verify chain"), this);
    verify->setObjectName(QStringLiteral("verifyButton"));
    m_filterError = new QLabel(this);
    m_filterError->setObjectName(QStringLiteral("filterError"));
    m_filterError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_filterError->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("verifyLabel"));
    m_result->setWordWrap(true);
    m_view = new QTableView(this);
    setUpListView(m_view, "auditView");
    m_view->setModel(m_model);
    m_view->setColumnWidth(AuditModel::Seq, 60);
    m_view->setColumnWidth(AuditModel::Time, 150);
    m_view->setColumnWidth(AuditModel::User, 100);
    m_view->setColumnWidth(AuditModel::Action, 180);
    m_view->setColumnWidth(AuditModel::Entity, 200);

    connect(m_action, &QComboBox::activated, this, &AuditPage::applyFilter);
    for (QLineEdit *field : {static_cast<QLineEdit *>(m_user), static_cast<QLineEdit *>(m_from), static_cast<QLineEdit *>(m_to), m_record})
        connect(field, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(apply, &QPushButton::clicked, this, &AuditPage::applyFilter);
    connect(exportButton, &QPushButton::clicked, this, &AuditPage::exportCsv);
    connect(verify, &QPushButton::clicked, this, &AuditPage::verifyChain);

    auto *filters = new QHBoxLayout;
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    filters->addWidget(label(tr("&Action:"), m_action));
    filters->addWidget(m_action, 2);
    filters->addWidget(label(tr("&User:"), m_user));
    filters->addWidget(m_user, 1);
    filters->addWidget(label(tr("Fro&m:"), m_from));
    filters->addWidget(m_from);
    filters->addWidget(label(tr("T&o:"), m_to));
    filters->addWidget(m_to);
    filters->addWidget(label(tr("&Record:"), m_record));
    filters->addWidget(m_record, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(apply);
    buttons->addWidget(exportButton);
    buttons->addStretch(1);
    buttons->addWidget(verify);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_filterError);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addWidget(m_view, 1);
}

void AuditPage::showEvent(QShowEvent *event)
{
    // other screens wrote records since this page was last looked at
    m_model->reload();
    QWidget::showEvent(event);
}

bool AuditPage::readFilter(AuditFilter *filter)
{
    // an empty day is no limit; a half-typed one is a mistake to point out, not to ignore
    const auto day = [this](DateField *field, QDate *out, const QString &which) {
        const bool empty = field->text().remove(QLatin1Char('-')).trimmed().isEmpty();
        if (empty)
            return true;
        *out = field->date();
        if (out->isValid())
            return true;
        m_filterError->setText(tr("The %1 day is not a date: type it as YYYY-MM-DD.").arg(which));
        m_filterError->show();
        field->setFocus();
        return false;
    };
    filter->action = m_action->currentData().toString();
    filter->user = m_user->text().trimmed();
    filter->record = m_record->text().trimmed();
    return day(m_from, &filter->from, tr("first")) && day(m_to, &filter->to, tr("last"));
}

void AuditPage::applyFilter()
{
    AuditFilter filter;
    if (!readFilter(&filter))
        return;
    if (!m_model->setFilter(filter)) {
        m_filterError->setText(m_model->lastError());
        m_filterError->show();
        return;
    }
    m_filterError->hide();
}

void AuditPage::exportCsv()
{
    AuditFilter filter;
    if (!readFilter(&filter))
        return;
    const auto output = openCsvForExport(this, tr("Export audit trail"), QStringLiteral("audit.csv"));
    if (!output)
        return;
    auto n = exportAuditCsv(m_context.db, m_context.clock, m_context.session, filter, output.get());
    if (!n) {
        MessageBox::warning(this, tr("Export audit trail"), n.error().message);
        return;
    }
    m_model->reload(); // the export is on record too
    MessageBox::information(this, tr("Export audit trail"), tr("%n record(s) written to %1.", nullptr, int(n.value())).arg(output->fileName()));
}

void AuditPage::verifyChain()
{
    m_model->reload();
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

#include "auditpage.h"

#include "core/audit/auditlog.h"
#include "core/audit/auditmodel.h"
#include "core/integrity/dailyclose.h"
#include "core/integrity/invariants.h"
#include "core/io/auditexport.h"
#include "ui/widgets/csvfile.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/filechooser.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/ownconnectionthread.h"

#include <QComboBox>
#include <QDir>
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
    m_verify = new QPushButton(tr("&Verify"), this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(tr("The audit trail's chain, and the ledger: every member's chain, the invariants and the daily figures"));
    m_close = new QPushButton(tr("&Daily close…"), this);
    m_close->setObjectName(QStringLiteral("closeDayButton"));
    m_close->setToolTip(tr("Records the day's anchor of the ledger in the audit trail and appends the trail's head to a file kept "
                           "away from the database"));
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
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyAll);
    connect(m_close, &QPushButton::clicked, this, &AuditPage::closeTheDay);

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
    buttons->addWidget(m_verify);
    buttons->addWidget(m_close);
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

AuditPage::~AuditPage()
{
    if (m_thread)
        m_thread->wait(); // a check only reads; a close is one short transaction
}

void AuditPage::startWork(const QString &doing)
{
    m_verify->setEnabled(false);
    m_close->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(doing);
}

void AuditPage::showOutcome(bool good, const QString &text)
{
    releaseWorker(m_thread);
    m_verify->setEnabled(true);
    m_close->setEnabled(true);
    m_result->setStyleSheet(good ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b3261e; font-weight: 600;"));
    m_result->setText(text);
    m_model->reload(); // a close is on record, and what others wrote meanwhile shows
    emit checkFinished(good);
}

namespace {
struct Verification
{
    AuditVerifyReport trail;
    InvariantReport ledger;
};
} // namespace

void AuditPage::verifyAll()
{
    if (isRunning())
        return;
    startWork(tr("Verifying the audit trail and the ledger…"));
    const Session session = m_context.session;
    const Clock *clock = &m_context.clock;
    m_thread = runOnOwnConnection<Verification>(
        this, m_context.db, QStringLiteral("verify"),
        [session, clock](Database &db) -> Result<Verification> {
            auto trail = AuditLog(db, *clock).verify(session);
            if (!trail)
                return trail.error();
            auto ledger = checkLedgerInvariants(db);
            if (!ledger)
                return ledger.error();
            return Verification{trail.value(), ledger.value()};
        },
        [this](Result<Verification> v) {
            if (!v) {
                showOutcome(false, v.error().message);
                return;
            }
            QStringList lines;
            lines << (v->trail.intact ? tr("The audit trail is intact: %n record(s), each linked to the one before.", nullptr, int(v->trail.records))
                                      : tr("The audit trail is broken: %1").arg(v->trail.reason));
            if (v->ledger.ok())
                lines << tr("The ledger adds up: every member's chain, balance, lots and daily figures.");
            else
                for (const QString &problem : v->ledger.problems.mid(0, 5))
                    lines << tr("The ledger is broken: %1").arg(problem);
            showOutcome(v->trail.intact && v->ledger.ok(), lines.join(QLatin1Char('\n')));
        });
}

void AuditPage::closeTheDay()
{
    if (isRunning())
        return;
    const QString file = FileChooser::saveFile(this, tr("Daily close: the file of heads"), QStringLiteral("pointsdesk-heads.txt"),
                                               tr("Text files (*.txt)"));
    if (file.isEmpty())
        return;
    startWork(tr("Closing the day…"));
    const Session session = m_context.session;
    const Clock *clock = &m_context.clock;
    m_thread = runOnOwnConnection<ChainHead>(
        this, m_context.db, QStringLiteral("close-day"),
        [session, clock, file](Database &db) { return closeDayToFile(db, *clock, session, file); },
        [this, file](Result<ChainHead> head) {
            showOutcome(head.ok(), head ? tr("Daily close: audit record %1 is the head; appended to %2. Keep that file away from this "
                                             "computer: verify compares the trail with it.")
                                              .arg(head->seq)
                                              .arg(QDir::toNativeSeparators(file))
                                        : head.error().message);
        });
}

} // namespace pd::ui

#include "personaldatapanel.h"

#include "core/clock.h"
#include "core/compliance/datarequestlist.h"
#include "core/compliance/personaldata.h"
#include "core/io/privatefile.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/filechooser.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/formerror.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/postingguard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

PersonalDataPanel::PersonalDataPanel(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("personalDataPanel"));
    auto *layout = new QVBoxLayout(this);

    auto *box = new QGroupBox(tr("Log a request"), this);
    m_card = new QLineEdit(box);
    m_card->setObjectName(QStringLiteral("cardEdit"));
    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("A copy of their data"), int(DataRequestKind::Copy));
    m_kind->addItem(tr("Erasure of their personal data"), int(DataRequestKind::Erasure));
    m_requester = new QComboBox(box);
    m_requester->setObjectName(QStringLiteral("requesterCombo"));
    m_requester->addItem(dataRequesterName(DataRequester::Member), int(DataRequester::Member));
    m_requester->addItem(dataRequesterName(DataRequester::Representative), int(DataRequester::Representative));
    m_received = new DateField(businessToday(m_context.clock), box);
    m_received->setObjectName(QStringLiteral("receivedEdit"));
    m_error = new FormErrorLabel(box);
    auto *log = new QPushButton(tr("&Log request"), box);
    log->setObjectName(QStringLiteral("logButton"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Card number:"), m_card);
    form->addRow(tr("Asks for:"), m_kind);
    form->addRow(tr("Asked by:"), m_requester);
    form->addRow(tr("Received on:"), m_received);
    form->addRow(m_error);
    form->addRow(log);
    m_logGuard = new PostingGuard(log, [this] { return logRequest(); });
    m_logGuard->setReady(true);
    m_logGuard->postOnEnter({m_card, m_received});
    connect(m_card, &QLineEdit::textEdited, m_logGuard, &PostingGuard::startNewIntent);
    connect(m_received, &QLineEdit::textEdited, m_logGuard, &PostingGuard::startNewIntent);
    for (QComboBox *c : {m_kind, m_requester})
        connect(c, &QComboBox::currentIndexChanged, m_logGuard, &PostingGuard::startNewIntent);
    layout->addWidget(box);

    layout->addWidget(new QLabel(tr("Requests (the law allows %1 days to answer; open ones first):").arg(kDataRequestDueDays), this));
    m_requests = new DataRequestListModel(m_context.db, m_context.clock, m_context.session, this);
    m_view = new QTableView(this);
    setUpListView(m_view, "requestsView");
    m_view->setModel(m_requests);
    layout->addWidget(m_view, 1);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("the reason, for an erasure or a refusal (the member is told it; write no names)"));
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(new QLabel(tr("Reason:"), this));
    reasonRow->addWidget(m_reason, 1);
    layout->addLayout(reasonRow);

    auto *buttons = new QHBoxLayout;
    auto *exportButton = new QPushButton(tr("Save a &copy…"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    auto *eraseButton = new QPushButton(tr("&Erase…"), this);
    eraseButton->setObjectName(QStringLiteral("eraseButton"));
    auto *refuseButton = new QPushButton(tr("Re&fuse…"), this);
    refuseButton->setObjectName(QStringLiteral("refuseButton"));
    m_exportGuard = new PostingGuard(exportButton, [this] { return exportCopy(); });
    m_eraseGuard = new PostingGuard(eraseButton, [this] { return erase(); });
    m_refuseGuard = new PostingGuard(refuseButton, [this] { return refuse(); });
    for (QPushButton *b : {exportButton, eraseButton, refuseButton})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    // choosing a request, or writing a new reason, is the intent to answer it
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateActionButtons(true); });
    connect(m_reason, &QLineEdit::textEdited, this, [this] { updateActionButtons(true); });
    reload();
}

void PersonalDataPanel::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void PersonalDataPanel::reload()
{
    // an error reading the log shows as an empty list; the next action names the cause
    (void)m_requests->reload();
    fitColumns(m_view);
    updateActionButtons(false);
}

void PersonalDataPanel::selectRequest(qint64 id)
{
    const int row = m_requests->rowWhere([id](const DataRequest &d) { return d.id == id; });
    if (row >= 0)
        m_view->selectRow(row);
}

std::optional<DataRequest> PersonalDataPanel::selectedRequest() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? std::nullopt : m_requests->recordAt(rows.first().row());
}

void PersonalDataPanel::updateActionButtons(bool newIntent)
{
    const auto r = selectedRequest();
    const bool open = r && r->status == DataRequestStatus::Open;
    const std::pair<PostingGuard *, bool> guards[] = {
        {m_exportGuard, open && r->kind == DataRequestKind::Copy},
        {m_eraseGuard, open && r->kind == DataRequestKind::Erasure},
        {m_refuseGuard, open},
    };
    for (const auto &[guard, ready] : guards) {
        if (newIntent)
            guard->startNewIntent();
        guard->setReady(ready);
    }
}

bool PersonalDataPanel::logRequest()
{
    const QDate received = m_received->date();
    if (!received.isValid()) {
        m_error->showError(tr("Write the day the request was received as YYYY-MM-DD."));
        return false;
    }
    const auto kind = DataRequestKind(m_kind->currentData().toInt());
    auto r = PersonalDataService(m_context.db, m_context.clock)
                 .logRequest(m_context.session, m_card->text().trimmed(), kind, DataRequester(m_requester->currentData().toInt()), received);
    if (!r) {
        m_error->showError(r.error().message);
        return false;
    }
    m_error->showError({});
    const QString card = m_card->text().trimmed();
    m_card->clear();
    reload();
    selectRequest(r.value()); // ready to be answered
    MessageBox::information(this, tr("Personal data"),
                            tr("The request of card %1 (%2) is logged; it is due within %3 days of %4.")
                                .arg(card, dataRequestKindName(kind))
                                .arg(kDataRequestDueDays)
                                .arg(received.toString(Qt::ISODate)));
    return true;
}

bool PersonalDataPanel::exportCopy()
{
    const auto r = selectedRequest();
    if (!r)
        return false;
    const QString path = FileChooser::saveFile(this, tr("Save a copy of the member's data"),
                                               QStringLiteral("member-%1.json").arg(r->cardNo), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return false;
    const Status s = PersonalDataService(m_context.db, m_context.clock).exportMember(m_context.session, r->cardNo, [&](const QByteArray &json) {
        return writePrivateFile(path, json);
    });
    return answered(s, tr("The data of card %1 was saved to %2, readable by you only. Hand it to the member; the request is answered.")
                           .arg(r->cardNo, path));
}

bool PersonalDataPanel::answered(const Status &status, const QString &done)
{
    reload();
    if (!status) {
        MessageBox::warning(this, tr("Personal data"), status.error().message);
        return false;
    }
    MessageBox::information(this, tr("Personal data"), done);
    return true;
}

bool PersonalDataPanel::reasonWritten()
{
    if (!m_reason->text().trimmed().isEmpty())
        return true;
    MessageBox::warning(this, tr("Personal data"), tr("Write the reason in the Reason field first: it is kept with the request and the member is told it."));
    m_reason->setFocus();
    return false;
}

bool PersonalDataPanel::erase()
{
    const auto r = selectedRequest();
    if (!r || !reasonWritten())
        return false;
    if (MessageBox::question(this, tr("Personal data"),
                             tr("Erase the personal data of card %1? Name, mobile and email are removed for good and marketing "
                                "consent is withdrawn; the card, its points and its history stay.\nReason: %2")
                                 .arg(r->cardNo, m_reason->text().trimmed()))
        != MessageBox::Answer::Yes)
        return false;
    const bool done = answered(PersonalDataService(m_context.db, m_context.clock).erase(m_context.session, r->cardNo, m_reason->text()),
                               tr("The personal data of card %1 was erased; its points and history stay.").arg(r->cardNo));
    if (done)
        m_reason->clear(); // a reason belongs to the answer it was written for
    return done;
}

bool PersonalDataPanel::refuse()
{
    const auto r = selectedRequest();
    if (!r || !reasonWritten())
        return false;
    if (MessageBox::question(this, tr("Personal data"),
                             tr("Refuse the request of card %1 (%2)? The member is told this reason: %3")
                                 .arg(r->cardNo, dataRequestKindName(r->kind), m_reason->text().trimmed()))
        != MessageBox::Answer::Yes)
        return false;
    const bool done = answered(PersonalDataService(m_context.db, m_context.clock).refuse(m_context.session, r->id, m_reason->text()),
                               tr("The request of card %1 was refused.").arg(r->cardNo));
    if (done)
        m_reason->clear();
    return done;
}

} // namespace pd::ui

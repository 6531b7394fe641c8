#include "counterpage.h"

#include "core/clock.h"
#include "core/db/database.h"
#include "core/donations/donationservice.h"
#include "core/pointsmath.h"
#include "core/rules/programmerules.h"
#include "core/receipts/receiptservice.h"
#include "core/receipts/returnservice.h"
#include "core/members/membermodel.h"
#include "core/members/memberservice.h"
#include "core/stores/storeservice.h"
#include "report/slippdf.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/formerror.h"
#include "ui/widgets/messagerow.h"
#include "ui/widgets/postingguard.h"
#include "ui/widgets/previewlabel.h"
#include "ui/widgets/resultlabel.h"
#include "ui/pages/checkinpanel.h"
#include "ui/pages/prizebar.h"
#include "ui/pages/redemptionpanel.h"
#include "ui/pages/sliplookuppanel.h"
#include "ui/widgets/slipprinter.h"
#include "ui/widgets/storecombo.h"
#include "ui/widgets/filechooser.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pd::ui {

namespace {
QLineEdit *line(QWidget *parent, const char *name, const QString &placeholder)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setPlaceholderText(placeholder);
    return e;
}
} // namespace

CounterPage::CounterPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_service(std::make_unique<MemberService>(context.db, context.clock))
{
    setObjectName(QStringLiteral("counterPage"));
    m_results = new MemberModel(context.db, *m_service, context.session, this);
    m_find = line(this, "findEdit", tr("Card, mobile, name or pinyin initials — then Enter (F2 comes back here)"));
    m_resultsView = new QTableView(this);
    setUpListView(m_resultsView, "resultsView");
    m_resultsView->setModel(m_results);
    m_resultsView->setMaximumHeight(150);
    m_memberLabel = new QLabel(tr("No member chosen."), this);
    m_memberLabel->setObjectName(QStringLiteral("memberLabel"));
    m_memberLabel->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600; padding: 4px;"));

    // the member's business on the left, taking things back and giving on the right
    auto *main = new QTabWidget(this);
    main->setObjectName(QStringLiteral("counterTabs"));
    main->addTab(buildReceiptBox(), tr("Receipt"));
    m_redemption = new RedemptionPanel(context, main);
    const int redeemTab = main->addTab(m_redemption, tr("Redeem"));
    main->setTabVisible(redeemTab, context.session.can(Permission::Redeem));
    m_checkin = new CheckinPanel(context, main);
    const int checkinTab = main->addTab(m_checkin, tr("Check in"));
    main->setTabVisible(checkinTab, context.session.can(Permission::ReceiptPost));
    auto *side = new QTabWidget(this);
    side->setObjectName(QStringLiteral("serviceTabs"));
    const int returnTab = side->addTab(buildReturnBox(), tr("Return"));
    side->setTabVisible(returnTab, context.session.can(Permission::ReturnPost));
    auto *cancel = new CancelRedemptionPanel(context, side);
    const int cancelTab = side->addTab(cancel, tr("Cancel redemption"));
    side->setTabVisible(cancelTab, context.session.can(Permission::RedemptionCancel));
    const int donateTab = side->addTab(buildDonationBox(), tr("Donate"));
    side->setTabVisible(donateTab, context.session.can(Permission::Donate) && m_project->count() > 0);
    side->addTab(new SlipLookupPanel(context, side), tr("Find a slip"));
    m_mainTabs = main;
    addShortcuts(main, side);
    auto *boxes = new QHBoxLayout;
    boxes->addWidget(main, 3);
    boxes->addWidget(side, 2);
    connect(m_redemption, &RedemptionPanel::pointsChanged, this, &CounterPage::refreshMember);
    connect(m_checkin, &CheckinPanel::pointsChanged, this, &CounterPage::refreshMember);
    connect(cancel, &CancelRedemptionPanel::pointsChanged, this, &CounterPage::refreshMember);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_find);
    layout->addWidget(m_resultsView);
    layout->addWidget(m_memberLabel);
    m_prizes = new PrizeBar(context, this);
    layout->addWidget(m_prizes);
    layout->addLayout(boxes, 1);

    connect(m_find, &QLineEdit::returnPressed, this, &CounterPage::findMember);
    connect(m_resultsView, &QTableView::activated, this, [this](const QModelIndex &i) { chooseMember(m_results->memberAt(i.row())); });
    connect(m_resultsView, &QTableView::clicked, this, [this](const QModelIndex &i) { chooseMember(m_results->memberAt(i.row())); });
    // Enter on a row of several found chooses it, as a click does
    connect(m_resultsView, &QTableView::activated, this, [this](const QModelIndex &i) { chooseMember(m_results->memberAt(i.row())); });
    m_resultsView->hide();
}

CounterPage::~CounterPage() = default;

QWidget *CounterPage::buildReceiptBox()
{
    auto *box = new QGroupBox(tr("Receipt"), this);
    m_store = storeCombo(m_context, box, "storeCombo");
    m_receiptNo = line(box, "receiptNoEdit", tr("number printed on the receipt"));
    m_scenario = new QComboBox(box);
    m_scenario->setObjectName(QStringLiteral("scenarioCombo"));
    if (auto rates = scenarios::list(m_context.db)) {
        for (const EarningRate &r : rates.value())
            m_scenario->addItem(r.name(), r.code);
        m_scenario->setCurrentIndex(std::max(0, m_scenario->findData(QStringLiteral("supermarket"))));
    }
    m_amount = line(box, "amountEdit", tr("cash paid after the points, in yuan, e.g. 368.00"));
    m_green = line(box, "greenEdit", tr("of which eco goods, optional"));
    m_pointsUsed = new QSpinBox(box);
    m_pointsUsed->setObjectName(QStringLiteral("pointsUsedSpin"));
    m_pointsUsed->setRange(0, 99'999'999);
    m_pointsUsed->setSingleStep(100);
    m_receiptPreview = new PreviewLabel("#f1f8e9", box);
    m_receiptPreview->setObjectName(QStringLiteral("receiptPreview"));
    m_receiptError = new FormErrorLabel(box);
    m_receiptError->setObjectName(QStringLiteral("receiptError"));
    m_receiptResult = new ResultLabel(box);
    m_receiptResult->setObjectName(QStringLiteral("receiptResult"));
    m_postReceipt = new QPushButton(tr("Confirm receipt (Enter)"), box);
    m_postReceipt->setObjectName(QStringLiteral("postReceiptButton"));
    m_postReceipt->setVisible(m_context.session.can(Permission::ReceiptPost));
    m_receiptGuard = new PostingGuard(m_postReceipt, [this] { return postReceipt(); });
    m_receiptGuard->postOnEnter({m_receiptNo, m_amount, m_green, m_pointsUsed});
    auto *form = new QFormLayout(box);
    form->addRow(tr("Store:"), m_store);
    form->addRow(tr("Receipt no.:"), m_receiptNo);
    form->addRow(tr("Scenario:"), m_scenario);
    form->addRow(tr("Cash paid after points (¥):"), m_amount);
    form->addRow(tr("Green part (¥):"), m_green);
    form->addRow(tr("Points to use:"), m_pointsUsed);
    form->addRow(messageRow({m_receiptPreview, m_receiptError, m_receiptResult}));
    m_saveSlip = new QPushButton(tr("Save slip as PDF…"), box);
    m_saveSlip->setObjectName(QStringLiteral("saveSlipButton"));
    m_saveSlip->setEnabled(false);
    m_printSlip = new QPushButton(tr("Print slip…"), box);
    m_printSlip->setObjectName(QStringLiteral("printSlipButton"));
    m_printSlip->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_postReceipt, 1);
    buttons->addWidget(m_printSlip);
    buttons->addWidget(m_saveSlip);
    form->addRow(buttons);
    connect(m_saveSlip, &QPushButton::clicked, this, &CounterPage::saveSlip);
    connect(m_printSlip, &QPushButton::clicked, this, &CounterPage::printSlip);
    for (QLineEdit *e : {m_receiptNo, m_amount, m_green})
        connect(e, &QLineEdit::textEdited, this, &CounterPage::receiptEdited);
    connect(m_pointsUsed, &QSpinBox::valueChanged, this, &CounterPage::receiptEdited);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, &CounterPage::receiptEdited);
    connect(m_store, &QComboBox::currentIndexChanged, this, &CounterPage::receiptEdited);
    return box;
}

QWidget *CounterPage::buildDonationBox()
{
    auto *box = new QGroupBox(tr("Donate points"), this);
    m_project = new QComboBox(box);
    m_project->setObjectName(QStringLiteral("projectCombo"));
    if (auto projects = DonationService(m_context.db, m_context.clock).projects()) {
        for (const CharityProject &p : projects.value())
            if (p.active)
                m_project->addItem(p.name, p.code);
    }
    m_donatePoints = new QSpinBox(box);
    m_donatePoints->setObjectName(QStringLiteral("donatePointsSpin"));
    m_donatePoints->setRange(1, 99'999'999);
    m_donatePoints->setValue(100);
    m_donate = new QPushButton(tr("Donate"), box);
    m_donate->setObjectName(QStringLiteral("donateButton"));
    m_donateError = new FormErrorLabel(box);
    m_donateError->setObjectName(QStringLiteral("donateError"));
    m_donateResult = new ResultLabel(box);
    m_donateResult->setObjectName(QStringLiteral("donateResult"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Project:"), m_project);
    form->addRow(tr("Points:"), m_donatePoints);
    form->addRow(m_donate);
    form->addRow(messageRow({m_donateError, m_donateResult}));
    m_donateGuard = new PostingGuard(m_donate, [this] { return donate(); });
    m_donateGuard->setReady(m_project->count() > 0);
    m_donateGuard->postOnEnter({m_donatePoints});
    connect(m_donatePoints, &QSpinBox::valueChanged, this, &CounterPage::donationEdited);
    connect(m_project, &QComboBox::currentIndexChanged, this, &CounterPage::donationEdited);
    return box;
}

void CounterPage::donationEdited()
{
    m_donateGuard->startNewIntent();
    m_donateError->showError({});
    m_donateResult->showResult({});
}

bool CounterPage::donate()
{
    if (m_member.id == 0) {
        m_donateError->showError(tr("Find the member first."));
        return false;
    }
    auto id = DonationService(m_context.db, m_context.clock).donate(m_context.session, m_member.cardNo, m_project->currentData().toString(),
                                                                    m_donatePoints->value());
    if (!id) {
        m_donateError->showError(id.error().message);
        return false;
    }
    m_donateError->showError({});
    refreshMember();
    m_donateResult->showResult(tr("Thank you: %1 points donated to %2. Balance now %3 points.")
                                   .arg(points::displayPoints(m_donatePoints->value()), m_project->currentText(),
                                        points::displayPoints(m_member.balance)));
    return true;
}

void CounterPage::saveSlip()
{
    if (!m_lastReceipt)
        return;
    const QString file = FileChooser::saveFile(this, tr("Save slip"), QStringLiteral("slip-%1.pdf").arg(m_lastInput.receiptNo), tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    if (Status s = report::writeReceiptSlip(lastSlip(), file); !s)
        m_receiptError->showError(s.error().message);
    else
        m_receiptResult->showResult(m_receiptResult->text() + QStringLiteral("\n") + tr("Slip saved to %1.").arg(file));
}

report::ReceiptSlip CounterPage::lastSlip() const
{
    return report::ReceiptSlip{m_store->currentText(), m_lastInput.receiptNo, m_member.cardNo, m_member.name, m_lastInput.businessTime,
                               m_lastReceipt->earning, m_lastReceipt->pointsUsed, m_lastReceipt->deductedFen, m_lastReceipt->balanceAfter};
}

void CounterPage::printSlip()
{
    if (!m_lastReceipt)
        return;
    if (SlipPrinter::print(this, tr("Slip %1").arg(m_lastInput.receiptNo), report::receiptSlipHtml(lastSlip())))
        m_receiptResult->showResult(m_receiptResult->text() + QStringLiteral("\n") + tr("Slip sent to the printer."));
}

QWidget *CounterPage::buildReturnBox()
{
    auto *box = new QGroupBox(tr("Return"), this);
    m_returnStore = storeCombo(m_context, box, "returnStoreCombo");
    m_returnReceiptNo = line(box, "returnReceiptEdit", tr("receipt number"));
    m_returnNo = line(box, "returnNoEdit", tr("number of the return slip"));
    m_returnAmount = line(box, "returnAmountEdit", tr("returned, in yuan"));
    m_returnPreview = new PreviewLabel("#fff3e0", box);
    m_returnPreview->setObjectName(QStringLiteral("returnPreview"));
    m_returnError = new FormErrorLabel(box);
    m_returnError->setObjectName(QStringLiteral("returnError"));
    m_returnResult = new ResultLabel(box);
    m_returnResult->setObjectName(QStringLiteral("returnResult"));
    m_postReturn = new QPushButton(tr("Confirm return"), box);
    m_postReturn->setObjectName(QStringLiteral("postReturnButton"));
    m_postReturn->setVisible(m_context.session.can(Permission::ReturnPost));
    m_returnGuard = new PostingGuard(m_postReturn, [this] { return postReturn(); });
    m_returnGuard->postOnEnter({m_returnReceiptNo, m_returnNo, m_returnAmount});
    auto *form = new QFormLayout(box);
    form->addRow(tr("Store:"), m_returnStore);
    form->addRow(tr("Receipt no.:"), m_returnReceiptNo);
    form->addRow(tr("Return no.:"), m_returnNo);
    form->addRow(tr("Amount (¥):"), m_returnAmount);
    form->addRow(messageRow({m_returnPreview, m_returnError, m_returnResult}));
    form->addRow(m_postReturn);
    for (QLineEdit *e : {m_returnReceiptNo, m_returnNo, m_returnAmount})
        connect(e, &QLineEdit::textEdited, this, &CounterPage::returnEdited);
    connect(m_returnStore, &QComboBox::currentIndexChanged, this, &CounterPage::returnEdited);
    return box;
}

void CounterPage::findMember()
{
    m_results->setSearch(m_find->text());
    m_resultsView->setVisible(m_results->rowCount() > 1);
    if (m_results->rowCount() == 1) {
        chooseMember(m_results->memberAt(0));
    } else if (m_results->rowCount() > 1) {
        // the arrows pick one of them, Enter takes it
        m_resultsView->selectRow(0);
        m_resultsView->setFocus(Qt::OtherFocusReason);
    } else if (m_results->rowCount() == 0)
        m_memberLabel->setText(tr("No member found for \"%1\".").arg(m_find->text()));
}

void CounterPage::chooseMember(const Member &member)
{
    m_member = member;
    refreshMember();
    m_resultsView->hide();
    // the next customer: what was said about the last one goes
    receiptEdited();
    donationEdited();
    m_redemption->setMember(m_member);
    m_checkin->setMember(m_member);
    focusFirstField(m_mainTabs->currentWidget()); // straight on to the receipt (or what the cashier was doing)
}

void CounterPage::addShortcuts(QTabWidget *main, QTabWidget *side)
{
    const auto shortcut = [this](const QKeySequence &keys, std::function<void()> act) {
        auto *s = new QShortcut(keys, this);
        // the whole window's while the counter is the screen shown, wherever the cursor is (or
        // is not, as right after logging in)
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, std::move(act));
    };
    shortcut(QKeySequence(Qt::Key_F2), [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    int key = 1;
    for (QTabWidget *tabs : {main, side}) {
        for (int i = 0; i < tabs->count(); ++i, ++key) {
            const QKeySequence keys(QStringLiteral("Ctrl+%1").arg(key));
            tabs->setTabToolTip(i, keys.toString(QKeySequence::NativeText));
            shortcut(keys, [this, tabs, i] { showTab(tabs, i); });
        }
    }
}

void CounterPage::showTab(QTabWidget *tabs, int index)
{
    if (!tabs->isTabVisible(index)) // not this role's
        return;
    tabs->setCurrentIndex(index);
    focusFirstField(tabs->widget(index));
}

void CounterPage::focusFirstField(QWidget *tab)
{
    // where the typing starts: the number on the paper, not the store chosen once a day
    for (QWidget *first : {static_cast<QWidget *>(m_receiptNo), static_cast<QWidget *>(m_returnReceiptNo),
                           static_cast<QWidget *>(m_donatePoints)}) {
        if (tab->isAncestorOf(first)) {
            first->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    for (QWidget *w = tab->nextInFocusChain(); w && w != tab; w = w->nextInFocusChain()) {
        if (tab->isAncestorOf(w) && w->isVisibleTo(tab) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void CounterPage::refreshMember()
{
    if (m_member.id == 0)
        return;
    if (auto fresh = m_service->member(m_context.session, m_member.id))
        m_member = fresh.value();
    m_redemption->setMember(m_member);
    m_prizes->setMember(m_member); // a receipt may just have completed a badge collection
    m_memberLabel->setText(tr("%1 · card %2 · %3 · %4 points").arg(m_member.name, m_member.cardNo, tierName(m_member.tier),
                                                                   points::displayPoints(m_member.balance))
                           + (m_member.debt > 0 ? tr(" · owes %1 points").arg(points::displayPoints(m_member.debt)) : QString())
                           + (m_member.status != MemberStatus::Active ? QStringLiteral(" · ") + memberStatusName(m_member.status) : QString()));
}

namespace {
Result<ReceiptInput> receiptInput(const Member &member, const QString &store, const QString &no, const QString &scenario,
                                  const QString &amount, const QString &green, int pointsUsed, const QDateTime &now)
{
    if (member.id == 0)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::ui::CounterPage", "Find the member first."), QStringLiteral("card_no"));
    auto paid = points::parseYuan(amount, QStringLiteral("amount"));
    if (!paid)
        return paid.error();
    auto greenFen = green.trimmed().isEmpty() ? Result<qint64>(qint64(0)) : points::parseYuan(green, QStringLiteral("green_amount"));
    if (!greenFen)
        return greenFen.error();
    return ReceiptInput{store, no.trimmed(), member.cardNo, now, scenario, paid.value(), greenFen.value(), pointsUsed};
}
} // namespace

void CounterPage::receiptEdited()
{
    m_receiptGuard->startNewIntent();
    m_receiptResult->showResult({});
    updateReceiptPreview();
}

void CounterPage::updateReceiptPreview()
{
    const auto fail = [this](const QString &message) {
        m_receiptPreview->showPreview({});
        m_receiptError->showError(message);
        m_receiptGuard->setReady(false);
    };
    const bool typed = !m_receiptNo->text().trimmed().isEmpty() || !m_amount->text().trimmed().isEmpty()
                       || !m_green->text().trimmed().isEmpty() || m_pointsUsed->value() > 0;
    if (!typed) {
        // nothing typed yet: no error for what nobody has entered
        m_receiptPreview->showPreview({});
        m_receiptError->showError({});
        m_receiptGuard->setReady(false);
        return;
    }
    auto input = receiptInput(m_member, m_store->currentData().toString(), m_receiptNo->text(), m_scenario->currentData().toString(),
                              m_amount->text(), m_green->text(), m_pointsUsed->value(), m_context.clock.nowUtc());
    if (!input)
        return fail(input.error().message);
    if (input->receiptNo.isEmpty())
        return fail(tr("Enter the receipt number."));
    auto quote = ReceiptService(m_context.db, m_context.clock).quote(m_context.session, input.value());
    if (!quote)
        return fail(quote.error().message);
    if (quote->alreadyPosted)
        return fail(tr("Receipt %1 was already posted.").arg(input->receiptNo));
    QString text = quote->earning.explain() + QStringLiteral("\n");
    if (const QString campaigns = quote->earning.campaignLine(); !campaigns.isEmpty())
        text += tr("Campaigns: %1").arg(campaigns) + QStringLiteral("\n");
    text += tr("Points after this receipt: %1").arg(points::displayPoints(quote->balanceAfter));
    if (quote->deductedFen > 0)
        text += QStringLiteral("\n") + tr("Bill ¥%1: %2 points pay ¥%3.")
                                           .arg(points::displayYuan(input->amountFen + quote->deductedFen),
                                                points::displayPoints(quote->pointsUsed), points::displayYuan(quote->deductedFen));
    text += QStringLiteral("\n") + tr("Cash to collect: ¥%1").arg(points::displayYuan(input->amountFen));
    if (quote->tierAfter != quote->tierBefore)
        text += QStringLiteral("\n") + tr("This receipt reaches the %1 tier.").arg(tierName(quote->tierAfter));
    m_receiptError->showError({});
    m_receiptPreview->showPreview(text);
    m_receiptGuard->setReady(true);
}

// What the cashier is told after a receipt or a return was posted. When the server's
// connection broke on the way, the posting either went again on the new connection or was
// found committed before the break; either way it is there once, and the cashier is told which.
QString CounterPage::postedText(bool reconnected, bool alreadyPosted, const QString &posted, const QString &savedBeforeTheBreak,
                                const QString &postedBefore)
{
    if (alreadyPosted)
        return reconnected ? savedBeforeTheBreak : postedBefore;
    return reconnected ? tr("The connection to the server broke and was opened again.") + QStringLiteral("\n") + posted : posted;
}

bool CounterPage::postReceipt()
{
    auto input = receiptInput(m_member, m_store->currentData().toString(), m_receiptNo->text(), m_scenario->currentData().toString(),
                              m_amount->text(), m_green->text(), m_pointsUsed->value(), m_context.clock.nowUtc());
    if (!input) {
        m_receiptError->showError(input.error().message);
        return false;
    }
    const qint64 reconnectsBefore = m_context.db.reconnects();
    auto posted = ReceiptService(m_context.db, m_context.clock).post(m_context.session, input.value());
    if (!posted) {
        m_receiptError->showError(posted.error().message);
        return false;
    }
    m_lastReceipt = posted.value();
    m_lastInput = input.value();
    m_saveSlip->setEnabled(true);
    m_printSlip->setEnabled(true);
    const QString earned = points::displayPoints(posted->earning.total());
    QString text = postedText(m_context.db.reconnects() > reconnectsBefore, posted->alreadyPosted,
                              tr("Receipt %1 posted: %2 points earned, balance now %3 points.")
                                  .arg(input->receiptNo, earned, points::displayPoints(posted->balanceAfter)),
                              tr("The connection to the server broke while receipt %1 was being saved. It had been saved: %2 points earned. "
                                 "It was not posted twice.")
                                  .arg(input->receiptNo, earned),
                              tr("Receipt %1 was already posted.").arg(input->receiptNo));
    if (posted->pointsUsed > 0)
        text += QStringLiteral("\n") + tr("%1 points paid ¥%2; ¥%3 collected in cash.")
                                           .arg(points::displayPoints(posted->pointsUsed), points::displayYuan(posted->deductedFen),
                                                points::displayYuan(input->amountFen));
    // the form is emptied for the next receipt without that counting as a new entry
    for (QLineEdit *e : {m_receiptNo, m_amount, m_green})
        e->clear();
    m_pointsUsed->blockSignals(true);
    m_pointsUsed->setValue(0);
    m_pointsUsed->blockSignals(false);
    m_receiptPreview->showPreview({});
    m_receiptError->showError({});
    m_receiptResult->showResult(text);
    m_receiptGuard->setReady(false);
    m_receiptNo->setFocus();
    refreshMember();
    return true;
}

void CounterPage::returnEdited()
{
    m_returnPosted = false;
    m_returnGuard->startNewIntent();
    m_returnResult->showResult({});
    updateReturnPreview();
}

void CounterPage::updateReturnPreview()
{
    const auto fail = [this](const QString &message) {
        m_returnPreview->showPreview({});
        m_returnError->showError(message);
        m_returnGuard->setReady(false);
    };
    const QString receiptNo = m_returnReceiptNo->text().trimmed(), returnNo = m_returnNo->text().trimmed();
    if (receiptNo.isEmpty() && returnNo.isEmpty() && m_returnAmount->text().trimmed().isEmpty()) {
        m_returnPreview->showPreview({});
        m_returnError->showError({});
        m_returnGuard->setReady(false);
        return;
    }
    if (receiptNo.isEmpty() || returnNo.isEmpty())
        return fail(tr("Enter the receipt number, the return number and the amount."));
    auto amount = points::parseYuan(m_returnAmount->text(), QStringLiteral("amount"));
    if (!amount)
        return fail(amount.error().message);
    ReturnInput in{m_returnStore->currentData().toString(), returnNo, receiptNo, m_context.clock.nowUtc(), amount.value()};
    auto quote = ReturnService(m_context.db, m_context.clock).quote(m_context.session, in);
    if (!quote)
        return fail(quote.error().message);
    if (quote->alreadyPosted)
        return fail(tr("Return %1 was already posted.").arg(returnNo));
    m_returnError->showError({});
    m_returnPreview->showPreview(tr("Takes back %1 points; ¥%2 of the receipt can still be returned after this.")
                                 .arg(points::displayPoints(quote->clawback), points::displayYuan(quote->remainingFen))
                             + (quote->debtAfter > 0 ? QStringLiteral("\n") + tr("The member will owe %1 points.").arg(points::displayPoints(quote->debtAfter))
                                                     : QString()));
    m_returnGuard->setReady(true);
}

bool CounterPage::hasUnpostedWork() const
{
    const auto typed = [](std::initializer_list<const QLineEdit *> fields) {
        return std::any_of(fields.begin(), fields.end(), [](const QLineEdit *e) { return !e->text().trimmed().isEmpty(); });
    };
    return typed({m_receiptNo, m_amount, m_green}) || (!m_returnPosted && typed({m_returnNo, m_returnAmount}));
}

bool CounterPage::postReturn()
{
    auto amount = points::parseYuan(m_returnAmount->text(), QStringLiteral("amount"));
    if (!amount) {
        m_returnError->showError(amount.error().message);
        return false;
    }
    ReturnInput in{m_returnStore->currentData().toString(), m_returnNo->text().trimmed(), m_returnReceiptNo->text().trimmed(),
                   m_context.clock.nowUtc(), amount.value()};
    const qint64 reconnectsBefore = m_context.db.reconnects();
    auto posted = ReturnService(m_context.db, m_context.clock).post(m_context.session, in);
    if (!posted) {
        m_returnError->showError(posted.error().message);
        return false;
    }
    m_returnPosted = true;
    m_returnPreview->showPreview({});
    const QString takenBack = points::displayPoints(posted->clawback);
    m_returnResult->showResult(postedText(m_context.db.reconnects() > reconnectsBefore, posted->alreadyPosted,
                                          tr("Return %1 posted: %2 points taken back.").arg(in.returnNo, takenBack),
                                          tr("The connection to the server broke while return %1 was being saved. It had been saved: "
                                             "%2 points taken back. It was not posted twice.")
                                              .arg(in.returnNo, takenBack),
                                          tr("Return %1 was already posted.").arg(in.returnNo)));
    refreshMember();
    return true;
}

} // namespace pd::ui

#include "redemptionpanel.h"

#include "core/catalog/catalogservice.h"
#include "core/clock.h"
#include "core/pointsmath.h"
#include "core/redemption/redemptioncancel.h"
#include "core/members/pinyin.h"
#include "report/slippdf.h"
#include "ui/widgets/formerror.h"
#include "ui/widgets/messagerow.h"
#include "ui/widgets/postingguard.h"
#include "ui/widgets/previewlabel.h"
#include "ui/widgets/resultlabel.h"
#include "ui/widgets/slipprinter.h"
#include "ui/widgets/storecombo.h"
#include "ui/widgets/filechooser.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>

namespace pd::ui {

namespace {
constexpr int kPictureIdRole = Qt::UserRole + 1;

PreviewLabel *previewLabel(QWidget *parent, const char *name, const char *background)
{
    auto *label = new PreviewLabel(background, parent);
    label->setObjectName(QLatin1String(name));
    return label;
}
} // namespace

RedemptionPanel::RedemptionPanel(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("redemptionPanel"));
    m_store = storeCombo(context, this, "redeemStoreCombo");
    m_itemSearch = new QLineEdit(this);
    m_itemSearch->setObjectName(QStringLiteral("itemSearchEdit"));
    m_itemSearch->setPlaceholderText(tr("Find an item: name, code or pinyin initials"));
    m_itemSearch->setClearButtonEnabled(true);
    m_item = new QComboBox(this);
    m_item->setObjectName(QStringLiteral("itemCombo"));
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("quantitySpin"));
    m_quantity->setRange(1, RedemptionService::kMaxQuantity);
    m_numberLabel = new QLabel(this);
    m_numberLabel->setObjectName(QStringLiteral("redemptionNumberLabel"));
    m_numberLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview = previewLabel(this, "redeemPreview", "#e3f2fd");
    m_error = new FormErrorLabel(this);
    m_error->setObjectName(QStringLiteral("redeemError"));
    m_result = new ResultLabel(this);
    m_result->setObjectName(QStringLiteral("redeemResult"));
    m_confirm = new QPushButton(tr("Confirm redemption"), this);
    m_confirm->setObjectName(QStringLiteral("redeemButton"));
    m_guard = new PostingGuard(m_confirm, [this] { return redeem(); });
    m_guard->postOnEnter({m_quantity});
    m_next = new QPushButton(tr("Next redemption"), this);
    m_next->setObjectName(QStringLiteral("nextRedemptionButton"));
    m_next->setEnabled(false);
    m_saveSlip = new QPushButton(tr("Save slip as PDF…"), this);
    m_saveSlip->setObjectName(QStringLiteral("redeemSlipButton"));
    m_saveSlip->setEnabled(false);
    m_printSlip = new QPushButton(tr("Print slip…"), this);
    m_printSlip->setObjectName(QStringLiteral("redeemPrintButton"));
    m_printSlip->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_confirm, 1);
    buttons->addWidget(m_next);
    buttons->addWidget(m_printSlip);
    buttons->addWidget(m_saveSlip);
    m_picture = new QLabel(this);
    m_picture->setObjectName(QStringLiteral("itemPicture"));
    m_picture->setFixedSize(240, 180);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setStyleSheet(QStringLiteral("color: #888;"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Store:"), m_store);
    form->addRow(tr("Find:"), m_itemSearch);
    form->addRow(tr("Item:"), m_item);
    form->addRow(QString(), m_picture);
    form->addRow(tr("Quantity:"), m_quantity);
    form->addRow(tr("Redemption no.:"), m_numberLabel);
    form->addRow(messageRow({m_preview, m_error, m_result}));
    form->addRow(buttons);
    m_number = RedemptionService::newNumber(context.clock);
    m_numberLabel->setText(m_number);
    reloadItems();
    connect(m_itemSearch, &QLineEdit::textChanged, this, [this] {
        const QString before = m_item->currentData().toString();
        reloadItems();
        if (m_item->currentData().toString() != before)
            startNext();
    });
    connect(m_item, &QComboBox::currentIndexChanged, this, &RedemptionPanel::startNext);
    connect(m_item, &QComboBox::currentIndexChanged, this, &RedemptionPanel::showPicture);
    connect(m_quantity, &QSpinBox::valueChanged, this, &RedemptionPanel::startNext);
    connect(m_store, &QComboBox::currentIndexChanged, this, &RedemptionPanel::startNext);
    connect(m_next, &QPushButton::clicked, this, &RedemptionPanel::startNext);
    connect(m_saveSlip, &QPushButton::clicked, this, &RedemptionPanel::saveSlip);
    connect(m_printSlip, &QPushButton::clicked, this, &RedemptionPanel::printSlip);
    updatePreview();
    showPicture();
}

void RedemptionPanel::reloadItems()
{
    const QString current = m_item->currentData().toString();
    const QString wanted = m_itemSearch->text().trimmed();
    const QDate today = businessToday(m_context.clock);
    struct Entry
    {
        bool onOffer;
        QString name, text, code;
        qint64 pictureId;
    };
    QList<Entry> entries;
    if (auto items = CatalogService(m_context.db, m_context.clock).items(m_context.session, true)) {
        for (const CatalogItem &i : items.value()) {
            const bool matches = wanted.isEmpty() || i.name.contains(wanted, Qt::CaseInsensitive) || i.code.contains(wanted, Qt::CaseInsensitive)
                                 || pinyin::initials(i.name).startsWith(wanted.toLower());
            if (!matches)
                continue;
            // the price stands next to the name, plainly (DESIGN §9)
            QString text = tr("%1 — %2 points").arg(i.name, QLocale().toString(i.pointsPrice));
            if (i.cashFen > 0)
                text += tr(" + ¥%1").arg(points::displayYuan(i.cashFen));
            const QString why = i.unavailableReason(today);
            if (!why.isEmpty())
                text += tr(" (not today: %1)").arg(why);
            // the picture is read when the item is chosen; 0: it has none
            entries.append({why.isEmpty(), i.name, text, i.code, i.hasImage ? i.id : 0});
        }
    }
    // what can be redeemed today first, each part by name
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.onOffer != b.onOffer)
            return a.onOffer;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_item->blockSignals(true);
    m_item->clear();
    for (const Entry &e : std::as_const(entries)) {
        m_item->addItem(e.text, e.code);
        m_item->setItemData(m_item->count() - 1, e.pictureId, kPictureIdRole);
    }
    m_item->setCurrentIndex(std::max(0, m_item->findData(current)));
    m_item->blockSignals(false);
}

void RedemptionPanel::setMember(const Member &member)
{
    const bool another = member.id != m_member.id;
    m_member = member;
    if (another)
        startNext();
    else
        updatePreview();
}

void RedemptionPanel::startNext()
{
    if (m_guard->isSpent()) {
        // the number shown was used: the next redemption gets its own
        m_number = RedemptionService::newNumber(m_context.clock);
        m_numberLabel->setText(m_number);
    }
    m_guard->startNewIntent();
    m_next->setEnabled(false);
    m_result->showResult({});
    updatePreview();
}

Result<RedemptionInput> RedemptionPanel::input() const
{
    if (m_member.id == 0)
        return makeError(ErrorCode::InvalidInput, tr("Find the member first."), QStringLiteral("card_no"));
    if (m_item->currentIndex() < 0)
        return makeError(ErrorCode::InvalidInput, tr("There is nothing on offer in the catalog."), QStringLiteral("item"));
    return RedemptionInput{m_store->currentData().toString(), m_number, m_member.cardNo, m_item->currentData().toString(),
                           m_quantity->value(), m_context.clock.nowUtc()};
}

void RedemptionPanel::showPicture()
{
    // the cashier sees what to hand over
    QPixmap pixmap;
    const qint64 pictureId = m_item->currentData(kPictureIdRole).toLongLong();
    auto bytes = pictureId ? CatalogService(m_context.db, m_context.clock).image(m_context.session, pictureId) : Result<QByteArray>(QByteArray());
    if (bytes && pixmap.loadFromData(bytes.value()))
        m_picture->setPixmap(pixmap.scaled(m_picture->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_picture->setText(tr("No picture"));
}

void RedemptionPanel::updatePreview()
{
    if (m_guard->isSpent())
        return; // the result of the redemption just made stays until the next one starts
    auto in = input();
    auto quote = in ? RedemptionService(m_context.db, m_context.clock).quote(m_context.session, in.value())
                    : Result<RedemptionOutcome>(in.error());
    if (!quote) {
        m_preview->showPreview({});
        m_error->showError(quote.error().message);
        m_guard->setReady(false);
        return;
    }
    if (quote->alreadyPosted) {
        m_preview->showPreview({});
        m_error->showError(tr("Redemption %1 was already made.").arg(m_number));
        m_guard->setReady(false);
        return;
    }
    QString text = tr("%1 × %2: %3 points").arg(quote->quantity).arg(quote->itemName, points::displayPoints(quote->points));
    if (quote->regularPrice)
        text += QStringLiteral("\n") + tr("%1: %2 instead of %3 points each.")
                                           .arg(quote->saleName, points::displayPoints(quote->listPrice), points::displayPoints(*quote->regularPrice));
    if (quote->creditPrice)
        text += QStringLiteral("\n") + tr("Good-credit price: %1 instead of %2 points each.")
                                           .arg(points::displayPoints(quote->unitPoints), points::displayPoints(quote->listPrice));
    if (quote->cashFen > 0)
        text += QStringLiteral("\n") + tr("Plus ¥%1 to pay in cash.").arg(points::displayYuan(quote->cashFen));
    text += QStringLiteral("\n") + tr("Points after this: %1").arg(points::displayPoints(quote->balanceAfter));
    if (quote->stockAfter)
        text += QStringLiteral("\n") + tr("%1 left in stock after this.").arg(*quote->stockAfter);
    m_error->showError({});
    m_preview->showPreview(text);
    m_guard->setReady(true);
}

bool RedemptionPanel::redeem()
{
    auto in = input();
    if (!in) {
        m_error->showError(in.error().message);
        return false;
    }
    auto done = RedemptionService(m_context.db, m_context.clock).redeem(m_context.session, in.value());
    if (!done) {
        updatePreview();
        m_error->showError(done.error().message);
        return false;
    }
    m_last = done.value();
    m_lastInput = in.value();
    m_saveSlip->setEnabled(true);
    m_printSlip->setEnabled(true);
    m_next->setEnabled(true);
    m_preview->showPreview({});
    m_error->showError({});
    m_result->showResult(tr("Redemption %1 made: %2 × %3 for %4 points%5. Balance now %6 points.")
                             .arg(in->redemptionNo)
                             .arg(done->quantity)
                             .arg(done->itemName, points::displayPoints(done->points),
                                  done->cashFen > 0 ? tr(" and ¥%1 cash").arg(points::displayYuan(done->cashFen)) : QString(),
                                  points::displayPoints(done->balanceAfter)));
    emit pointsChanged();
    return true;
}

void RedemptionPanel::saveSlip()
{
    if (!m_last)
        return;
    const QString file = FileChooser::saveFile(this, tr("Save slip"), QStringLiteral("redemption-%1.pdf").arg(m_lastInput.redemptionNo),
                                               tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    if (Status s = report::writeRedemptionSlip(lastSlip(), file); !s)
        m_error->showError(s.error().message);
    else
        m_result->showResult(m_result->text() + QStringLiteral("\n") + tr("Slip saved to %1.").arg(file));
}

report::RedemptionSlip RedemptionPanel::lastSlip() const
{
    return report::RedemptionSlip{m_store->itemText(m_store->findData(m_lastInput.storeCode)),
                                  m_lastInput.redemptionNo,
                                  m_member.cardNo,
                                  m_member.name,
                                  m_lastInput.businessTime,
                                  m_last->itemName,
                                  m_last->quantity,
                                  m_last->unitPoints,
                                  m_last->points,
                                  m_last->cashFen,
                                  m_last->creditPrice,
                                  m_last->balanceAfter};
}

void RedemptionPanel::printSlip()
{
    if (!m_last)
        return;
    if (SlipPrinter::print(this, tr("Slip %1").arg(m_lastInput.redemptionNo), report::redemptionSlipHtml(lastSlip())))
        m_result->showResult(m_result->text() + QStringLiteral("\n") + tr("Slip sent to the printer."));
}

CancelRedemptionPanel::CancelRedemptionPanel(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("cancelRedemptionPanel"));
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("cancelNumberEdit"));
    m_number->setPlaceholderText(tr("number on the redemption slip"));
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("cancelQuantitySpin"));
    m_quantity->setRange(0, RedemptionService::kMaxQuantity);
    m_quantity->setSpecialValueText(tr("all that is left"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("cancelReasonEdit"));
    m_reason->setPlaceholderText(tr("quality problem, service not delivered …"));
    m_compensation = new QSpinBox(this);
    m_compensation->setObjectName(QStringLiteral("compensationSpin"));
    m_compensation->setRange(0, 100'000'000);
    m_compensation->setSingleStep(100);
    m_compensation->setSpecialValueText(tr("none"));
    m_preview = previewLabel(this, "cancelPreview", "#fff3e0");
    m_error = new FormErrorLabel(this);
    m_error->setObjectName(QStringLiteral("cancelError"));
    m_result = new ResultLabel(this);
    m_result->setObjectName(QStringLiteral("cancelResult"));
    m_confirm = new QPushButton(tr("Confirm cancellation"), this);
    m_confirm->setObjectName(QStringLiteral("cancelRedemptionButton"));
    m_guard = new PostingGuard(m_confirm, [this] { return confirm(); });
    m_guard->postOnEnter({m_number, m_reason, m_quantity, m_compensation});
    auto *form = new QFormLayout(this);
    form->addRow(tr("Redemption no.:"), m_number);
    form->addRow(tr("Units:"), m_quantity);
    form->addRow(tr("Reason:"), m_reason);
    if (context.session.can(Permission::AdjustPoints))
        form->addRow(tr("Compensation points:"), m_compensation);
    else
        m_compensation->hide();
    form->addRow(messageRow({m_preview, m_error, m_result}));
    form->addRow(m_confirm);
    connect(m_number, &QLineEdit::textEdited, this, &CancelRedemptionPanel::edited);
    connect(m_reason, &QLineEdit::textEdited, this, &CancelRedemptionPanel::edited);
    connect(m_quantity, &QSpinBox::valueChanged, this, &CancelRedemptionPanel::edited);
    connect(m_compensation, &QSpinBox::valueChanged, this, &CancelRedemptionPanel::edited);
    updatePreview();
}

namespace {
CancellationInput cancellationInput(const QLineEdit *number, const QSpinBox *quantity, const QLineEdit *reason, const QSpinBox *compensation)
{
    CancellationInput in;
    in.redemptionNo = number->text().trimmed();
    if (quantity->value() > 0)
        in.quantity = quantity->value();
    in.reason = reason->text().trimmed();
    in.compensationPoints = compensation->value();
    return in;
}
} // namespace

void CancelRedemptionPanel::edited()
{
    m_guard->startNewIntent();
    m_result->showResult({});
    updatePreview();
}

void CancelRedemptionPanel::updatePreview()
{
    m_error->showError({});
    const CancellationInput in = cancellationInput(m_number, m_quantity, m_reason, m_compensation);
    if (in.redemptionNo.isEmpty()) {
        m_preview->showPreview(tr("Enter the number on the redemption slip."));
        m_guard->setReady(false);
        return;
    }
    auto quote = RedemptionCancelService(m_context.db, m_context.clock).quote(m_context.session, in);
    if (!quote) {
        m_preview->showPreview(tr("Enter the number on the redemption slip."));
        m_error->showError(quote.error().message);
        m_guard->setReady(false);
        return;
    }
    QString text = tr("%1 × %2 (card %3): %4 points come back.")
                       .arg(quote->quantity)
                       .arg(quote->redemption.itemName, quote->redemption.cardNo, points::displayPoints(quote->points));
    if (quote->toOriginalLots > 0)
        text += QStringLiteral("\n") + tr("%1 points return to the lots they came from.").arg(points::displayPoints(quote->toOriginalLots));
    if (quote->toNewLot > 0)
        text += QStringLiteral("\n") + tr("%1 points had expired meanwhile: they come back valid until %2.")
                                           .arg(points::displayPoints(quote->toNewLot))
                                           .arg(quote->newLotExpires.addSecs(-1).toTimeZone(programmeTimeZone()).toString(QStringLiteral("yyyy-MM-dd")));
    if (quote->debtRepaid > 0)
        text += QStringLiteral("\n") + tr("%1 points repay what the member owes.").arg(points::displayPoints(quote->debtRepaid));
    if (quote->cashBackFen > 0)
        text += QStringLiteral("\n") + tr("Give back ¥%1 of cash.").arg(points::displayYuan(quote->cashBackFen));
    if (in.reason.size() < 2)
        text += QStringLiteral("\n") + tr("Say why the redemption is cancelled.");
    m_preview->showPreview(text);
    m_guard->setReady(in.reason.size() >= 2);
}

bool CancelRedemptionPanel::confirm()
{
    auto done = RedemptionCancelService(m_context.db, m_context.clock)
                    .cancel(m_context.session, cancellationInput(m_number, m_quantity, m_reason, m_compensation));
    if (!done) {
        m_error->showError(done.error().message);
        return false;
    }
    QString text = tr("Cancelled %1 × %2: %3 points given back. Balance now %4.")
                       .arg(done->quantity)
                       .arg(done->redemption.itemName, points::displayPoints(done->points), points::displayPoints(done->balanceAfter));
    if (done->compensation)
        text += QStringLiteral("\n") + (done->compensation->status == QLatin1String("pending")
                                            ? tr("Compensation of %1 points waits for approval.")
                                            : tr("Compensation of %1 points given."))
                                           .arg(points::displayPoints(done->compensation->delta));
    m_number->blockSignals(true);
    m_number->clear();
    m_number->blockSignals(false);
    m_reason->blockSignals(true);
    m_reason->clear();
    m_reason->blockSignals(false);
    m_preview->showPreview(tr("Enter the number on the redemption slip."));
    m_result->showResult(text);
    emit pointsChanged();
    return true;
}

} // namespace pd::ui

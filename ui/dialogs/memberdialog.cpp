#include "memberdialog.h"

#include "core/campaigns/welcome.h"
#include "core/clock.h"
#include "core/members/memberservice.h"
#include "core/stores/storeservice.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/formdialog.h"
#include "ui/widgets/formerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

MemberDialog::MemberDialog(const AppContext &context, const Member &existing, QWidget *parent)
    : QDialog(parent), m_context(context), m_existing(existing)
{
    const bool editing = existing.id != 0;
    setWindowTitle(editing ? tr("Edit member %1").arg(existing.cardNo) : tr("Register a member"));
    setObjectName(QStringLiteral("memberDialog"));
    auto line = [this](const char *name, const QString &placeholder) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setPlaceholderText(placeholder);
        return e;
    };
    m_card = line("cardEdit", tr("printed on the card, e.g. 8000012345"));
    m_name = line("nameEdit", tr("e.g. 张三"));
    m_mobile = line("mobileEdit", editing ? tr("%1 — leave empty to keep").arg(existing.maskedMobile) : tr("11 digits, e.g. 13812345678"));
    m_mobile->setMaxLength(11);
    m_email = line("emailEdit", tr("optional"));
    m_joined = new DateField(businessToday(context.clock), this);
    m_joined->setObjectName(QStringLiteral("joinedEdit"));
    m_store = new QComboBox(this);
    m_store->setObjectName(QStringLiteral("storeCombo"));
    if (auto stores = StoreService(context.db, context.clock).stores()) {
        int ownStore = -1;
        for (const Store &s : stores.value()) {
            if (ownStore < 0 && s.partnerCode.isEmpty())
                ownStore = m_store->count();
            m_store->addItem(QStringLiteral("%1 — %2").arg(s.code, s.name), s.code);
        }
        // members sign up at the programme's own stores far more often than at partners
        m_store->setCurrentIndex(std::max(0, ownStore));
    }
    m_credit = new QComboBox(this);
    m_credit->setObjectName(QStringLiteral("creditCombo"));
    for (CreditStanding c : {CreditStanding::Normal, CreditStanding::Good, CreditStanding::Restricted})
        m_credit->addItem(creditName(c), creditCode(c));
    m_consent = new QCheckBox(tr("Agrees to receive marketing messages"), this);
    m_consent->setObjectName(QStringLiteral("consentCheck"));

    if (editing) {
        m_card->setText(existing.cardNo);
        m_card->setReadOnly(true);
        m_name->setText(existing.name);
        m_email->setText(existing.email);
        m_joined->setDate(existing.joinedOn);
        m_store->setCurrentIndex(m_store->findData(existing.storeCode));
        m_credit->setCurrentIndex(m_credit->findData(creditCode(existing.credit)));
        m_consent->setChecked(existing.marketingConsent);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Card number:"), m_card);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Mobile:"), m_mobile);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Joined on:"), m_joined);
    form->addRow(tr("Home store:"), m_store);
    form->addRow(tr("Credit standing:"), m_credit);
    form->addRow(QString(), m_consent);
    m_error = new FormErrorLabel(this);
    layoutFormDialog(this, form, m_error, editing ? tr("Save") : tr("Register"), "saveButton", [this] { save(); });
}

QWidget *MemberDialog::widgetForField(const QString &field) const
{
    if (field == QLatin1String("card_no")) return m_card;
    if (field == QLatin1String("name")) return m_name;
    if (field == QLatin1String("mobile")) return m_mobile;
    if (field == QLatin1String("email")) return m_email;
    if (field == QLatin1String("joined_on")) return m_joined;
    if (field == QLatin1String("store")) return m_store;
    return nullptr;
}

void MemberDialog::save()
{
    MemberInput in;
    in.cardNo = m_card->text().trimmed();
    in.name = m_name->text().trimmed();
    in.mobile = m_mobile->text().trimmed();
    in.email = m_email->text().trimmed();
    in.joinedOn = m_joined->date();
    in.storeCode = m_store->currentData().toString();
    in.credit = creditFromCode(m_credit->currentData().toString()).value_or(CreditStanding::Normal);
    in.marketingConsent = m_consent->isChecked();

    MemberService service(m_context.db, m_context.clock);
    qint64 id = m_existing.id;
    Status status;
    if (id == 0) {
        auto registered = service.registerMember(m_context.session, in, [this](qint64 memberId) -> Status {
            auto points = welcome::grant(m_context.db, m_context.clock, m_context.session, memberId);
            return points ? Status() : Status(points.error());
        });
        status = registered.ok() ? Status() : Status(registered.error());
        if (registered)
            id = registered.value();
    } else {
        status = service.updateMember(m_context.session, id, in);
    }
    if (!status) {
        m_error->showError(status.error().message);
        if (QWidget *w = widgetForField(status.error().field))
            w->setFocus();
        return;
    }
    emit saved(id);
    accept();
}

} // namespace pd::ui

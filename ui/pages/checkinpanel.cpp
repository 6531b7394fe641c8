#include "checkinpanel.h"

#include "core/campaigns/campaignawards.h"
#include "core/campaigns/campaignterms.h"
#include "core/checkins/checkinservice.h"
#include "core/clock.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/formerror.h"
#include "ui/widgets/messagerow.h"
#include "ui/widgets/postingguard.h"
#include "ui/widgets/resultlabel.h"
#include "ui/widgets/storecombo.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace pd::ui {

CheckinPanel::CheckinPanel(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("checkinPanel"));
    m_store = storeCombo(context, this, "checkinStoreCombo");
    const QDate today = businessToday(context.clock);
    m_day = new DateField(today, this);
    m_day->setObjectName(QStringLiteral("checkinDayEdit"));
    m_day->setToolTip(tr("Today, or a missed day to make up with a make-up card"));
    m_terms = new QLabel(this);
    m_terms->setObjectName(QStringLiteral("checkinTerms"));
    m_terms->setWordWrap(true);
    m_terms->setStyleSheet(QStringLiteral("color: #37474f; padding: 4px;"));
    m_terms->setText(tr("No check-in campaign runs today."));
    if (auto live = campaignawards::liveOn(context.db, today, false)) {
        for (const Campaign &c : live.value())
            if (c.type == CampaignType::Checkin)
                m_terms->setText(campaignTermsForMembers(c));
    }
    m_error = new FormErrorLabel(this);
    m_error->setObjectName(QStringLiteral("checkinError"));
    m_result = new ResultLabel(this);
    m_result->setObjectName(QStringLiteral("checkinResult"));
    m_confirm = new QPushButton(tr("Check in"), this);
    m_confirm->setObjectName(QStringLiteral("checkinButton"));
    m_guard = new PostingGuard(m_confirm, [this] { return checkIn(); });
    m_guard->postOnEnter({m_day});
    auto *form = new QFormLayout(this);
    form->addRow(m_terms);
    form->addRow(tr("Store:"), m_store);
    form->addRow(tr("Day:"), m_day);
    form->addRow(m_confirm);
    form->addRow(messageRow({m_error, m_result}));
    connect(m_day, &DateField::dateChanged, this, &CheckinPanel::edited);
    connect(m_day, &QLineEdit::textEdited, this, &CheckinPanel::edited);
    connect(m_store, &QComboBox::currentIndexChanged, this, &CheckinPanel::edited);
}

void CheckinPanel::setMember(const Member &member)
{
    const bool another = member.id != m_member.id;
    m_member = member;
    if (another) {
        m_day->setDate(businessToday(m_context.clock));
        m_result->showResult({});
        edited();
    }
}

void CheckinPanel::edited()
{
    m_guard->startNewIntent();
    m_error->showError(m_member.id == 0 ? tr("Find the member first.") : m_day->date().isValid() ? QString() : tr("Type the day as YYYY-MM-DD."));
    m_guard->setReady(m_member.id != 0 && m_day->date().isValid());
}

bool CheckinPanel::checkIn()
{
    CheckinInput in;
    in.storeCode = m_store->currentData().toString();
    in.cardNo = m_member.cardNo;
    in.time = m_context.clock.nowUtc();
    if (m_day->date() != businessToday(m_context.clock))
        in.forDate = m_day->date();
    auto out = CheckinService(m_context.db, m_context.clock).post(m_context.session, in);
    if (!out) {
        m_error->showError(out.error().message);
        return false;
    }
    m_error->showError({});
    m_result->showResult(checkinOutcomeText(out.value()));
    emit pointsChanged();
    return true;
}

} // namespace pd::ui

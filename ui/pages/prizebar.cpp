#include "prizebar.h"

#include "core/campaigns/badgeawards.h"
#include "ui/widgets/postingguard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace pd::ui {

PrizeBar::PrizeBar(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("prizeBar"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("prizeLabel"));
    m_text->setStyleSheet(QStringLiteral("color: #e65100; font-weight: 600;"));
    m_text->setWordWrap(true);
    m_handOver = new QPushButton(tr("Hand over the prize"), this);
    m_handOver->setObjectName(QStringLiteral("handOverPrizeButton"));
    m_guard = new PostingGuard(m_handOver, [this] { return handOver(); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_handOver);
    hide();
}

void PrizeBar::setMember(const Member &member)
{
    m_member = member;
    m_campaignCode.clear();
    m_guard->startNewIntent();
    auto prizes = m_member.id == 0 ? Result<QList<badgeawards::WaitingPrize>>(QList<badgeawards::WaitingPrize>())
                                   : badgeawards::waitingPrizes(m_context.db, m_context.session, m_member.id);
    QStringList waiting;
    if (prizes) {
        for (const badgeawards::WaitingPrize &p : prizes.value()) {
            if (m_campaignCode.isEmpty())
                m_campaignCode = p.campaignCode;
            waiting << tr("%1 (%2)").arg(p.itemName, p.campaignName);
        }
    }
    if (!waiting.isEmpty())
        m_text->setText(tr("Prize waiting: %1").arg(waiting.join(QStringLiteral(" · "))));
    m_handOver->setVisible(!waiting.isEmpty() && m_context.session.can(Permission::Redeem));
    m_guard->setReady(!waiting.isEmpty());
    setVisible(!waiting.isEmpty());
}

bool PrizeBar::handOver()
{
    auto prize = badgeawards::collectPrize(m_context.db, m_context.clock, m_context.session, m_member.cardNo, m_campaignCode);
    if (!prize) {
        m_text->setText(prize.error().message);
        return false;
    }
    const QString done = tr("Prize %1 handed over.").arg(prize->itemName);
    setMember(m_member); // the next waiting prize, if any
    const QString next = isVisibleTo(parentWidget()) ? m_text->text() : QString();
    m_text->setText(next.isEmpty() ? done : done + QStringLiteral("  ") + next);
    setVisible(true);
    return true;
}

} // namespace pd::ui

#include "badgeview.h"

#include "core/campaigns/badgeawards.h"
#include "core/campaigns/campaignterms.h"
#include "core/clock.h"
#include "core/pointsmath.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QString amountText(const BadgeRule &rule, qint64 value)
{
    return rule.rule == BadgeRuleKind::Spend ? QStringLiteral("¥") + points::displayYuan(value) : QString::number(value);
}

} // namespace

BadgeView::BadgeView(const AppContext &context, qint64 memberId, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("badgeView"));
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("badgeText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto collections = badgeawards::collectionsOf(context.db, context.clock, context.session, memberId);
    QString html;
    if (!collections) {
        html = collections.error().message.toHtmlEscaped();
    } else if (collections->isEmpty()) {
        html = tr("No badge collection runs now.").toHtmlEscaped();
    }
    const QList<badgeawards::Collection> shown = collections ? collections.value() : QList<badgeawards::Collection>();
    for (const badgeawards::Collection &c : shown) {
        html += QStringLiteral("<h3>%1 <small>(%2)</small></h3><table cellspacing=\"4\">").arg(c.campaign.name.toHtmlEscaped(), campaignWindowText(c.campaign));
        for (qsizetype i = 0; i < c.progress.size(); ++i) {
            const badgerules::Progress &p = c.progress.at(i);
            const BadgeRule &rule = c.campaign.badgeSet.badges.at(i);
            const bool held = c.complete || c.held.contains(p.code);
            html += QStringLiteral("<tr><td style=\"color:%1; font-size:14pt\">%2</td><td><b>%3</b></td><td>%4</td><td>%5</td></tr>")
                        .arg(held ? QStringLiteral("#2e7d32") : QStringLiteral("#9e9e9e"), held ? QStringLiteral("★") : QStringLiteral("☆"),
                             p.name.toHtmlEscaped(), badgerules::ruleText(rule).toHtmlEscaped(),
                             held ? tr("held") : tr("%1 of %2").arg(amountText(rule, std::min(p.have, p.need)), amountText(rule, p.need)));
        }
        html += QStringLiteral("</table>");
        if (c.complete) {
            QString done = tr("Complete on %1.").arg(displayTime(fromStoredTime(c.completedAt)));
            if (c.rewardPoints > 0)
                done += QLatin1Char(' ') + tr("%1 points given.").arg(points::displayPoints(c.rewardPoints));
            if (!c.prizeName.isEmpty())
                done += QLatin1Char(' ') + (c.prizeCollectedAt.isEmpty() ? tr("Prize %1 waiting at the service desk.").arg(c.prizeName)
                                                                          : tr("Prize %1 collected on %2.").arg(c.prizeName, displayTime(fromStoredTime(c.prizeCollectedAt))));
            html += QStringLiteral("<p style=\"color:#1b5e20\"><b>%1</b></p>").arg(done.toHtmlEscaped());
        } else {
            QStringList rewards;
            if (c.campaign.badgeSet.rewardPoints > 0)
                rewards << tr("%1 points").arg(points::displayPoints(c.campaign.badgeSet.rewardPoints));
            if (!c.prizeName.isEmpty())
                rewards << tr("the prize %1").arg(c.prizeName);
            html += QStringLiteral("<p>%1</p>").arg(tr("The whole set gives %1.").arg(rewards.join(tr(" and "))).toHtmlEscaped());
        }
    }
    text->setText(html);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(text);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
}

} // namespace pd::ui

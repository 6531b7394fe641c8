#include "breakdown.h"

#include "core/pointsmath.h"
#include "core/members/member.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pd {

QJsonObject EarningBreakdown::toJson() const
{
    QJsonObject o{{QStringLiteral("amount"), amountFen},
                  {QStringLiteral("rate_code"), rateCode},
                  {QStringLiteral("rate"), ratePer100},
                  {QStringLiteral("tier"), tierCode},
                  {QStringLiteral("tier_pct"), tierPct},
                  {QStringLiteral("credit"), creditCode},
                  {QStringLiteral("credit_pct"), creditPct},
                  {QStringLiteral("campaign_pct"), campaignPct},
                  {QStringLiteral("campaign_id"), campaignId ? QJsonValue(*campaignId) : QJsonValue()},
                  {QStringLiteral("points"), points},
                  {QStringLiteral("green_amount"), greenFen},
                  {QStringLiteral("green_rate"), greenRatePer100},
                  {QStringLiteral("green_points"), greenPoints},
                  {QStringLiteral("bonus_points"), bonusPoints}};
    if (campaignId) {
        o.insert(QStringLiteral("campaign_code"), campaignCode);
        o.insert(QStringLiteral("campaign_name"), campaignName);
        o.insert(QStringLiteral("campaign_extra"), campaignExtra);
        if (campaignCut)
            o.insert(QStringLiteral("campaign_cut"), true);
    }
    if (!bonuses.isEmpty()) {
        QJsonArray list;
        for (const CampaignBonus &bonus : bonuses)
            list.append(QJsonObject{{QStringLiteral("campaign_id"), bonus.campaignId},
                                    {QStringLiteral("campaign_code"), bonus.campaignCode},
                                    {QStringLiteral("campaign_name"), bonus.campaignName},
                                    {QStringLiteral("points"), bonus.points}});
        o.insert(QStringLiteral("bonuses"), list);
    }
    return o;
}

EarningBreakdown EarningBreakdown::fromJson(const QJsonObject &o)
{
    EarningBreakdown b;
    b.amountFen = o.value(QStringLiteral("amount")).toInteger();
    b.rateCode = o.value(QStringLiteral("rate_code")).toString();
    b.ratePer100 = o.value(QStringLiteral("rate")).toInt();
    b.tierCode = o.value(QStringLiteral("tier")).toString();
    b.tierPct = o.value(QStringLiteral("tier_pct")).toInt();
    b.creditCode = o.value(QStringLiteral("credit")).toString();
    b.creditPct = o.value(QStringLiteral("credit_pct")).toInt();
    b.campaignPct = o.value(QStringLiteral("campaign_pct")).toInt();
    if (!o.value(QStringLiteral("campaign_id")).isNull())
        b.campaignId = o.value(QStringLiteral("campaign_id")).toInteger();
    b.points = o.value(QStringLiteral("points")).toInteger();
    b.greenFen = o.value(QStringLiteral("green_amount")).toInteger();
    b.greenRatePer100 = o.value(QStringLiteral("green_rate")).toInteger();
    b.greenPoints = o.value(QStringLiteral("green_points")).toInteger();
    b.bonusPoints = o.value(QStringLiteral("bonus_points")).toInteger();
    b.campaignCode = o.value(QStringLiteral("campaign_code")).toString();
    b.campaignName = o.value(QStringLiteral("campaign_name")).toString();
    b.campaignExtra = o.value(QStringLiteral("campaign_extra")).toInteger();
    b.campaignCut = o.value(QStringLiteral("campaign_cut")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("bonuses")).toArray()) {
        const QJsonObject bonus = v.toObject();
        b.bonuses << CampaignBonus{bonus.value(QStringLiteral("campaign_id")).toInteger(), bonus.value(QStringLiteral("campaign_code")).toString(),
                                   bonus.value(QStringLiteral("campaign_name")).toString(), bonus.value(QStringLiteral("points")).toInteger()};
    }
    return b;
}

QString EarningBreakdown::explain() const
{
    const QString perYuan = ratePer100 % 100 == 0 ? QString::number(ratePer100 / 100)
                                                  : QString::number(ratePer100 / 100.0, 'f', 2); // display only
    QString text = QCoreApplication::translate("pd::EarningBreakdown", "¥%1 × %2 pt/¥ × %3 %4 % × %5 %6 %")
                       .arg(points::displayYuan(amountFen), perYuan, tierName(tierCode))
                       .arg(tierPct)
                       .arg(creditName(creditFromCode(creditCode).value_or(CreditStanding::Normal)))
                       .arg(creditPct);
    if (campaignPct != 100)
        text += campaignName.isEmpty() ? QCoreApplication::translate("pd::EarningBreakdown", " × campaign %1 %").arg(campaignPct)
                                       : QCoreApplication::translate("pd::EarningBreakdown", " × %1 %2 %").arg(campaignName).arg(campaignPct);
    if (campaignCut)
        text += QCoreApplication::translate("pd::EarningBreakdown", " (the campaign's part cut to %1 by its budget)").arg(campaignExtra);
    text += QCoreApplication::translate("pd::EarningBreakdown", " = %1 points").arg(pd::points::displayPoints(points));
    if (greenPoints > 0)
        text += QCoreApplication::translate("pd::EarningBreakdown", ", + %1 green points").arg(pd::points::displayPoints(greenPoints));
    if (bonusPoints > 0)
        text += QCoreApplication::translate("pd::EarningBreakdown", ", + %1 bonus points").arg(pd::points::displayPoints(bonusPoints));
    return text;
}

QString EarningBreakdown::campaignLine() const
{
    QStringList parts;
    if (campaignId) {
        const QString factor = campaignPct % 100 == 0 ? QString::number(campaignPct / 100) : QString::number(campaignPct / 100.0, 'f', 2); // display only
        parts << QCoreApplication::translate("pd::EarningBreakdown", "%1 ×%2: +%3").arg(campaignName, factor, points::displayPoints(campaignExtra));
    }
    for (const CampaignBonus &bonus : bonuses)
        parts << QCoreApplication::translate("pd::EarningBreakdown", "%1: +%2").arg(bonus.campaignName, points::displayPoints(bonus.points));
    return parts.join(QCoreApplication::translate("pd::EarningBreakdown", "; "));
}

} // namespace pd

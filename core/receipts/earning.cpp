#include "earning.h"

#include "core/pointsmath.h"
#include "core/rules/programmerules.h"

#include <QCoreApplication>

namespace pd {

Result<EarningBreakdown> earningFor(const ProgrammeRules &rules, const MemberAtPosting &member, const EarningInput &receipt, int campaignPct)
{
    const auto rate = rules.ratePer100.constFind(receipt.scenario);
    if (rate == rules.ratePer100.cend())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::ReceiptService", "There is no earning scenario %1.").arg(receipt.scenario),
                         QStringLiteral("scenario"));
    const Tier *tier = rules.tier(member.tier);
    EarningBreakdown b;
    b.amountFen = receipt.amountFen;
    b.rateCode = receipt.scenario;
    b.ratePer100 = *rate;
    b.tierCode = member.tier;
    b.tierPct = tier ? tier->multiplierPct : 100;
    b.creditCode = creditCode(member.credit);
    b.creditPct = ProgrammeRules::creditPct(member.credit);
    b.campaignPct = campaignPct;
    b.points = points::earned(receipt.amountFen, b.ratePer100, b.tierPct, b.creditPct, b.campaignPct);
    b.greenFen = receipt.greenFen;
    b.greenRatePer100 = rules.greenRatePer100;
    b.greenPoints = points::green(receipt.greenFen, rules.greenRatePer100);
    return b;
}

Result<EarningBreakdown> earningFor(const ProgrammeRules &rules, const MemberAtPosting &member, const EarningInput &receipt,
                                    const QList<CampaignOffer> &offers)
{
    auto base = earningFor(rules, member, receipt, 100);
    if (!base)
        return base;
    EarningBreakdown b = base.value();
    const CampaignOffer *winner = nullptr;
    for (const CampaignOffer &offer : offers) {
        if (offer.campaign.type != CampaignType::Multiplier || !offer.hasRoom())
            continue;
        if (!winner || offer.campaign.percent > winner->campaign.percent
            || (offer.campaign.percent == winner->campaign.percent && offer.campaign.code < winner->campaign.code))
            winner = &offer;
    }
    if (winner) {
        const qint64 full = points::earned(receipt.amountFen, b.ratePer100, b.tierPct, b.creditPct, winner->campaign.percent);
        qint64 extra = full - b.points;
        if (winner->room && extra > *winner->room) {
            extra = *winner->room; // the cut receipt spends the budget exactly
            b.campaignCut = true;
        }
        b.campaignPct = winner->campaign.percent;
        b.campaignId = winner->campaign.id;
        b.campaignCode = winner->campaign.code;
        b.campaignName = winner->campaign.name;
        b.campaignExtra = extra;
        b.points += extra;
    }
    for (const CampaignOffer &offer : offers) {
        if (offer.campaign.type != CampaignType::FirstPurchase || !offer.hasRoom())
            continue;
        const qint64 bonus = offer.room ? std::min(offer.campaign.points, *offer.room) : offer.campaign.points;
        b.bonuses << CampaignBonus{offer.campaign.id, offer.campaign.code, offer.campaign.name, bonus};
        b.bonusPoints += bonus;
    }
    return b;
}

} // namespace pd

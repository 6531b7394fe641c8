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

} // namespace pd

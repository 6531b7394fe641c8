#include "redemptionterms.h"

#include "core/pointsmath.h"
#include "core/rules/programmerules.h"

#include <QCoreApplication>

namespace pd {

namespace {

QString dayText(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

// Status, active window and early access. Early access lets members in good credit
// standing redeem `earlyAccessDays` before the first day on offer.
Status checkOnOffer(const CatalogItem &item, const QDate &day, bool goodCredit)
{
    if (item.status != ItemStatus::Active)
        return redemptionRefusal(QCoreApplication::translate("pd::RedemptionService", "%1 is not on offer (%2).").arg(item.name, itemStatusName(item.status)), "status");
    if (item.activeTo.isValid() && day > item.activeTo)
        return redemptionRefusal(QCoreApplication::translate("pd::RedemptionService", "%1 was on offer until %2.").arg(item.name, dayText(item.activeTo)), "window");
    if (item.activeFrom.isValid() && day < item.activeFrom) {
        const QDate earlyFrom = item.activeFrom.addDays(-item.earlyAccessDays);
        if (item.earlyAccessDays > 0 && day >= earlyFrom) {
            if (goodCredit)
                return {};
            return redemptionRefusal(QCoreApplication::translate("pd::RedemptionService", "Until %1, %2 is offered only to members in good credit standing.").arg(dayText(item.activeFrom), item.name),
                           "early_access");
        }
        return redemptionRefusal(QCoreApplication::translate("pd::RedemptionService", "%1 is on offer from %2.").arg(item.name, dayText(item.activeFrom)), "window");
    }
    return {};
}

} // namespace

Error redemptionRefusal(const QString &message, const char *field)
{
    return makeError(ErrorCode::Conflict, message, QLatin1String(field));
}

Error outOfStock(const QString &itemName, qint64 left)
{
    return redemptionRefusal(left == 0 ? QCoreApplication::translate("pd::RedemptionService", "%1 is out of stock.").arg(itemName)
                                       : QCoreApplication::translate("pd::RedemptionService", "Only %1 of %2 left in stock.").arg(left).arg(itemName),
                             "stock");
}

QPair<QDateTime, QDateTime> limitPeriodAround(LimitPeriod period, const QDate &day)
{
    switch (period) {
    case LimitPeriod::Day:
        return {points::startOfBusinessDay(day), points::startOfBusinessDay(day.addDays(1))};
    case LimitPeriod::Month: {
        const QDate first(day.year(), day.month(), 1);
        return {points::startOfBusinessDay(first), points::startOfBusinessDay(first.addMonths(1))};
    }
    case LimitPeriod::Year:
        return {points::startOfBusinessDay(QDate(day.year(), 1, 1)), points::startOfBusinessDay(QDate(day.year() + 1, 1, 1))};
    }
    return {};
}

std::optional<Campaign> saleOf(const QList<Campaign> &live, const QString &itemCode, const QDate &day)
{
    for (const Campaign &c : live)
        if (c.type == CampaignType::Sale && c.status == CampaignStatus::Approved && c.item == itemCode && c.coversDate(day))
            return c;
    return std::nullopt;
}

QString saleDescription(const CatalogItem &item, const Campaign &sale)
{
    CatalogItem onSale = item;
    onSale.pointsPrice = sale.points;
    if (sale.saleCashFen)
        onSale.cashFen = *sale.saleCashFen;
    const qint64 before = item.pointValueCentiFen(), during = onSale.pointValueCentiFen();
    // how much more a point buys, in whole percent (integers: the value is money)
    const QString rise = before > 0 ? QStringLiteral(" (+%1 %)").arg((during - before) * 100 / before) : QString();
    return QCoreApplication::translate("pd::RedemptionService", "%1 until %2: %3 points instead of %4; a point is worth %5 instead of %6%7")
        .arg(sale.name, sale.to.toString(Qt::ISODate), points::displayPoints(sale.points), points::displayPoints(item.pointsPrice),
             onSale.pointValueText(), item.pointValueText(), rise);
}

Result<RedemptionTerms> redemptionTerms(const CatalogItem &catalogItem, const ProgrammeRules &rules, const MemberAtRedemption &member,
                                        int quantity, const QDate &day, const Campaign *sale)
{
    CatalogItem item = catalogItem;
    if (sale) {
        item.pointsPrice = sale->points;
        if (sale->saleCashFen)
            item.cashFen = *sale->saleCashFen;
    }
    const bool goodCredit = member.credit == CreditStanding::Good;
    if (Status s = checkOnOffer(item, day, goodCredit); !s)
        return s.error();
    if (!item.minTier.isEmpty()) {
        const Tier *needed = rules.tier(item.minTier);
        const Tier *has = rules.tier(member.tier);
        if (needed && (!has || has->rank < needed->rank))
            return redemptionRefusal(QCoreApplication::translate("pd::RedemptionService", "%1 is for %2 members and above; this member is %3.").arg(item.name, tierName(item.minTier), tierName(member.tier)),
                           "tier");
    }
    if (item.limitQty && member.alreadyInPeriod + quantity > *item.limitQty)
        return redemptionRefusal(QCoreApplication::translate("pd::RedemptionService", "%1 is limited to %2 %3 for each member; this member has already redeemed %4 and asks for %5.")
                           .arg(item.name)
                           .arg(*item.limitQty)
                           .arg(limitPeriodName(item.limitPeriod))
                           .arg(member.alreadyInPeriod)
                           .arg(quantity),
                       "limit");
    RedemptionTerms t;
    t.listPrice = item.pointsPrice;
    t.unitPoints = points::redemptionPrice(item.pointsPrice, goodCredit);
    t.creditPrice = t.unitPoints != t.listPrice;
    t.points = points::redemptionTotal(t.unitPoints, quantity);
    t.cashFen = item.cashFen * quantity;
    if (sale) {
        t.regularPrice = catalogItem.pointsPrice;
        t.saleName = sale->name;
    }
    if (t.points < 0 || t.points > member.balance)
        return redemptionRefusal(QCoreApplication::translate("pd::RedemptionService", "%1 × %2 needs %3 points; the member has %4.")
                           .arg(quantity)
                           .arg(item.name)
                           .arg(t.points < 0 ? QCoreApplication::translate("pd::RedemptionService", "more") : points::displayPoints(t.points),
                                points::displayPoints(member.balance)),
                       "points");
    if (item.stock && *item.stock < quantity)
        return outOfStock(item.name, *item.stock);
    return t;
}

} // namespace pd

#pragma once

#include "core/campaigns/campaign.h"
#include "core/catalog/catalogitem.h"
#include "core/members/member.h"
#include "core/result.h"

#include <QDate>

#include <optional>

namespace pd {

struct ProgrammeRules;

// The member as a redemption needs them, read by the caller: tier, credit, balance, and how
// many of this item they redeemed in the item's limit period (kept, not cancelled).
struct MemberAtRedemption
{
    QString tier;
    CreditStanding credit = CreditStanding::Normal;
    qint64 balance = 0;
    qint64 alreadyInPeriod = 0;
};

// What the member pays, per unit and in all.
struct RedemptionTerms
{
    qint64 listPrice = 0;
    qint64 unitPoints = 0;
    qint64 points = 0;
    qint64 cashFen = 0;
    bool creditPrice = false;
    // a redemption sale that day (DESIGN §8 `sale`): the item's regular price and the sale's name
    std::optional<qint64> regularPrice;
    QString saleName;
};

// The redemption's terms or the one reason it cannot be had (DESIGN §7), checked in the order
// the desk explains them: on offer that day (early access for good credit), tier, the
// member's limit, the balance, the stock. Pure: no database, no clock.
// With a sale of the item that day, its price (and cash part, when the sale sets one) stands
// for the catalog's; good credit still pays ceil(sale × 95 %).
Result<RedemptionTerms> redemptionTerms(const CatalogItem &item, const ProgrammeRules &rules, const MemberAtRedemption &member, int quantity,
                                        const QDate &day, const Campaign *sale = nullptr);

// The approved sale of the item on that day, if any (one sale per item at a time).
std::optional<Campaign> saleOf(const QList<Campaign> &live, const QString &itemCode, const QDate &day);

// For the catalog and the counter: "爱眼日特惠 until 2027-06-06: 1,500 points instead of 2,000; a
// point is worth ¥0.13 instead of ¥0.10 (+33 %)".
QString saleDescription(const CatalogItem &item, const Campaign &sale);

// A redemption refused for a reason the member can act on, naming the field it is about.
Error redemptionRefusal(const QString &message, const char *field);
// "… is out of stock" / "Only N of … left in stock": from the terms, and for the desk that
// lost the race for the last unit.
Error outOfStock(const QString &itemName, qint64 left);

// The start (UTC) of the limit period that holds `day`, and of the next one: the caller counts
// what the member already redeemed between them.
QPair<QDateTime, QDateTime> limitPeriodAround(LimitPeriod period, const QDate &day);

} // namespace pd

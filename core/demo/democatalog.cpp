#include "democatalog.h"

#include "core/catalog/catalogservice.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/stores/storeservice.h"

namespace pd {

namespace {
struct DemoItem
{
    const char *code;
    const char16_t *name;
    CatalogCategory category;
    qint64 points;
    qint64 cashFen;
    qint64 retailFen;
    qint64 stock; // −1: unlimited
    int limit;    // 0: none
    LimitPeriod period;
    const char *minTier;
    QDate from, to;
    int earlyDays;
    const char16_t *description;
};

using C = CatalogCategory;
using P = LimitPeriod;
const DemoItem kItems[] = {
    {"OIL5L", u"金龙鱼食用油 5L", C::Daily, 1200, 0, 6990, 200, 2, P::Month, "", {}, {}, 0, u"花生调和油，每月每位会员限兑 2 桶。"},
    {"RICE10", u"东北大米 10kg", C::Daily, 1000, 0, 5990, 300, 2, P::Month, "", {}, {}, 0, u"五常稻花香。"},
    {"DETERGENT", u"洗衣液 3kg", C::Daily, 600, 0, 3290, 500, 0, P::Month, "", {}, {}, 0, u""},
    {"MOONCAKE", u"中秋月饼礼盒", C::GiftBox, 2500, 0, 26800, 100, 1, P::Year, "", QDate(2026, 9, 1), QDate(2026, 10, 8), 7,
     u"信用良好的会员提前 7 天兑换。"},
    {"SPRINGBOX", u"春节年货礼盒", C::GiftBox, 3000, 2000, 39800, 80, 1, P::Year, "", QDate(2027, 1, 10), QDate(2027, 2, 20), 7,
     u"积分 + ¥20 现金；信用良好的会员提前 7 天兑换。"},
    {"CINEMA", u"电影票两张", C::Ticket, 800, 0, 9000, 400, 4, P::Month, "", {}, {}, 0, u"全国影院通兑。"},
    {"LENS", u"眼镜店镜片一副", C::Partner, 2000, 0, 20000, 50, 0, P::Month, "", {}, {}, 0, u"合作眼镜店，价值 ¥200。"},
    {"FRAME", u"眼镜店镜框", C::Partner, 3000, 0, 30000, 30, 0, P::Month, "", {}, {}, 0, u"合作眼镜店，价值 ¥300。"},
    {"EYETEST", u"免费验光", C::Service, 1000, 0, 10000, -1, 1, P::Year, "", {}, {}, 0, u"合作眼镜店提供。"},
    {"BEDDING", u"床上四件套", C::Partner, 3000, 0, 30000, 40, 0, P::Month, "", {}, {}, 0, u"合作家纺店，价值 ¥300。"},
    {"PILLOW", u"乳胶枕", C::Partner, 5000, 0, 50000, 20, 0, P::Month, "silver", {}, {}, 0, u"合作家纺店，价值 ¥500，银卡及以上会员。"},
    {"CURTAIN", u"窗帘清洗", C::Service, 2000, 0, 20000, -1, 0, P::Month, "", {}, {}, 0, u"合作家纺店上门服务。"},
    {"CARSERVICE", u"汽车基础保养", C::Service, 5000, 0, 50000, 30, 0, P::Month, "", {}, {}, 0, u"合作 4S 店，价值 ¥500。"},
    {"TYRE", u"汽车轮胎一条", C::Partner, 10000, 0, 100000, 12, 0, P::Month, "gold", {}, {}, 0, u"合作 4S 店，价值 ¥1,000，金卡及以上会员。"},
    {"CARWASH", u"洗车一次", C::Service, 300, 0, 3000, -1, 4, P::Month, "", {}, {}, 0, u""},
    {"INSURANCE", u"车险抵用券 ¥1,000", C::Voucher, 20000, 0, 100000, 20, 0, P::Month, "", {}, {}, 0, u"续保时抵扣 ¥1,000。"},
    {"PAWSGIFT", u"流浪动物救助捐赠", C::Charity, 500, 0, 5000, -1, 0, P::Month, "", {}, {}, 0, u"每 500 积分，本店捐赠 ¥50 宠物粮。"},
};

// The partner merchants who provide an item, and are paid for it in the settlement.
const QHash<QString, QString> &partnerOfItem()
{
    static const QHash<QString, QString> partners{
        {QStringLiteral("LENS"), QStringLiteral("eyewear")},       {QStringLiteral("FRAME"), QStringLiteral("eyewear")},
        {QStringLiteral("EYETEST"), QStringLiteral("eyewear")},    {QStringLiteral("BEDDING"), QStringLiteral("hometex")},
        {QStringLiteral("PILLOW"), QStringLiteral("hometex")},     {QStringLiteral("CURTAIN"), QStringLiteral("hometex")},
        {QStringLiteral("CARSERVICE"), QStringLiteral("auto4s")},  {QStringLiteral("TYRE"), QStringLiteral("auto4s")},
    };
    return partners;
}
} // namespace

Result<int> addDemoCatalog(Database &db, const Clock &clock, const Session &session)
{
    auto count = sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM catalog_items"));
    if (!count)
        return count.error();
    if (count.value().toLongLong() > 0)
        return 0;
    // a database without the demo's partner stores gets the items as the chain's own
    auto partners = StoreService::partnerCodes(db);
    if (!partners)
        return partners.error();
    CatalogService catalog(db, clock);
    int added = 0;
    for (const DemoItem &d : kItems) {
        CatalogItem item;
        item.code = QLatin1String(d.code);
        item.name = QString::fromUtf16(d.name);
        item.category = d.category;
        item.description = QString::fromUtf16(d.description);
        item.pointsPrice = d.points;
        item.cashFen = d.cashFen;
        item.retailValueFen = d.retailFen;
        if (d.stock >= 0)
            item.stock = d.stock;
        if (d.limit > 0) {
            item.limitQty = d.limit;
            item.limitPeriod = d.period;
        }
        item.minTier = QLatin1String(d.minTier);
        item.activeFrom = d.from;
        item.activeTo = d.to;
        item.earlyAccessDays = d.earlyDays;
        item.status = ItemStatus::Active;
        if (const QString partner = partnerOfItem().value(item.code); partners->contains(partner))
            item.partnerCode = partner;
        auto id = catalog.create(session, item);
        if (!id)
            return id.error();
        ++added;
    }
    return added;
}

} // namespace pd

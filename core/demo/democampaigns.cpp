#include "democampaigns.h"

#include "core/access/session.h"
#include "core/campaigns/campaignservice.h"
#include "core/checkins/checkinservice.h"
#include "core/clock.h"
#include "core/compliance/rulesversions.h"
#include "core/db/database.h"
#include "core/db/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

// A demo login as the acting person, or nothing when the programme has no such login.
std::optional<Session> demoLogin(Database &db, const QString &username)
{
    auto row = sql::run(db.connection(), QStringLiteral("SELECT id, role FROM users WHERE username = ?"), {username});
    if (!row || !row.value().next())
        return std::nullopt;
    Session s;
    s.userId = row.value().value(0).toLongLong();
    s.username = username;
    s.role = roleFromCode(row.value().value(1).toString()).value_or(Role::Cashier);
    row.value().finish();
    return s;
}

QByteArray definitions(const QDate &today, const QString &firstStore)
{
    // 爱眼日 is 6 June: this year's, or next year's once it has passed
    const QDate eyeDay(today.year() + (today > QDate(today.year(), 6, 6) ? 1 : 0), 6, 6);
    const QJsonArray campaigns{
        QJsonObject{{QStringLiteral("code"), QStringLiteral("MKT-DAY")},
                    {QStringLiteral("name"), QString::fromUtf16(u"赶集日双倍积分")},
                    {QStringLiteral("type"), QStringLiteral("multiplier")},
                    {QStringLiteral("from"), today.addDays(-30).toString(Qt::ISODate)},
                    {QStringLiteral("to"), today.addDays(60).toString(Qt::ISODate)},
                    {QStringLiteral("terms"), QString::fromUtf16(u"逢周三、周六赶集日，在本店单笔消费满100元，积分翻倍；活动积分送完即止。")},
                    {QStringLiteral("stores"), QJsonArray{firstStore}},
                    {QStringLiteral("min_amount"), 100},
                    {QStringLiteral("budget_points"), 200000},
                    {QStringLiteral("member_cap_points"), 2000},
                    {QStringLiteral("percent"), 200},
                    {QStringLiteral("weekdays"), QJsonArray{3, 6}}},
        QJsonObject{{QStringLiteral("code"), QStringLiteral("EYE-DAY")},
                    {QStringLiteral("name"), QString::fromUtf16(u"爱眼日特惠")},
                    {QStringLiteral("type"), QStringLiteral("sale")},
                    {QStringLiteral("from"), eyeDay.addDays(-5).toString(Qt::ISODate)},
                    {QStringLiteral("to"), eyeDay.toString(Qt::ISODate)},
                    {QStringLiteral("terms"), QString::fromUtf16(u"爱眼日前后，合作眼镜店镜片一副仅需1500积分（平日2000积分）。")},
                    {QStringLiteral("item"), QStringLiteral("LENS")},
                    {QStringLiteral("points"), 1500}},
        QJsonObject{{QStringLiteral("code"), QStringLiteral("FIRST-ORDER")},
                    {QStringLiteral("name"), QString::fromUtf16(u"首单有礼")},
                    {QStringLiteral("type"), QStringLiteral("first_purchase")},
                    {QStringLiteral("from"), today.toString(Qt::ISODate)},
                    {QStringLiteral("to"), today.addDays(90).toString(Qt::ISODate)},
                    {QStringLiteral("terms"), QString::fromUtf16(u"新会员首次消费满50元，额外赠送50积分，每人限一次。")},
                    {QStringLiteral("min_amount"), 50},
                    {QStringLiteral("points"), 50}},
        QJsonObject{{QStringLiteral("code"), QStringLiteral("DAILY-SIGN")},
                    {QStringLiteral("name"), QString::fromUtf16(u"每日签到")},
                    {QStringLiteral("type"), QStringLiteral("checkin")},
                    {QStringLiteral("from"), today.addDays(-30).toString(Qt::ISODate)},
                    {QStringLiteral("to"), today.addDays(60).toString(Qt::ISODate)},
                    {QStringLiteral("terms"), QString::fromUtf16(u"每天到店或在服务台签到得5积分；连续签到第3天加10分、第7天加50分，7天一轮。每月1张免费补签卡，之后每张20积分，可补签7天内漏签的日子。")},
                    {QStringLiteral("daily_points"), 5},
                    {QStringLiteral("streak_bonus"), QJsonObject{{QStringLiteral("3"), 10}, {QStringLiteral("7"), 50}}},
                    {QStringLiteral("cycle_days"), 7},
                    {QStringLiteral("makeup_free_per_month"), 1},
                    {QStringLiteral("makeup_cost_points"), 20},
                    {QStringLiteral("makeup_window_days"), 7}},
        QJsonObject{{QStringLiteral("code"), QStringLiteral("SPRING-BADGES")},
                    {QStringLiteral("name"), QString::fromUtf16(u"春季积分勋章")},
                    {QStringLiteral("type"), QStringLiteral("badges")},
                    {QStringLiteral("from"), today.addDays(-30).toString(Qt::ISODate)},
                    {QStringLiteral("to"), today.addDays(60).toString(Qt::ISODate)},
                    {QStringLiteral("terms"), QString::fromUtf16(u"活动期间集齐五枚勋章：到店消费5次、购买绿色商品3次、在2种场景消费、加油满500元、连续签到7天，即可到服务台领取年货礼盒一份。")},
                    {QStringLiteral("badges"),
                     QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("VISIT5")}, {QStringLiteral("name"), QString::fromUtf16(u"常来常往")},
                                            {QStringLiteral("rule"), QStringLiteral("visits")}, {QStringLiteral("count"), 5}},
                                QJsonObject{{QStringLiteral("code"), QStringLiteral("GREEN3")}, {QStringLiteral("name"), QString::fromUtf16(u"绿色生活")},
                                            {QStringLiteral("rule"), QStringLiteral("green")}, {QStringLiteral("count"), 3}},
                                QJsonObject{{QStringLiteral("code"), QStringLiteral("MIX2")}, {QStringLiteral("name"), QString::fromUtf16(u"多元消费")},
                                            {QStringLiteral("rule"), QStringLiteral("scenarios")}, {QStringLiteral("count"), 2}},
                                QJsonObject{{QStringLiteral("code"), QStringLiteral("FUEL500")}, {QStringLiteral("name"), QString::fromUtf16(u"加油达人")},
                                            {QStringLiteral("rule"), QStringLiteral("spend")}, {QStringLiteral("amount"), 500},
                                            {QStringLiteral("scenario"), QStringLiteral("fuel")}},
                                QJsonObject{{QStringLiteral("code"), QStringLiteral("STREAK7")}, {QStringLiteral("name"), QString::fromUtf16(u"连签一周")},
                                            {QStringLiteral("rule"), QStringLiteral("streak")}, {QStringLiteral("count"), 7}}}},
                    {QStringLiteral("reward_item"), QStringLiteral("SPRINGBOX")}},
    };
    return QJsonDocument(campaigns).toJson(QJsonDocument::Compact);
}

// A month of check-ins by a few members (the 11th to the 18th, so the first ten keep the plain
// balances the examples and tests start from), for the calendar and the streaks to show: the
// first of them comes every day, the others miss a day now and then.
Status checkInForAMonth(Database &db, const Clock &clock, const Session &desk)
{
    auto rows = sql::run(db.connection(), QStringLiteral("SELECT m.card_no, s.code FROM members m JOIN stores s ON s.id = m.store_id "
                                                         "WHERE m.status = 'active' ORDER BY m.id LIMIT 8 OFFSET 10"));
    if (!rows)
        return rows.error();
    QList<QPair<QString, QString>> members;
    while (rows.value().next())
        members << qMakePair(rows.value().value(0).toString(), rows.value().value(1).toString());
    const QDate today = businessToday(clock);
    CheckinService checkins(db, clock);
    for (int m = 0; m < members.size(); ++m) {
        for (int back = 29; back >= 1; --back) {
            if (m > 0 && (back + m) % (m + 3) == 0)
                continue; // this member missed the day
            CheckinInput in;
            in.storeCode = members.at(m).second;
            in.cardNo = members.at(m).first;
            in.time = QDateTime(today.addDays(-back), QTime(10, 0), programmeTimeZone()).toUTC();
            if (auto out = checkins.post(desk, in); !out)
                return out.error();
        }
    }
    return {};
}

} // namespace

Result<int> addDemoCampaigns(Database &db, const Clock &clock)
{
    auto any = sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM campaigns"));
    if (!any)
        return any.error();
    const auto manager = demoLogin(db, QStringLiteral("campaign")), officer = demoLogin(db, QStringLiteral("compliance"));
    if (any.value().toLongLong() > 0 || !manager || !officer)
        return 0;
    auto store = sql::scalar(db.connection(), QStringLiteral("SELECT MIN(code) FROM stores WHERE partner_code IS NULL OR partner_code = ''"));
    if (!store)
        return store.error();
    CampaignService campaigns(db, clock);
    QList<FieldProblem> problems;
    auto drafts = campaigns.importDrafts(*manager, definitions(businessToday(clock), store.value().toString()), problems);
    if (!drafts)
        return drafts.error();
    for (const Campaign &c : drafts.value()) {
        if (Status s = campaigns.submit(*manager, c.code); !s)
            return s.error();
        if (c.type != CampaignType::FirstPurchase) // left waiting, so the approval queue has one
            if (Status s = campaigns.approve(*officer, c.code); !s)
                return s.error();
    }
    return int(drafts->size());
}

Status addDemoCheckins(Database &db, const Clock &clock)
{
    auto any = sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM checkins"));
    if (!any)
        return any.error();
    const auto desk = demoLogin(db, QStringLiteral("cashier"));
    if (any.value().toLongLong() > 0 || !desk)
        return {};
    return checkInForAMonth(db, clock, *desk);
}

Status addDemoRules(Database &db, const Clock &clock)
{
    auto any = sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM rules_versions"));
    if (!any)
        return any.error();
    const auto officer = demoLogin(db, QStringLiteral("compliance"));
    if (any.value().toLongLong() > 0 || !officer)
        return {};
    RulesVersions rules(db, clock);
    if (Status s = rules.setNote(*officer, RulesSection::General,
                                 QString::fromUtf16(u"本积分计划由示范连锁超市运营，适用于其全部门店及合作商户（眼镜店、家纺店、汽车4S店）。"
                                                    u"会员凭会员卡或手机号累积和使用积分；积分不可兑换现金，不可转让。"));
        !s)
        return s;
    if (Status s = rules.setNote(*officer, RulesSection::PersonalData,
                                 QString::fromUtf16(u"我们仅为积分服务收集姓名、手机号和消费记录；手机号默认隐藏，查看均留痕。"
                                                    u"会员可在服务台申请获取个人信息副本或删除个人信息，我们在15日内答复；拒绝时说明理由。"
                                                    u"咨询与投诉：各门店服务台。"));
        !s)
        return s;
    auto version = rules.save(*officer);
    if (!version)
        return version.error();
    return rules.publish(*officer, version.value(), businessToday(clock));
}

} // namespace pd

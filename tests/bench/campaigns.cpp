#include "campaigns.h"

#include "core/access/session.h"
#include "core/auth/authservice.h"
#include "core/campaigns/campaignservice.h"
#include "core/catalog/catalogservice.h"
#include "core/db/database.h"
#include "core/db/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pd;

namespace {

// Drafted by one bench user and approved by another, through the campaign service.
Status approveAsBench(Database &db, const Clock &clock, const QByteArray &json)
{
    AuthService auth(db, clock, PasswordHasher(PasswordHasher::fastForTests()));
    const Session system = Session::system(QStringLiteral("bench"));
    const auto user = [&](const QString &name, const QString &display, Role role) -> Result<qint64> {
        auto known = sql::scalar(db.connection(), QStringLiteral("SELECT id FROM users WHERE username = ?"), {name});
        if (known && known.value().isValid() && !known.value().isNull())
            return known.value().toLongLong();
        // a password the strength check accepts; nobody logs in with it
        return auth.createUser(system, NewUser{name, display, role, QStringLiteral("Ginkgo-Tram-Harbour-47")});
    };
    auto author = user(QStringLiteral("bench-designer"), QStringLiteral("策划"), Role::CampaignManager);
    auto approver = user(QStringLiteral("bench-officer"), QStringLiteral("合规"), Role::Compliance);
    if (!author)
        return author.error();
    if (!approver)
        return approver.error();
    const Session designer{author.value(), QStringLiteral("bench-designer"), Role::CampaignManager, {}, {}};
    const Session officer{approver.value(), QStringLiteral("bench-officer"), Role::Compliance, {}, {}};
    CampaignService campaigns(db, clock);
    QList<FieldProblem> problems;
    auto drafts = campaigns.importDrafts(designer, json, problems);
    if (!drafts)
        return drafts.error();
    for (const Campaign &c : drafts.value()) {
        if (Status s = campaigns.submit(designer, c.code); !s)
            return s;
        if (Status s = campaigns.approve(officer, c.code); !s)
            return s;
    }
    return {};
}

} // namespace

Status addBenchCheckinCampaign(Database &db, const Clock &clock)
{
    return approveAsBench(db, clock, R"({"code":"BENCH-SIGN","name":"每日签到","type":"checkin","from":"2025-01-01","to":"2027-12-31",
        "terms":"每日签到。","daily_points":5,"streak_bonus":{"3":10,"7":50},"cycle_days":7,"makeup_free_per_month":1,
        "makeup_cost_points":20,"makeup_window_days":7})");
}

Status addBenchBadgeCollections(Database &db, const Clock &clock)
{
    QJsonArray definitions;
    for (int i = 1; i <= 10; ++i) {
        QJsonArray badges{QJsonObject{{QStringLiteral("code"), QStringLiteral("V")}, {QStringLiteral("name"), QStringLiteral("到店")},
                                      {QStringLiteral("rule"), QStringLiteral("visits")}, {QStringLiteral("count"), 5 + i}},
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("G")}, {QStringLiteral("name"), QStringLiteral("绿色")},
                                      {QStringLiteral("rule"), QStringLiteral("green")}, {QStringLiteral("count"), 3}},
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("S")}, {QStringLiteral("name"), QStringLiteral("消费")},
                                      {QStringLiteral("rule"), QStringLiteral("spend")}, {QStringLiteral("amount"), 1000 * i}},
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("K")}, {QStringLiteral("name"), QStringLiteral("连签")},
                                      {QStringLiteral("rule"), QStringLiteral("streak")}, {QStringLiteral("count"), 7}}};
        QJsonObject c{{QStringLiteral("code"), QStringLiteral("BENCH-B%1").arg(i, 2, 10, QLatin1Char('0'))},
                      {QStringLiteral("name"), QStringLiteral("勋章 %1").arg(i)},
                      {QStringLiteral("type"), QStringLiteral("badges")},
                      {QStringLiteral("from"), QStringLiteral("2025-01-01")},
                      {QStringLiteral("to"), QStringLiteral("2027-12-31")},
                      {QStringLiteral("terms"), QStringLiteral("集齐有奖。")},
                      {QStringLiteral("badges"), badges},
                      {QStringLiteral("reward_points"), 100 * i}};
        if (i % 2 == 0)
            c.insert(QStringLiteral("scenarios"), QJsonArray{QStringLiteral("supermarket")});
        definitions.append(c);
    }
    return approveAsBench(db, clock, QJsonDocument(definitions).toJson(QJsonDocument::Compact));
}

Status addBenchCampaigns(Database &db, const Clock &clock)
{
    QJsonArray definitions;
    for (int i = 1; i <= 18; ++i) {
        QJsonObject c{{QStringLiteral("code"), QStringLiteral("BENCH-M%1").arg(i, 2, 10, QLatin1Char('0'))},
                      {QStringLiteral("name"), QStringLiteral("倍数活动 %1").arg(i)},
                      {QStringLiteral("type"), QStringLiteral("multiplier")},
                      {QStringLiteral("from"), QStringLiteral("2025-01-01")},
                      {QStringLiteral("to"), QStringLiteral("2027-12-31")},
                      {QStringLiteral("terms"), QStringLiteral("积分加倍。")},
                      {QStringLiteral("percent"), 110 + 10 * i},
                      {QStringLiteral("budget_points"), 2'000'000'000}};
        if (i % 2 == 0)
            c.insert(QStringLiteral("stores"), QJsonArray{QStringLiteral("NY01")});
        if (i % 3 == 0)
            c.insert(QStringLiteral("scenarios"), QJsonArray{QStringLiteral("supermarket")});
        if (i % 4 == 0)
            c.insert(QStringLiteral("weekdays"), QJsonArray{i % 7 + 1, (i + 3) % 7 + 1});
        if (i % 5 == 0)
            c.insert(QStringLiteral("min_amount"), 50 * i);
        if (i % 6 == 0)
            c.insert(QStringLiteral("member_cap_points"), 500 * i);
        definitions.append(c);
    }
    for (int i = 1; i <= 2; ++i)
        definitions.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("BENCH-F%1").arg(i)},
                                       {QStringLiteral("name"), QStringLiteral("首单 %1").arg(i)},
                                       {QStringLiteral("type"), QStringLiteral("first_purchase")},
                                       {QStringLiteral("from"), QStringLiteral("2025-01-01")},
                                       {QStringLiteral("to"), QStringLiteral("2027-12-31")},
                                       {QStringLiteral("terms"), QStringLiteral("首单送积分。")},
                                       {QStringLiteral("points"), 20 * i},
                                       {QStringLiteral("min_amount"), 10 * i}});
    return approveAsBench(db, clock, QJsonDocument(definitions).toJson(QJsonDocument::Compact));
}

Status addBenchRulesContent(Database &db, const Clock &clock)
{
    CatalogService catalog(db, clock);
    const Session system = Session::system(QStringLiteral("bench"));
    for (int i = 1; i <= 500; ++i) {
        CatalogItem item;
        item.code = QStringLiteral("BENCH-I%1").arg(i, 3, 10, QLatin1Char('0'));
        item.name = QStringLiteral("兑换商品 %1").arg(i);
        item.category = allCatalogCategories().at(i % allCatalogCategories().size());
        item.pointsPrice = 500 + 10 * i;
        item.retailValueFen = item.pointsPrice * 10;
        item.status = ItemStatus::Active;
        if (i % 3 == 0)
            item.limitQty = 2;
        if (i % 5 == 0)
            item.stock = 100;
        if (auto id = catalog.create(system, item); !id)
            return id.error();
    }
    QJsonArray sales;
    for (int i = 1; i <= 50; ++i)
        sales.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("BENCH-S%1").arg(i, 2, 10, QLatin1Char('0'))},
                                 {QStringLiteral("name"), QStringLiteral("兑换特惠 %1").arg(i)},
                                 {QStringLiteral("type"), QStringLiteral("sale")},
                                 {QStringLiteral("from"), QStringLiteral("2025-01-01")},
                                 {QStringLiteral("to"), QStringLiteral("2027-12-31")},
                                 {QStringLiteral("item"), QStringLiteral("BENCH-I%1").arg(i, 3, 10, QLatin1Char('0'))},
                                 {QStringLiteral("points"), 400 + 10 * i},
                                 {QStringLiteral("terms"), QStringLiteral("特惠期间仅需%1积分。").arg(400 + 10 * i)}});
    return approveAsBench(db, clock, QJsonDocument(sales).toJson(QJsonDocument::Compact));
}

Status addBenchSharedBudgetCampaign(Database &db, const Clock &clock, const QString &store, qint64 budgetPoints)
{
    const QJsonObject c{{QStringLiteral("code"), QStringLiteral("BENCH-SHARED")},
                        {QStringLiteral("name"), QStringLiteral("赶集日三倍积分")},
                        {QStringLiteral("type"), QStringLiteral("multiplier")},
                        {QStringLiteral("from"), QStringLiteral("2025-01-01")},
                        {QStringLiteral("to"), QStringLiteral("2027-12-31")},
                        {QStringLiteral("terms"), QStringLiteral("赶集日三倍积分，送完即止。")},
                        // above measure 8's multipliers (up to 290 %): the best one is the one applied
                        {QStringLiteral("percent"), 300},
                        {QStringLiteral("stores"), QJsonArray{store}},
                        {QStringLiteral("budget_points"), budgetPoints}};
    return approveAsBench(db, clock, QJsonDocument(QJsonArray{c}).toJson(QJsonDocument::Compact));
}

#include "rulesdocument.h"

#include "core/access/session.h"
#include "core/campaigns/campaignservice.h"
#include "core/catalog/catalogservice.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/enumcodes.h"
#include "core/members/member.h"
#include "core/pointsmath.h"
#include "core/redemption/redemptioncancel.h"
#include "core/rules/programmerules.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace pd {

namespace {

RulesFact makeFact(RulesSection section, const QString &key, const QJsonObject &values = {})
{
    return RulesFact{section, key, values};
}

// The largest share of a bill points may pay, asked of the check the till applies rather than
// copied from it: the largest whole yuan of a ¥100 bill that checkDeduction accepts.
int maxDeductionPct(qint64 pointValueFen)
{
    if (pointValueFen <= 0)
        return 0;
    int best = 0;
    for (int yuan = 1; yuan <= 100; ++yuan) {
        const qint64 fen = yuan * 100;
        if (fen % pointValueFen != 0)
            continue;
        const qint64 pointsUsed = fen / pointValueFen;
        if (points::checkDeduction(pointsUsed, 10'000 - fen, pointValueFen, pointsUsed))
            best = yuan;
    }
    return best;
}

QString dateText(const QString &iso)
{
    return iso.isEmpty() ? QString() : iso;
}

QString yuanText(qint64 fen)
{
    return QStringLiteral("¥") + points::displayYuan(fen);
}

QString expiryText(const QString &policyText)
{
    auto policy = points::ExpiryPolicy::parse(policyText);
    if (!policy)
        return policyText;
    switch (policy->kind) {
    case points::ExpiryPolicy::Kind::Annual:
        return QCoreApplication::translate("pd::RulesDocument", "Points earned in a calendar year can be used until the end of 31 December of the "
                                                     "following year; then they expire.");
    case points::ExpiryPolicy::Kind::Rolling:
        return QCoreApplication::translate("pd::RulesDocument", "Points can be used until the end of the month %1 months after the month they were "
                                                     "earned in; then they expire.")
            .arg(policy->months);
    case points::ExpiryPolicy::Kind::Never:
        return QCoreApplication::translate("pd::RulesDocument", "Points do not expire.");
    }
    return policyText;
}

QStringList campaignLines(const QJsonObject &v)
{
    const auto type = campaignTypeFromCode(v.value(QStringLiteral("type")).toString());
    QStringList lines;
    lines << QCoreApplication::translate("pd::RulesDocument", "%1 (%2), from %3 to %4.")
                 .arg(v.value(QStringLiteral("name")).toString(), type ? campaignTypeName(*type) : v.value(QStringLiteral("type")).toString(),
                      v.value(QStringLiteral("from")).toString(), v.value(QStringLiteral("to")).toString());
    if (v.contains(QStringLiteral("percent")))
        lines << QCoreApplication::translate("pd::RulesDocument", "Points are multiplied by %1 %.").arg(v.value(QStringLiteral("percent")).toInt());
    if (v.contains(QStringLiteral("points")))
        lines << (type == CampaignType::Sale
                      ? QCoreApplication::translate("pd::RulesDocument", "Item %1 costs %2 points during the sale.")
                            .arg(v.value(QStringLiteral("item")).toString(), points::displayPoints(v.value(QStringLiteral("points")).toInteger()))
                      : QCoreApplication::translate("pd::RulesDocument", "Bonus: %1 points.").arg(points::displayPoints(v.value(QStringLiteral("points")).toInteger())));
    if (v.contains(QStringLiteral("daily_points"))) {
        lines << QCoreApplication::translate("pd::RulesDocument", "Check in once a day for %1 points.")
                     .arg(points::displayPoints(v.value(QStringLiteral("daily_points")).toInteger()));
        const QJsonObject streak = v.value(QStringLiteral("streak_bonus")).toObject();
        QStringList days = streak.keys();
        std::sort(days.begin(), days.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
        for (const QString &day : days)
            lines << QCoreApplication::translate("pd::RulesDocument", "On day %1 in a row: %2 extra points.")
                         .arg(day, points::displayPoints(streak.value(day).toInteger()));
        if (v.value(QStringLiteral("makeup_window")).toInt() > 0)
            lines << QCoreApplication::translate("pd::RulesDocument", "A missed day of the last %1 days can be made up: %2 free make-up "
                                                                      "cards a month, then %3 points a card.")
                         .arg(v.value(QStringLiteral("makeup_window")).toInt())
                         .arg(v.value(QStringLiteral("makeup_free")).toInt())
                         .arg(points::displayPoints(v.value(QStringLiteral("makeup_cost")).toInteger()));
    }
    if (v.contains(QStringLiteral("badges"))) {
        const qint64 reward = v.value(QStringLiteral("reward_points")).toInteger();
        const QString item = v.value(QStringLiteral("reward_item")).toString();
        QStringList rewards;
        if (reward > 0)
            rewards << QCoreApplication::translate("pd::RulesDocument", "%1 points").arg(points::displayPoints(reward));
        if (!item.isEmpty())
            rewards << QCoreApplication::translate("pd::RulesDocument", "the prize %1, collected at the service desk").arg(item);
        lines << QCoreApplication::translate("pd::RulesDocument", "Collect all %1 badges to receive %2.")
                     .arg(v.value(QStringLiteral("badges")).toInt())
                     .arg(rewards.join(QStringLiteral(" + ")));
    }
    if (v.contains(QStringLiteral("min_amount_fen")))
        lines << QCoreApplication::translate("pd::RulesDocument", "On receipts of at least %1.").arg(yuanText(v.value(QStringLiteral("min_amount_fen")).toInteger()));
    const QString terms = v.value(QStringLiteral("terms")).toString();
    if (!terms.isEmpty())
        lines << QCoreApplication::translate("pd::RulesDocument", "Terms: %1").arg(terms);
    return lines;
}

QStringList itemLines(const QJsonObject &v)
{
    QStringList lines;
    const auto category = categoryFromCode(v.value(QStringLiteral("category")).toString());
    const qint64 cash = v.value(QStringLiteral("cash_fen")).toInteger();
    const QString price = cash > 0 ? QCoreApplication::translate("pd::RulesDocument", "%1 points + %2")
                                         .arg(points::displayPoints(v.value(QStringLiteral("points")).toInteger()), yuanText(cash))
                                   : QCoreApplication::translate("pd::RulesDocument", "%1 points").arg(points::displayPoints(v.value(QStringLiteral("points")).toInteger()));
    lines << QCoreApplication::translate("pd::RulesDocument", "%1 (%2, %3): %4; retail value %5.")
                 .arg(v.value(QStringLiteral("name")).toString(), v.value(QStringLiteral("code")).toString(),
                      category ? categoryName(*category) : QString(), price, yuanText(v.value(QStringLiteral("retail_fen")).toInteger()));
    if (v.contains(QStringLiteral("limit"))) {
        const auto period = limitPeriodFromCode(v.value(QStringLiteral("period")).toString());
        lines << QCoreApplication::translate("pd::RulesDocument", "At most %1 per member %2.")
                     .arg(v.value(QStringLiteral("limit")).toInt())
                     .arg(period ? limitPeriodName(*period) : QString());
    }
    if (v.contains(QStringLiteral("min_tier")))
        lines << QCoreApplication::translate("pd::RulesDocument", "For %1 members and above.").arg(tierName(v.value(QStringLiteral("min_tier")).toString()));
    const QString from = dateText(v.value(QStringLiteral("from")).toString()), to = dateText(v.value(QStringLiteral("to")).toString());
    if (!from.isEmpty() || !to.isEmpty())
        lines << QCoreApplication::translate("pd::RulesDocument", "On offer from %1 to %2.")
                     .arg(from.isEmpty() ? QCoreApplication::translate("pd::RulesDocument", "now") : from, to.isEmpty() ? QCoreApplication::translate("pd::RulesDocument", "further notice") : to);
    if (v.value(QStringLiteral("limited_stock")).toBool())
        lines << QCoreApplication::translate("pd::RulesDocument", "While stock lasts.");
    return lines;
}

} // namespace

QList<RulesSection> allRulesSections()
{
    return {RulesSection::General,  RulesSection::Earning, RulesSection::Tiers,     RulesSection::Redemption, RulesSection::Expiry,
            RulesSection::Returns, RulesSection::Campaigns, RulesSection::Catalog, RulesSection::PersonalData};
}

QString rulesSectionCode(RulesSection section)
{
    switch (section) {
    case RulesSection::General: return QStringLiteral("general");
    case RulesSection::Earning: return QStringLiteral("earning");
    case RulesSection::Tiers: return QStringLiteral("tiers");
    case RulesSection::Redemption: return QStringLiteral("redemption");
    case RulesSection::Expiry: return QStringLiteral("expiry");
    case RulesSection::Returns: return QStringLiteral("returns");
    case RulesSection::Campaigns: return QStringLiteral("campaigns");
    case RulesSection::Catalog: return QStringLiteral("catalog");
    case RulesSection::PersonalData: return QStringLiteral("personal_data");
    }
    return {};
}

std::optional<RulesSection> rulesSectionFromCode(const QString &code)
{
    return enumFromCode(code, allRulesSections(), rulesSectionCode);
}

QString rulesSectionTitle(RulesSection section)
{
    switch (section) {
    case RulesSection::General: return QCoreApplication::translate("pd::RulesDocument", "General");
    case RulesSection::Earning: return QCoreApplication::translate("pd::RulesDocument", "Earning points");
    case RulesSection::Tiers: return QCoreApplication::translate("pd::RulesDocument", "Member tiers");
    case RulesSection::Redemption: return QCoreApplication::translate("pd::RulesDocument", "Using points");
    case RulesSection::Expiry: return QCoreApplication::translate("pd::RulesDocument", "Validity of points");
    case RulesSection::Returns: return QCoreApplication::translate("pd::RulesDocument", "Returns and corrections");
    case RulesSection::Campaigns: return QCoreApplication::translate("pd::RulesDocument", "Campaigns");
    case RulesSection::Catalog: return QCoreApplication::translate("pd::RulesDocument", "Redemption catalog");
    case RulesSection::PersonalData: return QCoreApplication::translate("pd::RulesDocument", "Personal data and questions");
    }
    return {};
}

bool rulesSectionNeedsNote(RulesSection section)
{
    return section == RulesSection::General || section == RulesSection::PersonalData;
}

const RulesFact *RulesDocument::fact(const QString &key) const
{
    for (const RulesFact &f : facts)
        if (f.key == key)
            return &f;
    return nullptr;
}

QList<RulesFact> RulesDocument::factsOf(RulesSection section) const
{
    QList<RulesFact> out;
    for (const RulesFact &f : facts)
        if (f.section == section)
            out << f;
    return out;
}

bool RulesDocument::sameContent(const RulesDocument &other) const
{
    return facts == other.facts && notes == other.notes;
}

QJsonObject RulesDocument::toJson() const
{
    QJsonArray factArray;
    for (const RulesFact &f : facts)
        factArray.append(QJsonObject{{QStringLiteral("section"), rulesSectionCode(f.section)},
                                     {QStringLiteral("key"), f.key},
                                     {QStringLiteral("values"), f.values}});
    QJsonObject noteObject;
    for (auto it = notes.cbegin(); it != notes.cend(); ++it)
        noteObject.insert(rulesSectionCode(it.key()), it.value());
    return {{QStringLiteral("built_on"), builtOn.toString(Qt::ISODate)},
            {QStringLiteral("facts"), factArray},
            {QStringLiteral("notes"), noteObject}};
}

Result<RulesDocument> RulesDocument::fromJson(const QJsonObject &object)
{
    const auto damaged = [] {
        return makeError(ErrorCode::Database, QCoreApplication::translate("pd::RulesDocument", "A stored version of the rules cannot be read."));
    };
    RulesDocument doc;
    doc.builtOn = QDate::fromString(object.value(QStringLiteral("built_on")).toString(), Qt::ISODate);
    for (const QJsonValue &value : object.value(QStringLiteral("facts")).toArray()) {
        const QJsonObject f = value.toObject();
        const auto section = rulesSectionFromCode(f.value(QStringLiteral("section")).toString());
        if (!section || f.value(QStringLiteral("key")).toString().isEmpty())
            return damaged();
        doc.facts << RulesFact{*section, f.value(QStringLiteral("key")).toString(), f.value(QStringLiteral("values")).toObject()};
    }
    const QJsonObject noteObject = object.value(QStringLiteral("notes")).toObject();
    for (auto it = noteObject.constBegin(); it != noteObject.constEnd(); ++it) {
        const auto section = rulesSectionFromCode(it.key());
        if (!section)
            return damaged();
        doc.notes.insert(*section, it.value().toString());
    }
    return doc;
}

namespace rules {

Result<RulesDocument> buildLive(Database &db, const Clock &clock, const Session &session)
{
    auto programme = ProgrammeRules::load(db);
    if (!programme)
        return programme.error();
    const ProgrammeRules &p = programme.value();
    RulesDocument doc;
    doc.builtOn = businessToday(clock);

    for (auto it = p.ratePer100.cbegin(); it != p.ratePer100.cend(); ++it) {
        QJsonObject values{{QStringLiteral("rate"), it.value()}};
        // a name of its own is part of what members are told (a partner merchant's name)
        if (p.ownNames.contains(it.key()))
            values.insert(QStringLiteral("name"), p.ownNames.value(it.key()));
        doc.facts << makeFact(RulesSection::Earning, QStringLiteral("rate:") + it.key(), values);
    }
    doc.facts << makeFact(RulesSection::Earning, QStringLiteral("green_rate"), {{QStringLiteral("rate"), p.greenRatePer100}});
    for (CreditStanding c : {CreditStanding::Good, CreditStanding::Normal, CreditStanding::Restricted})
        doc.facts << makeFact(RulesSection::Earning, QStringLiteral("credit:") + creditCode(c), {{QStringLiteral("pct"), ProgrammeRules::creditPct(c)}});

    for (const Tier &t : p.tiers)
        doc.facts << makeFact(RulesSection::Tiers, QStringLiteral("tier:") + t.code,
                              {{QStringLiteral("rank"), t.rank},
                               {QStringLiteral("threshold_fen"), t.thresholdFen},
                               {QStringLiteral("multiplier_pct"), t.multiplierPct},
                               {QStringLiteral("perks"), t.perks}});
    doc.facts << makeFact(RulesSection::Tiers, QStringLiteral("tier_review"));

    doc.facts << makeFact(RulesSection::Redemption, QStringLiteral("point_value"), {{QStringLiteral("fen"), p.pointValueFen}});
    doc.facts << makeFact(RulesSection::Redemption, QStringLiteral("deduction"), {{QStringLiteral("max_pct"), maxDeductionPct(p.pointValueFen)}});
    doc.facts << makeFact(RulesSection::Redemption, QStringLiteral("good_credit_price"),
                          {{QStringLiteral("pct"), points::redemptionPrice(100, true)}});

    doc.facts << makeFact(RulesSection::Expiry, QStringLiteral("expiry"), {{QStringLiteral("policy"), p.expiry.toString()}});
    doc.facts << makeFact(RulesSection::Expiry, QStringLiteral("refund_lot"), {{QStringLiteral("days"), RedemptionCancelService::kNewLotDays}});

    doc.facts << makeFact(RulesSection::Returns, QStringLiteral("returns"));
    doc.facts << makeFact(RulesSection::Returns, QStringLiteral("adjust_threshold"), {{QStringLiteral("points"), p.adjustThreshold}});

    auto campaigns = CampaignService(db, clock).campaigns(session);
    if (!campaigns)
        return campaigns.error();
    for (const Campaign &c : campaigns.value()) {
        if (c.status != CampaignStatus::Approved || c.to < doc.builtOn)
            continue; // only what is promised today or later
        QJsonObject v{{QStringLiteral("name"), c.name},
                      {QStringLiteral("type"), campaignTypeCode(c.type)},
                      {QStringLiteral("from"), c.from.toString(Qt::ISODate)},
                      {QStringLiteral("to"), c.to.toString(Qt::ISODate)},
                      {QStringLiteral("terms"), c.terms}};
        if (c.type == CampaignType::Multiplier)
            v.insert(QStringLiteral("percent"), c.percent);
        if (c.type == CampaignType::Welcome || c.type == CampaignType::FirstPurchase || c.type == CampaignType::Sale)
            v.insert(QStringLiteral("points"), c.points);
        if (c.type == CampaignType::Sale)
            v.insert(QStringLiteral("item"), c.item);
        if (c.minAmountFen)
            v.insert(QStringLiteral("min_amount_fen"), *c.minAmountFen);
        if (c.type == CampaignType::Checkin) {
            QJsonObject streak;
            for (auto it = c.checkin.streakBonus.cbegin(); it != c.checkin.streakBonus.cend(); ++it)
                streak.insert(QString::number(it.key()), it.value());
            v.insert(QStringLiteral("daily_points"), c.checkin.dailyPoints);
            v.insert(QStringLiteral("streak_bonus"), streak);
            v.insert(QStringLiteral("makeup_free"), c.checkin.makeupFreePerMonth);
            v.insert(QStringLiteral("makeup_cost"), c.checkin.makeupCostPoints);
            v.insert(QStringLiteral("makeup_window"), c.checkin.makeupWindowDays);
        }
        if (c.type == CampaignType::Badges) {
            v.insert(QStringLiteral("badges"), c.badgeSet.badges.size());
            v.insert(QStringLiteral("reward_points"), c.badgeSet.rewardPoints);
            v.insert(QStringLiteral("reward_item"), c.badgeSet.rewardItem);
        }
        doc.facts << makeFact(RulesSection::Campaigns, QStringLiteral("campaign:") + c.code, v);
    }

    auto items = CatalogService(db, clock).items(session);
    if (!items)
        return items.error();
    for (const CatalogItem &item : items.value()) {
        if (item.status != ItemStatus::Active || (item.activeTo.isValid() && item.activeTo < doc.builtOn))
            continue;
        QJsonObject v{{QStringLiteral("code"), item.code},
                      {QStringLiteral("name"), item.name},
                      {QStringLiteral("category"), categoryCode(item.category)},
                      {QStringLiteral("points"), item.pointsPrice},
                      {QStringLiteral("cash_fen"), item.cashFen},
                      {QStringLiteral("retail_fen"), item.retailValueFen}};
        if (item.limitQty) {
            v.insert(QStringLiteral("limit"), *item.limitQty);
            v.insert(QStringLiteral("period"), limitPeriodCode(item.limitPeriod));
        }
        if (!item.minTier.isEmpty())
            v.insert(QStringLiteral("min_tier"), item.minTier);
        if (item.activeFrom.isValid())
            v.insert(QStringLiteral("from"), item.activeFrom.toString(Qt::ISODate));
        if (item.activeTo.isValid())
            v.insert(QStringLiteral("to"), item.activeTo.toString(Qt::ISODate));
        if (item.stock)
            v.insert(QStringLiteral("limited_stock"), true);
        doc.facts << makeFact(RulesSection::Catalog, QStringLiteral("item:") + item.code, v);
    }

    auto notes = savedNotes(db);
    if (!notes)
        return notes.error();
    doc.notes = notes.value();
    return doc;
}

Result<QMap<RulesSection, QString>> savedNotes(Database &db)
{
    auto rows = sql::run(db.connection(), QStringLiteral("SELECT section, note FROM rules_notes"));
    if (!rows)
        return rows.error();
    QMap<RulesSection, QString> notes;
    while (rows.value().next())
        if (const auto section = rulesSectionFromCode(rows->value(0).toString()))
            notes.insert(*section, rows->value(1).toString());
    return notes;
}

QStringList factLines(const RulesFact &fact)
{
    const QJsonObject &v = fact.values;
    const QString key = fact.key;
    if (key.startsWith(QLatin1String("rate:")))
        return {QCoreApplication::translate("pd::RulesDocument", "%1: %2 points for every ¥100 paid.")
                    .arg(scenarioName(key.mid(5), v.value(QStringLiteral("name")).toString()),
                         points::displayPoints(v.value(QStringLiteral("rate")).toInteger()))};
    if (key == QLatin1String("green_rate"))
        return {QCoreApplication::translate("pd::RulesDocument", "Green goods earn %1 extra green points for every ¥100 paid for them.")
                    .arg(points::displayPoints(v.value(QStringLiteral("rate")).toInteger()))};
    if (key.startsWith(QLatin1String("credit:"))) {
        const auto credit = creditFromCode(key.mid(7));
        return {QCoreApplication::translate("pd::RulesDocument", "Members whose credit standing is \"%1\" earn %2 % of the points.")
                    .arg(credit ? creditName(*credit) : key.mid(7))
                    .arg(v.value(QStringLiteral("pct")).toInt())};
    }
    if (key.startsWith(QLatin1String("tier:"))) {
        const qint64 threshold = v.value(QStringLiteral("threshold_fen")).toInteger();
        QStringList lines{threshold > 0 ? QCoreApplication::translate("pd::RulesDocument", "%1: from %2 spent in the last 12 months; earns %3 % of the points.")
                                              .arg(tierName(key.mid(5)), yuanText(threshold))
                                              .arg(v.value(QStringLiteral("multiplier_pct")).toInt())
                                        : QCoreApplication::translate("pd::RulesDocument", "%1: every member; earns %2 % of the points.")
                                              .arg(tierName(key.mid(5)))
                                              .arg(v.value(QStringLiteral("multiplier_pct")).toInt())};
        if (const QString perks = v.value(QStringLiteral("perks")).toString(); !perks.isEmpty())
            lines << QCoreApplication::translate("pd::RulesDocument", "%1 perks: %2").arg(tierName(key.mid(5)), perks);
        return lines;
    }
    if (key == QLatin1String("tier_review"))
        return {QCoreApplication::translate("pd::RulesDocument", "A receipt raises the tier as soon as the spend reaches the next threshold (that receipt still earns at the old tier). "
                   "Returns never lower the tier at once: the monthly review lowers it by one tier at most.")};
    if (key == QLatin1String("point_value"))
        return {QCoreApplication::translate("pd::RulesDocument", "A point is worth %1 when it pays part of a bill.").arg(yuanText(v.value(QStringLiteral("fen")).toInteger()))};
    if (key == QLatin1String("deduction"))
        return {QCoreApplication::translate("pd::RulesDocument", "Points can pay whole yuan only, at most %1 % of a bill, and never more than the balance.")
                    .arg(v.value(QStringLiteral("max_pct")).toInt())};
    if (key == QLatin1String("good_credit_price"))
        return {QCoreApplication::translate("pd::RulesDocument", "Members in good credit standing pay %1 % of an item's points price (rounded up) and "
                                                      "may redeem limited items early.")
                    .arg(v.value(QStringLiteral("pct")).toInt())};
    if (key == QLatin1String("expiry"))
        return {expiryText(v.value(QStringLiteral("policy")).toString()),
                QCoreApplication::translate("pd::RulesDocument", "Points are used in the order they expire.")};
    if (key == QLatin1String("refund_lot"))
        return {QCoreApplication::translate("pd::RulesDocument", "Points given back for a cancelled redemption keep their validity; points that "
                                                      "expired meanwhile can be used for at least %1 days more.")
                    .arg(v.value(QStringLiteral("days")).toInt())};
    if (key == QLatin1String("returns"))
        return {QCoreApplication::translate("pd::RulesDocument", "A return takes back the points of the returned part of the receipt, in proportion to the amount returned. When "
                   "the balance is too small the difference is owed and repaid from later points.")};
    if (key == QLatin1String("adjust_threshold"))
        return {QCoreApplication::translate("pd::RulesDocument", "Staff correct points only with a written reason; corrections above %1 points need "
                                                      "the approval of a second person.")
                    .arg(points::displayPoints(v.value(QStringLiteral("points")).toInteger()))};
    if (key.startsWith(QLatin1String("campaign:")))
        return campaignLines(v);
    if (key.startsWith(QLatin1String("item:")))
        return itemLines(v);
    return {key};
}

} // namespace rules
} // namespace pd

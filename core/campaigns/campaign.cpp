#include "campaign.h"

#include <QJsonDocument>

#include "core/pointsmath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace pd {

namespace {

// Only for texts marked with QT_TRANSLATE_NOOP("pd::Campaign", …)
QString say(const char *text) { return QCoreApplication::translate("pd::Campaign", text); }

struct TypeRow
{
    CampaignType type;
    const char *code;
    const char *name;
};
const TypeRow kTypes[] = {
    {CampaignType::Multiplier, "multiplier", QT_TRANSLATE_NOOP("pd::Campaign", "Points multiplier")},
    {CampaignType::Welcome, "welcome", QT_TRANSLATE_NOOP("pd::Campaign", "Welcome points")},
    {CampaignType::FirstPurchase, "first_purchase", QT_TRANSLATE_NOOP("pd::Campaign", "First-purchase bonus")},
    {CampaignType::Sale, "sale", QT_TRANSLATE_NOOP("pd::Campaign", "Redemption sale")},
    {CampaignType::Checkin, "checkin", QT_TRANSLATE_NOOP("pd::Campaign", "Daily check-in")},
    {CampaignType::Badges, "badges", QT_TRANSLATE_NOOP("pd::Campaign", "Badge collection")},
};

struct StatusRow
{
    CampaignStatus status;
    const char *code;
    const char *name;
};
const StatusRow kStatuses[] = {
    {CampaignStatus::Draft, "draft", QT_TRANSLATE_NOOP("pd::Campaign", "Draft")},
    {CampaignStatus::Submitted, "submitted", QT_TRANSLATE_NOOP("pd::Campaign", "Waiting for approval")},
    {CampaignStatus::Approved, "approved", QT_TRANSLATE_NOOP("pd::Campaign", "Approved")},
    {CampaignStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("pd::Campaign", "Rejected")},
    {CampaignStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("pd::Campaign", "Cancelled")},
    {CampaignStatus::Superseded, "superseded", QT_TRANSLATE_NOOP("pd::Campaign", "Replaced by a newer version")},
};

const QSet<QString> kKnownFields = {
    QStringLiteral("code"),       QStringLiteral("name"),       QStringLiteral("type"),      QStringLiteral("from"),
    QStringLiteral("to"),         QStringLiteral("terms"),      QStringLiteral("stores"),    QStringLiteral("scenarios"),
    QStringLiteral("tiers"),      QStringLiteral("min_amount"), QStringLiteral("budget_points"),
    QStringLiteral("member_cap_points"), QStringLiteral("percent"), QStringLiteral("weekdays"), QStringLiteral("month_days"),
    QStringLiteral("dates"),      QStringLiteral("points"),     QStringLiteral("item"),      QStringLiteral("cash"),
    QStringLiteral("daily_points"), QStringLiteral("streak_bonus"), QStringLiteral("cycle_days"),
    QStringLiteral("makeup_free_per_month"), QStringLiteral("makeup_cost_points"), QStringLiteral("makeup_window_days"),
    QStringLiteral("badges"), QStringLiteral("reward_points"), QStringLiteral("reward_item"),
};

const struct
{
    BadgeRuleKind kind;
    const char *code;
} kBadgeRules[] = {{BadgeRuleKind::Visits, "visits"}, {BadgeRuleKind::Green, "green"}, {BadgeRuleKind::Scenarios, "scenarios"},
                   {BadgeRuleKind::Spend, "spend"}, {BadgeRuleKind::Streak, "streak"}};

// Reads one object's fields, collecting a problem per bad field rather than stopping at the first.
class FieldReader
{
public:
    FieldReader(const QJsonObject &o, QList<FieldProblem> &problems) : m_o(o), m_problems(problems) {}

    void problem(const QString &field, const QString &reason) { m_problems << FieldProblem{field, reason}; }

    QString text(const char *field, bool required)
    {
        const QJsonValue v = m_o.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(QLatin1String(field), say(QT_TRANSLATE_NOOP("pd::Campaign", "is missing")));
            return {};
        }
        if (!v.isString()) {
            problem(QLatin1String(field), say(QT_TRANSLATE_NOOP("pd::Campaign", "must be text")));
            return {};
        }
        const QString t = v.toString().trimmed();
        if (required && t.isEmpty()) // "to": "" is as missing as no "to" (found by fuzz_campaigns)
            problem(QLatin1String(field), say(QT_TRANSLATE_NOOP("pd::Campaign", "is missing")));
        return t;
    }

    QDate date(const char *field)
    {
        const QString t = text(field, true);
        if (t.isEmpty())
            return {};
        return dateOf(field, t);
    }

    // "YYYY-MM-DD" and nothing else, or a problem of the field.
    QDate dateOf(const char *field, const QString &t)
    {
        const QDate d = t.size() == 10 ? QDate::fromString(t, Qt::ISODate) : QDate();
        if (!d.isValid())
            problem(QLatin1String(field), say(QT_TRANSLATE_NOOP("pd::Campaign", "is not a date YYYY-MM-DD: %1")).arg(t));
        return d;
    }

    // A list of such dates; nothing when absent.
    QList<QDate> dates(const char *field)
    {
        const QJsonValue v = m_o.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            problem(QLatin1String(field), say(QT_TRANSLATE_NOOP("pd::Campaign", "must be a list of dates")));
            return {};
        }
        QList<QDate> out;
        for (const QJsonValue &e : v.toArray())
            if (const QDate d = dateOf(field, e.toString()); d.isValid())
                out << d;
        return out;
    }

    QStringList codes(const char *field)
    {
        const QJsonValue v = m_o.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            problem(QLatin1String(field), say(QT_TRANSLATE_NOOP("pd::Campaign", "must be a list of codes")));
            return {};
        }
        QStringList out;
        for (const QJsonValue &e : v.toArray()) {
            if (!e.isString() || e.toString().trimmed().isEmpty()) {
                problem(QLatin1String(field), say(QT_TRANSLATE_NOOP("pd::Campaign", "must be a list of codes")));
                return {};
            }
            out << e.toString().trimmed();
        }
        return out;
    }

    // A whole number in [min, max]; nothing when absent (a problem when it is required).
    std::optional<qint64> whole(const char *field, qint64 min, qint64 max, bool required = false)
    {
        const QJsonValue v = m_o.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(QLatin1String(field), say(QT_TRANSLATE_NOOP("pd::Campaign", "is missing")));
            return std::nullopt;
        }
        const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!v.isDouble() || d != std::floor(d) || d < double(min) || d > double(max)) {
            problem(QLatin1String(field), say(QT_TRANSLATE_NOOP("pd::Campaign", "must be a whole number from %1 to %2")).arg(min).arg(max));
            return std::nullopt;
        }
        return qint64(d);
    }

    QList<int> wholeList(const char *field, int min, int max)
    {
        const QJsonValue v = m_o.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull())
            return {};
        QList<int> out;
        const QJsonArray items = v.toArray();
        for (const QJsonValue &e : items) {
            const double d = e.toDouble(-1);
            if (!e.isDouble() || d != std::floor(d) || d < min || d > max)
                break;
            out << int(d);
        }
        if (!v.isArray() || out.size() != items.size()) {
            problem(QLatin1String(field), say(QT_TRANSLATE_NOOP("pd::Campaign", "must be a list of whole numbers from %1 to %2")).arg(min).arg(max));
            return {};
        }
        return out;
    }

    // {"3": 10, "7": 50}: streak positions 1–366, each with 1 to 1,000,000 bonus points.
    QMap<int, qint64> positionPoints(const char *field)
    {
        const QJsonValue v = m_o.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject()) {
            problem(QLatin1String(field), say(QT_TRANSLATE_NOOP("pd::Campaign", "must map streak days to points, as {\"3\": 10, \"7\": 50}")));
            return {};
        }
        QMap<int, qint64> out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool ok = false;
            const int position = it.key().toInt(&ok);
            const double points = it.value().toDouble(-1);
            if (!ok || position < 1 || position > 366 || !it.value().isDouble() || points != std::floor(points) || points < 1 || points > 1'000'000) {
                problem(QLatin1String(field), say(QT_TRANSLATE_NOOP("pd::Campaign", "must map streak days 1–366 to 1 to 1,000,000 points: \"%1\"")).arg(it.key()));
                return {};
            }
            out.insert(position, qint64(points));
        }
        return out;
    }

    // The badges of a collection, each problem named "badges" with the badge it is about.
    QList<BadgeRule> badges(const char *field)
    {
        const QJsonValue v = m_o.value(QLatin1String(field));
        if (!v.isArray() || v.toArray().isEmpty() || v.toArray().size() > 20) {
            problem(QLatin1String(field), say(QT_TRANSLATE_NOOP("pd::Campaign", "must list 1 to 20 badges")));
            return {};
        }
        static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9-]{1,16}\\z"));
        QList<BadgeRule> out;
        QSet<QString> codes;
        const QJsonArray items = v.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject o = items.at(i).toObject();
            BadgeRule b;
            b.code = o.value(QStringLiteral("code")).toString().trimmed();
            b.name = o.value(QStringLiteral("name")).toString().trimmed();
            const QString where = b.code.isEmpty() ? QString::number(i + 1) : b.code;
            const auto bad = [&](const QString &reason) { problem(QLatin1String(field), QStringLiteral("%1: %2").arg(where, reason)); };
            if (!codePattern.match(b.code).hasMatch() || codes.contains(b.code))
                bad(say(QT_TRANSLATE_NOOP("pd::Campaign", "each badge has its own code of 1 to 16 capital letters, digits or hyphens")));
            codes.insert(b.code);
            if (b.name.isEmpty() || b.name.size() > 40)
                bad(say(QT_TRANSLATE_NOOP("pd::Campaign", "a badge has a name of 1 to 40 characters")));
            const QString rule = o.value(QStringLiteral("rule")).toString();
            bool known = false;
            for (const auto &r : kBadgeRules)
                if (rule == QLatin1String(r.code)) {
                    b.rule = r.kind;
                    known = true;
                }
            if (!known) {
                bad(say(QT_TRANSLATE_NOOP("pd::Campaign", "the rule is visits, green, scenarios, spend or streak, not \"%1\"")).arg(rule));
                continue;
            }
            if (b.rule == BadgeRuleKind::Spend) {
                auto fen = points::parseYuan(o.value(QStringLiteral("amount")).toVariant().toString(), QStringLiteral("amount"));
                if (!fen || fen.value() <= 0)
                    bad(say(QT_TRANSLATE_NOOP("pd::Campaign", "a spend badge needs an amount in yuan above 0")));
                else
                    b.amountFen = fen.value();
                b.scenario = o.value(QStringLiteral("scenario")).toString().trimmed();
            } else {
                const double n = o.value(QStringLiteral("count")).toDouble(-1);
                if (n != std::floor(n) || n < 1 || n > 10'000)
                    bad(say(QT_TRANSLATE_NOOP("pd::Campaign", "the count is a whole number from 1 to 10,000")));
                else
                    b.count = int(n);
                if (o.contains(QStringLiteral("scenario")))
                    bad(say(QT_TRANSLATE_NOOP("pd::Campaign", "only a spend badge names a scenario")));
            }
            out << b;
        }
        return out;
    }

    // Yuan as a number or as text, at most two decimals; held in fen.
    std::optional<qint64> yuan(const char *field)
    {
        const QJsonValue v = m_o.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble() && !v.isString()) {
            problem(QLatin1String(field), say(QT_TRANSLATE_NOOP("pd::Campaign", "must be an amount in yuan")));
            return std::nullopt;
        }
        // the shortest text of a JSON number ("99.5"), so no binary fraction reaches the fen
        auto fen = points::parseYuan(v.toVariant().toString(), QLatin1String(field));
        if (!fen) {
            problem(QLatin1String(field), fen.error().message);
            return std::nullopt;
        }
        return fen.value();
    }

private:
    const QJsonObject &m_o;
    QList<FieldProblem> &m_problems;
};

QJsonArray toArray(const QList<int> &list)
{
    QJsonArray a;
    for (int i : list)
        a.append(i);
    return a;
}

} // namespace

namespace {
// The row of a code table whose member `key` equals `value`, or nothing.
template<typename Row, size_t N, typename Key, typename Value>
const Row *rowOf(const Row (&rows)[N], Key Row::*key, const Value &value)
{
    for (const Row &r : rows)
        if (r.*key == value)
            return &r;
    return nullptr;
}
} // namespace

QString badgeRuleCode(BadgeRuleKind rule)
{
    for (const auto &r : kBadgeRules)
        if (r.kind == rule)
            return QLatin1String(r.code);
    return {};
}

std::optional<BadgeRuleKind> badgeRuleFromCode(const QString &code)
{
    for (const auto &r : kBadgeRules)
        if (code == QLatin1String(r.code))
            return r.kind;
    return std::nullopt;
}

QString campaignTypeCode(CampaignType type)
{
    const TypeRow *r = rowOf(kTypes, &TypeRow::type, type);
    return r ? QLatin1String(r->code) : QString();
}

std::optional<CampaignType> campaignTypeFromCode(const QString &code)
{
    for (const TypeRow &r : kTypes)
        if (code == QLatin1String(r.code))
            return r.type;
    return std::nullopt;
}

QString campaignTypeName(CampaignType type)
{
    const TypeRow *r = rowOf(kTypes, &TypeRow::type, type);
    return r ? say(r->name) : QString();
}

QString campaignStatusCode(CampaignStatus status)
{
    const StatusRow *r = rowOf(kStatuses, &StatusRow::status, status);
    return r ? QLatin1String(r->code) : QString();
}

std::optional<CampaignStatus> campaignStatusFromCode(const QString &code)
{
    for (const StatusRow &r : kStatuses)
        if (code == QLatin1String(r.code))
            return r.status;
    return std::nullopt;
}

QString campaignStatusName(CampaignStatus status)
{
    const StatusRow *r = rowOf(kStatuses, &StatusRow::status, status);
    return r ? say(r->name) : QString();
}

QJsonObject Campaign::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), code},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("type"), campaignTypeCode(type)},
                  {QStringLiteral("from"), from.toString(Qt::ISODate)},
                  {QStringLiteral("to"), to.toString(Qt::ISODate)},
                  {QStringLiteral("terms"), terms}};
    if (!stores.isEmpty())
        o.insert(QStringLiteral("stores"), QJsonArray::fromStringList(stores));
    if (!scenarios.isEmpty())
        o.insert(QStringLiteral("scenarios"), QJsonArray::fromStringList(scenarios));
    if (!tiers.isEmpty())
        o.insert(QStringLiteral("tiers"), QJsonArray::fromStringList(tiers));
    if (minAmountFen)
        o.insert(QStringLiteral("min_amount"), points::formatYuan(*minAmountFen));
    if (budgetPoints)
        o.insert(QStringLiteral("budget_points"), *budgetPoints);
    if (memberCapPoints)
        o.insert(QStringLiteral("member_cap_points"), *memberCapPoints);
    switch (type) {
    case CampaignType::Multiplier: {
        o.insert(QStringLiteral("percent"), percent);
        if (!weekdays.isEmpty())
            o.insert(QStringLiteral("weekdays"), toArray(weekdays));
        if (!monthDays.isEmpty())
            o.insert(QStringLiteral("month_days"), toArray(monthDays));
        if (!dates.isEmpty()) {
            QJsonArray a;
            for (const QDate &d : dates)
                a.append(d.toString(Qt::ISODate));
            o.insert(QStringLiteral("dates"), a);
        }
        break;
    }
    case CampaignType::Welcome:
    case CampaignType::FirstPurchase:
        o.insert(QStringLiteral("points"), points);
        break;
    case CampaignType::Sale:
        o.insert(QStringLiteral("item"), item);
        o.insert(QStringLiteral("points"), points);
        if (saleCashFen)
            o.insert(QStringLiteral("cash"), points::formatYuan(*saleCashFen));
        break;
    case CampaignType::Checkin: {
        QJsonObject ladder;
        for (auto it = checkin.streakBonus.cbegin(); it != checkin.streakBonus.cend(); ++it)
            ladder.insert(QString::number(it.key()), it.value());
        o.insert(QStringLiteral("daily_points"), checkin.dailyPoints);
        o.insert(QStringLiteral("streak_bonus"), ladder);
        o.insert(QStringLiteral("cycle_days"), checkin.cycleDays);
        o.insert(QStringLiteral("makeup_free_per_month"), checkin.makeupFreePerMonth);
        o.insert(QStringLiteral("makeup_cost_points"), checkin.makeupCostPoints);
        o.insert(QStringLiteral("makeup_window_days"), checkin.makeupWindowDays);
        break;
    }
    case CampaignType::Badges: {
        QJsonArray list;
        for (const BadgeRule &b : badgeSet.badges) {
            QJsonObject one{{QStringLiteral("code"), b.code}, {QStringLiteral("name"), b.name}, {QStringLiteral("rule"), badgeRuleCode(b.rule)}};
            if (b.rule == BadgeRuleKind::Spend) {
                one.insert(QStringLiteral("amount"), points::formatYuan(b.amountFen));
                if (!b.scenario.isEmpty())
                    one.insert(QStringLiteral("scenario"), b.scenario);
            } else {
                one.insert(QStringLiteral("count"), b.count);
            }
            list.append(one);
        }
        o.insert(QStringLiteral("badges"), list);
        if (badgeSet.rewardPoints > 0)
            o.insert(QStringLiteral("reward_points"), badgeSet.rewardPoints);
        if (!badgeSet.rewardItem.isEmpty())
            o.insert(QStringLiteral("reward_item"), badgeSet.rewardItem);
        break;
    }
    }
    return o;
}

Result<Campaign> Campaign::fromJson(const QJsonObject &object, QList<FieldProblem> &problems)
{
    const qsizetype before = problems.size();
    FieldReader read(object, problems);
    Campaign c;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!kKnownFields.contains(it.key()))
            read.problem(it.key(), say(QT_TRANSLATE_NOOP("pd::Campaign", "is not a campaign field")));

    c.code = read.text("code", true);
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9-]{2,32}\\z"));
    if (!c.code.isEmpty() && !codePattern.match(c.code).hasMatch())
        read.problem(QStringLiteral("code"), say(QT_TRANSLATE_NOOP("pd::Campaign", "has 2 to 32 capital letters, digits or hyphens: %1")).arg(c.code));
    c.name = read.text("name", true);
    if (c.name.size() > 100)
        read.problem(QStringLiteral("name"), say(QT_TRANSLATE_NOOP("pd::Campaign", "is longer than 100 characters")));
    const QString typeCode = read.text("type", true);
    if (const auto type = campaignTypeFromCode(typeCode))
        c.type = *type;
    else if (!typeCode.isEmpty())
        read.problem(QStringLiteral("type"), say(QT_TRANSLATE_NOOP("pd::Campaign", "is not a campaign type (multiplier, welcome, first_purchase, sale, checkin, badges): %1")).arg(typeCode));
    c.from = read.date("from");
    c.to = read.date("to");
    if (c.from.isValid() && c.to.isValid() && c.to < c.from)
        read.problem(QStringLiteral("to"), say(QT_TRANSLATE_NOOP("pd::Campaign", "is before from")));
    c.terms = read.text("terms", false);
    c.stores = read.codes("stores");
    c.scenarios = read.codes("scenarios");
    c.tiers = read.codes("tiers");
    c.minAmountFen = read.yuan("min_amount");
    c.budgetPoints = read.whole("budget_points", 1, 1'000'000'000'000);
    c.memberCapPoints = read.whole("member_cap_points", 1, 1'000'000'000);

    switch (c.type) {
    case CampaignType::Multiplier: {
        c.percent = int(read.whole("percent", 101, 1000, true).value_or(0));
        c.weekdays = read.wholeList("weekdays", 1, 7);
        c.monthDays = read.wholeList("month_days", 1, 31);
        for (const QDate &day : read.dates("dates")) {
            if (c.from.isValid() && c.to.isValid() && !c.coversDate(day))
                read.problem(QStringLiteral("dates"), say(QT_TRANSLATE_NOOP("pd::Campaign", "%1 is outside the campaign's window")).arg(day.toString(Qt::ISODate)));
            else
                c.dates << day;
        }
        break;
    }
    case CampaignType::Welcome:
    case CampaignType::FirstPurchase:
        c.points = read.whole("points", 1, 1'000'000, true).value_or(0);
        break;
    case CampaignType::Sale:
        c.item = read.text("item", true);
        c.points = read.whole("points", 1, 100'000'000, true).value_or(0);
        c.saleCashFen = read.yuan("cash");
        break;
    case CampaignType::Checkin:
        c.checkin.dailyPoints = read.whole("daily_points", 0, 100'000, true).value_or(0);
        c.checkin.streakBonus = read.positionPoints("streak_bonus");
        c.checkin.cycleDays = int(read.whole("cycle_days", 0, 366).value_or(0));
        c.checkin.makeupFreePerMonth = int(read.whole("makeup_free_per_month", 0, 31).value_or(0));
        c.checkin.makeupCostPoints = read.whole("makeup_cost_points", 0, 1'000'000).value_or(0);
        c.checkin.makeupWindowDays = int(read.whole("makeup_window_days", 0, 31).value_or(0));
        if (c.checkin.cycleDays > 0 && !c.checkin.streakBonus.isEmpty() && c.checkin.streakBonus.lastKey() > c.checkin.cycleDays)
            read.problem(QStringLiteral("streak_bonus"), say(QT_TRANSLATE_NOOP("pd::Campaign", "day %1 of a streak is beyond the cycle of %2 days"))
                                                             .arg(c.checkin.streakBonus.lastKey())
                                                             .arg(c.checkin.cycleDays));
        if (c.checkin.dailyPoints == 0 && c.checkin.streakBonus.isEmpty())
            read.problem(QStringLiteral("daily_points"), say(QT_TRANSLATE_NOOP("pd::Campaign", "a check-in must earn something: daily points or a streak bonus")));
        break;
    case CampaignType::Badges:
        c.badgeSet.badges = read.badges("badges");
        c.badgeSet.rewardPoints = read.whole("reward_points", 1, 1'000'000).value_or(0);
        c.badgeSet.rewardItem = read.text("reward_item", false);
        if (c.badgeSet.rewardPoints == 0 && c.badgeSet.rewardItem.isEmpty())
            read.problem(QStringLiteral("reward_points"), say(QT_TRANSLATE_NOOP("pd::Campaign", "a completed collection gives reward points, a prize (reward_item) or both")));
        break;
    }
    if (problems.size() > before)
        return makeError(ErrorCode::InvalidInput, problems.at(before).field + QStringLiteral(": ") + problems.at(before).reason,
                         problems.at(before).field);
    return c;
}

Result<Campaign> Campaign::fromStoredDefinition(const QString &json)
{
    QList<FieldProblem> problems;
    return fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), problems);
}

bool Campaign::scheduledOn(const QDate &day) const
{
    if (weekdays.isEmpty() && monthDays.isEmpty() && dates.isEmpty())
        return true;
    return weekdays.contains(day.dayOfWeek()) || monthDays.contains(day.day()) || dates.contains(day);
}

bool Campaign::appliesTo(const QString &storeCode, const QString &scenario, const QString &tierCode, qint64 amountFen) const
{
    return (stores.isEmpty() || stores.contains(storeCode)) && (scenarios.isEmpty() || scenarios.contains(scenario))
           && (tiers.isEmpty() || tiers.contains(tierCode)) && (!minAmountFen || amountFen >= *minAmountFen);
}

QList<FieldProblem> problemsAgainst(const Campaign &c, const CampaignContext &context)
{
    QList<FieldProblem> problems;
    const auto unknown = [&](const char *field, const QStringList &codes, const QSet<QString> &known, const char *what) {
        for (const QString &code : codes)
            if (!known.contains(code))
                problems << FieldProblem{QLatin1String(field), say(what).arg(code)};
    };
    unknown("stores", c.stores, context.stores, QT_TRANSLATE_NOOP("pd::Campaign", "there is no store %1"));
    unknown("scenarios", c.scenarios, context.scenarios, QT_TRANSLATE_NOOP("pd::Campaign", "there is no earning scenario %1"));
    unknown("tiers", c.tiers, context.tiers, QT_TRANSLATE_NOOP("pd::Campaign", "there is no tier %1"));
    if (c.type == CampaignType::Welcome && c.points > context.welcomeCap)
        problems << FieldProblem{QStringLiteral("points"),
                                 say(QT_TRANSLATE_NOOP("pd::Campaign", "%1 welcome points are above the programme's cap of %2: an outsized sign-up bonus is a lure the law forbids"))
                                     .arg(c.points)
                                     .arg(context.welcomeCap)};
    if (c.type == CampaignType::Badges) {
        for (const BadgeRule &b : c.badgeSet.badges)
            if (!b.scenario.isEmpty() && !context.scenarios.contains(b.scenario))
                problems << FieldProblem{QStringLiteral("badges"), QStringLiteral("%1: %2").arg(b.code, say(QT_TRANSLATE_NOOP("pd::Campaign", "there is no earning scenario %1")).arg(b.scenario))};
        if (!c.badgeSet.rewardItem.isEmpty() && !context.itemPrices.contains(c.badgeSet.rewardItem))
            problems << FieldProblem{QStringLiteral("reward_item"), say(QT_TRANSLATE_NOOP("pd::Campaign", "there is no catalog item %1")).arg(c.badgeSet.rewardItem)};
    }
    if (c.type == CampaignType::Sale) {
        const auto price = context.itemPrices.constFind(c.item);
        if (price == context.itemPrices.cend())
            problems << FieldProblem{QStringLiteral("item"), say(QT_TRANSLATE_NOOP("pd::Campaign", "there is no catalog item %1")).arg(c.item)};
        else if (c.points >= *price)
            problems << FieldProblem{QStringLiteral("points"),
                                     say(QT_TRANSLATE_NOOP("pd::Campaign", "a sale price must be below the item's price of %1 points")).arg(*price)};
    }
    return problems;
}

} // namespace pd

#include "rulesdiff.h"

#include "core/members/member.h"
#include "core/pointsmath.h"
#include "core/rules/programmerules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace pd {

namespace {

qint64 number(const RulesFact &f, const char *name)
{
    return f.values.value(QLatin1String(name)).toInteger();
}

QDate day(const RulesFact &f, const char *name)
{
    return QDate::fromString(f.values.value(QLatin1String(name)).toString(), Qt::ISODate);
}

// Still promised on or after the day the new version takes effect (an open end is promised).
bool promisedOn(const RulesFact &f, const QDate &effective)
{
    const QDate to = day(f, "to");
    return !to.isValid() || to >= effective;
}

QSet<QString> perkSet(const QString &perks)
{
    QSet<QString> set;
    for (const QString &p : perks.split(QRegularExpression(QStringLiteral("[,，;；、\\n]")), Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            set.insert(p.trimmed());
    return set;
}

// A new policy applies to points earned from the day it takes effect: shorter validity for any
// day of the two years after it takes something away.
bool expiresSooner(const QString &before, const QString &after, const QDate &effective)
{
    auto oldPolicy = points::ExpiryPolicy::parse(before), newPolicy = points::ExpiryPolicy::parse(after);
    if (!oldPolicy || !newPolicy)
        return before != after;
    for (int i = 0; i < 731; ++i) {
        const QDateTime earned = points::startOfBusinessDay(effective.addDays(i)).addSecs(12 * 3600);
        const QDateTime oldEnd = oldPolicy->expiryFor(earned), newEnd = newPolicy->expiryFor(earned);
        if (newEnd.isValid() && (!oldEnd.isValid() || newEnd < oldEnd))
            return true;
    }
    return false;
}

int tierRank(const RulesDocument &doc, const QString &code)
{
    if (code.isEmpty())
        return -1;
    const RulesFact *tier = doc.fact(QStringLiteral("tier:") + code);
    return tier ? int(number(*tier, "rank")) : -1;
}

// Money fields are named *fen and shown in yuan; the rest are counts.
QString figure(const char *name, qint64 value)
{
    return QLatin1String(name).endsWith(QLatin1String("fen")) ? QStringLiteral("¥") + points::displayYuan(value) : points::displayPoints(value);
}

QString lowered(const char *name, const char *what, qint64 before, qint64 after)
{
    return QCoreApplication::translate("pd::RulesDiff", "%1 goes down from %2 to %3.")
        .arg(QCoreApplication::translate("pd::RulesDiff", what), figure(name, before), figure(name, after));
}

QString raised(const char *name, const char *what, qint64 before, qint64 after)
{
    return QCoreApplication::translate("pd::RulesDiff", "%1 goes up from %2 to %3.")
        .arg(QCoreApplication::translate("pd::RulesDiff", what), figure(name, before), figure(name, after));
}

// Why a change of one rule takes something away from members; empty when it does not.
QString takenAway(const RulesFact &a, const RulesFact &b, const RulesDocument &from, const RulesDocument &to, const QDate &effective)
{
    const QString &key = a.key;
    QStringList why;
    const auto lower = [&](const char *name, const char *what) {
        if (number(b, name) < number(a, name))
            why << lowered(name, what, number(a, name), number(b, name));
    };
    const auto higher = [&](const char *name, const char *what) {
        if (number(b, name) > number(a, name))
            why << raised(name, what, number(a, name), number(b, name));
    };
    if (key.startsWith(QLatin1String("rate:")) || key == QLatin1String("green_rate")) {
        lower("rate", QT_TRANSLATE_NOOP("pd::RulesDiff", "The points per ¥100"));
    } else if (key.startsWith(QLatin1String("credit:"))) {
        lower("pct", QT_TRANSLATE_NOOP("pd::RulesDiff", "The share of points earned (%)"));
    } else if (key.startsWith(QLatin1String("tier:"))) {
        higher("threshold_fen", QT_TRANSLATE_NOOP("pd::RulesDiff", "The spend a tier needs"));
        lower("multiplier_pct", QT_TRANSLATE_NOOP("pd::RulesDiff", "The tier's share of points (%)"));
        const QSet<QString> lost = perkSet(a.values.value(QStringLiteral("perks")).toString())
                                       .subtract(perkSet(b.values.value(QStringLiteral("perks")).toString()));
        if (!lost.isEmpty()) {
            QStringList names = lost.values();
            names.sort();
            why << QCoreApplication::translate("pd::RulesDiff", "Perks removed: %1.").arg(names.join(QStringLiteral(", ")));
        }
    } else if (key == QLatin1String("point_value")) {
        lower("fen", QT_TRANSLATE_NOOP("pd::RulesDiff", "The value of a point"));
    } else if (key == QLatin1String("deduction")) {
        lower("max_pct", QT_TRANSLATE_NOOP("pd::RulesDiff", "The share of a bill points may pay (%)"));
    } else if (key == QLatin1String("good_credit_price")) {
        higher("pct", QT_TRANSLATE_NOOP("pd::RulesDiff", "The price good credit pays (%)"));
    } else if (key == QLatin1String("refund_lot")) {
        lower("days", QT_TRANSLATE_NOOP("pd::RulesDiff", "The days refunded points stay valid"));
    } else if (key == QLatin1String("expiry")) {
        if (expiresSooner(a.values.value(QStringLiteral("policy")).toString(), b.values.value(QStringLiteral("policy")).toString(), effective))
            why << QCoreApplication::translate("pd::RulesDiff", "Points earned from then on expire sooner.");
    } else if (key.startsWith(QLatin1String("campaign:"))) {
        if (promisedOn(a, effective)) {
            lower("percent", QT_TRANSLATE_NOOP("pd::RulesDiff", "The campaign's multiplier (%)"));
            if (a.values.value(QStringLiteral("type")).toString() == QLatin1String("sale"))
                higher("points", QT_TRANSLATE_NOOP("pd::RulesDiff", "The sale price (points)"));
            else
                lower("points", QT_TRANSLATE_NOOP("pd::RulesDiff", "The bonus (points)"));
            higher("min_amount_fen", QT_TRANSLATE_NOOP("pd::RulesDiff", "The minimum receipt"));
            lower("daily_points", QT_TRANSLATE_NOOP("pd::RulesDiff", "The points of a check-in"));
            higher("makeup_cost", QT_TRANSLATE_NOOP("pd::RulesDiff", "The price of a make-up card"));
            lower("reward_points", QT_TRANSLATE_NOOP("pd::RulesDiff", "The reward of a badge collection"));
            const QJsonObject oldStreak = a.values.value(QStringLiteral("streak_bonus")).toObject(),
                              newStreak = b.values.value(QStringLiteral("streak_bonus")).toObject();
            for (auto it = oldStreak.constBegin(); it != oldStreak.constEnd(); ++it)
                if (newStreak.value(it.key()).toInteger() < it.value().toInteger()) {
                    why << QCoreApplication::translate("pd::RulesDiff", "A streak bonus goes down or is removed.");
                    break;
                }
            if (day(b, "to") < day(a, "to"))
                why << QCoreApplication::translate("pd::RulesDiff", "It ends sooner: %1 instead of %2.")
                           .arg(day(b, "to").toString(Qt::ISODate), day(a, "to").toString(Qt::ISODate));
            if (day(b, "from") > day(a, "from"))
                why << QCoreApplication::translate("pd::RulesDiff", "It starts later: %1 instead of %2.")
                           .arg(day(b, "from").toString(Qt::ISODate), day(a, "from").toString(Qt::ISODate));
        }
    } else if (key.startsWith(QLatin1String("item:"))) {
        if (promisedOn(a, effective)) {
            higher("points", QT_TRANSLATE_NOOP("pd::RulesDiff", "The points price"));
            higher("cash_fen", QT_TRANSLATE_NOOP("pd::RulesDiff", "The cash part"));
            const bool wasLimited = a.values.contains(QStringLiteral("limit")), isLimited = b.values.contains(QStringLiteral("limit"));
            if ((!wasLimited && isLimited) || (wasLimited && isLimited && number(b, "limit") < number(a, "limit")))
                why << QCoreApplication::translate("pd::RulesDiff", "Members may redeem fewer of it.");
            if (tierRank(to, b.values.value(QStringLiteral("min_tier")).toString()) > tierRank(from, a.values.value(QStringLiteral("min_tier")).toString()))
                why << QCoreApplication::translate("pd::RulesDiff", "It needs a higher tier.");
            const QDate oldTo = day(a, "to"), newTo = day(b, "to");
            if (newTo.isValid() && (!oldTo.isValid() || newTo < oldTo))
                why << QCoreApplication::translate("pd::RulesDiff", "It is offered for a shorter time.");
        }
    }
    return why.join(QLatin1Char(' '));
}

QString removedTakesAway(const RulesFact &a, const QDate &effective)
{
    if (a.key.startsWith(QLatin1String("campaign:")) || a.key.startsWith(QLatin1String("item:"))) {
        if (!promisedOn(a, effective))
            return {};
        return a.key.startsWith(QLatin1String("item:"))
                   ? QCoreApplication::translate("pd::RulesDiff", "The item is withdrawn before the end of its offer.")
                   : QCoreApplication::translate("pd::RulesDiff", "The campaign is withdrawn before its end.");
    }
    if (a.key.startsWith(QLatin1String("rate:")) || a.key.startsWith(QLatin1String("tier:")))
        return QCoreApplication::translate("pd::RulesDiff", "A benefit is removed.");
    return {};
}

} // namespace

namespace rules {

QList<RulesChange> compare(const RulesDocument &from, const RulesDocument &to, const QDate &effective)
{
    QList<RulesChange> changes;
    for (RulesSection section : allRulesSections()) {
        const QString noteBefore = from.notes.value(section), noteAfter = to.notes.value(section);
        if (noteBefore != noteAfter) {
            RulesChange c{section, QStringLiteral("note"),
                          noteBefore.isEmpty() ? RulesChangeKind::Added : noteAfter.isEmpty() ? RulesChangeKind::Removed : RulesChangeKind::Changed,
                          noteBefore.isEmpty() ? QStringList() : QStringList{noteBefore},
                          noteAfter.isEmpty() ? QStringList() : QStringList{noteAfter}, {}};
            changes << c;
        }
        const QList<RulesFact> before = from.factsOf(section), after = to.factsOf(section);
        for (const RulesFact &a : before) {
            const RulesFact *b = to.fact(a.key);
            if (!b) {
                changes << RulesChange{section, a.key, RulesChangeKind::Removed, factLines(a), {}, removedTakesAway(a, effective)};
            } else if (!(a == *b)) {
                changes << RulesChange{section, a.key, RulesChangeKind::Changed, factLines(a), factLines(*b),
                                       takenAway(a, *b, from, to, effective)};
            }
        }
        for (const RulesFact &b : after)
            if (!from.fact(b.key))
                changes << RulesChange{section, b.key, RulesChangeKind::Added, {}, factLines(b), {}};
    }
    return changes;
}

} // namespace rules
} // namespace pd

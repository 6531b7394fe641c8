#include "badgerules.h"

#include "core/pointsmath.h"
#include "core/rules/programmerules.h"

#include <algorithm>

namespace pd::badgerules {

namespace {
QString say(const char *text) { return QCoreApplication::translate("pd::badgerules", text); }
} // namespace

QList<Progress> progressOf(const BadgeSet &set, const Facts &facts)
{
    QList<Progress> out;
    for (const BadgeRule &b : set.badges) {
        Progress p{b.code, b.name, 0, b.rule == BadgeRuleKind::Spend ? b.amountFen : b.count};
        switch (b.rule) {
        case BadgeRuleKind::Visits: p.have = facts.visits; break;
        case BadgeRuleKind::Green: p.have = facts.greenVisits; break;
        case BadgeRuleKind::Scenarios: p.have = facts.scenarios.size(); break;
        case BadgeRuleKind::Spend: p.have = b.scenario.isEmpty() ? facts.netSpendFen : facts.netSpendByScenario.value(b.scenario); break;
        case BadgeRuleKind::Streak: p.have = facts.longestStreak; break;
        }
        out << p;
    }
    return out;
}

QString ruleText(const BadgeRule &b)
{
    switch (b.rule) {
    case BadgeRuleKind::Visits: return say(QT_TRANSLATE_NOOP("pd::badgerules", "visits: %1")).arg(b.count);
    case BadgeRuleKind::Green: return say(QT_TRANSLATE_NOOP("pd::badgerules", "purchases with green goods: %1")).arg(b.count);
    case BadgeRuleKind::Scenarios: return say(QT_TRANSLATE_NOOP("pd::badgerules", "different kinds of purchase: %1")).arg(b.count);
    case BadgeRuleKind::Spend:
        return b.scenario.isEmpty() ? say(QT_TRANSLATE_NOOP("pd::badgerules", "¥%1 spent")).arg(points::displayYuan(b.amountFen))
                                    : say(QT_TRANSLATE_NOOP("pd::badgerules", "¥%1 spent on %2")).arg(points::displayYuan(b.amountFen), scenarioName(b.scenario));
    case BadgeRuleKind::Streak: return say(QT_TRANSLATE_NOOP("pd::badgerules", "check-ins in a row: %1")).arg(b.count);
    }
    return {};
}

Result<QList<BadgeRule>> parseLines(const QString &text)
{
    QList<BadgeRule> out;
    int line = 0;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        ++line;
        if (raw.trimmed().isEmpty())
            continue;
        const QStringList parts = raw.split(QLatin1Char('|'));
        const auto bad = [&] {
            return makeError(ErrorCode::InvalidInput,
                             say(QT_TRANSLATE_NOOP("pd::badgerules", "Line %1: write CODE | name | rule | number, and for spend optionally | scenario "
                                                                     "(rules: visits, green, scenarios, spend, streak)."))
                                 .arg(line),
                             QStringLiteral("badges"));
        };
        if (parts.size() < 4 || parts.size() > 5)
            return bad();
        BadgeRule b;
        b.code = parts.at(0).trimmed();
        b.name = parts.at(1).trimmed();
        const auto rule = badgeRuleFromCode(parts.at(2).trimmed());
        if (!rule)
            return bad();
        b.rule = *rule;
        if (b.rule == BadgeRuleKind::Spend) {
            auto fen = points::parseYuan(parts.at(3).trimmed(), QStringLiteral("badges"));
            if (!fen)
                return bad();
            b.amountFen = fen.value();
            b.scenario = parts.value(4).trimmed();
        } else {
            bool ok = false;
            b.count = parts.at(3).trimmed().toInt(&ok);
            if (!ok || parts.size() == 5)
                return bad();
        }
        out << b;
    }
    return out;
}

QString lines(const QList<BadgeRule> &badges)
{
    QStringList out;
    for (const BadgeRule &b : badges) {
        QStringList parts{b.code, b.name, badgeRuleCode(b.rule)};
        if (b.rule == BadgeRuleKind::Spend) {
            parts << points::formatYuan(b.amountFen);
            if (!b.scenario.isEmpty())
                parts << b.scenario;
        } else {
            parts << QString::number(b.count);
        }
        out << parts.join(QStringLiteral(" | "));
    }
    return out.join(QLatin1Char('\n'));
}

int longestRun(QList<QDate> dates)
{
    std::sort(dates.begin(), dates.end());
    int best = 0, run = 0;
    for (qsizetype i = 0; i < dates.size(); ++i) {
        run = i > 0 && dates.at(i - 1).daysTo(dates.at(i)) == 1 ? run + 1 : (i > 0 && dates.at(i - 1) == dates.at(i) ? run : 1);
        best = std::max(best, run);
    }
    return best;
}

} // namespace pd::badgerules

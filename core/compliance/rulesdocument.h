#pragma once

#include "core/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

class Clock;
class Database;
struct Session;

// The sections of the programme rules (积分规则, DESIGN §9), in the order they are printed.
enum class RulesSection { General, Earning, Tiers, Redemption, Expiry, Returns, Campaigns, Catalog, PersonalData };

QList<RulesSection> allRulesSections();
QString rulesSectionCode(RulesSection section); // "general"
std::optional<RulesSection> rulesSectionFromCode(const QString &code);
QString rulesSectionTitle(RulesSection section); // translated
// Sections only compliance can write (who runs the programme and where to ask; how personal
// data is handled): a version cannot be published while one is empty.
bool rulesSectionNeedsNote(RulesSection section);

// One rule, read from the values the engine computes with. `key` names it across versions
// ("rate:dining", "tier:gold", "item:LENS-200"); `values` holds its figures by name, for the
// wording and for telling whether a change takes something away from members.
struct RulesFact
{
    RulesSection section = RulesSection::General;
    QString key;
    QJsonObject values;

    bool operator==(const RulesFact &other) const { return section == other.section && key == other.key && values == other.values; }
};

// The programme rules as members read them: generated from the live configuration (rates, green
// rate, tiers and perks, credit standing, deduction, expiry, returns and adjustments, the
// approved campaigns still running or to come, every catalog item on offer) plus compliance's
// text per section. A value: saved as a version, compared, rendered.
struct RulesDocument
{
    int version = 0; // 0: the live configuration, not saved
    QDate builtOn;
    QList<RulesFact> facts; // by section, then as generated
    QMap<RulesSection, QString> notes;

    const RulesFact *fact(const QString &key) const;
    QList<RulesFact> factsOf(RulesSection section) const;
    // The same rules and text (the version number and the day it was built aside).
    bool sameContent(const RulesDocument &other) const;

    QJsonObject toJson() const;
    static Result<RulesDocument> fromJson(const QJsonObject &object);
};

namespace rules {

// The rules of the live configuration as of `today`, with the notes saved so far.
Result<RulesDocument> buildLive(Database &db, const Clock &clock, const Session &session);

// Compliance's text per section, as saved so far (what the next version will carry).
Result<QMap<RulesSection, QString>> savedNotes(Database &db);

// The lines a rule is written as, in the current language.
QStringList factLines(const RulesFact &fact);

} // namespace rules
} // namespace pd

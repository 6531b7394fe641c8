#pragma once

#include "core/compliance/rulesdocument.h"

namespace pd {

enum class RulesChangeKind { Added, Removed, Changed };

// One difference between two versions of the rules: a rule or a section's text added, removed
// or changed, with its lines before and after (current language), and — when it takes
// something away from members — why, for the notice rule.
struct RulesChange
{
    RulesSection section = RulesSection::General;
    QString key; // the rule's key, or "note" for the section's text
    RulesChangeKind kind = RulesChangeKind::Changed;
    QStringList before, after;
    QString takesAway; // translated reason; empty when members lose nothing
};

namespace rules {

// Publishing a change that takes something away needs this many days' notice (DESIGN §9).
constexpr int kNoticeDays = 30;

// What changed from `from` to `to`, section by section. `effective` is the day `to` would take
// effect: a campaign or an item whose promised window ends before it is not taken away by
// leaving.
QList<RulesChange> compare(const RulesDocument &from, const RulesDocument &to, const QDate &effective);

} // namespace rules
} // namespace pd

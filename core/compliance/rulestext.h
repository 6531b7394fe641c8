#pragma once

#include "core/compliance/rulesdiff.h"
#include "core/compliance/rulesversions.h"

namespace pd::rules {

// The rules as members read them, in the current language: the title, the version and the day
// it takes effect ("draft" when not published), then each section's text and rules.
QString html(const RulesDocument &doc, const std::optional<RulesVersionInfo> &info);
QString plainText(const RulesDocument &doc, const std::optional<RulesVersionInfo> &info);
// "Version 3, in force from 2027-01-01" / "Version 4 (not published)" / "Live configuration".
QString versionLine(const RulesDocument &doc, const std::optional<RulesVersionInfo> &info);
// The rules as a whole HTML file (UTF-8), and the line that heads each page of the PDF.
QString htmlPage(const RulesDocument &doc, const std::optional<RulesVersionInfo> &info);
QString pageHeader(const RulesDocument &doc, const std::optional<RulesVersionInfo> &info);

// Two versions compared section by section: added lines green, removed ones struck through in
// red, changes as before → after, and what takes something away from members flagged.
QString diffHtml(const QList<RulesChange> &changes, const QString &fromName, const QString &toName);
QString diffText(const QList<RulesChange> &changes);

} // namespace pd::rules

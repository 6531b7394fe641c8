#include "rulestext.h"

#include <QCoreApplication>

namespace pd::rules {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString emptySectionLine(RulesSection section)
{
    if (section == RulesSection::Campaigns)
        return QCoreApplication::translate("pd::RulesText", "No campaign is running or announced.");
    if (section == RulesSection::Catalog)
        return QCoreApplication::translate("pd::RulesText", "No item is on offer.");
    return {};
}

// A label and its text: after a full-width colon (Chinese) no space, as Chinese writes it.
QString afterLabel(const QString &label)
{
    return label.endsWith(QChar(0xFF1A)) ? QString() : QStringLiteral(" ");
}

QString changeMark(RulesChangeKind kind)
{
    switch (kind) {
    case RulesChangeKind::Added: return QCoreApplication::translate("pd::RulesText", "added");
    case RulesChangeKind::Removed: return QCoreApplication::translate("pd::RulesText", "removed");
    case RulesChangeKind::Changed: return QCoreApplication::translate("pd::RulesText", "changed");
    }
    return {};
}

} // namespace

QString versionLine(const RulesDocument &doc, const std::optional<RulesVersionInfo> &info)
{
    if (doc.version == 0)
        return QCoreApplication::translate("pd::RulesText", "Live configuration of %1 (not saved)").arg(doc.builtOn.toString(Qt::ISODate));
    if (info && info->isPublished())
        return QCoreApplication::translate("pd::RulesText", "Version %1, in force from %2").arg(doc.version).arg(info->effectiveFrom.toString(Qt::ISODate));
    return QCoreApplication::translate("pd::RulesText", "Version %1 (not published)").arg(doc.version);
}

QString html(const RulesDocument &doc, const std::optional<RulesVersionInfo> &info)
{
    QString out = QStringLiteral("<div style=\"font-family: 'WenQuanYi Micro Hei', 'DejaVu Sans'; font-size: 11pt;\">");
    out += QStringLiteral("<h1 style=\"color:#b71c1c\">%1</h1>").arg(escaped(QCoreApplication::translate("pd::RulesText", "Programme rules")));
    out += QStringLiteral("<p><b>%1</b></p>").arg(escaped(versionLine(doc, info)));
    int number = 0;
    for (RulesSection section : allRulesSections()) {
        out += QStringLiteral("<h3>%1. %2</h3>").arg(++number).arg(escaped(rulesSectionTitle(section)));
        if (const QString note = doc.notes.value(section); !note.isEmpty())
            out += QStringLiteral("<p>%1</p>").arg(escaped(note));
        const QList<RulesFact> facts = doc.factsOf(section);
        if (facts.isEmpty()) {
            if (const QString none = emptySectionLine(section); !none.isEmpty())
                out += QStringLiteral("<p>%1</p>").arg(escaped(none));
            continue;
        }
        out += QStringLiteral("<ul>");
        for (const RulesFact &fact : facts) {
            const QStringList lines = factLines(fact);
            out += QStringLiteral("<li>%1</li>").arg(escaped(lines.join(QLatin1Char('\n'))));
        }
        out += QStringLiteral("</ul>");
    }
    out += QStringLiteral("</div>");
    return out;
}

QString htmlPage(const RulesDocument &doc, const std::optional<RulesVersionInfo> &info)
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body>%2</body></html>")
        .arg(escaped(versionLine(doc, info)), html(doc, info));
}

QString pageHeader(const RulesDocument &doc, const std::optional<RulesVersionInfo> &info)
{
    return QCoreApplication::translate("pd::RulesText", "Programme rules · %1").arg(versionLine(doc, info));
}

QString plainText(const RulesDocument &doc, const std::optional<RulesVersionInfo> &info)
{
    QString out = QCoreApplication::translate("pd::RulesText", "Programme rules") + QLatin1Char('\n') + versionLine(doc, info) + QLatin1Char('\n');
    int number = 0;
    for (RulesSection section : allRulesSections()) {
        out += QStringLiteral("\n%1. %2\n").arg(++number).arg(rulesSectionTitle(section));
        if (const QString note = doc.notes.value(section); !note.isEmpty())
            out += note + QLatin1Char('\n');
        const QList<RulesFact> facts = doc.factsOf(section);
        if (facts.isEmpty() && !emptySectionLine(section).isEmpty())
            out += emptySectionLine(section) + QLatin1Char('\n');
        for (const RulesFact &fact : facts) {
            const QStringList lines = factLines(fact);
            for (qsizetype i = 0; i < lines.size(); ++i)
                out += (i == 0 ? QStringLiteral("- ") : QStringLiteral("  ")) + lines.at(i) + QLatin1Char('\n');
        }
    }
    return out;
}

QString diffHtml(const QList<RulesChange> &changes, const QString &fromName, const QString &toName)
{
    QString out = QStringLiteral("<div style=\"font-family: 'WenQuanYi Micro Hei', 'DejaVu Sans'; font-size: 10pt;\">");
    out += QStringLiteral("<h2>%1</h2>").arg(escaped(QCoreApplication::translate("pd::RulesText", "%1 compared with %2").arg(toName, fromName)));
    if (changes.isEmpty()) {
        out += QStringLiteral("<p>%1</p></div>").arg(escaped(QCoreApplication::translate("pd::RulesText", "The two versions say the same.")));
        return out;
    }
    std::optional<RulesSection> current;
    for (const RulesChange &c : changes) {
        if (current != c.section) {
            if (current)
                out += QStringLiteral("</table>");
            current = c.section;
            out += QStringLiteral("<h3>%1</h3><table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">").arg(escaped(rulesSectionTitle(c.section)));
        }
        QString cell;
        for (const QString &line : c.before)
            cell += c.after.contains(line) ? QString()
                                           : QStringLiteral("<div style=\"color:#b71c1c; text-decoration: line-through;\">− %1</div>").arg(escaped(line));
        for (const QString &line : c.after)
            cell += c.before.contains(line) ? QStringLiteral("<div style=\"color:#757575;\">&nbsp;&nbsp;%1</div>").arg(escaped(line))
                                            : QStringLiteral("<div style=\"color:#1b5e20;\">+ %1</div>").arg(escaped(line));
        if (!c.takesAway.isEmpty()) {
            const QString label = QCoreApplication::translate("pd::RulesText", "Takes something away:");
            cell += QStringLiteral("<div style=\"color:#e65100;\"><b>%1</b>%2%3</div>").arg(escaped(label), afterLabel(label), escaped(c.takesAway));
        }
        out += QStringLiteral("<tr><td valign=\"top\" width=\"12%\"><i>%1</i></td><td>%2</td></tr>").arg(escaped(changeMark(c.kind)), cell);
    }
    out += QStringLiteral("</table></div>");
    return out;
}

QString diffText(const QList<RulesChange> &changes)
{
    QString out;
    std::optional<RulesSection> current;
    for (const RulesChange &c : changes) {
        if (current != c.section) {
            current = c.section;
            out += QStringLiteral("\n%1\n").arg(rulesSectionTitle(c.section));
        }
        out += QStringLiteral("  [%1]\n").arg(changeMark(c.kind));
        // a changed rule: only the lines that differ are marked; the others are there to read it by
        for (const QString &line : c.before)
            if (!c.after.contains(line))
                out += QStringLiteral("  - %1\n").arg(line);
        for (const QString &line : c.after)
            out += (c.before.contains(line) ? QStringLiteral("    %1\n") : QStringLiteral("  + %1\n")).arg(line);
        if (!c.takesAway.isEmpty()) {
            const QString label = QCoreApplication::translate("pd::RulesText", "Takes something away:");
            out += QStringLiteral("  ! %1%2%3\n").arg(label, afterLabel(label), c.takesAway);
        }
    }
    return out;
}

} // namespace pd::rules

#include "statementpdf.h"

#include "core/rules/programmerules.h"
#include "core/members/member.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace pd::report {

namespace {

QString row(const QString &label, qint64 points, bool strong = false)
{
    const QString open = strong ? QStringLiteral("<b>") : QString(), close = strong ? QStringLiteral("</b>") : QString();
    return QStringLiteral("<tr><td>%1%2%3</td><td align=\"right\">%1%4%3</td></tr>")
        .arg(open, label.toHtmlEscaped(), close, QLocale().toString(points));
}
} // namespace

QString statementHtml(const Statement &st)
{
    QString html = QStringLiteral("<div style=\"font-family: 'WenQuanYi Micro Hei', 'DejaVu Sans'; font-size: 11pt;\">");
    html += QStringLiteral("<h2 style=\"color:#b71c1c\">%1</h2>").arg(QCoreApplication::translate("pd::StatementPdf", "Monthly points statement").toHtmlEscaped());
    html += QStringLiteral("<p>%1<br/>%2<br/>%3</p>")
                .arg(QCoreApplication::translate("pd::StatementPdf", "Member: %1 (card %2)").arg(st.name, st.cardNo).toHtmlEscaped(),
                     (st.tierPerks.isEmpty() ? QCoreApplication::translate("pd::StatementPdf", "Tier: %1").arg(tierName(st.tierCode))
                                             : QCoreApplication::translate("pd::StatementPdf", "Tier: %1 (perks: %2)").arg(tierName(st.tierCode), st.tierPerks))
                         .toHtmlEscaped(),
                     QCoreApplication::translate("pd::StatementPdf", "Month: %1").arg(st.month.toString(QStringLiteral("yyyy-MM"))).toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"0\">");
    html += row(QCoreApplication::translate("pd::StatementPdf", "Opening balance"), st.opening, true);
    for (const auto &[scenario, points] : st.earnedByScenario)
        html += row(QCoreApplication::translate("pd::StatementPdf", "Earned: %1").arg(scenarioName(scenario, st.scenarioOwnNames.value(scenario))), points);
    html += row(QCoreApplication::translate("pd::StatementPdf", "Green points"), st.green);
    if (st.otherCredits)
        html += row(QCoreApplication::translate("pd::StatementPdf", "Other credits"), st.otherCredits);
    html += row(QCoreApplication::translate("pd::StatementPdf", "Used"), -st.used);
    if (st.donated)
        html += row(QCoreApplication::translate("pd::StatementPdf", "Donated to charity"), -st.donated);
    html += row(QCoreApplication::translate("pd::StatementPdf", "Expired"), -st.expired);
    if (st.clawedBack)
        html += row(QCoreApplication::translate("pd::StatementPdf", "Taken back for returns"), -st.clawedBack);
    if (st.otherDebits)
        html += row(QCoreApplication::translate("pd::StatementPdf", "Other debits"), -st.otherDebits);
    html += row(QCoreApplication::translate("pd::StatementPdf", "Closing balance"), st.closing, true);
    html += QStringLiteral("</table>");
    if (!st.expiringSoon.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(QCoreApplication::translate("pd::StatementPdf", "Expiring soon").toHtmlEscaped());
        for (const auto &[day, points] : st.expiringSoon)
            html += QStringLiteral("<li>%1</li>").arg(QCoreApplication::translate("pd::StatementPdf", "%1 points can be used until %2").arg(points).arg(day.toString(Qt::ISODate)).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p style=\"background:#fff3e0; padding:6px\">%1</p>").arg(st.friendlyLine.toHtmlEscaped());
    if (st.rulesVersion > 0)
        html += QStringLiteral("<p style=\"font-size:9pt; color:#555\">%1</p>")
                    .arg(QCoreApplication::translate("pd::StatementPdf", "Points are earned and used under the programme rules, version %1, in "
                                                                         "force from %2.")
                             .arg(st.rulesVersion)
                             .arg(st.rulesEffective.toString(Qt::ISODate))
                             .toHtmlEscaped());
    html += QStringLiteral("</div>");
    return html;
}

void renderStatements(const QList<Statement> &statements, QPagedPaintDevice *device)
{
    QStringList pages;
    for (const Statement &st : statements)
        pages << statementHtml(st);
    // one statement a page; print() lays the document out at the device's resolution
    QTextDocument doc;
    doc.setHtml(pages.join(QStringLiteral("<p style=\"page-break-before: always\"></p>")));
    doc.print(device);
}

Status writeStatementsPdf(const QList<Statement> &statements, const QString &file)
{
    QPdfWriter writer(file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(QCoreApplication::translate("pd::StatementPdf", "Monthly points statement"));
    writer.setCreator(QStringLiteral("PointsDesk"));
    renderStatements(statements, &writer);
    if (!QFile::exists(file) || QFile(file).size() == 0)
        return makeError(ErrorCode::Io, QCoreApplication::translate("pd::StatementPdf", "The PDF file %1 cannot be written.").arg(file));
    return {};
}

Status writeStatementPdf(const Statement &statement, const QString &file)
{
    return writeStatementsPdf({statement}, file);
}

} // namespace pd::report

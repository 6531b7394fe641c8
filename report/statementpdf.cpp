#include "statementpdf.h"

#include "core/members/member.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace pd::report {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("pd::StatementPdf", s); }

QString row(const QString &label, qint64 points, bool strong = false)
{
    const QString open = strong ? QStringLiteral("<b>") : QString(), close = strong ? QStringLiteral("</b>") : QString();
    return QStringLiteral("<tr><td>%1%2%3</td><td align=\"right\">%1%4%3</td></tr>")
        .arg(open, label.toHtmlEscaped(), close, QLocale().toString(points));
}
} // namespace

QString statementHtml(const Statement &st)
{
    QString html = QStringLiteral("<html><body style=\"font-family: 'WenQuanYi Micro Hei', 'DejaVu Sans'; font-size: 11pt;\">");
    html += QStringLiteral("<h2 style=\"color:#b71c1c\">%1</h2>").arg(tr("Monthly points statement").toHtmlEscaped());
    html += QStringLiteral("<p>%1<br/>%2<br/>%3</p>")
                .arg(tr("Member: %1 (card %2)").arg(st.name, st.cardNo).toHtmlEscaped(),
                     tr("Tier: %1").arg(tierName(st.tierCode)).toHtmlEscaped(),
                     tr("Month: %1").arg(st.month.toString(QStringLiteral("yyyy-MM"))).toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"0\">");
    html += row(tr("Opening balance"), st.opening, true);
    for (const auto &[scenario, points] : st.earnedByScenario)
        html += row(tr("Earned: %1").arg(scenario), points);
    html += row(tr("Green points"), st.green);
    if (st.otherCredits)
        html += row(tr("Other credits"), st.otherCredits);
    html += row(tr("Used"), -st.used);
    if (st.donated)
        html += row(tr("Donated to charity"), -st.donated);
    html += row(tr("Expired"), -st.expired);
    if (st.clawedBack)
        html += row(tr("Taken back for returns"), -st.clawedBack);
    if (st.otherDebits)
        html += row(tr("Other debits"), -st.otherDebits);
    html += row(tr("Closing balance"), st.closing, true);
    html += QStringLiteral("</table>");
    if (!st.expiringSoon.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Expiring soon").toHtmlEscaped());
        for (const auto &[day, points] : st.expiringSoon)
            html += QStringLiteral("<li>%1</li>").arg(tr("%1 points can be used until %2").arg(points).arg(day.toString(Qt::ISODate)).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p style=\"background:#fff3e0; padding:6px\">%1</p>").arg(st.friendlyLine.toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

Status writeStatementsPdf(const QList<Statement> &statements, const QString &file)
{
    QPdfWriter writer(file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(tr("Monthly points statement"));
    writer.setCreator(QStringLiteral("PointsDesk"));
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorCode::Io, tr("The PDF file %1 cannot be written.").arg(file));
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (i > 0)
            writer.newPage();
        QTextDocument doc;
        doc.setPageSize(page.size());
        doc.setHtml(statementHtml(statements.at(i)));
        doc.drawContents(&painter);
    }
    painter.end();
    if (!QFile::exists(file) || QFile(file).size() == 0)
        return makeError(ErrorCode::Io, tr("The PDF file %1 cannot be written.").arg(file));
    return {};
}

Status writeStatementPdf(const Statement &statement, const QString &file)
{
    return writeStatementsPdf({statement}, file);
}

} // namespace pd::report

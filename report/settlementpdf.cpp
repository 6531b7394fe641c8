#include "settlementpdf.h"

#include "core/pointsmath.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace pd::report {

namespace {

QString row(const QString &label, const QString &value, bool strong = false)
{
    const QString open = strong ? QStringLiteral("<b>") : QString(), close = strong ? QStringLiteral("</b>") : QString();
    return QStringLiteral("<tr><td>%1%2%3</td><td align=\"right\">%1%4%3</td></tr>").arg(open, label.toHtmlEscaped(), close, value.toHtmlEscaped());
}

QString pointsText(qint64 points) { return QLocale().toString(points); }

} // namespace

QString settlementHtml(const Settlement &s, const PartnerSettlement &p)
{
    const QDate last = s.month.addMonths(1).addDays(-1);
    QString html = QStringLiteral("<div style=\"font-family: 'WenQuanYi Micro Hei', 'DejaVu Sans'; font-size: 11pt;\">");
    // the chain's name heads the page; the partner's name already says it is a partner
    html += QStringLiteral("<h2 style=\"color:#b71c1c\">%1</h2>")
                .arg(QCoreApplication::translate("pd::SettlementPdf", "%1 — partner points settlement").arg(s.chainName).toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3>").arg(QStringLiteral("%1 (%2)").arg(p.partnerName, p.partnerCode).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(QCoreApplication::translate("pd::SettlementPdf", "Period: %1 to %2").arg(s.month.toString(Qt::ISODate), last.toString(Qt::ISODate)).toHtmlEscaped());
    if (!p.storeNames.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("pd::SettlementPdf", "Its stores: %1").arg(p.storeNames.join(QStringLiteral("、"))).toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"0\">");
    html += row(QCoreApplication::translate("pd::SettlementPdf", "Points given at its stores"), pointsText(p.issued));
    html += row(QCoreApplication::translate("pd::SettlementPdf", "Taken back for goods returned to its stores"), pointsText(-p.clawedBack));
    html += row(QCoreApplication::translate("pd::SettlementPdf", "Points it gave out"), pointsText(p.netIssued()), true);
    html += row(QCoreApplication::translate("pd::SettlementPdf", "Taken as payment at its tills"), pointsText(p.paidAtTill));
    html += row(QCoreApplication::translate("pd::SettlementPdf", "Its items redeemed (%1 units)").arg(p.redeemedUnits), pointsText(p.redeemedPoints));
    html += row(QCoreApplication::translate("pd::SettlementPdf", "Redemptions of its items cancelled (%1 units)").arg(p.cancelledUnits), pointsText(-p.cancelledPoints));
    html += row(QCoreApplication::translate("pd::SettlementPdf", "Points members spent with it"), pointsText(p.netSpent()), true);
    html += row(QCoreApplication::translate("pd::SettlementPdf", "Net points"), pointsText(p.netPoints()), true);
    html += row(QCoreApplication::translate("pd::SettlementPdf", "Value of one point"), QStringLiteral("¥") + points::formatYuan(s.pointValueFen));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style=\"background:#fff3e0; padding:6px; font-size:13pt\"><b>%1</b></p>")
                .arg(insights::settlementDirection(p).toHtmlEscaped());
    html += QStringLiteral("<p style=\"font-size:9pt; color:#555\">%1</p>")
                .arg(QCoreApplication::translate("pd::SettlementPdf", "Points are counted on their business day: a redemption in its month, its cancellation in the month it was "
                        "cancelled. Points given at the partner's stores are owed to the chain, which honours them; points spent "
                        "with the partner are owed to it.")
                         .toHtmlEscaped());
    html += QStringLiteral("</div>");
    return html;
}

void renderSettlement(const Settlement &settlement, QPagedPaintDevice *device)
{
    QStringList pages;
    for (const PartnerSettlement &p : settlement.partners)
        pages << settlementHtml(settlement, p);
    QTextDocument doc;
    doc.setHtml(pages.join(QStringLiteral("<p style=\"page-break-before: always\"></p>")));
    doc.print(device);
}

Status writeSettlementPdf(const Settlement &settlement, const QString &file)
{
    if (settlement.partners.isEmpty())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::SettlementPdf", "No store or item belongs to a partner merchant: there is nothing to settle."));
    QPdfWriter writer(file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(QCoreApplication::translate("pd::SettlementPdf", "Partner points settlement %1").arg(settlement.month.toString(QStringLiteral("yyyy-MM"))));
    writer.setCreator(QStringLiteral("PointsDesk"));
    renderSettlement(settlement, &writer);
    if (!QFile::exists(file) || QFile(file).size() == 0)
        return makeError(ErrorCode::Io, QCoreApplication::translate("pd::SettlementPdf", "The PDF file %1 cannot be written.").arg(file));
    return {};
}

} // namespace pd::report

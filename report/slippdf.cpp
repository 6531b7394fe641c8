#include "slippdf.h"

#include "core/clock.h"
#include "core/pointsmath.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

namespace pd::report {

namespace {
// The store, the document's title and time, and the member, as every slip starts.
QString slipHeader(const QString &storeName, const QString &title, const QDateTime &time, const QString &memberName,
                   const QString &cardNo)
{
    QString html = QStringLiteral("<div style=\"font-family: 'WenQuanYi Micro Hei', 'DejaVu Sans'; font-size: 9pt;\">");
    html += QStringLiteral("<h3>%1</h3>").arg(storeName.toHtmlEscaped());
    html += QStringLiteral("<p>%1<br/>%2<br/>%3</p>")
                .arg(title.toHtmlEscaped(), time.toTimeZone(programmeTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     QCoreApplication::translate("pd::ReceiptSlip", "Member %1 (card %2)").arg(memberName, cardNo).toHtmlEscaped());
    return html;
}

Status writeSlipPdf(const QString &html, const QString &file)
{
    QPdfWriter writer(file);
    writer.setPageSize(QPageSize(QPageSize::A6));
    writer.setPageMargins(QMarginsF(8, 8, 8, 8), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("PointsDesk"));
    renderSlip(html, &writer);
    if (!QFile::exists(file) || QFile(file).size() == 0)
        return makeError(ErrorCode::Io, QCoreApplication::translate("pd::ReceiptSlip", "The PDF file %1 cannot be written.").arg(file));
    return {};
}
} // namespace

void renderSlip(const QString &html, QPagedPaintDevice *device)
{
    // laid out on the device's own page, inside its margins: without a page size print() adds
    // 2 cm on each side, half of an 80 mm roll
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    doc.setDocumentMargin(0);
    doc.setPageSize(device->pageLayout().paintRectPixels(device->logicalDpiX()).size());
    doc.setHtml(html);
    doc.print(device);
}

Status writeReceiptSlip(const ReceiptSlip &slip, const QString &file)
{
    return writeSlipPdf(receiptSlipHtml(slip), file);
}

Status writeRedemptionSlip(const RedemptionSlip &slip, const QString &file)
{
    return writeSlipPdf(redemptionSlipHtml(slip), file);
}

QString receiptSlipHtml(const ReceiptSlip &slip)
{
    QString html = slipHeader(slip.storeName, QCoreApplication::translate("pd::ReceiptSlip", "Receipt %1").arg(slip.receiptNo), slip.time,
                              slip.memberName, slip.cardNo);
    html += QStringLiteral("<p>%1</p>").arg(slip.earning.explain().toHtmlEscaped());
    if (slip.pointsUsed > 0)
        html += QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("pd::ReceiptSlip", "%1 points paid ¥%2").arg(slip.pointsUsed).arg(points::displayYuan(slip.deductedFen)).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>").arg(QCoreApplication::translate("pd::ReceiptSlip", "Points earned: %1 · balance now: %2").arg(slip.earning.total()).arg(slip.balanceAfter).toHtmlEscaped());
    html += QStringLiteral("</div>");
    return html;
}

QString redemptionSlipHtml(const RedemptionSlip &slip)
{
    QString html = slipHeader(slip.storeName, QCoreApplication::translate("pd::ReceiptSlip", "Redemption %1").arg(slip.redemptionNo), slip.time,
                              slip.memberName, slip.cardNo);
    html += QStringLiteral("<p><b>%1</b></p>").arg(QCoreApplication::translate("pd::ReceiptSlip", "%1 × %2").arg(slip.quantity).arg(slip.itemName).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("pd::ReceiptSlip", "%1 points each%2").arg(slip.unitPoints)
                                               .arg(slip.creditPrice ? QCoreApplication::translate("pd::ReceiptSlip", " (good-credit price)") : QString())
                                               .toHtmlEscaped());
    if (slip.cashFen > 0)
        html += QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("pd::ReceiptSlip", "Cash paid: ¥%1").arg(points::displayYuan(slip.cashFen)).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>").arg(QCoreApplication::translate("pd::ReceiptSlip", "Points used: %1 · balance now: %2").arg(slip.points).arg(slip.balanceAfter).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("pd::ReceiptSlip", "Keep this slip: with it a faulty item or a service not delivered can be cancelled and the points given back.").toHtmlEscaped());
    html += QStringLiteral("</div>");
    return html;
}


} // namespace pd::report

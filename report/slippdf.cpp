#include "slippdf.h"

#include "core/clock.h"
#include "core/ledger/pointsmath.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace pd::report {

Status writeReceiptSlip(const ReceiptSlip &slip, const QString &file)
{
    QString html = QStringLiteral("<div style=\"font-family: 'WenQuanYi Micro Hei', 'DejaVu Sans'; font-size: 9pt;\">");
    html += QStringLiteral("<h3>%1</h3>").arg(slip.storeName.toHtmlEscaped());
    html += QStringLiteral("<p>%1<br/>%2<br/>%3</p>")
                .arg(QCoreApplication::translate("pd::ReceiptSlip", "Receipt %1").arg(slip.receiptNo).toHtmlEscaped(),
                     slip.time.toTimeZone(programmeTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     QCoreApplication::translate("pd::ReceiptSlip", "Member %1 (card %2)").arg(slip.memberName, slip.cardNo).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(slip.earning.explain().toHtmlEscaped());
    if (slip.pointsUsed > 0)
        html += QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("pd::ReceiptSlip", "%1 points paid ¥%2").arg(slip.pointsUsed).arg(points::formatYuan(slip.deductedFen)).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>").arg(QCoreApplication::translate("pd::ReceiptSlip", "Points earned: %1 · balance now: %2").arg(slip.earning.total()).arg(slip.balanceAfter).toHtmlEscaped());
    html += QStringLiteral("</div>");
    QPdfWriter writer(file);
    writer.setPageSize(QPageSize(QPageSize::A6));
    writer.setPageMargins(QMarginsF(8, 8, 8, 8), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("PointsDesk"));
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&writer);
    if (!QFile::exists(file) || QFile(file).size() == 0)
        return makeError(ErrorCode::Io, QCoreApplication::translate("pd::ReceiptSlip", "The PDF file %1 cannot be written.").arg(file));
    return {};
}

} // namespace pd::report

#include "rulespdf.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace pd::report {

bool renderRules(const QString &html, const QString &pageHeader, QPagedPaintDevice *device)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QRectF area = device->pageLayout().paintRectPixels(device->logicalDpiX());
    QFont small(QStringLiteral("WenQuanYi Micro Hei"));
    small.setPointSizeF(8);
    const qreal band = QFontMetricsF(small, device).height() * 2; // header above, page number below
    const QSizeF body(area.width(), area.height() - 2 * band);
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device); // lay out at the device's resolution
    doc.setPageSize(body);
    doc.setHtml(html);
    const int pages = doc.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(0, 0, area.width(), band), Qt::AlignLeft | Qt::AlignTop, pageHeader);
        painter.drawText(QRectF(0, area.height() - band, area.width(), band), Qt::AlignHCenter | Qt::AlignBottom,
                         QCoreApplication::translate("pd::RulesPdf", "Page %1 of %2").arg(page + 1).arg(pages));
        painter.save();
        painter.translate(0, band - page * body.height());
        doc.drawContents(&painter, QRectF(0, page * body.height(), body.width(), body.height()));
        painter.restore();
    }
    painter.end();
    return true;
}

Status writeRulesPdf(const QString &html, const QString &pageHeader, const QString &file)
{
    const auto failed = [&file] {
        return makeError(ErrorCode::Io, QCoreApplication::translate("pd::RulesPdf", "The PDF file %1 cannot be written.").arg(file));
    };
    QPdfWriter writer(file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(pageHeader);
    writer.setCreator(QStringLiteral("PointsDesk"));
    if (!renderRules(html, pageHeader, &writer) || !QFile::exists(file) || QFile(file).size() == 0)
        return failed();
    return {};
}

} // namespace pd::report

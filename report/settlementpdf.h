#pragma once

#include "core/insights/settlement.h"

class QPagedPaintDevice;

namespace pd::report {

// The month's partner settlement as an A4 PDF (QPdfWriter + QTextDocument), one page per
// partner merchant, in the current language. Needs a QGuiApplication.
Status writeSettlementPdf(const Settlement &settlement, const QString &file);
// The same pages on any paged device: a printer, its preview.
void renderSettlement(const Settlement &settlement, QPagedPaintDevice *device);

QString settlementHtml(const Settlement &settlement, const PartnerSettlement &partner);

} // namespace pd::report

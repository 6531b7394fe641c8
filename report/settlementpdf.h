#pragma once

#include "core/insights/settlement.h"

namespace pd::report {

// The month's partner settlement as an A4 PDF (QPdfWriter + QTextDocument), one page per
// partner merchant, in the current language. Needs a QGuiApplication.
Status writeSettlementPdf(const Settlement &settlement, const QString &file);

QString settlementHtml(const Settlement &settlement, const PartnerSettlement &partner);

} // namespace pd::report

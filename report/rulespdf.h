#pragma once

#include "core/result.h"

class QPagedPaintDevice;

namespace pd::report {

// The programme rules as an A4 PDF (QPdfWriter + QTextDocument), each page headed by
// `pageHeader` (the version and the day it takes effect) and numbered. Needs a QGuiApplication.
Status writeRulesPdf(const QString &html, const QString &pageHeader, const QString &file);
// The same pages on any paged device (a printer, its preview); false when it cannot be painted on.
bool renderRules(const QString &html, const QString &pageHeader, QPagedPaintDevice *device);

} // namespace pd::report

#pragma once

#include "core/result.h"

namespace pd::report {

// The programme rules as an A4 PDF (QPdfWriter + QTextDocument), each page headed by
// `pageHeader` (the version and the day it takes effect) and numbered. Needs a QGuiApplication.
Status writeRulesPdf(const QString &html, const QString &pageHeader, const QString &file);

} // namespace pd::report

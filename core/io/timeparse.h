#pragma once

#include "core/result.h"

#include <QDateTime>

namespace pd {

// ISO 8601 business time: YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM]. Without an offset it is
// local time of the programme's time zone. Anything else (a space for the T, a date only,
// 2026-02-30, 24:00) is refused.
Result<QDateTime> parseBusinessTime(const QString &text, const QString &field = QStringLiteral("time"));
// YYYY-MM-DD, a real date.
Result<QDate> parseIsoDate(const QString &text, const QString &field);
// YYYY-MM, a real month.
Result<QDate> parseIsoMonth(const QString &text, const QString &field);

} // namespace pd

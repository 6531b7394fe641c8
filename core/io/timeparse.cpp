#include "timeparse.h"

#include "core/clock.h"

#include <QRegularExpression>

namespace pd {


Result<QDate> parseIsoDate(const QString &text, const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})\\z"));
    const auto m = pattern.match(text.trimmed());
    const QDate d = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()) : QDate();
    if (!d.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::TimeParse", "\"%1\" is not a date of the form YYYY-MM-DD").arg(text.trimmed()), field);
    return d;
}

Result<QDate> parseIsoMonth(const QString &text, const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{4})-([0-9]{2})\\z"));
    const auto m = pattern.match(text.trimmed());
    const QDate d = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
    if (!d.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::TimeParse", "\"%1\" is not a month of the form YYYY-MM").arg(text.trimmed()), field);
    return d;
}

Result<QDateTime> parseBusinessTime(const QString &raw, const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\\.([0-9]{1,3}))?)?(Z|[+-][0-9]{2}:[0-9]{2})?$"));
    const QString text = raw.trimmed();
    const auto m = pattern.match(text);
    const auto fail = [&] {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::TimeParse", "\"%1\" is not an ISO 8601 time such as 2026-03-01T10:15:00").arg(text.left(40)), field);
    };
    if (!m.hasMatch())
        return fail();
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    QString ms = m.captured(7);
    while (!ms.isEmpty() && ms.size() < 3)
        ms += QLatin1Char('0');
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms.toInt());
    if (!date.isValid() || !time.isValid())
        return fail();
    const QString zone = m.captured(8);
    QDateTime result;
    if (zone.isEmpty()) {
        result = QDateTime(date, time, programmeTimeZone());
    } else if (zone == QLatin1String("Z")) {
        result = QDateTime(date, time, QTimeZone::utc());
    } else {
        const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
        const int hours = zone.mid(1, 2).toInt(), minutes = zone.mid(4, 2).toInt();
        if (hours > 14 || minutes > 59)
            return fail();
        result = QDateTime(date, time, QTimeZone(sign * (hours * 3600 + minutes * 60)));
    }
    if (!result.isValid())
        return fail();
    return result.toUTC();
}

} // namespace pd

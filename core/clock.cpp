#include "clock.h"

namespace pd {

QString toStoredTime(const QDateTime &t)
{
    const QDateTime utc = t.toUTC();
    const QDate d = utc.date();
    const QTime time = utc.time();
    if (!d.isValid() || d.year() < 1000 || d.year() > 9999)
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    // by hand: a batch job stores thousands of times a second, and formatting them with
    // QDateTime::toString's pattern language took 4 % of an expiry run (perf)
    struct Field
    {
        int value;
        int digits;
        char16_t after;
    };
    const Field fields[] = {{d.year(), 4, u'-'}, {d.month(), 2, u'-'}, {d.day(), 2, u'T'}, {time.hour(), 2, u':'},
                            {time.minute(), 2, u':'}, {time.second(), 2, u'.'}, {time.msec(), 3, u'Z'}};
    char16_t text[24];
    int at = 0;
    for (const Field &f : fields) {
        int value = f.value;
        for (int i = f.digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
        at += f.digits;
        text[at++] = f.after;
    }
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

} // namespace pd

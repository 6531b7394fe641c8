#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace pd {

// Core never reads the wall clock directly, so tests can set the time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(now.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

// Timestamps are stored as UTC text with milliseconds; this form sorts correctly as text.
QString toStoredTime(const QDateTime &t);

inline QDateTime fromStoredTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

} // namespace pd

namespace pd {

// Business dates (joining dates, campaign days, expiry) are in the programme's time zone.
inline QTimeZone programmeTimeZone() { return QTimeZone(QByteArrayLiteral("Asia/Shanghai")); }
inline QDate businessToday(const Clock &clock) { return clock.nowUtc().toTimeZone(programmeTimeZone()).date(); }
// Every time a person reads (screens, CSV, PDF) is in the programme's zone, whatever the
// computer's own zone is: "2026-12-01 06:55", or with seconds.
inline QString displayTime(const QDateTime &t, bool seconds = false)
{
    return t.toTimeZone(programmeTimeZone()).toString(seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace pd

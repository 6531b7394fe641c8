#pragma once

#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

class Clock;
class Database;
struct BatchReport;
struct Session;

// How a member was reminded that points expire (DESIGN §9): by SMS through the gateway file,
// or not at all, and why.
enum class ReminderChannel { Sms, NoConsent, NoMobile };
QString reminderChannelCode(ReminderChannel channel); // "sms", "no_consent", "no_mobile"
std::optional<ReminderChannel> reminderChannelFromCode(const QString &code);
QString reminderChannelName(ReminderChannel channel); // translated

// Members are reminded of the points whose validity ends within this many days.
inline constexpr int kReminderWindowDays = 30;

// One member's reminder as a run recorded it.
struct ExpiryReminder
{
    qint64 memberId = 0;
    QString cardNo;
    qint64 points = 0;    // expiring in the run's window
    QDate lastValidDay;   // the last day the first of them can be used
    ReminderChannel channel = ReminderChannel::Sms;
};

// What the runs as of one day recorded: how many were reminded by SMS, how many could not be
// and why, and (the first `limit` of) those who could not.
struct ReminderDay
{
    qint64 sms = 0, noConsent = 0, noMobile = 0;
    qint64 points = 0;
    QList<ExpiryReminder> unreached;
};

namespace reminders {

// The last day points whose lots end at `storedExpiry` (the start of a business day) can be used.
QDate lastUsableDay(const QString &storedExpiry);

// The stored-time bounds of a run as of `asOf`: lots whose expiry moment falls after the start
// of that day and at most kReminderWindowDays days later.
QString windowStart(const QDate &asOf);
QString windowEnd(const QDate &asOf);

// The ids of members with points expiring in the window (bound to windowStart, windowEnd),
// ascending, for the batch job.
QString dueMembersQuery();

// Inside the job's write transaction: a reminder for each member with id in [first, last] whose
// expiring points no earlier reminder covered (a reminder covers the points expiring from its
// first expiry to the end of its window; one that could not be sent is sent once the member can
// be reached). Returns the members recorded; adds their points and SMS messages to `report`.
Result<qint64> recordBatch(Database &db, const Clock &clock, qint64 first, qint64 last, const QDate &asOf, BatchReport &report);

// Members with points expiring within the window of `today` whom no reminder covers (a check).
Result<qint64> uncoveredMembers(Database &db, const QDate &today);

// The reminders recorded as of `asOf`.
Result<ReminderDay> day(Database &db, const Session &session, const QDate &asOf, int limit = 1000);

} // namespace reminders

} // namespace pd

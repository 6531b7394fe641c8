#pragma once

#include "core/result.h"

class QDate;
class QIODevice;

namespace pd {

class Clock;
class Database;
struct Session;

// The SMS gateway's file for the reminders of one day (DESIGN §9): one row per member reminded
// by SMS as of `asOf` — mobile,card_no,points,last_day,message — in the order recorded. It holds
// mobiles: permission-checked and audited. Writing it again gives the same rows.
Result<qint64> exportReminderSms(Database &db, const Clock &clock, const Session &session, const QDate &asOf, QIODevice *out);

// The same, written whole to `path` readable by its owner only; returns the messages written.
Result<qint64> writeReminderSmsFile(Database &db, const Clock &clock, const Session &session, const QDate &asOf, const QString &path);

// The message sent, with {card} (the card's last four digits), {points} and {last_day}; the
// setting `reminders.sms_template` replaces the default.
QString reminderSmsText(const QString &templateText, const QString &cardNo, qint64 points, const QDate &lastDay);

} // namespace pd

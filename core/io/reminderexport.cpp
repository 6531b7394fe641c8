#include "reminderexport.h"

#include "core/access/session.h"
#include "core/audit/auditlog.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/io/csvwriter.h"
#include "core/io/privatefile.h"
#include "core/jobs/expiryreminders.h"
#include "core/pointsmath.h"
#include "core/settings/programmesettings.h"

#include <QBuffer>
#include <QDate>
#include <QIODevice>
#include <QJsonObject>

namespace pd {

namespace {
// Members read their messages in Chinese, whatever language the desk runs in.
const QString kDefaultTemplate = QStringLiteral("尊敬的会员：您尾号{card}的会员卡有{points}积分将于{last_day}后过期，请及时使用。");
} // namespace

QString reminderSmsText(const QString &templateText, const QString &cardNo, qint64 points, const QDate &lastDay)
{
    QString text = templateText;
    text.replace(QLatin1String("{card}"), cardNo.right(4));
    text.replace(QLatin1String("{points}"), points::displayPoints(points));
    text.replace(QLatin1String("{last_day}"), lastDay.toString(Qt::ISODate));
    return text;
}

Result<qint64> exportReminderSms(Database &db, const Clock &clock, const Session &session, const QDate &asOf, QIODevice *out)
{
    if (Status s = session.require(Permission::ExpiryReminders); !s)
        return s.error();
    auto templateText = programmesettings::value(db, QStringLiteral("reminders.sms_template"), kDefaultTemplate);
    if (!templateText)
        return templateText.error();
    // on record before the first mobile is written, as every export of personal data
    if (Status s = AuditLog(db, clock).record(session, QStringLiteral("export.reminders"), QStringLiteral("members"), QStringLiteral("*"),
                                              {{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)}});
        !s)
        return s.error();
    out->write(csv::line({QStringLiteral("mobile"), QStringLiteral("card_no"), QStringLiteral("points"), QStringLiteral("last_day"),
                          QStringLiteral("message")}));
    auto rows = sql::run(db.connection(), QStringLiteral("SELECT m.mobile, m.card_no, r.expiring_points, r.first_expiry FROM expiry_reminders r "
                                                         "JOIN members m ON m.id = r.member_id WHERE r.as_of = ? AND r.channel = 'sms' "
                                                         "ORDER BY r.id"),
                         {asOf.toString(Qt::ISODate)});
    if (!rows)
        return rows.error();
    qint64 count = 0;
    while (rows.value().next()) {
        const QString card = rows.value().value(1).toString();
        const qint64 points = rows.value().value(2).toLongLong();
        const QDate lastDay = reminders::lastUsableDay(rows.value().value(3).toString());
        const QStringList fields{rows.value().value(0).toString(), card, QString::number(points), lastDay.toString(Qt::ISODate),
                                 reminderSmsText(templateText.value(), card, points, lastDay)};
        if (out->write(csv::line(fields)) < 0)
            return makeError(ErrorCode::Io, QCoreApplication::translate("pd::Import", "The export file could not be written."));
        ++count;
    }
    return count;
}

Result<qint64> writeReminderSmsFile(Database &db, const Clock &clock, const Session &session, const QDate &asOf, const QString &path)
{
    QBuffer file;
    file.open(QIODevice::WriteOnly);
    auto rows = exportReminderSms(db, clock, session, asOf, &file);
    if (!rows)
        return rows.error();
    if (Status s = writePrivateFile(path, file.data()); !s)
        return s.error();
    return rows;
}

} // namespace pd

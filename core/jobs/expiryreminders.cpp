#include "expiryreminders.h"

#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/enumcodes.h"
#include "core/jobs/batchjobs.h"
#include "core/pointsmath.h"

#include <QCoreApplication>
#include <QHash>

namespace pd {

QString reminderChannelCode(ReminderChannel channel)
{
    switch (channel) {
    case ReminderChannel::Sms: return QStringLiteral("sms");
    case ReminderChannel::NoConsent: return QStringLiteral("no_consent");
    case ReminderChannel::NoMobile: return QStringLiteral("no_mobile");
    }
    return {};
}

std::optional<ReminderChannel> reminderChannelFromCode(const QString &code)
{
    return enumFromCode(code, {ReminderChannel::Sms, ReminderChannel::NoConsent, ReminderChannel::NoMobile}, reminderChannelCode);
}

QString reminderChannelName(ReminderChannel channel)
{
    switch (channel) {
    case ReminderChannel::Sms: return QCoreApplication::translate("pd::reminders", "SMS");
    case ReminderChannel::NoConsent: return QCoreApplication::translate("pd::reminders", "No marketing consent");
    case ReminderChannel::NoMobile: return QCoreApplication::translate("pd::reminders", "No mobile number");
    }
    return {};
}

namespace reminders {

namespace {

struct Covered
{
    QString firstExpiry, windowEnd;
    bool sms = false;
};

} // namespace

QDate lastUsableDay(const QString &storedExpiry)
{
    return fromStoredTime(storedExpiry).toTimeZone(programmeTimeZone()).date().addDays(-1);
}

QString windowStart(const QDate &asOf)
{
    return toStoredTime(points::startOfBusinessDay(asOf));
}

QString windowEnd(const QDate &asOf)
{
    return toStoredTime(points::startOfBusinessDay(asOf.addDays(kReminderWindowDays)));
}

QString dueMembersQuery()
{
    return QStringLiteral("SELECT DISTINCT member_id FROM lots WHERE remaining > 0 AND expires_at > ? AND expires_at <= ? ORDER BY member_id");
}

Result<qint64> recordBatch(Database &db, const Clock &clock, qint64 first, qint64 last, const QDate &asOf, BatchReport &report)
{
    const QSqlDatabase c = db.connection();
    const QString start = windowStart(asOf), end = windowEnd(asOf);
    // what earlier runs covered: reminders whose window reaches into this one
    QHash<qint64, QList<Covered>> covered;
    {
        auto q = sql::run(c, QStringLiteral("SELECT member_id, first_expiry, window_end, channel FROM expiry_reminders "
                                            "WHERE member_id BETWEEN ? AND ? AND window_end > ?"),
                          {first, last, start});
        if (!q)
            return q.error();
        while (q.value().next())
            covered[q.value().value(0).toLongLong()] << Covered{q.value().value(1).toString(), q.value().value(2).toString(),
                                                                 q.value().value(3).toString() == QLatin1String("sms")};
    }
    auto due = sql::run(c, QStringLiteral("SELECT l.member_id, SUM(l.remaining), MIN(l.expires_at), m.marketing_consent, m.mobile "
                                          "FROM lots l JOIN members m ON m.id = l.member_id "
                                          "WHERE l.member_id BETWEEN ? AND ? AND l.remaining > 0 AND l.expires_at > ? AND l.expires_at <= ? "
                                          "AND m.status <> 'closed' GROUP BY l.member_id, m.marketing_consent, m.mobile ORDER BY l.member_id"),
                        {first, last, start, end});
    if (!due)
        return due.error();
    struct Row
    {
        qint64 member, points;
        QString firstExpiry;
        ReminderChannel channel;
    };
    QList<Row> rows;
    while (due.value().next()) {
        const bool consent = due.value().value(3).toLongLong() != 0;
        const bool mobile = !due.value().value(4).isNull() && !due.value().value(4).toString().isEmpty();
        const ReminderChannel channel = !consent ? ReminderChannel::NoConsent : !mobile ? ReminderChannel::NoMobile : ReminderChannel::Sms;
        rows << Row{due.value().value(0).toLongLong(), due.value().value(1).toLongLong(), due.value().value(2).toString(), channel};
    }
    due.value().finish();
    const QString now = toStoredTime(clock.nowUtc());
    qint64 recorded = 0;
    for (const Row &r : rows) {
        // covered: an earlier reminder's window holds the first of these points, and it was
        // sent, or it could not be and still cannot
        bool skip = false;
        for (const Covered &k : covered.value(r.member))
            if (k.firstExpiry <= r.firstExpiry && k.windowEnd >= r.firstExpiry && (k.sms || r.channel != ReminderChannel::Sms))
                skip = true;
        if (skip)
            continue;
        auto ins = sql::run(c, QStringLiteral("INSERT INTO expiry_reminders (member_id, as_of, first_expiry, window_end, expiring_points, "
                                              "channel, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                            {r.member, asOf.toString(Qt::ISODate), r.firstExpiry, end, r.points, reminderChannelCode(r.channel), now});
        if (!ins)
            return ins.error();
        if (ins.value().numRowsAffected() != 1)
            continue; // a run at the same time recorded it
        ++recorded;
        report.points += r.points;
        report.messages += r.channel == ReminderChannel::Sms;
    }
    return recorded;
}

Result<qint64> uncoveredMembers(Database &db, const QDate &today)
{
    auto n = sql::scalar(db.connection(),
                         QStringLiteral("SELECT COUNT(*) FROM (SELECT l.member_id, MIN(l.expires_at) AS first_expiry FROM lots l "
                                        "JOIN members m ON m.id = l.member_id WHERE l.remaining > 0 AND l.expires_at > ? AND l.expires_at <= ? "
                                        "AND m.status <> 'closed' GROUP BY l.member_id) due WHERE NOT EXISTS (SELECT 1 FROM expiry_reminders r "
                                        "WHERE r.member_id = due.member_id AND r.first_expiry <= due.first_expiry AND r.window_end >= due.first_expiry)"),
                         {windowStart(today), windowEnd(today)});
    if (!n)
        return n.error();
    return n.value().toLongLong();
}

Result<ReminderDay> day(Database &db, const Session &session, const QDate &asOf, int limit)
{
    if (Status s = session.require(Permission::ExpiryReminders); !s)
        return s.error();
    const QSqlDatabase c = db.connection();
    ReminderDay d;
    auto counts = sql::run(c, QStringLiteral("SELECT channel, COUNT(*), SUM(expiring_points) FROM expiry_reminders WHERE as_of = ? GROUP BY channel"),
                           {asOf.toString(Qt::ISODate)});
    if (!counts)
        return counts.error();
    while (counts.value().next()) {
        const auto channel = reminderChannelFromCode(counts.value().value(0).toString());
        const qint64 n = counts.value().value(1).toLongLong();
        d.points += counts.value().value(2).toLongLong();
        if (channel == ReminderChannel::Sms)
            d.sms = n;
        else if (channel == ReminderChannel::NoConsent)
            d.noConsent = n;
        else if (channel == ReminderChannel::NoMobile)
            d.noMobile = n;
    }
    counts.value().finish();
    auto unreached = sql::run(c, QStringLiteral("SELECT r.member_id, m.card_no, r.expiring_points, r.first_expiry, r.channel FROM expiry_reminders r "
                                                "JOIN members m ON m.id = r.member_id WHERE r.as_of = ? AND r.channel <> 'sms' "
                                                "ORDER BY r.expiring_points DESC, m.card_no LIMIT ?"),
                              {asOf.toString(Qt::ISODate), limit});
    if (!unreached)
        return unreached.error();
    while (unreached.value().next())
        d.unreached << ExpiryReminder{unreached.value().value(0).toLongLong(), unreached.value().value(1).toString(),
                                      unreached.value().value(2).toLongLong(), lastUsableDay(unreached.value().value(3).toString()),
                                      reminderChannelFromCode(unreached.value().value(4).toString()).value_or(ReminderChannel::NoConsent)};
    return d;
}

} // namespace reminders

} // namespace pd

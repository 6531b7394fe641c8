#include "auditfilter.h"

#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"

#include <QCoreApplication>

namespace pd {

namespace {
QString startOfDay(const QDate &day)
{
    return toStoredTime(QDateTime(day, QTime(0, 0), programmeTimeZone()));
}
} // namespace

Result<AuditCondition> auditCondition(Database &db, const AuditFilter &filter)
{
    if (!filter.from.isNull() && !filter.to.isNull() && filter.to < filter.from)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::AuditFilter", "The last day is before the first day."),
                         QStringLiteral("to"));
    AuditCondition c;
    if (!filter.action.isEmpty()) {
        c.sql += QStringLiteral(" AND action = ?");
        c.values << filter.action;
    }
    if (!filter.user.isEmpty()) {
        c.sql += QStringLiteral(" AND actor_name = ?");
        c.values << filter.user.trimmed();
    }
    if (!filter.from.isNull()) {
        c.sql += QStringLiteral(" AND at >= ?");
        c.values << startOfDay(filter.from);
    }
    if (!filter.to.isNull()) {
        c.sql += QStringLiteral(" AND at < ?");
        c.values << startOfDay(filter.to.addDays(1));
    }
    const QString record = filter.record.trimmed();
    if (!record.isEmpty()) {
        auto member = sql::scalar(db.connection(), QStringLiteral("SELECT id FROM members WHERE card_no = ?"), {record});
        if (!member)
            return member.error();
        if (member.value().isValid() && !member.value().isNull()) {
            c.sql += QStringLiteral(" AND (entity_id = ? OR (entity = 'member' AND entity_id = ?))");
            c.values << record << member.value().toString();
        } else {
            c.sql += QStringLiteral(" AND entity_id = ?");
            c.values << record;
        }
    }
    return c;
}

} // namespace pd

#include "auditexport.h"

#include "core/audit/auditlog.h"
#include "core/audit/auditmodel.h"
#include "core/audit/auditwords.h"
#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/io/csvwriter.h"

#include <QIODevice>

namespace pd {

namespace {
constexpr int kRecordsPerRead = 1000; // names are looked up a thousand records at a time

void writeRecords(QIODevice *out, const QList<AuditRecord> &records, const QHash<QString, QString> &names)
{
    for (const AuditRecord &r : records) {
        out->write(csv::line({QString::number(r.seq), displayTime(fromStoredTime(r.at), true), r.actorName, r.action,
                              auditActionName(r.action), auditRecordName(r, names), auditDetailsInWords(r.details), r.details}));
    }
}
} // namespace

Result<qint64> exportAuditCsv(Database &db, const Clock &clock, const Session &session, const AuditFilter &filter, QIODevice *out)
{
    if (Status s = session.require(Permission::AuditRead); !s)
        return s.error();
    auto condition = auditCondition(db, filter);
    if (!condition)
        return condition.error();
    // on record before the file is written: an export that was started is known even if it fails
    if (Status s = AuditLog(db, clock).record(session, QStringLiteral("export.audit"), QStringLiteral("audit"), QStringLiteral("*")); !s)
        return s.error();
    out->write(csv::line({QStringLiteral("no"), QStringLiteral("time"), QStringLiteral("user"), QStringLiteral("action"),
                          QStringLiteral("action_name"), QStringLiteral("record"), QStringLiteral("details"), QStringLiteral("details_json")}));
    qint64 written = 0, after = 0;
    for (;;) {
        auto rows = sql::run(db.connection(),
                             AuditRecord::selectSql() + QStringLiteral("WHERE seq > ?") + condition->sql
                                 + QStringLiteral(" ORDER BY seq LIMIT %1").arg(kRecordsPerRead),
                             QVariantList{after} + condition->values);
        if (!rows)
            return rows.error();
        QList<AuditRecord> records;
        while (rows.value().next())
            records << AuditRecord::fromRow(rows.value());
        rows.value().finish();
        if (records.isEmpty())
            break;
        auto names = auditRecordNames(db, records);
        if (!names)
            return names.error();
        writeRecords(out, records, names.value());
        written += records.size();
        after = records.constLast().seq;
        if (records.size() < kRecordsPerRead)
            break;
    }
    return written;
}

} // namespace pd

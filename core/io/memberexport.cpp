#include "memberexport.h"

#include "core/audit/auditlog.h"
#include "core/access/session.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/io/csvwriter.h"
#include "core/io/importers.h"

#include <QIODevice>

namespace pd {

Result<qint64> exportMembersCsv(Database &db, const Clock &clock, const Session &session, QIODevice *out)
{
    if (Status s = session.require(Permission::PersonalDataExport); !s)
        return s.error();
    // The audit record is committed first: an export that was started is on record even if
    // writing the file fails halfway.
    if (Status s = AuditLog(db, clock).record(session, QStringLiteral("export.members"), QStringLiteral("members"), QStringLiteral("*")); !s)
        return s.error();
    out->write(csv::line(Importers::memberColumns()));
    auto rows = sql::run(db.connection(), QStringLiteral("SELECT m.card_no, m.name, m.mobile, m.joined_on, s.code, m.credit "
                                                         "FROM members m JOIN stores s ON s.id = m.store_id ORDER BY m.id"));
    if (!rows)
        return rows.error();
    qint64 count = 0;
    while (rows.value().next()) {
        QStringList fields;
        for (int i = 0; i < 6; ++i)
            fields << rows.value().value(i).toString();
        if (out->write(csv::line(fields)) < 0)
            return makeError(ErrorCode::Io, QCoreApplication::translate("pd::Import", "The export file could not be written."));
        ++count;
    }
    return count;
}

} // namespace pd

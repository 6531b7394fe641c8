#include "ledgerexport.h"

#include "core/audit/auditlog.h"
#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/io/csvwriter.h"

#include <QIODevice>

namespace pd {

Result<qint64> exportBalancesCsv(Database &db, const Session &session, QIODevice *out)
{
    if (Status s = session.require(Permission::MemberRead); !s)
        return s.error();
    out->write(csv::line({QStringLiteral("card_no"), QStringLiteral("balance"), QStringLiteral("debt"), QStringLiteral("tier")}));
    auto rows = sql::run(db.connection(), QStringLiteral("SELECT card_no, balance, debt, tier FROM members ORDER BY card_no"));
    if (!rows)
        return rows.error();
    qint64 n = 0;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        out->write(csv::line({q.value(0).toString(), QString::number(q.value(1).toLongLong()), QString::number(q.value(2).toLongLong()),
                              q.value(3).toString()}));
        ++n;
    }
    return n;
}

Result<qint64> exportLedgerCsv(Database &db, const Clock &clock, const Session &session, QIODevice *out)
{
    if (Status s = session.require(Permission::AuditRead); !s)
        return s.error();
    // on record before the file is written: an export that was started is known even if it fails
    if (Status s = AuditLog(db, clock).record(session, QStringLiteral("export.ledger"), QStringLiteral("ledger"), QStringLiteral("*")); !s)
        return s.error();
    out->write(csv::line({QStringLiteral("entry_id"), QStringLiteral("card_no"), QStringLiteral("time"), QStringLiteral("kind"),
                          QStringLiteral("delta"), QStringLiteral("store"), QStringLiteral("reference"), QStringLiteral("breakdown")}));
    auto rows = sql::run(db.connection(), QStringLiteral("SELECT e.id, m.card_no, e.business_time, e.kind, e.delta, COALESCE(s.code, ''), "
                                                         "e.reference, e.breakdown FROM ledger_entries e JOIN members m ON m.id = e.member_id "
                                                         "LEFT JOIN stores s ON s.id = e.store_id ORDER BY e.id"));
    if (!rows)
        return rows.error();
    qint64 n = 0;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        const QString local = fromStoredTime(q.value(2).toString()).toTimeZone(programmeTimeZone()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        out->write(csv::line({q.value(0).toString(), q.value(1).toString(), local, q.value(3).toString(),
                              QString::number(q.value(4).toLongLong()), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()}));
        ++n;
    }
    return n;
}

} // namespace pd

#include "dailyclose.h"

#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/retry.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/ledger/ledgerchain.h"

#include <QFile>
#include <QJsonObject>

#include <unistd.h>

namespace pd {

Result<ChainHead> closeDay(Database &db, const Clock &clock, const Session &session)
{
    if (Status s = session.require(Permission::AuditRead); !s)
        return s.error();
    return withConflictRetry(db, [&]() -> Result<ChainHead> {
        WriteTransaction tx(db);
        if (Status s = tx.begin(); !s)
            return s.error();
        // The ledger's anchor must be the heads of exactly the entries up to its last id, so no
        // entry may commit meanwhile. Writers append their audit record after their entries, so
        // taking this lock before the audit head cannot deadlock with them.
        if (const QString lock = db.dialect().lockTableAgainstWrites(QStringLiteral("ledger_entries")); !lock.isEmpty()) {
            if (auto r = sql::run(db.connection(), lock); !r)
                return r.error();
        }
        auto ledger = ledgerchain::anchor(db);
        if (!ledger)
            return ledger.error();
        const QJsonObject details{{QStringLiteral("ledger_entry"), ledger->lastEntryId}, {QStringLiteral("ledger_digest"), ledger->digest}};
        if (Status s = AuditLog(db, clock).append(session, QStringLiteral("audit.close"), QStringLiteral("audit"), QStringLiteral("head"), details); !s)
            return s.error();
        auto head = sql::run(db.connection(), QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
        if (!head)
            return head.error();
        head.value().next();
        ChainHead h{head.value().value(0).toLongLong(), head.value().value(1).toString(), toStoredTime(clock.nowUtc())};
        head.value().finish();
        if (Status s = tx.commit(); !s)
            return s.error();
        return h;
    });
}

Result<ChainHead> closeDayToFile(Database &db, const Clock &clock, const Session &session, const QString &headsFile)
{
    QFile file(headsFile);
    const auto unwritable = [&file] {
        return makeError(ErrorCode::Io, QCoreApplication::translate("pd::DailyClose", "The file %1 cannot be written: %2").arg(file.fileName(), file.errorString()),
                         QStringLiteral("file"));
    };
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return unwritable();
    auto head = closeDay(db, clock, session);
    if (!head)
        return head.error();
    if (file.write((head->toLine() + QLatin1Char('\n')).toUtf8()) < 0 || !file.flush() || ::fsync(file.handle()) != 0)
        return unwritable();
    return head;
}

} // namespace pd

#include "fixtures.h"

#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/audit/auditlog.h"
#include "core/clock.h"
#include "core/integrity/invariants.h"

#include <QTest>

namespace pd::test {

qint64 countRows(Database &db, const QString &table, const QString &where)
{
    auto v = sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table
                                              + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    return v ? v.value().toLongLong() : -1;
}

QString verifyProblems(Database &db)
{
    QStringList problems;
    const SystemClock clock;
    auto audit = AuditLog(db, clock).verify(Session::system(QStringLiteral("verify")));
    if (!audit)
        problems << audit.error().describe();
    else if (!audit->intact)
        problems << QStringLiteral("audit trail broken at record %1: %2").arg(audit->firstBadSeq).arg(audit->reason);
    auto ledger = checkLedgerInvariants(db);
    if (!ledger)
        problems << ledger.error().describe();
    else
        problems << ledger->problems;
    return problems.join(QLatin1Char('\n'));
}

VerifiedAtEnd::~VerifiedAtEnd()
{
    if (!m_db || m_damaged || QTest::currentTestFailed())
        return;
    const QString problems = verifyProblems(*m_db);
    if (!problems.isEmpty())
        QTest::qFail(qPrintable(QStringLiteral("verify after the test: ") + problems), __FILE__, __LINE__);
}

} // namespace pd::test

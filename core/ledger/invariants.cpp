#include "invariants.h"

#include "core/db/database.h"
#include "core/db/sql.h"

namespace pd {

Result<InvariantReport> checkLedgerInvariants(Database &db)
{
    struct Check { const char *what; QString query; };
    const QList<Check> checks = {
        {QT_TRANSLATE_NOOP("pd::Invariants", "balance differs from the sum of the ledger entries"),
         QStringLiteral("SELECT m.card_no FROM members m LEFT JOIN (SELECT member_id, SUM(delta) AS s FROM ledger_entries GROUP BY member_id) e "
                        "ON e.member_id = m.id WHERE m.balance <> COALESCE(e.s, 0)")},
        {QT_TRANSLATE_NOOP("pd::Invariants", "points left in lots minus debt differ from the balance"),
         QStringLiteral("SELECT m.card_no FROM members m LEFT JOIN (SELECT member_id, SUM(remaining) AS r FROM lots GROUP BY member_id) l "
                        "ON l.member_id = m.id WHERE COALESCE(l.r, 0) - m.debt <> m.balance")},
        {QT_TRANSLATE_NOOP("pd::Invariants", "a lot holds less than nothing or more than it was given"),
         QStringLiteral("SELECT m.card_no FROM lots l JOIN members m ON m.id = l.member_id WHERE l.remaining < 0 OR l.remaining > l.points")},
        {QT_TRANSLATE_NOOP("pd::Invariants", "debt while points are left in lots, or negative debt"),
         QStringLiteral("SELECT m.card_no FROM members m WHERE m.debt < 0 OR (m.debt > 0 AND EXISTS "
                        "(SELECT 1 FROM lots l WHERE l.member_id = m.id AND l.remaining > 0))")},
        {QT_TRANSLATE_NOOP("pd::Invariants", "a receipt clawed back more than it earned or took back more than was paid"),
         QStringLiteral("SELECT m.card_no FROM receipts r JOIN members m ON m.id = r.member_id WHERE r.clawed_back > r.points + r.green_points "
                        "OR r.returned_amount > r.amount OR r.clawed_back < 0")},
    };
    InvariantReport report;
    for (const Check &c : checks) {
        auto rows = sql::run(db.connection(), c.query);
        if (!rows)
            return rows.error();
        qint64 n = 0;
        QString first;
        while (rows.value().next()) {
            if (n++ == 0)
                first = rows.value().value(0).toString();
        }
        if (n > 0)
            report.problems << QCoreApplication::translate("pd::Invariants", "%1: %2 (first: card %3)").arg(QCoreApplication::translate("pd::Invariants", c.what)).arg(n).arg(first);
    }
    return report;
}

} // namespace pd

#include "documentlookup.h"

#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/reports/entryreference.h"
#include "core/pointsmath.h"

#include <QCoreApplication>

namespace pd {

namespace {

struct Kind
{
    const char *kind;
    const char *query; // store code, number → card, name, business time, then its own figures
};

QString summaryOf(const QString &kind, const QSqlQuery &q)
{
    using points::displayPoints;
    using points::displayYuan;
    if (kind == QLatin1String("receipt"))
        return QCoreApplication::translate("pd::DocumentLookup", "¥%1 paid, %2 points earned, %3 points used; ¥%4 returned")
            .arg(displayYuan(q.value(3).toLongLong()), displayPoints(q.value(4).toLongLong()), displayPoints(q.value(5).toLongLong()),
                 displayYuan(q.value(6).toLongLong()));
    if (kind == QLatin1String("return"))
        return QCoreApplication::translate("pd::DocumentLookup", "¥%1 returned of receipt %2, %3 points taken back")
            .arg(displayYuan(q.value(3).toLongLong()), q.value(4).toString(), displayPoints(q.value(5).toLongLong()));
    return QCoreApplication::translate("pd::DocumentLookup", "%1 × %2 for %3 points; %4 cancelled")
        .arg(q.value(4).toLongLong())
        .arg(q.value(3).toString(), displayPoints(q.value(5).toLongLong()))
        .arg(q.value(6).toLongLong());
}

} // namespace

Result<QList<FoundDocument>> findDocuments(Database &db, const Session &session, const QString &storeCode, const QString &number)
{
    if (Status s = session.require(Permission::MemberRead); !s)
        return s.error();
    const QString wanted = number.trimmed();
    if (wanted.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::DocumentLookup", "Type the number on the slip."), QStringLiteral("number"));
    // each by its store and number: the unique key of its table
    static const Kind kinds[] = {
        {"receipt", "SELECT m.card_no, m.name, r.business_time, r.amount, r.points + r.green_points, r.points_used, r.returned_amount "
                    "FROM receipts r JOIN stores s ON s.id = r.store_id JOIN members m ON m.id = r.member_id "
                    "WHERE s.code = ? AND r.receipt_no = ?"},
        {"return", "SELECT m.card_no, m.name, t.business_time, t.amount, r.receipt_no, t.clawback "
                   "FROM returns t JOIN stores s ON s.id = t.store_id JOIN members m ON m.id = t.member_id "
                   "JOIN receipts r ON r.id = t.receipt_id WHERE s.code = ? AND t.return_no = ?"},
        {"redemption", "SELECT m.card_no, m.name, d.business_time, i.name, d.quantity, d.points, d.cancelled_qty "
                       "FROM redemptions d JOIN stores s ON s.id = d.store_id JOIN members m ON m.id = d.member_id "
                       "JOIN catalog_items i ON i.id = d.item_id WHERE s.code = ? AND d.redemption_no = ?"},
    };
    QList<FoundDocument> found;
    for (const Kind &k : kinds) {
        auto rows = sql::run(db.connection(), QString::fromLatin1(k.query), {storeCode, wanted});
        if (!rows)
            return rows.error();
        while (rows.value().next()) {
            const QSqlQuery &q = rows.value();
            found << FoundDocument{QString::fromLatin1(k.kind), storeCode, wanted, q.value(0).toString(), q.value(1).toString(),
                                   fromStoredTime(q.value(2).toString()), summaryOf(QString::fromLatin1(k.kind), q)};
        }
        rows.value().finish();
    }
    return found;
}

QString describeDocument(const FoundDocument &d)
{
    const QString reference = humanReference(d.kind + QLatin1Char(':') + d.storeCode + QLatin1Char('/') + d.number);
    return QCoreApplication::translate("pd::DocumentLookup", "%1 · card %2 %3 · %4 · %5").arg(reference, d.cardNo, d.memberName, displayTime(d.businessTime), d.summary);
}

} // namespace pd

#include "entryreference.h"

#include "core/db/database.h"
#include "core/db/sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariantList>

namespace pd {

namespace {

// "NY01/000123" → "NY01-000123", as the number reads on the slip
QString documentNumber(const QString &storeAndNumber)
{
    QString n = storeAndNumber;
    return n.replace(QLatin1Char('/'), QLatin1Char('-'));
}

} // namespace

QString humanReference(const QString &reference, const QString &reason)
{
    const qsizetype colon = reference.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return reference;
    const QString kind = reference.left(colon), rest = reference.mid(colon + 1);
    if (kind == QLatin1String("receipt"))
        return QCoreApplication::translate("pd::EntryReference", "Receipt %1").arg(documentNumber(rest));
    if (kind == QLatin1String("return"))
        return QCoreApplication::translate("pd::EntryReference", "Return %1").arg(documentNumber(rest));
    if (kind == QLatin1String("redemption"))
        return QCoreApplication::translate("pd::EntryReference", "Redemption %1").arg(rest.section(QLatin1Char('/'), 1));
    if (kind == QLatin1String("redemption-cancel"))
        return QCoreApplication::translate("pd::EntryReference", "Redemption %1 cancelled").arg(rest.section(QLatin1Char('/'), 1));
    if (kind == QLatin1String("adjustment"))
        return reason.isEmpty() ? QCoreApplication::translate("pd::EntryReference", "Adjustment #%1").arg(rest) : QCoreApplication::translate("pd::EntryReference", "Adjustment #%1 (%2)").arg(rest, reason);
    if (kind == QLatin1String("expiry"))
        return QCoreApplication::translate("pd::EntryReference", "Expiry run as of %1").arg(rest);
    if (kind == QLatin1String("charity"))
        return QCoreApplication::translate("pd::EntryReference", "Donation to %1").arg(reason.isEmpty() ? rest : reason);
    return reference;
}

Result<QHash<qint64, QString>> entryReasons(Database &db, qint64 memberId, const QList<qint64> &entryIds)
{
    QHash<qint64, QString> reasons;
    if (entryIds.isEmpty())
        return reasons;
    QVariantList values{memberId};
    QStringList marks;
    for (qint64 id : entryIds) {
        values << id;
        marks << QStringLiteral("?");
    }
    const QString in = QStringLiteral(" AND entry_id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    // each table is read by its member: those rows are few, whatever the size of the table
    const QList<std::pair<QString, bool>> queries = {
        {QStringLiteral("SELECT entry_id, reason, 0 FROM adjustments WHERE member_id = ?") + in, false},
        {QStringLiteral("SELECT entry_id, reason, 0 FROM redemption_cancellations WHERE member_id = ?") + in, false},
        {QStringLiteral("SELECT r.entry_id, i.name, r.quantity FROM redemptions r JOIN catalog_items i ON i.id = r.item_id "
                        "WHERE r.member_id = ?")
             + QString(in).replace(QStringLiteral("entry_id"), QStringLiteral("r.entry_id")),
         true},
        {QStringLiteral("SELECT d.entry_id, p.name, 0 FROM donations d JOIN charity_projects p ON p.id = d.project_id WHERE d.member_id = ?")
             + QString(in).replace(QStringLiteral("entry_id"), QStringLiteral("d.entry_id")),
         false},
    };
    for (const auto &[query, counted] : queries) {
        auto rows = sql::run(db.connection(), query, values);
        if (!rows)
            return rows.error();
        while (rows.value().next()) {
            const QSqlQuery &q = rows.value();
            const QString text = q.value(1).toString();
            reasons.insert(q.value(0).toLongLong(),
                           counted ? QCoreApplication::translate("pd::EntryReference", "%1 × %2").arg(q.value(2).toLongLong()).arg(text) : text);
        }
        rows.value().finish();
    }
    return reasons;
}

} // namespace pd

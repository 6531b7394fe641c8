#include "sql.h"

#include <QSqlError>
#include <QStringList>

namespace pd::sql {

Error queryError(const QSqlQuery &query, const QString &statement, const QVariantList &values)
{
    QStringList shown;
    for (const QVariant &v : values)
        shown << (v.isNull() ? QStringLiteral("NULL") : v.toString().left(64));
    const QString detail = statement.simplified() + QStringLiteral(" [") + shown.join(QStringLiteral(", "))
                           + QStringLiteral("]: ") + query.lastError().text();
    return makeError(ErrorCode::Database,
                     QCoreApplication::translate("pd::Database", "The database reported an error."),
                     {}, detail);
}

Status runPrepared(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return queryError(query, query.lastQuery(), values);
    return {};
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        if (!query.exec(statement))
            return queryError(query, statement, values);
        return query;
    }
    if (!query.prepare(statement))
        return queryError(query, statement, values);
    if (Status s = runPrepared(query, values); !s)
        return s.error();
    return query;
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    auto query = run(db, statement, values);
    if (!query)
        return query.error();
    QVariant v = query.value().next() ? query.value().value(0) : QVariant();
    query.value().finish();
    return v;
}

QVariant nullText() { return QVariant(QMetaType::fromType<QString>()); }
QVariant nullInt() { return QVariant(QMetaType::fromType<qlonglong>()); }

} // namespace pd::sql

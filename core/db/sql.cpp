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
    if (isContention(query.lastError()))
        return makeError(ErrorCode::Contention,
                         QCoreApplication::translate("pd::Database", "Another desk was changing the same records at the same moment; "
                                                                     "please try again."),
                         {}, detail);
    return makeError(ErrorCode::Database,
                     QCoreApplication::translate("pd::Database", "The database reported an error."),
                     {}, detail);
}

bool isContention(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // PostgreSQL: serialization failure, deadlock victim, and a unique key another
    // transaction committed first (the operation's own look-up finds it on the next try)
    if (code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("23505"))
        return true;
    // SQLite: still busy after the busy timeout
    return code == QLatin1String("5") || code == QLatin1String("6");
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

Result<qint64> insertReturningId(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    auto query = run(db, statement, values);
    if (!query)
        return query.error();
    if (!query.value().next())
        return makeError(ErrorCode::Database, QCoreApplication::translate("pd::Database", "The database reported an error."), {},
                         statement.simplified() + QStringLiteral(": no id returned"));
    const qint64 id = query.value().value(0).toLongLong();
    query.value().finish();
    return id;
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

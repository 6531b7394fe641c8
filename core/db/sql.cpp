#include "sql.h"

#include "serverlink.h"
#include "writebehind.h"

#include <QSqlError>
#include <QStringList>

namespace pd::sql {

Error refusal(const QString &nativeCode, const QString &detail)
{
    if (isContentionCode(nativeCode))
        return makeError(ErrorCode::Contention,
                         QCoreApplication::translate("pd::Database", "Another desk was changing the same records at the same moment; "
                                                                     "please try again."),
                         {}, detail);
    return makeError(ErrorCode::Database,
                     QCoreApplication::translate("pd::Database", "The database reported an error."),
                     {}, detail);
}

QString describeStatement(const QString &statement, const QVariantList &values)
{
    QStringList shown;
    for (const QVariant &v : values)
        shown << (v.isNull() ? QStringLiteral("NULL") : v.toString().left(64));
    return statement.simplified() + QStringLiteral(" [") + shown.join(QStringLiteral(", ")) + QStringLiteral("]");
}

Error queryError(const QSqlQuery &query, const QString &statement, const QVariantList &values)
{
    return refusal(query.lastError().nativeErrorCode(), describeStatement(statement, values) + QStringLiteral(": ") + query.lastError().text());
}

bool isContentionCode(const QString &code)
{
    // PostgreSQL: serialization failure, deadlock victim, and a unique key another
    // transaction committed first (the operation's own look-up finds it on the next try)
    if (code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("23505"))
        return true;
    // SQLite: still busy after the busy timeout
    return code == QLatin1String("5") || code == QLatin1String("6");
}

bool isContention(const QSqlError &error)
{
    return isContentionCode(error.nativeErrorCode());
}

Status runPrepared(QSqlQuery &query, const QVariantList &values)
{
    if (Status s = sendWaitingOf(query.driver()); !s)
        return s;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        // a bulk path's statement runs inside its transaction, which the server dropped with
        // the connection
        if (isLostDriver(query.driver()))
            return connectionLost(describeStatement(query.lastQuery(), values) + QStringLiteral(": ") + query.lastError().text());
        return queryError(query, query.lastQuery(), values);
    }
    return {};
}

namespace {
// Statements with bound values, prepared once per connection and run again with new values:
// for the small statements of a receipt, preparing cost as much as running (pointsdesk-bench).
// Connections belong to one thread, so each thread keeps its own.
constexpr qsizetype kMaxCachedStatements = 512;

// A Database with static storage outlives this thread's cache (thread-local objects die
// first at exit; found by fuzz_importers): the flag, which has no destructor, says so.
thread_local bool t_cacheGone = false;
struct PreparedCache
{
    QHash<QString, QHash<QString, QSqlQuery>> byConnection; // connection name → statement → query
    ~PreparedCache() { t_cacheGone = true; }
};
thread_local PreparedCache t_prepared;

// A cached query may run again unless someone is still reading its rows.
bool isFree(const QSqlQuery &q)
{
    return !q.isActive() || !q.isSelect() || q.at() == QSql::AfterLastRow;
}
} // namespace

void forgetPrepared(const QString &connectionName)
{
    if (!t_cacheGone)
        t_prepared.byConnection.remove(connectionName);
}

namespace {
Result<QSqlQuery> runOnce(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    // the writes kept for this round trip go first; a rollback drops them
    if (statement == QLatin1String("ROLLBACK"))
        dropWaiting(db);
    else if (Status s = sendWaiting(db); !s)
        return s.error();
    if (values.isEmpty()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(statement))
            return queryError(query, statement, values);
        return query;
    }
    QHash<QString, QSqlQuery> *cache = t_cacheGone ? nullptr : &t_prepared.byConnection[db.connectionName()];
    auto cached = cache ? cache->find(statement) : QHash<QString, QSqlQuery>::iterator();
    // The cache and the caller share one prepared result: Qt 6 deprecates copying a QSqlQuery
    // because copies share it, which is exactly what is wanted here (isFree guards reuse).
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    if (cache && cached != cache->end() && isFree(cached.value())) {
        if (Status s = runPrepared(cached.value(), values); !s)
            return s.error();
        return QSqlQuery(cached.value());
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return queryError(query, statement, values);
    if (cache && cached == cache->end() && cache->size() < kMaxCachedStatements)
        cache->insert(statement, query);
    QT_WARNING_POP
    if (Status s = runPrepared(query, values); !s)
        return s.error();
    return query;
}
} // namespace

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    if (!isServer(db))
        return runOnce(db, statement, values);
    if (auto answered = beforeServerStatement(db, statement))
        return std::move(*answered);
    auto done = runOnce(db, statement, values);
    if (done || !isLost(db))
        return done;
    // a read of its own lost nothing: it is asked again of the server, once it answers
    if (!insideTransaction(db) && onlyReads(statement) && reopen(db))
        return runOnce(db, statement, values);
    return afterServerLoss(db, statement, done.error());
}

Result<qint64> insertReturningId(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    static const QString returning = QStringLiteral(" RETURNING id");
    Q_ASSERT(statement.endsWith(returning));
    if (db.driverName() == QLatin1String("QSQLITE")) {
        auto query = run(db, statement.chopped(returning.size()), values);
        if (!query)
            return query.error();
        const qint64 id = query.value().lastInsertId().toLongLong();
        query.value().finish();
        return id;
    }
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

QString arrayLiteral(const QStringList &elements)
{
    QString out = QStringLiteral("{");
    for (const QString &e : elements) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        QString quoted = e;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        out += QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return out + QLatin1Char('}');
}

QString arrayLiteral(const QList<qint64> &elements)
{
    QStringList text;
    text.reserve(elements.size());
    for (qint64 e : elements)
        text << QString::number(e);
    return QLatin1Char('{') + text.join(QLatin1Char(',')) + QLatin1Char('}');
}

QVariant nullText() { return QVariant(QMetaType::fromType<QString>()); }
QVariant nullInt() { return QVariant(QMetaType::fromType<qlonglong>()); }

} // namespace pd::sql

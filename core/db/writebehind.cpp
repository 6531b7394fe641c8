#include "writebehind.h"

#include "serverlink.h"
#include "sql.h"

#include <QHash>
#include <QSqlDriver>

#include <libpq-fe.h>

#include <vector>

namespace pd::sql {

namespace {

constexpr qsizetype kMostWaiting = 1000;

struct Waiting
{
    QByteArray statement; // with $1, $2, … for libpq
    std::vector<QByteArray> values;
    std::vector<bool> isNull;
    QString shown;        // the statement as written (Qt's binding, and an error's detail)
    QVariantList original;
    QString connectionName;
};

// Per thread, as the connections are; keyed by the connection's driver, which lives as long
// as the connection.
thread_local QHash<const QSqlDriver *, QList<Waiting>> t_waiting;

// What Qt's driver does before it sends a statement: the end of the statement before (its
// rows read, the last null not yet fetched) is taken off the connection. Until then libpq
// reports the connection busy, whatever state the transaction is in.
PGTransactionStatusType settledStatus(PGconn *conn)
{
    if (PQtransactionStatus(conn) == PQTRANS_ACTIVE && PQpipelineStatus(conn) == PQ_PIPELINE_OFF) {
        while (PGresult *r = PQgetResult(conn))
            PQclear(r);
    }
    return PQtransactionStatus(conn);
}

// ? placeholders become $1, $2, … (none is inside a quoted literal in our statements, but a
// literal is skipped all the same)
QByteArray numbered(const QString &statement)
{
    QByteArray out;
    out.reserve(statement.size() + 16);
    const QByteArray in = statement.toUtf8();
    bool quoted = false;
    int n = 0;
    for (char c : in) {
        if (c == '\'')
            quoted = !quoted;
        if (c == '?' && !quoted)
            out += '$' + QByteArray::number(++n);
        else
            out += c;
    }
    return out;
}

// Text for libpq, for the value types the waiting writes carry; false for any other (the
// write then runs at once, through Qt's binding).
bool asText(const QVariant &v, QByteArray &text, bool &isNull)
{
    isNull = v.isNull();
    if (isNull)
        return true;
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        text = QByteArray::number(v.toLongLong());
        return true;
    case QMetaType::QString:
        text = v.toString().toUtf8();
        return true;
    default:
        return false;
    }
}

Error serverError(PGconn *conn, const PGresult *r, const QString &statement, const QVariantList &values)
{
    return refusal(QString::fromLatin1(r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr),
                   describeStatement(statement, values) + QStringLiteral(": ")
                       + QString::fromUtf8(r ? PQresultErrorMessage(r) : PQerrorMessage(conn)).trimmed());
}

// Through Qt, now: SQLite, outside a transaction, a value libpq is not given here, or a
// transaction that already failed (Qt reports it).
Status runNow(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {})
{
    auto done = run(db, statement, values);
    if (!done)
        return done.error();
    done.value().finish();
    return {};
}

// One pipeline: every waiting write, then `last`, one sync, every result read.
Status pipeline(PGconn *conn, const QList<Waiting> &writes, const QByteArray &last)
{
    if (!PQenterPipelineMode(conn))
        return serverError(conn, nullptr, QStringLiteral("(pipeline)"), {});
    std::optional<Error> failure;
    int sent = 0;
    for (const Waiting &w : writes) {
        std::vector<const char *> params(w.values.size());
        for (std::size_t i = 0; i < w.values.size(); ++i)
            params[i] = w.isNull[i] ? nullptr : w.values[i].constData();
        if (!PQsendQueryParams(conn, w.statement.constData(), int(params.size()), nullptr, params.data(), nullptr, nullptr, 0)) {
            failure = serverError(conn, nullptr, w.shown, w.original);
            break;
        }
        ++sent;
    }
    if (!failure && !last.isEmpty()) {
        if (PQsendQueryParams(conn, last.constData(), 0, nullptr, nullptr, nullptr, nullptr, 0))
            ++sent;
        else
            failure = serverError(conn, nullptr, QString::fromUtf8(last), {});
    }
    if (!PQpipelineSync(conn) && !failure)
        failure = serverError(conn, nullptr, QStringLiteral("(pipeline sync)"), {});
    // each statement's results end with a null; the sync point ends the round trip
    int answered = 0;
    for (;;) {
        PGresult *r = PQgetResult(conn);
        if (!r) {
            ++answered;
            if (answered > sent + 1)
                break; // nothing more is coming (a send failed before the sync)
            continue;
        }
        const ExecStatusType status = PQresultStatus(r);
        if (status == PGRES_PIPELINE_SYNC) {
            PQclear(r);
            break;
        }
        if (status == PGRES_FATAL_ERROR && !failure) {
            const int index = answered;
            failure = index < writes.size() ? serverError(conn, r, writes.at(index).shown, writes.at(index).original)
                                            : serverError(conn, r, QString::fromUtf8(last), {});
        }
        PQclear(r);
    }
    PQexitPipelineMode(conn);
    if (failure && PQstatus(conn) != CONNECTION_OK) // the server went: the COMMIT may have reached it
        return last == "COMMIT" ? outcomeUnknown(failure->detail) : connectionLost(failure->detail);
    if (failure)
        return *failure;
    return {};
}

} // namespace

Status runLater(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    PGconn *conn = serverHandle(db.driver());
    // only inside a transaction, which ends by a statement that sends them; outside one, a
    // write kept back could wait for ever
    if (!conn || settledStatus(conn) != PQTRANS_INTRANS)
        return runNow(db, statement, values);
    Waiting w;
    w.statement = numbered(statement);
    w.values.resize(values.size());
    w.isNull.resize(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        bool isNull = false;
        if (!asText(values.at(i), w.values[i], isNull))
            return runNow(db, statement, values);
        w.isNull[i] = isNull;
    }
    w.shown = statement;
    w.original = values;
    w.connectionName = db.connectionName();
    QList<Waiting> &waiting = t_waiting[db.driver()];
    waiting.append(std::move(w));
    // a pipeline's answers wait in the socket until it is read: a batch's thousands of writes
    // go in parts, so the server never blocks on a full socket while we still send
    if (waiting.size() >= kMostWaiting)
        return sendWaiting(db);
    return {};
}

namespace {
Status send(const QSqlDriver *driver, const QString &last)
{
    auto found = t_waiting.find(driver);
    if (found == t_waiting.end() || found->isEmpty())
        return {};
    const QList<Waiting> writes = std::move(found.value());
    t_waiting.erase(found);
    PGconn *conn = serverHandle(driver);
    if (conn && settledStatus(conn) == PQTRANS_INTRANS && PQpipelineStatus(conn) == PQ_PIPELINE_OFF) {
        noteStatement(writes.first().connectionName, last);
        return pipeline(conn, writes, last.toUtf8());
    }
    // a transaction already failed (or no server): the writes go one by one through Qt, which
    // reports the failure
    const QSqlDatabase db = QSqlDatabase::database(writes.first().connectionName, false);
    for (const Waiting &w : writes) {
        if (Status s = runNow(db, w.shown, w.original); !s)
            return s;
    }
    return last.isEmpty() ? Status{} : runNow(db, last);
}
} // namespace

Status sendWaitingOf(const QSqlDriver *driver)
{
    return send(driver, {});
}

Status sendWaiting(const QSqlDatabase &db, const QString &last)
{
    if (waitingCount(db) > 0)
        return send(db.driver(), last);
    return last.isEmpty() ? Status{} : runNow(db, last);
}

void dropWaiting(const QSqlDatabase &db)
{
    t_waiting.remove(db.driver());
}

qsizetype waitingCount(const QSqlDatabase &db)
{
    const auto found = t_waiting.constFind(db.driver());
    return found == t_waiting.cend() ? 0 : found->size();
}

} // namespace pd::sql

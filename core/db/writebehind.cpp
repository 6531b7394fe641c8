#include "writebehind.h"

#include "serverlink.h"
#include "sql.h"

#include <QHash>
#include <QSqlDriver>

#include <libpq-fe.h>

#include <algorithm>
#include <vector>

namespace pd::sql {

namespace {

constexpr qsizetype kMostWaiting = 250;
constexpr qsizetype kMostGatheredRows = 250;

struct Waiting
{
    QByteArray statement; // with $1, $2, … for libpq
    std::vector<QByteArray> values;
    std::vector<bool> isNull;
    QString shown;        // the statement as written (Qt's binding, and an error's detail)
    QVariantList original;
    QString connectionName;
    qsizetype rows = 1;   // a gathered INSERT's rows (an error names its first only)
};

// Rows for one table and column list, to go as one multi-row INSERT.
struct Gathered
{
    QString table;
    QString columns;
    int rank = 0;
    qsizetype width = 0;
    std::vector<QByteArray> values;
    std::vector<bool> isNull;
    QVariantList original;
    QString connectionName;
    qsizetype rows() const { return width ? qsizetype(values.size()) / width : 0; }
};

// Rows of one table changed by id, each to its last values, to go as one UPDATE.
struct GatheredUpdate
{
    QString table;
    QStringList columns;
    QStringList types;
    QString connectionName;
    QHash<qint64, qsizetype> rowOf; // by id
    std::vector<std::vector<QByteArray>> values; // id first
    std::vector<std::vector<bool>> isNull;
    QList<QVariantList> original;
};

// Tables whose rows refer to one another, in the order their rows must reach the server.
int rankOf(const QString &table)
{
    static const QStringList ordered{QStringLiteral("receipts"), QStringLiteral("ledger_entries"), QStringLiteral("lots")};
    const qsizetype at = ordered.indexOf(table);
    return at < 0 ? int(ordered.size()) : int(at);
}

// Per thread, as the connections are; keyed by the connection's driver, which lives as long
// as the connection.
thread_local QHash<const QSqlDriver *, QList<Waiting>> t_waiting;
thread_local QHash<const QSqlDriver *, std::vector<Gathered>> t_gathered; // in the order first gathered
thread_local QHash<const QSqlDriver *, std::vector<GatheredUpdate>> t_updates;

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

Error serverError(PGconn *conn, const PGresult *r, const QString &statement, const QVariantList &values);

// A write as an error names it: a gathered INSERT by its first row and how many it had.
Error writeError(PGconn *conn, const PGresult *r, const Waiting &w)
{
    if (w.rows <= 1)
        return serverError(conn, r, w.shown, w.original);
    const qsizetype width = w.original.size() / w.rows;
    const QString first = w.shown.left(w.shown.indexOf(QStringLiteral("), (")) + 1);
    return serverError(conn, r, QStringLiteral("%1 (the first of %2 rows)").arg(first).arg(w.rows), w.original.mid(0, width));
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

// A pipeline sent and not yet read: its writes (to name a failure), its last statement, and
// each statement that went, in order: the write it belongs to (-1: the last statement) and the
// name it prepares, if it is a statement's preparation.
struct InFlight
{
    QList<Waiting> writes;
    QByteArray last;
    std::optional<Error> failure;
    struct Sent
    {
        int write = -1;
        QByteArray preparing;
    };
    std::vector<Sent> order;
};

// A batch's parts are statements of hundreds of rows whose text comes again part after part
// (the same table, columns and row count). Each is prepared once on a server connection under
// a name of its own, so the server parses it once instead of once a part; fewer rows than that,
// or more shapes than that, go unnamed as before (a connection's names are kept by the server
// until it closes). Known by the connection's server process: a connection opened again is a
// new one, without them.
constexpr qsizetype kFewestRowsNamed = 50;
constexpr qsizetype kMostNamed = 32;

struct NamedStatements
{
    int serverPid = 0;
    QHash<QByteArray, QByteArray> nameOf; // by statement text, those the server confirmed
    qsizetype prepared = 0;               // names sent to be prepared, confirmed or not
};

thread_local QHash<const PGconn *, NamedStatements> t_named;

NamedStatements &namedOn(PGconn *conn)
{
    NamedStatements &named = t_named[conn];
    if (named.serverPid != PQbackendPID(conn))
        named = NamedStatements{PQbackendPID(conn), {}, 0};
    return named;
}

// The name the write runs under, preparing it first in this pipeline if the server does not
// have it yet; empty: it goes unnamed.
QByteArray nameFor(PGconn *conn, const Waiting &w, InFlight &f, int writeIndex)
{
    if (w.rows < kFewestRowsNamed)
        return {};
    NamedStatements &named = namedOn(conn);
    if (const auto known = named.nameOf.constFind(w.statement); known != named.nameOf.cend())
        return *known;
    if (named.prepared >= kMostNamed)
        return {};
    const QByteArray name = "pd_part_" + QByteArray::number(++named.prepared);
    if (!PQsendPrepare(conn, name.constData(), w.statement.constData(), int(w.values.size()), nullptr))
        return {};
    f.order.push_back({writeIndex, name});
    return name;
}

// The pipeline sent on each connection and not yet read, at most one: a part sent ahead while
// the program goes on (sendAhead), read before the connection's next statement.
thread_local QHash<const QSqlDriver *, InFlight> t_inFlight;

// Sends the writes, then `last`, then a sync point; the answers are read by finish().
void start(PGconn *conn, InFlight &f)
{
    if (!PQenterPipelineMode(conn)) {
        f.failure = serverError(conn, nullptr, QStringLiteral("(pipeline)"), {});
        return;
    }
    for (int at = 0; at < f.writes.size(); ++at) {
        const Waiting &w = f.writes.at(at);
        std::vector<const char *> params(w.values.size());
        for (std::size_t i = 0; i < w.values.size(); ++i)
            params[i] = w.isNull[i] ? nullptr : w.values[i].constData();
        const QByteArray name = nameFor(conn, w, f, at);
        const bool sent = name.isEmpty()
            ? PQsendQueryParams(conn, w.statement.constData(), int(params.size()), nullptr, params.data(), nullptr, nullptr, 0)
            : PQsendQueryPrepared(conn, name.constData(), int(params.size()), params.data(), nullptr, nullptr, 0);
        if (!sent) {
            f.failure = writeError(conn, nullptr, w);
            break;
        }
        f.order.push_back({at, {}});
    }
    if (!f.failure && !f.last.isEmpty()) {
        if (PQsendQueryParams(conn, f.last.constData(), 0, nullptr, nullptr, nullptr, nullptr, 0))
            f.order.push_back({-1, {}});
        else
            f.failure = serverError(conn, nullptr, QString::fromUtf8(f.last), {});
    }
    // the sync point also sends what libpq still holds
    if (!PQpipelineSync(conn) && !f.failure)
        f.failure = serverError(conn, nullptr, QStringLiteral("(pipeline sync)"), {});
}

// Reads a started pipeline's answers up to its sync point; the first failure is returned.
Status finish(PGconn *conn, InFlight &f)
{
    if (PQpipelineStatus(conn) == PQ_PIPELINE_OFF) // it never started
        return f.failure ? Status(*f.failure) : Status{};
    // each statement's results end with a null; the sync point ends the round trip
    int answered = 0;
    for (;;) {
        PGresult *r = PQgetResult(conn);
        if (!r) {
            ++answered;
            if (answered > int(f.order.size()) + 1)
                break; // nothing more is coming (a send failed before the sync)
            continue;
        }
        const ExecStatusType status = PQresultStatus(r);
        if (status == PGRES_PIPELINE_SYNC) {
            PQclear(r);
            break;
        }
        const InFlight::Sent sent = answered < int(f.order.size()) ? f.order.at(answered) : InFlight::Sent{};
        if (status == PGRES_FATAL_ERROR && !f.failure)
            f.failure = sent.write >= 0 ? writeError(conn, r, f.writes.at(sent.write)) : serverError(conn, r, QString::fromUtf8(f.last), {});
        if (status == PGRES_COMMAND_OK && !sent.preparing.isEmpty())
            namedOn(conn).nameOf.insert(f.writes.at(sent.write).statement, sent.preparing);
        // a server process that does not have our names: a new connection that happens to have
        // the old one's process id and address. This transaction fails; the next prepares again.
        if (status == PGRES_FATAL_ERROR && qstrcmp(PQresultErrorField(r, PG_DIAG_SQLSTATE), "26000") == 0)
            t_named.remove(conn);
        PQclear(r);
    }
    PQexitPipelineMode(conn);
    if (f.failure && PQstatus(conn) != CONNECTION_OK) // the server went: the COMMIT may have reached it
        return f.last == "COMMIT" ? outcomeUnknown(f.failure->detail) : connectionLost(f.failure->detail);
    if (f.failure)
        return *f.failure;
    return {};
}

// Reads the pipeline sent ahead on the connection, if any: before anything else is sent on it.
Status settle(const QSqlDriver *driver)
{
    const auto found = t_inFlight.find(driver);
    if (found == t_inFlight.end())
        return {};
    InFlight f = std::move(found.value());
    t_inFlight.erase(found);
    PGconn *conn = serverHandle(driver);
    if (!conn)
        return connectionLost(QStringLiteral("(pipeline sent ahead)"));
    return finish(conn, f);
}

// Whether a write may wait on the connection: a server's, inside a transaction (one that ends
// by a statement that sends it; outside one, a write kept back could wait for ever).
bool keepsWrites(const QSqlDriver *driver, PGconn *conn)
{
    return conn && (t_inFlight.contains(driver) || settledStatus(conn) == PQTRANS_INTRANS);
}

// A batch's part: sends what waits on the connection without waiting for the answers, which
// are read before the connection's next statement (settle), so the server runs this part while
// the program makes the next. A pipeline's answers wait in the socket until read, so a batch's
// thousands of writes go in such parts and the server never blocks on a full socket.
Status sendAhead(const QSqlDriver *driver);

} // namespace

Status runLater(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    if (!keepsWrites(db.driver(), serverHandle(db.driver())))
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
    if (waiting.size() >= kMostWaiting)
        return sendAhead(db.driver());
    return {};
}

Status insertLater(const QSqlDatabase &db, const QString &table, const QString &columns, const QVariantList &values)
{
    const QString single = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, columns, QStringList(values.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    if (!keepsWrites(db.driver(), serverHandle(db.driver())))
        return runNow(db, single, values);
    std::vector<QByteArray> text(values.size());
    std::vector<bool> isNull(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        bool null = false;
        if (!asText(values.at(i), text[i], null))
            return runNow(db, single, values);
        isNull[i] = null;
    }
    std::vector<Gathered> &groups = t_gathered[db.driver()];
    auto group = std::find_if(groups.begin(), groups.end(),
                              [&](const Gathered &g) { return g.table == table && g.columns == columns && g.width == values.size(); });
    if (group == groups.end()) {
        groups.push_back(Gathered{table, columns, rankOf(table), values.size(), {}, {}, {}, db.connectionName()});
        group = groups.end() - 1;
    }
    group->values.insert(group->values.end(), std::make_move_iterator(text.begin()), std::make_move_iterator(text.end()));
    group->isNull.insert(group->isNull.end(), isNull.begin(), isNull.end());
    group->original += values;
    // a statement's values are counted in 16 bits by the protocol (65,535 at most)
    if (group->rows() >= kMostGatheredRows)
        return sendAhead(db.driver());
    return {};
}

Status updateLater(const QSqlDatabase &db, const QString &table, const QStringList &columns, const QStringList &types, qint64 id,
                   const QVariantList &values)
{
    Q_ASSERT(columns.size() == types.size() && columns.size() == values.size());
    QStringList set;
    for (const QString &c : columns)
        set << c + QStringLiteral(" = ?");
    const QString single = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, set.join(QStringLiteral(", ")));
    if (!keepsWrites(db.driver(), serverHandle(db.driver())))
        return runNow(db, single, values + QVariantList{id});
    const QVariantList row = QVariantList{id} + values;
    std::vector<QByteArray> text(row.size());
    std::vector<bool> isNull(row.size());
    for (qsizetype i = 0; i < row.size(); ++i) {
        bool null = false;
        if (!asText(row.at(i), text[i], null))
            return runNow(db, single, values + QVariantList{id});
        isNull[i] = null;
    }
    std::vector<GatheredUpdate> &groups = t_updates[db.driver()];
    auto group = std::find_if(groups.begin(), groups.end(),
                              [&](const GatheredUpdate &g) { return g.table == table && g.columns == columns && g.types == types; });
    if (group == groups.end()) {
        groups.push_back(GatheredUpdate{table, columns, types, db.connectionName(), {}, {}, {}, {}});
        group = groups.end() - 1;
    }
    if (const auto known = group->rowOf.constFind(id); known != group->rowOf.cend()) {
        // changed again: only its last values matter
        group->values[*known] = std::move(text);
        group->isNull[*known] = std::move(isNull);
        group->original[*known] = row;
        return {};
    }
    group->rowOf.insert(id, qsizetype(group->values.size()));
    group->values.push_back(std::move(text));
    group->isNull.push_back(std::move(isNull));
    group->original << row;
    if (qsizetype(group->values.size()) >= kMostGatheredRows)
        return sendAhead(db.driver());
    return {};
}

namespace {
// The gathered rows as one INSERT per table, in the order their references need.
QList<Waiting> gatheredInserts(std::vector<Gathered> &&groups)
{
    std::stable_sort(groups.begin(), groups.end(), [](const Gathered &a, const Gathered &b) { return a.rank < b.rank; });
    QList<Waiting> out;
    for (Gathered &g : groups) {
        const QString row = QLatin1Char('(') + QStringList(g.width, QStringLiteral("?")).join(QStringLiteral(", ")) + QLatin1Char(')');
        Waiting w;
        w.rows = g.rows();
        w.shown = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(g.table, g.columns) + QStringList(w.rows, row).join(QStringLiteral(", "));
        w.statement = numbered(w.shown);
        w.values = std::move(g.values);
        w.isNull = std::move(g.isNull);
        w.original = std::move(g.original);
        w.connectionName = g.connectionName;
        out << std::move(w);
    }
    return out;
}

// The rows changed by id as one UPDATE per table, each row with its last values.
QList<Waiting> gatheredUpdates(std::vector<GatheredUpdate> &&groups)
{
    QList<Waiting> out;
    for (GatheredUpdate &g : groups) {
        QStringList casts{QStringLiteral("?::bigint")}, set;
        for (qsizetype i = 0; i < g.columns.size(); ++i) {
            casts << QStringLiteral("?::") + g.types.at(i);
            set << QStringLiteral("%1 = v.%1").arg(g.columns.at(i));
        }
        const QString row = QLatin1Char('(') + casts.join(QStringLiteral(", ")) + QLatin1Char(')');
        Waiting w;
        w.rows = qsizetype(g.values.size());
        w.shown = QStringLiteral("UPDATE %1 AS t SET %2 FROM (VALUES %3) AS v(id, %4) WHERE t.id = v.id")
                      .arg(g.table, set.join(QStringLiteral(", ")), QStringList(w.rows, row).join(QStringLiteral(", ")),
                           g.columns.join(QStringLiteral(", ")));
        w.statement = numbered(w.shown);
        for (qsizetype r = 0; r < w.rows; ++r) {
            w.values.insert(w.values.end(), std::make_move_iterator(g.values[r].begin()), std::make_move_iterator(g.values[r].end()));
            w.isNull.insert(w.isNull.end(), g.isNull[r].begin(), g.isNull[r].end());
            w.original += g.original.at(r);
        }
        w.connectionName = g.connectionName;
        out << std::move(w);
    }
    return out;
}

// Everything waiting on the connection, in the order it goes: the gathered INSERTs, the
// gathered UPDATEs, the runLater writes.
QList<Waiting> takeWaiting(const QSqlDriver *driver)
{
    QList<Waiting> writes;
    if (auto gathered = t_gathered.find(driver); gathered != t_gathered.end()) {
        writes = gatheredInserts(std::move(gathered.value()));
        t_gathered.erase(gathered);
    }
    if (auto updates = t_updates.find(driver); updates != t_updates.end()) {
        writes += gatheredUpdates(std::move(updates.value()));
        t_updates.erase(updates);
    }
    if (auto found = t_waiting.find(driver); found != t_waiting.end()) {
        writes += std::move(found.value());
        t_waiting.erase(found);
    }
    return writes;
}

// A transaction already failed (or no server): the writes go one by one through Qt, which
// reports the failure.
Status sendThroughQt(const QList<Waiting> &writes, const QString &last)
{
    const QSqlDatabase db = QSqlDatabase::database(writes.first().connectionName, false);
    for (const Waiting &w : writes) {
        if (Status s = runNow(db, w.shown, w.original); !s)
            return s;
    }
    return last.isEmpty() ? Status{} : runNow(db, last);
}

bool readyForPipeline(PGconn *conn)
{
    return conn && settledStatus(conn) == PQTRANS_INTRANS && PQpipelineStatus(conn) == PQ_PIPELINE_OFF;
}

enum class Answers { Read, Later };

// Sends what waits on the connection (then `last`) as one pipeline, its answers read now or,
// for a part sent ahead, before the connection's next statement (settle).
Status send(const QSqlDriver *driver, const QString &last, Answers answers = Answers::Read)
{
    if (Status s = settle(driver); !s)
        return s;
    QList<Waiting> writes = takeWaiting(driver);
    if (writes.isEmpty())
        return {};
    PGconn *conn = serverHandle(driver);
    if (!readyForPipeline(conn))
        return sendThroughQt(writes, last);
    noteStatement(writes.first().connectionName, last);
    InFlight &f = t_inFlight[driver];
    f = InFlight{std::move(writes), last.toUtf8(), {}, {}};
    start(conn, f);
    // a part whose sending failed is read now: nothing more goes, and the failure is said
    return answers == Answers::Later && !f.failure ? Status{} : settle(driver);
}

Status sendAhead(const QSqlDriver *driver)
{
    return send(driver, {}, Answers::Later);
}
} // namespace

Status sendWaitingOf(const QSqlDriver *driver)
{
    return send(driver, {});
}

Status sendWaiting(const QSqlDatabase &db, const QString &last)
{
    if (Status s = settle(db.driver()); !s)
        return s;
    if (waitingCount(db) > 0)
        return send(db.driver(), last);
    return last.isEmpty() ? Status{} : runNow(db, last);
}

void dropWaiting(const QSqlDatabase &db)
{
    // a part sent ahead is read first, whatever it says: the connection must leave the pipeline
    (void)settle(db.driver());
    t_waiting.remove(db.driver());
    t_gathered.remove(db.driver());
    t_updates.remove(db.driver());
}

qsizetype waitingCount(const QSqlDatabase &db)
{
    const auto found = t_waiting.constFind(db.driver());
    qsizetype count = found == t_waiting.cend() ? 0 : found->size();
    if (const auto gathered = t_gathered.constFind(db.driver()); gathered != t_gathered.cend()) {
        for (const Gathered &g : *gathered)
            count += g.rows();
    }
    if (const auto updates = t_updates.constFind(db.driver()); updates != t_updates.cend()) {
        for (const GatheredUpdate &g : *updates)
            count += qsizetype(g.values.size());
    }
    return count;
}

} // namespace pd::sql

#include "memberlists.h"

#include "core/audit/auditlog.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/io/csvwriter.h"
#include "core/members/member.h"
#include "core/pointsmath.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace pd {

QString memberListCode(MemberListKind kind)
{
    switch (kind) {
    case MemberListKind::Expiring: return QStringLiteral("expiring");
    case MemberListKind::WinBack: return QStringLiteral("winback");
    case MemberListKind::Potential: return QStringLiteral("potential");
    }
    return QString();
}

std::optional<MemberListKind> memberListFromCode(const QString &code)
{
    for (MemberListKind k : {MemberListKind::Expiring, MemberListKind::WinBack, MemberListKind::Potential}) {
        if (memberListCode(k) == code)
            return k;
    }
    return std::nullopt;
}

QString memberListName(MemberListKind kind)
{
    switch (kind) {
    case MemberListKind::Expiring: return QCoreApplication::translate("pd::MemberLists", "Points expiring within 30 days");
    case MemberListKind::WinBack: return QCoreApplication::translate("pd::MemberLists", "Win back: no receipt in 90 days, points left");
    case MemberListKind::Potential: return QCoreApplication::translate("pd::MemberLists", "High potential: buying more often");
    }
    return QString();
}

namespace insights {

namespace {

QString at(const QDate &day) { return toStoredTime(points::startOfBusinessDay(day)); }

QDate dayOfStored(const QVariant &stored)
{
    return stored.isNull() ? QDate() : fromStoredTime(stored.toString()).toTimeZone(programmeTimeZone()).date();
}

// A list's figures (member_id, a, b, c), as read in the order of member ids.
struct Figures
{
    qint64 memberId;
    QVariant a, b, c;
};

// The members' own columns for one batch of the list's figures, the filters applied, in the
// figures' order. Store codes and tiers repeat on every row: `codes` hands out one shared copy
// of each, so a list of 600,000 members holds two strings fewer per row (fewer allocations to
// free when the list is replaced).
Status appendMembers(Database &db, const MemberListQuery &q, const QList<Figures> &batch, QList<MemberListRow> &list, QSet<QString> &codes)
{
    if (batch.isEmpty())
        return {};
    QVariantList bound;
    QStringList marks;
    for (const Figures &f : batch) {
        bound << f.memberId;
        marks << QStringLiteral("?");
    }
    QString statement = QStringLiteral("SELECT m.id, m.card_no, m.name, m.mobile, s.code, m.tier, m.marketing_consent, m.balance "
                                       "FROM members m JOIN stores s ON s.id = m.store_id WHERE m.erased_at IS NULL AND m.id IN (%1)")
                            .arg(marks.join(QLatin1Char(',')));
    if (q.storeId) {
        statement += QStringLiteral(" AND m.store_id = ?");
        bound << *q.storeId;
    }
    if (!q.tier.isEmpty()) {
        statement += QStringLiteral(" AND m.tier = ?");
        bound << q.tier;
    }
    if (q.consentingOnly)
        statement += QStringLiteral(" AND m.marketing_consent <> 0");
    auto rows = sql::run(db.connection(), statement, bound);
    if (!rows)
        return rows.error();
    QHash<qint64, MemberListRow> members;
    while (rows.value().next()) {
        const QSqlQuery &m = rows.value();
        MemberListRow r;
        r.memberId = m.value(0).toLongLong();
        r.cardNo = m.value(1).toString();
        r.name = m.value(2).toString();
        r.maskedMobile = members::maskMobile(m.value(3).toString());
        r.storeCode = *codes.insert(m.value(4).toString());
        r.tier = *codes.insert(m.value(5).toString());
        r.marketingConsent = m.value(6).toLongLong() != 0;
        r.balance = m.value(7).toLongLong();
        members.insert(r.memberId, r);
    }
    for (const Figures &f : batch) {
        auto found = members.find(f.memberId);
        if (found == members.end())
            continue; // filtered out, or erased
        MemberListRow r = *found;
        switch (q.kind) {
        case MemberListKind::Expiring:
            r.points = f.a.toLongLong();
            // the expiry moment is the start of the day after the last day the points can be used
            r.day = dayOfStored(f.b).addDays(-1);
            break;
        case MemberListKind::WinBack:
            r.points = r.balance;
            r.day = dayOfStored(f.b);
            break;
        case MemberListKind::Potential:
            r.points = r.balance;
            r.recent = f.a.toLongLong();
            r.before = f.b.toLongLong();
            break;
        }
        list << r;
    }
    return {};
}

// A list's figures (member_id, a, b, c) as one SELECT, in two parts so that a bound on the
// member ids can go between them: `select` up to its WHERE conditions, then `grouping`.
struct FiguresQuery
{
    QString select;
    QVariantList selectValues;
    QString memberColumn; // the column the figures' member id comes from
    QString grouping;     // GROUP BY … HAVING …, or nothing
    QVariantList groupingValues;

    // The members after `afterId` (all when empty); `limit` of them (0: all) in member order.
    QString statement(std::optional<qint64> afterId, qsizetype limit) const
    {
        QString text = select;
        if (afterId)
            text += QStringLiteral(" AND %1 > ?").arg(memberColumn);
        text += grouping;
        if (limit > 0)
            text += QStringLiteral(" ORDER BY %1 LIMIT %2").arg(memberColumn).arg(limit);
        return text;
    }
    QVariantList values(std::optional<qint64> afterId) const
    {
        QVariantList all = selectValues;
        if (afterId)
            all << *afterId;
        return all + groupingValues;
    }
};

FiguresQuery figuresQuery(const MemberListQuery &query)
{
    const QDate d = query.asOf;
    FiguresQuery q;
    switch (query.kind) {
    case MemberListKind::Expiring:
        q.select = QStringLiteral("SELECT member_id, SUM(remaining) AS a, MIN(expires_at) AS b, 0 AS c FROM lots "
                                  "WHERE remaining > 0 AND expires_at > ? AND expires_at <= ?");
        q.selectValues << at(d) << at(d.addDays(30));
        q.memberColumn = QStringLiteral("member_id");
        q.grouping = QStringLiteral(" GROUP BY member_id");
        break;
    case MemberListKind::WinBack:
        q.select = QStringLiteral("SELECT m2.id AS member_id, m2.balance AS a, "
                                  "(SELECT MAX(r.business_time) FROM receipts r WHERE r.member_id = m2.id AND r.business_time < ?) AS b, 0 AS c "
                                  "FROM members m2 WHERE m2.balance > 0 AND m2.status = 'active' AND NOT EXISTS "
                                  "(SELECT 1 FROM receipts r WHERE r.member_id = m2.id AND r.business_time >= ? AND r.business_time < ?)");
        q.selectValues << at(d.addDays(-89)) << at(d.addDays(-89)) << at(d.addDays(1));
        q.memberColumn = QStringLiteral("m2.id");
        break;
    case MemberListKind::Potential: {
        const QString recent = QStringLiteral("SUM(CASE WHEN business_time >= ? THEN 1 ELSE 0 END)");
        const QString before = QStringLiteral("SUM(CASE WHEN business_time < ? THEN 1 ELSE 0 END)");
        q.select = QStringLiteral("SELECT member_id, %1 AS a, %2 AS b, 0 AS c FROM receipts WHERE business_time >= ? AND business_time < ?")
                       .arg(recent, before);
        q.selectValues << at(d.addDays(-89)) << at(d.addDays(-89)) << at(d.addDays(-179)) << at(d.addDays(1));
        q.memberColumn = QStringLiteral("member_id");
        q.grouping = QStringLiteral(" GROUP BY member_id HAVING %1 >= 3 AND 2 * %1 >= 3 * %2").arg(recent, before);
        q.groupingValues << at(d.addDays(-89)) << at(d.addDays(-89)) << at(d.addDays(-89));
        break;
    }
    }
    return q;
}

Figures figuresOf(const QSqlQuery &f) { return Figures{f.value(0).toLongLong(), f.value(1), f.value(2), f.value(3)}; }

// The figures of the members after `afterId`, read whole: `limit` of them in member order, or
// (limit 0) all of them, put in member order here.
Result<QList<Figures>> readFigures(Database &db, const FiguresQuery &q, std::optional<qint64> afterId, qsizetype limit)
{
    auto rows = sql::run(db.connection(), q.statement(afterId, limit), q.values(afterId));
    if (!rows)
        return rows.error();
    QList<Figures> read;
    while (rows.value().next())
        read << figuresOf(rows.value());
    rows.value().finish();
    if (limit == 0)
        std::sort(read.begin(), read.end(), [](const Figures &a, const Figures &b) { return a.memberId < b.memberId; });
    return read;
}

// On a server, the list's first members a screen's worth at a time, in member order: a
// statement with a LIMIT is planned to stop early (an index read in member order), where the
// whole list's is planned as one pass and a sort, which at a million members takes seconds
// before its first row. Stops once `list` holds a screen's first rows, at the list's end, or
// after a few reads when filters leave few members (the rest then comes with the whole read).
// Gives the id to read on from, or nothing when the list is complete.
Result<std::optional<qint64>> readFirstMembers(Database &db, const MemberListQuery &query, const FiguresQuery &figures,
                                               QList<MemberListRow> &list, QSet<QString> &codes)
{
    constexpr int kMostReads = 8;
    // Parallel workers each read ahead of the LIMIT (twice the rows for the win-back list's
    // first page on 2 cores): the first rows come sooner from one process.
    if (auto r = sql::run(db.connection(), QStringLiteral("SET LOCAL max_parallel_workers_per_gather = 0")); !r)
        return r.error();
    std::optional<qint64> after = 0;
    for (int read = 0; after && read < kMostReads && list.size() < kFirstRows; ++read) {
        auto chunk = readFigures(db, figures, after, kFirstRows);
        if (!chunk)
            return chunk.error();
        if (Status s = appendMembers(db, query, chunk.value(), list, codes); !s)
            return s.error();
        after = chunk->size() < kFirstRows ? std::nullopt : std::optional(chunk->constLast().memberId);
    }
    if (auto r = sql::run(db.connection(), QStringLiteral("SET LOCAL max_parallel_workers_per_gather TO DEFAULT")); !r)
        return r.error();
    return after;
}

} // namespace

Result<QList<MemberListRow>> memberList(Database &db, const Session &session, const MemberListQuery &query,
                                        const std::function<void(const QList<MemberListRow> &)> &firstRows)
{
    for (Permission p : {Permission::MemberRead, Permission::ProgrammeFigures}) {
        if (Status s = session.require(p); !s)
            return s.error();
    }
    if (!query.asOf.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::MemberLists", "Give the day as YYYY-MM-DD."),
                         QStringLiteral("as_of"));
    const FiguresQuery figures = figuresQuery(query);
    ReadSnapshot snapshot(db);
    if (Status s = snapshot.begin(); !s)
        return s.error();
    QList<MemberListRow> list;
    QSet<QString> codes;
    bool firstShown = !firstRows;
    // On SQLite the figures come in member order without sorting (lots are stored by member;
    // receipts and members are read by member), so the first members are there at once at any
    // size, and their own columns are read a batch at a time beside them. PostgreSQL's driver
    // streams a result only until the connection runs another statement, so there the first
    // members are read a screen at a time, then the rest of the figures (a few numbers per
    // member) whole and put in member order.
    const bool streamed = db.dialect().isSQLite();
    std::optional<QSqlQuery> rows;
    QList<Figures> read;
    if (streamed) {
        auto all = sql::run(db.connection(), figures.statement(std::nullopt, 0), figures.values(std::nullopt));
        if (!all)
            return all.error();
        rows = std::move(all.value());
    } else {
        auto rest = readFirstMembers(db, query, figures, list, codes);
        if (!rest)
            return rest.error();
        if (!firstShown && (list.size() >= kFirstRows || !rest.value())) {
            firstShown = true;
            firstRows(list.mid(0, kFirstRows));
        }
        if (rest.value()) {
            auto more = readFigures(db, figures, rest.value(), 0);
            if (!more)
                return more.error();
            read = std::move(more.value());
        }
    }
    qsizetype nextRead = 0;
    const auto nextFigures = [&]() -> std::optional<Figures> {
        if (streamed)
            return rows->next() ? std::optional(figuresOf(*rows)) : std::nullopt;
        return nextRead < read.size() ? std::optional(read.at(nextRead++)) : std::nullopt;
    };
    QList<Figures> batch;
    bool more = true;
    while (more) {
        const std::optional<Figures> next = nextFigures();
        more = next.has_value();
        if (more)
            batch << *next;
        const qsizetype batchSize = firstShown ? 2000 : kFirstRows;
        if (batch.size() < batchSize && more)
            continue;
        if (Status s = appendMembers(db, query, batch, list, codes); !s)
            return s.error();
        batch.clear();
        if (!firstShown && (list.size() >= kFirstRows || !more)) {
            firstShown = true;
            firstRows(list.mid(0, kFirstRows));
        }
    }
    if (query.kind == MemberListKind::Potential)
        std::stable_sort(list.begin(), list.end(), [](const MemberListRow &a, const MemberListRow &b) {
            return a.recent != b.recent ? a.recent > b.recent : a.cardNo < b.cardNo;
        });
    else
        std::stable_sort(list.begin(), list.end(), [](const MemberListRow &a, const MemberListRow &b) {
            return a.points != b.points ? a.points > b.points : a.cardNo < b.cardNo;
        });
    return list;
}

QStringList memberListHeader()
{
    return {QStringLiteral("card_no"), QStringLiteral("name"),    QStringLiteral("mobile"), QStringLiteral("store"),
            QStringLiteral("tier"),    QStringLiteral("consent"), QStringLiteral("balance"), QStringLiteral("points"),
            QStringLiteral("day"),     QStringLiteral("receipts_90d"), QStringLiteral("receipts_before")};
}

QStringList memberListFields(const MemberListRow &r)
{
    return {r.cardNo,
            r.name,
            r.maskedMobile,
            r.storeCode,
            r.tier,
            r.marketingConsent ? QStringLiteral("1") : QStringLiteral("0"),
            QString::number(r.balance),
            QString::number(r.points),
            r.day.isValid() ? r.day.toString(Qt::ISODate) : QString(),
            QString::number(r.recent),
            QString::number(r.before)};
}

Result<qint64> exportMemberList(Database &db, const Clock &clock, const Session &session, MemberListQuery query, QIODevice *out)
{
    if (isMarketingList(query.kind))
        query.consentingOnly = true;
    auto list = memberList(db, session, query);
    if (!list)
        return list.error();
    QByteArray text = csv::line(memberListHeader());
    for (const MemberListRow &r : list.value())
        text += csv::line(memberListFields(r));
    if (out->write(text) != text.size())
        return makeError(ErrorCode::Io, QCoreApplication::translate("pd::MemberLists", "The list could not be written: %1").arg(out->errorString()));
    QJsonObject details{{QStringLiteral("list"), memberListCode(query.kind)},
                        {QStringLiteral("as_of"), query.asOf.toString(Qt::ISODate)},
                        {QStringLiteral("rows"), qint64(list->size())},
                        {QStringLiteral("consenting_only"), query.consentingOnly}};
    if (query.storeId)
        details.insert(QStringLiteral("store_id"), *query.storeId);
    if (!query.tier.isEmpty())
        details.insert(QStringLiteral("tier"), query.tier);
    if (Status s = AuditLog(db, clock).record(session, QStringLiteral("export.member_list"), QStringLiteral("member_list"), memberListCode(query.kind), details); !s)
        return s.error();
    return qint64(list->size());
}

} // namespace insights
} // namespace pd

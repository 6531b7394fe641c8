#include "ledgerchain.h"

#include "core/db/database.h"
#include "core/db/sql.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace pd::ledgerchain {

namespace {

constexpr qint64 kBackfillMembersPerStep = 1000;

// Length-prefixed, so no choice of text in one field can imitate another field.
void addField(QCryptographicHash &h, const QByteArray &bytes)
{
    h.addData(QByteArray::number(bytes.size()));
    h.addData(QByteArrayView(":"));
    h.addData(bytes);
}

void addDigestLine(QCryptographicHash &digest, qint64 memberId, const QString &head)
{
    const QByteArray line = QByteArray::number(memberId) + ':' + head.toLatin1() + '\n';
    digest.addData(line);
}

// Columns 0–8 in ChainedEntry's order.
const QString kEntryColumns = QStringLiteral("e.member_id, e.delta, e.kind, e.business_time, e.posted_at, e.store_id, e.operator_id, "
                                             "e.reference, e.breakdown");

ChainedEntry entryFromRow(const QSqlQuery &q, int first)
{
    ChainedEntry e;
    e.memberId = q.value(first).toLongLong();
    e.delta = q.value(first + 1).toLongLong();
    e.kind = q.value(first + 2).toString();
    e.businessTime = q.value(first + 3).toString();
    e.postedAt = q.value(first + 4).toString();
    if (!q.value(first + 5).isNull())
        e.storeId = q.value(first + 5).toLongLong();
    e.operatorId = q.value(first + 6).toLongLong();
    e.reference = q.value(first + 7).toString();
    e.breakdown = q.value(first + 8).toString();
    return e;
}

} // namespace

QString entryHash(const QString &previous, const ChainedEntry &e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    addField(h, previous.toLatin1());
    addField(h, QByteArray::number(e.memberId));
    addField(h, QByteArray::number(e.delta));
    addField(h, e.kind.toUtf8());
    addField(h, e.businessTime.toUtf8());
    addField(h, e.postedAt.toUtf8());
    addField(h, e.storeId ? QByteArray::number(*e.storeId) : QByteArray());
    addField(h, QByteArray::number(e.operatorId));
    addField(h, e.reference.toUtf8());
    addField(h, e.breakdown.toUtf8());
    // 128 bits: a forger who can rewrite rows can recompute any unkeyed hash anyway; what
    // stops a consistent rewrite is the anchor outside the database, not the hash length
    return QString::fromLatin1(h.result().left(16).toHex());
}

Result<LedgerAnchor> anchor(Database &db)
{
    const QSqlDatabase c = db.connection();
    auto last = sql::scalar(c, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ledger_entries"));
    if (!last)
        return last.error();
    auto heads = sql::run(c, QStringLiteral("SELECT id, ledger_head FROM members WHERE ledger_head <> '' ORDER BY id"));
    if (!heads)
        return heads.error();
    QCryptographicHash digest(QCryptographicHash::Sha256);
    while (heads.value().next())
        addDigestLine(digest, heads.value().value(0).toLongLong(), heads.value().value(1).toString());
    heads.value().finish();
    return LedgerAnchor{last.value().toLongLong(), QString::fromLatin1(digest.result().toHex()), {}};
}

Result<std::optional<LedgerAnchor>> latestAnchor(Database &db)
{
    auto rows = sql::run(db.connection(), QStringLiteral("SELECT at, details FROM audit_log WHERE action = 'audit.close' ORDER BY seq DESC"));
    if (!rows)
        return rows.error();
    while (rows.value().next()) {
        const QJsonObject details = QJsonDocument::fromJson(rows.value().value(1).toString().toUtf8()).object();
        if (!details.contains(QLatin1String("ledger_digest")))
            continue; // a close from before the ledger was chained
        LedgerAnchor a{details.value(QLatin1String("ledger_entry")).toInteger(), details.value(QLatin1String("ledger_digest")).toString(),
                       rows.value().value(0).toString()};
        rows.value().finish();
        return std::optional<LedgerAnchor>(a);
    }
    return std::optional<LedgerAnchor>();
}

Result<LedgerChainReport> verify(Database &db)
{
    auto anchored = latestAnchor(db);
    if (!anchored)
        return anchored.error();
    const std::optional<LedgerAnchor> &closed = anchored.value();
    // one cursor (PostgreSQL's driver streams one result at a time): each member with its entries
    auto rows = sql::run(db.connection(), QStringLiteral("SELECT m.id, m.card_no, m.ledger_head, e.id, e.chain_hash, ") + kEntryColumns
                                              + QStringLiteral(", m.balance")
                                              + QStringLiteral(" FROM members m LEFT JOIN ledger_entries e ON e.member_id = m.id "
                                                               "ORDER BY m.id, e.id"));
    if (!rows)
        return rows.error();
    QSqlQuery &q = rows.value();
    LedgerChainReport report;
    QCryptographicHash digest(QCryptographicHash::Sha256);
    auto fail = [&](qint64 entryId, const QString &reason) {
        q.finish();
        report.intact = false;
        report.firstBadEntry = entryId;
        report.reason = reason;
        return report;
    };

    qint64 memberId = 0, balance = 0, sum = 0;
    QString card, storedHead, running, headAtClose;
    dailypoints::Counter daily;
    auto closeMember = [&]() -> bool {
        if (memberId == 0)
            return true;
        if (closed && !headAtClose.isEmpty())
            addDigestLine(digest, memberId, headAtClose);
        if (sum != balance && report.balanceMismatches++ == 0)
            report.firstBalanceCard = card;
        return storedHead == running;
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != memberId) {
            if (!closeMember())
                return fail(0, QCoreApplication::translate("pd::LedgerChain", "The ledger of card %1 does not end where the member's head "
                                                                              "says: its last entries were removed, or the head was changed.")
                                   .arg(card));
            memberId = id;
            card = q.value(1).toString();
            storedHead = q.value(2).toString();
            balance = q.value(14).toLongLong();
            sum = 0;
            running.clear();
            headAtClose.clear();
        }
        if (q.value(3).isNull())
            continue; // a member with no entries
        const qint64 entryId = q.value(3).toLongLong();
        ++report.entries;
        const ChainedEntry entry = entryFromRow(q, 5);
        sum += entry.delta;
        daily.add(entry.businessTime, entry.kind, std::max<qint64>(entry.delta, 0), std::max<qint64>(-entry.delta, 0), 1);
        running = entryHash(running, entry);
        if (running != q.value(4).toString())
            return fail(entryId, QCoreApplication::translate("pd::LedgerChain", "Ledger entry %1 (card %2) does not match its chain: it was "
                                                                                "changed, or an entry of this member before it was removed "
                                                                                "or moved.")
                                     .arg(entryId)
                                     .arg(card));
        if (closed && entryId <= closed->lastEntryId)
            headAtClose = running;
    }
    if (!closeMember())
        return fail(0, QCoreApplication::translate("pd::LedgerChain", "The ledger of card %1 does not end where the member's head says: its "
                                                                      "last entries were removed, or the head was changed.")
                           .arg(card));
    q.finish();
    report.dailyTotals = daily.totals();
    if (closed && QString::fromLatin1(digest.result().toHex()) != closed->digest)
        return fail(0, QCoreApplication::translate("pd::LedgerChain", "The ledger up to entry %1 differs from the one recorded at the daily "
                                                                      "close of %2: it was rewritten.")
                           .arg(closed->lastEntryId)
                           .arg(closed->closedAt));
    return report;
}

Status chainExistingEntries(Database &db)
{
    const QSqlDatabase c = db.connection();
    qint64 after = 0;
    for (;;) {
        auto ids = sql::run(c, QStringLiteral("SELECT id FROM members WHERE id > ? ORDER BY id LIMIT ?"), {after, kBackfillMembersPerStep});
        if (!ids)
            return ids.error();
        qint64 last = after;
        while (ids.value().next())
            last = ids.value().value(0).toLongLong();
        ids.value().finish();
        if (last == after)
            return {};
        // read the step's entries whole before writing (one result at a time on PostgreSQL)
        auto rows = sql::run(c, QStringLiteral("SELECT e.id, ") + kEntryColumns
                                    + QStringLiteral(" FROM ledger_entries e WHERE e.member_id > ? AND e.member_id <= ? ORDER BY e.member_id, e.id"),
                             {after, last});
        if (!rows)
            return rows.error();
        QList<QPair<qint64, ChainedEntry>> entries;
        while (rows.value().next())
            entries.append({rows.value().value(0).toLongLong(), entryFromRow(rows.value(), 1)});
        rows.value().finish();
        QString running;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const auto &[entryId, entry] = entries.at(i);
            running = entryHash(running, entry);
            if (auto r = sql::run(c, QStringLiteral("UPDATE ledger_entries SET chain_hash = ? WHERE id = ?"), {running, entryId}); !r)
                return r.error();
            if (i + 1 == entries.size() || entries.at(i + 1).second.memberId != entry.memberId) {
                if (auto r = sql::run(c, QStringLiteral("UPDATE members SET ledger_head = ? WHERE id = ?"), {running, entry.memberId}); !r)
                    return r.error();
                running.clear();
            }
        }
        after = last;
    }
}

} // namespace pd::ledgerchain

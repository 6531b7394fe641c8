#include "auditlog.h"

#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/retry.h"
#include "core/db/sql.h"
#include "core/db/writebehind.h"
#include "core/db/transaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace pd {

namespace {
const QString kGenesisHash(64, QLatin1Char('0'));
} // namespace

QString AuditRecord::computeHash() const
{
    // QJsonObject keeps keys sorted, so this text is canonical.
    const QJsonObject canonical{{QStringLiteral("seq"), QString::number(seq)},
                                {QStringLiteral("at"), at},
                                {QStringLiteral("actor_id"), QString::number(actorId)},
                                {QStringLiteral("actor_name"), actorName},
                                {QStringLiteral("action"), action},
                                {QStringLiteral("entity"), entity},
                                {QStringLiteral("entity_id"), entityId},
                                {QStringLiteral("details"), details}};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData("\n");
    h.addData(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(h.result().toHex());
}

QString AuditRecord::selectSql()
{
    return QStringLiteral("SELECT seq, at, actor_id, actor_name, action, entity, entity_id, details, prev_hash, hash "
                          "FROM audit_log ");
}

AuditRecord AuditRecord::fromRow(const QSqlQuery &q)
{
    AuditRecord r;
    r.seq = q.value(0).toLongLong();
    r.at = q.value(1).toString();
    r.actorId = q.value(2).toLongLong();
    r.actorName = q.value(3).toString();
    r.action = q.value(4).toString();
    r.entity = q.value(5).toString();
    r.entityId = q.value(6).toString();
    r.details = q.value(7).toString();
    r.prevHash = q.value(8).toString();
    r.hash = q.value(9).toString();
    return r;
}

Status AuditLog::append(const Session &session, const QString &action, const QString &entity,
                        const QString &entityId, QJsonObject details)
{
    const QSqlDatabase db = m_db.connection();
    if (!session.osUser.isEmpty())
        details.insert(QStringLiteral("os_user"), session.osUser);

    auto head = sql::run(db, QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1") + m_db.dialect().forUpdate());
    if (!head)
        return head.error();
    if (!head.value().next())
        return makeError(ErrorCode::Database, QCoreApplication::translate("pd::AuditLog", "The audit trail is missing its head record."));

    AuditRecord r;
    r.seq = head.value().value(0).toLongLong() + 1;
    r.prevHash = head.value().value(1).toString();
    head.value().finish();
    r.at = toStoredTime(m_clock.nowUtc());
    r.actorId = session.userId;
    r.actorName = session.username;
    r.action = action;
    r.entity = entity;
    r.entityId = entityId;
    r.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    r.hash = r.computeHash();

    // the head is locked above: both writes go to a server with the next statement
    if (Status s = sql::runLater(db,
                                 QStringLiteral("INSERT INTO audit_log (seq, at, actor_id, actor_name, action, entity, "
                                                "entity_id, details, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                                 {r.seq, r.at, r.actorId, r.actorName, r.action, r.entity, r.entityId, r.details, r.prevHash, r.hash});
        !s)
        return s;
    return sql::runLater(db, QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"), {r.seq, r.hash});
}

Status AuditLog::record(const Session &session, const QString &action, const QString &entity, const QString &entityId,
                        QJsonObject details)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = append(session, action, entity, entityId, std::move(details)); !s)
        return s;
    return tx.commit();
}

QString ChainHead::toLine() const
{
    return QStringList{at, QString::number(seq), hash}.join(QLatin1Char(','));
}

std::optional<ChainHead> ChainHead::fromLine(const QString &line)
{
    const QStringList parts = line.trimmed().split(QLatin1Char(','));
    bool ok = false;
    ChainHead head;
    if (parts.size() != 3)
        return std::nullopt;
    head.at = parts.at(0);
    head.seq = parts.at(1).toLongLong(&ok);
    head.hash = parts.at(2);
    if (!ok || head.seq < 0 || head.hash.size() != 64)
        return std::nullopt;
    return head;
}

Result<AuditVerifyReport> AuditLog::verify(const Session &session, const std::optional<ChainHead> &exported) const
{
    if (Status s = session.require(Permission::AuditRead); !s)
        return s.error();
    const QSqlDatabase db = m_db.connection();
    AuditVerifyReport report;
    auto fail = [&report](qint64 seq, const QString &reason) {
        report.intact = false;
        report.firstBadSeq = seq;
        report.reason = reason;
        return report;
    };

    auto rows = sql::run(db, AuditRecord::selectSql() + QStringLiteral("ORDER BY seq"));
    if (!rows)
        return rows.error();
    QSqlQuery &q = rows.value();
    QString previousHash = kGenesisHash;
    qint64 expectedSeq = 1;
    while (q.next()) {
        const AuditRecord r = AuditRecord::fromRow(q);
        ++report.records;

        if (r.seq != expectedSeq)
            return fail(expectedSeq, QCoreApplication::translate("pd::AuditLog", "Audit record %1 is missing (the next record found is %2).")
                                         .arg(expectedSeq)
                                         .arg(r.seq));
        if (r.prevHash != previousHash)
            return fail(r.seq, QCoreApplication::translate("pd::AuditLog", "Audit record %1 does not follow the record before it: a record was "
                                  "removed, inserted or moved.")
                                   .arg(r.seq));
        if (r.computeHash() != r.hash)
            return fail(r.seq, QCoreApplication::translate("pd::AuditLog", "Audit record %1 was changed after it was written.").arg(r.seq));
        if (exported && r.seq == exported->seq && r.hash != exported->hash)
            return fail(r.seq, QCoreApplication::translate("pd::AuditLog", "Audit record %1 differs from the one exported at the daily close of %2: "
                                  "the chain was rewritten.")
                                   .arg(r.seq)
                                   .arg(exported->at));
        previousHash = r.hash;
        ++expectedSeq;
    }
    q.finish();

    if (exported && exported->seq > expectedSeq - 1)
        return fail(expectedSeq, QCoreApplication::translate("pd::AuditLog", "Audit records %1 to %2 are missing: the daily close of %3 "
                                    "exported record %2, and the trail now ends before it.")
                                     .arg(expectedSeq)
                                     .arg(exported->seq)
                                     .arg(exported->at));
    auto head = sql::run(db, QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    if (!head.value().next())
        return fail(expectedSeq, QCoreApplication::translate("pd::AuditLog", "The audit trail is missing its head record."));
    const qint64 headSeq = head.value().value(0).toLongLong();
    const QString headHash = head.value().value(1).toString();
    head.value().finish();
    if (headSeq != expectedSeq - 1 || headHash != previousHash)
        return fail(expectedSeq - 1 < headSeq ? expectedSeq : headSeq,
                    QCoreApplication::translate("pd::AuditLog", "The audit trail ends at record %1 but its head names record %2: records were "
                       "cut off or the head was changed.")
                        .arg(expectedSeq - 1)
                        .arg(headSeq));
    return report;
}

} // namespace pd

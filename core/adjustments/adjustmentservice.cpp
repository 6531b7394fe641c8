#include "adjustmentservice.h"

#include "core/audit/auditlog.h"
#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/retry.h"
#include "core/db/transaction.h"
#include "core/ledger/ledger.h"
#include "core/rules/programmerules.h"

namespace pd {


Result<qint64> AdjustmentService::apply(const Session &session, qint64 memberId, qint64 delta, const QString &reference,
                                        const ProgrammeRules &rules)
{
    Ledger ledger(m_db, m_clock);
    auto member = ledger.lockMember(memberId);
    if (!member)
        return member.error();
    if (member->status == MemberStatus::Closed)
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("pd::AdjustmentService", "This membership is closed; its points cannot be adjusted."));
    EntrySource source;
    source.businessTime = m_clock.nowUtc();
    source.operatorId = session.userId;
    source.reference = reference;
    if (delta > 0)
        return ledger.credit(member.value(), delta, EntryKind::Adjust, source, rules.expiry.expiryFor(source.businessTime));
    return ledger.spend(member.value(), -delta, EntryKind::Adjust, source);
}

Result<Adjustment> AdjustmentService::request(const Session &session, const QString &cardNo, qint64 delta, const QString &reason)
{
    return withConflictRetry(m_db, [&] { return requestOnce(session, cardNo, delta, reason); });
}

Result<Adjustment> AdjustmentService::requestOnce(const Session &session, const QString &cardNo, qint64 delta, const QString &reason)
{
    if (Status s = session.require(Permission::AdjustPoints); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto rules = ProgrammeRules::load(m_db);
    if (!rules)
        return rules.error();
    auto a = requestInTransaction(session, cardNo, delta, reason, rules.value());
    if (!a)
        return a;
    if (Status s = tx.commit(); !s)
        return s.error();
    return a;
}

Result<Adjustment> AdjustmentService::requestInTransaction(const Session &session, const QString &cardNo, qint64 delta,
                                                           const QString &reason, const ProgrammeRules &rules)
{
    if (Status s = session.require(Permission::AdjustPoints); !s)
        return s.error();
    if (reason.trimmed().size() < 4)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::AdjustmentService", "Give the reason for the adjustment (at least 4 characters)."), QStringLiteral("reason"));
    if (delta == 0 || delta > 100'000'000 || delta < -100'000'000)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::AdjustmentService", "An adjustment is a non-zero number of points up to 100,000,000."),
                         QStringLiteral("points"));
    auto member = sql::run(m_db.connection(), QStringLiteral("SELECT id, name FROM members WHERE card_no = ?"), {cardNo});
    if (!member)
        return member.error();
    if (!member.value().next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::AdjustmentService", "There is no member with the card %1.").arg(cardNo), QStringLiteral("card_no"));
    Adjustment a;
    a.memberId = member.value().value(0).toLongLong();
    a.memberName = member.value().value(1).toString();
    member.value().finish();
    a.cardNo = cardNo;
    a.delta = delta;
    a.reason = reason.trimmed();
    a.requestedBy = session.userId;
    a.requestedByName = session.username;
    a.requestedAt = toStoredTime(m_clock.nowUtc());
    const bool needsApproval = std::abs(delta) > rules.adjustThreshold;
    a.status = needsApproval ? QStringLiteral("pending") : QStringLiteral("applied");

    auto ins = sql::insertReturningId(m_db.connection(),
                        QStringLiteral("INSERT INTO adjustments (member_id, delta, reason, status, requested_by, requested_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                        {a.memberId, a.delta, a.reason, a.status, a.requestedBy, a.requestedAt});
    if (!ins)
        return ins.error();
    a.id = ins.value();
    if (!needsApproval) {
        auto entry = apply(session, a.memberId, delta, QStringLiteral("adjustment:%1").arg(a.id), rules);
        if (!entry)
            return entry.error();
        if (auto r = sql::run(m_db.connection(), QStringLiteral("UPDATE adjustments SET entry_id = ? WHERE id = ?"), {entry.value(), a.id}); !r)
            return r.error();
    }
    if (Status s = AuditLog(m_db, m_clock).append(session, needsApproval ? QStringLiteral("adjust.request") : QStringLiteral("adjust.apply"),
                                                  QStringLiteral("member"), QString::number(a.memberId),
                                                  {{QStringLiteral("adjustment"), a.id}, {QStringLiteral("points"), a.delta},
                                                   {QStringLiteral("reason"), a.reason}});
        !s)
        return s.error();
    return a;
}

Status AdjustmentService::approve(const Session &session, qint64 adjustmentId)
{
    return withConflictRetry(m_db, [&] { return approveOnce(session, adjustmentId); });
}

Status AdjustmentService::approveOnce(const Session &session, qint64 adjustmentId)
{
    if (Status s = session.require(Permission::Approve); !s)
        return s;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto row = sql::run(m_db.connection(), QStringLiteral("SELECT member_id, delta, status, requested_by FROM adjustments WHERE id = ?")
                                               + m_db.dialect().forUpdate(),
                        {adjustmentId});
    if (!row)
        return row.error();
    if (!row.value().next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::AdjustmentService", "There is no such adjustment."));
    const qint64 memberId = row.value().value(0).toLongLong();
    const qint64 delta = row.value().value(1).toLongLong();
    const QString status = row.value().value(2).toString();
    const qint64 requestedBy = row.value().value(3).toLongLong();
    row.value().finish();
    if (status != QLatin1String("pending"))
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("pd::AdjustmentService", "This adjustment is no longer waiting for approval."));
    if (requestedBy == session.userId)
        return makeError(ErrorCode::PermissionDenied, QCoreApplication::translate("pd::AdjustmentService", "An adjustment must be approved by someone other than the person who asked for it."));
    auto rules = ProgrammeRules::load(m_db);
    if (!rules)
        return rules.error();
    auto entry = apply(session, memberId, delta, QStringLiteral("adjustment:%1").arg(adjustmentId), rules.value());
    if (!entry)
        return entry.error();
    auto upd = sql::run(m_db.connection(), QStringLiteral("UPDATE adjustments SET status = 'applied', decided_by = ?, decided_at = ?, "
                                                          "entry_id = ? WHERE id = ?"),
                        {session.userId, toStoredTime(m_clock.nowUtc()), entry.value(), adjustmentId});
    if (!upd)
        return upd.error();
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("adjust.approve"), QStringLiteral("member"),
                                                  QString::number(memberId), {{QStringLiteral("adjustment"), adjustmentId}});
        !s)
        return s;
    return tx.commit();
}

Status AdjustmentService::reject(const Session &session, qint64 adjustmentId)
{
    return withConflictRetry(m_db, [&] { return rejectOnce(session, adjustmentId); });
}

Status AdjustmentService::rejectOnce(const Session &session, qint64 adjustmentId)
{
    if (Status s = session.require(Permission::Approve); !s)
        return s;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto upd = sql::run(m_db.connection(), QStringLiteral("UPDATE adjustments SET status = 'rejected', decided_by = ?, decided_at = ? "
                                                          "WHERE id = ? AND status = 'pending'"),
                        {session.userId, toStoredTime(m_clock.nowUtc()), adjustmentId});
    if (!upd)
        return upd.error();
    if (upd.value().numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("pd::AdjustmentService", "This adjustment is no longer waiting for approval."));
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("adjust.reject"), QStringLiteral("adjustment"),
                                                  QString::number(adjustmentId));
        !s)
        return s;
    return tx.commit();
}

Result<QList<Adjustment>> AdjustmentService::pending(const Session &session) const
{
    return list(session, QStringLiteral("WHERE a.status = 'pending' ORDER BY a.id"), {});
}

Result<QList<Adjustment>> AdjustmentService::decided(const Session &session, int limit) const
{
    return list(session, QStringLiteral("WHERE a.status <> 'pending' AND a.decided_at IS NOT NULL ORDER BY a.decided_at DESC, a.id DESC LIMIT ?"),
                {limit});
}

Result<QList<Adjustment>> AdjustmentService::list(const Session &session, const QString &where, const QVariantList &values) const
{
    if (!session.can(Permission::Approve) && !session.can(Permission::AdjustPoints))
        return Status(session.require(Permission::Approve)).error();
    auto rows = sql::run(m_db.connection(),
                         QStringLiteral("SELECT a.id, a.member_id, m.card_no, m.name, a.delta, a.reason, a.status, a.requested_by, "
                                        "COALESCE(u.username, 'system'), a.requested_at, m.balance, COALESCE(d.username, ''), "
                                        "COALESCE(a.decided_at, '') FROM adjustments a "
                                        "JOIN members m ON m.id = a.member_id LEFT JOIN users u ON u.id = a.requested_by "
                                        "LEFT JOIN users d ON d.id = a.decided_by ")
                             + where,
                         values);
    if (!rows)
        return rows.error();
    QList<Adjustment> found;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        found << Adjustment{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong(),
                            q.value(8).toString(), q.value(9).toString(), q.value(10).toLongLong(), q.value(11).toString(),
                            q.value(12).toString()};
    }
    return found;
}

} // namespace pd

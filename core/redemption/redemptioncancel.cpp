#include "redemptioncancel.h"

#include "core/audit/auditlog.h"
#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/retry.h"
#include "core/db/transaction.h"
#include "core/ledger/dailymix.h"
#include "core/ledger/ledger.h"
#include "core/pointsmath.h"
#include "core/rules/programmerules.h"

namespace pd {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT r.id, s.code, r.redemption_no, m.card_no, i.code, i.name, r.quantity, r.cancelled_qty, r.points, r.refunded_points, "
    "r.cash_fen, r.business_time, r.member_id, r.item_id, r.entry_id, r.store_id FROM redemptions r JOIN stores s ON s.id = r.store_id "
    "JOIN members m ON m.id = r.member_id JOIN catalog_items i ON i.id = r.item_id ");

RedemptionRecord recordFrom(const QSqlQuery &q)
{
    RedemptionRecord r;
    r.id = q.value(0).toLongLong();
    r.storeCode = q.value(1).toString();
    r.number = q.value(2).toString();
    r.cardNo = q.value(3).toString();
    r.itemCode = q.value(4).toString();
    r.itemName = q.value(5).toString();
    r.quantity = q.value(6).toInt();
    r.cancelledQty = q.value(7).toInt();
    r.points = q.value(8).toLongLong();
    r.refundedPoints = q.value(9).toLongLong();
    r.cashFen = q.value(10).toLongLong();
    r.businessTime = fromStoredTime(q.value(11).toString());
    r.memberId = q.value(12).toLongLong();
    r.itemId = q.value(13).toLongLong();
    r.spendingEntryId = q.value(14).toLongLong();
    r.storeId = q.value(15).toLongLong();
    return r;
}
} // namespace

Result<RedemptionRecord> RedemptionCancelService::find(const Session &session, const QString &number, const QString &storeCode) const
{
    if (!session.can(Permission::RedemptionCancel) && !session.can(Permission::Redeem))
        return session.require(Permission::RedemptionCancel).error();
    auto rows = sql::run(m_db.connection(),
                         kSelect + QStringLiteral("WHERE r.redemption_no = ?") + (storeCode.isEmpty() ? QString() : QStringLiteral(" AND s.code = ?")),
                         storeCode.isEmpty() ? QVariantList{number} : QVariantList{number, storeCode});
    if (!rows)
        return rows.error();
    QList<RedemptionRecord> found;
    while (rows.value().next())
        found << recordFrom(rows.value());
    if (found.isEmpty())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::RedemptionCancelService", "There is no redemption with the number %1.").arg(number),
                         QStringLiteral("number"));
    if (found.size() > 1)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::RedemptionCancelService", "Several stores used the number %1; say which store's redemption it is.").arg(number),
                         QStringLiteral("store"));
    return found.constFirst();
}

Result<CancellationOutcome> RedemptionCancelService::quote(const Session &session, const CancellationInput &input)
{
    return run(session, input, false);
}

Result<CancellationOutcome> RedemptionCancelService::cancel(const Session &session, const CancellationInput &input)
{
    return withConflictRetry(m_db, [&] { return cancelOnce(session, input); });
}

Result<CancellationOutcome> RedemptionCancelService::cancelOnce(const Session &session, const CancellationInput &input)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto outcome = run(session, input, true);
    if (!outcome)
        return outcome;
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("redeem.cancel"), QStringLiteral("redemption"),
                                                  QString::number(outcome->redemption.id),
                                                  {{QStringLiteral("quantity"), outcome->quantity},
                                                   {QStringLiteral("points"), outcome->points},
                                                   {QStringLiteral("to_new_lot"), outcome->toNewLot},
                                                   {QStringLiteral("compensation"), input.compensationPoints}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return outcome;
}

Status RedemptionCancelService::checkInput(const Session &session, const CancellationInput &in, bool write)
{
    if (Status s = session.require(Permission::RedemptionCancel); !s)
        return s;
    if (write && in.reason.trimmed().size() < 2) // a preview may come before the reason is typed
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::RedemptionCancelService", "Say why the redemption is cancelled."),
                         QStringLiteral("reason"));
    if (in.compensationPoints < 0 || in.compensationPoints > 100'000'000)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::RedemptionCancelService", "Compensation is a whole number of points from 0 to 100,000,000."),
                         QStringLiteral("compensation"));
    if (in.compensationPoints > 0)
        return session.require(Permission::AdjustPoints);
    return {};
}

Result<QList<RestorableLot>> RedemptionCancelService::restorableLots(const RedemptionRecord &r) const
{
    // where the points came from, less what earlier cancellations already put back
    auto lots = sql::run(m_db.connection(),
                         QStringLiteral("SELECT s.lot_id, s.points - COALESCE((SELECT SUM(lr.points) FROM lot_restorations lr "
                                        "JOIN redemption_cancellations c ON c.entry_id = lr.entry_id "
                                        "WHERE c.redemption_id = ? AND lr.lot_id = s.lot_id), 0), l.expires_at, l.store_id "
                                        "FROM lot_spending s JOIN lots l ON l.id = s.lot_id WHERE s.entry_id = ? "
                                        "ORDER BY l.expires_at IS NULL DESC, l.expires_at DESC, l.id DESC"),
                         {r.id, r.spendingEntryId});
    if (!lots)
        return lots.error();
    QList<RestorableLot> restorable;
    while (lots.value().next()) {
        const QSqlQuery &lot = lots.value();
        restorable << RestorableLot{lot.value(0).toLongLong(), lot.value(1).toLongLong(),
                                    lot.value(2).isNull() ? QDateTime() : fromStoredTime(lot.value(2).toString()),
                                    lot.value(3).isNull() ? std::nullopt : std::optional<qint64>(lot.value(3).toLongLong())};
    }
    return restorable;
}

Result<RedemptionRecord> RedemptionCancelService::lockRedemption(qint64 id)
{
    auto locked = sql::run(m_db.connection(), kSelect + QStringLiteral("WHERE r.id = ?") + m_db.dialect().forUpdate(QStringLiteral("r")), {id});
    if (!locked)
        return locked.error();
    locked.value().next();
    RedemptionRecord r = recordFrom(locked.value());
    locked.value().finish();
    return r;
}

Status RedemptionCancelService::planCancellation(CancellationOutcome &out, const CancellationInput &in, const MemberPoints &member,
                                                 const QList<RestorableLot> &lots, const QDateTime &now) const
{
    const RedemptionRecord &r = out.redemption;
    const int left = r.quantity - r.cancelledQty;
    if (left == 0)
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("pd::RedemptionCancelService", "The redemption %1 is already cancelled in full.").arg(r.number),
                         QStringLiteral("quantity"));
    out.quantity = in.quantity.value_or(left);
    if (out.quantity < 1 || out.quantity > left)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::RedemptionCancelService", "Between 1 and %1 of the redemption %2 can still be cancelled.").arg(left).arg(r.number),
                         QStringLiteral("quantity"));
    // the same exact proportion as returns: partial cancellations add up to the whole
    out.points = points::clawback(r.points, r.cancelledQty + out.quantity, r.quantity, r.refundedPoints);
    qint64 validRoom = 0;
    for (const RestorableLot &lot : lots)
        if (lot.points > 0 && (!lot.expiresAt.isValid() || lot.expiresAt > now))
            validRoom += lot.points;
    // an expired lot's points come back in a new lot valid to the end of the 30th day
    out.newLotExpires = points::startOfBusinessDay(businessToday(m_clock).addDays(kNewLotDays + 1));
    out.debtRepaid = std::min(out.points, member.debt);
    out.toOriginalLots = std::min(out.points - out.debtRepaid, validRoom);
    out.toNewLot = out.points - out.debtRepaid - out.toOriginalLots;
    out.balanceAfter = member.balance + out.points;
    out.cashBackFen = r.cashFen / r.quantity * out.quantity; // the cash part is per unit
    return {};
}

Status RedemptionCancelService::record(const Session &session, const CancellationInput &in, CancellationOutcome &out, qint64 entryId,
                                       const QDateTime &now)
{
    const RedemptionRecord &r = out.redemption;
    if (auto u = sql::run(m_db.connection(), QStringLiteral("UPDATE catalog_items SET stock = stock + ? WHERE id = ? AND stock IS NOT NULL"),
                          {out.quantity, r.itemId});
        !u)
        return u.error();
    if (auto u = sql::run(m_db.connection(),
                          QStringLiteral("UPDATE redemptions SET cancelled_qty = cancelled_qty + ?, refunded_points = refunded_points + ? WHERE id = ?"),
                          {out.quantity, out.points, r.id});
        !u)
        return u.error();
    if (in.compensationPoints > 0) {
        auto rules = ProgrammeRules::load(m_db);
        if (!rules)
            return rules.error();
        auto adj = AdjustmentService(m_db, m_clock)
                       .requestInTransaction(session, r.cardNo, in.compensationPoints,
                                             QCoreApplication::translate("pd::RedemptionCancelService", "Compensation for redemption %1: %2")
                                                 .arg(r.number, in.reason.trimmed()),
                                             rules.value());
        if (!adj)
            return adj.error();
        out.compensation = adj.value();
    }
    auto ins = sql::run(m_db.connection(),
                        QStringLiteral("INSERT INTO redemption_cancellations (redemption_id, member_id, quantity, points, to_new_lot, reason, "
                                       "adjustment_id, entry_id, operator_id, posted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {r.id, r.memberId, out.quantity, out.points, out.toNewLot, in.reason.trimmed(),
                         out.compensation ? QVariant(out.compensation->id) : sql::nullInt(), entryId > 0 ? QVariant(entryId) : sql::nullInt(),
                         session.userId, toStoredTime(now)});
    if (!ins)
        return ins.error();
    dailymix::noteRedemption(m_db, now, r.storeId, r.itemId, -out.quantity, -out.points);
    return {};
}

Result<CancellationOutcome> RedemptionCancelService::run(const Session &session, const CancellationInput &in, bool write)
{
    if (Status s = checkInput(session, in, write); !s)
        return s.error();
    auto found = find(session, in.redemptionNo.trimmed(), in.storeCode);
    if (!found)
        return found.error();
    if (Status s = session.requireStore(found->storeCode); !s)
        return s.error();

    // the member first, as every points operation does, then the redemption
    Ledger ledger(m_db, m_clock);
    auto member = ledger.lockMember(found->memberId);
    if (!member)
        return member.error();
    if (member->status == MemberStatus::Closed)
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("pd::RedemptionCancelService", "This membership is closed; nothing can be given back to it."),
                         QStringLiteral("card_no"));
    auto redemption = lockRedemption(found->id);
    if (!redemption)
        return redemption.error();
    CancellationOutcome out;
    out.redemption = redemption.value();
    auto lots = restorableLots(out.redemption);
    if (!lots)
        return lots.error();
    const QDateTime now = m_clock.nowUtc();
    if (Status s = planCancellation(out, in, member.value(), lots.value(), now); !s)
        return s.error();
    if (!write)
        return out;

    qint64 entryId = 0;
    if (out.points > 0) {
        EntrySource source;
        source.businessTime = now;
        source.operatorId = session.userId;
        source.reference = QStringLiteral("redemption-cancel:%1/%2").arg(out.redemption.storeCode, out.redemption.number);
        auto restored = ledger.restore(member.value(), out.points, EntryKind::Refund, source, lots.value(), out.newLotExpires);
        if (!restored)
            return restored.error();
        entryId = restored->entryId;
        Q_ASSERT(restored->toNewLot == out.toNewLot);
    }
    if (Status s = record(session, in, out, entryId, now); !s)
        return s.error();
    auto balance = sql::scalar(m_db.connection(), QStringLiteral("SELECT balance FROM members WHERE id = ?"), {out.redemption.memberId});
    if (!balance)
        return balance.error();
    out.balanceAfter = balance.value().toLongLong();
    return out;
}

} // namespace pd

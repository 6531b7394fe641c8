#include "returnservice.h"

#include "core/campaigns/badgeawards.h"

#include "core/audit/auditlog.h"
#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/retry.h"
#include "core/db/transaction.h"
#include "core/ledger/ledger.h"
#include "core/ledger/numbereddocument.h"
#include "core/stores/storeservice.h"
#include "core/pointsmath.h"
#include "core/receipts/receiptservice.h"

namespace pd {


QString ReturnInput::canonical() const
{
    return QStringList{storeCode, returnNo, receiptNo, toStoredTime(businessTime), QString::number(amountFen)}.join(QLatin1Char('|'));
}

Result<ReturnOutcome> ReturnService::quote(const Session &session, const ReturnInput &input)
{
    return run(session, input, false);
}

Result<ReturnOutcome> ReturnService::post(const Session &session, const ReturnInput &input)
{
    return withConflictRetry(m_db, [&] { return postOnce(session, input); }, AfterLostCommit::RunAgain);
}

Result<ReturnOutcome> ReturnService::postOnce(const Session &session, const ReturnInput &input)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto outcome = run(session, input, true);
    if (!outcome || outcome->alreadyPosted)
        return outcome;
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("return.post"), QStringLiteral("return"),
                                                  QString::number(outcome->returnId), {{QStringLiteral("clawback"), outcome->clawback}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return outcome;
}

Result<ReturnOutcome> ReturnService::postInTransaction(const Session &session, const ReturnInput &input)
{
    return run(session, input, true);
}

Result<std::optional<ReturnOutcome>> ReturnService::alreadyPosted(qint64 storeId, const ReturnInput &in) const
{
    auto existing = findPostedDocument(
        m_db, QStringLiteral("returns"), QStringLiteral("return_no"), storeId, in.returnNo, in.canonical(),
        QCoreApplication::translate("pd::ReturnService", "The return %1 of store %2 was already posted with different content.")
            .arg(in.returnNo, in.storeCode),
        {QStringLiteral("clawback")});
    if (!existing)
        return existing.error();
    if (!existing->found)
        return std::optional<ReturnOutcome>();
    ReturnOutcome same;
    same.returnId = existing->id;
    same.clawback = existing->values.at(0).toLongLong();
    same.alreadyPosted = true;
    return std::optional<ReturnOutcome>(same);
}

Result<ReturnService::ReturnedReceipt> ReturnService::lockReceipt(qint64 storeId, const ReturnInput &in)
{
    auto receipt = sql::run(m_db.connection(),
                            QStringLiteral("SELECT id, member_id, business_time, amount, points + green_points + bonus_points, returned_amount, "
                                           "clawed_back FROM receipts WHERE store_id = ? AND receipt_no = ?")
                                + m_db.dialect().forUpdate(),
                            {storeId, in.receiptNo});
    if (!receipt)
        return receipt.error();
    if (!receipt.value().next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::ReturnService", "Store %1 has no receipt %2.").arg(in.storeCode, in.receiptNo), QStringLiteral("receipt_no"));
    const QSqlQuery &r = receipt.value();
    ReturnedReceipt found{r.value(0).toLongLong(), r.value(1).toLongLong(), fromStoredTime(r.value(2).toString()), r.value(3).toLongLong(),
                          r.value(4).toLongLong(), r.value(5).toLongLong(), r.value(6).toLongLong()};
    receipt.value().finish();
    return found;
}

Result<ReturnOutcome> ReturnService::run(const Session &session, const ReturnInput &in, bool write)
{
    if (Status s = session.require(Permission::ReturnPost); !s)
        return s.error();
    if (Status s = session.requireStore(in.storeCode); !s)
        return s.error();
    if (in.returnNo.trimmed().isEmpty() || in.returnNo.size() > 64)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::ReturnService", "A return number has 1 to 64 characters."), QStringLiteral("return_no"));
    if (in.amountFen <= 0)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::ReturnService", "A return needs an amount above zero."), QStringLiteral("amount"));
    if (Status s = checkBusinessTime(in.businessTime, m_clock); !s)
        return s.error();
    const QSqlDatabase db = m_db.connection();
    auto store = StoreService::storeId(m_db, in.storeCode);
    if (!store)
        return store.error();
    const qint64 storeId = store.value();

    auto existing = alreadyPosted(storeId, in);
    if (!existing)
        return existing.error();
    if (existing.value())
        return *existing.value();

    auto receipt = lockReceipt(storeId, in);
    if (!receipt)
        return receipt.error();
    const qint64 receiptId = receipt->id, memberId = receipt->memberId, amount = receipt->amountFen, earnedPoints = receipt->earnedPoints,
                 returnedBefore = receipt->returnedFen, clawedBefore = receipt->clawedBack;
    const QDateTime receiptTime = receipt->businessTime;

    if (in.businessTime < receiptTime)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::ReturnService", "A return cannot be earlier than its receipt."), QStringLiteral("time"));
    const qint64 returnedSoFar = returnedBefore + in.amountFen;
    if (returnedSoFar > amount)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::ReturnService", "Only ¥%1 of receipt %2 can still be returned; ¥%3 was asked.")
                                                      .arg(points::displayYuan(amount - returnedBefore), in.receiptNo,
                                                           points::displayYuan(in.amountFen)),
                         QStringLiteral("amount"));

    Ledger ledger(m_db, m_clock);
    auto member = ledger.lockMember(memberId);
    if (!member)
        return member.error();
    ReturnOutcome out;
    out.clawback = points::clawback(earnedPoints, returnedSoFar, amount, clawedBefore);
    out.remainingFen = amount - returnedSoFar;
    out.balanceAfter = member->balance - out.clawback;
    out.debtAfter = member->debt + std::max<qint64>(0, out.clawback - std::max<qint64>(0, member->balance));
    if (!write)
        return out;

    auto ins = sql::insertReturningId(db, QStringLiteral("INSERT INTO returns (store_id, return_no, receipt_id, member_id, business_time, amount, "
                                           "clawback, content, posted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                        {storeId, in.returnNo, receiptId, memberId, toStoredTime(in.businessTime), in.amountFen, out.clawback,
                         in.canonical(), toStoredTime(m_clock.nowUtc())});
    if (!ins)
        return ins.error();
    out.returnId = ins.value();
    auto upd = sql::run(db, QStringLiteral("UPDATE receipts SET returned_amount = ?, clawed_back = ? WHERE id = ?"),
                        {returnedSoFar, clawedBefore + out.clawback, receiptId});
    if (!upd)
        return upd.error();
    if (out.clawback > 0) {
        EntrySource source;
        source.businessTime = in.businessTime.toUTC();
        source.storeId = storeId;
        source.operatorId = session.userId;
        source.reference = Ledger::reference(QStringLiteral("return"), in.storeCode, in.returnNo);
        if (auto e = ledger.spend(member.value(), out.clawback, EntryKind::Clawback, source, true); !e)
            return e.error();
        out.balanceAfter = member->balance;
        out.debtAfter = member->debt;
    }
    // a badge counted on the receipt may be taken back (before its collection is complete)
    if (Status s = badgeawards::evaluate(m_db, m_clock, session, ledger, member.value(), in.businessTime.toTimeZone(programmeTimeZone()).date(), storeId);
        !s)
        return s.error();
    out.balanceAfter = member->balance;
    out.debtAfter = member->debt;
    return out;
}

} // namespace pd

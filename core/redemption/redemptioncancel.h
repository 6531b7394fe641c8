#pragma once

#include "core/adjustments/adjustmentservice.h"
#include "core/ledger/ledger.h"

#include <QDateTime>

#include <optional>

namespace pd {

// A redemption as the desk sees it when a member brings it back.
struct RedemptionRecord
{
    qint64 id = 0;
    QString storeCode;
    QString number;
    QString cardNo;
    QString itemCode;
    QString itemName;
    int quantity = 0;
    int cancelledQty = 0;
    qint64 points = 0;
    qint64 refundedPoints = 0;
    qint64 cashFen = 0;
    QDateTime businessTime;
    qint64 memberId = 0;
    qint64 itemId = 0;
    qint64 storeId = 0;
    qint64 spendingEntryId = 0; // the redeem entry whose lots the points go back to
};

struct CancellationInput
{
    QString redemptionNo;
    QString storeCode;              // needed only when two stores used the same number
    std::optional<int> quantity;    // empty: everything not yet cancelled
    QString reason;                 // quality problem, service not delivered …
    qint64 compensationPoints = 0;  // optional, through the adjustment rules
};

struct CancellationOutcome
{
    RedemptionRecord redemption; // as it was before
    int quantity = 0;
    qint64 points = 0;           // refunded
    qint64 debtRepaid = 0;
    qint64 toOriginalLots = 0;
    qint64 toNewLot = 0;
    qint64 cashBackFen = 0;      // the cash part of the units cancelled, to give back
    QDateTime newLotExpires;     // when toNewLot > 0
    std::optional<Adjustment> compensation;
    qint64 balanceAfter = 0;
};

// Cancelling or taking back a redemption (DESIGN §5): points go back to the lots they came
// from while those are valid, the rest into a new lot valid at least 30 days; stock goes
// back; a partial return of a multi-unit redemption refunds
// floor(P × cancelled_so_far / Q) − already_refunded.
class RedemptionCancelService
{
public:
    static constexpr int kNewLotDays = 30;

    RedemptionCancelService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<RedemptionRecord> find(const Session &session, const QString &number, const QString &storeCode = {}) const;
    Result<CancellationOutcome> quote(const Session &session, const CancellationInput &input);
    Result<CancellationOutcome> cancel(const Session &session, const CancellationInput &input);

private:
    Result<CancellationOutcome> cancelOnce(const Session &session, const CancellationInput &input); // one attempt; cancel() runs it again after a lost race
    Result<CancellationOutcome> run(const Session &session, const CancellationInput &input, bool write);
    // The stages of run(), in order.
    static Status checkInput(const Session &session, const CancellationInput &input, bool write);
    Result<RedemptionRecord> lockRedemption(qint64 id);
    Result<QList<RestorableLot>> restorableLots(const RedemptionRecord &redemption) const;
    Status planCancellation(CancellationOutcome &out, const CancellationInput &input, const MemberPoints &member,
                           const QList<RestorableLot> &lots, const QDateTime &now) const;
    Status record(const Session &session, const CancellationInput &input, CancellationOutcome &out, qint64 entryId, const QDateTime &now);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace pd

#pragma once

#include "core/result.h"

#include <QList>

namespace pd {

class Clock;
class Database;
struct ProgrammeRules;
struct Session;

struct Adjustment
{
    qint64 id = 0;
    qint64 memberId = 0;
    QString cardNo;
    QString memberName;
    qint64 delta = 0;
    QString reason;
    QString status; // applied, pending, rejected
    qint64 requestedBy = 0;
    QString requestedByName;
    QString requestedAt;
    qint64 memberBalance = 0; // now, for the approver
    QString decidedByName;    // empty while pending
    QString decidedAt;
};

// Manual adjustments (DESIGN §5): a reason is required; above the threshold they wait for
// another user with approve rights; a negative adjustment never overdraws.
class AdjustmentService
{
public:
    AdjustmentService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<Adjustment> request(const Session &session, const QString &cardNo, qint64 delta, const QString &reason);
    // The same inside the caller's write transaction (compensation for a cancelled
    // redemption): the same permission, threshold and audit record.
    Result<Adjustment> requestInTransaction(const Session &session, const QString &cardNo, qint64 delta, const QString &reason,
                                            const ProgrammeRules &rules);
    Status approve(const Session &session, qint64 adjustmentId);
    Status reject(const Session &session, qint64 adjustmentId);
    Result<QList<Adjustment>> pending(const Session &session) const;
    // Approved and rejected requests, the latest decision first.
    Result<QList<Adjustment>> decided(const Session &session, int limit = 200) const;

private:
    Result<QList<Adjustment>> list(const Session &session, const QString &where, const QVariantList &values) const;
    Status rejectOnce(const Session &session, qint64 adjustmentId); // one attempt; reject() runs it again after a lost race
    Status approveOnce(const Session &session, qint64 adjustmentId); // one attempt; approve() runs it again after a lost race
    Result<Adjustment> requestOnce(const Session &session, const QString &cardNo, qint64 delta, const QString &reason); // one attempt; request() runs it again after a lost race
    Result<qint64> apply(const Session &session, qint64 memberId, qint64 delta, const QString &reference,
                         const ProgrammeRules &rules);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace pd

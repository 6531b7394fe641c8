#pragma once

#include "core/ledger/breakdown.h"
#include "core/rules/programmerules.h"

#include <QDateTime>
#include <QHash>

#include <memory>
#include <optional>

namespace pd {

class Clock;
class Database;
class Ledger;
class ReceiptBatch;
struct MemberPoints;
struct CampaignOffer;
struct Session;

struct ReceiptInput
{
    QString storeCode;
    QString receiptNo;
    QString cardNo;
    QDateTime businessTime; // any zone; stored as UTC
    QString scenario;       // scenario code or partner:<code>
    qint64 amountFen = 0;   // paid, after the points deduction
    qint64 greenFen = 0;
    qint64 pointsUsed = 0;

    QString canonical() const; // the content compared when a number is posted again
};

struct ReceiptOutcome
{
    qint64 receiptId = 0;
    EarningBreakdown earning;
    qint64 pointsUsed = 0;
    qint64 deductedFen = 0;
    qint64 balanceBefore = 0;
    qint64 balanceAfter = 0;
    QString tierBefore;
    QString tierAfter;
    bool alreadyPosted = false; // the same receipt was posted before; nothing was written
};

// Receipts at the till (DESIGN §4, §5): earning, green points, points deduction, tier upgrade.
class ReceiptService
{
public:
    static constexpr int kClockSkewSeconds = 5 * 60;

    ReceiptService(Database &db, const Clock &clock);
    ~ReceiptService();

    // What posting would do, without writing anything.
    Result<ReceiptOutcome> quote(const Session &session, const ReceiptInput &input);
    // Posts in its own transaction, with an audit record.
    Result<ReceiptOutcome> post(const Session &session, const ReceiptInput &input);
    // Posts inside the caller's transaction (imports: one audit record per batch).
    Result<ReceiptOutcome> postInTransaction(const Session &session, const ReceiptInput &input, const ProgrammeRules &rules);
    // An import batch's receipts, about to be posted one by one with postInTransaction in the
    // caller's transaction: on PostgreSQL what each would read (members, earlier numbers and
    // receipts) is read for all of them at once and their rows are numbered in blocks
    // (ReceiptBatch), so a receipt no longer waits for the server. Receipts not listed, or
    // whose number was posted, take the ordinary path. On SQLite nothing is read. Valid until
    // the next call or the end of the transaction.
    Status prepareBatch(const QList<ReceiptInput> &inputs);


private:
    Result<ReceiptOutcome> postOnce(const Session &session, const ReceiptInput &input); // one attempt; post() runs it again after a lost race
    Result<ReceiptOutcome> run(const Session &session, const ReceiptInput &input, const ProgrammeRules &rules, bool write);
    // The campaigns matching the receipt with their room (locked when posting).
    // `hasReceipts`: the member is known to have a receipt already (spend in the last 12 months),
    // so no first-purchase bonus is looked up
    Result<QList<CampaignOffer>> campaignOffers(const ReceiptInput &input, const MemberPoints &member, const QDate &day, bool lock, bool hasReceipts);
    // The same receipt posted before (same number and content), or nothing; a different content is refused.
    Result<std::optional<ReceiptOutcome>> alreadyPosted(qint64 storeId, const ReceiptInput &input) const;
    // The receipt row, its ledger entries (deduction first, then earning) and the tier it reached.
    // `batched`: the member and its receipts were read with the batch (prepareBatch).
    Status record(const Session &session, const ReceiptInput &input, qint64 storeId, const ProgrammeRules &rules, Ledger &ledger,
                  MemberPoints &member, ReceiptOutcome &out, bool batched);

    // The store's id for its code, read once per service: codes never change and stores are
    // never deleted, and an import's receipts then need one round trip fewer each
    Result<qint64> storeId(const QString &code);

    Database &m_db;
    const Clock &m_clock;
    QHash<QString, qint64> m_storeIds;
    std::unique_ptr<ReceiptBatch> m_batch;
};

Status checkBusinessTime(const QDateTime &businessTime, const Clock &clock, const QString &field = QStringLiteral("time"));

} // namespace pd

#pragma once

#include "core/db/idblock.h"
#include "core/ledger/ledger.h"
#include "core/ledger/memberrollups.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <memory>

namespace pd {

class Database;

// One receipt of an import batch, as far as the batch's reads need it.
struct BatchReceipt
{
    qint64 storeId = 0;
    QString receiptNo;
    QString cardNo;
    QDateTime businessTime;
};

// What each receipt of an import batch would ask a PostgreSQL server for, one round trip at a
// time, read for the whole batch in one statement per kind: which numbers were posted before,
// the members (locked in id order, as single locks are taken), their receipts and returns
// around the batch's times; and the ids of the rows the batch writes, taken in blocks once the
// members are locked. A receipt then waits for the server only where something is unusual (a
// number already there, a card no member holds): those take the ordinary path. Valid inside
// the batch's transaction only.
class ReceiptBatch
{
public:
    static Result<std::unique_ptr<ReceiptBatch>> read(Database &db, Ledger &ledger, const QList<BatchReceipt> &receipts);
    // The read of the members' receipts around the batch's times (members as an array, from, to).
    static QString historyQuery();

    // The number is known not to be posted: neither before the batch nor in it so far.
    bool isNew(qint64 storeId, const QString &receiptNo) const;
    // The member holding the card, locked, as the batch's writes left it; null when not read.
    MemberPoints *member(const QString &cardNo);
    // The member's qualifying spend in the 12 months up to `at` (tiers::qualifyingSpend).
    qint64 spendBefore(qint64 memberId, const QDateTime &at) const;
    // The member's nearest receipts other than `receiptId` (memberrollups::noteReceipt).
    memberrollups::NearestReceipts nearest(qint64 memberId, qint64 storeId, qint64 receiptId, const QDateTime &at) const;
    // A receipt the batch has just written.
    void notePosted(const BatchReceipt &receipt, qint64 memberId, qint64 receiptId, qint64 amountFen);

    IdBlock &receiptIds() { return m_receiptIds; }
    IdBlock &entryIds() { return m_entryIds; }

private:
    explicit ReceiptBatch(Database &db, int size);

    struct Seen
    {
        QString time; // stored form
        qint64 id = 0; // 0 for a receipt read, not written by the batch
        qint64 storeId = 0;
        qint64 amountFen = 0;
    };
    struct Returned
    {
        QString time;
        qint64 amountFen = 0;
    };
    Status readPosted(Database &db, const QList<BatchReceipt> &receipts);
    Status readHistory(Database &db, const QList<BatchReceipt> &receipts);

    QSet<std::pair<qint64, QString>> m_batchNumbers; // every (store, number) of the batch
    QSet<std::pair<qint64, QString>> m_taken;        // posted before the batch or in it
    QHash<QString, MemberPoints> m_members;          // by card
    QHash<qint64, QList<Seen>> m_receipts;           // by member
    QHash<qint64, QList<Returned>> m_returns;        // by member
    IdBlock m_receiptIds;
    IdBlock m_entryIds;
};

} // namespace pd

#include "receiptbatch.h"

#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/rules/tiers.h"

#include <algorithm>

namespace pd {

ReceiptBatch::ReceiptBatch(Database &db, int size)
    // A receipt writes one entry, some two or three (green points, a campaign's bonus): a
    // block for one each first, then half as many again as often as needed. Taking two per
    // receipt at once cost the server 14 ms of nextval per 5,000 receipts, mostly for gaps.
    : m_receiptIds(db, QStringLiteral("receipts"), std::max(size, 1), std::max(size, 1)),
      m_entryIds(db, QStringLiteral("ledger_entries"), std::max(size, 1), std::max(size / 2, 1))
{
}

Result<std::unique_ptr<ReceiptBatch>> ReceiptBatch::read(Database &db, Ledger &ledger, const QList<BatchReceipt> &receipts)
{
    std::unique_ptr<ReceiptBatch> batch(new ReceiptBatch(db, int(receipts.size())));
    if (receipts.isEmpty())
        return batch;
    QStringList cards;
    for (const BatchReceipt &r : receipts)
        cards << r.cardNo;
    cards.removeDuplicates();
    // the locks first: the ids taken afterwards then follow any other desk's for these members
    auto members = ledger.lockMembersByCards(cards);
    if (!members)
        return members.error();
    batch->m_members = std::move(members.value());
    if (Status s = batch->readPosted(db, receipts); !s)
        return s.error();
    if (Status s = batch->readHistory(db, receipts); !s)
        return s.error();
    return batch;
}

Status ReceiptBatch::readPosted(Database &db, const QList<BatchReceipt> &receipts)
{
    QList<qint64> stores;
    QStringList numbers;
    for (const BatchReceipt &r : receipts) {
        m_batchNumbers.insert({r.storeId, r.receiptNo});
        stores << r.storeId;
        numbers << r.receiptNo;
    }
    auto rows = sql::run(db.connection(),
                         QStringLiteral("SELECT r.store_id, r.receipt_no FROM receipts r "
                                        "JOIN unnest(?::bigint[], ?::text[]) AS k(store_id, receipt_no) "
                                        "ON r.store_id = k.store_id AND r.receipt_no = k.receipt_no"),
                         {sql::arrayLiteral(stores), sql::arrayLiteral(numbers)});
    if (!rows)
        return rows.error();
    while (rows.value().next())
        m_taken.insert({rows.value().value(0).toLongLong(), rows.value().value(1).toString()});
    rows.value().finish();
    return {};
}

Status ReceiptBatch::readHistory(Database &db, const QList<BatchReceipt> &receipts)
{
    QList<qint64> memberIds;
    for (const MemberPoints &m : std::as_const(m_members))
        memberIds << m.id;
    if (memberIds.isEmpty())
        return {};
    // one window around every receipt's own two: the tiers' 12 months and the active days
    QString from, to;
    for (const BatchReceipt &r : receipts) {
        const tiers::SpendWindow spend = tiers::spendWindow(r.businessTime);
        const memberrollups::NearestWindow near = memberrollups::nearestWindow(r.businessTime);
        const QString low = std::min(spend.from, near.from), high = std::max(spend.to, near.until);
        from = from.isEmpty() ? low : std::min(from, low);
        to = to.isEmpty() ? high : std::max(to, high);
    }
    const QString members = sql::arrayLiteral(memberIds);
    auto seen = sql::run(db.connection(), historyQuery(), {members, from, to});
    if (!seen)
        return seen.error();
    while (seen.value().next()) {
        const QSqlQuery &q = seen.value();
        m_receipts[q.value(0).toLongLong()].append({q.value(1).toString(), 0, q.value(2).toLongLong(), q.value(3).toLongLong()});
    }
    seen.value().finish();
    auto returned = sql::run(db.connection(),
                             QStringLiteral("SELECT member_id, business_time, amount FROM returns "
                                            "WHERE member_id = ANY(?::bigint[]) AND business_time >= ? AND business_time <= ?"),
                             {members, from, to});
    if (!returned)
        return returned.error();
    while (returned.value().next()) {
        const QSqlQuery &q = returned.value();
        m_returns[q.value(0).toLongLong()].append({q.value(1).toString(), q.value(2).toLongLong()});
    }
    returned.value().finish();
    return {};
}

QString ReceiptBatch::historyQuery()
{
    // the columns of the index on (member, time, amount, store), which answers alone (schema
    // 26); no id: the receipt `nearest` leaves out is one the batch writes, never one read here
    return QStringLiteral("SELECT member_id, business_time, store_id, amount FROM receipts "
                          "WHERE member_id = ANY(?::bigint[]) AND business_time >= ? AND business_time <= ?");
}

bool ReceiptBatch::isNew(qint64 storeId, const QString &receiptNo) const
{
    const std::pair<qint64, QString> key{storeId, receiptNo};
    return m_batchNumbers.contains(key) && !m_taken.contains(key);
}

MemberPoints *ReceiptBatch::member(const QString &cardNo)
{
    const auto found = m_members.find(cardNo);
    return found == m_members.end() ? nullptr : &found.value();
}

qint64 ReceiptBatch::spendBefore(qint64 memberId, const QDateTime &at) const
{
    const auto [from, to] = tiers::spendWindow(at);
    qint64 spent = 0;
    for (const Seen &r : m_receipts.value(memberId)) {
        if (r.time > from && r.time <= to)
            spent += r.amountFen;
    }
    for (const Returned &r : m_returns.value(memberId)) {
        if (r.time > from && r.time <= to)
            spent -= r.amountFen;
    }
    return spent;
}

memberrollups::NearestReceipts ReceiptBatch::nearest(qint64 memberId, qint64 storeId, qint64 receiptId, const QDateTime &at) const
{
    const memberrollups::NearestWindow w = memberrollups::nearestWindow(at);
    std::optional<QString> before, after, beforeHere, afterHere;
    const auto later = [](std::optional<QString> &best, const QString &t) { best = best ? std::max(*best, t) : t; };
    const auto earlier = [](std::optional<QString> &best, const QString &t) { best = best ? std::min(*best, t) : t; };
    for (const Seen &r : m_receipts.value(memberId)) {
        if (r.id == receiptId)
            continue;
        if (r.time >= w.from && r.time < w.nextDay) {
            later(before, r.time);
            if (r.storeId == storeId)
                later(beforeHere, r.time);
        }
        if (r.time >= w.dayStart && r.time < w.until) {
            earlier(after, r.time);
            if (r.storeId == storeId)
                earlier(afterHere, r.time);
        }
    }
    const auto stored = [](const std::optional<QString> &t) { return t ? QVariant(*t) : QVariant(); };
    return {stored(before), stored(after), stored(beforeHere), stored(afterHere)};
}

void ReceiptBatch::notePosted(const BatchReceipt &receipt, qint64 memberId, qint64 receiptId, qint64 amountFen)
{
    m_taken.insert({receipt.storeId, receipt.receiptNo});
    m_receipts[memberId].append({toStoredTime(receipt.businessTime), receiptId, receipt.storeId, amountFen});
}

} // namespace pd

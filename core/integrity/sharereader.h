#pragma once

// Reads one share of the ledger (ledgerpass.cpp's alone): its ranges of members, entries, lots
// and receipts in storage order, checking each member's chain and summing as it goes.
// Kept inline so the pass compiles as one unit, as fast as it was in one file.

#include "core/db/database.h"
#include "core/db/rowscan.h"
#include "core/db/sql.h"
#include "core/integrity/ledgerpassstate.h"
#include "core/ledger/dailypoints.h"
#include "core/ledger/ledgerchain.h"

namespace pd::ledgerpass::detail {

class ShareReader
{
public:
    ShareReader(Database &db, const std::optional<LedgerAnchor> &closed, const unsigned char *key, Share &share)
        : m_db(db), m_closed(closed), m_key(key), m_share(share)
    {
    }

    Status read()
    {
        for (auto step : {&ShareReader::readMembers, &ShareReader::readEntries, &ShareReader::readLots, &ShareReader::readReceipts}) {
            if (Status s = (this->*step)(); !s)
                return s;
        }
        m_share.daily = m_daily.totals();
        m_share.earning = m_receiptDays.totals();
        std::sort(m_share.visits.begin(), m_share.visits.end()); // on the share's thread, so the shares sort at once
        return {};
    }

private:
    template<typename Row>
    Status scan(const QString &select, Row &&row)
    {
        return RowScan::each(m_db, select, std::forward<Row>(row));
    }

    Status readMembers()
    {
        Share &share = m_share;
        const MemberIndex &index = *share.members;
        // untouched pages of the arrays are never given memory
        share.entryStates = MemberArray<EntryState>(size_t(index.slotCount));
        share.memberStates = MemberArray<MemberState>(size_t(index.slotCount));
        return scan(QStringLiteral("SELECT id, ledger_head, balance, debt, store_id, tier FROM members") + share.memberIds.where("id")
                        + QStringLiteral(" ORDER BY id"),
                    [&](const RowScan &r) {
                        const qint64 slot = index.slotOf(r.integer(0));
                        if (slot < 0)
                            return; // a member added after the index was read cannot be: one snapshot
                        share.byTier.add(r.isNull(4) ? 0 : r.integer(4), r.text(5));
                        EntryState &e = share.entryStates[size_t(slot)];
                        MemberState &m = share.memberStates[size_t(slot)];
                        e.flags |= Present;
                        m.present = true;
                        if (r.text(1).isEmpty())
                            e.flags |= HeadEmpty;
                        if (decodeHash(r.text(1), m.head))
                            e.flags |= HeadValid;
                        m.balance = r.integer(2);
                        m.debt = r.integer(3);
                    });
    }

    // Each member's last entry up to the latest close, for the close's digest.
    void takeCloseState()
    {
        m_closeTaken = true;
        m_share.atClose = MemberArray<Hash>(size_t(m_share.members->slotCount));
        for (qint64 slot = 0; slot < m_share.members->slotCount; ++slot) {
            EntryState &e = m_share.entryStates[size_t(slot)];
            if (e.flags & HasLast) {
                m_share.atClose[size_t(slot)] = e.last;
                e.flags |= HasAtClose;
            }
        }
    }

    Status readEntries()
    {
        std::string message;
        Share &share = m_share;
        const bool followsAnother = share.followsAnother();
        // most members have an entry in each share: reserved (and given memory only as it fills)
        // rather than grown by copying, which would hold both copies at once
        share.firsts.reserve(size_t(share.members->slotCount));
        if (followsAnother)
            share.waiting.reserve(size_t(share.members->slotCount) * 192);
        Status s = scan(QStringLiteral("SELECT id, member_id, delta, kind, business_time, posted_at, store_id, operator_id, reference, "
                                       "breakdown, chain_hash FROM ledger_entries")
                            + share.entryIds.where("id") + QStringLiteral(" ORDER BY id"),
                        [&](const RowScan &r) {
                            const qint64 id = r.integer(0), memberId = r.integer(1), delta = r.integer(2);
                            ++share.entries;
                            if (m_closed && !m_closeTaken && id > m_closed->lastEntryId)
                                takeCloseState();
                            const QByteArrayView kind = r.text(3), businessTime = r.text(4), reference = r.text(8), stored = r.text(10);
                            // counted whoever the member is, as the rollups' recounts count them
                            m_daily.add(businessTime, r.isNull(6) ? 0 : r.integer(6), kind, std::max<qint64>(delta, 0), std::max<qint64>(-delta, 0), 1);
                            if (kind == "earn" || kind == "green" || kind == "bonus")
                                share.fromEntries.add(m_key, memberId, reference, delta, 0);
                            else if (kind == "deduct")
                                share.fromEntries.add(m_key, memberId, reference, 0, -delta);
                            const qint64 slot = share.members->slotOf(memberId);
                            if (slot < 0) {
                                if (share.firstOrphan == 0)
                                    share.firstOrphan = id;
                                return;
                            }
                            EntryState &e = share.entryStates[size_t(slot)];
                            const bool hasLast = e.flags & HasLast;
                            const ChainFields fields{{}, memberId, delta, kind, businessTime, r.text(5),
                                                     r.isNull(6) ? std::nullopt : std::optional<qint64>(r.integer(6)), r.integer(7), reference,
                                                     r.text(9)};
                            bool waits = false;
                            if (!hasLast) {
                                FirstEntry first{id};
                                waits = followsAnother;
                                if (waits) { // the entry it follows may be in an earlier share
                                    first.at = share.waiting.size();
                                    share.waiting.append(stored.data(), size_t(stored.size()));
                                    ledgerchain::appendOwnFields(share.waiting, fields);
                                    first.storedSize = quint32(stored.size());
                                    first.fieldsSize = quint32(share.waiting.size() - first.at - first.storedSize);
                                }
                                share.firsts.push_back(first);
                                e.first = quint32(share.firsts.size());
                            }
                            if (share.firstBadHash == 0 && !waits) { // past the first bad entry, the rest is still counted
                                char previous[32], hash[32];
                                if (hasLast)
                                    ledgerchain::hashToHex(e.last.data(), previous);
                                message.clear();
                                ledgerchain::appendPrevious(message, QByteArrayView(previous, hasLast ? 32 : 0));
                                ledgerchain::appendOwnFields(message, fields);
                                m_hasher.hash(QByteArrayView(message.data(), qsizetype(message.size())), hash);
                                if (stored != QByteArrayView(hash, 32))
                                    share.firstBadHash = id;
                            }
                            e.flags = quint8((e.flags & ~LastValid) | HasLast | (decodeHash(stored, e.last) ? LastValid : 0));
                            e.sum += delta;
                        });
        if (s && m_closed && !m_closeTaken)
            takeCloseState();
        return s;
    }

    Status readLots()
    {
        return scan(QStringLiteral("SELECT member_id, points, remaining, store_id FROM lots") + m_share.lotIds.where("id"), [&](const RowScan &r) {
            const qint64 memberId = r.integer(0), slot = m_share.members->slotOf(memberId);
            const qint64 points = r.integer(1), remaining = r.integer(2);
            if (remaining != 0)
                m_share.openByStore[r.isNull(3) ? 0 : r.integer(3)] += remaining;
            if (slot < 0)
                return; // a lot of no member (foreign keys off): its points still count to its store
            MemberState &m = m_share.memberStates[size_t(slot)];
            m.lotsLeft += remaining;
            m.openLot = m.openLot || remaining > 0;
            if (remaining < 0 || remaining > points)
                m_share.lotOutOfRange.add(memberId);
        });
    }

    Status readReceipts()
    {
        QHash<qint64, QByteArray> storeCodes;
        Status s = scan(QStringLiteral("SELECT id, code FROM stores"),
                        [&](const RowScan &r) { storeCodes.insert(r.integer(0), r.text(1).toByteArray()); });
        if (!s)
            return s;
        std::string reference;
        return scan(QStringLiteral("SELECT store_id, receipt_no, member_id, points + bonus_points, green_points, points_used, clawed_back, "
                                   "returned_amount, amount, business_time, scenario, points FROM receipts")
                        + m_share.receiptIds.where("id"),
                    [&](const RowScan &r) {
                        const qint64 memberId = r.integer(2), earned = r.integer(3) + r.integer(4), clawedBack = r.integer(6);
                        if (clawedBack > earned || r.integer(7) > r.integer(8) || clawedBack < 0)
                            m_share.receiptOverReturn.add(memberId);
                        const QByteArray &store = storeCodes.value(r.integer(0));
                        const QByteArrayView number = r.text(1);
                        reference.assign("receipt:");
                        reference.append(store.constData(), size_t(store.size()));
                        reference.push_back('/');
                        reference.append(number.data(), size_t(number.size()));
                        m_share.fromReceipts.add(m_key, memberId, QByteArrayView(reference.data(), qsizetype(reference.size())), earned,
                                                 r.integer(5));
                        const qint64 storeId = r.integer(0), points = r.integer(11);
                        if (points > 0)
                            m_receiptDays.add(r.text(9), storeId, r.text(10), points, 0, 1);
                        m_share.visits.push_back({memberId, storeId, m_receiptDays.julianDay(r.text(9))});
                    });
    }

    Database &m_db;
    const std::optional<LedgerAnchor> &m_closed;
    const unsigned char *m_key;
    Share &m_share;
    bool m_closeTaken = false;
    ledgerchain::MessageHasher m_hasher;
    dailypoints::Counter m_daily;
    dailypoints::Counter m_receiptDays; // the receipts' earning by day; its day cache serves the visits too
};

} // namespace pd::ledgerpass::detail

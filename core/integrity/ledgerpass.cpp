#include "ledgerpass.h"

#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/integrity/sharereader.h"

#include <QThread>

#include <latch>
#include <thread>
#include <vector>

namespace pd::ledgerpass {

namespace {

using namespace detail;

void merge(MemberCount &into, const MemberCount &from)
{
    if (from.members == 0)
        return;
    if (into.members == 0 || from.firstMemberId < into.firstMemberId)
        into.firstMemberId = from.firstMemberId;
    into.members += from.members;
}

// Shares read in parallel must see one state of the database. SQLite cannot hand a snapshot
// from one connection to another in Debian's build, so the pass holds the write lock on a
// connection of its own while every reader starts its read: no commit can fall in between.
// Writers wait those few milliseconds, as for any other writer.
class SharedStart
{
public:
    explicit SharedStart(Database &db) : m_db(db) {}
    ~SharedStart() { release(); }

    // False when the pass must read alone: another engine, one core, or the caller's own
    // transaction has read or written already (its snapshot is not the shares').
    bool hold(int shares)
    {
        if (shares < 2 || !m_db.dialect().isSQLite() || sqliteTransactionStarted(m_db))
            return false;
        auto lock = m_db.openAnother(m_db.connectionName() + QStringLiteral("-passlock"));
        if (!lock || !sql::run(lock.value()->connection(), QStringLiteral("BEGIN IMMEDIATE")))
            return false; // busy beyond the timeout: read alone, slower but the same answers
        m_lock = std::move(lock.value());
        return true;
    }
    void release()
    {
        if (!m_lock)
            return;
        (void)sql::run(m_lock->connection(), QStringLiteral("ROLLBACK"));
        m_lock.reset();
    }

private:
    Database &m_db;
    std::unique_ptr<Database> m_lock;
};

// Fixes the snapshot of a share's connection: in WAL mode it is taken by the first read.
Status startReading(Database &connection, ReadSnapshot &snapshot)
{
    const QSqlDatabase c = connection.connection();
    // a scan reads each page once: the 64 MiB cache of a desk's connection would only cost page faults
    if (auto r = sql::run(c, QStringLiteral("PRAGMA cache_size = -2048")); !r)
        return r.error();
    if (Status s = snapshot.begin(); !s)
        return s;
    if (auto r = sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM sqlite_master")); !r)
        return r.error();
    return {};
}

// A reading of one share on a thread and connection of its own.
void readShareApart(const Database &db, const std::optional<LedgerAnchor> &closed, const unsigned char *key, std::latch &started,
                    Share &share, Status &status)
{
    auto connection = db.openAnother(db.connectionName() + QStringLiteral("-pass%1").arg(share.index));
    if (!connection) {
        status = connection.error();
        started.count_down();
        return;
    }
    ReadSnapshot snapshot(*connection.value());
    status = startReading(*connection.value(), snapshot);
    started.count_down();
    if (status)
        status = ShareReader(*connection.value(), closed, key, share).read();
}

class Pass
{
public:
    Pass(Database &db, int shares) : m_db(db), m_shares(shares > 0 ? shares : std::clamp(QThread::idealThreadCount(), 1, 8)) {}

    Result<LedgerPassReport> run()
    {
        if (sodium_init() < 0)
            return makeError(ErrorCode::Database, QStringLiteral("libsodium could not start"));
        randombytes_buf(m_key.data(), m_key.size());
        SharedStart start(m_db);
        const int count = start.hold(m_shares) ? m_shares : 1;
        ReadSnapshot snapshot(m_db);
        if (Status s = snapshot.begin(); !s)
            return s.error();
        auto anchored = ledgerchain::latestAnchor(m_db); // the first read: the caller's snapshot
        if (!anchored)
            return anchored.error();
        m_closed = anchored.value();

        if (Status s = indexMembers(); !s)
            return s.error();
        qint64 highestEntry = 0, highestLot = 0, highestReceipt = 0;
        Status read = RowScan::each(m_db,
                                    QStringLiteral("SELECT COALESCE((SELECT MAX(id) FROM ledger_entries), 0), COALESCE((SELECT MAX(id) FROM lots), 0), "
                                                   "COALESCE((SELECT MAX(id) FROM receipts), 0)"),
                                    [&](const RowScan &r) {
                                        highestEntry = r.integer(0);
                                        highestLot = r.integer(1);
                                        highestReceipt = r.integer(2);
                                    });
        if (!read)
            return read.error();
        m_read = std::vector<Share>(static_cast<size_t>(count));
        std::vector<Status> statuses(static_cast<size_t>(count));
        for (int i = 0; i < count; ++i) {
            Share &share = m_read[size_t(i)];
            share.index = i;
            share.members = &m_members;
            share.memberIds = memberRange(i, count);
            share.entryIds = IdRange::share(highestEntry, i, count);
            share.lotIds = IdRange::share(highestLot, i, count);
            share.receiptIds = IdRange::share(highestReceipt, i, count);
        }
        if (count == 1) {
            statuses[0] = ShareReader(m_db, m_closed, m_key.data(), m_read[0]).read();
        } else {
            std::latch started(count);
            std::vector<std::thread> threads;
            for (int i = 0; i < count; ++i)
                threads.emplace_back(readShareApart, std::cref(m_db), std::cref(m_closed), m_key.data(), std::ref(started),
                                     std::ref(m_read[size_t(i)]), std::ref(statuses[size_t(i)]));
            started.wait();
            start.release();
            for (std::thread &t : threads)
                t.join();
        }
        for (const Status &s : statuses) {
            if (!s)
                return s.error();
        }
        joinShares();
        if (Status s = judgeChain(); !s)
            return s.error();
        return m_report;
    }

private:
    // Which slot each member's figures take in every share (ledgerpassstate.h).
    Status indexMembers()
    {
        qint64 members = 0, maxId = 0;
        Status counted = RowScan::each(m_db, QStringLiteral("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM members"), [&](const RowScan &r) {
            members = r.integer(0);
            maxId = r.integer(1);
        });
        if (!counted)
            return counted;
        m_members.dense = maxId <= members * 4 + 1024;
        if (m_members.dense) {
            m_members.slotCount = maxId + 1;
            return {};
        }
        m_members.ids.reserve(size_t(members));
        Status s = RowScan::each(m_db, QStringLiteral("SELECT id FROM members ORDER BY id"),
                                 [&](const RowScan &r) { m_members.ids.push_back(r.integer(0)); });
        m_members.slotCount = qint64(m_members.ids.size());
        return s;
    }

    // Members are dealt out by id as the other tables are, or by their place when ids are sparse.
    IdRange memberRange(int index, int count) const
    {
        if (m_members.dense || count == 1)
            return IdRange::share(m_members.slotCount - 1, index, count);
        IdRange r;
        const auto idAt = [&](int share) { return m_members.ids[m_members.ids.size() * size_t(share) / size_t(count)]; };
        if (index > 0)
            r.first = idAt(index);
        if (index < count - 1)
            r.last = idAt(index + 1) - 1;
        return r;
    }

    // Every member present, in id order, with its figures from all shares (after joinShares()).
    template<typename Visit>
    void forEachMember(Visit &&visit) const
    {
        const Share &all = m_read.front();
        for (qint64 slot = 0; slot < m_members.slotCount; ++slot) {
            if (all.entryStates[size_t(slot)].flags & Present)
                visit(all, slot, m_members.idOf(slot));
        }
    }

    // What joining one range of members finds about the chain.
    struct Joined
    {
        qint64 firstBad = 0;    // lowest first entry of a share that does not follow the one before it
        qint64 firstOrphan = 0; // lowest entry of an id between members' ids
    };

    // Adds the later shares' figures into the first share's for members [from, to). A member's
    // first entry in a later share is checked here against its last entry before that share.
    Joined join(qint64 from, qint64 to)
    {
        Joined found;
        Share &all = m_read.front();
        ledgerchain::MessageHasher hasher;
        std::string message;
        char previous[32], hash[32];
        for (qint64 slot = from; slot < to; ++slot) {
            EntryState &a = all.entryStates[size_t(slot)];
            MemberState &am = all.memberStates[size_t(slot)];
            qint64 firstEntry = a.flags & HasLast ? all.firsts[a.first - 1].id : 0;
            for (size_t k = 1; k < m_read.size(); ++k) {
                const Share &later = m_read[k];
                const EntryState &e = later.entryStates[size_t(slot)];
                const MemberState &m = later.memberStates[size_t(slot)];
                if (m.present) {
                    am.present = true;
                    am.head = m.head;
                    am.balance = m.balance;
                    am.debt = m.debt;
                    a.flags |= e.flags & (Present | HeadEmpty | HeadValid);
                }
                am.lotsLeft += m.lotsLeft;
                am.openLot = am.openLot || m.openLot;
                if (!(e.flags & HasLast))
                    continue;
                const FirstEntry &first = later.firsts[e.first - 1];
                const bool hasLast = a.flags & HasLast;
                if (hasLast)
                    ledgerchain::hashToHex(a.last.data(), previous);
                else
                    firstEntry = first.id;
                message.clear();
                ledgerchain::appendPrevious(message, QByteArrayView(previous, hasLast ? 32 : 0));
                message.append(later.waiting, first.at + first.storedSize, first.fieldsSize);
                hasher.hash(QByteArrayView(message.data(), qsizetype(message.size())), hash);
                if (QByteArrayView(later.waiting.data() + first.at, first.storedSize) != QByteArrayView(hash, 32)
                    && (found.firstBad == 0 || first.id < found.firstBad))
                    found.firstBad = first.id;
                a.sum += e.sum;
                a.last = e.last;
                a.flags = quint8((a.flags & ~LastValid) | HasLast | (e.flags & LastValid));
                if (e.flags & HasAtClose) {
                    all.atClose[size_t(slot)] = later.atClose[size_t(slot)];
                    a.flags |= HasAtClose;
                }
            }
            if (a.flags & HasLast && !(a.flags & Present) && (found.firstOrphan == 0 || firstEntry < found.firstOrphan))
                found.firstOrphan = firstEntry;
        }
        return found;
    }

    void joinShares()
    {
        qint64 firstBadHash = 0, firstOrphan = 0;
        const auto lowest = [](qint64 &into, qint64 id) {
            if (id != 0 && (into == 0 || id < into))
                into = id;
        };
        // members are independent of each other: the join of each range runs on a thread of its own
        std::vector<Joined> joined(m_read.size());
        if (m_read.size() == 1) {
            joined[0] = join(0, m_members.slotCount);
        } else {
            std::vector<std::thread> threads;
            const qint64 perThread = m_members.slotCount / qint64(m_read.size()) + 1;
            for (size_t i = 0; i < m_read.size(); ++i) {
                const qint64 from = std::min(m_members.slotCount, perThread * qint64(i));
                threads.emplace_back([&, i, from] { joined[i] = join(from, std::min(m_members.slotCount, from + perThread)); });
            }
            for (std::thread &t : threads)
                t.join();
        }
        for (const Joined &j : joined) {
            lowest(firstBadHash, j.firstBad);
            lowest(firstOrphan, j.firstOrphan);
        }
        ReferenceSums fromEntries, fromReceipts;
        for (Share &share : m_read) {
            m_report.chain.entries += share.entries;
            lowest(firstBadHash, share.firstBadHash);
            lowest(firstOrphan, share.firstOrphan);
            merge(m_report.lotOutOfRange, share.lotOutOfRange);
            merge(m_report.receiptOverReturn, share.receiptOverReturn);
            fromEntries.add(share.fromEntries);
            fromReceipts.add(share.fromReceipts);
            for (auto it = share.daily.cbegin(); it != share.daily.cend(); ++it)
                m_report.dailyTotals[it.key()] += it.value();
            for (auto it = share.openByStore.cbegin(); it != share.openByStore.cend(); ++it)
                m_report.openLotsByStore[it.key()] += it.value();
            for (auto it = share.earning.cbegin(); it != share.earning.cend(); ++it)
                m_report.earningByScenario[it.key()] += it.value();
            share.byTier.addTo(m_report.memberFigures.membersByTier);
        }
        std::vector<std::vector<memberrollups::Visit>> visits;
        for (Share &share : m_read)
            visits.push_back(std::move(share.visits));
        m_report.memberFigures.activeChanges = memberrollups::activeChanges(visits);
        m_report.receiptsMatchEntries = fromEntries == fromReceipts;
        forEachMember([&](const Share &share, qint64 slot, qint64 id) {
            const EntryState &e = share.entryStates[size_t(slot)];
            const MemberState &m = share.memberStates[size_t(slot)];
            if (e.sum != m.balance)
                m_report.balanceVsEntries.add(id);
            if (m.lotsLeft - m.debt != m.balance)
                m_report.balanceVsLots.add(id);
            if (m.debt < 0 || (m.debt > 0 && m.openLot))
                m_report.debtWithPoints.add(id);
            const bool endsAtHead = e.flags & HasLast ? (e.flags & HeadValid && e.flags & LastValid && m.head == e.last) : bool(e.flags & HeadEmpty);
            if (!endsAtHead && m_headMismatch == 0)
                m_headMismatch = id;
        });
        m_firstBad = firstBadHash;
        lowest(m_firstBad, firstOrphan);
        m_firstBadIsOrphan = firstOrphan != 0 && m_firstBad == firstOrphan;
    }

    QByteArray digestAtClose() const
    {
        QCryptographicHash digest(QCryptographicHash::Sha256);
        char head[32];
        forEachMember([&](const Share &share, qint64 slot, qint64 id) {
            if (!(share.entryStates[size_t(slot)].flags & HasAtClose))
                return;
            ledgerchain::hashToHex(share.atClose[size_t(slot)].data(), head);
            ledgerchain::addToDigest(digest, id, QByteArrayView(head, 32));
        });
        return digest.result().toHex();
    }

    // The first chain problem: an entry that does not follow (lowest id), a member whose head
    // is not its last entry (lowest id), a ledger that differs from the latest close's.
    Status judgeChain()
    {
        LedgerChainReport &chain = m_report.chain;
        if (m_firstBad != 0) {
            chain.intact = false;
            chain.firstBadEntry = m_firstBad;
            if (m_firstBadIsOrphan) {
                chain.reason = QCoreApplication::translate("pd::LedgerChain", "Ledger entry %1 belongs to no member.").arg(m_firstBad);
                return {};
            }
            auto card = sql::scalar(m_db.connection(),
                                    QStringLiteral("SELECT m.card_no FROM ledger_entries e JOIN members m ON m.id = e.member_id WHERE e.id = ?"),
                                    {m_firstBad});
            if (!card)
                return card.error();
            chain.reason = QCoreApplication::translate("pd::LedgerChain", "Ledger entry %1 (card %2) does not match its chain: it was "
                                                                          "changed, or an entry of this member before it was removed "
                                                                          "or moved.")
                               .arg(m_firstBad)
                               .arg(card->toString());
            return {};
        }
        if (m_headMismatch != 0) {
            auto card = cardOfMember(m_db, m_headMismatch);
            if (!card)
                return card.error();
            chain.intact = false;
            chain.reason = QCoreApplication::translate("pd::LedgerChain", "The ledger of card %1 does not end where the member's head "
                                                                          "says: its last entries were removed, or the head was changed.")
                               .arg(card.value());
            return {};
        }
        if (m_closed && digestAtClose() != m_closed->digest.toLatin1()) {
            chain.intact = false;
            chain.reason = QCoreApplication::translate("pd::LedgerChain", "The ledger up to entry %1 differs from the one recorded at the "
                                                                          "daily close of %2: it was rewritten.")
                               .arg(m_closed->lastEntryId)
                               .arg(m_closed->closedAt);
        }
        return {};
    }

    Database &m_db;
    std::array<unsigned char, crypto_shorthash_KEYBYTES> m_key{};
    std::optional<LedgerAnchor> m_closed;
    const int m_shares; // wanted; one when they cannot share a snapshot
    MemberIndex m_members;
    std::vector<Share> m_read;
    qint64 m_firstBad = 0;
    qint64 m_headMismatch = 0;
    bool m_firstBadIsOrphan = false;
    LedgerPassReport m_report;
};

} // namespace

Result<LedgerPassReport> run(Database &db, int shares)
{
    return Pass(db, shares).run();
}

Result<QString> cardOfMember(Database &db, qint64 memberId)
{
    auto card = sql::scalar(db.connection(), QStringLiteral("SELECT card_no FROM members WHERE id = ?"), {memberId});
    if (!card)
        return card.error();
    return card->toString();
}

} // namespace pd::ledgerpass

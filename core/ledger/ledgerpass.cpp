#include "ledgerpass.h"

#include "core/db/database.h"
#include "core/db/rowscan.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"

#include <QThread>

#include <sys/mman.h>

#include <sodium.h>

#include <algorithm>
#include <array>
#include <latch>
#include <limits>
#include <thread>
#include <vector>

namespace pd::ledgerpass {

namespace {

__extension__ typedef unsigned __int128 u128; // GCC and Clang on 64-bit targets
using Hash = std::array<quint8, 16>;          // a chain hash, decoded from its 32 stored hex digits

// Lower-case hex digit values; 0xff for anything else (the writer never stores other text).
constexpr std::array<quint8, 256> kNibble = [] {
    std::array<quint8, 256> t{};
    t.fill(0xff);
    for (int c = '0'; c <= '9'; ++c)
        t[size_t(c)] = quint8(c - '0');
    for (int c = 'a'; c <= 'f'; ++c)
        t[size_t(c)] = quint8(c - 'a' + 10);
    return t;
}();

bool decodeHash(QByteArrayView text, Hash &out)
{
    if (text.size() != 32)
        return false;
    quint8 invalid = 0;
    for (size_t i = 0; i < 16; ++i) {
        const quint8 high = kNibble[quint8(text[qsizetype(2 * i)])], low = kNibble[quint8(text[qsizetype(2 * i + 1)])];
        invalid |= high | low;
        out[i] = quint8(high << 4 | (low & 15));
    }
    return !(invalid & 0xf0);
}

// A zeroed array in 2 MiB pages where the kernel offers them: the pass touches a member's
// row for every entry at random, and with 4 KiB pages each touch also missed the TLB and
// each first touch faulted (pointsdesk-bench, perf: page faults and stalls on these rows).
template<typename T>
class MemberArray
{
    static_assert(std::is_trivially_copyable_v<T>, "rows start as zero bytes");

public:
    MemberArray() = default;
    explicit MemberArray(size_t size) : m_size(size)
    {
        constexpr size_t kHuge = size_t(2) << 20;
        m_bytes = std::max(kHuge, (size * sizeof(T) + kHuge - 1) / kHuge * kHuge);
        void *p = mmap(nullptr, m_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            qFatal("out of memory for the ledger pass");
        madvise(p, m_bytes, MADV_HUGEPAGE);
        m_data = static_cast<T *>(p);
    }
    ~MemberArray()
    {
        if (m_data)
            munmap(m_data, m_bytes);
    }
    MemberArray(MemberArray &&o) noexcept { *this = std::move(o); }
    MemberArray &operator=(MemberArray &&o) noexcept
    {
        std::swap(m_data, o.m_data);
        std::swap(m_size, o.m_size);
        std::swap(m_bytes, o.m_bytes);
        return *this;
    }
    T &operator[](size_t i) { return m_data[i]; }
    const T &operator[](size_t i) const { return m_data[i]; }
    size_t size() const { return m_size; }

private:
    T *m_data = nullptr;
    size_t m_size = 0, m_bytes = 0;
};

enum MemberFlag : quint8 {
    Present = 1,   // a member has this id
    HasLast = 2,   // an entry of the member was read
    LastValid = 4, // … and its stored hash is 32 hex digits
    HasAtClose = 8,
    HeadEmpty = 16,
    HeadValid = 32,
};

// Touched for every entry: 32 bytes, two members to a cache line.
struct alignas(32) EntryState
{
    Hash last{}; // the stored hash of the member's last entry read so far
    qint64 sum = 0;
    quint8 flags = 0;
};

// Read with the member row, then touched for every lot.
struct MemberState
{
    Hash head{}; // as the member row stores it
    qint64 balance = 0;
    qint64 debt = 0;
    qint64 lotsLeft = 0;
    bool present = false;
    bool openLot = false;
};

// Weighted sums, modulo the prime 2^61 − 1, of points by (member, reference); each weight is
// SipHash under a key drawn for this pass, so no row can be made to cancel another.
class ReferenceSums
{
public:
    void add(const unsigned char *key, qint64 memberId, QByteArrayView reference, qint64 earned, qint64 used)
    {
        m_buffer.resize(8);
        for (size_t i = 0; i < 8; ++i)
            m_buffer[i] = char(quint64(memberId) >> (8 * i));
        m_buffer.append(reference.data(), size_t(reference.size()));
        quint64 weight = 0;
        crypto_shorthash(reinterpret_cast<unsigned char *>(&weight), reinterpret_cast<const unsigned char *>(m_buffer.data()),
                         m_buffer.size(), key);
        weight = reduce(weight);
        m_earned = reduce(m_earned + multiply(weight, residue(earned)));
        m_used = reduce(m_used + multiply(weight, residue(used)));
    }
    void add(const ReferenceSums &other)
    {
        m_earned = reduce(m_earned + other.m_earned);
        m_used = reduce(m_used + other.m_used);
    }
    bool operator==(const ReferenceSums &o) const { return m_earned == o.m_earned && m_used == o.m_used; }

private:
    static constexpr quint64 kPrime = (quint64(1) << 61) - 1;
    static quint64 reduce(quint64 v)
    {
        v = (v & kPrime) + (v >> 61);
        return v >= kPrime ? v - kPrime : v;
    }
    static quint64 residue(qint64 v)
    {
        const qint64 r = v % qint64(kPrime);
        return quint64(r < 0 ? r + qint64(kPrime) : r);
    }
    static quint64 multiply(quint64 a, quint64 b)
    {
        const u128 p = static_cast<u128>(a) * b;
        return reduce(reduce(quint64(p & kPrime)) + reduce(quint64(p >> 61)));
    }

    std::string m_buffer;
    quint64 m_earned = 0, m_used = 0;
};

// What one share of the members finds: every row of theirs in members, entries, lots and
// receipts, read in storage order. A member's rows sit at a slot: its id divided by the
// number of shares when ids are dense (they come from a sequence), else its place among the
// share's ids.
struct Share
{
    int index = 0, count = 1;
    bool dense = true;
    std::vector<qint64> ids; // when not dense: the share's member ids, ascending
    MemberArray<EntryState> entryStates;
    MemberArray<MemberState> memberStates;
    MemberArray<Hash> atClose; // each member's last entry up to the latest close
    qint64 slotCount = 0; // slots in use
    qint64 entries = 0;
    qint64 firstBadHash = 0; // lowest entry id whose stored hash does not follow
    qint64 firstOrphan = 0;  // lowest entry id of no member
    MemberCount lotOutOfRange, receiptOverReturn;
    ReferenceSums fromEntries, fromReceipts;
    DailyTotals daily;
    // Receipts keep no running figure per member, so shares read them by id range: each page
    // is read by one share, not by all (a tenth of the pass at 10 M entries)
    qint64 firstReceipt = std::numeric_limits<qint64>::min(), lastReceipt = std::numeric_limits<qint64>::max();

    // Where a member of this id would be; the caller checks it is there (Present, present) in
    // the array it is about to touch anyway, so a row costs one cache miss, not two.
    qint64 slotOf(qint64 id) const
    {
        if (dense) {
            if (id < 0 || id % count != index || id / count >= slotCount)
                return -1;
            return id / count;
        }
        auto it = std::lower_bound(ids.begin(), ids.end(), id);
        return it != ids.end() && *it == id ? qint64(it - ids.begin()) : -1;
    }
    qint64 idOf(qint64 slot) const { return dense ? slot * count + index : ids[size_t(slot)]; }
};

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
        return {};
    }

private:
    // This share's rows: members whose id leaves this remainder
    QString mine(const char *memberColumn) const
    {
        return m_share.count == 1 ? QString()
                                  : QStringLiteral(" WHERE %1 % %2 = %3").arg(QLatin1String(memberColumn)).arg(m_share.count).arg(m_share.index);
    }

    template<typename Row>
    Status scan(const QString &select, Row &&row)
    {
        auto scan = RowScan::start(m_db, select);
        if (!scan)
            return scan.error();
        RowScan &rows = *scan.value();
        for (;;) {
            auto next = rows.next();
            if (!next)
                return next.error();
            if (!next.value())
                return {};
            row(rows);
        }
    }

    Status readMembers()
    {
        qint64 members = 0, maxId = 0;
        Status counted = scan(QStringLiteral("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM members"), [&](const RowScan &r) {
            members = r.integer(0);
            maxId = r.integer(1);
        });
        if (!counted)
            return counted;
        Share &share = m_share;
        share.dense = maxId <= members * 4 + 1024;
        // untouched pages of the arrays are never given memory, so the sparse case may size by all members
        const qint64 capacity = share.dense ? maxId / share.count + 1 : members;
        share.entryStates = MemberArray<EntryState>(size_t(capacity));
        share.memberStates = MemberArray<MemberState>(size_t(capacity));
        return scan(QStringLiteral("SELECT id, ledger_head, balance, debt FROM members") + mine("id") + QStringLiteral(" ORDER BY id"),
                    [&](const RowScan &r) {
                        const qint64 id = r.integer(0);
                        qint64 slot = share.slotCount;
                        if (share.dense) {
                            slot = id / share.count;
                            if (id < 0 || slot >= qint64(share.entryStates.size()))
                                return; // a member added after the count cannot be: one snapshot
                        } else {
                            share.ids.push_back(id);
                        }
                        share.slotCount = std::max(share.slotCount, slot + 1);
                        EntryState &e = share.entryStates[size_t(slot)];
                        MemberState &m = share.memberStates[size_t(slot)];
                        e.flags = Present;
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
        m_share.atClose = MemberArray<Hash>(size_t(m_share.slotCount));
        for (qint64 slot = 0; slot < m_share.slotCount; ++slot) {
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
        Status s = scan(QStringLiteral("SELECT id, member_id, delta, kind, business_time, posted_at, store_id, operator_id, reference, "
                                       "breakdown, chain_hash FROM ledger_entries")
                            + mine("member_id") + QStringLiteral(" ORDER BY id"),
                        [&](const RowScan &r) {
                            const qint64 id = r.integer(0), memberId = r.integer(1), delta = r.integer(2);
                            ++share.entries;
                            if (m_closed && !m_closeTaken && id > m_closed->lastEntryId)
                                takeCloseState();
                            const qint64 slot = share.slotOf(memberId);
                            if (slot < 0 || !(share.entryStates[size_t(slot)].flags & Present)) {
                                if (share.firstOrphan == 0)
                                    share.firstOrphan = id;
                                return;
                            }
                            EntryState &e = share.entryStates[size_t(slot)];
                            const QByteArrayView kind = r.text(3), businessTime = r.text(4), reference = r.text(8), stored = r.text(10);
                            if (share.firstBadHash == 0) { // past the first bad entry, the rest is still counted
                                const bool hasLast = e.flags & HasLast;
                                char previous[32], hash[32];
                                if (hasLast)
                                    ledgerchain::hashToHex(e.last.data(), previous);
                                message.clear();
                                ledgerchain::appendMessage(message, ChainFields{QByteArrayView(previous, hasLast ? 32 : 0), memberId, delta, kind,
                                                                                businessTime, r.text(5),
                                                                                r.isNull(6) ? std::nullopt : std::optional<qint64>(r.integer(6)),
                                                                                r.integer(7), reference, r.text(9)});
                                m_hasher.hash(QByteArrayView(message.data(), qsizetype(message.size())), hash);
                                if (stored != QByteArrayView(hash, 32))
                                    share.firstBadHash = id;
                            }
                            e.flags = quint8((e.flags & ~LastValid) | HasLast | (decodeHash(stored, e.last) ? LastValid : 0));
                            e.sum += delta;
                            m_daily.add(businessTime, kind, std::max<qint64>(delta, 0), std::max<qint64>(-delta, 0), 1);
                            if (kind == "earn" || kind == "green")
                                share.fromEntries.add(m_key, memberId, reference, delta, 0);
                            else if (kind == "deduct")
                                share.fromEntries.add(m_key, memberId, reference, 0, -delta);
                        });
        if (s && m_closed && !m_closeTaken)
            takeCloseState();
        return s;
    }

    Status readLots()
    {
        return scan(QStringLiteral("SELECT member_id, points, remaining FROM lots") + mine("member_id"), [&](const RowScan &r) {
            const qint64 memberId = r.integer(0), slot = m_share.slotOf(memberId);
            if (slot < 0 || !m_share.memberStates[size_t(slot)].present)
                return;
            const qint64 points = r.integer(1), remaining = r.integer(2);
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
        return scan(QStringLiteral("SELECT store_id, receipt_no, member_id, points, green_points, points_used, clawed_back, "
                                   "returned_amount, amount FROM receipts")
                        + (m_share.count == 1 ? QString()
                                              : QStringLiteral(" WHERE id >= %1 AND id <= %2").arg(m_share.firstReceipt).arg(m_share.lastReceipt)),
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
                    });
    }

    Database &m_db;
    const std::optional<LedgerAnchor> &m_closed;
    const unsigned char *m_key;
    Share &m_share;
    bool m_closeTaken = false;
    ledgerchain::MessageHasher m_hasher;
    dailypoints::Counter m_daily;
};

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

        m_read = std::vector<Share>(static_cast<size_t>(count));
        std::vector<Status> statuses(static_cast<size_t>(count));
        auto lastReceipt = sql::scalar(m_db.connection(), QStringLiteral("SELECT MAX(id) FROM receipts"));
        if (!lastReceipt)
            return lastReceipt.error();
        const qint64 receipts = std::max<qint64>(lastReceipt.value().toLongLong(), 0);
        for (int i = 0; i < count; ++i) {
            Share &share = m_read[size_t(i)];
            share.index = i;
            share.count = count;
            // the first and last ranges are open, so the ranges cover every id whatever MAX was
            if (i > 0)
                share.firstReceipt = receipts / count * i + 1;
            if (i < count - 1)
                share.lastReceipt = receipts / count * (i + 1);
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
        mergeShares();
        if (Status s = judgeChain(); !s)
            return s.error();
        return m_report;
    }

private:
    // Every member, in id order: the share it is in and its slot there.
    template<typename Visit>
    void forEachMember(Visit &&visit) const
    {
        if (m_read.size() == 1 || m_read.front().dense) {
            qint64 slotCount = 0;
            for (const Share &share : m_read)
                slotCount = std::max(slotCount, share.slotCount);
            for (qint64 slot = 0; slot < slotCount; ++slot) {
                for (const Share &share : m_read) {
                    if (slot < share.slotCount && share.entryStates[size_t(slot)].flags & Present)
                        visit(share, slot);
                }
            }
            return;
        }
        std::vector<std::pair<qint64, std::pair<const Share *, qint64>>> order;
        for (const Share &share : m_read) {
            for (qint64 slot = 0; slot < share.slotCount; ++slot)
                order.push_back({share.idOf(slot), {&share, slot}});
        }
        std::sort(order.begin(), order.end());
        for (const auto &[id, at] : order)
            visit(*at.first, at.second);
    }

    void mergeShares()
    {
        ReferenceSums fromEntries, fromReceipts;
        for (const Share &share : m_read) {
            m_report.chain.entries += share.entries;
            for (qint64 bad : {share.firstBadHash, share.firstOrphan}) {
                if (bad != 0 && (m_firstBad == 0 || bad < m_firstBad)) {
                    m_firstBad = bad;
                    m_firstBadIsOrphan = bad == share.firstOrphan;
                }
            }
            merge(m_report.lotOutOfRange, share.lotOutOfRange);
            merge(m_report.receiptOverReturn, share.receiptOverReturn);
            fromEntries.add(share.fromEntries);
            fromReceipts.add(share.fromReceipts);
            for (auto it = share.daily.cbegin(); it != share.daily.cend(); ++it)
                m_report.dailyTotals[it.key()] += it.value();
        }
        m_report.receiptsMatchEntries = fromEntries == fromReceipts;
        forEachMember([&](const Share &share, qint64 slot) {
            const EntryState &e = share.entryStates[size_t(slot)];
            const MemberState &m = share.memberStates[size_t(slot)];
            const qint64 id = share.idOf(slot);
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
    }

    QByteArray digestAtClose() const
    {
        QCryptographicHash digest(QCryptographicHash::Sha256);
        char head[32];
        forEachMember([&](const Share &share, qint64 slot) {
            if (!(share.entryStates[size_t(slot)].flags & HasAtClose))
                return;
            ledgerchain::hashToHex(share.atClose[size_t(slot)].data(), head);
            ledgerchain::addToDigest(digest, share.idOf(slot), QByteArrayView(head, 32));
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

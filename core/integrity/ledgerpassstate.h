#pragma once

// The pass's own bookkeeping (ledgerpass.cpp's alone): per-member and per-entry state in
// memory laid out for the pass's access pattern, keyed sums, and what one share reads.

#include "core/integrity/ledgerpass.h"

#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <sys/mman.h>

#include <sodium.h>

#include <algorithm>
#include <array>
#include <limits>
#include <string>
#include <vector>

namespace pd::ledgerpass::detail {

__extension__ typedef unsigned __int128 u128; // GCC and Clang on 64-bit targets
using Hash = std::array<quint8, 16>;          // a chain hash, decoded from its 32 stored hex digits

// Lower-case hex digit values; 0xff for anything else (the writer never stores other text).
inline constexpr std::array<quint8, 256> kNibble = [] {
    std::array<quint8, 256> t{};
    t.fill(0xff);
    for (int c = '0'; c <= '9'; ++c)
        t[size_t(c)] = quint8(c - '0');
    for (int c = 'a'; c <= 'f'; ++c)
        t[size_t(c)] = quint8(c - 'a' + 10);
    return t;
}();

inline bool decodeHash(QByteArrayView text, Hash &out)
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
    quint32 first = 0; // the member's first entry in the share: its place in Share::firsts, plus one
};
static_assert(sizeof(EntryState) == 32);

// A member's first entry in a share. In a share after the first, the entry before it may lie
// in an earlier share: its message waits, without the previous hash, until the shares join.
struct FirstEntry
{
    qint64 id = 0;
    quint64 at = 0;           // in Share::waiting: the stored hash, then the message's other fields
    quint32 storedSize = 0;
    quint32 fieldsSize = 0;
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

// Members by home store and tier: a handful of tiers a store, found without a copy of the text.
class TierCounts
{
public:
    void add(qint64 storeId, QByteArrayView tier)
    {
        std::vector<std::pair<QByteArray, qint64>> &tiers = m_byStore[storeId];
        for (auto &[code, members] : tiers) {
            if (code == tier) {
                ++members;
                return;
            }
        }
        tiers.push_back({tier.toByteArray(), 1});
    }
    void addTo(membersbytier::Counts &counts) const
    {
        for (auto it = m_byStore.cbegin(); it != m_byStore.cend(); ++it) {
            for (const auto &[code, members] : it.value())
                counts[{it.key(), QString::fromUtf8(code)}] += members;
        }
    }

private:
    QHash<qint64, std::vector<std::pair<QByteArray, qint64>>> m_byStore;
};

// Where each member's figures sit in a share's arrays: at its id when ids are dense (they come
// from a sequence), else at its place among all member ids. The same in every share.
struct MemberIndex
{
    bool dense = true;
    qint64 slotCount = 0;        // dense: the highest id plus one; else how many members
    std::vector<qint64> ids; // when not dense: every member id, ascending

    qint64 slotOf(qint64 id) const
    {
        if (dense)
            return id < 0 || id >= slotCount ? -1 : id;
        auto it = std::lower_bound(ids.begin(), ids.end(), id);
        return it != ids.end() && *it == id ? qint64(it - ids.begin()) : -1;
    }
    qint64 idOf(qint64 slot) const { return dense ? slot : ids[size_t(slot)]; }
};

// The rows of one table a share reads: ids from first to last. The first share's range is
// open below and the last one's above, so together they hold every row whatever MAX(id) was.
struct IdRange
{
    qint64 first = std::numeric_limits<qint64>::min(), last = std::numeric_limits<qint64>::max();

    // Ids 1 … highest dealt out in `count` ranges; this is range `index`.
    static IdRange share(qint64 highest, int index, int count)
    {
        IdRange r;
        if (index > 0)
            r.first = highest / count * index + 1;
        if (index < count - 1)
            r.last = highest / count * (index + 1);
        return r;
    }
    QString where(const char *column) const
    {
        if (first == std::numeric_limits<qint64>::min() && last == std::numeric_limits<qint64>::max())
            return {};
        return QStringLiteral(" WHERE %1 >= %2 AND %1 <= %3").arg(QLatin1String(column)).arg(first).arg(last);
    }
};

// What one share finds. Each table is dealt out by id range, so each page of it is read by
// one share, not by all: a share's entries, lots and receipts belong to any member, so its
// arrays hold every member, and the pass adds the shares together member by member.
struct Share
{
    int index = 0;
    const MemberIndex *members = nullptr;
    IdRange memberIds, entryIds, lotIds, receiptIds;
    MemberArray<EntryState> entryStates;
    MemberArray<MemberState> memberStates;
    MemberArray<Hash> atClose; // each member's last entry up to the latest close
    qint64 entries = 0;
    qint64 firstBadHash = 0; // lowest entry id whose stored hash does not follow
    qint64 firstOrphan = 0;  // lowest entry id of a member id no member could have
    std::vector<FirstEntry> firsts;
    std::string waiting; // the texts of the first entries whose check waits for the join
    MemberCount lotOutOfRange, receiptOverReturn;
    ReferenceSums fromEntries, fromReceipts;
    DailyTotals daily;
    QMap<qint64, qint64> openByStore; // points left in lots, by the store they were earned at
    TierCounts byTier;
    DailyTotals earning;              // receipts' earned points by day, store and scenario
    std::vector<memberrollups::Visit> visits; // every receipt read, sorted when the share is done

    // Entries before this share's may be a member's earlier ones
    bool followsAnother() const { return entryIds.first != std::numeric_limits<qint64>::min(); }
};

} // namespace pd::ledgerpass::detail

#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QCryptographicHash>

#include <QString>

#include <optional>
#include <string>

struct evp_md_ctx_st;
struct evp_md_st;

namespace pd {

class Database;

// What of a ledger entry its chain hash covers, as the row stores it.
struct ChainedEntry
{
    qint64 memberId = 0;
    qint64 delta = 0;
    QString kind;
    QString businessTime; // stored text
    QString postedAt;     // stored text
    std::optional<qint64> storeId;
    qint64 operatorId = 0;
    QString reference;
    QString breakdown;
};

// The state of the whole ledger at a daily close: the last entry then, and a digest of every
// member's chain head at that entry. Recorded in the close's audit record.
struct LedgerAnchor
{
    qint64 lastEntryId = 0;
    QString digest;
    QString closedAt; // stored time of the close that recorded it
};

// The same fields borrowed from wherever the row is (a pass over millions of entries).
struct ChainFields
{
    QByteArrayView previous; // the hash of the member's entry before, as stored
    qint64 memberId = 0;
    qint64 delta = 0;
    QByteArrayView kind, businessTime, postedAt; // UTF-8, as stored
    std::optional<qint64> storeId;
    qint64 operatorId = 0;
    QByteArrayView reference, breakdown;
};

struct LedgerChainReport
{
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBadEntry = 0; // 0 when the problem is not one entry (a cut tail, a rewrite)
    QString reason;           // translated, names the record
};

namespace ledgerchain {

// The bytes an entry's hash covers, appended to `out` (a std::string: appending to one costs
// less than to a QByteArray, and verify builds one message per entry).
void appendMessage(std::string &out, const ChainFields &fields);
// The same message in its two halves, for a reader that meets an entry before the one it
// follows (verify's shares by entry range): the previous hash, then everything else.
void appendPrevious(std::string &out, QByteArrayView previous);
void appendOwnFields(std::string &out, const ChainFields &fields); // all but `previous`

// The hash of an entry that follows `previous` (empty for a member's first entry): 32 hex digits.
QString entryHash(const QString &previous, const ChainedEntry &entry);

// 16 bytes as the 32 lower-case hex digits a chain hash is stored as.
void hashToHex(const quint8 *bytes, char *hex);

// The SHA-256 of messages, one object per thread, reused for every entry. OpenSSL's: it uses
// the processor's SHA instructions, six times Qt's own speed here, and verify hashes every
// entry of the ledger (pointsdesk-bench).
class MessageHasher
{
public:
    MessageHasher();
    ~MessageHasher();
    MessageHasher(const MessageHasher &) = delete;
    MessageHasher &operator=(const MessageHasher &) = delete;

    // The first 16 bytes of the SHA-256 of a message appendMessage() made, as 32 hex digits.
    void hash(QByteArrayView message, char hex[32]);

private:
    evp_md_ctx_st *m_context;
    evp_md_st *m_sha256;
};

// One member's line of the digest of all heads (LedgerAnchor::digest).
void addToDigest(QCryptographicHash &digest, qint64 memberId, QByteArrayView head);

// Reads the heads of all members. The caller holds the ledger still (Dialect::lockTable).
Result<LedgerAnchor> anchor(Database &db);

// The latest anchor recorded by a daily close, if any.
Result<std::optional<LedgerAnchor>> latestAnchor(Database &db);

// Chains entries written before the chain existed (migration 5), in the migration's transaction.
Status chainExistingEntries(Database &db);

} // namespace ledgerchain
} // namespace pd

#include "ledgerchain.h"

#include "core/db/database.h"
#include "core/db/sql.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <openssl/evp.h>

#include <charconv>

namespace pd::ledgerchain {

namespace {

constexpr qint64 kBackfillMembersPerStep = 1000;

// Length-prefixed, so no choice of text in one field can imitate another field.
void appendField(std::string &out, QByteArrayView bytes)
{
    char length[24];
    auto end = std::to_chars(length, length + sizeof length, bytes.size()).ptr;
    *end++ = ':';
    out.append(length, size_t(end - length));
    out.append(bytes.data(), size_t(bytes.size()));
}

void appendField(std::string &out, qint64 number)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    appendField(out, QByteArrayView(digits, end - digits));
}

// Columns 0–8 in ChainedEntry's order.
const QString kEntryColumns = QStringLiteral("e.member_id, e.delta, e.kind, e.business_time, e.posted_at, e.store_id, e.operator_id, "
                                             "e.reference, e.breakdown");

ChainedEntry entryFromRow(const QSqlQuery &q, int first)
{
    ChainedEntry e;
    e.memberId = q.value(first).toLongLong();
    e.delta = q.value(first + 1).toLongLong();
    e.kind = q.value(first + 2).toString();
    e.businessTime = q.value(first + 3).toString();
    e.postedAt = q.value(first + 4).toString();
    if (!q.value(first + 5).isNull())
        e.storeId = q.value(first + 5).toLongLong();
    e.operatorId = q.value(first + 6).toLongLong();
    e.reference = q.value(first + 7).toString();
    e.breakdown = q.value(first + 8).toString();
    return e;
}

} // namespace

void appendMessage(std::string &out, const ChainFields &f)
{
    appendPrevious(out, f.previous);
    appendOwnFields(out, f);
}

void appendPrevious(std::string &out, QByteArrayView previous)
{
    appendField(out, previous);
}

void appendOwnFields(std::string &out, const ChainFields &f)
{
    appendField(out, f.memberId);
    appendField(out, f.delta);
    appendField(out, f.kind);
    appendField(out, f.businessTime);
    appendField(out, f.postedAt);
    if (f.storeId)
        appendField(out, *f.storeId);
    else
        appendField(out, QByteArrayView());
    appendField(out, f.operatorId);
    appendField(out, f.reference);
    appendField(out, f.breakdown);
}

MessageHasher::MessageHasher() : m_context(EVP_MD_CTX_new()), m_sha256(EVP_MD_fetch(nullptr, "SHA256", nullptr))
{
    if (!m_context || !m_sha256)
        qFatal("OpenSSL offers no SHA-256");
}

MessageHasher::~MessageHasher()
{
    EVP_MD_free(m_sha256);
    EVP_MD_CTX_free(m_context);
}

void MessageHasher::hash(QByteArrayView message, char hex[32])
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestInit_ex(m_context, m_sha256, nullptr) != 1 || EVP_DigestUpdate(m_context, message.data(), size_t(message.size())) != 1
        || EVP_DigestFinal_ex(m_context, digest, &length) != 1 || length != 32)
        qFatal("OpenSSL failed to hash");
    // 128 bits: a forger who can rewrite rows can recompute any unkeyed hash anyway; what
    // stops a consistent rewrite is the anchor outside the database, not the hash length
    hashToHex(digest, hex);
}

void hashToHex(const quint8 *bytes, char *hex)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    for (int i = 0; i < 16; ++i) {
        hex[2 * i] = kDigits[bytes[i] >> 4];
        hex[2 * i + 1] = kDigits[bytes[i] & 15];
    }
}

QString entryHash(const QString &previous, const ChainedEntry &e)
{
    const QByteArray prev = previous.toLatin1(), kind = e.kind.toUtf8(), businessTime = e.businessTime.toUtf8(),
                     postedAt = e.postedAt.toUtf8(), reference = e.reference.toUtf8(), breakdown = e.breakdown.toUtf8();
    std::string message;
    appendMessage(message, ChainFields{prev, e.memberId, e.delta, kind, businessTime, postedAt, e.storeId, e.operatorId, reference, breakdown});
    thread_local MessageHasher hasher;
    char hex[32];
    hasher.hash(QByteArrayView(message.data(), qsizetype(message.size())), hex);
    return QString::fromLatin1(hex, 32);
}

void addToDigest(QCryptographicHash &digest, qint64 memberId, QByteArrayView head)
{
    char line[80];
    auto end = std::to_chars(line, line + 24, memberId).ptr;
    *end++ = ':';
    digest.addData(QByteArrayView(line, end - line));
    digest.addData(head);
    digest.addData(QByteArrayView("\n"));
}

Result<LedgerAnchor> anchor(Database &db)
{
    const QSqlDatabase c = db.connection();
    auto last = sql::scalar(c, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ledger_entries"));
    if (!last)
        return last.error();
    auto heads = sql::run(c, QStringLiteral("SELECT id, ledger_head FROM members WHERE ledger_head <> '' ORDER BY id"));
    if (!heads)
        return heads.error();
    QCryptographicHash digest(QCryptographicHash::Sha256);
    while (heads.value().next())
        addToDigest(digest, heads.value().value(0).toLongLong(), heads.value().value(1).toString().toLatin1());
    heads.value().finish();
    return LedgerAnchor{last.value().toLongLong(), QString::fromLatin1(digest.result().toHex()), {}};
}

Result<std::optional<LedgerAnchor>> latestAnchor(Database &db)
{
    auto rows = sql::run(db.connection(), QStringLiteral("SELECT at, details FROM audit_log WHERE action = 'audit.close' ORDER BY seq DESC"));
    if (!rows)
        return rows.error();
    while (rows.value().next()) {
        const QJsonObject details = QJsonDocument::fromJson(rows.value().value(1).toString().toUtf8()).object();
        if (!details.contains(QLatin1String("ledger_digest")))
            continue; // a close from before the ledger was chained
        LedgerAnchor a{details.value(QLatin1String("ledger_entry")).toInteger(), details.value(QLatin1String("ledger_digest")).toString(),
                       rows.value().value(0).toString()};
        rows.value().finish();
        return std::optional<LedgerAnchor>(a);
    }
    return std::optional<LedgerAnchor>();
}

Status chainExistingEntries(Database &db)
{
    const QSqlDatabase c = db.connection();
    qint64 after = 0;
    for (;;) {
        auto ids = sql::run(c, QStringLiteral("SELECT id FROM members WHERE id > ? ORDER BY id LIMIT ?"), {after, kBackfillMembersPerStep});
        if (!ids)
            return ids.error();
        qint64 last = after;
        while (ids.value().next())
            last = ids.value().value(0).toLongLong();
        ids.value().finish();
        if (last == after)
            return {};
        // read the step's entries whole before writing (one result at a time on PostgreSQL)
        auto rows = sql::run(c, QStringLiteral("SELECT e.id, ") + kEntryColumns
                                    + QStringLiteral(" FROM ledger_entries e WHERE e.member_id > ? AND e.member_id <= ? ORDER BY e.member_id, e.id"),
                             {after, last});
        if (!rows)
            return rows.error();
        QList<QPair<qint64, ChainedEntry>> entries;
        while (rows.value().next())
            entries.append({rows.value().value(0).toLongLong(), entryFromRow(rows.value(), 1)});
        rows.value().finish();
        QString running;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const auto &[entryId, entry] = entries.at(i);
            running = entryHash(running, entry);
            if (auto r = sql::run(c, QStringLiteral("UPDATE ledger_entries SET chain_hash = ? WHERE id = ?"), {running, entryId}); !r)
                return r.error();
            if (i + 1 == entries.size() || entries.at(i + 1).second.memberId != entry.memberId) {
                if (auto r = sql::run(c, QStringLiteral("UPDATE members SET ledger_head = ? WHERE id = ?"), {running, entry.memberId}); !r)
                    return r.error();
                running.clear();
            }
        }
        after = last;
    }
}

} // namespace pd::ledgerchain

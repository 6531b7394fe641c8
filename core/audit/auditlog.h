#pragma once

#include "core/result.h"

#include <QJsonObject>

#include <optional>

class QSqlQuery;

namespace pd {

class Clock;
class Database;
struct Session;

struct AuditRecord
{
    qint64 seq = 0;
    QString at; // stored UTC text
    qint64 actorId = 0;
    QString actorName;
    QString action;   // e.g. "member.register"
    QString entity;   // e.g. "member"
    QString entityId; // ids only, never personal data, so erasing a person keeps the chain valid
    QString details;  // compact JSON with sorted keys
    QString prevHash;
    QString hash;

    // SHA-256 over the previous hash and the canonical form of this record, hex.
    QString computeHash() const;

    // "SELECT <all columns> FROM audit_log " and the reader of such a row.
    static QString selectSql();
    static AuditRecord fromRow(const QSqlQuery &query);
};

// The last record of the chain as exported at a daily close (DESIGN §9): kept outside the
// database, it shows records cut off after it even when the head row was rewritten too.
struct ChainHead
{
    qint64 seq = 0;
    QString hash;
    QString at; // when it was exported (stored UTC text)

    QString toLine() const; // "at,seq,hash"
    static std::optional<ChainHead> fromLine(const QString &line);
};

struct AuditVerifyReport
{
    bool intact = true;
    qint64 records = 0;
    qint64 firstBadSeq = 0; // 0 when intact
    QString reason;         // translated, names the record
};

// The hash-chained audit trail (DESIGN §9). append() must run inside the operation's write
// transaction: it locks the chain head, so two writers can never fork the chain.
class AuditLog
{
public:
    AuditLog(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Status append(const Session &session, const QString &action, const QString &entity,
                  const QString &entityId, QJsonObject details = {});
    // For operations that write nothing but their record (exports): its own transaction.
    Status record(const Session &session, const QString &action, const QString &entity, const QString &entityId,
                  QJsonObject details = {});
    // Needs the audit-read permission (the CLI's system operator has it). With `exported`,
    // the chain must still hold that record, unchanged.
    Result<AuditVerifyReport> verify(const Session &session, const std::optional<ChainHead> &exported = std::nullopt) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace pd

#pragma once

#include <functional>

#include "core/members/member.h"

namespace pd {

class Clock;
class Database;
struct Session;

// Member operations. Each checks the session's permission, validates, writes and appends
// its audit record in one transaction, or changes nothing.
class MemberService
{
public:
    MemberService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // `welcome` runs inside the registration's transaction once the member is written (the
    // campaigns' welcome points live above this room); its failure undoes the registration.
    Result<qint64> registerMember(const Session &session, const MemberInput &input,
                                  const std::function<Status(qint64 memberId)> &welcome = {});
    Status updateMember(const Session &session, qint64 memberId, const MemberInput &input);
    Status setStatus(const Session &session, qint64 memberId, MemberStatus status);
    Status setMarketingConsent(const Session &session, qint64 memberId, bool consent);
    // The unmasked number; audited as a read of personal data.
    Result<QString> revealMobile(const Session &session, qint64 memberId);

    Result<Member> member(const Session &session, qint64 memberId) const;
    Result<Member> memberByCard(const Session &session, const QString &cardNo) const;

    // For importers and demo data, inside their own audited batch transaction: checks
    // uniqueness of card and mobile, then inserts. The input must be validated already.
    Result<qint64> insertInTransaction(const MemberInput &input, qint64 storeId);

    // The SELECT list every member read uses; memberFromRow() reads it. An extra column (a
    // search key) comes last, at index kExtraColumn.
    static QString selectSql(const QString &extraColumn = {});
    static constexpr int kExtraColumn = 14;
    static Member memberFromRow(const class QSqlQuery &q);

private:
    Result<qint64> storeIdFor(const QString &code) const;
    Status checkUnique(const QString &cardNo, const QString &mobile, qint64 exceptMemberId) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace pd

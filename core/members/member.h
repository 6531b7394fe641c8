#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace pd {

enum class MemberStatus { Active, Frozen, Closed };
enum class CreditStanding { Good, Normal, Restricted };

QString memberStatusCode(MemberStatus s);
std::optional<MemberStatus> memberStatusFromCode(const QString &code);
QString memberStatusName(MemberStatus s); // translated
QString creditCode(CreditStanding c);
std::optional<CreditStanding> creditFromCode(const QString &code);
QString creditName(CreditStanding c); // translated
QString tierName(const QString &tierCode); // translated name of member/silver/gold/platinum

// What staff type in to register or edit a member.
struct MemberInput
{
    QString cardNo;
    QString name;
    QString mobile; // on edit: empty keeps the current number
    QString email;
    QDate joinedOn;
    QString storeCode;
    CreditStanding credit = CreditStanding::Normal;
    bool marketingConsent = false;
};

// A member as shown to staff. The mobile number is always masked here; the full number
// comes only from MemberService::revealMobile, which is permission-checked and audited.
struct Member
{
    qint64 id = 0;
    QString cardNo;
    QString name;
    QString maskedMobile;
    QString email;
    QDate joinedOn;
    QString storeCode;
    QString storeName;
    QString tier;
    CreditStanding credit = CreditStanding::Normal;
    MemberStatus status = MemberStatus::Active;
    bool marketingConsent = false;
    qint64 balance = 0;
    qint64 debt = 0;
    bool erased = false; // personal data erased at the member's request: `name` then says so
};

namespace members {
// 138****1234; an empty or short number is shown as it is masked entirely.
QString maskMobile(const QString &mobile);
Status validateMobile(const QString &mobile);
Status validateCardNo(const QString &cardNo);
// Checks every field of a registration (mobile required); does not touch the database.
Status validateInput(const MemberInput &input, const QDate &today, bool mobileRequired = true);
} // namespace members

} // namespace pd

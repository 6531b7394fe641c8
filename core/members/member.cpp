#include "member.h"

#include "core/enumcodes.h"

#include <QRegularExpression>

namespace pd {

namespace {

bool hasControlCharacters(const QString &s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}
} // namespace

QString memberStatusCode(MemberStatus s)
{
    switch (s) {
    case MemberStatus::Active: return QStringLiteral("active");
    case MemberStatus::Frozen: return QStringLiteral("frozen");
    case MemberStatus::Closed: return QStringLiteral("closed");
    }
    return {};
}

std::optional<MemberStatus> memberStatusFromCode(const QString &code)
{
    return enumFromCode(code, {MemberStatus::Active, MemberStatus::Frozen, MemberStatus::Closed}, memberStatusCode);
}

QString memberStatusName(MemberStatus s)
{
    switch (s) {
    case MemberStatus::Active: return QCoreApplication::translate("pd::Member", "Active");
    case MemberStatus::Frozen: return QCoreApplication::translate("pd::Member", "Frozen");
    case MemberStatus::Closed: return QCoreApplication::translate("pd::Member", "Closed");
    }
    return {};
}

QString creditCode(CreditStanding c)
{
    switch (c) {
    case CreditStanding::Good: return QStringLiteral("good");
    case CreditStanding::Normal: return QStringLiteral("normal");
    case CreditStanding::Restricted: return QStringLiteral("restricted");
    }
    return {};
}

std::optional<CreditStanding> creditFromCode(const QString &code)
{
    return enumFromCode(code, {CreditStanding::Good, CreditStanding::Normal, CreditStanding::Restricted}, creditCode);
}

QString creditName(CreditStanding c)
{
    switch (c) {
    case CreditStanding::Good: return QCoreApplication::translate("pd::Member", "Good credit");
    case CreditStanding::Normal: return QCoreApplication::translate("pd::Member", "Normal");
    case CreditStanding::Restricted: return QCoreApplication::translate("pd::Member", "Restricted");
    }
    return {};
}

QString tierName(const QString &tierCode)
{
    if (tierCode == QLatin1String("member")) return QCoreApplication::translate("pd::Member", "Member");
    if (tierCode == QLatin1String("silver")) return QCoreApplication::translate("pd::Member", "Silver");
    if (tierCode == QLatin1String("gold")) return QCoreApplication::translate("pd::Member", "Gold");
    if (tierCode == QLatin1String("platinum")) return QCoreApplication::translate("pd::Member", "Platinum");
    return tierCode;
}

namespace members {

QString maskMobile(const QString &mobile)
{
    if (mobile.size() < 8)
        return QString(mobile.size(), QLatin1Char('*'));
    return mobile.left(3) + QStringLiteral("****") + mobile.right(4);
}

Status validateMobile(const QString &mobile)
{
    static const QRegularExpression pattern(QStringLiteral("^1[0-9]{10}\\z"));
    if (mobile.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Member", "Enter the member's mobile number."), QStringLiteral("mobile"));
    if (!pattern.match(mobile).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::Member", "A mobile number has 11 digits and starts with 1 (for example 13812345678)."),
                         QStringLiteral("mobile"));
    return {};
}

Status validateCardNo(const QString &cardNo)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z]{4,20}\\z"));
    if (cardNo.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Member", "Enter the card number."), QStringLiteral("card_no"));
    if (!pattern.match(cardNo).hasMatch())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Member", "A card number has 4 to 20 letters or digits."),
                         QStringLiteral("card_no"));
    return {};
}

Status validateInput(const MemberInput &input, const QDate &today, bool mobileRequired)
{
    if (Status s = validateCardNo(input.cardNo); !s)
        return s;
    const QString name = input.name.trimmed();
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Member", "Enter the member's name."), QStringLiteral("name"));
    if (name.size() > 50 || hasControlCharacters(name))
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Member", "A name has at most 50 characters and no control characters."),
                         QStringLiteral("name"));
    if (mobileRequired || !input.mobile.isEmpty()) {
        if (Status s = validateMobile(input.mobile); !s)
            return s;
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\z"));
    if (!input.email.isEmpty() && (input.email.size() > 100 || !email.match(input.email).hasMatch()))
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Member", "The e-mail address is not valid."), QStringLiteral("email"));
    if (!input.joinedOn.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Member", "Enter the date the member joined (YYYY-MM-DD)."),
                         QStringLiteral("joined_on"));
    if (input.joinedOn > today)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Member", "The joining date is in the future."), QStringLiteral("joined_on"));
    if (input.storeCode.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Member", "Choose the member's home store."), QStringLiteral("store"));
    return {};
}

} // namespace members
} // namespace pd

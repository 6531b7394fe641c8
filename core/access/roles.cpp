#include "roles.h"

#include "core/enumcodes.h"

namespace pd {

QList<Role> allRoles()
{
    return {Role::Cashier, Role::BackOffice, Role::CampaignManager, Role::Compliance, Role::Administrator};
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Cashier: return QStringLiteral("cashier");
    case Role::BackOffice: return QStringLiteral("backoffice");
    case Role::CampaignManager: return QStringLiteral("campaign");
    case Role::Compliance: return QStringLiteral("compliance");
    case Role::Administrator: return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    return enumFromCode(code, allRoles(), roleCode);
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Cashier: return QCoreApplication::translate("pd::Role", "Cashier / front desk");
    case Role::BackOffice: return QCoreApplication::translate("pd::Role", "Store back office");
    case Role::CampaignManager: return QCoreApplication::translate("pd::Role", "Campaign manager");
    case Role::Compliance: return QCoreApplication::translate("pd::Role", "Compliance officer");
    case Role::Administrator: return QCoreApplication::translate("pd::Role", "Administrator");
    }
    return {};
}

bool roleHas(Role role, Permission p)
{
    using P = Permission;
    switch (role) {
    case Role::Cashier:
        return p == P::MemberRead || p == P::MemberRegister || p == P::ReceiptPost || p == P::ReturnPost || p == P::Donate
               || p == P::Redeem || p == P::RedemptionCancel;
    case Role::BackOffice:
        return p == P::MemberRead || p == P::MemberRegister || p == P::MemberEdit || p == P::Import || p == P::ReceiptPost
               || p == P::ReturnPost || p == P::Donate || p == P::AdjustPoints || p == P::Redeem || p == P::RedemptionCancel
               || p == P::ProgrammeFigures || p == P::CampaignRead;
    case Role::CampaignManager:
        // campaign managers read member lists (masked) to target campaigns and keep the
        // catalog; they change no one's points
        return p == P::MemberRead || p == P::CatalogManage || p == P::ProgrammeFigures || p == P::CampaignRead
               || p == P::CampaignDesign;
    case Role::Compliance:
        return p == P::MemberRead || p == P::MemberRevealMobile || p == P::PersonalDataExport || p == P::PersonalDataRequests
               || p == P::ComplianceChecks || p == P::ExpiryReminders
               || p == P::AuditRead || p == P::Approve || p == P::ProgrammeFigures || p == P::CampaignRead;
    case Role::Administrator:
        return true;
    }
    return false;
}

} // namespace pd

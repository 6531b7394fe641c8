#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

// The five roles of DESIGN §1. The codes are stored in the users table.
enum class Role { Cashier, BackOffice, CampaignManager, Compliance, Administrator };

enum class Permission {
    MemberRead,
    MemberRegister,
    MemberEdit,          // fix member data, freeze, close
    MemberRevealMobile,  // see an unmasked mobile number (each reveal is audited)
    PersonalDataExport,  // export members with their personal data
    PersonalDataRequests, // log members' requests for a copy of their data or its erasure, and erase it
    ComplianceChecks,    // run the compliance checks (findings name campaigns, items and requests)
    ExpiryReminders,     // remind members of expiring points and write the SMS gateway file (mobiles inside)
    Import,              // import POS exports (stores, members, …)
    StoreManage,
    UserManage,
    AuditRead,
    Approve,
    DemoData,
    ReceiptPost,         // receipts and points deduction at the till
    ReturnPost,          // returns and their clawback
    Donate,              // a member donates points at the counter
    AdjustPoints,        // manual adjustments (above the threshold they wait for approval)
    BatchJobs,           // expiry runs and tier reviews
    ProgrammeSettings,   // rates, tiers, expiry policy, thresholds, charity projects
    CatalogManage,       // the redemption catalog: items, prices, stock, pictures, import
    Redeem,              // redeem catalog items for a member at the counter
    RedemptionCancel,    // cancel or take back a redemption (points and stock go back)
    ProgrammeFigures,    // the programme's daily points figures (issued, used, expired): no personal data
    CampaignRead,        // see campaigns, their figures and simulations
    CampaignDesign,      // draft, submit, simulate, cancel and version campaigns (approval is Approve, by someone else)
    Backup,              // copy the whole database to a file, check a copy, restore one (administrators)
};

QList<Role> allRoles();
QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString &code);
QString roleDisplayName(Role role); // translated
bool roleHas(Role role, Permission permission);

} // namespace pd

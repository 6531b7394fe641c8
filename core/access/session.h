#pragma once

#include "core/access/roles.h"
#include "core/result.h"

namespace pd {

// Who is acting. Every core operation takes one and checks its permission itself.
struct Session
{
    qint64 userId = 0;
    QString username;
    Role role = Role::Cashier;
    QString osUser; // set for the CLI, recorded in the audit trail
    QString storeCode; // the user's home store; empty: none (the CLI's system, most back-office accounts)

    bool can(Permission p) const { return roleHas(role, p); }
    Status require(Permission p) const;
    // Cashiers take returns and cancel redemptions only at their home store (DESIGN §1); every
    // other role may act for any store.
    Status requireStore(const QString &storeCode) const;

    // The built-in operator of pointsdesk-cli and of first-run set-up.
    static Session system(const QString &osUser);
};

} // namespace pd

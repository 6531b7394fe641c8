#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

class Database;

// A chain's PostgreSQL server with two roles (issue 20): the owner (who runs init and the
// upgrades, owns the tables and their triggers) and the application role the desks log in
// with. The application role reads everything and inserts, but changes only the columns the
// operations change (balances, remaining points, stock, statuses…), deletes only from the few
// tables the operations delete from, and can neither change nor remove history (ledger entries,
// lot spending and restoring, audit records: no right to, and the triggers of schema 19), nor
// drop those triggers (not the owner).
namespace dbroles {

struct TableColumns
{
    QString table;
    QStringList columns;
};

// What the operations update (tests/core/tst_pgroles.cpp reads every UPDATE in core/ and
// checks it is here).
QList<TableColumns> updatableColumns();
// What the operations delete from.
QStringList deletableTables();

// Run by the owner, after the migrations: creates the login role `role` (or sets its password
// when it exists) and grants exactly the rights above; run again after an upgrade, it grants the
// new tables' rights. One transaction.
Status setUpApplicationRole(Database &db, const QString &role, const QString &password);

// Run by a login that may create roles (the server's administrator), after the migrations:
// creates the login role `role` (or sets its password) and gives it the schema, the tables and
// the guards' function, so that from then on upgrades and the application role are its work and
// the administrator's login stays off the shop floor. One transaction.
Status setUpOwnerRole(Database &db, const QString &role, const QString &password);

} // namespace dbroles
} // namespace pd

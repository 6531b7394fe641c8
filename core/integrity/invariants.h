#pragma once

#include "core/result.h"

#include <QStringList>

namespace pd {

class Database;

// The ledger invariants of DESIGN §5, over every member, after the entries' hash chain
// (ledgerchain.h), whose problem line names the first bad entry. Each other problem is one
// line naming how many members break it and the first card that does.
struct InvariantReport
{
    QStringList problems;
    bool ok() const { return problems.isEmpty(); }
};

Result<InvariantReport> checkLedgerInvariants(Database &db);

} // namespace pd

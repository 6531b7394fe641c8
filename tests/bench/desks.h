#pragma once

#include "core/result.h"

#include <QString>

namespace pd {
class Clock;
class Database;
}

namespace pd::bench {

struct DesksFigures
{
    double receiptsPerSecond = 0; // all desks together, from the first post to the last
    double p99Ms = 0;             // one receipt as a desk waits for it
    qint64 posted = 0;
    qint64 conflictRetries = 0;   // operations run again after losing a race (retry.h)
};

// `desks` counters at once, each a thread with its own connection posting `perDesk` receipts
// through ReceiptService::post for members of its own (desk d: members d, d + desks, …, so no
// two desks wait on one member), at the stores given in turn. Any error that reaches a desk
// fails the measure.
Result<DesksFigures> postFromDesks(const Database &db, const Clock &clock, int desks, int perDesk, qint64 members, const QStringList &stores,
                                   const QString &prefix);

} // namespace pd::bench

#pragma once

#include "core/db/database.h"

#include <QRandomGenerator>
#include <QThread>

namespace pd {

// Runs a write operation (which opens and commits its own transaction) again when it lost a
// race it could not see coming: PostgreSQL aborted it as a deadlock victim (40P01) or a
// serialization failure (40001), or another desk committed the same key first (23505).
// The user sees the operation succeed — or, after kMaxAttempts, one clear "try again".
constexpr int kMaxConflictAttempts = 5;
constexpr int kMaxReconnectAttempts = 3;

// What an operation does when the server's connection broke while its COMMIT was on its way
// (ErrorCode::OutcomeUnknown). One with a number of its own (a receipt, a return, a batch of
// an import) runs again on the new connection: finding itself posted, it says so and writes
// nothing; one without reports the doubt, so that nobody posts it twice.
enum class AfterLostCommit { RunAgain, Report };

template<typename Operation>
auto withConflictRetry(Database &db, Operation &&operation, AfterLostCommit afterLostCommit = AfterLostCommit::Report)
    -> decltype(operation())
{
    int reconnects = 0;
    for (int attempt = 1;; ++attempt) {
        auto result = operation();
        if (result.ok())
            return result;
        const ErrorCode code = result.error().code;
        const bool runsAgainAfterLoss = code == ErrorCode::ConnectionLost
                                        || (code == ErrorCode::OutcomeUnknown && afterLostCommit == AfterLostCommit::RunAgain);
        if (runsAgainAfterLoss) {
            // nothing was kept (or the operation finds what was): on the new connection, again
            if (++reconnects > kMaxReconnectAttempts || !db.reconnect())
                return result;
            continue;
        }
        if (code != ErrorCode::Contention || attempt >= kMaxConflictAttempts)
            return result;
        db.noteConflictRetry();
        // a little random wait, so two desks that collided do not collide again in step
        QThread::msleep(5 * attempt + QRandomGenerator::global()->bounded(10));
    }
}

} // namespace pd

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

template<typename Operation>
auto withConflictRetry(Database &db, Operation &&operation) -> decltype(operation())
{
    for (int attempt = 1;; ++attempt) {
        auto result = operation();
        if (result.ok() || result.error().code != ErrorCode::Contention || attempt == kMaxConflictAttempts)
            return result;
        db.noteConflictRetry();
        // a little random wait, so two desks that collided do not collide again in step
        QThread::msleep(5 * attempt + QRandomGenerator::global()->bounded(10));
    }
}

} // namespace pd

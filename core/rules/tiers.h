#pragma once

#include "core/result.h"
#include "core/rules/programmerules.h"

#include <QDateTime>

#include <functional>

namespace pd {

class Database;

// Tiers' one home (DESIGN §6): qualifying spend, the tier after a receipt, the tier after a
// review. The counter, imports and the monthly review all ask here.
namespace tiers {

// Σ receipt amounts − Σ returned amounts with business time in the 12 months up to `at`.
Result<qint64> qualifyingSpend(Database &db, qint64 memberId, const QDateTime &at);
// Those 12 months as stored times: after `from`, up to and including `to`.
struct SpendWindow
{
    QString from, to;
};
SpendWindow spendWindow(const QDateTime &at);

// The highest tier a receipt dated after `moment` reached when it was posted.
Result<Tier> highestReachedAfter(Database &db, qint64 memberId, const QDateTime &moment, const ProgrammeRules &rules);

// After a receipt: the highest tier the spend with it reaches, never lower than before (the
// receipt itself earned at the old tier).
QString afterReceipt(const ProgrammeRules &rules, const QString &current, qint64 spendWithReceipt);

// At a review as of a moment: up to what the spend then reaches; down one tier at most, and
// never below what a receipt after the moment reached (asked only when going down: it reads).
Result<QString> afterReview(const ProgrammeRules &rules, const QString &current, qint64 spendAtMoment,
                            const std::function<Result<Tier>()> &reachedAfterMoment);

} // namespace tiers
} // namespace pd

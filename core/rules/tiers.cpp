#include "tiers.h"

#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"

namespace pd::tiers {

SpendWindow spendWindow(const QDateTime &at)
{
    return {toStoredTime(at.addMonths(-12)), toStoredTime(at)};
}

Result<qint64> qualifyingSpend(Database &db, qint64 memberId, const QDateTime &at)
{
    const auto [from, to] = spendWindow(at);
    // one statement, so one round trip to a server
    auto spent = sql::scalar(db.connection(),
                             QStringLiteral("SELECT (SELECT COALESCE(SUM(amount), 0) FROM receipts WHERE member_id = ? AND business_time > ? AND business_time <= ?) "
                                            "- (SELECT COALESCE(SUM(amount), 0) FROM returns WHERE member_id = ? AND business_time > ? AND business_time <= ?)"),
                             {memberId, from, to, memberId, from, to});
    if (!spent)
        return spent.error();
    return spent.value().toLongLong();
}

Result<Tier> highestReachedAfter(Database &db, qint64 memberId, const QDateTime &moment, const ProgrammeRules &rules)
{
    auto times = sql::run(db.connection(), QStringLiteral("SELECT business_time FROM receipts WHERE member_id = ? AND business_time > ?"),
                          {memberId, toStoredTime(moment)});
    if (!times)
        return times.error();
    QList<QDateTime> after;
    while (times.value().next())
        after << fromStoredTime(times.value().value(0).toString());
    times.value().finish();
    Tier highest = rules.tierForSpend(0);
    for (const QDateTime &at : after) {
        // what posting that receipt reached: the spend of the 12 months up to its business time
        auto spend = qualifyingSpend(db, memberId, at);
        if (!spend)
            return spend.error();
        const Tier &reached = rules.tierForSpend(spend.value());
        if (reached.rank > highest.rank)
            highest = reached;
    }
    return highest;
}

QString afterReceipt(const ProgrammeRules &rules, const QString &current, qint64 spendWithReceipt)
{
    const Tier *tier = rules.tier(current);
    const Tier &reached = rules.tierForSpend(spendWithReceipt);
    return tier && reached.rank <= tier->rank ? current : reached.code;
}

Result<QString> afterReview(const ProgrammeRules &rules, const QString &current, qint64 spendAtMoment,
                            const std::function<Result<Tier>()> &reachedAfterMoment)
{
    const Tier &reached = rules.tierForSpend(spendAtMoment);
    const Tier *tier = rules.tier(current);
    if (!tier || reached.rank > tier->rank)
        return reached.code;
    if (reached.rank == tier->rank)
        return current;
    const Tier &oneDown = rules.tiers.at(std::max<qsizetype>(0, tier - rules.tiers.constData() - 1)); // one tier at a time
    auto after = reachedAfterMoment();
    if (!after)
        return after.error();
    if (after->rank >= tier->rank)
        return current;
    return after->rank > oneDown.rank ? after->code : oneDown.code;
}

} // namespace pd::tiers

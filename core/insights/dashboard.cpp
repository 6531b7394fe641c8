#include "dashboard.h"

#include "core/campaigns/campaignsimulator.h"
#include "core/catalog/catalogitem.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/ledger/dailymix.h"
#include "core/ledger/dailypoints.h"
#include "core/ledger/liability.h"
#include "core/ledger/memberrollups.h"
#include "core/pointsmath.h"
#include "core/rules/programmerules.h"

#include <QCoreApplication>

#include <algorithm>

namespace pd {

PeriodFigures &PeriodFigures::operator+=(const PeriodFigures &o)
{
    issued += o.issued;
    used += o.used;
    expired += o.expired;
    clawedBack += o.clawedBack;
    green += o.green;
    return *this;
}

Granularity granularityFor(const QDate &from, const QDate &to)
{
    const qint64 days = from.daysTo(to) + 1;
    if (days <= 31)
        return Granularity::Day;
    if (days <= 92)
        return Granularity::Week;
    return Granularity::Month;
}

namespace insights {

std::optional<qint64> permille(qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        return std::nullopt;
    __extension__ typedef __int128 i128; // GCC and Clang on 64-bit targets, as pointsmath.cpp
    const i128 n = i128(numerator) * 1000;
    const i128 d = denominator;
    return qint64((2 * n + d) / (2 * d)); // half up for non-negative figures
}

QString permilleText(const std::optional<qint64> &permille)
{
    return permille ? QStringLiteral("%1.%2").arg(*permille / 10).arg(*permille % 10) : QString();
}

std::optional<qint64> valueFen(qint64 points, qint64 pointValueFen)
{
    qint64 fen = 0;
    if (__builtin_mul_overflow(points, pointValueFen, &fen))
        return std::nullopt;
    return fen;
}

QString periodLabel(const PeriodFigures &period, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Day:
        return period.first.toString(Qt::ISODate);
    case Granularity::Week:
        return period.first.toString(Qt::ISODate) + QChar(0x2013) + period.last.toString(QStringLiteral("MM-dd"));
    case Granularity::Month:
        return period.first.toString(QStringLiteral("yyyy-MM"));
    }
    return QString();
}

namespace {

// The period a day falls in: weeks start on Monday, months on the 1st, both cut to the range.
QDate periodStart(const QDate &day, Granularity granularity, const QDate &from)
{
    QDate start = day;
    if (granularity == Granularity::Week)
        start = day.addDays(1 - day.dayOfWeek());
    else if (granularity == Granularity::Month)
        start = QDate(day.year(), day.month(), 1);
    return std::max(start, from);
}

QList<PeriodFigures> periodsOf(const QList<DailyFigures> &days, Granularity granularity, const QDate &from)
{
    QList<PeriodFigures> periods;
    for (const DailyFigures &d : days) {
        const QDate start = periodStart(d.day, granularity, from);
        if (periods.isEmpty() || periods.constLast().first != start)
            periods.append(PeriodFigures{start, start});
        PeriodFigures &p = periods.last();
        p.last = d.day;
        p += PeriodFigures{d.day, d.day, d.issued, d.used, d.expired, d.clawedBack, d.green};
    }
    return periods;
}

QVariantList withStore(QVariantList bound, const std::optional<qint64> &storeId)
{
    if (storeId)
        bound << *storeId;
    return bound;
}

Result<qint64> count(Database &db, const QString &statement, const QVariantList &bound)
{
    auto value = sql::scalar(db.connection(), statement, bound);
    if (!value)
        return value.error();
    return value->toLongLong();
}

Status readStores(Database &db, const liability::StoreTotals &open, QList<StoreLiability> &stores)
{
    auto rows = sql::run(db.connection(), QStringLiteral("SELECT id, code, name FROM stores"));
    if (!rows)
        return rows.error();
    QHash<qint64, QPair<QString, QString>> names;
    while (rows.value().next())
        names.insert(rows.value().value(0).toLongLong(), {rows.value().value(1).toString(), rows.value().value(2).toString()});
    for (auto it = open.cbegin(); it != open.cend(); ++it) {
        StoreLiability s{it.key(), names.value(it.key()).first, names.value(it.key()).second, it.value()};
        if (s.storeId == 0)
            s.name = QCoreApplication::translate("pd::Insights", "No store");
        stores << s;
    }
    std::stable_sort(stores.begin(), stores.end(), [](const StoreLiability &a, const StoreLiability &b) { return a.points > b.points; });
    return {};
}

} // namespace

namespace {

// Tier moves per month of the period (a store filter: its own members at the move), up or down
// by the tiers' ranks, from their daily rollup.
Status readTierMoves(Database &db, const DashboardQuery &query, QList<MonthTierMoves> &out)
{
    for (QDate m(query.from.year(), query.from.month(), 1); m <= query.to; m = m.addMonths(1))
        out << MonthTierMoves{m};
    auto rows = sql::run(db.connection(),
                         QStringLiteral("SELECT substr(t.day, 1, 7), CASE WHEN f.rank < n.rank THEN 1 ELSE 0 END, SUM(t.moves) FROM tier_moves_daily t "
                                        "JOIN tiers f ON f.code = t.from_tier JOIN tiers n ON n.code = t.to_tier WHERE t.day >= ? AND t.day <= ?")
                             + (query.storeId ? QStringLiteral(" AND t.store_id = ?") : QString())
                             + QStringLiteral(" GROUP BY substr(t.day, 1, 7), CASE WHEN f.rank < n.rank THEN 1 ELSE 0 END"),
                         withStore({query.from.toString(Qt::ISODate), query.to.toString(Qt::ISODate)}, query.storeId));
    if (!rows)
        return rows.error();
    while (rows.value().next()) {
        const QDate month = QDate::fromString(rows.value().value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        const auto at = std::find_if(out.begin(), out.end(), [&](const MonthTierMoves &m) { return m.month == month; });
        if (at == out.end())
            continue;
        (rows.value().value(1).toInt() == 1 ? at->up : at->down) += rows.value().value(2).toLongLong();
    }
    return {};
}

// The campaigns that awarded points in the period (every version counted under its code), with
// the uplift of their window up to the period's end.
Status readCampaigns(Database &db, const DashboardQuery &query, QList<DashboardCampaign> &out)
{
    const QVariantList bound = withStore({query.from.toString(Qt::ISODate), query.to.toString(Qt::ISODate)}, query.storeId);
    auto rows = sql::run(db.connection(),
                         QStringLiteral("SELECT c.definition, SUM(a.points), COUNT(DISTINCT a.receipt_id), "
                                        "SUM(CASE WHEN a.receipt_id IS NULL THEN 1 ELSE 0 END) FROM campaign_awards a "
                                        "JOIN campaigns c ON c.id = a.campaign_id JOIN ledger_entries e ON e.id = a.entry_id "
                                        "WHERE a.business_date >= ? AND a.business_date <= ?")
                             + (query.storeId ? QStringLiteral(" AND e.store_id = ?") : QString())
                             + QStringLiteral(" GROUP BY c.id, c.definition ORDER BY c.id"),
                         bound);
    if (!rows)
        return rows.error();
    QMap<QString, std::pair<Campaign, DashboardCampaign>> byCode;
    while (rows.value().next()) {
        auto c = Campaign::fromStoredDefinition(rows.value().value(0).toString());
        if (!c)
            return c.error();
        auto &[campaign, shown] = byCode[c->code];
        campaign = c.value(); // the latest version that awarded names it
        shown.code = c->code;
        shown.name = c->name;
        shown.from = c->from;
        shown.to = c->to;
        shown.extraPoints += rows.value().value(1).toLongLong();
        shown.receipts += rows.value().value(2).toLongLong();
        shown.otherAwards += rows.value().value(3).toLongLong();
    }
    for (auto &[campaign, shown] : byCode) {
        auto uplift = campaignUplift(db, campaign, query.to);
        if (!uplift)
            return uplift.error();
        shown.upliftPermille = uplift->upliftPermille;
        out << shown;
    }
    std::stable_sort(out.begin(), out.end(), [](const DashboardCampaign &a, const DashboardCampaign &b) { return a.extraPoints > b.extraPoints; });
    return {};
}

} // namespace

Result<Dashboard> dashboard(Database &db, const Session &session, const DashboardQuery &query)
{
    if (Status s = session.require(Permission::ProgrammeFigures); !s)
        return s.error();
    if (!query.from.isValid() || !query.to.isValid() || query.from > query.to)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Insights", "Give a first day no later than the last day."),
                         QStringLiteral("from"));
    if (query.from.daysTo(query.to) > 366 * 10)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Insights", "Choose a period of at most ten years."),
                         QStringLiteral("to"));
    // one snapshot: the tiles and the charts agree even while the desks post
    ReadSnapshot snapshot(db);
    if (Status s = snapshot.begin(); !s)
        return s.error();
    Dashboard d;
    d.query = query;
    d.granularity = granularityFor(query.from, query.to);

    auto days = dailypoints::figures(db, session, query.from, query.to, query.storeId);
    if (!days)
        return days.error();
    d.periods = periodsOf(days.value(), d.granularity, query.from);
    for (const PeriodFigures &p : std::as_const(d.periods))
        d.total += p;
    d.breakagePermille = permille(d.total.expired, d.total.issued);
    d.redemptionPermille = permille(d.total.used, d.total.issued);

    auto rules = ProgrammeRules::load(db);
    if (!rules)
        return rules.error();
    auto open = liability::atEndOf(db, query.to, query.storeId);
    if (!open)
        return open.error();
    for (qint64 points : open.value())
        d.liabilityPoints += points;
    d.pointValueFen = rules->pointValueFen;
    const auto liabilityFen = valueFen(d.liabilityPoints, d.pointValueFen);
    if (!liabilityFen)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Insights", "The liability is too large to value."));
    d.liabilityFen = *liabilityFen;
    if (Status s = readStores(db, open.value(), d.liabilityByStore); !s)
        return s.error();

    QList<QDate> monthEnds;
    for (QDate m(query.from.year(), query.from.month(), 1); m <= query.to; m = m.addMonths(1))
        monthEnds << std::min(m.addMonths(1).addDays(-1), query.to);
    auto byMonth = liability::atEndOfDays(db, monthEnds, query.storeId);
    if (!byMonth)
        return byMonth.error();
    for (qsizetype i = 0; i < monthEnds.size(); ++i)
        d.liabilityByMonth << MonthLiability{monthEnds.at(i), byMonth->at(i)};

    const QString storeFilter = query.storeId ? QStringLiteral(" AND store_id = ?") : QString();
    auto active = memberrollups::activeMembers(db, query.to, query.storeId);
    if (!active)
        return active.error();
    d.activeMembers = active.value();
    auto joined = count(db, QStringLiteral("SELECT COUNT(*) FROM members WHERE joined_on >= ? AND joined_on <= ?") + storeFilter,
                        withStore({query.from.toString(Qt::ISODate), query.to.toString(Qt::ISODate)}, query.storeId));
    if (!joined)
        return joined.error();
    d.newMembers = joined.value();

    auto tiers = membersbytier::perTier(db, query.storeId);
    if (!tiers)
        return tiers.error();
    QHash<QString, qint64> perTier = tiers.value();
    for (const Tier &t : std::as_const(rules->tiers))
        d.tiers << TierCount{t.code, perTier.take(t.code)};
    for (auto it = perTier.cbegin(); it != perTier.cend(); ++it) // a tier since removed from the programme
        d.tiers << TierCount{it.key(), it.value()};

    auto earning = dailymix::earningByScenario(db, query.from, query.to, query.storeId);
    if (!earning)
        return earning.error();
    auto named = scenarios::list(db);
    if (!named)
        return named.error();
    for (const dailymix::Share &s : earning.value())
        d.earningByScenario << DashboardShare{s.code, scenarios::nameIn(named.value(), s.code), s.points, s.count};
    auto redeemed = dailymix::redemptionsByCategory(db, query.from, query.to, query.storeId);
    if (!redeemed)
        return redeemed.error();
    for (const dailymix::Share &s : redeemed.value()) {
        const auto category = categoryFromCode(s.code);
        d.redemptionsByCategory << DashboardShare{s.code, category ? categoryName(*category) : s.code, s.points, s.count};
    }
    if (Status s = readCampaigns(db, query, d.campaigns); !s)
        return s.error();
    if (Status s = readTierMoves(db, query, d.tierMoves); !s)
        return s.error();
    return d;
}

} // namespace insights
} // namespace pd

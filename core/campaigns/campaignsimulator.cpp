#include "campaignsimulator.h"

#include "core/access/session.h"
#include "core/campaigns/campaignservice.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/pointsmath.h"
#include "core/rules/programmerules.h"

namespace pd {

namespace {

// One field of a breakdown as the ledger wrote it (compact JSON): a number, or text in quotes.
// Read without parsing the whole object: a year of receipts is millions of them.
QStringView field(QStringView json, QLatin1String key)
{
    const QString pattern = QLatin1Char('"') + key + QStringLiteral("\":");
    const qsizetype at = json.indexOf(pattern);
    if (at < 0)
        return {};
    qsizetype start = at + pattern.size();
    if (start < json.size() && json.at(start) == QLatin1Char('"')) {
        const qsizetype end = json.indexOf(QLatin1Char('"'), start + 1);
        return end < 0 ? QStringView() : json.mid(start + 1, end - start - 1);
    }
    qsizetype end = start;
    while (end < json.size() && json.at(end) != QLatin1Char(',') && json.at(end) != QLatin1Char('}'))
        ++end;
    return json.mid(start, end - start);
}

int number(QStringView json, QLatin1String key, int fallback)
{
    bool ok = false;
    const int n = field(json, key).toInt(&ok);
    return ok ? n : fallback;
}

Status cancelled(const SimulationRequest &request)
{
    if (request.cancel && request.cancel->load())
        return makeError(ErrorCode::Cancelled, QCoreApplication::translate("pd::CampaignSimulator", "The simulation was cancelled."));
    return {};
}

Status replayReceipts(Database &db, const SimulationRequest &request, const ProgrammeRules &rules, CampaignReplay &replay)
{
    const QString from = toStoredTime(points::startOfBusinessDay(request.from));
    const QString to = toStoredTime(points::startOfBusinessDay(request.to.addDays(1)));
    const QString store = request.storeCode.isEmpty() ? QString() : QStringLiteral(" AND s.code = ?");
    QVariantList values{from, to};
    if (!request.storeCode.isEmpty())
        values << request.storeCode;
    auto total = sql::scalar(db.connection(),
                             QStringLiteral("SELECT COUNT(*) FROM receipts r JOIN stores s ON s.id = r.store_id "
                                            "WHERE r.business_time >= ? AND r.business_time < ?") + store,
                             values);
    if (!total)
        return total.error();
    // the earning entry's breakdown holds the factors as posted; the member's first receipt by id
    auto rows = sql::run(db.connection(),
                         QStringLiteral("SELECT r.member_id, r.business_time, s.code, r.scenario, r.amount, e.breakdown, "
                                        "CASE WHEN r.id = (SELECT MIN(f.id) FROM receipts f WHERE f.member_id = r.member_id) THEN 1 ELSE 0 END, "
                                        "m.tier FROM receipts r JOIN stores s ON s.id = r.store_id JOIN members m ON m.id = r.member_id "
                                        "LEFT JOIN ledger_entries e ON e.member_id = r.member_id AND e.kind = 'earn' "
                                        "AND e.reference = 'receipt:' || s.code || '/' || r.receipt_no "
                                        "WHERE r.business_time >= ? AND r.business_time < ?")
                             + store + QStringLiteral(" ORDER BY r.business_time, r.id"),
                         values);
    if (!rows)
        return rows.error();
    qint64 done = 0;
    QSqlQuery &q = rows.value();
    while (q.next()) {
        ReplayedReceipt r;
        r.memberId = q.value(0).toLongLong();
        r.day = fromStoredTime(q.value(1).toString()).toTimeZone(programmeTimeZone()).date();
        r.storeCode = q.value(2).toString();
        r.scenario = q.value(3).toString();
        r.amountFen = q.value(4).toLongLong();
        const QString breakdown = q.value(5).toString();
        r.firstReceipt = q.value(6).toInt() == 1;
        if (breakdown.isEmpty()) {
            // nothing earned, so no breakdown: today's rate and tier stand in for the posting's
            r.ratePer100 = rules.ratePer100.value(r.scenario);
            r.tierCode = q.value(7).toString();
            const Tier *tier = rules.tier(r.tierCode);
            r.tierPct = tier ? tier->multiplierPct : 100;
        } else {
            r.ratePer100 = number(breakdown, QLatin1String("rate"), 0);
            r.tierCode = field(breakdown, QLatin1String("tier")).toString();
            r.tierPct = number(breakdown, QLatin1String("tier_pct"), 100);
            r.creditPct = number(breakdown, QLatin1String("credit_pct"), 100);
            r.appliedPct = number(breakdown, QLatin1String("campaign_pct"), 100);
            r.appliedCode = field(breakdown, QLatin1String("campaign_code")).toString();
        }
        replay.receipt(r);
        if (++done % 10000 == 0) {
            if (Status s = cancelled(request); !s) {
                q.finish();
                return s;
            }
            if (request.progress)
                request.progress(done, total.value().toLongLong());
        }
    }
    if (request.progress)
        request.progress(done, total.value().toLongLong());
    return {};
}

Status replayRegistrations(Database &db, const SimulationRequest &request, CampaignReplay &replay)
{
    auto rows = sql::run(db.connection(),
                         QStringLiteral("SELECT m.id, m.joined_on, s.code FROM members m JOIN stores s ON s.id = m.store_id "
                                        "WHERE m.joined_on >= ? AND m.joined_on <= ? ORDER BY m.id"),
                         {request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate)});
    if (!rows)
        return rows.error();
    while (rows.value().next()) {
        if (!request.storeCode.isEmpty() && rows.value().value(2).toString() != request.storeCode)
            continue;
        replay.registration(rows.value().value(0).toLongLong(), QDate::fromString(rows.value().value(1).toString(), Qt::ISODate),
                            rows.value().value(2).toString());
    }
    return cancelled(request);
}

Status replayRedemptions(Database &db, const SimulationRequest &request, const Campaign &sale, CampaignReplay &replay)
{
    auto rows = sql::run(db.connection(),
                         QStringLiteral("SELECT r.member_id, r.business_time, r.quantity - r.cancelled_qty, i.points_price, s.code "
                                        "FROM redemptions r JOIN catalog_items i ON i.id = r.item_id JOIN stores s ON s.id = r.store_id "
                                        "WHERE i.code = ? AND r.business_time >= ? AND r.business_time < ? ORDER BY r.business_time, r.id"),
                         {sale.item, toStoredTime(points::startOfBusinessDay(request.from)),
                          toStoredTime(points::startOfBusinessDay(request.to.addDays(1)))});
    if (!rows)
        return rows.error();
    while (rows.value().next()) {
        if (!request.storeCode.isEmpty() && rows.value().value(4).toString() != request.storeCode)
            continue;
        replay.redemption(rows.value().value(0).toLongLong(),
                          fromStoredTime(rows.value().value(1).toString()).toTimeZone(programmeTimeZone()).date(), sale.item,
                          rows.value().value(2).toInt(), rows.value().value(3).toLongLong());
    }
    return cancelled(request);
}

// Participants' spend per day on the campaign's weekdays: in the window (up to today) and in the
// four weeks before it.
Status addUplift(Database &db, const Clock &clock, const Campaign &c, CampaignFigures &f)
{
    const QDate today = businessToday(clock);
    const QDate end = std::min(c.to, today);
    if (end < c.from)
        return {};
    const auto counts = [&](const QDate &d) { return c.weekdays.isEmpty() || c.weekdays.contains(d.dayOfWeek()); };
    const auto spend = [&](const QDate &first, const QDate &last) -> Result<QPair<qint64, qint64>> {
        auto rows = sql::run(db.connection(),
                             QStringLiteral("SELECT r.business_time, r.amount FROM receipts r WHERE r.business_time >= ? AND r.business_time < ? "
                                            "AND r.member_id IN (SELECT member_id FROM campaign_awards WHERE campaign_id IN "
                                            "(SELECT id FROM campaigns WHERE code = ?))"),
                             {toStoredTime(points::startOfBusinessDay(first)), toStoredTime(points::startOfBusinessDay(last.addDays(1))), c.code});
        if (!rows)
            return rows.error();
        qint64 fen = 0;
        while (rows.value().next())
            if (counts(fromStoredTime(rows.value().value(0).toString()).toTimeZone(programmeTimeZone()).date()))
                fen += rows.value().value(1).toLongLong();
        qint64 days = 0;
        for (QDate d = first; d <= last; d = d.addDays(1))
            days += counts(d) ? 1 : 0;
        return qMakePair(fen, days);
    };
    auto in = spend(c.from, end);
    if (!in)
        return in.error();
    auto before = spend(c.from.addDays(-28), c.from.addDays(-1));
    if (!before)
        return before.error();
    if (in->second > 0)
        f.spendPerDayInWindowFen = in->first / in->second;
    if (before->second > 0 && before->first > 0) {
        f.spendPerDayBeforeFen = before->first / before->second;
        f.upliftPermille = points::changePermille(in->first, in->second, before->first, before->second);
    }
    return {};
}

} // namespace

Result<CampaignFigures> simulateCampaign(Database &db, const Session &session, const Campaign &campaign, const SimulationRequest &request)
{
    if (Status s = session.require(Permission::CampaignRead); !s)
        return s.error();
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::CampaignSimulator", "Choose a period whose end is not before its start."), QStringLiteral("to"));
    auto rules = ProgrammeRules::load(db);
    if (!rules)
        return rules.error();
    CampaignReplay replay(campaign, rules->pointValueFen);
    Status s;
    switch (campaign.type) {
    case CampaignType::Multiplier:
    case CampaignType::FirstPurchase: s = replayReceipts(db, request, rules.value(), replay); break;
    case CampaignType::Welcome: s = replayRegistrations(db, request, replay); break;
    case CampaignType::Sale: s = replayRedemptions(db, request, campaign, replay); break;
    }
    if (!s)
        return s.error();
    return replay.figures(request.from, request.to);
}

Result<CampaignFigures> reportCampaign(Database &db, const Clock &clock, const Session &session, const QString &code)
{
    auto c = CampaignService(db, clock).campaign(session, code);
    if (!c)
        return c.error();
    auto rules = ProgrammeRules::load(db);
    if (!rules)
        return rules.error();
    CampaignFigures f;
    f.from = c->from;
    f.to = c->to;
    auto rows = sql::run(db.connection(),
                         QStringLiteral("SELECT a.business_date, COUNT(DISTINCT a.receipt_id), COUNT(DISTINCT a.member_id), SUM(a.points) "
                                        "FROM campaign_awards a JOIN campaigns c ON c.id = a.campaign_id WHERE c.code = ? "
                                        "GROUP BY a.business_date ORDER BY a.business_date"),
                         {code});
    if (!rows)
        return rows.error();
    qint64 running = 0;
    while (rows.value().next()) {
        CampaignDay d;
        d.matched = rows.value().value(1).toLongLong();
        d.members = rows.value().value(2).toLongLong();
        d.points = rows.value().value(3).toLongLong();
        running += d.points;
        if (c->budgetPoints && running >= *c->budgetPoints && !f.capReachedOn) {
            d.capReached = true;
            f.capReachedOn = QDate::fromString(rows.value().value(0).toString(), Qt::ISODate);
        }
        f.days.insert(QDate::fromString(rows.value().value(0).toString(), Qt::ISODate), d);
        f.matched += d.matched;
        f.points += d.points;
    }
    auto members = sql::scalar(db.connection(),
                               QStringLiteral("SELECT COUNT(DISTINCT a.member_id) FROM campaign_awards a JOIN campaigns c ON c.id = a.campaign_id "
                                              "WHERE c.code = ?"),
                               {code});
    if (!members)
        return members.error();
    f.membersReached = members.value().toLongLong();
    f.costFen = f.points * rules->pointValueFen;
    if (Status s = addUplift(db, clock, c.value(), f); !s)
        return s.error();
    return f;
}

} // namespace pd

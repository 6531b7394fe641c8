#include "campaignsimulator.h"

#include "core/access/session.h"
#include "core/campaigns/campaignservice.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/rowscan.h"
#include "core/db/sql.h"
#include "core/ledger/breakdownfields.h"
#include "core/pointsmath.h"
#include "core/rules/programmerules.h"

namespace pd {

namespace {

Status cancelled(const SimulationRequest &request)
{
    if (request.cancel && request.cancel->load())
        return makeError(ErrorCode::Cancelled, QCoreApplication::translate("pd::CampaignSimulator", "The simulation was cancelled."));
    return {};
}

// A whole number as the ledger wrote it, read without QByteArrayView::toLongLong's copy: this
// runs for several fields of millions of rows.
qint64 integer(QByteArrayView text, qint64 fallback)
{
    const bool negative = !text.isEmpty() && text.front() == '-';
    if (negative)
        text = text.sliced(1);
    if (text.isEmpty() || text.size() > 18)
        return fallback;
    qint64 n = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return fallback;
        n = n * 10 + (c - '0');
    }
    return negative ? -n : n;
}

// Codes repeat across millions of rows (a few stores, scenarios, tiers and campaigns): each
// distinct text is converted to a QString once, and found again by a look along a short list,
// cheaper than hashing it.
class Codes
{
public:
    QString operator()(QByteArrayView utf8)
    {
        if (utf8.isEmpty())
            return {};
        for (const auto &[bytes, text] : m_known)
            if (QByteArrayView(bytes) == utf8)
                return text;
        if (m_known.size() > 256)
            m_known.clear(); // free text, not codes: no use keeping it
        m_known.emplace_back(utf8.toByteArray(), QString::fromUtf8(utf8));
        return m_known.back().second;
    }

private:
    std::vector<std::pair<QByteArray, QString>> m_known;
};

// A receipt as its earning entry recorded it: the store (from its reference) and the factors.
ReplayedReceipt fromEarning(qint64 memberId, const QDate &day, QByteArrayView storeCode, QByteArrayView breakdown, Codes &codes)
{
    ReplayedReceipt r;
    r.memberId = memberId;
    r.day = day;
    r.storeCode = codes(storeCode);
    // keys told apart by their length first: the lambda runs for every field of every row
    breakdownfields::forEachTopLevel(breakdown, [&](QByteArrayView key, QByteArrayView value) {
        switch (key.size()) {
        case 4:
            if (key == QByteArrayView("rate"))
                r.ratePer100 = int(integer(value, 0));
            else if (key == QByteArrayView("tier"))
                r.tierCode = codes(value);
            break;
        case 6:
            if (key == QByteArrayView("amount"))
                r.amountFen = integer(value, 0);
            break;
        case 8:
            if (key == QByteArrayView("tier_pct"))
                r.tierPct = int(integer(value, 100));
            break;
        case 9:
            if (key == QByteArrayView("rate_code"))
                r.scenario = codes(value);
            break;
        case 10:
            if (key == QByteArrayView("credit_pct"))
                r.creditPct = int(integer(value, 100));
            break;
        case 12:
            if (key == QByteArrayView("campaign_pct"))
                r.appliedPct = int(integer(value, 100));
            break;
        case 13:
            if (key == QByteArrayView("campaign_code"))
                r.appliedCode = codes(value);
            break;
        default:
            break;
        }
    });
    return r;
}

QDate businessDay(const QString &storedTime) { return fromStoredTime(storedTime).toTimeZone(programmeTimeZone()).date(); }

// Multipliers: every earning entry of the period, in the order they were posted (the order a
// budget is really spent in), read in one pass over the ledger without joins or per-value
// conversions: a year of a chain's receipts is millions of entries.
Status replayEarnings(Database &db, const SimulationRequest &request, CampaignReplay &replay)
{
    auto last = sql::scalar(db.connection(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ledger_entries"));
    if (!last)
        return last.error();
    // the bounds are stored-time texts made here from dates, so they are written into the
    // statement (a scan takes no bound values)
    auto scan = RowScan::start(db, QStringLiteral("SELECT id, member_id, business_time, reference, breakdown FROM ledger_entries "
                                                  "WHERE kind = 'earn' AND business_time >= '%1' AND business_time < '%2' ORDER BY id")
                                       .arg(toStoredTime(points::startOfBusinessDay(request.from)),
                                            toStoredTime(points::startOfBusinessDay(request.to.addDays(1)))));
    if (!scan)
        return scan.error();
    const QByteArray store = request.storeCode.toUtf8();
    Codes codes;
    QHash<QByteArray, QDate> days; // business time's day, by the time's date part and hour (UTC)
    QByteArray lastHour;           // entries come roughly in time order: most rows share the last one's
    QDate lastDay;
    qint64 seen = 0;
    for (;;) {
        auto more = scan.value()->next();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        const RowScan &row = *scan.value();
        if (++seen % 20000 == 0) {
            if (Status s = cancelled(request); !s)
                return s;
            if (request.progress)
                request.progress(row.integer(0), last.value().toLongLong());
        }
        const QByteArrayView reference = row.text(3), breakdown = row.text(4);
        const qsizetype colon = reference.indexOf(':'), slash = reference.indexOf('/');
        const QByteArrayView storeCode = colon >= 0 && slash > colon ? reference.sliced(colon + 1, slash - colon - 1) : QByteArrayView();
        if (!store.isEmpty() && storeCode != QByteArrayView(store))
            continue;
        // the Shanghai day of a UTC time depends on its date and hour only
        const QByteArrayView time = row.text(2);
        const QByteArrayView hour = time.first(std::min<qsizetype>(13, time.size()));
        if (hour != QByteArrayView(lastHour)) {
            lastHour = hour.toByteArray();
            auto day = days.constFind(lastHour);
            if (day == days.cend())
                day = days.insert(lastHour, businessDay(QString::fromLatin1(time)));
            lastDay = *day;
        }
        if (!replay.mayApplyOn(lastDay))
            continue; // not a day of its schedule: nothing to read
        replay.receipt(fromEarning(row.integer(1), lastDay, storeCode, breakdown, codes));
    }
    if (request.progress)
        request.progress(last.value().toLongLong(), last.value().toLongLong());
    return {};
}

// First purchases: each member's first receipt ever, if it falls in the period, with the factors
// of its earning entry (a first receipt that earned nothing: today's rate and tier stand in).
Status replayFirstReceipts(Database &db, const SimulationRequest &request, const ProgrammeRules &rules, CampaignReplay &replay)
{
    auto rows = sql::run(db.connection(),
                         QStringLiteral("SELECT r.member_id, r.business_time, s.code, r.scenario, r.amount, e.breakdown, m.tier "
                                        "FROM receipts r JOIN stores s ON s.id = r.store_id JOIN members m ON m.id = r.member_id "
                                        "LEFT JOIN ledger_entries e ON e.member_id = r.member_id AND e.kind = 'earn' "
                                        "AND e.reference = 'receipt:' || s.code || '/' || r.receipt_no "
                                        "WHERE r.id IN (SELECT MIN(id) FROM receipts GROUP BY member_id) "
                                        "AND r.business_time >= ? AND r.business_time < ? ORDER BY r.id"),
                         {toStoredTime(points::startOfBusinessDay(request.from)), toStoredTime(points::startOfBusinessDay(request.to.addDays(1)))});
    if (!rows)
        return rows.error();
    QSqlQuery &q = rows.value();
    Codes codes;
    while (q.next()) {
        const qint64 memberId = q.value(0).toLongLong();
        const QDate day = businessDay(q.value(1).toString());
        const QString store = q.value(2).toString();
        ReplayedReceipt r;
        if (q.value(5).isNull()) {
            r.memberId = memberId;
            r.day = day;
            r.storeCode = store;
            r.scenario = q.value(3).toString();
            r.amountFen = q.value(4).toLongLong();
            r.ratePer100 = rules.ratePer100.value(r.scenario);
            r.tierCode = q.value(6).toString();
        } else {
            r = fromEarning(memberId, day, store.toUtf8(), q.value(5).toString().toUtf8(), codes);
        }
        r.firstReceipt = true;
        if (request.storeCode.isEmpty() || r.storeCode == request.storeCode)
            replay.receipt(r);
    }
    return cancelled(request);
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

// Check-ins: each member's checked-in dates of the period, whichever campaign they were under.
Status replayCheckins(Database &db, const SimulationRequest &request, CampaignReplay &replay)
{
    auto rows = sql::run(db.connection(),
                         QStringLiteral("SELECT c.member_id, c.business_date, s.code FROM checkins c JOIN stores s ON s.id = c.store_id "
                                        "WHERE c.business_date >= ? AND c.business_date <= ? ORDER BY c.member_id, c.business_date"),
                         {request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate)});
    if (!rows)
        return rows.error();
    qint64 member = 0;
    QList<QDate> dates;
    while (rows.value().next()) {
        if (!request.storeCode.isEmpty() && rows.value().value(2).toString() != request.storeCode)
            continue;
        const qint64 id = rows.value().value(0).toLongLong();
        if (id != member && !dates.isEmpty()) {
            replay.checkins(member, dates);
            dates.clear();
        }
        member = id;
        dates << QDate::fromString(rows.value().value(1).toString(), Qt::ISODate);
    }
    if (!dates.isEmpty())
        replay.checkins(member, dates);
    return cancelled(request);
}

// Badge collections: each member's receipts (net of returns) and check-ins of the period in time
// order, counted as they come; the set completes on the day its last badge is reached.
Status replayBadges(Database &db, const SimulationRequest &request, CampaignReplay &replay)
{
    auto rows = sql::run(db.connection(),
                         QStringLiteral("SELECT member_id, day, store, scenario, amount, green, returned FROM ("
                                        "SELECT r.member_id, r.business_time AS day, s.code AS store, r.scenario, r.amount, r.green_amount AS green, "
                                        "r.returned_amount AS returned FROM receipts r JOIN stores s ON s.id = r.store_id "
                                        "WHERE r.business_time >= ? AND r.business_time < ? "
                                        "UNION ALL SELECT c.member_id, c.business_date, s.code, NULL, 0, 0, 0 FROM checkins c JOIN stores s ON s.id = c.store_id "
                                        "WHERE c.business_date >= ? AND c.business_date <= ?) x ORDER BY member_id, day"),
                         {toStoredTime(points::startOfBusinessDay(request.from)), toStoredTime(points::startOfBusinessDay(request.to.addDays(1))),
                          request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate)});
    if (!rows)
        return rows.error();
    QList<BadgeActivity> member;
    qint64 memberId = 0;
    while (rows.value().next()) {
        const qint64 id = rows.value().value(0).toLongLong();
        if (id != memberId && !member.isEmpty()) {
            replay.badgeActivities(memberId, member);
            member.clear();
        }
        memberId = id;
        BadgeActivity a;
        const QString day = rows.value().value(1).toString();
        a.checkin = rows.value().value(3).isNull();
        a.day = a.checkin ? QDate::fromString(day, Qt::ISODate) : businessDay(day);
        a.store = rows.value().value(2).toString();
        a.scenario = rows.value().value(3).toString();
        a.amountFen = rows.value().value(4).toLongLong();
        a.greenFen = rows.value().value(5).toLongLong();
        a.returnedFen = rows.value().value(6).toLongLong();
        if (request.storeCode.isEmpty() || a.store == request.storeCode)
            member << a;
    }
    if (!member.isEmpty())
        replay.badgeActivities(memberId, member);
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
                          businessDay(rows.value().value(1).toString()), sale.item,
                          rows.value().value(2).toInt(), rows.value().value(3).toLongLong());
    }
    return cancelled(request);
}

} // namespace

Result<CampaignUplift> campaignUplift(Database &db, const Campaign &c, const QDate &until)
{
    CampaignUplift u;
    const QDate end = std::min(c.to, until);
    if (end < c.from)
        return u;
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
            if (counts(businessDay(rows.value().value(0).toString())))
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
        u.spendPerDayInWindowFen = in->first / in->second;
    if (before->second > 0 && before->first > 0) {
        u.spendPerDayBeforeFen = before->first / before->second;
        u.upliftPermille = points::changePermille(in->first, in->second, before->first, before->second);
    }
    return u;
}

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
    case CampaignType::Multiplier: s = replayEarnings(db, request, replay); break;
    case CampaignType::FirstPurchase: s = replayFirstReceipts(db, request, rules.value(), replay); break;
    case CampaignType::Welcome: s = replayRegistrations(db, request, replay); break;
    case CampaignType::Sale: s = replayRedemptions(db, request, campaign, replay); break;
    case CampaignType::Checkin: s = replayCheckins(db, request, replay); break;
    case CampaignType::Badges: s = replayBadges(db, request, replay); break;
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
    f.pointValueFen = rules->pointValueFen;
    // the window up to today
    auto uplift = campaignUplift(db, c.value(), businessToday(clock));
    if (!uplift)
        return uplift.error();
    f.spendPerDayInWindowFen = uplift->spendPerDayInWindowFen;
    f.spendPerDayBeforeFen = uplift->spendPerDayBeforeFen;
    f.upliftPermille = uplift->upliftPermille;
    return f;
}

} // namespace pd

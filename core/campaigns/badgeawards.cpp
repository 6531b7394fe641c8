#include "badgeawards.h"

#include "core/access/session.h"
#include "core/audit/auditlog.h"
#include "core/campaigns/campaignawards.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/retry.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/ledger/ledger.h"
#include "core/pointsmath.h"
#include "core/rules/programmerules.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pd::badgeawards {

namespace {

QString say(const char *text) { return QCoreApplication::translate("pd::badgeawards", text); }

// The member's receipts and check-ins over the windows of the collections, read once.
struct MemberHistory
{
    struct Receipt
    {
        QDate day;
        QString store, scenario;
        qint64 amount = 0, green = 0, returned = 0;
    };
    QList<Receipt> receipts;
    QList<QDate> checkins;
};

Result<MemberHistory> historyOf(Database &db, qint64 memberId, const QDate &from, const QDate &to)
{
    MemberHistory h;
    auto rows = sql::run(db.connection(),
                         QStringLiteral("SELECT r.business_time, s.code, r.scenario, r.amount, r.green_amount, r.returned_amount FROM receipts r "
                                        "JOIN stores s ON s.id = r.store_id WHERE r.member_id = ? AND r.business_time >= ? AND r.business_time < ?"),
                         {memberId, toStoredTime(points::startOfBusinessDay(from)), toStoredTime(points::startOfBusinessDay(to.addDays(1)))});
    if (!rows)
        return rows.error();
    while (rows.value().next())
        h.receipts << MemberHistory::Receipt{fromStoredTime(rows.value().value(0).toString()).toTimeZone(programmeTimeZone()).date(),
                                             rows.value().value(1).toString(), rows.value().value(2).toString(), rows.value().value(3).toLongLong(),
                                             rows.value().value(4).toLongLong(), rows.value().value(5).toLongLong()};
    auto days = sql::run(db.connection(), QStringLiteral("SELECT business_date FROM checkins WHERE member_id = ? AND business_date >= ? AND business_date <= ?"),
                         {memberId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!days)
        return days.error();
    while (days.value().next())
        h.checkins << QDate::fromString(days.value().value(0).toString(), Qt::ISODate);
    return h;
}

// What counts for one collection: inside its window and filters; a receipt fully returned not.
badgerules::Facts factsFor(const Campaign &c, const MemberHistory &h, const QString &tier)
{
    badgerules::Facts f;
    if (!c.tiers.isEmpty() && !c.tiers.contains(tier))
        return f;
    for (const MemberHistory::Receipt &r : h.receipts) {
        if (!c.coversDate(r.day) || !c.appliesTo(r.store, r.scenario, tier, r.amount) || (r.amount > 0 && r.returned >= r.amount))
            continue;
        ++f.visits;
        if (r.green > 0)
            ++f.greenVisits;
        f.scenarios.insert(r.scenario);
        f.netSpendFen += r.amount - r.returned;
        f.netSpendByScenario[r.scenario] += r.amount - r.returned;
    }
    QList<QDate> inWindow;
    for (const QDate &d : h.checkins)
        if (c.coversDate(d))
            inWindow << d;
    f.longestStreak = badgerules::longestRun(inWindow);
    return f;
}

Result<QSet<qint64>> completedBy(Database &db, qint64 memberId)
{
    QSet<qint64> done;
    auto rows = sql::run(db.connection(), QStringLiteral("SELECT campaign_id FROM badge_completions WHERE member_id = ?"), {memberId});
    if (!rows)
        return rows.error();
    while (rows.value().next())
        done.insert(rows.value().value(0).toLongLong());
    return done;
}

// The badges the member holds, by collection: one read for all of them.
Result<QHash<qint64, QSet<QString>>> heldBy(Database &db, qint64 memberId)
{
    QHash<qint64, QSet<QString>> held;
    auto rows = sql::run(db.connection(), QStringLiteral("SELECT campaign_id, badge_code FROM badge_holdings WHERE member_id = ?"), {memberId});
    if (!rows)
        return rows.error();
    while (rows.value().next())
        held[rows.value().value(0).toLongLong()].insert(rows.value().value(1).toString());
    return held;
}

Status complete(Database &db, const Clock &clock, const Session &session, Ledger &ledger, MemberPoints &member, const Campaign &c,
                std::optional<qint64> storeId)
{
    qint64 reward = c.badgeSet.rewardPoints;
    std::optional<qint64> entryId;
    if (reward > 0) {
        auto offers = campaignawards::offersFor(db, {c}, member.id, true);
        if (!offers)
            return offers.error();
        if (!offers->isEmpty() && offers->constFirst().room)
            reward = std::min(reward, *offers->constFirst().room);
    }
    if (reward > 0) {
        auto rules = ProgrammeRules::load(db);
        if (!rules)
            return rules.error();
        EntrySource source;
        source.businessTime = clock.nowUtc();
        source.storeId = storeId;
        source.operatorId = session.userId;
        source.reference = QStringLiteral("badges:%1").arg(c.code);
        source.breakdown = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("campaign_id"), c.id},
                                                                       {QStringLiteral("campaign_code"), c.code},
                                                                       {QStringLiteral("campaign_name"), c.name},
                                                                       {QStringLiteral("badges"), c.badgeSet.badges.size()},
                                                                       {QStringLiteral("reward_points"), reward}})
                                                 .toJson(QJsonDocument::Compact));
        auto entry = ledger.credit(member, reward, EntryKind::Badge, source, rules->expiry.expiryFor(source.businessTime));
        if (!entry)
            return entry.error();
        entryId = entry.value();
        if (Status s = campaignawards::record(db, {c.id, member.id, std::nullopt, entry.value(), reward, businessToday(clock)}, clock.nowUtc()); !s)
            return s;
    }
    QVariant prize = sql::nullInt();
    if (!c.badgeSet.rewardItem.isEmpty()) {
        auto item = sql::scalar(db.connection(), QStringLiteral("SELECT id FROM catalog_items WHERE code = ?"), {c.badgeSet.rewardItem});
        if (!item)
            return item.error();
        if (item.value().isValid() && !item.value().isNull())
            prize = item.value();
    }
    auto done = sql::run(db.connection(),
                         QStringLiteral("INSERT INTO badge_completions (campaign_id, member_id, completed_at, reward_points, entry_id, prize_item_id) "
                                        "VALUES (?, ?, ?, ?, ?, ?)"),
                         {c.id, member.id, toStoredTime(clock.nowUtc()), reward, entryId ? QVariant(*entryId) : sql::nullInt(), prize});
    if (!done)
        return done.error();
    return {};
}

} // namespace

Status evaluate(Database &db, const Clock &clock, const Session &session, Ledger &ledger, MemberPoints &member, const QDate &day,
                std::optional<qint64> storeId)
{
    auto any = campaignawards::anyApproved(db, CampaignType::Badges);
    if (!any)
        return any.error();
    if (!any.value())
        return {};
    auto live = campaignawards::liveOn(db, day, true);
    if (!live)
        return live.error();
    QList<Campaign> collections;
    for (const Campaign &c : live.value())
        if (c.type == CampaignType::Badges)
            collections << c;
    if (collections.isEmpty())
        return {};
    auto done = completedBy(db, member.id);
    if (!done)
        return done.error();
    QDate from, to;
    QList<Campaign> open;
    for (const Campaign &c : std::as_const(collections)) {
        if (done->contains(c.id))
            continue; // complete for good
        open << c;
        from = from.isValid() ? std::min(from, c.from) : c.from;
        to = to.isValid() ? std::max(to, c.to) : c.to;
    }
    if (open.isEmpty())
        return {};
    auto history = historyOf(db, member.id, from, to);
    if (!history)
        return history.error();
    const QString now = toStoredTime(clock.nowUtc());
    auto heldAll = heldBy(db, member.id);
    if (!heldAll)
        return heldAll.error();
    for (const Campaign &c : std::as_const(open)) {
        const QList<badgerules::Progress> progress = badgerules::progressOf(c.badgeSet, factsFor(c, history.value(), member.tier));
        const QSet<QString> held = heldAll->value(c.id);
        int reached = 0;
        for (const badgerules::Progress &p : progress) {
            reached += p.reached() ? 1 : 0;
            if (p.reached() && !held.contains(p.code)) {
                auto give = sql::run(db.connection(), QStringLiteral("INSERT INTO badge_holdings (campaign_id, member_id, badge_code, since) VALUES (?, ?, ?, ?)"),
                                     {c.id, member.id, p.code, now});
                if (!give)
                    return give.error();
            } else if (!p.reached() && held.contains(p.code)) { // fallen below before the set was complete: taken back
                auto takeBack = sql::run(db.connection(), QStringLiteral("DELETE FROM badge_holdings WHERE campaign_id = ? AND member_id = ? AND badge_code = ?"),
                                         {c.id, member.id, p.code});
                if (!takeBack)
                    return takeBack.error();
            }
        }
        if (reached == progress.size() && !progress.isEmpty()) {
            if (Status s = complete(db, clock, session, ledger, member, c, storeId); !s)
                return s;
        }
    }
    return {};
}

Result<QList<Collection>> collectionsOf(Database &db, const Clock &clock, const Session &session, qint64 memberId)
{
    if (Status s = session.require(Permission::MemberRead); !s)
        return s.error();
    const QDate today = businessToday(clock);
    auto rows = sql::run(db.connection(),
                         QStringLiteral("SELECT c.id, c.definition, b.completed_at, b.reward_points, i.name, b.prize_collected_at FROM campaigns c "
                                        "LEFT JOIN badge_completions b ON b.campaign_id = c.id AND b.member_id = ? "
                                        "LEFT JOIN catalog_items i ON i.id = b.prize_item_id "
                                        "WHERE c.type = 'badges' AND (b.id IS NOT NULL OR (c.status = 'approved' AND c.from_date <= ? AND c.to_date >= ?)) "
                                        "ORDER BY c.from_date DESC, c.id"),
                         {memberId, today.toString(Qt::ISODate), today.toString(Qt::ISODate)});
    if (!rows)
        return rows.error();
    QList<Collection> out;
    while (rows.value().next()) {
        auto c = Campaign::fromStoredDefinition(rows.value().value(1).toString());
        if (!c)
            return c.error();
        Collection one;
        one.campaign = c.value();
        one.campaign.id = rows.value().value(0).toLongLong();
        one.complete = !rows.value().value(2).isNull();
        one.completedAt = rows.value().value(2).toString();
        one.rewardPoints = rows.value().value(3).toLongLong();
        one.prizeName = rows.value().value(4).toString();
        one.prizeCollectedAt = rows.value().value(5).toString();
        out << one;
    }
    if (out.isEmpty())
        return out;
    auto tier = sql::scalar(db.connection(), QStringLiteral("SELECT tier FROM members WHERE id = ?"), {memberId});
    if (!tier)
        return tier.error();
    QDate from = out.constFirst().campaign.from, to = out.constFirst().campaign.to;
    for (const Collection &one : std::as_const(out)) {
        from = std::min(from, one.campaign.from);
        to = std::max(to, one.campaign.to);
    }
    auto history = historyOf(db, memberId, from, to);
    if (!history)
        return history.error();
    auto held = heldBy(db, memberId);
    if (!held)
        return held.error();
    for (Collection &one : out) {
        one.progress = badgerules::progressOf(one.campaign.badgeSet, factsFor(one.campaign, history.value(), tier.value().toString()));
        one.held = held->value(one.campaign.id);
        if (one.prizeName.isEmpty() && !one.complete && !one.campaign.badgeSet.rewardItem.isEmpty()) {
            auto name = sql::scalar(db.connection(), QStringLiteral("SELECT name FROM catalog_items WHERE code = ?"), {one.campaign.badgeSet.rewardItem});
            if (name && name.value().isValid())
                one.prizeName = name.value().toString();
        }
    }
    return out;
}

Result<QList<WaitingPrize>> waitingPrizes(Database &db, const Session &session, qint64 memberId)
{
    if (Status s = session.require(Permission::MemberRead); !s)
        return s.error();
    auto rows = sql::run(db.connection(),
                         QStringLiteral("SELECT c.code, c.name, i.name FROM badge_completions b JOIN campaigns c ON c.id = b.campaign_id "
                                        "JOIN catalog_items i ON i.id = b.prize_item_id WHERE b.member_id = ? AND b.prize_collected_at IS NULL "
                                        "ORDER BY b.completed_at, b.id"),
                         {memberId});
    if (!rows)
        return rows.error();
    QList<WaitingPrize> out;
    while (rows.value().next())
        out << WaitingPrize{rows.value().value(0).toString(), rows.value().value(1).toString(), rows.value().value(2).toString()};
    return out;
}

Result<PrizeCollected> collectPrize(Database &db, const Clock &clock, const Session &session, const QString &cardNo, const QString &campaignCode)
{
    if (Status s = session.require(Permission::Redeem); !s)
        return s.error();
    return withConflictRetry(db, [&]() -> Result<PrizeCollected> {
        WriteTransaction tx(db);
        if (Status s = tx.begin(); !s)
            return s.error();
        Ledger ledger(db, clock);
        auto member = ledger.lockMemberByCard(cardNo);
        if (!member)
            return member.error();
        auto row = sql::run(db.connection(),
                            QStringLiteral("SELECT b.id, b.prize_item_id, b.prize_collected_at, c.name, i.name, i.code FROM badge_completions b "
                                           "JOIN campaigns c ON c.id = b.campaign_id LEFT JOIN catalog_items i ON i.id = b.prize_item_id "
                                           "WHERE b.member_id = ? AND c.code = ?"), // under the member's lock: one desk at a time
                            {member->id, campaignCode});
        if (!row)
            return row.error();
        if (!row.value().next())
            return makeError(ErrorCode::Conflict, say(QT_TRANSLATE_NOOP("pd::badgeawards", "Card %1 has not completed the badge collection %2.")).arg(cardNo, campaignCode));
        const qint64 completion = row.value().value(0).toLongLong();
        const bool hasPrize = !row.value().value(1).isNull();
        const QString collectedAt = row.value().value(2).toString();
        PrizeCollected out{row.value().value(4).toString(), row.value().value(3).toString()};
        const qint64 itemId = row.value().value(1).toLongLong();
        const QString itemCode = row.value().value(5).toString();
        row.value().finish();
        if (!hasPrize)
            return makeError(ErrorCode::Conflict, say(QT_TRANSLATE_NOOP("pd::badgeawards", "The badge collection %1 gives no prize.")).arg(out.campaignName));
        if (!collectedAt.isEmpty())
            return makeError(ErrorCode::Conflict, say(QT_TRANSLATE_NOOP("pd::badgeawards", "The prize %1 was already collected on %2."))
                                                      .arg(out.itemName, displayTime(fromStoredTime(collectedAt))));
        // the stock row's guard, as a redemption's: nobody takes the last unit twice
        auto taken = sql::run(db.connection(), QStringLiteral("UPDATE catalog_items SET stock = stock - 1 WHERE id = ? AND (stock IS NULL OR stock > 0)"),
                              {itemId});
        if (!taken)
            return taken.error();
        if (taken.value().numRowsAffected() != 1)
            return makeError(ErrorCode::Conflict, say(QT_TRANSLATE_NOOP("pd::badgeawards", "The prize %1 is out of stock: it can be collected when the stock is back."))
                                                      .arg(out.itemName));
        auto mark = sql::run(db.connection(), QStringLiteral("UPDATE badge_completions SET prize_collected_at = ?, prize_collected_by = ? WHERE id = ?"),
                             {toStoredTime(clock.nowUtc()), session.username, completion});
        if (!mark)
            return mark.error();
        if (Status s = AuditLog(db, clock).append(session, QStringLiteral("badge.prize"), QStringLiteral("member"), cardNo,
                                                  {{QStringLiteral("campaign"), campaignCode}, {QStringLiteral("item"), itemCode}});
            !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return out;
    });
}

} // namespace pd::badgeawards

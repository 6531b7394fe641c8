#include "checkinservice.h"

#include "core/access/session.h"
#include "core/audit/auditlog.h"
#include "core/campaigns/badgeawards.h"
#include "core/campaigns/campaignawards.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/retry.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/ledger/ledger.h"
#include "core/ledger/numbereddocument.h"
#include "core/pointsmath.h"
#include "core/receipts/receiptservice.h"
#include "core/rules/programmerules.h"
#include "core/stores/storeservice.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

QString say(const char *text) { return QCoreApplication::translate("pd::CheckinService", text); }

QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

// What a member's check-ins of the campaign are so far: the dates, and what each date was paid.
struct History
{
    QSet<QDate> checked;
    QHash<QDate, streaks::Paid> paid;
};

Result<History> historyOf(Database &db, qint64 campaignId, qint64 memberId)
{
    // one read: the check-ins (streak day 0) and the bonuses paid
    History h;
    auto rows = sql::run(db.connection(),
                         QStringLiteral("SELECT business_date, 0, 0 FROM checkins WHERE campaign_id = ? AND member_id = ? "
                                        "UNION ALL SELECT business_date, streak_day, points FROM checkin_bonuses WHERE campaign_id = ? AND member_id = ?"),
                         {campaignId, memberId, campaignId, memberId});
    if (!rows)
        return rows.error();
    while (rows.value().next()) {
        const QDate day = QDate::fromString(rows.value().value(0).toString(), Qt::ISODate);
        const int streakDay = rows.value().value(1).toInt();
        if (streakDay == 0) {
            h.checked.insert(day);
            continue;
        }
        streaks::Paid &p = h.paid[day];
        p.points += rows.value().value(2).toLongLong();
        p.streakDays.insert(streakDay);
    }
    return h;
}

// The approved check-in campaign whose window covers the day (at most one: approval refuses overlaps).
Result<Campaign> campaignOn(Database &db, const QDate &day, const QString &storeCode)
{
    auto live = campaignawards::liveOn(db, day, true);
    if (!live)
        return live.error();
    for (const Campaign &c : live.value()) {
        if (c.type != CampaignType::Checkin)
            continue;
        if (!c.stores.isEmpty() && !c.stores.contains(storeCode))
            return makeError(ErrorCode::Conflict, say(QT_TRANSLATE_NOOP("pd::CheckinService", "The check-in campaign %1 does not run in store %2."))
                                                      .arg(c.name, storeCode),
                             QStringLiteral("store"));
        return c;
    }
    return makeError(ErrorCode::Conflict, say(QT_TRANSLATE_NOOP("pd::CheckinService", "No check-in campaign runs on %1.")).arg(day.toString(Qt::ISODate)),
                     QStringLiteral("for_date"));
}

// Which card a make-up check-in uses: a free one of this calendar month (counted from the
// check-in's own time), else one bought with points, else none — a refusal saying why.
Result<MakeupCard> cardFor(Database &db, const Campaign &c, qint64 memberId, qint64 balance, const QDate &today)
{
    const QDate month(today.year(), today.month(), 1);
    auto used = sql::scalar(db.connection(),
                            QStringLiteral("SELECT COUNT(*) FROM checkins WHERE campaign_id = ? AND member_id = ? AND card = 'free' "
                                           "AND business_time >= ? AND business_time < ?"),
                            {c.id, memberId, toStoredTime(points::startOfBusinessDay(month)), toStoredTime(points::startOfBusinessDay(month.addMonths(1)))});
    if (!used)
        return used.error();
    if (used.value().toLongLong() < c.checkin.makeupFreePerMonth)
        return MakeupCard::Free;
    if (c.checkin.makeupCostPoints <= 0)
        return makeError(ErrorCode::Conflict,
                         say(QT_TRANSLATE_NOOP("pd::CheckinService", "No make-up card is left this month (%1 free a month) and none are for sale."))
                             .arg(c.checkin.makeupFreePerMonth),
                         QStringLiteral("for_date"));
    if (balance < c.checkin.makeupCostPoints)
        return makeError(ErrorCode::Conflict,
                         say(QT_TRANSLATE_NOOP("pd::CheckinService", "A make-up card costs %1 points; the balance is %2."))
                             .arg(points::displayPoints(c.checkin.makeupCostPoints), points::displayPoints(balance)),
                         QStringLiteral("for_date"));
    return MakeupCard::Bought;
}

// The date asked for, checked against today and the make-up window.
Result<QDate> dateFor(const CheckinInput &in, const QDate &today)
{
    const QDate day = in.forDate.isValid() ? in.forDate : today;
    if (day > today)
        return makeError(ErrorCode::InvalidInput, say(QT_TRANSLATE_NOOP("pd::CheckinService", "%1 is still to come: a check-in is for today or a missed day."))
                                                      .arg(day.toString(Qt::ISODate)),
                         QStringLiteral("for_date"));
    return day;
}

Status checkMakeupWindow(const Campaign &c, const QDate &day, const QDate &today)
{
    if (day == today)
        return {};
    if (c.checkin.makeupWindowDays <= 0)
        return makeError(ErrorCode::Conflict, say(QT_TRANSLATE_NOOP("pd::CheckinService", "The check-in campaign %1 has no make-up check-ins.")).arg(c.name),
                         QStringLiteral("for_date"));
    if (day.daysTo(today) > c.checkin.makeupWindowDays)
        return makeError(ErrorCode::Conflict,
                         say(QT_TRANSLATE_NOOP("pd::CheckinService", "%1 is %2 days back: a missed day can be made up within %3 days."))
                             .arg(day.toString(Qt::ISODate))
                             .arg(day.daysTo(today))
                             .arg(c.checkin.makeupWindowDays),
                         QStringLiteral("for_date"));
    return {};
}

// The points paid after the campaign's caps: the day's points first, then the bonuses in date order.
void cutToRoom(CheckinOutcome &out, std::optional<qint64> room)
{
    if (!room)
        return;
    qint64 left = *room;
    out.dailyPoints = std::min(out.dailyPoints, left);
    left -= out.dailyPoints;
    QList<streaks::Bonus> paid;
    for (streaks::Bonus b : std::as_const(out.bonuses)) {
        b.points = std::min(b.points, left);
        left -= b.points;
        if (b.points > 0)
            paid << b;
    }
    out.bonuses = paid;
}

} // namespace

QString CheckinInput::canonical() const
{
    return QStringList{storeCode, checkinNo, cardNo, toStoredTime(time), forDate.toString(Qt::ISODate)}.join(QLatin1Char('|'));
}

qint64 CheckinOutcome::bonusPoints() const
{
    qint64 sum = 0;
    for (const streaks::Bonus &b : bonuses)
        sum += b.points;
    return sum;
}

QString makeupCardCode(MakeupCard card)
{
    switch (card) {
    case MakeupCard::Free: return QStringLiteral("free");
    case MakeupCard::Bought: return QStringLiteral("bought");
    case MakeupCard::None: break;
    }
    return QStringLiteral("none");
}

QString makeupCardName(MakeupCard card)
{
    switch (card) {
    case MakeupCard::Free: return say(QT_TRANSLATE_NOOP("pd::CheckinService", "free make-up card"));
    case MakeupCard::Bought: return say(QT_TRANSLATE_NOOP("pd::CheckinService", "bought make-up card"));
    case MakeupCard::None: break;
    }
    return say(QT_TRANSLATE_NOOP("pd::CheckinService", "on the day"));
}

QString checkinOutcomeText(const CheckinOutcome &out)
{
    if (out.alreadyDone)
        return say(QT_TRANSLATE_NOOP("pd::CheckinService", "Already checked in for %1: nothing changed.")).arg(out.date.toString(Qt::ISODate));
    QStringList lines;
    lines << say(QT_TRANSLATE_NOOP("pd::CheckinService", "Checked in for %1 (%2, %3): %4 points. Days in a row: %5."))
                 .arg(out.date.toString(Qt::ISODate), out.campaignName, makeupCardName(out.card), points::displayPoints(out.total()))
                 .arg(out.streakLength);
    for (const streaks::Bonus &b : out.bonuses)
        lines << say(QT_TRANSLATE_NOOP("pd::CheckinService", "Streak bonus for day %1 in a row (%2): +%3"))
                     .arg(b.streakDay)
                     .arg(b.date.toString(Qt::ISODate), points::displayPoints(b.points));
    if (out.cardPoints > 0)
        lines << say(QT_TRANSLATE_NOOP("pd::CheckinService", "Make-up card: −%1 points")).arg(points::displayPoints(out.cardPoints));
    lines << say(QT_TRANSLATE_NOOP("pd::CheckinService", "Balance: %1 points")).arg(points::displayPoints(out.balanceAfter));
    return lines.join(QLatin1Char('\n'));
}

Result<CheckinOutcome> CheckinService::post(const Session &session, const CheckinInput &input)
{
    return withConflictRetry(m_db, [&] { return postOnce(session, input); }, AfterLostCommit::RunAgain);
}

Result<CheckinOutcome> CheckinService::postOnce(const Session &session, const CheckinInput &input)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto rules = ProgrammeRules::load(m_db);
    if (!rules)
        return rules.error();
    auto out = postInTransaction(session, input, rules.value());
    if (!out || out->alreadyDone)
        return out; // a refusal or nothing written: the guard rolls back
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("checkin.post"), QStringLiteral("checkin"), QString::number(out->checkinId),
                                                  {{QStringLiteral("date"), out->date.toString(Qt::ISODate)},
                                                   {QStringLiteral("card"), makeupCardCode(out->card)},
                                                   {QStringLiteral("points"), out->total()}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return out;
}

Result<CheckinOutcome> CheckinService::postInTransaction(const Session &session, const CheckinInput &in, const ProgrammeRules &rules)
{
    if (Status s = session.require(Permission::ReceiptPost); !s)
        return s.error();
    if (in.checkinNo.size() > 64)
        return makeError(ErrorCode::InvalidInput, say(QT_TRANSLATE_NOOP("pd::CheckinService", "A check-in number has at most 64 characters.")),
                         QStringLiteral("checkin_no"));
    if (Status s = checkBusinessTime(in.time, m_clock); !s)
        return s.error();
    auto store = StoreService::storeId(m_db, in.storeCode);
    if (!store)
        return store.error();
    const QDate today = in.time.toTimeZone(programmeTimeZone()).date();
    auto day = dateFor(in, today);
    if (!day)
        return day.error();

    CheckinOutcome out;
    out.date = day.value();
    if (!in.checkinNo.trimmed().isEmpty()) {
        auto existing = findPostedDocument(m_db, QStringLiteral("checkins"), QStringLiteral("checkin_no"), store.value(), in.checkinNo, in.canonical(),
                                           say(QT_TRANSLATE_NOOP("pd::CheckinService", "The check-in %1 of store %2 was already posted with different content."))
                                               .arg(in.checkinNo, in.storeCode),
                                           {QStringLiteral("points")});
        if (!existing)
            return existing.error();
        if (existing->found) {
            out.checkinId = existing->id;
            out.dailyPoints = existing->values.at(0).toLongLong();
            out.alreadyDone = true;
            return out;
        }
    }

    Ledger ledger(m_db, m_clock);
    auto member = ledger.lockMemberByCard(in.cardNo);
    if (!member)
        return member.error();
    if (member->status != MemberStatus::Active)
        return makeError(ErrorCode::Conflict, say(QT_TRANSLATE_NOOP("pd::CheckinService", "The membership of card %1 is %2: it cannot check in."))
                                                  .arg(in.cardNo, memberStatusName(member->status)),
                         QStringLiteral("card_no"));
    auto campaign = campaignOn(m_db, out.date, in.storeCode);
    if (!campaign)
        return campaign.error();
    const Campaign &c = campaign.value();
    out.campaignCode = c.code;
    out.campaignName = c.name;
    auto read = historyOf(m_db, c.id, member->id);
    if (!read)
        return read.error();
    History history = read.value();
    if (history.checked.contains(out.date)) { // again on the same date: nothing to do
        out.alreadyDone = true;
        out.streakLength = streaks::runThrough(history.checked, out.date).length();
        out.streakDay = c.checkin.positionAt(streaks::lengthOn(history.checked, out.date));
        out.balanceAfter = member->balance;
        return out;
    }
    if (Status s = checkMakeupWindow(c, out.date, today); !s)
        return s.error();
    if (out.date != today) {
        auto card = cardFor(m_db, c, member->id, member->balance, today);
        if (!card)
            return card.error();
        out.card = card.value();
    }

    history.checked.insert(out.date);
    out.dailyPoints = c.checkin.dailyPoints;
    out.bonuses = streaks::bonusesDue(c.checkin, history.checked, out.date, history.paid);
    out.streakLength = streaks::runThrough(history.checked, out.date).length();
    out.streakDay = c.checkin.positionAt(streaks::lengthOn(history.checked, out.date));
    auto offers = campaignawards::offersFor(m_db, {c}, member->id, true);
    if (!offers)
        return offers.error();
    if (offers->isEmpty())
        return makeError(ErrorCode::Conflict, say(QT_TRANSLATE_NOOP("pd::CheckinService", "The check-in campaign %1 has just been cancelled.")).arg(c.name));
    cutToRoom(out, offers->constFirst().room);

    EntrySource source;
    source.businessTime = in.time.toUTC();
    source.storeId = store.value();
    source.operatorId = session.userId;
    source.reference = QStringLiteral("checkin:%1/%2").arg(in.storeCode, out.date.toString(Qt::ISODate));
    if (out.card == MakeupCard::Bought) {
        out.cardPoints = c.checkin.makeupCostPoints;
        source.breakdown = compact({{QStringLiteral("campaign_id"), c.id}, {QStringLiteral("campaign_code"), c.code},
                                    {QStringLiteral("makeup_card"), out.cardPoints}, {QStringLiteral("date"), out.date.toString(Qt::ISODate)}});
        if (auto e = ledger.spend(member.value(), out.cardPoints, EntryKind::Redeem, source); !e)
            return e.error();
    }
    auto row = sql::insertReturningId(m_db.connection(),
                                      QStringLiteral("INSERT INTO checkins (campaign_id, member_id, store_id, checkin_no, business_date, business_time, card, "
                                                     "card_points, points, bonus_points, content, posted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                      {c.id, member->id, store.value(), sql::textOrNull(in.checkinNo.trimmed()),
                                       out.date.toString(Qt::ISODate), toStoredTime(in.time), makeupCardCode(out.card), out.cardPoints, out.dailyPoints,
                                       out.bonusPoints(), in.canonical(), toStoredTime(m_clock.nowUtc())});
    if (!row)
        return row.error();
    out.checkinId = row.value();

    const QDateTime expires = rules.expiry.expiryFor(in.time);
    const auto award = [&](qint64 points, const QJsonObject &what) -> Result<qint64> {
        QJsonObject breakdown{{QStringLiteral("campaign_id"), c.id}, {QStringLiteral("campaign_code"), c.code}, {QStringLiteral("campaign_name"), c.name},
                              {QStringLiteral("date"), out.date.toString(Qt::ISODate)}};
        for (auto it = what.begin(); it != what.end(); ++it)
            breakdown.insert(it.key(), it.value());
        source.breakdown = compact(breakdown);
        auto entry = ledger.credit(member.value(), points, EntryKind::Checkin, source, expires);
        if (!entry)
            return entry.error();
        if (Status s = campaignawards::record(m_db, {c.id, member->id, std::nullopt, entry.value(), points, today}, m_clock.nowUtc()); !s)
            return s.error();
        return entry;
    };
    if (out.dailyPoints > 0) {
        if (auto e = award(out.dailyPoints, {{QStringLiteral("daily_points"), out.dailyPoints}}); !e)
            return e.error();
    }
    for (const streaks::Bonus &b : std::as_const(out.bonuses)) {
        auto entry = award(b.points, {{QStringLiteral("bonus_for"), b.date.toString(Qt::ISODate)},
                                      {QStringLiteral("streak_day"), b.streakDay},
                                      {QStringLiteral("streak_bonus"), b.points}});
        if (!entry)
            return entry.error();
        auto paid = sql::run(m_db.connection(),
                             QStringLiteral("INSERT INTO checkin_bonuses (checkin_id, campaign_id, member_id, business_date, streak_day, points, entry_id) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                             {out.checkinId, c.id, member->id, b.date.toString(Qt::ISODate), b.streakDay, b.points, entry.value()});
        if (!paid)
            return paid.error();
    }
    // a streak badge counts the check-in in the same transaction
    if (Status s = badgeawards::evaluate(m_db, m_clock, session, ledger, member.value(), out.date, store.value()); !s)
        return s.error();
    out.balanceAfter = member->balance;
    return out;
}

} // namespace pd

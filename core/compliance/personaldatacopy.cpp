#include "personaldatacopy.h"

#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pd::personaldata {

namespace {

enum class Kind { Text, Integer, Flag };

struct Field
{
    const char *name;
    Kind kind = Kind::Text;
};

QJsonValue valueOf(const QVariant &v, Kind kind)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (kind) {
    case Kind::Integer: return QJsonValue(v.toLongLong());
    case Kind::Flag: return QJsonValue(v.toLongLong() != 0);
    case Kind::Text: break;
    }
    return QJsonValue(v.toString());
}

// The rows a statement reads for one member, each an object with the fields named in order.
Result<QJsonArray> rowsOf(Database &db, const QString &statement, const QVariant &memberId, const QList<Field> &fields)
{
    auto q = sql::run(db.connection(), statement, {memberId});
    if (!q)
        return q.error();
    QJsonArray out;
    while (q.value().next()) {
        QJsonObject row;
        for (int i = 0; i < fields.size(); ++i)
            row.insert(QLatin1String(fields.at(i).name), valueOf(q.value().value(i), fields.at(i).kind));
        out.append(row);
    }
    return out;
}

// Consent as given at registration and every change since, from the member's own trail:
// the trail keeps which field changed, never a value, so an edit that changed consent flips it.
QJsonArray consentHistory(const QJsonArray &trail)
{
    QJsonArray out;
    bool given = false;
    for (const QJsonValue &v : trail) {
        const QJsonObject r = v.toObject();
        const QString action = r.value(QLatin1String("action")).toString();
        const QJsonObject details = QJsonDocument::fromJson(r.value(QLatin1String("details")).toString().toUtf8()).object();
        if (action == QLatin1String("member.register"))
            given = details.value(QLatin1String("marketing_consent")).toBool();
        else if (action == QLatin1String("member.consent"))
            given = details.value(QLatin1String("marketing")).toBool();
        else if (action == QLatin1String("member.update") && details.value(QLatin1String("changed")).toArray().contains(QLatin1String("marketing_consent")))
            given = !given;
        else if (action == QLatin1String("member.erase"))
            given = false;
        else
            continue;
        out.append(QJsonObject{{QStringLiteral("at"), r.value(QLatin1String("at"))},
                               {QStringLiteral("marketing"), given},
                               {QStringLiteral("by"), r.value(QLatin1String("by"))}});
    }
    return out;
}

} // namespace

Result<QJsonObject> memberCopy(Database &db, qint64 memberId, const QDateTime &now, const QString &exportedBy)
{
    auto profiles = rowsOf(db,
                           QStringLiteral("SELECT m.card_no, m.name, m.mobile, m.email, m.joined_on, s.code, s.name, m.tier, m.credit, "
                                          "m.status, m.marketing_consent, m.balance, m.debt, m.created_at, m.erased_at "
                                          "FROM members m JOIN stores s ON s.id = m.store_id WHERE m.id = ?"),
                           memberId,
                           {{"card_no"}, {"name"}, {"mobile"}, {"email"}, {"joined_on"}, {"store"}, {"store_name"}, {"tier"},
                            {"credit"}, {"status"}, {"marketing_consent", Kind::Flag}, {"balance", Kind::Integer},
                            {"debt", Kind::Integer}, {"registered_at"}, {"erased_at"}});
    if (!profiles)
        return profiles.error();
    if (profiles->isEmpty())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::PersonalDataService", "There is no such member."));

    struct Section
    {
        const char *name;
        QString statement;
        QList<Field> fields;
    };
    const QList<Section> sections = {
        {"receipts",
         QStringLiteral("SELECT r.receipt_no, s.code, r.business_time, r.scenario, r.amount, r.green_amount, r.points_used, "
                        "r.points, r.green_points, r.returned_amount, r.clawed_back "
                        "FROM receipts r JOIN stores s ON s.id = r.store_id WHERE r.member_id = ? ORDER BY r.business_time, r.id"),
         {{"receipt_no"}, {"store"}, {"time"}, {"scenario"}, {"amount_fen", Kind::Integer}, {"green_amount_fen", Kind::Integer},
          {"points_used", Kind::Integer}, {"points", Kind::Integer}, {"green_points", Kind::Integer},
          {"returned_amount_fen", Kind::Integer}, {"clawed_back", Kind::Integer}}},
        {"returns",
         QStringLiteral("SELECT t.return_no, s.code, r.receipt_no, t.business_time, t.amount, t.clawback "
                        "FROM returns t JOIN stores s ON s.id = t.store_id JOIN receipts r ON r.id = t.receipt_id "
                        "WHERE t.member_id = ? ORDER BY t.business_time, t.id"),
         {{"return_no"}, {"store"}, {"receipt_no"}, {"time"}, {"amount_fen", Kind::Integer}, {"clawback", Kind::Integer}}},
        {"ledger",
         QStringLiteral("SELECT e.id, e.kind, e.business_time, e.posted_at, e.delta, s.code, e.reference "
                        "FROM ledger_entries e LEFT JOIN stores s ON s.id = e.store_id WHERE e.member_id = ? ORDER BY e.id"),
         {{"entry", Kind::Integer}, {"kind"}, {"time"}, {"posted_at"}, {"points", Kind::Integer}, {"store"}, {"reference"}}},
        {"redemptions",
         QStringLiteral("SELECT r.redemption_no, s.code, i.code, i.name, r.quantity, r.points, r.cash_fen, r.cancelled_qty, "
                        "r.refunded_points, r.business_time FROM redemptions r JOIN stores s ON s.id = r.store_id "
                        "JOIN catalog_items i ON i.id = r.item_id WHERE r.member_id = ? ORDER BY r.business_time, r.id"),
         {{"redemption_no"}, {"store"}, {"item"}, {"item_name"}, {"quantity", Kind::Integer}, {"points", Kind::Integer},
          {"cash_fen", Kind::Integer}, {"cancelled_quantity", Kind::Integer}, {"refunded_points", Kind::Integer}, {"time"}}},
        {"checkins",
         QStringLiteral("SELECT c.business_date, c.business_time, s.code, cp.code, c.card, c.card_points, c.points, c.bonus_points "
                        "FROM checkins c JOIN stores s ON s.id = c.store_id JOIN campaigns cp ON cp.id = c.campaign_id "
                        "WHERE c.member_id = ? ORDER BY c.business_date"),
         {{"date"}, {"time"}, {"store"}, {"campaign"}, {"makeup_card"}, {"card_points", Kind::Integer}, {"points", Kind::Integer},
          {"bonus_points", Kind::Integer}}},
        {"tier_moves",
         QStringLiteral("SELECT business_date, from_tier, to_tier FROM tier_moves WHERE member_id = ? ORDER BY business_date, id"),
         {{"date"}, {"from"}, {"to"}}},
        {"badges",
         QStringLiteral("SELECT cp.code, h.badge_code, h.since FROM badge_holdings h JOIN campaigns cp ON cp.id = h.campaign_id "
                        "WHERE h.member_id = ? ORDER BY cp.code, h.badge_code"),
         {{"campaign"}, {"badge"}, {"since"}}},
        {"badge_collections",
         QStringLiteral("SELECT cp.code, b.completed_at, b.reward_points, i.code, b.prize_collected_at FROM badge_completions b "
                        "JOIN campaigns cp ON cp.id = b.campaign_id LEFT JOIN catalog_items i ON i.id = b.prize_item_id "
                        "WHERE b.member_id = ? ORDER BY b.completed_at"),
         {{"campaign"}, {"completed_at"}, {"reward_points", Kind::Integer}, {"prize_item"}, {"prize_collected_at"}}},
        {"requests",
         QStringLiteral("SELECT kind, requester, received_on, status, handled_on, note FROM personal_data_requests "
                        "WHERE member_id = ? ORDER BY id"),
         {{"kind"}, {"requester"}, {"received_on"}, {"status"}, {"handled_on"}, {"note"}}},
    };

    QJsonObject profile = profiles->first().toObject();
    QJsonObject copy{{QStringLiteral("format"), QStringLiteral("pointsdesk.member-data")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("exported_at"), toStoredTime(now)},
                     {QStringLiteral("exported_by"), exportedBy}};
    for (const Section &section : sections) {
        auto rows = rowsOf(db, section.statement, memberId, section.fields);
        if (!rows)
            return rows.error();
        copy.insert(QLatin1String(section.name), rows.value());
    }

    // The member's own trail: consents and who saw the full mobile number, when.
    auto trail = rowsOf(db,
                        QStringLiteral("SELECT at, action, actor_name, details FROM audit_log WHERE entity = 'member' AND entity_id = ? "
                                       "AND action IN ('member.register', 'member.consent', 'member.update', 'member.erase', "
                                       "'member.reveal_mobile') ORDER BY seq"),
                        QString::number(memberId), {{"at"}, {"action"}, {"by"}, {"details"}});
    if (!trail)
        return trail.error();
    QJsonArray reveals;
    for (const QJsonValue &v : trail.value()) {
        const QJsonObject r = v.toObject();
        if (r.value(QLatin1String("action")).toString() == QLatin1String("member.reveal_mobile"))
            reveals.append(QJsonObject{{QStringLiteral("at"), r.value(QLatin1String("at"))}, {QStringLiteral("by"), r.value(QLatin1String("by"))}});
    }
    copy.insert(QStringLiteral("profile"), profile);
    copy.insert(QStringLiteral("consents"), QJsonObject{{QStringLiteral("marketing"), profile.value(QLatin1String("marketing_consent"))},
                                                        {QStringLiteral("history"), consentHistory(trail.value())}});
    copy.insert(QStringLiteral("mobile_reveals"), reveals);
    return copy;
}

} // namespace pd::personaldata

#include "statement.h"

#include "core/rules/publishedrules.h"

#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/ledger/entrykind.h"
#include "core/pointsmath.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace pd {

qint64 Statement::earned() const
{
    qint64 sum = green;
    for (const auto &p : earnedByScenario)
        sum += p.second;
    return sum;
}

namespace {

// The member's name, tier and debt into the statement; the member's id.
Result<qint64> readMember(const QSqlDatabase &c, const QString &cardNo, Statement &st)
{
    auto member = sql::run(c, QStringLiteral("SELECT m.id, m.name, m.tier, m.debt, COALESCE(t.perks, '') FROM members m "
                                             "LEFT JOIN tiers t ON t.code = m.tier WHERE m.card_no = ?"),
                           {cardNo});
    if (!member)
        return member.error();
    if (!member.value().next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::Statement", "There is no member with the card %1.").arg(cardNo), QStringLiteral("card_no"));
    const qint64 memberId = member.value().value(0).toLongLong();
    st.cardNo = cardNo;
    st.name = member.value().value(1).toString();
    st.tierCode = member.value().value(2).toString();
    st.debt = member.value().value(3).toLongLong();
    st.tierPerks = member.value().value(4).toString();
    member.value().finish();
    return memberId;
}

// Opening balance, the month's movements by kind (earning by scenario), closing balance.
Status addMovements(const QSqlDatabase &c, qint64 memberId, const QString &start, const QString &end, Statement &st)
{
    auto opening = sql::scalar(c, QStringLiteral("SELECT COALESCE(SUM(delta), 0) FROM ledger_entries WHERE member_id = ? AND business_time < ?"),
                               {memberId, start});
    if (!opening)
        return opening.error();
    st.opening = opening.value().toLongLong();

    auto entries = sql::run(c, QStringLiteral("SELECT kind, delta, breakdown FROM ledger_entries WHERE member_id = ? AND business_time >= ? "
                                              "AND business_time < ? ORDER BY id"),
                            {memberId, start, end});
    if (!entries)
        return entries.error();
    QMap<QString, qint64> byScenario;
    qint64 net = 0;
    while (entries.value().next()) {
        const std::optional<EntryKind> kind = entryKindFromStored(entries.value().value(0).toString());
        const qint64 delta = entries.value().value(1).toLongLong();
        net += delta;
        if (kind == EntryKind::Earn) {
            const QJsonObject b = QJsonDocument::fromJson(entries.value().value(2).toString().toUtf8()).object();
            byScenario[b.value(QStringLiteral("rate_code")).toString()] += delta;
        } else if (kind == EntryKind::Green) {
            st.green += delta;
        } else if (kind == EntryKind::Deduct || kind == EntryKind::Redeem) {
            st.used -= delta;
        } else if (kind == EntryKind::Donate) {
            st.donated -= delta;
        } else if (kind == EntryKind::Expire) {
            st.expired -= delta;
        } else if (kind == EntryKind::Clawback) {
            st.clawedBack -= delta;
        } else if (delta > 0) {
            st.otherCredits += delta;
        } else {
            st.otherDebits -= delta;
        }
    }
    for (auto it = byScenario.cbegin(); it != byScenario.cend(); ++it)
        st.earnedByScenario << qMakePair(it.key(), it.value());
    auto names = sql::run(c, QStringLiteral("SELECT code, name FROM earning_rates WHERE name IS NOT NULL"));
    if (!names)
        return names.error();
    while (names.value().next())
        if (byScenario.contains(names->value(0).toString()))
            st.scenarioOwnNames.insert(names->value(0).toString(), names->value(1).toString());
    std::sort(st.earnedByScenario.begin(), st.earnedByScenario.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    st.closing = st.opening + net;
    return {};
}

// Points that expire in the three months after the statement's month, by last usable day.
Status addExpiringSoon(const QSqlDatabase &c, qint64 memberId, const QString &end, Statement &st)
{
    auto soon = sql::run(c, QStringLiteral("SELECT expires_at, SUM(remaining) FROM lots WHERE member_id = ? AND remaining > 0 "
                                           "AND expires_at > ? AND expires_at <= ? GROUP BY expires_at ORDER BY expires_at"),
                         {memberId, end, toStoredTime(points::startOfBusinessDay(st.month.addMonths(4)))});
    if (!soon)
        return soon.error();
    while (soon.value().next()) {
        // the last day on which the points can still be used
        const QDate lastDay = fromStoredTime(soon.value().value(0).toString()).toTimeZone(programmeTimeZone()).date().addDays(-1);
        st.expiringSoon << qMakePair(lastDay, soon.value().value(1).toLongLong());
    }
    return {};
}

// What the points became this month, by name: "杯子 × 2".
Result<QStringList> redeemedItems(const QSqlDatabase &c, qint64 memberId, const QString &start, const QString &end)
{
    auto redeemed = sql::run(c, QStringLiteral("SELECT i.name, SUM(r.quantity - r.cancelled_qty) FROM redemptions r "
                                               "JOIN catalog_items i ON i.id = r.item_id WHERE r.member_id = ? AND r.business_time >= ? "
                                               "AND r.business_time < ? GROUP BY i.name HAVING SUM(r.quantity - r.cancelled_qty) > 0 "
                                               "ORDER BY MIN(r.business_time)"),
                             {memberId, start, end});
    if (!redeemed)
        return redeemed.error();
    QStringList items;
    while (redeemed.value().next())
        items << QCoreApplication::translate("pd::Statement", "%1 × %2").arg(redeemed.value().value(0).toString()).arg(redeemed.value().value(1).toLongLong());
    return items;
}

// "This month you redeemed …" (DESIGN §2), then donations and the nearest expiry.
QString friendlyLine(const Statement &st, const QStringList &items)
{
    const qint64 earned = st.earned();
    QStringList lines;
    if (!items.isEmpty())
        lines << QCoreApplication::translate("pd::Statement", "This month you redeemed %1.")
                     .arg(items.join(QCoreApplication::translate("pd::Statement", ", ")));
    else if (st.used + st.donated > 0)
        lines << QCoreApplication::translate("pd::Statement", "This month you used %1 points — thank you for shopping with us.").arg(st.used + st.donated);
    else if (earned > 0)
        lines << QCoreApplication::translate("pd::Statement", "This month you earned %1 points.").arg(earned);
    else
        lines << QCoreApplication::translate("pd::Statement", "No points moved this month.");
    if (st.donated > 0)
        lines << QCoreApplication::translate("pd::Statement", "You gave %1 points to charity.").arg(st.donated);
    if (!st.expiringSoon.isEmpty())
        lines << QCoreApplication::translate("pd::Statement", "%1 points expire on %2: redeem them in time.")
                     .arg(st.expiringSoon.constFirst().second)
                     .arg(st.expiringSoon.constFirst().first.toString(Qt::ISODate));
    return lines.join(QLatin1Char(' '));
}

} // namespace

Result<Statement> buildStatement(Database &db, const Session &session, const QString &cardNo, const QDate &monthAny)
{
    if (Status s = session.require(Permission::MemberRead); !s)
        return s.error();
    const QSqlDatabase c = db.connection();
    Statement st;
    st.month = QDate(monthAny.year(), monthAny.month(), 1);
    auto memberId = readMember(c, cardNo, st);
    if (!memberId)
        return memberId.error();
    const QString start = toStoredTime(points::startOfBusinessDay(st.month));
    const QString end = toStoredTime(points::startOfBusinessDay(st.month.addMonths(1)));
    if (Status s = addMovements(c, memberId.value(), start, end, st); !s)
        return s.error();
    if (Status s = addExpiringSoon(c, memberId.value(), end, st); !s)
        return s.error();
    auto items = redeemedItems(c, memberId.value(), start, end);
    if (!items)
        return items.error();
    st.friendlyLine = friendlyLine(st, items.value());
    auto rules = publishedRulesInForce(db, st.month.addMonths(1).addDays(-1));
    if (!rules)
        return rules.error();
    if (rules.value()) {
        st.rulesVersion = rules.value()->version;
        st.rulesEffective = rules.value()->effectiveFrom;
    }
    return st;
}

} // namespace pd

namespace pd {

Result<QList<Statement>> buildStoreStatements(Database &db, const Session &session, const QString &storeCode, const QDate &month)
{
    if (Status s = session.require(Permission::MemberRead); !s)
        return s.error();
    auto cards = sql::run(db.connection(), QStringLiteral("SELECT m.card_no FROM members m JOIN stores s ON s.id = m.store_id "
                                                          "WHERE s.code = ? AND m.status <> 'closed' ORDER BY m.card_no"),
                          {storeCode});
    if (!cards)
        return cards.error();
    QStringList list;
    while (cards.value().next())
        list << cards.value().value(0).toString();
    cards.value().finish();
    if (list.isEmpty())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::Statement", "Store %1 has no members.").arg(storeCode),
                         QStringLiteral("store"));
    QList<Statement> statements;
    for (const QString &card : std::as_const(list)) {
        auto st = buildStatement(db, session, card, month);
        if (!st)
            return st.error();
        statements << st.value();
    }
    return statements;
}

} // namespace pd

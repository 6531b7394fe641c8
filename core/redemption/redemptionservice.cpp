#include "redemptionservice.h"

#include "core/audit/auditlog.h"
#include "core/access/session.h"
#include "core/catalog/catalogservice.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/retry.h"
#include "core/db/transaction.h"
#include "core/ledger/dailymix.h"
#include "core/ledger/ledger.h"
#include "core/ledger/numbereddocument.h"
#include "core/pointsmath.h"
#include "core/rules/programmerules.h"
#include "core/receipts/receiptservice.h"
#include "core/campaigns/campaignawards.h"
#include "core/redemption/redemptionterms.h"
#include "core/stores/storeservice.h"

#include <QRandomGenerator>

namespace pd {

QString RedemptionInput::canonical() const
{
    return QStringList{storeCode, redemptionNo, cardNo, itemCode, QString::number(quantity)}.join(QLatin1Char('|'));
}

QString RedemptionService::newNumber(const Clock &clock)
{
    const QString when = clock.nowUtc().toTimeZone(programmeTimeZone()).toString(QStringLiteral("yyMMddHHmmss"));
    return QStringLiteral("R%1-%2").arg(when).arg(QRandomGenerator::system()->bounded(10000), 4, 10, QLatin1Char('0'));
}

Result<RedemptionOutcome> RedemptionService::quote(const Session &session, const RedemptionInput &input)
{
    return run(session, input, false);
}

Result<RedemptionOutcome> RedemptionService::redeem(const Session &session, const RedemptionInput &input)
{
    return withConflictRetry(m_db, [&] { return redeemOnce(session, input); }, AfterLostCommit::RunAgain);
}

Result<RedemptionOutcome> RedemptionService::redeemOnce(const Session &session, const RedemptionInput &input)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto outcome = run(session, input, true);
    if (!outcome || outcome->alreadyPosted)
        return outcome; // nothing written; the guard rolls back
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("redeem.post"), QStringLiteral("redemption"),
                                                  QString::number(outcome->redemptionId),
                                                  {{QStringLiteral("item"), input.itemCode},
                                                   {QStringLiteral("quantity"), outcome->quantity},
                                                   {QStringLiteral("points"), outcome->points},
                                                   {QStringLiteral("cash_fen"), outcome->cashFen}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return outcome;
}

Status RedemptionService::checkInput(const Session &session, const RedemptionInput &in, const Clock &clock)
{
    if (Status s = session.require(Permission::Redeem); !s)
        return s;
    if (in.redemptionNo.trimmed().isEmpty() || in.redemptionNo.size() > 64)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::RedemptionService", "A redemption number has 1 to 64 characters."), QStringLiteral("number"));
    if (in.quantity < 1 || in.quantity > kMaxQuantity)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::RedemptionService", "The quantity is a whole number from 1 to 1,000."), QStringLiteral("quantity"));
    return checkBusinessTime(in.businessTime, clock);
}

Result<std::optional<RedemptionOutcome>> RedemptionService::alreadyMade(qint64 storeId, const RedemptionInput &in) const
{
    auto existing = findPostedDocument(m_db, QStringLiteral("redemptions"), QStringLiteral("redemption_no"), storeId, in.redemptionNo,
                                       in.canonical(),
                                       QCoreApplication::translate("pd::RedemptionService", "The redemption %1 of store %2 was already made for something else.").arg(in.redemptionNo, in.storeCode),
                                       {QStringLiteral("quantity"), QStringLiteral("unit_points"), QStringLiteral("points"),
                                        QStringLiteral("cash_fen")});
    if (!existing)
        return existing.error();
    if (!existing->found)
        return std::optional<RedemptionOutcome>();
    RedemptionOutcome same;
    same.redemptionId = existing->id;
    same.quantity = existing->values.at(0).toInt();
    same.unitPoints = existing->values.at(1).toLongLong();
    same.points = existing->values.at(2).toLongLong();
    same.cashFen = existing->values.at(3).toLongLong();
    same.alreadyPosted = true;
    return std::optional<RedemptionOutcome>(same);
}

Result<qint64> RedemptionService::unitsKeptInLimitPeriod(qint64 memberId, const CatalogItem &item, const QDate &day) const
{
    if (!item.limitQty)
        return qint64(0);
    const auto [from, to] = limitPeriodAround(item.limitPeriod, day);
    auto taken = sql::scalar(m_db.connection(),
                             QStringLiteral("SELECT COALESCE(SUM(quantity - cancelled_qty), 0) FROM redemptions WHERE member_id = ? "
                                            "AND item_id = ? AND business_time >= ? AND business_time < ?"),
                             {memberId, item.id, toStoredTime(from), toStoredTime(to)});
    if (!taken)
        return taken.error();
    return taken.value().toLongLong();
}

Result<std::optional<qint64>> RedemptionService::takeStock(const CatalogItem &item, int quantity)
{
    if (!item.stock)
        return std::optional<qint64>(); // unlimited
    // The guard: another desk may have taken the stock since we read it (PostgreSQL); the
    // update re-checks under the row lock and the loser is told it is out of stock.
    auto take = sql::run(m_db.connection(), QStringLiteral("UPDATE catalog_items SET stock = stock - ? WHERE id = ? AND stock >= ? RETURNING stock"),
                         {quantity, item.id, quantity});
    if (!take)
        return take.error();
    if (!take.value().next()) {
        auto left = sql::scalar(m_db.connection(), QStringLiteral("SELECT stock FROM catalog_items WHERE id = ?"), {item.id});
        return outOfStock(item.name, left ? left.value().toLongLong() : 0);
    }
    const qint64 after = take.value().value(0).toLongLong();
    take.value().finish();
    return std::optional<qint64>(after);
}

Result<RedemptionOutcome> RedemptionService::run(const Session &session, const RedemptionInput &in, bool write)
{
    if (Status s = checkInput(session, in, m_clock); !s)
        return s.error();
    auto store = StoreService::storeId(m_db, in.storeCode);
    if (!store)
        return store.error();
    auto existing = alreadyMade(store.value(), in);
    if (!existing)
        return existing.error();
    if (existing.value())
        return *existing.value();

    Ledger ledger(m_db, m_clock);
    auto member = write ? ledger.lockMemberByCard(in.cardNo) : ledger.readMemberByCard(in.cardNo);
    if (!member)
        return member.error();
    if (member->status != MemberStatus::Active)
        return redemptionRefusal(QCoreApplication::translate("pd::RedemptionService", "The membership of card %1 is %2: it cannot use points.").arg(in.cardNo, memberStatusName(member->status)), "card_no");
    auto item = CatalogService(m_db, m_clock).item(session, in.itemCode);
    if (!item)
        return item.error();
    const QDate day = in.businessTime.toTimeZone(programmeTimeZone()).date();
    auto rules = ProgrammeRules::load(m_db);
    if (!rules)
        return rules.error();
    // what the member kept of this item in its limit period: the one thing the terms read
    auto kept = unitsKeptInLimitPeriod(member->id, item.value(), day);
    if (!kept)
        return kept.error();
    auto live = campaignawards::liveOn(m_db, day, false);
    if (!live)
        return live.error();
    const std::optional<Campaign> sale = saleOf(live.value(), item->code, day);
    auto terms = redemptionTerms(item.value(), rules.value(), MemberAtRedemption{member->tier, member->credit, member->balance, kept.value()},
                                 in.quantity, day, sale ? &*sale : nullptr);
    if (!terms)
        return terms.error();

    RedemptionOutcome out;
    out.itemName = item->name;
    out.quantity = in.quantity;
    out.listPrice = terms->listPrice;
    out.unitPoints = terms->unitPoints;
    out.creditPrice = terms->creditPrice;
    out.regularPrice = terms->regularPrice;
    out.saleName = terms->saleName;
    out.points = terms->points;
    out.cashFen = terms->cashFen;
    out.balanceBefore = member->balance;
    out.balanceAfter = out.balanceBefore - out.points;
    if (item->stock)
        out.stockAfter = *item->stock - in.quantity;
    if (!write)
        return out;

    auto stockAfter = takeStock(item.value(), in.quantity);
    if (!stockAfter)
        return stockAfter.error();
    if (stockAfter.value())
        out.stockAfter = *stockAfter.value();
    EntrySource source;
    source.businessTime = in.businessTime.toUTC();
    source.storeId = store.value();
    source.operatorId = session.userId;
    source.reference = Ledger::reference(QStringLiteral("redemption"), in.storeCode, in.redemptionNo);
    auto entry = ledger.spend(member.value(), out.points, EntryKind::Redeem, source);
    if (!entry)
        return entry.error();
    auto ins = sql::insertReturningId(m_db.connection(),
                        QStringLiteral("INSERT INTO redemptions (store_id, redemption_no, member_id, item_id, quantity, unit_points, points, "
                                       "cash_fen, entry_id, business_time, content, posted_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                        {store.value(), in.redemptionNo, member->id, item->id, in.quantity, out.unitPoints, out.points, out.cashFen,
                         entry.value(), toStoredTime(in.businessTime), in.canonical(), toStoredTime(m_clock.nowUtc())});
    if (!ins)
        return ins.error();
    out.redemptionId = ins.value();
    dailymix::noteRedemption(m_db, in.businessTime.toUTC(), store.value(), item->id, in.quantity, out.points);
    out.balanceAfter = member->balance;
    return out;
}

} // namespace pd

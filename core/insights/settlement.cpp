#include "settlement.h"

#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/insights/dashboard.h"
#include "core/rules/scenarios.h"
#include "core/ledger/entrykind.h"
#include "core/pointsmath.h"
#include "core/rules/programmerules.h"
#include "core/settings/programmesettings.h"

#include <QCoreApplication>
#include <QMap>

namespace pd::insights {

namespace {

// Partner codes are stored NULL for none; older rows may hold an empty text.
const QString kIsPartner = QStringLiteral("partner_code IS NOT NULL AND partner_code <> ''");

Status readPartners(Database &db, const QString &only, QMap<QString, PartnerSettlement> &partners)
{
    auto stores = sql::run(db.connection(), QStringLiteral("SELECT partner_code, code, name FROM stores WHERE ") + kIsPartner
                                                + QStringLiteral(" ORDER BY code"));
    if (!stores)
        return stores.error();
    while (stores.value().next()) {
        const QSqlQuery &q = stores.value();
        partners[q.value(0).toString()].storeNames << q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString();
    }
    // a partner may have items but, in this month, no store of its own yet
    auto items = sql::run(db.connection(), QStringLiteral("SELECT DISTINCT partner_code FROM catalog_items WHERE ") + kIsPartner);
    if (!items)
        return items.error();
    while (items.value().next())
        partners[items.value().value(0).toString()];
    auto named = scenarios::partners(db);
    if (!named)
        return named.error();
    for (auto it = partners.begin(); it != partners.end(); ++it) {
        it->partnerCode = it.key();
        it->partnerName = scenarios::nameIn(named.value(), QStringLiteral("partner:") + it.key());
    }
    if (!only.isEmpty()) {
        if (!partners.contains(only))
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::Insights", "There is no partner merchant %1.").arg(only),
                             QStringLiteral("partner"));
        const PartnerSettlement one = partners.value(only);
        partners.clear();
        partners.insert(only, one);
    }
    return {};
}

// What the partners' stores gave and took, from the daily totals by store.
Status readStoreFlows(Database &db, const QDate &first, const QDate &last, QMap<QString, PartnerSettlement> &partners)
{
    auto rows = sql::run(db.connection(),
                         QStringLiteral("SELECT s.partner_code, d.kind, SUM(d.issued), SUM(d.used) FROM points_daily d "
                                        "JOIN stores s ON s.id = d.store_id WHERE d.day >= ? AND d.day <= ? AND s.")
                             + kIsPartner + QStringLiteral(" GROUP BY s.partner_code, d.kind"),
                         {first.toString(Qt::ISODate), last.toString(Qt::ISODate)});
    if (!rows)
        return rows.error();
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        auto it = partners.find(q.value(0).toString());
        if (it == partners.end())
            continue; // another partner than the one asked for
        const QString kind = q.value(1).toString();
        const qint64 issued = q.value(2).toLongLong(), used = q.value(3).toLongLong();
        if (kind == storedName(EntryKind::Deduct))
            it->paidAtTill += used;
        else if (dailyCount(kind) == DailyCount::ClawedBack)
            it->clawedBack += used;
        else if (dailyCount(kind) == DailyCount::IssuedAndUsed)
            it->issued += issued; // an adjustment is the chain's own decision, a refund is counted below
    }
    return {};
}

// Runs a statement giving (partner code, units, points) and adds each row to that partner's
// `units` and `points`.
Status addPerPartner(Database &db, const QString &statement, const QVariantList &bound, QMap<QString, PartnerSettlement> &partners,
                     qint64 PartnerSettlement::*units, qint64 PartnerSettlement::*points)
{
    auto rows = sql::run(db.connection(), statement, bound);
    if (!rows)
        return rows.error();
    while (rows.value().next()) {
        auto it = partners.find(rows.value().value(0).toString());
        if (it == partners.end())
            continue; // another partner than the one asked for
        (*it).*units += rows.value().value(1).toLongLong();
        (*it).*points += rows.value().value(2).toLongLong();
    }
    return {};
}

// The partners' items redeemed in the month, and cancellations made in the month.
Status readRedemptions(Database &db, const QDate &first, const QDate &last, QMap<QString, PartnerSettlement> &partners)
{
    const QVariantList range{toStoredTime(points::startOfBusinessDay(first)), toStoredTime(points::startOfBusinessDay(last.addDays(1)))};
    if (Status s = addPerPartner(db,
                                 QStringLiteral("SELECT i.partner_code, SUM(r.quantity), SUM(r.points) FROM redemptions r "
                                                "JOIN catalog_items i ON i.id = r.item_id WHERE r.business_time >= ? AND r.business_time < ? "
                                                "AND i.")
                                     + kIsPartner + QStringLiteral(" GROUP BY i.partner_code"),
                                 range, partners, &PartnerSettlement::redeemedUnits, &PartnerSettlement::redeemedPoints);
        !s)
        return s;
    return addPerPartner(db,
                         QStringLiteral("SELECT i.partner_code, SUM(c.quantity), SUM(c.points) FROM redemption_cancellations c "
                                        "JOIN redemptions r ON r.id = c.redemption_id JOIN catalog_items i ON i.id = r.item_id "
                                        "WHERE c.posted_at >= ? AND c.posted_at < ? AND i.")
                             + kIsPartner + QStringLiteral(" GROUP BY i.partner_code"),
                         range, partners, &PartnerSettlement::cancelledUnits, &PartnerSettlement::cancelledPoints);
}

} // namespace

Result<Settlement> settlement(Database &db, const Session &session, const QDate &month, const QString &partnerCode)
{
    if (Status s = session.require(Permission::ProgrammeFigures); !s)
        return s.error();
    if (!month.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Insights", "Choose the month to settle."), QStringLiteral("month"));
    Settlement out;
    out.month = QDate(month.year(), month.month(), 1);
    const QDate last = out.month.addMonths(1).addDays(-1);
    // one snapshot: a redemption posted while reading is in every figure or in none
    ReadSnapshot snapshot(db);
    if (Status s = snapshot.begin(); !s)
        return s.error();
    auto rules = ProgrammeRules::load(db);
    if (!rules)
        return rules.error();
    out.pointValueFen = rules->pointValueFen;
    auto name = programmesettings::value(db, QStringLiteral("programme.name"));
    if (!name)
        return name.error();
    out.chainName = name->isEmpty() ? QCoreApplication::translate("pd::Insights", "The points programme") : name.value();
    QMap<QString, PartnerSettlement> partners;
    for (Status s : {readPartners(db, partnerCode, partners), readStoreFlows(db, out.month, last, partners),
                     readRedemptions(db, out.month, last, partners)}) {
        if (!s)
            return s.error();
    }
    for (PartnerSettlement &p : partners) {
        const auto fen = valueFen(qAbs(p.netPoints()), out.pointValueFen);
        if (!fen)
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Insights", "The settlement of %1 is too large to value.").arg(p.partnerCode));
        p.valueFen = *fen;
        out.partners << p;
    }
    return out;
}

QString settlementDirection(const PartnerSettlement &partner)
{
    const qint64 net = partner.netPoints();
    if (net > 0)
        return QCoreApplication::translate("pd::Insights", "%1 pays the chain ¥%2").arg(partner.partnerName, points::formatYuan(partner.valueFen));
    if (net < 0)
        return QCoreApplication::translate("pd::Insights", "The chain pays %1 ¥%2").arg(partner.partnerName, points::formatYuan(partner.valueFen));
    return QCoreApplication::translate("pd::Insights", "Nothing is owed");
}

QList<QStringList> settlementTable(const Settlement &settlement)
{
    QList<QStringList> rows;
    rows << QStringList{QStringLiteral("month"),           QStringLiteral("partner"),          QStringLiteral("name"),
                        QStringLiteral("issued"),          QStringLiteral("clawed_back"),      QStringLiteral("paid_at_till"),
                        QStringLiteral("redeemed_units"),  QStringLiteral("redeemed_points"),  QStringLiteral("cancelled_units"),
                        QStringLiteral("cancelled_points"), QStringLiteral("net_points"),      QStringLiteral("point_value_fen"),
                        QStringLiteral("owed_yuan"),       QStringLiteral("owed_by")};
    const QString month = settlement.month.toString(QStringLiteral("yyyy-MM"));
    for (const PartnerSettlement &p : settlement.partners) {
        const qint64 net = p.netPoints();
        rows << QStringList{month,
                            p.partnerCode,
                            p.partnerName,
                            QString::number(p.issued),
                            QString::number(p.clawedBack),
                            QString::number(p.paidAtTill),
                            QString::number(p.redeemedUnits),
                            QString::number(p.redeemedPoints),
                            QString::number(p.cancelledUnits),
                            QString::number(p.cancelledPoints),
                            QString::number(net),
                            QString::number(settlement.pointValueFen),
                            points::formatYuan(p.valueFen),
                            net > 0 ? QStringLiteral("partner") : net < 0 ? QStringLiteral("chain") : QString()};
    }
    return rows;
}

} // namespace pd::insights

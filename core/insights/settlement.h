#pragma once

#include "core/access/session.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

class Database;

// One partner merchant's month (DESIGN §10): the points its stores gave out, which the chain
// will honour, against the points members spent with it — on its catalog items anywhere, or
// as payment at its tills — which the chain pays for. All in points; the value at the
// programme's point value.
struct PartnerSettlement
{
    QString partnerCode;     // the stores' partner code ("eyewear")
    QString partnerName;     // its own name ("明视眼镜"), or its scenario's translated one
    QStringList storeNames;  // "EYE01 明视眼镜（合作商户）"
    qint64 issued = 0;       // given at its stores: receipts, green goods, bonuses
    qint64 clawedBack = 0;   // taken back for goods returned to its stores
    qint64 paidAtTill = 0;   // taken as payment at its tills
    qint64 redeemedUnits = 0, redeemedPoints = 0;   // its items redeemed this month
    qint64 cancelledUnits = 0, cancelledPoints = 0; // … and cancelled this month
    qint64 valueFen = 0;     // |net points| × point value

    qint64 netIssued() const { return issued - clawedBack; }
    qint64 netSpent() const { return paidAtTill + redeemedPoints - cancelledPoints; }
    // Positive: the partner owes the chain for points it gave out; negative: the chain owes it.
    qint64 netPoints() const { return netIssued() - netSpent(); }
};

struct Settlement
{
    QDate month;          // its first day
    QString chainName;    // programme.name, or a translated "the points programme"
    qint64 pointValueFen = 1;
    QList<PartnerSettlement> partners; // by partner code
};

namespace insights {

// The month's settlement of every partner merchant (a partner code on a store or an item), or
// of one. Campaign managers, finance and compliance (Permission::ProgrammeFigures). Points are
// counted on their business day: a redemption in its month, its cancellation in the month it
// was cancelled, so a closed month's figures never change.
Result<Settlement> settlement(Database &db, const Session &session, const QDate &month, const QString &partnerCode = {});

// Header and one row per partner, then the totals: the CSV of the GUI and of `report settlement`.
QList<QStringList> settlementTable(const Settlement &settlement);

// "The partner pays the chain ¥12.34", "The chain pays the partner ¥5.00", "Nothing is owed".
QString settlementDirection(const PartnerSettlement &partner);

} // namespace insights
} // namespace pd

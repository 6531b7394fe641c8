#pragma once

#include "core/result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QPair>

namespace pd {

class Database;
struct Session;

// A member's monthly points statement (DESIGN §2), by business time in the programme's
// time zone.
struct Statement
{
    QString cardNo;
    QString name;
    QString tierCode;
    QString tierPerks; // as the administrator wrote them; empty: none
    QDate month; // first day
    qint64 opening = 0;
    QList<QPair<QString, qint64>> earnedByScenario; // scenario code → points, largest first
    QMap<QString, QString> scenarioOwnNames;        // a partner merchant's name, for one
    qint64 green = 0;
    qint64 otherCredits = 0;  // adjustments up, refunds, bonuses
    qint64 used = 0;          // deductions and redemptions (positive number)
    qint64 donated = 0;
    qint64 expired = 0;
    qint64 clawedBack = 0;
    qint64 otherDebits = 0;   // adjustments down
    qint64 closing = 0;
    qint64 debt = 0;          // now
    QList<QPair<QDate, qint64>> expiringSoon; // last valid day → points, in the 3 months after the statement month
    QString friendlyLine;     // translated
    int rulesVersion = 0;     // the published programme rules in force at the month's end; 0: none
    QDate rulesEffective;

    qint64 earned() const;
};

Result<Statement> buildStatement(Database &db, const Session &session, const QString &cardNo, const QDate &month);
// The statements of every member whose home store is `storeCode` (closed memberships left out),
// by card number: a store's monthly batch.
Result<QList<Statement>> buildStoreStatements(Database &db, const Session &session, const QString &storeCode, const QDate &month);

} // namespace pd

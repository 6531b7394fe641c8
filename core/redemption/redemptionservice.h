#pragma once

#include "core/result.h"

#include <QDateTime>

#include <optional>

namespace pd {

class Clock;
class Database;
struct CatalogItem;
struct Session;

struct RedemptionInput
{
    QString storeCode;
    QString redemptionNo;
    QString cardNo;
    QString itemCode;
    int quantity = 1;
    QDateTime businessTime; // when it is handed over; stored as UTC

    // What is compared when a number is posted again. The time is not part of it: a desk
    // that retries a redemption a moment later must get the first result back.
    QString canonical() const;
};

struct RedemptionOutcome
{
    qint64 redemptionId = 0;
    QString itemName;
    int quantity = 0;
    qint64 listPrice = 0;   // per unit, as in the catalog
    qint64 unitPoints = 0;  // per unit, what this member pays
    qint64 points = 0;      // in all
    qint64 cashFen = 0;     // in all, paid at the till
    bool creditPrice = false; // the good-credit price applied
    std::optional<qint64> regularPrice; // per unit, when a sale applied
    QString saleName;
    qint64 balanceBefore = 0;
    qint64 balanceAfter = 0;
    std::optional<qint64> stockAfter; // empty: unlimited
    bool alreadyPosted = false;
};

// Redeeming catalog items (DESIGN §7): status, active window, early access for good credit,
// tier, per-member limit, balance and stock are checked; the stock decrement (a guarded
// update) and the spending are one transaction, so two desks never both take the last unit.
class RedemptionService
{
public:
    static constexpr int kMaxQuantity = 1000;

    RedemptionService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // What redeeming would cost and whether it is allowed, without writing anything.
    Result<RedemptionOutcome> quote(const Session &session, const RedemptionInput &input);
    Result<RedemptionOutcome> redeem(const Session &session, const RedemptionInput &input);

    // A fresh number for a desk that has none of its own ("R" + time + random part).
    static QString newNumber(const Clock &clock);

private:
    Result<RedemptionOutcome> redeemOnce(const Session &session, const RedemptionInput &input); // one attempt; redeem() runs it again after a lost race
    Result<RedemptionOutcome> run(const Session &session, const RedemptionInput &input, bool write);
    // The stages of run(), in order.
    static Status checkInput(const Session &session, const RedemptionInput &input, const Clock &clock);
    Result<std::optional<RedemptionOutcome>> alreadyMade(qint64 storeId, const RedemptionInput &input) const;
    Result<qint64> unitsKeptInLimitPeriod(qint64 memberId, const CatalogItem &item, const QDate &day) const;
    // The stock after taking `quantity`, nothing for an unlimited item, or out of stock.
    Result<std::optional<qint64>> takeStock(const CatalogItem &item, int quantity);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace pd

#pragma once

#include "core/result.h"

#include <QDateTime>

namespace pd::points {

// DESIGN §4, exactly. Money in fen, points and percentages in integers; products of up to
// five factors are taken in 128 bits, so nothing overflows before the division.

constexpr qint64 kMaxReceiptFen = 100'000'000; // ¥1,000,000

// floor(amount × rate × tier_pct × credit_pct × campaign_pct / 10^10)
qint64 earned(qint64 amountFen, qint64 ratePer100, qint64 tierPct, qint64 creditPct, qint64 campaignPct);
// How much a rate per day changed: (now / nowDays − before / beforeDays) ÷ (before / beforeDays),
// in thousandths, truncated; before and both day counts above zero.
qint64 changePermille(qint64 now, qint64 nowDays, qint64 before, qint64 beforeDays);
// floor(green_amount × green_rate / 10^4)
qint64 green(qint64 greenFen, qint64 greenRatePer100);
// floor(P × returned_so_far / A) − already_clawed_back
qint64 clawback(qint64 receiptPoints, qint64 returnedSoFarFen, qint64 receiptAmountFen, qint64 alreadyClawedBack);

// The points one unit of a catalog item costs a member: good credit pays
// ceil(price × 95 / 100) (DESIGN §7), everyone else the list price.
qint64 redemptionPrice(qint64 listPrice, bool goodCredit);
// unit price × quantity, or −1 when that exceeds what any balance could hold (10^15).
qint64 redemptionTotal(qint64 unitPrice, qint64 quantity);

// Checks points used to pay part of a bill: whole yuan, at most half of the bill (amount
// paid + the deducted value), never more than the balance.
Status checkDeduction(qint64 pointsUsed, qint64 amountPaidFen, qint64 pointValueFen, qint64 balance);
inline qint64 deductedFen(qint64 pointsUsed, qint64 pointValueFen) { return pointsUsed * pointValueFen; }

// Expiry policies of DESIGN §5.
struct ExpiryPolicy
{
    enum class Kind { Annual, Rolling, Never };
    Kind kind = Kind::Annual;
    int months = 0; // Rolling

    static Result<ExpiryPolicy> parse(const QString &text); // "annual", "rolling 6", "never"
    QString toString() const;
    // The moment (UTC) points earned at `businessTime` expire; invalid for Never.
    QDateTime expiryFor(const QDateTime &businessTime) const;
};

// The start of a business day (programme time zone), in UTC.
QDateTime startOfBusinessDay(const QDate &day);

// "123", "123.4", "123.45" yuan → fen. Refuses signs, exponents, separators, more than two
// decimals and anything over ¥1,000,000. `field` names the CSV column in the error.
Result<qint64> parseYuan(const QString &text, const QString &field);
// Formats fen as yuan with two decimals: 36800 → "368.00". For fields and files that are
// read back (edit boxes, CSV): no grouping.
QString formatYuan(qint64 fen);
// For people (screens, messages, slips): grouped by the locale, 1000000 → "10,000.00".
QString displayYuan(qint64 fen);
// Points for people, grouped by the locale: 4248 → "4,248".
QString displayPoints(qint64 points);

} // namespace pd::points

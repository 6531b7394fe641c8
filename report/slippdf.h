#pragma once

#include "core/ledger/breakdown.h"
#include "core/result.h"

#include <QDateTime>

class QPagedPaintDevice;

namespace pd::report {

// What a receipt's points slip shows the member.
struct ReceiptSlip
{
    QString storeName;
    QString receiptNo;
    QString cardNo;
    QString memberName;
    QDateTime time;
    EarningBreakdown earning;
    qint64 pointsUsed = 0;
    qint64 deductedFen = 0;
    qint64 balanceAfter = 0;
};

// What a redemption slip shows: the item, what it cost in points and cash, the balance.
struct RedemptionSlip
{
    QString storeName;
    QString redemptionNo;
    QString cardNo;
    QString memberName;
    QDateTime time;
    QString itemName;
    int quantity = 0;
    qint64 unitPoints = 0;
    qint64 points = 0;
    qint64 cashFen = 0;
    bool creditPrice = false;
    qint64 balanceAfter = 0;
};

// The slips' text, in the current language.
QString receiptSlipHtml(const ReceiptSlip &slip);
QString redemptionSlipHtml(const RedemptionSlip &slip);

// Lays a slip out on a paged device — a PDF file, or the printer the desk chose: an 80 mm
// receipt roll takes the same text, wrapped to its width.
void renderSlip(const QString &html, QPagedPaintDevice *device);

// Small (A6) PDF slips, in the current language.
Status writeReceiptSlip(const ReceiptSlip &slip, const QString &file);
Status writeRedemptionSlip(const RedemptionSlip &slip, const QString &file);

} // namespace pd::report

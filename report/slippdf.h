#pragma once

#include "core/ledger/breakdown.h"
#include "core/result.h"

#include <QDateTime>

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

// A small (A6) PDF slip, in the current language.
Status writeReceiptSlip(const ReceiptSlip &slip, const QString &file);

} // namespace pd::report

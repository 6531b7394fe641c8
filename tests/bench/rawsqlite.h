#pragma once

#include <QList>
#include <QString>

namespace pd::bench {

// One receipt as both the program and the raw baseline write it.
struct BenchReceipt
{
    QString number;
    qint64 memberId = 0;
    QString cardNo;
    QString businessTime; // stored UTC text
    qint64 amountFen = 0;
    qint64 points = 0;    // what the program computed for the same receipt (filled by the raw side as amount ÷ 100)
};

// The same row writes the program makes for a receipt — receipt, ledger entry, lot, member
// balance — through the SQLite C API with statements prepared once, no logic, batches of
// `batch` per transaction. Returns receipts per second, or a negative number on error.
double rawReceiptInserts(const QString &file, const QList<BenchReceipt> &receipts, int batch, QString *error);

// Single durable commits (WAL, synchronous=FULL), each one small INSERT: latencies in µs.
QList<qint64> rawDurableCommits(const QString &file, int count, QString *error);

QString sqliteVersion();

} // namespace pd::bench

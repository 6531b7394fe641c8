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
// `batch` per transaction. With `campaignId`, also what a campaign's extra points write: an
// award row per receipt and the campaign's awarded total once per batch, as the program does.
// Returns receipts per second, or a negative number on error.
double rawReceiptInserts(const QString &file, const QList<BenchReceipt> &receipts, int batch, QString *error, qint64 campaignId = 0);

// Copies the program's campaign rows into the raw copy (made before they existed), so the raw
// award rows have the same foreign keys to check.
bool rawCopyCampaigns(const QString &file, const QString &programFile, QString *error);

// One check-in as both the program and the raw baseline write it.
struct BenchCheckin
{
    QString number;
    qint64 memberId = 0;
    QString businessDate; // YYYY-MM-DD
    QString businessTime; // stored UTC text
};

// The same row writes the program makes for a check-in on its day: the check-in, its ledger entry
// and lot, the member's balance and the campaign's award row, the campaign's total once per batch.
double rawCheckinInserts(const QString &file, const QList<BenchCheckin> &checkins, int batch, qint64 campaignId, qint64 points, QString *error);

// Single durable commits (WAL, synchronous=FULL), each one small INSERT: latencies in µs.
QList<qint64> rawDurableCommits(const QString &file, int count, QString *error);

QString sqliteVersion();

} // namespace pd::bench

#pragma once

#include "core/result.h"
#include "rawsqlite.h"

#include <QString>

namespace pd {
class Clock;
class Database;
}

namespace pd::bench {

struct DatasetOptions
{
    qint64 members = 1'000'000;
    qint64 entries = 10'000'000;
};

struct DatasetReport
{
    qint64 members = 0;
    qint64 entries = 0;
    double seconds = 0;
    double receiptsPerSecond = 0; // the program's import while building
};

// The card with 5,000 receipts, for the member detail screen.
inline QString heavyCard() { return QStringLiteral("8000000001"); }

// A year of receipts (2025-11-23 … 2026-11-22, in order) for random demo members, as the
// program's receipts CSV; `prefix` keeps receipt numbers apart between calls.
QByteArray receiptsCsv(const QString &prefix, qint64 first, qint64 count, qint64 total, qint64 members, quint32 seed,
                       QList<BenchReceipt> *rows = nullptr, const QString &onlyCard = {});

// Check-ins on `day` (at 10:00 in Shanghai) by `count` different members spread over the first
// `members`, as the program's check-ins CSV; `prefix` keeps check-in numbers apart between calls.
QByteArray checkinsCsv(const QString &prefix, qint64 count, qint64 members, const QDate &day, QList<BenchCheckin> *rows);

// Imports a check-ins CSV through the program, in batches of `batch`; check-ins per second.
Result<double> importCheckins(Database &db, const Clock &clock, const QByteArray &csv, int batch);

// Builds the data set through the program's own paths: the demo generator for stores and
// members, the receipts import for the entries. Prints progress to stderr.
Result<DatasetReport> buildDataset(Database &db, const Clock &clock, const DatasetOptions &options);

// Imports a receipts CSV through the program, in batches of `batch`; receipts per second.
Result<double> importReceipts(Database &db, const Clock &clock, const QByteArray &csv, int batch);

} // namespace pd::bench

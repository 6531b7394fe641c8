#include "dataset.h"

#include "core/auth/passwordhasher.h"
#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/demo/demodata.h"
#include "core/io/importers.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

namespace pd::bench {

namespace {
constexpr qint64 kHeavyReceipts = 5000;
constexpr qint64 kChunk = 200'000; // receipts per generated CSV
const QDateTime kYearStart(QDate(2025, 11, 23), QTime(0, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
} // namespace

QByteArray receiptsCsv(const QString &prefix, qint64 first, qint64 count, qint64 total, qint64 members, quint32 seed,
                       QList<BenchReceipt> *rows, const QString &onlyCard)
{
    QRandomGenerator random(seed ^ quint32(first));
    QByteArray csv = "receipt_no,store,card_no,time,scenario,amount,green_amount,points_used\n";
    csv.reserve(count * 72);
    const qint64 yearSeconds = 365LL * 24 * 3600 - 1;
    for (qint64 i = first; i < first + count; ++i) {
        const QString card = onlyCard.isEmpty() ? QString::number(8000000001LL + qint64(random.bounded(quint64(members)))) : onlyCard;
        const QDateTime when = kYearStart.addSecs(yearSeconds * i / std::max<qint64>(total, 1));
        const qint64 fen = 500 + qint64(random.bounded(60000));
        const QString number = prefix + QString::number(i);
        csv += QStringLiteral("%1,NY01,%2,%3,supermarket,%4.%5,,\n")
                   .arg(number, card, when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")))
                   .arg(fen / 100)
                   .arg(fen % 100, 2, 10, QLatin1Char('0'))
                   .toUtf8();
        if (rows)
            rows->append(BenchReceipt{number, card.toLongLong() - 8000000000LL, card, toStoredTime(when), fen, 0});
    }
    return csv;
}

QByteArray checkinsCsv(const QString &prefix, qint64 count, qint64 members, const QDate &day, QList<BenchCheckin> *rows)
{
    QByteArray csv = "checkin_no,store,card_no,time,for_date\n";
    csv.reserve(count * 56);
    const QDateTime when(day, QTime(10, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    const QString time = when.toString(Qt::ISODate);
    for (qint64 i = 0; i < count; ++i) {
        const QString number = prefix + QString::number(i);
        // members spread over the whole programme, each once, as a day's check-ins come (a prime
        // step is a permutation of the members as long as it does not divide their number)
        const qint64 member = 1 + (i * 7919) % members;
        csv += QStringLiteral("%1,NY01,%2,%3,\n").arg(number).arg(8000000000LL + member).arg(time).toUtf8();
        if (rows)
            rows->append(BenchCheckin{number, member, day.toString(Qt::ISODate), toStoredTime(when)});
    }
    return csv;
}

namespace {

// Runs one of the program's importers over the CSV in batches of `batch`; rows added per second.
Result<double> timedImport(Database &db, const Clock &clock, const QByteArray &csv, int batch,
                           Result<ImportReport> (Importers::*import)(const Session &, QIODevice *, const QString &, const ImportOptions &))
{
    QByteArray data = csv;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    ImportOptions options;
    options.batchSize = batch;
    QElapsedTimer t;
    t.start();
    Importers importers(db, clock);
    auto report = (importers.*import)(Session::system(QStringLiteral("bench")), &buffer, QStringLiteral("bench.csv"), options);
    if (!report)
        return report.error();
    if (!report->rejected.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("line %1: %2").arg(report->rejected.first().line).arg(report->rejected.first().reason));
    if (report->added == 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("nothing was added"));
    return double(report->added) / (double(t.nsecsElapsed()) / 1e9);
}

} // namespace

Result<double> importCheckins(Database &db, const Clock &clock, const QByteArray &csv, int batch)
{
    return timedImport(db, clock, csv, batch, &Importers::importCheckins);
}

Result<double> importReceipts(Database &db, const Clock &clock, const QByteArray &csv, int batch)
{
    return timedImport(db, clock, csv, batch, &Importers::importReceipts);
}

Result<DatasetReport> buildDataset(Database &db, const Clock &clock, const DatasetOptions &options)
{
    QElapsedTimer t;
    t.start();
    DemoOptions demo;
    demo.members = options.members;
    demo.progress = [](qint64 done, qint64 total) {
        if (done % 100000 == 0 || done == total)
            std::fprintf(stderr, "\rmembers %lld / %lld", static_cast<long long>(done), static_cast<long long>(total));
    };
    auto made = DemoData(db, clock, PasswordHasher(PasswordHasher::fastForTests())).create(Session::system(QStringLiteral("bench")), demo);
    if (!made)
        return made.error();
    std::fprintf(stderr, "\n");
    DatasetReport report;
    report.members = made->membersAdded;

    QElapsedTimer importing;
    importing.start();
    auto heavy = importReceipts(db, clock, receiptsCsv(QStringLiteral("H"), 0, kHeavyReceipts, kHeavyReceipts, options.members, 7, nullptr, heavyCard()), 5000);
    if (!heavy)
        return heavy.error();
    const qint64 receipts = std::max<qint64>(0, options.entries - kHeavyReceipts);
    for (qint64 first = 0; first < receipts; first += kChunk) {
        const qint64 count = std::min(kChunk, receipts - first);
        auto rate = importReceipts(db, clock, receiptsCsv(QStringLiteral("B"), first, count, receipts, options.members, 11), 5000);
        if (!rate)
            return rate.error();
        std::fprintf(stderr, "\rentries %lld / %lld (%.0f receipts/s)", static_cast<long long>(first + count + kHeavyReceipts),
                     static_cast<long long>(options.entries), rate.value());
    }
    std::fprintf(stderr, "\n");
    report.entries = receipts + kHeavyReceipts;
    report.receiptsPerSecond = double(report.entries) / (double(importing.nsecsElapsed()) / 1e9);
    report.seconds = double(t.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace pd::bench

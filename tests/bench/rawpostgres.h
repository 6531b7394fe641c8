#pragma once

#include "rawsqlite.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pd::bench {

// The PostgreSQL raw baselines: the same row writes as rawsqlite.h's — receipt, ledger entry,
// lot, member balance — through libpq with statements prepared once, one statement per round
// trip as a careful hand-written client would send them, no logic, batches of `batch` per
// transaction, the server's own durability (synchronous_commit on). Receipts per second, or a
// negative number on error.
double rawPostgresReceiptInserts(const QByteArray &conninfo, const QList<BenchReceipt> &receipts, int batch, QString *error);

// Single durable commits, each one small INSERT: latencies in µs.
QList<qint64> rawPostgresDurableCommits(const QByteArray &conninfo, int count, QString *error);

QString postgresServerVersion(const QByteArray &conninfo);

} // namespace pd::bench

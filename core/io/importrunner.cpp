#include "importrunner.h"

#include "core/audit/auditlog.h"
#include "core/access/session.h"
#include "core/db/retry.h"
#include "core/db/transaction.h"

#include <QFileInfo>
#include <QSet>

namespace pd {

namespace {

Result<QHash<QString, int>> readHeader(CsvReader &reader, const QStringList &columns)
{
    CsvRecord header;
    const CsvReader::Step step = reader.next(header);
    if (step == CsvReader::Step::Failed)
        return reader.fatalError();
    if (step == CsvReader::Step::End)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Import", "line 1: the file is empty; expected the header %1")
                                                      .arg(columns.join(QLatin1Char(','))));
    if (!header.error.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Import", "line 1: header: %1").arg(header.error));
    QHash<QString, int> index;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        if (index.contains(name))
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Import", "line 1: header: the column \"%1\" appears twice").arg(name));
        if (!columns.contains(name))
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Import", "line 1: header: unknown column \"%1\"; expected %2")
                                                          .arg(name, columns.join(QLatin1Char(','))));
        index.insert(name, i);
    }
    for (const QString &c : columns) {
        if (!index.contains(c))
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Import", "line 1: header: the column \"%1\" is missing").arg(c));
    }
    return index;
}
} // namespace

Result<ImportReport> runCsvImport(Database &db, const Clock &clock, const Session &session, QIODevice *input,
                                  const QString &sourceName, const QStringList &columns, const QString &auditAction,
                                  const RowHandler &handler, const ImportOptions &options,
                                  Permission required)
{
    if (Status s = session.require(required); !s)
        return s.error();
    CsvReader reader(input);
    auto header = readHeader(reader, columns);
    if (!header)
        return header.error();

    ImportReport report;
    qint64 rowsRead = 0;
    bool atEnd = false;
    bool readerFailed = false; // a quote never closed: commit the rows before it, then report
    while (!atEnd) {
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            break;
        }
        QList<CsvRecord> batch;
        while (batch.size() < options.batchSize) {
            CsvRecord record;
            const CsvReader::Step step = reader.next(record);
            if (step == CsvReader::Step::End) {
                atEnd = true;
                break;
            }
            if (step == CsvReader::Step::Failed) {
                atEnd = readerFailed = true;
                break;
            }
            batch << record;
        }

        // one batch, one transaction; run again from its first row if it lost a race
        struct BatchResult
        {
            qint64 added = 0, updated = 0, unchanged = 0;
            QList<RejectedRow> rejected;
        };
        auto committed = withConflictRetry(db, [&]() -> Result<BatchResult> {
            WriteTransaction tx(db);
            if (Status s = tx.begin(); !s)
                return s.error();
            BatchResult b;
            qint64 firstLine = 0, lastLine = 0;
            for (const CsvRecord &record : std::as_const(batch)) {
                firstLine = firstLine ? firstLine : record.line;
                lastLine = record.line;
                if (!record.error.isEmpty()) {
                    b.rejected << RejectedRow{record.line, {}, record.error};
                    continue;
                }
                if (record.fields.size() != header.value().size()) {
                    b.rejected << RejectedRow{record.line, {},
                                              QCoreApplication::translate("pd::Import", "expected %1 fields, found %2")
                                                  .arg(header.value().size())
                                                  .arg(record.fields.size())};
                    continue;
                }
                auto outcome = handler(CsvRow(header.value(), record));
                if (!outcome) {
                    if (outcome.error().code == ErrorCode::Database || outcome.error().code == ErrorCode::Contention)
                        return outcome.error();
                    b.rejected << RejectedRow{record.line, outcome.error().field, outcome.error().message};
                    continue;
                }
                switch (outcome.value()) {
                case RowOutcome::Added: ++b.added; break;
                case RowOutcome::Updated: ++b.updated; break;
                case RowOutcome::Unchanged: ++b.unchanged; break;
                }
            }
            if (b.added > 0 || b.updated > 0) {
                const QJsonObject details{{QStringLiteral("file"), QFileInfo(sourceName).fileName()},
                                          {QStringLiteral("lines"), QStringLiteral("%1-%2").arg(firstLine).arg(lastLine)},
                                          {QStringLiteral("added"), b.added},
                                          {QStringLiteral("updated"), b.updated},
                                          {QStringLiteral("unchanged"), b.unchanged},
                                          {QStringLiteral("rejected"), qint64(b.rejected.size())}};
                if (Status s = AuditLog(db, clock).append(session, auditAction, QStringLiteral("import"),
                                                          QFileInfo(sourceName).fileName(), details);
                    !s)
                    return s.error();
            }
            if (Status s = tx.commit(); !s)
                return s.error();
            return b;
        });
        if (!committed)
            return committed.error();
        rowsRead += batch.size();
        const qint64 added = committed->added, updated = committed->updated, unchanged = committed->unchanged;
        report.rejected += committed->rejected;
        report.added += added;
        report.updated += updated;
        report.unchanged += unchanged;
        if (options.progress)
            options.progress(rowsRead);
        if (readerFailed)
            return reader.fatalError();
    }
    return report;
}

} // namespace pd

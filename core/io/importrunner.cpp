#include "importrunner.h"

#include "core/audit/auditlog.h"
#include "core/access/session.h"
#include "core/db/retry.h"
#include "core/db/transaction.h"

#include <QFileInfo>
#include <QSet>

namespace pd {

namespace {

// `optional` columns may be left out (CsvRow::has tells the handler).
Result<QHash<QString, int>> readHeader(CsvReader &reader, const QStringList &columns, const QStringList &optional)
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
        if (!columns.contains(name) && !optional.contains(name))
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

namespace {

// Up to `size` records; at the end of the file or at a quote never closed, `end` says which.
enum class BatchEnd { More, File, Failure };
QList<CsvRecord> readBatch(CsvReader &reader, int size, BatchEnd &end)
{
    QList<CsvRecord> batch;
    end = BatchEnd::More;
    while (batch.size() < size) {
        CsvRecord record;
        const CsvReader::Step step = reader.next(record);
        if (step == CsvReader::Step::End) {
            end = BatchEnd::File;
            break;
        }
        if (step == CsvReader::Step::Failed) {
            end = BatchEnd::Failure;
            break;
        }
        batch << record;
    }
    return batch;
}

struct BatchResult
{
    qint64 added = 0, updated = 0, unchanged = 0;
    QList<RejectedRow> rejected;
};

// One batch in one transaction, audited as the lines it covers; a rejected row is reported and
// the rest go on, a database error undoes the batch.
Result<BatchResult> importBatch(Database &db, const Clock &clock, const Session &session, const QList<CsvRecord> &batch,
                                const QHash<QString, int> &header, const RowHandler &handler, const QString &sourceName,
                                const QString &auditAction, const ImportOptions &options)
{
    WriteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (options.beforeBatch) {
        QList<CsvRow> rows;
        for (const CsvRecord &record : batch) {
            if (record.error.isEmpty() && record.fields.size() == header.size())
                rows << CsvRow(header, record);
        }
        if (Status s = options.beforeBatch(rows); !s)
            return s.error();
    }
    BatchResult b;
    qint64 firstLine = 0, lastLine = 0;
    for (const CsvRecord &record : batch) {
        firstLine = firstLine ? firstLine : record.line;
        lastLine = record.line;
        if (!record.error.isEmpty()) {
            b.rejected << RejectedRow{record.line, {}, record.error};
            continue;
        }
        if (record.fields.size() != header.size()) {
            b.rejected << RejectedRow{record.line, {},
                                      QCoreApplication::translate("pd::Import", "expected %1 fields, found %2").arg(header.size()).arg(record.fields.size())};
            continue;
        }
        auto outcome = handler(CsvRow(header, record));
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
        if (Status s = AuditLog(db, clock).append(session, auditAction, QStringLiteral("import"), QFileInfo(sourceName).fileName(), details);
            !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return b;
}

} // namespace

namespace {
Result<TextEncoding> resolveEncoding(QIODevice *input, TextEncoding encoding)
{
    return encoding == TextEncoding::Auto ? detectTextEncoding(input->peek(64 * 1024)) : Result<TextEncoding>(encoding);
}
} // namespace

Result<CsvPreview> previewCsvImport(QIODevice *input, const QStringList &columns, TextEncoding encoding, int rows,
                                    const QStringList &optionalColumns)
{
    auto told = resolveEncoding(input, encoding);
    if (!told)
        return told.error();
    CsvPreview preview;
    preview.encoding = told.value();
    preview.columns = columns + optionalColumns;
    CsvReader reader(input, preview.encoding);
    auto header = readHeader(reader, columns, optionalColumns);
    if (!header) {
        preview.headerProblem = header.error().message;
        return preview;
    }
    while (preview.rows.size() < rows) {
        CsvRecord record;
        const CsvReader::Step step = reader.next(record);
        if (step == CsvReader::Step::End)
            break;
        if (step == CsvReader::Step::Failed) {
            record.line = 0;
            record.error = reader.fatalError().message;
            preview.rows << record;
            break;
        }
        CsvRecord mapped = record;
        mapped.fields.clear();
        for (const QString &c : std::as_const(preview.columns))
            mapped.fields << record.fields.value(header->value(c, -1));
        preview.rows << mapped;
    }
    return preview;
}

Result<ImportReport> runCsvImport(Database &db, const Clock &clock, const Session &session, QIODevice *input,
                                  const QString &sourceName, const QStringList &columns, const QString &auditAction,
                                  const RowHandler &handler, const ImportOptions &options,
                                  Permission required, const QStringList &optionalColumns)
{
    if (Status s = session.require(required); !s)
        return s.error();
    auto encoding = resolveEncoding(input, options.encoding);
    if (!encoding)
        return encoding.error();
    CsvReader reader(input, encoding.value());
    auto header = readHeader(reader, columns, optionalColumns);
    if (!header)
        return header.error();

    ImportReport report;
    qint64 rowsRead = 0;
    BatchEnd end = BatchEnd::More;
    while (end == BatchEnd::More) {
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            break;
        }
        const QList<CsvRecord> batch = readBatch(reader, options.batchSize, end);
        // run again from the batch's first row if it lost a race or the server's connection
        // (a row committed before finds itself already there)
        auto committed = withConflictRetry(
            db, [&] { return importBatch(db, clock, session, batch, header.value(), handler, sourceName, auditAction, options); },
            AfterLostCommit::RunAgain);
        if (!committed)
            return committed.error();
        rowsRead += batch.size();
        report.rejected += committed->rejected;
        report.added += committed->added;
        report.updated += committed->updated;
        report.unchanged += committed->unchanged;
        if (options.progress)
            options.progress(rowsRead);
        if (end == BatchEnd::Failure)
            return reader.fatalError(); // a quote never closed: the rows before it are committed
    }
    return report;
}

} // namespace pd

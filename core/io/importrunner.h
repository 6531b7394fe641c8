#pragma once

#include "core/access/roles.h"
#include "core/io/csvreader.h"

#include <QHash>

#include <atomic>
#include <functional>

class QIODevice;

namespace pd {

class Clock;
class Database;
struct Session;

struct RejectedRow
{
    qint64 line = 0;
    QString field;   // column name, or empty when the whole row is at fault
    QString reason;  // translated
};

struct ImportReport
{
    qint64 added = 0;
    qint64 updated = 0;   // an existing record took the row's values (the catalog)
    qint64 unchanged = 0; // already present with the same content (a re-run)
    QList<RejectedRow> rejected;
    bool cancelled = false;
};

// One data row, with values looked up by column name.
class CsvRow
{
public:
    CsvRow(const QHash<QString, int> &columns, const CsvRecord &record) : m_columns(columns), m_record(record) {}
    QString value(const QString &column) const { return m_record.fields.value(m_columns.value(column, -1)); }
    bool has(const QString &column) const { return m_columns.contains(column); }
    qint64 line() const { return m_record.line; }

private:
    const QHash<QString, int> &m_columns;
    const CsvRecord &m_record;
};

struct ImportOptions
{
    int batchSize = 1000;
    TextEncoding encoding = TextEncoding::Auto; // Auto: told from the file's first 64 KiB
    std::function<void(qint64 rowsRead)> progress;
    const std::atomic<bool> *cancel = nullptr;
    // Called in each batch's transaction before its first row, with the rows the handler will
    // be given (an importer reads for all of them at once); an error aborts the import.
    std::function<Status(const QList<CsvRow> &rows)> beforeBatch;
};

enum class RowOutcome { Added, Updated, Unchanged };
// Runs inside the batch's write transaction. An error with code Database aborts the import
// (the batch rolls back); any other error rejects just this row.
using RowHandler = std::function<Result<RowOutcome>(const CsvRow &row)>;

// Reads a CSV file (UTF-8 or GB18030, see ImportOptions) with exactly the given columns (any
// order, and any of `optionalColumns`) and feeds each row to the handler, committing good rows in batches, each with its own
// audit record. Every rejected row is reported with its line number. A fatal error (bad
// header, open quote, an encoding it cannot tell) is returned as an error; batches committed
// before it stay, and a re-run adds only what is missing. The session needs `required` (the
// catalog asks for its own permission).
// The start of a file as an import would read it, for a preview: the encoding it is read in,
// whether its header has exactly the columns (the reason when not), and its first rows with
// their values in `columns` order, then the optional ones (a row the reader refuses keeps its
// error). Writes nothing.
struct CsvPreview
{
    TextEncoding encoding = TextEncoding::Utf8;
    QStringList columns;
    QString headerProblem; // empty when the header has exactly the columns
    QList<CsvRecord> rows;
};
Result<CsvPreview> previewCsvImport(QIODevice *input, const QStringList &columns, TextEncoding encoding, int rows,
                                    const QStringList &optionalColumns = {});

Result<ImportReport> runCsvImport(Database &db, const Clock &clock, const Session &session, QIODevice *input,
                                  const QString &sourceName, const QStringList &columns, const QString &auditAction,
                                  const RowHandler &handler, const ImportOptions &options,
                                  Permission required = Permission::Import, const QStringList &optionalColumns = {});

} // namespace pd

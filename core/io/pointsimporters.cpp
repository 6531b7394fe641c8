#include "importers.h"

#include "core/access/session.h"
#include "core/checkins/checkinservice.h"
#include "core/io/timeparse.h"
#include "core/receipts/receiptservice.h"
#include "core/receipts/returnservice.h"

#include <QRegularExpression>

namespace pd {

namespace {

Result<qint64> parsePointsUsed(const QString &raw)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,12}\\z"));
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return 0;
    if (!digits.match(text).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::Import", "\"%1\" is not a whole number of points").arg(text.left(40)),
                         QStringLiteral("points_used"));
    return text.toLongLong();
}

template<typename T>
Status failed(const Result<T> &r)
{
    return r.ok() ? Status() : Status(r.error());
}

// A receipt as a row of the import gives it; the first value in error refuses the row.
Result<ReceiptInput> receiptFromRow(const CsvRow &row)
{
    ReceiptInput in;
    in.receiptNo = row.value(QStringLiteral("receipt_no")).trimmed();
    in.storeCode = row.value(QStringLiteral("store")).trimmed();
    in.cardNo = row.value(QStringLiteral("card_no")).trimmed();
    in.scenario = row.value(QStringLiteral("scenario")).trimmed();
    auto time = parseBusinessTime(row.value(QStringLiteral("time")));
    auto amount = points::parseYuan(row.value(QStringLiteral("amount")), QStringLiteral("amount"));
    const QString greenText = row.value(QStringLiteral("green_amount")).trimmed();
    auto green = greenText.isEmpty() ? Result<qint64>(qint64(0)) : points::parseYuan(greenText, QStringLiteral("green_amount"));
    auto used = parsePointsUsed(row.value(QStringLiteral("points_used")));
    for (const Status &s : {failed(time), failed(amount), failed(green), failed(used)}) {
        if (!s)
            return s.error();
    }
    in.businessTime = time.value();
    in.amountFen = amount.value();
    in.greenFen = green.value();
    in.pointsUsed = used.value();
    return in;
}

} // namespace

QStringList Importers::receiptColumns()
{
    return {QStringLiteral("receipt_no"), QStringLiteral("store"),  QStringLiteral("card_no"),      QStringLiteral("time"),
            QStringLiteral("scenario"),   QStringLiteral("amount"), QStringLiteral("green_amount"), QStringLiteral("points_used")};
}

QStringList Importers::returnColumns()
{
    return {QStringLiteral("return_no"), QStringLiteral("store"), QStringLiteral("receipt_no"), QStringLiteral("time"),
            QStringLiteral("amount")};
}

Result<ImportReport> Importers::importReceipts(const Session &session, QIODevice *input, const QString &sourceName,
                                               const ImportOptions &options)
{
    auto rules = ProgrammeRules::load(m_db);
    if (!rules)
        return rules.error();
    ReceiptService receipts(m_db, m_clock);
    const RowHandler handler = [&](const CsvRow &row) -> Result<RowOutcome> {
        auto in = receiptFromRow(row);
        if (!in)
            return in.error();
        auto outcome = receipts.postInTransaction(session, in.value(), rules.value());
        if (!outcome)
            return outcome.error();
        return outcome->alreadyPosted ? RowOutcome::Unchanged : RowOutcome::Added;
    };
    ImportOptions batched = options;
    batched.beforeBatch = [&](const QList<CsvRow> &rows) -> Status {
        QList<ReceiptInput> inputs;
        for (const CsvRow &row : rows) {
            if (auto in = receiptFromRow(row))
                inputs << in.value();
        }
        return receipts.prepareBatch(inputs);
    };
    return runCsvImport(m_db, m_clock, session, input, sourceName, receiptColumns(), QStringLiteral("import.receipts"), handler, batched);
}

Result<ImportReport> Importers::importReturns(const Session &session, QIODevice *input, const QString &sourceName,
                                              const ImportOptions &options)
{
    ReturnService returns(m_db, m_clock);
    const RowHandler handler = [&](const CsvRow &row) -> Result<RowOutcome> {
        ReturnInput in;
        in.returnNo = row.value(QStringLiteral("return_no")).trimmed();
        in.storeCode = row.value(QStringLiteral("store")).trimmed();
        in.receiptNo = row.value(QStringLiteral("receipt_no")).trimmed();
        auto time = parseBusinessTime(row.value(QStringLiteral("time")));
        if (!time)
            return time.error();
        auto amount = points::parseYuan(row.value(QStringLiteral("amount")), QStringLiteral("amount"));
        if (!amount)
            return amount.error();
        in.businessTime = time.value();
        in.amountFen = amount.value();
        auto outcome = returns.postInTransaction(session, in);
        if (!outcome)
            return outcome.error();
        return outcome->alreadyPosted ? RowOutcome::Unchanged : RowOutcome::Added;
    };
    return runCsvImport(m_db, m_clock, session, input, sourceName, returnColumns(), QStringLiteral("import.returns"), handler, options);
}

QStringList Importers::checkinColumns()
{
    return {QStringLiteral("checkin_no"), QStringLiteral("store"), QStringLiteral("card_no"), QStringLiteral("time"), QStringLiteral("for_date")};
}

Result<ImportReport> Importers::importCheckins(const Session &session, QIODevice *input, const QString &sourceName,
                                               const ImportOptions &options)
{
    auto rules = ProgrammeRules::load(m_db);
    if (!rules)
        return rules.error();
    CheckinService checkins(m_db, m_clock);
    const RowHandler handler = [&](const CsvRow &row) -> Result<RowOutcome> {
        CheckinInput in;
        in.checkinNo = row.value(QStringLiteral("checkin_no")).trimmed();
        in.storeCode = row.value(QStringLiteral("store")).trimmed();
        in.cardNo = row.value(QStringLiteral("card_no")).trimmed();
        auto time = parseBusinessTime(row.value(QStringLiteral("time")));
        if (!time)
            return time.error();
        in.time = time.value();
        if (const QString day = row.value(QStringLiteral("for_date")).trimmed(); !day.isEmpty()) {
            auto forDate = parseIsoDate(day, QStringLiteral("for_date"));
            if (!forDate)
                return forDate.error();
            in.forDate = forDate.value();
        }
        auto outcome = checkins.postInTransaction(session, in, rules.value());
        if (!outcome)
            return outcome.error();
        return outcome->alreadyDone ? RowOutcome::Unchanged : RowOutcome::Added;
    };
    return runCsvImport(m_db, m_clock, session, input, sourceName, checkinColumns(), QStringLiteral("import.checkins"), handler, options);
}

} // namespace pd

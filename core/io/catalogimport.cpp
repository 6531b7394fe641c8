#include "importers.h"

#include "core/access/session.h"
#include "core/catalog/catalogservice.h"
#include "core/io/timeparse.h"
#include "core/pointsmath.h"

#include <QRegularExpression>

namespace pd {

namespace {

// Empty → nothing (unlimited, open); otherwise digits only.
Result<std::optional<qint64>> parseOptionalCount(const QString &raw, const QString &field)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,12}\\z"));
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return std::optional<qint64>();
    if (!digits.match(text).hasMatch())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Import", "\"%1\" is not a whole number").arg(text.left(40)), field);
    return std::optional<qint64>(text.toLongLong());
}

Result<QDate> parseOptionalDate(const QString &raw, const QString &field)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return QDate();
    return parseIsoDate(text, field);
}

Result<CatalogItem> itemFromRow(const CsvRow &row)
{
    CatalogItem item;
    item.code = row.value(QStringLiteral("code")).trimmed();
    item.name = row.value(QStringLiteral("name")).trimmed();
    const QString category = row.value(QStringLiteral("category")).trimmed();
    const auto c = categoryFromCode(category);
    if (!c)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::Import", "\"%1\" is not a category (daily, gift_box, service, voucher, ticket, partner, charity)")
                             .arg(category.left(40)),
                         QStringLiteral("category"));
    item.category = *c;
    auto price = parseOptionalCount(row.value(QStringLiteral("points")), QStringLiteral("points"));
    if (!price)
        return price.error();
    if (!price.value())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Import", "the points price is missing"), QStringLiteral("points"));
    item.pointsPrice = *price.value();
    const QString cash = row.value(QStringLiteral("cash")).trimmed();
    auto cashFen = cash.isEmpty() ? Result<qint64>(qint64(0)) : points::parseYuan(cash, QStringLiteral("cash"));
    if (!cashFen)
        return cashFen.error();
    item.cashFen = cashFen.value();
    auto retail = points::parseYuan(row.value(QStringLiteral("retail_value")), QStringLiteral("retail_value"));
    if (!retail)
        return retail.error();
    item.retailValueFen = retail.value();
    auto stock = parseOptionalCount(row.value(QStringLiteral("stock")), QStringLiteral("stock"));
    if (!stock)
        return stock.error();
    item.stock = stock.value();
    auto limit = parseOptionalCount(row.value(QStringLiteral("per_member_limit")), QStringLiteral("per_member_limit"));
    if (!limit)
        return limit.error();
    if (limit.value()) {
        if (*limit.value() > 10'000 || *limit.value() == 0)
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Import", "a per-member limit is from 1 to 10,000"),
                             QStringLiteral("per_member_limit"));
        item.limitQty = int(*limit.value());
        const QString period = row.value(QStringLiteral("limit_period")).trimmed();
        const auto p = limitPeriodFromCode(period);
        if (!p)
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Import", "\"%1\" is not a limit period (day, month or year)").arg(period.left(40)),
                             QStringLiteral("limit_period"));
        item.limitPeriod = *p;
    } else if (!row.value(QStringLiteral("limit_period")).trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Import", "a limit period without a limit"), QStringLiteral("limit_period"));
    }
    item.minTier = row.value(QStringLiteral("tier")).trimmed();
    auto from = parseOptionalDate(row.value(QStringLiteral("active_from")), QStringLiteral("active_from"));
    if (!from)
        return from.error();
    auto to = parseOptionalDate(row.value(QStringLiteral("active_to")), QStringLiteral("active_to"));
    if (!to)
        return to.error();
    item.activeFrom = from.value();
    item.activeTo = to.value();
    item.partnerCode = row.value(QStringLiteral("partner")).trimmed();
    return item;
}

} // namespace

QStringList Importers::catalogColumns()
{
    return {QStringLiteral("code"),  QStringLiteral("name"),         QStringLiteral("category"),         QStringLiteral("points"),
            QStringLiteral("cash"),  QStringLiteral("retail_value"), QStringLiteral("stock"),            QStringLiteral("per_member_limit"),
            QStringLiteral("limit_period"), QStringLiteral("tier"),  QStringLiteral("active_from"),      QStringLiteral("active_to")};
}

QStringList Importers::optionalCatalogColumns()
{
    return {QStringLiteral("partner")};
}

Result<ImportReport> Importers::importCatalog(const Session &session, QIODevice *input, const QString &sourceName,
                                              const ImportOptions &options)
{
    CatalogService catalog(m_db, m_clock);
    const RowHandler handler = [&](const CsvRow &row) -> Result<RowOutcome> {
        auto item = itemFromRow(row);
        if (!item)
            return item.error();
        auto outcome = catalog.upsertInTransaction(item.value(), row.has(QStringLiteral("partner")));
        if (!outcome)
            return outcome.error();
        switch (outcome.value()) {
        case UpsertOutcome::Added: return RowOutcome::Added;
        case UpsertOutcome::Updated: return RowOutcome::Updated;
        case UpsertOutcome::Unchanged: break;
        }
        return RowOutcome::Unchanged;
    };
    return runCsvImport(m_db, m_clock, session, input, sourceName, catalogColumns(), QStringLiteral("import.catalog"), handler, options,
                        Permission::CatalogManage, optionalCatalogColumns());
}

} // namespace pd

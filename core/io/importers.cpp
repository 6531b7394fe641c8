#include "importers.h"

#include "core/campaigns/welcome.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/members/memberservice.h"
#include "core/stores/storeservice.h"

namespace pd {


QString importKindCode(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Stores: return QStringLiteral("stores");
    case ImportKind::Members: return QStringLiteral("members");
    case ImportKind::Receipts: return QStringLiteral("receipts");
    case ImportKind::Returns: return QStringLiteral("returns");
    case ImportKind::Checkins: return QStringLiteral("checkins");
    case ImportKind::Catalog: return QStringLiteral("catalog");
    }
    return {};
}

std::optional<ImportKind> importKindFromCode(const QString &code)
{
    for (ImportKind k : {ImportKind::Stores, ImportKind::Members, ImportKind::Receipts, ImportKind::Returns, ImportKind::Checkins, ImportKind::Catalog})
        if (importKindCode(k) == code)
            return k;
    return std::nullopt;
}

QString importKindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Stores: return QCoreApplication::translate("pd::Import", "Stores");
    case ImportKind::Members: return QCoreApplication::translate("pd::Import", "Members");
    case ImportKind::Receipts: return QCoreApplication::translate("pd::Import", "Receipts");
    case ImportKind::Returns: return QCoreApplication::translate("pd::Import", "Returns");
    case ImportKind::Checkins: return QCoreApplication::translate("pd::Import", "Check-ins");
    case ImportKind::Catalog: return QCoreApplication::translate("pd::Import", "Catalog items");
    }
    return {};
}

QStringList Importers::columns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Stores: return storeColumns();
    case ImportKind::Members: return memberColumns();
    case ImportKind::Receipts: return receiptColumns();
    case ImportKind::Returns: return returnColumns();
    case ImportKind::Checkins: return checkinColumns();
    case ImportKind::Catalog: return catalogColumns();
    }
    return {};
}

QStringList Importers::optionalColumns(ImportKind kind)
{
    return kind == ImportKind::Catalog ? optionalCatalogColumns() : QStringList();
}

Permission Importers::permission(ImportKind kind)
{
    return kind == ImportKind::Catalog ? Permission::CatalogManage : Permission::Import;
}

Result<ImportReport> Importers::import(ImportKind kind, const Session &session, QIODevice *input, const QString &sourceName,
                                       const ImportOptions &options)
{
    switch (kind) {
    case ImportKind::Stores: return importStores(session, input, sourceName, options);
    case ImportKind::Members: return importMembers(session, input, sourceName, options);
    case ImportKind::Receipts: return importReceipts(session, input, sourceName, options);
    case ImportKind::Returns: return importReturns(session, input, sourceName, options);
    case ImportKind::Checkins: return importCheckins(session, input, sourceName, options);
    case ImportKind::Catalog: return importCatalog(session, input, sourceName, options);
    }
    return makeError(ErrorCode::InvalidInput, QStringLiteral("unknown import kind"));
}

QStringList Importers::storeColumns()
{
    return {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("city")};
}

QStringList Importers::memberColumns()
{
    return {QStringLiteral("card_no"), QStringLiteral("name"), QStringLiteral("mobile"),
            QStringLiteral("joined_on"), QStringLiteral("store"), QStringLiteral("credit")};
}

Result<ImportReport> Importers::importStores(const Session &session, QIODevice *input, const QString &sourceName,
                                             const ImportOptions &options)
{
    StoreService stores(m_db, m_clock);
    const RowHandler handler = [&](const CsvRow &row) -> Result<RowOutcome> {
        Store store;
        store.code = row.value(QStringLiteral("code")).trimmed();
        store.name = row.value(QStringLiteral("name")).trimmed();
        store.city = row.value(QStringLiteral("city")).trimmed();
        if (Status s = StoreService::validate(store); !s)
            return s.error();
        auto existing = stores.storeByCode(store.code);
        if (existing) {
            if (existing->name == store.name && existing->city == store.city)
                return RowOutcome::Unchanged;
            return makeError(ErrorCode::Conflict, QCoreApplication::translate("pd::Import", "the store %1 exists with a different name or city").arg(store.code),
                             QStringLiteral("code"));
        }
        if (existing.error().code != ErrorCode::NotFound)
            return existing.error();
        auto id = stores.insertInTransaction(store);
        if (!id)
            return id.error();
        return RowOutcome::Added;
    };
    return runCsvImport(m_db, m_clock, session, input, sourceName, storeColumns(), QStringLiteral("import.stores"),
                        handler, options);
}

Result<ImportReport> Importers::importMembers(const Session &session, QIODevice *input, const QString &sourceName,
                                              const ImportOptions &options)
{
    MemberService members(m_db, m_clock);
    QHash<QString, qint64> storeIds;
    const QDate today = businessToday(m_clock);
    const QSqlDatabase db = m_db.connection();

    const RowHandler handler = [&](const CsvRow &row) -> Result<RowOutcome> {
        MemberInput in;
        in.cardNo = row.value(QStringLiteral("card_no")).trimmed();
        in.name = row.value(QStringLiteral("name")).trimmed();
        in.mobile = row.value(QStringLiteral("mobile")).trimmed();
        in.storeCode = row.value(QStringLiteral("store")).trimmed();
        const QString joined = row.value(QStringLiteral("joined_on")).trimmed();
        in.joinedOn = QDate::fromString(joined, QStringLiteral("yyyy-MM-dd"));
        if (!joined.isEmpty() && !in.joinedOn.isValid())
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Import", "\"%1\" is not a date of the form YYYY-MM-DD").arg(joined),
                             QStringLiteral("joined_on"));
        const QString credit = row.value(QStringLiteral("credit")).trimmed();
        if (!credit.isEmpty()) {
            const auto c = creditFromCode(credit);
            if (!c)
                return makeError(ErrorCode::InvalidInput,
                                 QCoreApplication::translate("pd::Import", "\"%1\" is not a credit standing (good, normal or restricted)").arg(credit),
                                 QStringLiteral("credit"));
            in.credit = *c;
        }
        if (Status s = members::validateInput(in, today); !s)
            return s.error();

        auto storeId = storeIds.constFind(in.storeCode);
        if (storeId == storeIds.cend()) {
            auto id = StoreService::storeId(m_db, in.storeCode);
            if (!id)
                return id.error();
            storeId = storeIds.insert(in.storeCode, id.value());
        }

        auto same = sql::run(db, QStringLiteral("SELECT name, mobile, joined_on, store_id, credit FROM members WHERE card_no = ?"),
                             {in.cardNo});
        if (!same)
            return same.error();
        if (same.value().next()) {
            const QSqlQuery &q = same.value();
            const bool identical = q.value(0).toString() == in.name && q.value(1).toString() == in.mobile
                                   && q.value(2).toString() == in.joinedOn.toString(Qt::ISODate)
                                   && q.value(3).toLongLong() == *storeId && q.value(4).toString() == creditCode(in.credit);
            same.value().finish();
            if (identical)
                return RowOutcome::Unchanged;
            return makeError(ErrorCode::Conflict, QCoreApplication::translate("pd::Import", "the card %1 is already registered with different data").arg(in.cardNo),
                             QStringLiteral("card_no"));
        }
        auto id = members.insertInTransaction(in, *storeId);
        if (!id)
            return id.error();
        if (auto points = welcome::grant(m_db, m_clock, session, id.value()); !points)
            return points.error();
        return RowOutcome::Added;
    };
    return runCsvImport(m_db, m_clock, session, input, sourceName, memberColumns(), QStringLiteral("import.members"),
                        handler, options);
}

} // namespace pd

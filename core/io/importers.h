#pragma once

#include "core/io/importrunner.h"

namespace pd {

// What a CSV file holds; its code is the CLI's word ("import members FILE").
enum class ImportKind { Stores, Members, Receipts, Returns, Checkins, Catalog };
QString importKindCode(ImportKind kind);
std::optional<ImportKind> importKindFromCode(const QString &code);
QString importKindName(ImportKind kind); // translated: "Members"

// DESIGN §12 CSV formats. Re-importing the same file adds nothing; a row that names an
// existing store or card with different content is rejected, never silently overwritten.
class Importers
{
public:
    Importers(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    static QStringList storeColumns();
    static QStringList memberColumns();
    static QStringList receiptColumns();
    static QStringList returnColumns();
    static QStringList checkinColumns();
    static QStringList catalogColumns();
    static QStringList optionalCatalogColumns(); // partner: a partner merchant's item
    static QStringList columns(ImportKind kind);
    static QStringList optionalColumns(ImportKind kind);
    // The permission an import of this kind needs.
    static Permission permission(ImportKind kind);

    Result<ImportReport> import(ImportKind kind, const Session &session, QIODevice *input, const QString &sourceName,
                                const ImportOptions &options = {});

    Result<ImportReport> importStores(const Session &session, QIODevice *input, const QString &sourceName,
                                      const ImportOptions &options = {});
    Result<ImportReport> importMembers(const Session &session, QIODevice *input, const QString &sourceName,
                                       const ImportOptions &options = {});
    // Receipts and returns go through the same operations as the counter (pointsimporters.cpp).
    Result<ImportReport> importReceipts(const Session &session, QIODevice *input, const QString &sourceName,
                                        const ImportOptions &options = {});
    Result<ImportReport> importReturns(const Session &session, QIODevice *input, const QString &sourceName,
                                       const ImportOptions &options = {});
    Result<ImportReport> importCheckins(const Session &session, QIODevice *input, const QString &sourceName,
                                        const ImportOptions &options);
    // Catalog items by code: new codes are added on offer, known codes take the row's values
    // (catalogimport.cpp). Needs the catalog permission.
    Result<ImportReport> importCatalog(const Session &session, QIODevice *input, const QString &sourceName,
                                       const ImportOptions &options = {});

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace pd

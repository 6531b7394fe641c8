#pragma once

#include "core/catalog/catalogitem.h"

#include <QList>

class QSqlQuery;

namespace pd {

class Clock;
class Database;
struct Session;

enum class UpsertOutcome { Added, Updated, Unchanged };

// Keeps the redemption catalog (DESIGN §7). Campaign managers change it; everyone who is
// logged in reads it (members see it too). Every change is audited, stock changes with their before and after.
class CatalogService
{
public:
    CatalogService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // All items by category and code; `onOfferOnly` keeps the active ones for the counter.
    Result<QList<CatalogItem>> items(const Session &session, bool onOfferOnly = false) const;
    Result<CatalogItem> item(const Session &session, const QString &code) const;
    Result<QByteArray> image(const Session &session, qint64 itemId) const;

    Result<qint64> create(const Session &session, const CatalogItem &item);
    Status update(const Session &session, const CatalogItem &item); // by id; the image is kept
    // Empty bytes remove the picture.
    Status setImage(const Session &session, qint64 itemId, const QByteArray &bytes);

    // For the CSV import, inside its batch transaction (the caller checks the permission).
    // A new code is added on offer; an existing one takes the row's values and keeps its
    // description, picture, early access and status — and its partner merchant when the file
    // has no partner column (`partnerGiven` false).
    Result<UpsertOutcome> upsertInTransaction(const CatalogItem &item, bool partnerGiven = true);

    static QString selectSql(); // "SELECT <item columns> FROM catalog_items "
    static CatalogItem fromRow(const QSqlQuery &query);

private:
    Status checkReferences(const CatalogItem &item) const;
    Result<qint64> insertRow(const CatalogItem &item);
    Status writeItem(const CatalogItem &item);
    Result<qint64> netRedeemed(qint64 itemId) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace pd

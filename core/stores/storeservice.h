#pragma once

#include "core/result.h"

#include <QList>

namespace pd {

class Clock;
class Database;
struct Session;

struct Store
{
    qint64 id = 0;
    QString code;
    QString name;
    QString city;
    QString partnerCode; // eyewear, hometex, auto4s … for partner merchants; empty for own stores
    QString partnerName; // read only: the partner merchant's own name, when it has one
};

class StoreService
{
public:
    StoreService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<QList<Store>> stores() const; // everyone who is logged in may read stores
    Result<Store> storeByCode(const QString &code) const;
    Result<qint64> addStore(const Session &session, const Store &store);
    Status updateStore(const Session &session, const Store &store);

    static Status validate(const Store &store);
    // The id of the store with this code, or a NotFound error naming the "store" field.
    static Result<qint64> storeId(Database &db, const QString &code);
    // The partner merchants' codes the stores carry, sorted.
    static Result<QStringList> partnerCodes(Database &db);

    // Inserts without its own transaction or permission check: for importers and demo data,
    // which run inside their own audited batch transaction.
    Result<qint64> insertInTransaction(const Store &store);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace pd

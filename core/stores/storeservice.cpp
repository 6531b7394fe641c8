#include "storeservice.h"

#include "core/audit/auditlog.h"
#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"

#include <QRegularExpression>

namespace pd {

namespace {

Store storeFrom(const QSqlQuery &q)
{
    Store s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.name = q.value(2).toString();
    s.city = q.value(3).toString();
    s.partnerCode = q.value(4).toString();
    s.partnerName = q.value(5).toString();
    return s;
}

const QString kSelect = QStringLiteral("SELECT s.id, s.code, s.name, s.city, s.partner_code, e.name FROM stores s "
                                       "LEFT JOIN earning_rates e ON e.code = 'partner:' || s.partner_code ");
} // namespace

Status StoreService::validate(const Store &store)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9_-]{1,32}\\z"));
    if (!codePattern.match(store.code).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::StoreService", "A store code has 1 to 32 letters, digits, dashes or underscores."), QStringLiteral("code"));
    if (store.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::StoreService", "Enter the store's name."), QStringLiteral("name"));
    if (store.name.size() > 200 || store.city.size() > 100)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::StoreService", "The name or city is too long."), QStringLiteral("name"));
    if (!store.partnerCode.isEmpty() && !codePattern.match(store.partnerCode).hasMatch())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::StoreService", "A partner code has letters, digits, dashes or underscores."),
                         QStringLiteral("partner"));
    return {};
}

namespace {
// A partner store belongs to a partner merchant the programme knows (its earning rate is
// partner:<code>), or its receipts and settlement would have no one to go to.
Status checkPartnerKnown(Database &db, const Store &store)
{
    if (store.partnerCode.isEmpty())
        return {};
    auto known = sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM earning_rates WHERE code = ?"),
                             {QVariant(QStringLiteral("partner:") + store.partnerCode)});
    if (!known)
        return known.error();
    if (known->toLongLong() == 0)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("pd::StoreService", "There is no partner merchant %1: add it on the programme screen first.")
                             .arg(store.partnerCode),
                         QStringLiteral("partner"));
    return {};
}
} // namespace

Result<qint64> StoreService::storeId(Database &db, const QString &code)
{
    auto id = sql::scalar(db.connection(), QStringLiteral("SELECT id FROM stores WHERE code = ?"), {code});
    if (!id)
        return id.error();
    if (id.value().isNull())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::StoreService", "There is no store with the code %1.").arg(code),
                         QStringLiteral("store"));
    return id.value().toLongLong();
}

Result<QStringList> StoreService::partnerCodes(Database &db)
{
    auto rows = sql::run(db.connection(), QStringLiteral("SELECT DISTINCT partner_code FROM stores WHERE partner_code IS NOT NULL "
                                                         "AND partner_code <> '' ORDER BY partner_code"));
    if (!rows)
        return rows.error();
    QStringList codes;
    while (rows.value().next())
        codes << rows.value().value(0).toString();
    return codes;
}

Result<QList<Store>> StoreService::stores() const
{
    auto rows = sql::run(m_db.connection(), kSelect + QStringLiteral("ORDER BY s.code"));
    if (!rows)
        return rows.error();
    QList<Store> list;
    while (rows.value().next())
        list << storeFrom(rows.value());
    return list;
}

Result<Store> StoreService::storeByCode(const QString &code) const
{
    auto rows = sql::run(m_db.connection(), kSelect + QStringLiteral("WHERE s.code = ?"), {code});
    if (!rows)
        return rows.error();
    if (!rows.value().next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::StoreService", "There is no store with the code %1.").arg(code), QStringLiteral("store"));
    Store s = storeFrom(rows.value());
    rows.value().finish();
    return s;
}

Result<qint64> StoreService::insertInTransaction(const Store &store)
{
    if (Status s = checkPartnerKnown(m_db, store); !s)
        return s.error();
    auto ins = sql::insertReturningId(m_db.connection(),
                        QStringLiteral("INSERT INTO stores (code, name, city, partner_code, created_at) VALUES (?, ?, ?, ?, ?) "
                                       "RETURNING id"),
                        {store.code, store.name.trimmed(), store.city.trimmed(), sql::textOrNull(store.partnerCode),
                         toStoredTime(m_clock.nowUtc())});
    if (!ins)
        return ins.error();
    const qint64 id = ins.value();
    return id;
}

Result<qint64> StoreService::addStore(const Session &session, const Store &store)
{
    if (Status s = session.require(Permission::StoreManage); !s)
        return s.error();
    if (Status s = validate(store); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto existing = sql::scalar(m_db.connection(), QStringLiteral("SELECT id FROM stores WHERE code = ?"), {store.code});
    if (!existing)
        return existing.error();
    if (!existing.value().isNull())
        return makeError(ErrorCode::Duplicate, QCoreApplication::translate("pd::StoreService", "The store code %1 is already used.").arg(store.code),
                         QStringLiteral("code"));
    auto id = insertInTransaction(store);
    if (!id)
        return id;
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("store.add"), QStringLiteral("store"),
                                                  QString::number(id.value()), {{QStringLiteral("code"), store.code}, {QStringLiteral("partner"), store.partnerCode}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status StoreService::updateStore(const Session &session, const Store &store)
{
    if (Status s = session.require(Permission::StoreManage); !s)
        return s;
    if (Status s = validate(store); !s)
        return s;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = checkPartnerKnown(m_db, store); !s)
        return s;
    auto upd = sql::run(m_db.connection(), QStringLiteral("UPDATE stores SET name = ?, city = ?, partner_code = ? WHERE id = ? AND code = ?"),
                        {store.name.trimmed(), store.city.trimmed(), sql::textOrNull(store.partnerCode), store.id, store.code});
    if (!upd)
        return upd.error();
    if (upd.value().numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::StoreService", "There is no store with the code %1.").arg(store.code));
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("store.update"), QStringLiteral("store"),
                                                  QString::number(store.id),
                                                  {{QStringLiteral("name"), store.name.trimmed()},
                                                   {QStringLiteral("city"), store.city.trimmed()},
                                                   {QStringLiteral("partner"), store.partnerCode}});
        !s)
        return s;
    return tx.commit();
}

} // namespace pd

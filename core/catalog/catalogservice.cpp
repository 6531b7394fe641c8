#include "catalogservice.h"

#include "core/audit/auditlog.h"
#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"

namespace pd {

namespace {
QVariant optionalInt(const std::optional<qint64> &v) { return v ? QVariant(*v) : sql::nullInt(); }
QVariant optionalDate(const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : sql::nullText(); }

QJsonObject auditDetails(const CatalogItem &item)
{
    QJsonObject o{{QStringLiteral("code"), item.code},
                  {QStringLiteral("points"), item.pointsPrice},
                  {QStringLiteral("cash_fen"), item.cashFen},
                  {QStringLiteral("status"), itemStatusCode(item.status)}};
    if (item.stock)
        o.insert(QStringLiteral("stock"), *item.stock);
    if (!item.partnerCode.isEmpty())
        o.insert(QStringLiteral("partner"), item.partnerCode);
    return o;
}
} // namespace

QString CatalogService::selectSql()
{
    return QStringLiteral("SELECT id, code, name, category, description, points_price, cash_fen, retail_value_fen, stock, "
                          "limit_qty, limit_period, min_tier, early_access_days, active_from, active_to, status, "
                          "image IS NOT NULL, partner_code FROM catalog_items ");
}

CatalogItem CatalogService::fromRow(const QSqlQuery &q)
{
    CatalogItem i;
    i.id = q.value(0).toLongLong();
    i.code = q.value(1).toString();
    i.name = q.value(2).toString();
    i.category = categoryFromCode(q.value(3).toString()).value_or(CatalogCategory::Daily);
    i.description = q.value(4).toString();
    i.pointsPrice = q.value(5).toLongLong();
    i.cashFen = q.value(6).toLongLong();
    i.retailValueFen = q.value(7).toLongLong();
    if (!q.value(8).isNull())
        i.stock = q.value(8).toLongLong();
    if (!q.value(9).isNull())
        i.limitQty = q.value(9).toInt();
    i.limitPeriod = limitPeriodFromCode(q.value(10).toString()).value_or(LimitPeriod::Month);
    i.minTier = q.value(11).toString();
    i.earlyAccessDays = q.value(12).toInt();
    i.activeFrom = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    i.activeTo = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    i.status = itemStatusFromCode(q.value(15).toString()).value_or(ItemStatus::Draft);
    i.hasImage = q.value(16).toBool();
    i.partnerCode = q.value(17).toString();
    return i;
}

Result<QList<CatalogItem>> CatalogService::items(const Session &session, bool onOfferOnly) const
{
    Q_UNUSED(session); // the catalog is public: everyone who is logged in may read it
    auto rows = sql::run(m_db.connection(), selectSql() + (onOfferOnly ? QStringLiteral("WHERE status = 'active' ") : QString())
                                                + QStringLiteral("ORDER BY code"));
    if (!rows)
        return rows.error();
    QList<CatalogItem> list;
    while (rows.value().next())
        list << fromRow(rows.value());
    // the programme's order of categories, not the alphabet of their codes
    const QList<CatalogCategory> order = allCatalogCategories();
    std::stable_sort(list.begin(), list.end(), [&](const CatalogItem &a, const CatalogItem &b) {
        return order.indexOf(a.category) < order.indexOf(b.category);
    });
    return list;
}

Result<CatalogItem> CatalogService::item(const Session &session, const QString &code) const
{
    Q_UNUSED(session); // the catalog is public: everyone who is logged in may read it
    auto rows = sql::run(m_db.connection(), selectSql() + QStringLiteral("WHERE code = ?"), {code});
    if (!rows)
        return rows.error();
    if (!rows.value().next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::Catalog", "There is no catalog item %1.").arg(code),
                         QStringLiteral("item"));
    CatalogItem i = fromRow(rows.value());
    rows.value().finish();
    return i;
}

Result<QByteArray> CatalogService::image(const Session &session, qint64 itemId) const
{
    Q_UNUSED(session); // the catalog is public: everyone who is logged in may read it
    auto v = sql::scalar(m_db.connection(), QStringLiteral("SELECT image FROM catalog_items WHERE id = ?"), {itemId});
    if (!v)
        return v.error();
    return v.value().toByteArray();
}

Status CatalogService::checkReferences(const CatalogItem &item) const
{
    if (!item.partnerCode.isEmpty()) {
        // the settlement pays a partner its stores name; a code no store has is a typing slip
        auto partner = sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM stores WHERE partner_code = ?"), {item.partnerCode});
        if (!partner)
            return partner.error();
        if (partner.value().toLongLong() == 0)
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("pd::Catalog", "No store belongs to the partner merchant %1.").arg(item.partnerCode),
                             QStringLiteral("partner"));
    }
    if (item.minTier.isEmpty())
        return {};
    auto tier = sql::scalar(m_db.connection(), QStringLiteral("SELECT code FROM tiers WHERE code = ?"), {item.minTier});
    if (!tier)
        return tier.error();
    if (tier.value().isNull())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::Catalog", "There is no tier %1.").arg(item.minTier), QStringLiteral("tier"));
    return {};
}

Result<qint64> CatalogService::netRedeemed(qint64 itemId) const
{
    auto n = sql::scalar(m_db.connection(), QStringLiteral("SELECT COALESCE(SUM(quantity - cancelled_qty), 0) FROM redemptions WHERE item_id = ?"),
                         {itemId});
    if (!n)
        return n.error();
    return n.value().toLongLong();
}

// Writes every column but the picture. stock_received follows the stock so that
// stock = received − units redeemed + units cancelled holds after any edit.
Status CatalogService::writeItem(const CatalogItem &item)
{
    const QString received = item.stock ? QStringLiteral("?") : QStringLiteral("stock_received");
    QVariantList values{item.code, item.name.trimmed(), categoryCode(item.category), sql::text(item.description), item.pointsPrice,
                        item.cashFen, item.retailValueFen, optionalInt(item.stock)};
    if (item.stock) { // an unlimited item keeps its count of units received as it is
        auto net = netRedeemed(item.id);
        if (!net)
            return net.error();
        values << *item.stock + net.value();
    }
    values << (item.limitQty ? QVariant(*item.limitQty) : sql::nullInt())
           << (item.limitQty ? QVariant(limitPeriodCode(item.limitPeriod)) : sql::nullText()) << sql::textOrNull(item.minTier)
           << item.earlyAccessDays << optionalDate(item.activeFrom) << optionalDate(item.activeTo) << itemStatusCode(item.status)
           << sql::textOrNull(item.partnerCode) << toStoredTime(m_clock.nowUtc()) << item.id;
    auto upd = sql::run(m_db.connection(),
                        QStringLiteral("UPDATE catalog_items SET code = ?, name = ?, category = ?, description = ?, points_price = ?, "
                                       "cash_fen = ?, retail_value_fen = ?, stock = ?, stock_received = %1, limit_qty = ?, "
                                       "limit_period = ?, min_tier = ?, early_access_days = ?, active_from = ?, active_to = ?, "
                                       "status = ?, partner_code = ?, updated_at = ? WHERE id = ?")
                            .arg(received),
                        values);
    if (!upd)
        return upd.error();
    return {};
}

// The row with what the NOT NULL columns need; writeItem() fills in the rest.
Result<qint64> CatalogService::insertRow(const CatalogItem &item)
{
    return sql::insertReturningId(m_db.connection(),
                        QStringLiteral("INSERT INTO catalog_items (code, name, category, points_price, retail_value_fen, updated_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                        {item.code, item.name.trimmed(), categoryCode(item.category), item.pointsPrice, item.retailValueFen,
                         toStoredTime(m_clock.nowUtc())});
}

Result<qint64> CatalogService::create(const Session &session, const CatalogItem &input)
{
    if (Status s = session.require(Permission::CatalogManage); !s)
        return s.error();
    if (Status s = catalog::validate(input); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = checkReferences(input); !s)
        return s.error();
    auto exists = sql::scalar(m_db.connection(), QStringLiteral("SELECT id FROM catalog_items WHERE code = ?"), {input.code});
    if (!exists)
        return exists.error();
    if (!exists.value().isNull())
        return makeError(ErrorCode::Duplicate, QCoreApplication::translate("pd::Catalog", "There is already an item with the code %1.").arg(input.code),
                         QStringLiteral("code"));
    auto id = insertRow(input);
    if (!id)
        return id.error();
    CatalogItem item = input;
    item.id = id.value();
    if (Status s = writeItem(item); !s)
        return s.error();
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("catalog.create"), QStringLiteral("catalog_item"),
                                                  QString::number(item.id), auditDetails(item));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return item.id;
}

Status CatalogService::update(const Session &session, const CatalogItem &item)
{
    if (Status s = session.require(Permission::CatalogManage); !s)
        return s;
    if (Status s = catalog::validate(item); !s)
        return s;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = checkReferences(item); !s)
        return s;
    // the row lock keeps a redemption from taking stock between our count and our write
    auto old = sql::run(m_db.connection(), selectSql() + QStringLiteral("WHERE id = ?") + m_db.dialect().forUpdate(), {item.id});
    if (!old)
        return old.error();
    if (!old.value().next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::Catalog", "This item no longer exists."));
    const CatalogItem before = fromRow(old.value());
    old.value().finish();
    auto clash = sql::scalar(m_db.connection(), QStringLiteral("SELECT id FROM catalog_items WHERE code = ? AND id <> ?"), {item.code, item.id});
    if (!clash)
        return clash.error();
    if (!clash.value().isNull())
        return makeError(ErrorCode::Duplicate, QCoreApplication::translate("pd::Catalog", "There is already an item with the code %1.").arg(item.code),
                         QStringLiteral("code"));
    if (Status s = writeItem(item); !s)
        return s;
    QJsonObject details = auditDetails(item);
    if (before.stock != item.stock)
        details.insert(QStringLiteral("stock_before"), before.stock ? QJsonValue(*before.stock) : QJsonValue(QStringLiteral("unlimited")));
    if (before.pointsPrice != item.pointsPrice)
        details.insert(QStringLiteral("points_before"), before.pointsPrice);
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("catalog.update"), QStringLiteral("catalog_item"),
                                                  QString::number(item.id), details);
        !s)
        return s;
    return tx.commit();
}

Status CatalogService::setImage(const Session &session, qint64 itemId, const QByteArray &bytes)
{
    if (Status s = session.require(Permission::CatalogManage); !s)
        return s;
    if (Status s = catalog::validateImage(bytes); !s)
        return s;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto upd = sql::run(m_db.connection(), QStringLiteral("UPDATE catalog_items SET image = ?, updated_at = ? WHERE id = ?"),
                        {bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes), toStoredTime(m_clock.nowUtc()), itemId});
    if (!upd)
        return upd.error();
    if (upd.value().numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::Catalog", "This item no longer exists."));
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("catalog.image"), QStringLiteral("catalog_item"),
                                                  QString::number(itemId), {{QStringLiteral("bytes"), bytes.size()}});
        !s)
        return s;
    return tx.commit();
}

Result<UpsertOutcome> CatalogService::upsertInTransaction(const CatalogItem &input, bool partnerGiven)
{
    if (Status s = catalog::validate(input); !s)
        return s.error();
    if (Status s = checkReferences(input); !s)
        return s.error();
    auto old = sql::run(m_db.connection(), selectSql() + QStringLiteral("WHERE code = ?") + m_db.dialect().forUpdate(), {input.code});
    if (!old)
        return old.error();
    if (old.value().next()) {
        const CatalogItem before = fromRow(old.value());
        old.value().finish();
        CatalogItem item = input;
        if (!partnerGiven)
            item.partnerCode = before.partnerCode;
        if (catalog::csvContent(before) == catalog::csvContent(item))
            return UpsertOutcome::Unchanged;
        item.id = before.id;
        item.description = before.description;
        item.earlyAccessDays = before.earlyAccessDays;
        item.status = before.status;
        if (Status s = writeItem(item); !s)
            return s.error();
        return UpsertOutcome::Updated;
    }
    auto id = insertRow(input);
    if (!id)
        return id.error();
    CatalogItem item = input;
    item.id = id.value();
    item.status = ItemStatus::Active;
    if (Status s = writeItem(item); !s)
        return s.error();
    return UpsertOutcome::Added;
}

} // namespace pd

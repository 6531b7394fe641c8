#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace pd {

// DESIGN §2 catalog categories; the codes are stored and used in CSV files.
enum class CatalogCategory { Daily, GiftBox, Service, Voucher, Ticket, Partner, Charity };
enum class LimitPeriod { Day, Month, Year };
enum class ItemStatus { Draft, Active, Retired };

QList<CatalogCategory> allCatalogCategories();
QString categoryCode(CatalogCategory c);
std::optional<CatalogCategory> categoryFromCode(const QString &code);
QString categoryName(CatalogCategory c); // translated

QString limitPeriodCode(LimitPeriod p);
std::optional<LimitPeriod> limitPeriodFromCode(const QString &code);
QString limitPeriodName(LimitPeriod p); // translated: "per day" …

QString itemStatusCode(ItemStatus s);
std::optional<ItemStatus> itemStatusFromCode(const QString &code);
QString itemStatusName(ItemStatus s); // translated

// One item of the redemption catalog (DESIGN §7). Money in fen.
struct CatalogItem
{
    qint64 id = 0;
    QString code;
    QString name;
    CatalogCategory category = CatalogCategory::Daily;
    QString description;
    qint64 pointsPrice = 0;
    qint64 cashFen = 0;        // the "points + cash" part paid at the till
    qint64 retailValueFen = 0; // for disclosure: what the item is worth
    std::optional<qint64> stock;    // empty: unlimited
    std::optional<int> limitQty;    // per member per period; empty: no limit
    LimitPeriod limitPeriod = LimitPeriod::Month;
    QString minTier;                // lowest tier code allowed; empty: everyone
    int earlyAccessDays = 0;        // good-credit members may redeem this many days before activeFrom
    QDate activeFrom;               // programme dates, inclusive; invalid: open
    QDate activeTo;
    ItemStatus status = ItemStatus::Draft;
    bool hasImage = false;
    QString partnerCode;            // a partner merchant's item (paid for in the settlement); empty: the chain's

    // What one point is worth in this item, in hundredths of a fen:
    // (retail value − cash part) ÷ points price. Zero when the item has no retail value.
    qint64 pointValueCentiFen() const;
    // "¥0.10" — the value of a point, for the list and the disclosure.
    QString pointValueText() const;
    // Why nobody can redeem it on this business day ("ended 2026-10-08", "out of stock",
    // "from 2027-01-10", "draft"); empty when it is on offer. Good credit's early access and
    // each member's own limits are the redemption's to explain.
    QString unavailableReason(const QDate &today) const;
};

namespace catalog {
constexpr int kMaxImageBytes = 512 * 1024;
constexpr qint64 kMaxPointsPrice = 100'000'000;

Status validate(const CatalogItem &item);
// Only PNG and JPEG data are stored (the screens scale a chosen picture before saving it).
Status validateImage(const QByteArray &bytes);
// The content of an item as it is compared on import (everything a CSV row carries).
QString csvContent(const CatalogItem &item);
} // namespace catalog

} // namespace pd

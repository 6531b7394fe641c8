#include "catalogitem.h"

#include "core/enumcodes.h"
#include "core/pointsmath.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pd {

namespace {
struct CategoryInfo { CatalogCategory category; const char *code; const char *name; };
const CategoryInfo kCategories[] = {
    {CatalogCategory::Daily, "daily", QT_TRANSLATE_NOOP("pd::Catalog", "Daily necessities")},
    {CatalogCategory::GiftBox, "gift_box", QT_TRANSLATE_NOOP("pd::Catalog", "Festival gift boxes")},
    {CatalogCategory::Service, "service", QT_TRANSLATE_NOOP("pd::Catalog", "Services")},
    {CatalogCategory::Voucher, "voucher", QT_TRANSLATE_NOOP("pd::Catalog", "Vouchers")},
    {CatalogCategory::Ticket, "ticket", QT_TRANSLATE_NOOP("pd::Catalog", "Tickets")},
    {CatalogCategory::Partner, "partner", QT_TRANSLATE_NOOP("pd::Catalog", "Partner goods")},
    {CatalogCategory::Charity, "charity", QT_TRANSLATE_NOOP("pd::Catalog", "Charity")},
};
} // namespace

QList<CatalogCategory> allCatalogCategories()
{
    QList<CatalogCategory> all;
    for (const CategoryInfo &c : kCategories)
        all << c.category;
    return all;
}

QString categoryCode(CatalogCategory c)
{
    for (const CategoryInfo &info : kCategories)
        if (info.category == c)
            return QLatin1String(info.code);
    return {};
}

std::optional<CatalogCategory> categoryFromCode(const QString &code)
{
    for (const CategoryInfo &info : kCategories)
        if (code == QLatin1String(info.code))
            return info.category;
    return std::nullopt;
}

QString categoryName(CatalogCategory c)
{
    for (const CategoryInfo &info : kCategories)
        if (info.category == c)
            return QCoreApplication::translate("pd::Catalog", info.name);
    return {};
}

QString limitPeriodCode(LimitPeriod p)
{
    switch (p) {
    case LimitPeriod::Day: return QStringLiteral("day");
    case LimitPeriod::Month: return QStringLiteral("month");
    case LimitPeriod::Year: return QStringLiteral("year");
    }
    return {};
}

std::optional<LimitPeriod> limitPeriodFromCode(const QString &code)
{
    return enumFromCode(code, {LimitPeriod::Day, LimitPeriod::Month, LimitPeriod::Year}, limitPeriodCode);
}

QString limitPeriodName(LimitPeriod p)
{
    switch (p) {
    case LimitPeriod::Day: return QCoreApplication::translate("pd::Catalog", "per day");
    case LimitPeriod::Month: return QCoreApplication::translate("pd::Catalog", "per month");
    case LimitPeriod::Year: return QCoreApplication::translate("pd::Catalog", "per year");
    }
    return {};
}

QString itemStatusCode(ItemStatus s)
{
    switch (s) {
    case ItemStatus::Draft: return QStringLiteral("draft");
    case ItemStatus::Active: return QStringLiteral("active");
    case ItemStatus::Retired: return QStringLiteral("retired");
    }
    return {};
}

std::optional<ItemStatus> itemStatusFromCode(const QString &code)
{
    return enumFromCode(code, {ItemStatus::Draft, ItemStatus::Active, ItemStatus::Retired}, itemStatusCode);
}

QString itemStatusName(ItemStatus s)
{
    switch (s) {
    case ItemStatus::Draft: return QCoreApplication::translate("pd::Catalog", "Draft");
    case ItemStatus::Active: return QCoreApplication::translate("pd::Catalog", "On offer");
    case ItemStatus::Retired: return QCoreApplication::translate("pd::Catalog", "Retired");
    }
    return {};
}

qint64 CatalogItem::pointValueCentiFen() const
{
    const qint64 value = std::max<qint64>(0, retailValueFen - cashFen);
    if (pointsPrice <= 0)
        return 0;
    // at most 1e8 fen × 100 — well inside 64 bits
    return value * 100 / pointsPrice;
}

QString CatalogItem::pointValueText() const
{
    const qint64 centiFen = pointValueCentiFen();
    // rounded half up to whole fen hundredths of a yuan: ¥0.10, ¥0.05
    const qint64 fenRounded = (centiFen + 50) / 100;
    if (centiFen > 0 && fenRounded == 0)
        return QStringLiteral("<¥0.01");
    return QStringLiteral("¥") + points::displayYuan(fenRounded);
}

QString CatalogItem::unavailableReason(const QDate &today) const
{
    if (status != ItemStatus::Active)
        return itemStatusName(status);
    if (activeTo.isValid() && today > activeTo)
        return QCoreApplication::translate("pd::Catalog", "ended %1").arg(activeTo.toString(Qt::ISODate));
    if (activeFrom.isValid() && today < activeFrom)
        return QCoreApplication::translate("pd::Catalog", "from %1").arg(activeFrom.toString(Qt::ISODate));
    if (stock && *stock <= 0)
        return QCoreApplication::translate("pd::Catalog", "out of stock");
    return QString();
}

namespace catalog {

Status validate(const CatalogItem &item)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9_-]{1,32}\\z"));
    const auto error = [](const char *text, const char *field) {
        return Status(makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Catalog", text), QLatin1String(field)));
    };
    if (!codePattern.match(item.code).hasMatch())
        return error(QT_TRANSLATE_NOOP("pd::Catalog", "An item code has 1 to 32 letters, digits, dashes or underscores."), "code");
    if (item.name.trimmed().isEmpty() || item.name.size() > 200)
        return error(QT_TRANSLATE_NOOP("pd::Catalog", "Give the item a name of up to 200 characters."), "name");
    if (item.description.size() > 4000)
        return error(QT_TRANSLATE_NOOP("pd::Catalog", "The description is longer than 4,000 characters."), "description");
    if (item.pointsPrice <= 0 || item.pointsPrice > kMaxPointsPrice)
        return error(QT_TRANSLATE_NOOP("pd::Catalog", "The points price is a whole number from 1 to 100,000,000."), "points");
    if (item.cashFen < 0 || item.cashFen > points::kMaxReceiptFen)
        return error(QT_TRANSLATE_NOOP("pd::Catalog", "The cash part must be between ¥0 and ¥1,000,000."), "cash");
    if (item.retailValueFen < 0 || item.retailValueFen > points::kMaxReceiptFen)
        return error(QT_TRANSLATE_NOOP("pd::Catalog", "The retail value must be between ¥0 and ¥1,000,000."), "retail_value");
    if (item.stock && (*item.stock < 0 || *item.stock > 100'000'000))
        return error(QT_TRANSLATE_NOOP("pd::Catalog", "Stock is a whole number from 0 to 100,000,000, or empty for unlimited."), "stock");
    if (item.limitQty && (*item.limitQty <= 0 || *item.limitQty > 10'000))
        return error(QT_TRANSLATE_NOOP("pd::Catalog", "A per-member limit is a whole number from 1 to 10,000, or empty for none."),
                     "per_member_limit");
    if (item.earlyAccessDays < 0 || item.earlyAccessDays > 365)
        return error(QT_TRANSLATE_NOOP("pd::Catalog", "Early access is 0 to 365 days."), "early_access_days");
    if (item.earlyAccessDays > 0 && !item.activeFrom.isValid())
        return error(QT_TRANSLATE_NOOP("pd::Catalog", "Early access needs a first day on offer to count back from."), "active_from");
    if (item.activeFrom.isValid() && item.activeTo.isValid() && item.activeTo < item.activeFrom)
        return error(QT_TRANSLATE_NOOP("pd::Catalog", "The last day on offer is before the first."), "active_to");
    return {};
}

Status validateImage(const QByteArray &bytes)
{
    if (bytes.size() > kMaxImageBytes)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::Catalog", "The picture is larger than %1 KB after scaling.").arg(kMaxImageBytes / 1024),
                         QStringLiteral("image"));
    const bool png = bytes.startsWith("\x89PNG\r\n\x1a\n");
    const bool jpeg = bytes.startsWith("\xff\xd8\xff");
    if (!bytes.isEmpty() && !png && !jpeg)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::Catalog", "Only PNG and JPEG pictures are stored."),
                         QStringLiteral("image"));
    return {};
}

QString csvContent(const CatalogItem &item)
{
    return QStringList{item.code,
                       item.name,
                       categoryCode(item.category),
                       QString::number(item.pointsPrice),
                       QString::number(item.cashFen),
                       QString::number(item.retailValueFen),
                       item.stock ? QString::number(*item.stock) : QString(),
                       item.limitQty ? QString::number(*item.limitQty) : QString(),
                       item.limitQty ? limitPeriodCode(item.limitPeriod) : QString(),
                       item.minTier,
                       item.activeFrom.toString(Qt::ISODate),
                       item.activeTo.toString(Qt::ISODate),
                       item.partnerCode}
        .join(QLatin1Char('|'));
}

} // namespace catalog

} // namespace pd

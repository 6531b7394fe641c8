#include "catalogmodel.h"

#include "core/catalog/catalogservice.h"
#include "core/clock.h"
#include "core/pointsmath.h"
#include "core/members/member.h"

#include <limits>

namespace pd {

CatalogModel::CatalogModel(Database &db, const Clock &clock, Session session, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_clock(clock), m_session(std::move(session))
{
}

int CatalogModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_items.size()); }
int CatalogModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

Status CatalogModel::reload()
{
    auto items = CatalogService(m_db, m_clock).items(m_session);
    beginResetModel();
    m_items = items ? items.value() : QList<CatalogItem>();
    applySort();
    endResetModel();
    if (!items)
        return items.error();
    return {};
}

void CatalogModel::sort(int column, Qt::SortOrder order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // the selection follows its item
    const QModelIndexList before = persistentIndexList();
    QStringList held;
    for (const QModelIndex &i : before)
        held << m_items.value(i.row()).code;
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(rowOf(held.at(i)), before.at(i).column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CatalogModel::applySort()
{
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount)
        return;
    const auto number = [this](const CatalogItem &i) -> std::optional<qint64> {
        switch (Column(m_sortColumn)) {
        case Points: return i.pointsPrice;
        case Cash: return i.cashFen;
        case RetailValue: return i.retailValueFen;
        case PointValue: return i.pointValueCentiFen();
        case Stock: return i.stock.value_or(std::numeric_limits<qint64>::max()); // unlimited last
        default: return std::nullopt;
        }
    };
    QList<std::pair<QString, CatalogItem>> keyed;
    for (const CatalogItem &i : std::as_const(m_items))
        keyed.append({number(i) ? QString() : data(index(int(keyed.size()), m_sortColumn)).toString(), i});
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
        const auto &[first, second] = m_sortOrder == Qt::AscendingOrder ? std::tie(a, b) : std::tie(b, a);
        if (const auto x = number(first.second), y = number(second.second); x && y)
            return *x < *y;
        return QString::localeAwareCompare(first.first, second.first) < 0;
    });
    for (qsizetype i = 0; i < keyed.size(); ++i)
        m_items[i] = keyed.at(i).second;
}

int CatalogModel::rowOf(const QString &code) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).code == code)
            return i;
    return -1;
}

QString CatalogModel::windowText(const CatalogItem &item)
{
    const QString from = item.activeFrom.toString(Qt::ISODate), to = item.activeTo.toString(Qt::ISODate);
    QString text;
    if (!from.isEmpty() && !to.isEmpty())
        text = tr("%1 – %2").arg(from, to);
    else if (!from.isEmpty())
        text = tr("from %1").arg(from);
    else if (!to.isEmpty())
        text = tr("until %1").arg(to);
    else
        text = tr("always");
    if (item.earlyAccessDays > 0)
        text += tr(" (good credit %n day(s) earlier)", nullptr, item.earlyAccessDays);
    return text;
}

QString CatalogModel::limitText(const CatalogItem &item)
{
    if (!item.limitQty)
        return QStringLiteral("—");
    return tr("%1 %2").arg(*item.limitQty).arg(limitPeriodName(item.limitPeriod));
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const CatalogItem &i = m_items.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        switch (Column(index.column())) {
        case Points: case Cash: case RetailValue: case PointValue: case Stock:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == PointValue)
        return tr("What one point is worth in this item: (retail value − cash part) ÷ points.");
    if (role == Qt::ToolTipRole && index.column() == Name)
        return i.description;
    if (role != Qt::DisplayRole)
        return {};
    const QString unavailable = i.unavailableReason(businessToday(m_clock));
    switch (Column(index.column())) {
    case Code: return i.code;
    case Name: return i.name;
    case Category: return categoryName(i.category);
    case Points: return tr("%L1 points").arg(i.pointsPrice);
    case Cash: return i.cashFen > 0 ? QString(QStringLiteral("+ ¥") + points::displayYuan(i.cashFen)) : QString();
    case RetailValue: return QString(QStringLiteral("¥") + points::displayYuan(i.retailValueFen));
    case PointValue: return i.retailValueFen > 0 ? i.pointValueText() : QStringLiteral("—");
    case Stock: return i.stock ? QString::number(*i.stock) : tr("unlimited");
    case Limit: return limitText(i);
    case Tier: return i.minTier.isEmpty() ? tr("all") : tr("%1 and above").arg(tierName(i.minTier));
    case OnOffer: return unavailable.isEmpty() ? windowText(i) : tr("%1 — not today: %2").arg(windowText(i), unavailable);
    case Status: return itemStatusName(i.status);
    case ColumnCount: break;
    }
    return {};
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Code: return tr("Code");
    case Name: return tr("Item");
    case Category: return tr("Category");
    case Points: return tr("Points price");
    case Cash: return tr("Plus cash");
    case RetailValue: return tr("Retail value");
    case PointValue: return tr("1 point is worth");
    case Stock: return tr("Stock");
    case Limit: return tr("Limit per member");
    case Tier: return tr("Tiers");
    case OnOffer: return tr("On offer");
    case Status: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pd

#pragma once

#include "core/access/session.h"
#include "core/catalog/catalogitem.h"

#include <QAbstractTableModel>

namespace pd {

class Clock;
class Database;

// The redemption catalog as a list. A catalog holds tens or hundreds of items, so it is read
// whole; the points price and the value of a point stand next to every item (DESIGN §9).
class CatalogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Name, Category, Points, Cash, RetailValue, PointValue, Stock, Limit, Tier, OnOffer, Status, ColumnCount };

    CatalogModel(Database &db, const Clock &clock, Session session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    pd::Status reload();
    // By a column's value (prices and stock as numbers, the rest as shown); kept on reload.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    CatalogItem itemAt(int row) const { return m_items.value(row); }
    int rowOf(const QString &code) const;

    // "2026-09-01 – 2026-10-08", "from 2026-09-01", "always"
    static QString windowText(const CatalogItem &item);
    // "2 per month" or "—"
    static QString limitText(const CatalogItem &item);

private:
    Database &m_db;
    const Clock &m_clock;
    Session m_session;
    QList<CatalogItem> m_items;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    void applySort();
};

} // namespace pd

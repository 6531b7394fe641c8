#pragma once

#include "core/insights/memberlists.h"

#include <QAbstractTableModel>

namespace pd {

// A life-cycle list as the screen shows it: the whole list is read once (off the GUI thread)
// and handed over; the view is given it a page at a time (fetchMore), so a list of a million
// members opens at once, and a click on a column's title sorts the whole list.
class MemberListModel : public QAbstractTableModel
{
public:
    enum Column { Card, Name, Mobile, Store, Tier, Consent, Balance, Points, Day, Recent, Before, ColumnCount };
    static constexpr int kPage = 500;

    explicit MemberListModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void show(MemberListKind kind, QList<MemberListRow> rows);
    // The same list in another order (as `sorted` gave it), as many rows shown as before.
    void showSorted(QList<MemberListRow> rows);
    const QList<MemberListRow> &rows() const { return m_rows; }
    // The rows in the order of a column (stable: rows that tie keep their order). Touches no
    // model: a screen sorts a long list on a thread of its own and shows it with showSorted.
    static QList<MemberListRow> sorted(QList<MemberListRow> rows, int column, Qt::SortOrder order);
    MemberListKind kind() const { return m_kind; }
    qsizetype total() const { return m_rows.size(); }
    const MemberListRow &row(int i) const { return m_rows.at(i); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    MemberListKind m_kind = MemberListKind::Expiring;
    QList<MemberListRow> m_rows;
    int m_shown = 0;
};

} // namespace pd

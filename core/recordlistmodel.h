#pragma once

#include "core/result.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

namespace pd {

// One column of a record list: its title, marked with QT_TRANSLATE_NOOP in the list's context,
// how a record shows in it, and (for the few lists edited in place) how an edit changes the
// record — returning an error message when the value is refused.
template<typename Record>
struct ListColumn
{
    using Show = std::function<QVariant(const Record &)>;
    using Edit = std::function<std::optional<QString>(Record &, const QVariant &)>;

    ListColumn(const char *title, Show show, Edit edit = Edit()) : title(title), show(std::move(show)), edit(std::move(edit)) {}

    const char *title;
    Show show;
    Edit edit; // empty for a column that is only shown
};

// A list of records read whole from a core service: stores, users, adjustment requests,
// earning rates, tiers, charity projects. Such lists hold tens or hundreds of rows, so they are
// not paged; screens show them and keep no copy of their own. Edits stay in the model until the
// screen saves its records through the service.
template<typename Record>
class RecordListModel : public QAbstractTableModel
{
public:
    using Load = std::function<Result<QList<Record>>()>;

    RecordListModel(const char *context, QList<ListColumn<Record>> columns, Load load, QObject *parent = nullptr)
        : QAbstractTableModel(parent), m_context(context), m_columns(std::move(columns)), m_load(std::move(load))
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_records.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_columns.size()); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= m_records.size() || (role != Qt::DisplayRole && role != Qt::EditRole))
            return {};
        return m_columns.at(index.column()).show(m_records.at(index.row()));
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
            return QAbstractTableModel::headerData(section, orientation, role);
        return QCoreApplication::translate(m_context, m_columns.at(section).title);
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags f = QAbstractTableModel::flags(index);
        if (index.isValid() && m_columns.at(index.column()).edit)
            f |= Qt::ItemIsEditable;
        return f;
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override
    {
        if (!index.isValid() || role != Qt::EditRole || !m_columns.at(index.column()).edit)
            return false;
        Record changed = m_records.at(index.row());
        if (auto refused = m_columns.at(index.column()).edit(changed, value)) {
            m_lastRefusal = *refused;
            return false;
        }
        m_lastRefusal.clear();
        m_records[index.row()] = std::move(changed);
        emit dataChanged(index, index);
        return true;
    }

    // Reads the list again; on an error the list is empty and the error says why.
    Status reload()
    {
        auto loaded = m_load();
        beginResetModel();
        m_records = loaded ? loaded.value() : QList<Record>();
        endResetModel();
        if (!loaded)
            return loaded.error();
        return {};
    }

    const QList<Record> &records() const { return m_records; }
    std::optional<Record> recordAt(int row) const
    {
        if (row < 0 || row >= m_records.size())
            return std::nullopt;
        return m_records.at(row);
    }
    // The first row whose record satisfies `test`, or -1.
    int rowWhere(const std::function<bool(const Record &)> &test) const
    {
        for (int row = 0; row < m_records.size(); ++row)
            if (test(m_records.at(row)))
                return row;
        return -1;
    }
    // Why the last edit was refused (empty when it was taken).
    QString lastRefusal() const { return m_lastRefusal; }

private:
    const char *m_context;
    QList<ListColumn<Record>> m_columns;
    Load m_load;
    QList<Record> m_records;
    QString m_lastRefusal;
};

} // namespace pd

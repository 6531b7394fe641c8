#pragma once

#include "core/access/session.h"
#include "core/members/member.h"
#include "core/members/membersearch.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <optional>

namespace pd {

// Which members the list holds besides the search: a home store, a tier, a status.
struct MemberListFilter
{
    QString storeCode;
    QString tier;
    std::optional<MemberStatus> status;
};

class Database;
class MemberService;

// The members list. It pages from the database in key order (never loads all rows) and
// shows mobile numbers masked unless the user revealed one through MemberService.
// Sorting: a list that is all loaded (a search, a filter) sorts by any column; the whole
// programme's list sorts by card number or name (in pinyin order), which an index orders.
class MemberModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CardNo, Name, Mobile, Tier, Credit, Status, Store, Balance, JoinedOn, ColumnCount };
    static constexpr int kPageSize = 200;

    MemberModel(Database &db, MemberService &service, Session session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setSearch(const QString &text, MemberSearchMode mode = MemberSearchMode::Auto);
    QString searchText() const { return m_searchText; }
    void setListFilter(const MemberListFilter &filter);
    // column -1: in order of registration. False when this column cannot order a list that
    // is not all loaded (the order is then left as it was).
    bool sortBy(int column, Qt::SortOrder order);
    void sort(int column, Qt::SortOrder order) override { sortBy(column, order); }
    int sortColumn() const { return m_sortColumn; }
    // Re-reads every loaded member: points, tiers and statuses other screens and other desks
    // changed since the list was read.
    void refreshLoaded();

    Member memberAt(int row) const;
    int rowOf(qint64 memberId) const; // -1 when not loaded
    // Re-reads one member after an operation changed it, or adds a newly registered one.
    void refreshMember(qint64 memberId);
    pd::Status revealMobile(int row);
    QString lastError() const { return m_lastError; }

private:
    // Reads the next page and advances the keys; the caller signals the rows.
    QList<Member> readPage();
    void reload();
    // The column ordering pages from the database: a search's column, or the sort's.
    QString keyColumn() const;

    Database &m_db;
    MemberService &m_service;
    Session m_session;
    MemberSearch m_search;
    QString m_searchText;
    QList<Member> m_rows;
    QHash<qint64, QString> m_revealed;
    QSet<qint64> m_prepended; // registered here; skipped when their page arrives
    MemberListFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_lastKey;
    qint64 m_lastId = 0;
    bool m_atEnd = false;
    QString m_lastError;
};

} // namespace pd

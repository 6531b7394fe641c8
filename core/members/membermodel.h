#pragma once

#include "core/auth/session.h"
#include "core/members/member.h"
#include "core/members/membersearch.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace pd {

class Database;
class MemberService;

// The members list. It pages from the database in key order (never loads all rows) and
// shows mobile numbers masked unless the user revealed one through MemberService.
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

    Member memberAt(int row) const;
    int rowOf(qint64 memberId) const; // -1 when not loaded
    // Re-reads one member after an operation changed it, or adds a newly registered one.
    void refreshMember(qint64 memberId);
    pd::Status revealMobile(int row);
    QString lastError() const { return m_lastError; }

private:
    // Reads the next page and advances the keys; the caller signals the rows.
    QList<Member> readPage();

    Database &m_db;
    MemberService &m_service;
    Session m_session;
    MemberSearch m_search;
    QString m_searchText;
    QList<Member> m_rows;
    QHash<qint64, QString> m_revealed;
    QSet<qint64> m_prepended; // registered here; skipped when their page arrives
    QString m_lastKey;
    qint64 m_lastId = 0;
    bool m_atEnd = false;
    QString m_lastError;
};

} // namespace pd

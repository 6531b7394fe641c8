#pragma once

#include "core/ledger/entrykind.h"
#include "core/result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include "core/access/session.h"

namespace pd {

class Clock;
class Database;

struct LotInfo
{
    qint64 points = 0;
    qint64 remaining = 0;
    QDateTime earnedAt;
    QDateTime expiresAt; // invalid: never
};

// What the member detail screen shows above the history.
struct MemberPointsSummary
{
    qint64 balance = 0;
    qint64 debt = 0;
    QString tier;
    QString nextTier;          // empty at the top tier
    qint64 qualifyingSpendFen = 0;
    qint64 nextThresholdFen = 0;
    qint64 greenTotal = 0;     // green points ever earned: a record of environmental action
    QList<LotInfo> openLots;   // first-expiring first
};

Result<MemberPointsSummary> memberPointsSummary(Database &db, const Clock &clock, const Session &session, qint64 memberId);


// One member's ledger, newest first, paged; each row explains itself in words.
class LedgerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Kind, Points, Reference, Explanation, ColumnCount };
    static constexpr int kPageSize = 200;

    LedgerModel(Database &db, Session session, qint64 memberId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row { qint64 id; QDateTime time; QString kind; qint64 delta; QString reference; QString breakdown; QString reason; };
    QList<Row> readPage();

    Database &m_db;
    Session m_session;
    qint64 m_memberId;
    QList<Row> m_rows;
    qint64 m_lastId = 0;
    bool m_atEnd = false;
};

} // namespace pd

#pragma once

#include "core/audit/auditfilter.h"
#include "core/audit/auditlog.h"
#include "core/access/session.h"

#include <QAbstractTableModel>

namespace pd {

class Database;

// A readable name for an audit action code ("member.register" → "Member registered").
QString auditActionName(const QString &action);
// Every action code the program records, for choosing one to filter by.
QStringList auditActionCodes();
// A readable name for an audited kind of record ("member" → "Member").
QString auditEntityName(const QString &entity);

// The audit trail, newest first, paged by sequence number; filtered by action, user, days and
// record. Records are named by the numbers people know and details read as words.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Seq, Time, User, Action, Entity, Details, ColumnCount };
    static constexpr int kPageSize = 200;

    AuditModel(Database &db, Session session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // False with lastError() when the filter itself is wrong (a last day before the first).
    bool setFilter(const AuditFilter &filter);
    void reload() { setFilter(m_filter); }
    AuditFilter filter() const { return m_filter; }
    AuditRecord recordAt(int row) const;
    QString lastError() const { return m_lastError; }

private:
    QList<AuditRecord> readPage();

    Database &m_db;
    Session m_session;
    AuditFilter m_filter;
    AuditCondition m_condition;
    QList<AuditRecord> m_rows;
    QHash<QString, QString> m_names; // record key → "card 8000000001"
    qint64 m_lastSeq = 0;
    bool m_atEnd = false;
    QString m_lastError;
};

} // namespace pd

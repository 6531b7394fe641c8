#include "membermodel.h"

#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/members/memberservice.h"

#include <QLocale>

namespace pd {

MemberModel::MemberModel(Database &db, MemberService &service, Session session, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_service(service), m_session(std::move(session))
{
    setSearch(QString());
}

int MemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Member &m = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return m.id;
    if (role == Qt::TextAlignmentRole && index.column() == Balance)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case CardNo: return m.cardNo;
    case Name: return m.name;
    case Mobile: return m_revealed.value(m.id, m.maskedMobile);
    case Tier: return tierName(m.tier);
    case Credit: return creditName(m.credit);
    case Status: return memberStatusName(m.status);
    case Store: return m.storeName;
    case Balance: return QLocale().toString(m.balance);
    case JoinedOn: return m.joinedOn.toString(Qt::ISODate);
    case ColumnCount: break;
    }
    return {};
}

QVariant MemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CardNo: return tr("Card no.");
    case Name: return tr("Name");
    case Mobile: return tr("Mobile");
    case Tier: return tr("Tier");
    case Credit: return tr("Credit");
    case Status: return tr("Status");
    case Store: return tr("Home store");
    case Balance: return tr("Points");
    case JoinedOn: return tr("Joined");
    case ColumnCount: break;
    }
    return {};
}

bool MemberModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void MemberModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const QList<Member> page = readPage();
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows << page;
    endInsertRows();
}

void MemberModel::setSearch(const QString &text, MemberSearchMode mode)
{
    beginResetModel();
    m_searchText = text;
    m_search = MemberSearch::resolve(text, mode);
    m_rows.clear();
    m_prepended.clear();
    m_lastKey.clear();
    m_lastId = 0;
    m_atEnd = !m_session.can(Permission::MemberRead);
    m_rows = readPage();
    endResetModel();
}

QList<Member> MemberModel::readPage()
{
    if (m_atEnd)
        return {};
    QString where;
    QString order;
    QVariantList values;
    const bool first = m_rows.isEmpty();
    if (m_search.column.isEmpty()) {
        where = QStringLiteral("WHERE m.id > ?");
        values << m_lastId;
        order = QStringLiteral("ORDER BY m.id");
    } else if (m_search.exact) {
        where = QStringLiteral("WHERE m.%1 = ? AND m.id > ?").arg(m_search.column);
        values << m_search.low << m_lastId;
        order = QStringLiteral("ORDER BY m.id");
    } else {
        // Key order on (column, id): each page is a range scan of the column's index.
        where = QStringLiteral("WHERE m.%1 >= ? AND m.%1 < ?").arg(m_search.column);
        values << m_search.low << m_search.high;
        if (!first) {
            where += QStringLiteral(" AND (m.%1 > ? OR (m.%1 = ? AND m.id > ?))").arg(m_search.column);
            values << m_lastKey << m_lastKey << m_lastId;
        }
        order = QStringLiteral("ORDER BY m.%1, m.id").arg(m_search.column);
    }
    const bool keyed = !m_search.column.isEmpty() && !m_search.exact;
    const QString statement = MemberService::selectSql(keyed ? m_search.column : QString()) + where + QLatin1Char(' ') + order
                              + QStringLiteral(" LIMIT %1").arg(kPageSize);
    auto rows = sql::run(m_db.connection(), statement, values);
    if (!rows) {
        m_lastError = rows.error().describe();
        m_atEnd = true;
        return {};
    }
    QList<Member> page;
    QString lastKey;
    while (rows.value().next()) {
        page << MemberService::memberFromRow(rows.value());
        if (keyed)
            lastKey = rows.value().value(MemberService::kExtraColumn).toString();
    }
    rows.value().finish();
    if (page.size() < kPageSize)
        m_atEnd = true;
    if (page.isEmpty())
        return {};
    m_lastKey = lastKey;
    m_lastId = page.constLast().id;
    page.removeIf([this](const Member &m) { return m_prepended.contains(m.id); });
    return page;
}

Member MemberModel::memberAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Member{};
}

int MemberModel::rowOf(qint64 memberId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == memberId)
            return i;
    }
    return -1;
}

void MemberModel::refreshMember(qint64 memberId)
{
    auto fresh = m_service.member(m_session, memberId);
    if (!fresh)
        return;
    const int row = rowOf(memberId);
    if (row >= 0) {
        m_rows[row] = fresh.value();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // A new member goes on top, where the person who registered it looks.
    beginInsertRows({}, 0, 0);
    m_rows.prepend(fresh.value());
    m_prepended.insert(memberId);
    endInsertRows();
}

pd::Status MemberModel::revealMobile(int row)
{
    if (row < 0 || row >= m_rows.size())
        return makeError(ErrorCode::NotFound, tr("Choose a member first."));
    const qint64 id = m_rows.at(row).id;
    auto mobile = m_service.revealMobile(m_session, id);
    if (!mobile)
        return mobile.error();
    m_revealed.insert(id, mobile.value());
    emit dataChanged(index(row, Mobile), index(row, Mobile));
    return {};
}

} // namespace pd

#include "membermodel.h"

#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/members/memberservice.h"
#include "core/members/pinyin.h"

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
    m_searchText = text;
    m_search = MemberSearch::resolve(text, mode);
    reload();
}

void MemberModel::setListFilter(const MemberListFilter &filter)
{
    m_filter = filter;
    reload();
}

bool MemberModel::sortBy(int column, Qt::SortOrder order)
{
    if (column < 0) {
        m_sortColumn = -1;
        m_sortOrder = Qt::AscendingOrder;
        reload();
        return true;
    }
    if (m_atEnd) {
        // all here: any column, in memory, without reading again
        const auto text = [this, column](const Member &m) -> QString {
            switch (Column(column)) {
            case CardNo: return m.cardNo;
            case Name: return QString(pinyin::initials(m.name) + QLatin1Char(' ') + m.name);
            case Mobile: return m_revealed.value(m.id, m.maskedMobile);
            case Tier: return tierName(m.tier);
            case Credit: return creditName(m.credit);
            case Status: return memberStatusName(m.status);
            case Store: return m.storeName;
            case JoinedOn: return m.joinedOn.toString(Qt::ISODate);
            case Balance:
            case ColumnCount: break;
            }
            return QString();
        };
        // each key once (a name's pinyin is not cheap), then the rows by their keys
        QList<std::pair<QString, Member>> keyed;
        keyed.reserve(m_rows.size());
        for (const Member &m : std::as_const(m_rows))
            keyed.append({text(m), m});
        std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
            const auto &[first, second] = order == Qt::AscendingOrder ? std::tie(a, b) : std::tie(b, a);
            return column == Balance ? first.second.balance < second.second.balance
                                     : QString::localeAwareCompare(first.first, second.first) < 0;
        });
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        // the selection follows its member, so a button pressed next acts on the one chosen
        const QModelIndexList before = persistentIndexList();
        QList<qint64> held;
        for (const QModelIndex &i : before)
            held << m_rows.at(i.row()).id;
        for (qsizetype i = 0; i < keyed.size(); ++i)
            m_rows[i] = keyed.at(i).second;
        QModelIndexList after;
        for (qsizetype i = 0; i < before.size(); ++i)
            after << index(rowOf(held.at(i)), before.at(i).column());
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        m_sortColumn = column;
        m_sortOrder = order;
        return true;
    }
    if ((column != CardNo && column != Name) || !m_search.column.isEmpty())
        return false;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
    return true;
}

void MemberModel::refreshLoaded()
{
    constexpr int kChunk = 500;
    QHash<qint64, int> rowOfId;
    for (int i = 0; i < m_rows.size(); ++i)
        rowOfId.insert(m_rows.at(i).id, i);
    const QList<qint64> ids = rowOfId.keys();
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        QStringList marks;
        QVariantList values;
        for (qint64 id : ids.mid(from, kChunk)) {
            marks << QStringLiteral("?");
            values << id;
        }
        auto rows = sql::run(m_db.connection(), MemberService::selectSql() + QStringLiteral("WHERE m.id IN (%1)").arg(marks.join(QLatin1Char(','))),
                             values);
        if (!rows) {
            m_lastError = rows.error().describe();
            return;
        }
        while (rows.value().next()) {
            const Member fresh = MemberService::memberFromRow(rows.value());
            m_rows[rowOfId.value(fresh.id)] = fresh;
        }
        rows.value().finish();
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString MemberModel::keyColumn() const
{
    if (!m_search.column.isEmpty())
        return m_search.exact ? QString() : m_search.column;
    if (m_sortColumn == CardNo)
        return QStringLiteral("card_no");
    if (m_sortColumn == Name)
        return QStringLiteral("name_initials"); // pinyin order, as people look names up
    return QString();
}

void MemberModel::reload()
{
    beginResetModel();
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
    QString where = QStringLiteral("WHERE 1 = 1");
    QString order;
    QVariantList values;
    const bool first = m_rows.isEmpty() && m_lastId == 0;
    const QString key = keyColumn();
    // a sort by the whole list's card number or name may run backwards
    const bool backwards = m_search.column.isEmpty() && !key.isEmpty() && m_sortOrder == Qt::DescendingOrder;
    const QString after = backwards ? QStringLiteral("<") : QStringLiteral(">");
    const QString direction = backwards ? QStringLiteral(" DESC") : QString();
    if (m_search.exact) {
        where += QStringLiteral(" AND m.%1 = ?").arg(m_search.column);
        values << m_search.low;
    } else if (!m_search.column.isEmpty()) {
        where += QStringLiteral(" AND m.%1 >= ? AND m.%1 < ?").arg(m_search.column);
        values << m_search.low << m_search.high;
    }
    if (key.isEmpty()) {
        where += QStringLiteral(" AND m.id > ?");
        values << m_lastId;
        order = QStringLiteral("ORDER BY m.id");
    } else {
        // Key order on (column, id): each page is a range scan of the column's index.
        if (!first) {
            where += QStringLiteral(" AND (m.%1 %2 ? OR (m.%1 = ? AND m.id %2 ?))").arg(key, after);
            values << m_lastKey << m_lastKey << m_lastId;
        }
        order = QStringLiteral("ORDER BY m.%1%2, m.id%2").arg(key, direction);
    }
    if (!m_filter.storeCode.isEmpty()) {
        where += QStringLiteral(" AND s.code = ?");
        values << m_filter.storeCode;
    }
    if (!m_filter.tier.isEmpty()) {
        where += QStringLiteral(" AND m.tier = ?");
        values << m_filter.tier;
    }
    if (m_filter.status) {
        where += QStringLiteral(" AND m.status = ?");
        values << memberStatusCode(*m_filter.status);
    }
    const bool keyed = !key.isEmpty();
    const QString statement = MemberService::selectSql(keyed ? key : QString()) + where + QLatin1Char(' ') + order
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

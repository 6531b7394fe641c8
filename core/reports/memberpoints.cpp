#include "memberpoints.h"

#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/ledger/breakdown.h"
#include "core/reports/entryreference.h"
#include "core/rules/programmerules.h"
#include "core/rules/tiers.h"

#include <QJsonDocument>
#include <QLocale>

namespace pd {

Result<MemberPointsSummary> memberPointsSummary(Database &db, const Clock &clock, const Session &session, qint64 memberId)
{
    if (Status s = session.require(Permission::MemberRead); !s)
        return s.error();
    const QSqlDatabase c = db.connection();
    auto row = sql::run(c, QStringLiteral("SELECT balance, debt, tier FROM members WHERE id = ?"), {memberId});
    if (!row)
        return row.error();
    if (!row.value().next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::Ledger", "There is no such member."));
    MemberPointsSummary s;
    s.balance = row.value().value(0).toLongLong();
    s.debt = row.value().value(1).toLongLong();
    s.tier = row.value().value(2).toString();
    row.value().finish();
    auto rules = ProgrammeRules::load(db);
    if (!rules)
        return rules.error();
    auto spend = tiers::qualifyingSpend(db, memberId, clock.nowUtc());
    if (!spend)
        return spend.error();
    s.qualifyingSpendFen = spend.value();
    if (const Tier *t = rules->tier(s.tier)) {
        for (const Tier &next : rules->tiers) {
            if (next.rank > t->rank) {
                s.nextTier = next.code;
                s.nextThresholdFen = next.thresholdFen;
                break;
            }
        }
    }
    auto green = sql::scalar(c, QStringLiteral("SELECT COALESCE(SUM(delta), 0) FROM ledger_entries WHERE member_id = ? AND kind = ?"), {memberId, storedName(EntryKind::Green)});
    if (!green)
        return green.error();
    s.greenTotal = green.value().toLongLong();
    auto lots = sql::run(c, QStringLiteral("SELECT points, remaining, earned_at, expires_at FROM lots WHERE member_id = ? AND remaining > 0 "
                                           "ORDER BY expires_at IS NULL, expires_at, id"),
                         {memberId});
    if (!lots)
        return lots.error();
    while (lots.value().next()) {
        const QSqlQuery &q = lots.value();
        s.openLots << LotInfo{q.value(0).toLongLong(), q.value(1).toLongLong(), fromStoredTime(q.value(2).toString()),
                              q.value(3).isNull() ? QDateTime() : fromStoredTime(q.value(3).toString())};
    }
    return s;
}

namespace {
// An adjustment's reason and a donation's project stand in the reference ("Adjustment #1
// (reason)"); other entries give theirs in the explanation column.
bool reasonInReference(const QString &stored)
{
    const auto kind = entryKindFromStored(stored);
    return kind == EntryKind::Adjust || kind == EntryKind::Donate;
}
} // namespace

LedgerModel::LedgerModel(Database &db, Session session, qint64 memberId, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_session(std::move(session)), m_memberId(memberId)
{
    m_atEnd = !m_session.can(Permission::MemberRead);
    m_rows = readPage();
}

int LedgerModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int LedgerModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Points)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Time: return displayTime(r.time);
    case Kind: return entryKindName(r.kind);
    case Points: return QString((r.delta > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(r.delta));
    case Reference:
        return humanReference(r.reference, reasonInReference(r.kind) ? r.reason : QString());
    case Explanation:
        if (r.breakdown.isEmpty())
            return reasonInReference(r.kind) ? QString() : r.reason;
        return EarningBreakdown::fromJson(QJsonDocument::fromJson(r.breakdown.toUtf8()).object()).explain();
    case ColumnCount: break;
    }
    return {};
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time: return tr("Time");
    case Kind: return tr("Kind");
    case Points: return tr("Points");
    case Reference: return tr("Reference");
    case Explanation: return tr("Why");
    case ColumnCount: break;
    }
    return {};
}

bool LedgerModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && !m_atEnd; }

void LedgerModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const QList<Row> page = readPage();
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows << page;
    endInsertRows();
}

QList<LedgerModel::Row> LedgerModel::readPage()
{
    if (m_atEnd)
        return {};
    auto rows = sql::run(m_db.connection(),
                         QStringLiteral("SELECT id, business_time, kind, delta, reference, breakdown FROM ledger_entries WHERE member_id = ? "
                                        "AND (? = 0 OR id < ?) ORDER BY id DESC LIMIT %1").arg(kPageSize),
                         {m_memberId, m_lastId, m_lastId});
    QList<Row> page;
    if (!rows) {
        m_atEnd = true;
        return page;
    }
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        page << Row{q.value(0).toLongLong(), fromStoredTime(q.value(1).toString()), q.value(2).toString(), q.value(3).toLongLong(),
                    q.value(4).toString(), q.value(5).toString(), QString()};
    }
    rows.value().finish();
    QList<qint64> ids;
    for (const Row &row : std::as_const(page))
        ids << row.id;
    if (auto reasons = entryReasons(m_db, m_memberId, ids)) {
        for (Row &row : page)
            row.reason = reasons->value(row.id);
    }
    if (page.size() < kPageSize)
        m_atEnd = true;
    if (!page.isEmpty())
        m_lastId = page.constLast().id;
    return page;
}

} // namespace pd

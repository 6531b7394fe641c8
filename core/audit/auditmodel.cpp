#include "auditmodel.h"

#include "core/audit/auditwords.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"

namespace pd {

namespace {
const QHash<QString, const char *> &actionNames()
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("auth.login"), QT_TRANSLATE_NOOP("pd::AuditModel", "Logged in")},
        {QStringLiteral("auth.login_failed"), QT_TRANSLATE_NOOP("pd::AuditModel", "Failed login")},
        {QStringLiteral("auth.locked"), QT_TRANSLATE_NOOP("pd::AuditModel", "Account locked after failed logins")},
        {QStringLiteral("user.create"), QT_TRANSLATE_NOOP("pd::AuditModel", "User created")},
        {QStringLiteral("user.reset_password"), QT_TRANSLATE_NOOP("pd::AuditModel", "Password reset")},
        {QStringLiteral("user.password"), QT_TRANSLATE_NOOP("pd::AuditModel", "Own password changed")},
        {QStringLiteral("user.unlock"), QT_TRANSLATE_NOOP("pd::AuditModel", "User unlocked")},
        {QStringLiteral("user.enable"), QT_TRANSLATE_NOOP("pd::AuditModel", "User enabled")},
        {QStringLiteral("user.disable"), QT_TRANSLATE_NOOP("pd::AuditModel", "User disabled")},
        {QStringLiteral("store.add"), QT_TRANSLATE_NOOP("pd::AuditModel", "Store added")},
        {QStringLiteral("store.update"), QT_TRANSLATE_NOOP("pd::AuditModel", "Store changed")},
        {QStringLiteral("member.register"), QT_TRANSLATE_NOOP("pd::AuditModel", "Member registered")},
        {QStringLiteral("member.update"), QT_TRANSLATE_NOOP("pd::AuditModel", "Member data changed")},
        {QStringLiteral("member.status"), QT_TRANSLATE_NOOP("pd::AuditModel", "Member status changed")},
        {QStringLiteral("member.consent"), QT_TRANSLATE_NOOP("pd::AuditModel", "Marketing consent changed")},
        {QStringLiteral("member.reveal_mobile"), QT_TRANSLATE_NOOP("pd::AuditModel", "Mobile number revealed")},
        {QStringLiteral("member.data_request"), QT_TRANSLATE_NOOP("pd::AuditModel", "Personal-data request logged")},
        {QStringLiteral("member.data_refused"), QT_TRANSLATE_NOOP("pd::AuditModel", "Personal-data request refused")},
        {QStringLiteral("member.export_data"), QT_TRANSLATE_NOOP("pd::AuditModel", "Copy of a member's data exported")},
        {QStringLiteral("member.erase"), QT_TRANSLATE_NOOP("pd::AuditModel", "Member's personal data erased")},
        {QStringLiteral("import.stores"), QT_TRANSLATE_NOOP("pd::AuditModel", "Stores imported")},
        {QStringLiteral("import.members"), QT_TRANSLATE_NOOP("pd::AuditModel", "Members imported")},
        {QStringLiteral("export.members"), QT_TRANSLATE_NOOP("pd::AuditModel", "Members exported")},
        {QStringLiteral("export.reminders"), QT_TRANSLATE_NOOP("pd::AuditModel", "Expiry reminders' SMS file written")},
        {QStringLiteral("demo.create"), QT_TRANSLATE_NOOP("pd::AuditModel", "Demo data created")},
        {QStringLiteral("backup.create"), QT_TRANSLATE_NOOP("pd::AuditModel", "Database backed up")},
        {QStringLiteral("backup.restore"), QT_TRANSLATE_NOOP("pd::AuditModel", "Database restored from a backup")},
        {QStringLiteral("rules.note"), QT_TRANSLATE_NOOP("pd::AuditModel", "Text of the programme rules changed")},
        {QStringLiteral("rules.version_saved"), QT_TRANSLATE_NOOP("pd::AuditModel", "Version of the programme rules saved")},
        {QStringLiteral("rules.publish"), QT_TRANSLATE_NOOP("pd::AuditModel", "Programme rules published")},
        {QStringLiteral("settings.change"), QT_TRANSLATE_NOOP("pd::AuditModel", "Setting changed")},
        {QStringLiteral("user.role"), QT_TRANSLATE_NOOP("pd::AuditModel", "Role changed")},
        {QStringLiteral("user.store"), QT_TRANSLATE_NOOP("pd::AuditModel", "Home store changed")},
        {QStringLiteral("receipt.post"), QT_TRANSLATE_NOOP("pd::AuditModel", "Receipt posted")},
        {QStringLiteral("return.post"), QT_TRANSLATE_NOOP("pd::AuditModel", "Return posted")},
        {QStringLiteral("import.receipts"), QT_TRANSLATE_NOOP("pd::AuditModel", "Receipts imported")},
        {QStringLiteral("import.checkins"), QT_TRANSLATE_NOOP("pd::AuditModel", "Check-ins imported")},
        {QStringLiteral("checkin.post"), QT_TRANSLATE_NOOP("pd::AuditModel", "Checked in")},
        {QStringLiteral("badge.prize"), QT_TRANSLATE_NOOP("pd::AuditModel", "Badge prize collected")},
        {QStringLiteral("import.returns"), QT_TRANSLATE_NOOP("pd::AuditModel", "Returns imported")},
        {QStringLiteral("export.ledger"), QT_TRANSLATE_NOOP("pd::AuditModel", "Ledger exported")},
        {QStringLiteral("adjust.apply"), QT_TRANSLATE_NOOP("pd::AuditModel", "Points adjusted")},
        {QStringLiteral("adjust.request"), QT_TRANSLATE_NOOP("pd::AuditModel", "Adjustment requested")},
        {QStringLiteral("adjust.approve"), QT_TRANSLATE_NOOP("pd::AuditModel", "Adjustment approved")},
        {QStringLiteral("adjust.reject"), QT_TRANSLATE_NOOP("pd::AuditModel", "Adjustment rejected")},
        {QStringLiteral("expiry.run"), QT_TRANSLATE_NOOP("pd::AuditModel", "Points expired")},
        {QStringLiteral("expiry.remind"), QT_TRANSLATE_NOOP("pd::AuditModel", "Members reminded of expiring points")},
        {QStringLiteral("tiers.review"), QT_TRANSLATE_NOOP("pd::AuditModel", "Tier review")},
        {QStringLiteral("charity.add"), QT_TRANSLATE_NOOP("pd::AuditModel", "Charity project added")},
        {QStringLiteral("charity.donate"), QT_TRANSLATE_NOOP("pd::AuditModel", "Points donated")},
        {QStringLiteral("rules.rate"), QT_TRANSLATE_NOOP("pd::AuditModel", "Earning rate changed")},
        {QStringLiteral("rules.tier"), QT_TRANSLATE_NOOP("pd::AuditModel", "Tier changed")},
        {QStringLiteral("rules.scenario"), QT_TRANSLATE_NOOP("pd::AuditModel", "Scenario or partner merchant added")},
        {QStringLiteral("rules.scenario_name"), QT_TRANSLATE_NOOP("pd::AuditModel", "Scenario or partner merchant renamed")},
        {QStringLiteral("catalog.create"), QT_TRANSLATE_NOOP("pd::AuditModel", "Catalog item added")},
        {QStringLiteral("catalog.update"), QT_TRANSLATE_NOOP("pd::AuditModel", "Catalog item changed")},
        {QStringLiteral("catalog.image"), QT_TRANSLATE_NOOP("pd::AuditModel", "Catalog picture changed")},
        {QStringLiteral("import.catalog"), QT_TRANSLATE_NOOP("pd::AuditModel", "Catalog imported")},
        {QStringLiteral("export.catalog"), QT_TRANSLATE_NOOP("pd::AuditModel", "Catalog exported")},
        {QStringLiteral("redeem.post"), QT_TRANSLATE_NOOP("pd::AuditModel", "Item redeemed")},
        {QStringLiteral("redeem.cancel"), QT_TRANSLATE_NOOP("pd::AuditModel", "Redemption cancelled")},
        {QStringLiteral("audit.close"), QT_TRANSLATE_NOOP("pd::AuditModel", "Daily close: chain head exported")},
        {QStringLiteral("export.audit"), QT_TRANSLATE_NOOP("pd::AuditModel", "Audit trail exported")},
        {QStringLiteral("export.member_list"), QT_TRANSLATE_NOOP("pd::AuditModel", "Member list exported")},
        {QStringLiteral("campaign.create"), QT_TRANSLATE_NOOP("pd::AuditModel", "Campaign drafted")},
        {QStringLiteral("campaign.update"), QT_TRANSLATE_NOOP("pd::AuditModel", "Campaign draft changed")},
        {QStringLiteral("campaign.version"), QT_TRANSLATE_NOOP("pd::AuditModel", "New campaign version drafted")},
        {QStringLiteral("campaign.submit"), QT_TRANSLATE_NOOP("pd::AuditModel", "Campaign submitted for approval")},
        {QStringLiteral("campaign.approve"), QT_TRANSLATE_NOOP("pd::AuditModel", "Campaign approved")},
        {QStringLiteral("campaign.reject"), QT_TRANSLATE_NOOP("pd::AuditModel", "Campaign rejected")},
        {QStringLiteral("campaign.cancel"), QT_TRANSLATE_NOOP("pd::AuditModel", "Campaign cancelled")},
    };
    return names;
}
} // namespace

QStringList auditActionCodes()
{
    QStringList codes = actionNames().keys();
    codes.sort();
    return codes;
}

QString auditActionName(const QString &action)
{
    const auto &names = actionNames();
    const auto it = names.constFind(action);
    return it == names.cend() ? action : QCoreApplication::translate("pd::AuditModel", *it);
}

QString auditEntityName(const QString &entity)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("member"), QT_TRANSLATE_NOOP("pd::AuditModel", "member")},
        {QStringLiteral("members"), QT_TRANSLATE_NOOP("pd::AuditModel", "members")},
        {QStringLiteral("store"), QT_TRANSLATE_NOOP("pd::AuditModel", "store")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("pd::AuditModel", "user")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("pd::AuditModel", "import file")},
        {QStringLiteral("setting"), QT_TRANSLATE_NOOP("pd::AuditModel", "setting")},
        {QStringLiteral("receipt"), QT_TRANSLATE_NOOP("pd::AuditModel", "receipt")},
        {QStringLiteral("return"), QT_TRANSLATE_NOOP("pd::AuditModel", "return")},
        {QStringLiteral("adjustment"), QT_TRANSLATE_NOOP("pd::AuditModel", "adjustment")},
        {QStringLiteral("ledger"), QT_TRANSLATE_NOOP("pd::AuditModel", "ledger")},
        {QStringLiteral("catalog_item"), QT_TRANSLATE_NOOP("pd::AuditModel", "catalog item")},
        {QStringLiteral("catalog"), QT_TRANSLATE_NOOP("pd::AuditModel", "catalog")},
        {QStringLiteral("redemption"), QT_TRANSLATE_NOOP("pd::AuditModel", "redemption")},
        {QStringLiteral("audit"), QT_TRANSLATE_NOOP("pd::AuditModel", "audit trail")},
        {QStringLiteral("campaign"), QT_TRANSLATE_NOOP("pd::AuditModel", "campaign")},
    };
    const auto it = names.constFind(entity);
    return it == names.cend() ? entity : QCoreApplication::translate("pd::AuditModel", *it);
}

AuditModel::AuditModel(Database &db, Session session, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_session(std::move(session))
{
    setFilter(AuditFilter());
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditRecord &r = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Details)
        return r.details; // what was hashed, exactly
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Seq: return r.seq;
    case Time: return displayTime(fromStoredTime(r.at), true);
    case User: return r.actorName;
    case Action: return auditActionName(r.action);
    case Entity: return auditRecordName(r, m_names);
    case Details: return auditDetailsInWords(r.details);
    case ColumnCount: break;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Seq: return tr("No.");
    case Time: return tr("Time");
    case User: return tr("User");
    case Action: return tr("Action");
    case Entity: return tr("Record");
    case Details: return tr("Details");
    case ColumnCount: break;
    }
    return {};
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const QList<AuditRecord> page = readPage();
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows << page;
    endInsertRows();
}

bool AuditModel::setFilter(const AuditFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_names.clear();
    m_lastSeq = 0;
    m_lastError.clear();
    m_atEnd = !m_session.can(Permission::AuditRead);
    auto condition = auditCondition(m_db, filter);
    if (condition) {
        m_condition = condition.value();
        m_rows = readPage();
    } else {
        m_lastError = condition.error().message;
        m_atEnd = true;
    }
    endResetModel();
    return condition.ok();
}

AuditRecord AuditModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : AuditRecord{};
}

QList<AuditRecord> AuditModel::readPage()
{
    if (m_atEnd)
        return {};
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (m_lastSeq > 0) {
        where += QStringLiteral(" AND seq < ?");
        values << m_lastSeq;
    }
    where += m_condition.sql;
    values << m_condition.values;
    auto rows = sql::run(m_db.connection(),
                         AuditRecord::selectSql() + where + QStringLiteral(" ORDER BY seq DESC LIMIT %1").arg(kPageSize),
                         values);
    if (!rows) {
        m_lastError = rows.error().describe();
        m_atEnd = true;
        return {};
    }
    QList<AuditRecord> page;
    while (rows.value().next()) {
        page << AuditRecord::fromRow(rows.value());
    }
    rows.value().finish();
    if (auto names = auditRecordNames(m_db, page))
        m_names.insert(names.value());
    if (page.size() < kPageSize)
        m_atEnd = true;
    if (!page.isEmpty())
        m_lastSeq = page.constLast().seq;
    return page;
}

} // namespace pd

#include "donationservice.h"

#include "core/audit/auditlog.h"
#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/retry.h"
#include "core/db/transaction.h"
#include "core/ledger/ledger.h"

#include <QRegularExpression>

namespace pd {


Result<qint64> DonationService::addProject(const Session &session, const CharityProject &p)
{
    if (Status s = session.require(Permission::ProgrammeSettings); !s)
        return s.error();
    static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9_-]{1,32}\\z"));
    if (!code.match(p.code).hasMatch())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::DonationService", "A project code has 1 to 32 letters, digits, dashes or underscores."), QStringLiteral("code"));
    if (p.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::DonationService", "Enter the project's name."), QStringLiteral("name"));
    if (p.pointsPerYuan <= 0)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::DonationService", "The matching rule needs a number of points above zero."), QStringLiteral("points_per_yuan"));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto exists = sql::scalar(m_db.connection(), QStringLiteral("SELECT id FROM charity_projects WHERE code = ?"), {p.code});
    if (!exists)
        return exists.error();
    if (!exists.value().isNull())
        return makeError(ErrorCode::Duplicate, QCoreApplication::translate("pd::DonationService", "The project code %1 is already used.").arg(p.code), QStringLiteral("code"));
    auto ins = sql::insertReturningId(m_db.connection(), QStringLiteral("INSERT INTO charity_projects (code, name, points_per_yuan, active) VALUES (?, ?, ?, 1) RETURNING id"),
                        {p.code, p.name.trimmed(), p.pointsPerYuan});
    if (!ins)
        return ins.error();
    const qint64 id = ins.value();
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("charity.add"), QStringLiteral("setting"), p.code,
                                                  {{QStringLiteral("points_per_yuan"), p.pointsPerYuan}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<CharityProject>> DonationService::projects() const
{
    auto rows = sql::run(m_db.connection(), QStringLiteral("SELECT id, code, name, points_per_yuan, active FROM charity_projects ORDER BY code"));
    if (!rows)
        return rows.error();
    QList<CharityProject> list;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        list << CharityProject{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(), q.value(4).toInt() != 0};
    }
    return list;
}

Result<qint64> DonationService::donate(const Session &session, const QString &cardNo, const QString &projectCode, qint64 points)
{
    return withConflictRetry(m_db, [&] { return donateOnce(session, cardNo, projectCode, points); });
}

Result<qint64> DonationService::donateOnce(const Session &session, const QString &cardNo, const QString &projectCode, qint64 points)
{
    if (Status s = session.require(Permission::Donate); !s)
        return s.error();
    if (points <= 0)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::DonationService", "Donate at least one point."), QStringLiteral("points"));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto project = sql::scalar(m_db.connection(), QStringLiteral("SELECT id FROM charity_projects WHERE code = ? AND active = 1"), {projectCode});
    if (!project)
        return project.error();
    if (project.value().isNull())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::DonationService", "There is no open charity project %1.").arg(projectCode), QStringLiteral("project"));
    Ledger ledger(m_db, m_clock);
    auto member = ledger.lockMemberByCard(cardNo);
    if (!member)
        return member.error();
    if (member->status != MemberStatus::Active)
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("pd::DonationService", "The membership of card %1 is %2: it cannot use points.").arg(cardNo, memberStatusName(member->status)));
    EntrySource source;
    source.businessTime = m_clock.nowUtc();
    source.operatorId = session.userId;
    source.reference = QStringLiteral("charity:") + projectCode;
    auto entry = ledger.spend(member.value(), points, EntryKind::Donate, source);
    if (!entry)
        return entry.error();
    auto ins = sql::insertReturningId(m_db.connection(), QStringLiteral("INSERT INTO donations (project_id, member_id, points, entry_id, business_time) "
                                                          "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                        {project.value(), member->id, points, entry.value(), toStoredTime(source.businessTime)});
    if (!ins)
        return ins.error();
    const qint64 id = ins.value();
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("charity.donate"), QStringLiteral("member"),
                                                  QString::number(member->id), {{QStringLiteral("points"), points},
                                                                                {QStringLiteral("project"), projectCode}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<CharityTotal>> DonationService::totals() const
{
    auto rows = sql::run(m_db.connection(),
                         QStringLiteral("SELECT p.id, p.code, p.name, p.points_per_yuan, p.active, COUNT(DISTINCT d.member_id), "
                                        "COALESCE(SUM(d.points), 0) FROM charity_projects p LEFT JOIN donations d ON d.project_id = p.id "
                                        "GROUP BY p.id, p.code, p.name, p.points_per_yuan, p.active ORDER BY p.code"));
    if (!rows)
        return rows.error();
    QList<CharityTotal> list;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        CharityTotal t;
        t.project = CharityProject{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(), q.value(4).toInt() != 0};
        t.donors = q.value(5).toLongLong();
        t.points = q.value(6).toLongLong();
        t.matchedFen = (t.points / t.project.pointsPerYuan) * 100;
        list << t;
    }
    return list;
}

} // namespace pd

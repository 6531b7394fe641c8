#include "fixtures.h"

#include <QSqlRecord>

#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/audit/auditlog.h"
#include "core/campaigns/campaignservice.h"
#include "core/clock.h"
#include "core/integrity/invariants.h"

#include <QTest>

namespace pd::test {

QMap<QString, QStringList> everyRow(Database &db)
{
    const QString list = db.dialect().isSQLite()
                             ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                             : QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename");
    QMap<QString, QStringList> out;
    auto tables = sql::run(db.connection(), list);
    QStringList names;
    while (tables.value().next())
        names << tables.value().value(0).toString();
    tables.value().finish();
    for (const QString &table : std::as_const(names)) {
        auto rows = sql::run(db.connection(), QStringLiteral("SELECT * FROM ") + table);
        QStringList &texts = out[table];
        while (rows.value().next()) {
            QStringList fields;
            for (int i = 0; i < rows.value().record().count(); ++i)
                fields << rows.value().value(i).toString();
            texts << fields.join(QLatin1Char('|'));
        }
        texts.sort();
    }
    return out;
}

qint64 countRows(Database &db, const QString &table, const QString &where)
{
    auto v = sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table
                                              + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    return v ? v.value().toLongLong() : -1;
}

Session demoLogin(Database &db, const QString &username)
{
    Session s;
    s.username = username;
    auto row = sql::run(db.connection(), QStringLiteral("SELECT id, role FROM users WHERE username = ?"), {username});
    if (row && row.value().next()) {
        s.userId = row.value().value(0).toLongLong();
        s.role = roleFromCode(row.value().value(1).toString()).value_or(Role::Cashier);
        row.value().finish();
    }
    return s;
}

Status approveCampaigns(Database &db, const Clock &clock, const QByteArray &json)
{
    CampaignService campaigns(db, clock);
    const Session manager = demoLogin(db, QStringLiteral("campaign")), officer = demoLogin(db, QStringLiteral("compliance"));
    QList<FieldProblem> problems;
    auto drafts = campaigns.importDrafts(manager, json, problems);
    if (!drafts)
        return drafts.error();
    for (const Campaign &c : drafts.value()) {
        if (Status s = campaigns.submit(manager, c.code); !s)
            return s;
        if (Status s = campaigns.approve(officer, c.code); !s)
            return s;
    }
    return {};
}

QString verifyProblems(Database &db)
{
    QStringList problems;
    const SystemClock clock;
    auto audit = AuditLog(db, clock).verify(Session::system(QStringLiteral("verify")));
    if (!audit)
        problems << audit.error().describe();
    else if (!audit->intact)
        problems << QStringLiteral("audit trail broken at record %1: %2").arg(audit->firstBadSeq).arg(audit->reason);
    auto ledger = checkLedgerInvariants(db);
    if (!ledger)
        problems << ledger.error().describe();
    else
        problems << ledger->problems;
    return problems.join(QLatin1Char('\n'));
}

VerifiedAtEnd::~VerifiedAtEnd()
{
    if (!m_db || m_damaged || QTest::currentTestFailed())
        return;
    const QString problems = verifyProblems(*m_db);
    if (!problems.isEmpty())
        QTest::qFail(qPrintable(QStringLiteral("verify after the test: ") + problems), __FILE__, __LINE__);
}

} // namespace pd::test

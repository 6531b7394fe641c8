// 100 random direct edits of the audit trail and the ledger, as someone with database
// access might make them (issue 6). Each is made inside a transaction that is rolled back
// afterwards, so every round starts from the same honest history, on both engines.
// POINTSDESK_SEED repeats a run; POINTSDESK_TAMPER_ROUNDS changes the number of rounds.
#include "core/audit/auditlog.h"
#include "core/db/sql.h"
#include "redemptionfixture.h"

#include <QRandomGenerator>

using namespace pd;
using namespace pd::test;

class TestTamper : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { PD_REQUIRE_BACKEND(); }
    void everyTamperingIsNamed();
};

void TestTamper::everyTamperingIsNamed()
{
    const int rounds = qEnvironmentVariableIntValue("POINTSDESK_TAMPER_ROUNDS") > 0 ? qEnvironmentVariableIntValue("POINTSDESK_TAMPER_ROUNDS") : 100;
    const quint32 seed = qEnvironmentVariableIsSet("POINTSDESK_SEED") ? quint32(qEnvironmentVariableIntValue("POINTSDESK_SEED"))
                                                                      : QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    PD_REDEMPTION_WORLD(w, 6);
    // an honest history: receipts, a return, a redemption and its cancellation, adjustments
    for (int m = 1; m <= 6; ++m)
        QVERIFY(w.receipt(QStringLiteral("R%1").arg(m), m, 100000 * m, w.clock.nowUtc().addDays(-m)).ok());
    QVERIFY(w.giveBack("X1", "R2", 50000, w.clock.nowUtc()).ok());
    QVERIFY(w.add(RedemptionWorld::item("CUP", 300, 10)));
    QVERIFY(w.redeem("D1", 3, "CUP", 2).ok());
    QVERIFY(w.cancel("D1", 1).ok());
    QVERIFY(AdjustmentService(w.t.db(), w.clock).request(sessionFor(Role::BackOffice), LedgerWorld::card(4), 200, "POS outage").ok());
    AuditLog audit(w.t.db(), w.clock);
    auto head = audit.closeDay(w.admin);
    QVERIFY(head.ok());
    const qint64 records = head->seq;
    QVERIFY(audit.verify(w.admin, head.value())->intact);
    QCOMPARE(w.invariantProblems(), QString());
    const QSqlDatabase c = w.t.db().connection();
    const auto exec = [&](const QString &statement, const QVariantList &values = {}) {
        auto r = sql::run(c, statement, values);
        if (!r)
            qWarning("%s", qPrintable(r.error().describe()));
        return r.ok();
    };
    const qint64 entries = countRows(w.t.db(), "ledger_entries");
    const QStringList fields{"at", "actor_name", "action", "entity_id", "details"};

    int byKind[6] = {};
    for (int round = 0; round < rounds; ++round) {
        QVERIFY(exec(w.t.db().dialect().beginWrite()));
        const int kind = int(random.bounded(6));
        ++byKind[kind];
        qint64 expectedSeq = 0; // for audit tampering: the record verify must name
        QString what;
        const qint64 s = 1 + random.bounded(records - 1); // never the last record alone
        switch (kind) {
        case 0: { // edit one field of one record
            const QString field = fields.at(int(random.bounded(fields.size())));
            QVERIFY(exec(QStringLiteral("UPDATE audit_log SET %1 = %1 || 'x' WHERE seq = ?").arg(field), {s}));
            expectedSeq = s;
            what = QStringLiteral("audit %1 of record %2 edited").arg(field).arg(s);
            break;
        }
        case 1: // delete one record
            QVERIFY(exec(QStringLiteral("DELETE FROM audit_log WHERE seq = ?"), {s}));
            expectedSeq = s;
            what = QStringLiteral("audit record %1 deleted").arg(s);
            break;
        case 2: { // swap two neighbours' contents (a reordering)
            auto a = sql::run(c, AuditRecord::selectSql() + QStringLiteral("WHERE seq = ?"), {s});
            a.value().next();
            const AuditRecord first = AuditRecord::fromRow(a.value());
            a.value().finish();
            auto b = sql::run(c, AuditRecord::selectSql() + QStringLiteral("WHERE seq = ?"), {s + 1});
            b.value().next();
            const AuditRecord second = AuditRecord::fromRow(b.value());
            b.value().finish();
            const QString update = QStringLiteral("UPDATE audit_log SET at = ?, actor_id = ?, actor_name = ?, action = ?, entity = ?, entity_id = ?, "
                                                  "details = ?, prev_hash = ?, hash = ? WHERE seq = ?");
            QVERIFY(exec(update, {second.at, second.actorId, second.actorName, second.action, second.entity, second.entityId, second.details,
                                  second.prevHash, second.hash, s}));
            QVERIFY(exec(update, {first.at, first.actorId, first.actorName, first.action, first.entity, first.entityId, first.details,
                                  first.prevHash, first.hash, s + 1}));
            expectedSeq = s;
            what = QStringLiteral("audit records %1 and %2 swapped").arg(s).arg(s + 1);
            break;
        }
        case 3: // cut off the tail and rewrite the head row to match: only the export shows it
            QVERIFY(exec(QStringLiteral("DELETE FROM audit_log WHERE seq > ?"), {s}));
            QVERIFY(exec(QStringLiteral("UPDATE audit_head SET seq = ?, hash = (SELECT hash FROM audit_log WHERE seq = ?) WHERE id = 1"), {s, s}));
            expectedSeq = s + 1;
            what = QStringLiteral("audit tail cut after record %1, head rewritten").arg(s);
            break;
        case 4: { // change the points of one ledger entry
            const qint64 id = 1 + random.bounded(entries);
            QVERIFY(exec(QStringLiteral("UPDATE ledger_entries SET delta = delta + ? WHERE id = ?"), {1 + random.bounded(500), id}));
            what = QStringLiteral("ledger entry %1 changed").arg(id);
            break;
        }
        default: { // delete one ledger entry (and what hangs on it)
            const qint64 id = 1 + random.bounded(entries);
            QVERIFY(exec(QStringLiteral("DELETE FROM lot_spending WHERE entry_id = ?"), {id}));
            QVERIFY(exec(QStringLiteral("DELETE FROM lot_restorations WHERE entry_id = ?"), {id}));
            QVERIFY(exec(QStringLiteral("UPDATE lots SET entry_id = (SELECT MIN(id) FROM ledger_entries WHERE id <> ?) WHERE entry_id = ?"), {id, id}));
            QVERIFY(exec(QStringLiteral("UPDATE redemptions SET entry_id = (SELECT MIN(id) FROM ledger_entries WHERE id <> ?) WHERE entry_id = ?"), {id, id}));
            QVERIFY(exec(QStringLiteral("UPDATE redemption_cancellations SET entry_id = NULL WHERE entry_id = ?"), {id}));
            QVERIFY(exec(QStringLiteral("UPDATE adjustments SET entry_id = NULL WHERE entry_id = ?"), {id}));
            QVERIFY(exec(QStringLiteral("UPDATE donations SET entry_id = (SELECT MIN(id) FROM ledger_entries WHERE id <> ?) WHERE entry_id = ?"), {id, id}));
            QVERIFY(exec(QStringLiteral("DELETE FROM ledger_entries WHERE id = ?"), {id}));
            what = QStringLiteral("ledger entry %1 deleted").arg(id);
            break;
        }
        }
        auto report = audit.verify(w.admin, head.value());
        QVERIFY(report.ok());
        if (expectedSeq > 0) {
            QVERIFY2(!report->intact, qPrintable(what + QStringLiteral(": not noticed")));
            QVERIFY2(report->firstBadSeq == expectedSeq,
                     qPrintable(QStringLiteral("%1: verify named record %2").arg(what).arg(report->firstBadSeq)));
            QVERIFY2(report->reason.contains(QString::number(expectedSeq)), qPrintable(report->reason));
        } else {
            const QString problems = w.invariantProblems();
            QVERIFY2(!problems.isEmpty(), qPrintable(what + QStringLiteral(": not noticed")));
            QVERIFY2(problems.contains(QStringLiteral("first: card 80000000")), qPrintable(problems));
        }
        QVERIFY(exec(QStringLiteral("ROLLBACK")));
    }
    qInfo("%d tamperings named: %d field edits, %d deletions, %d reorderings, %d cut tails, %d ledger edits, %d ledger deletions",
          rounds, byKind[0], byKind[1], byKind[2], byKind[3], byKind[4], byKind[5]);
    QVERIFY(audit.verify(w.admin, head.value())->intact); // the honest history is back
    QCOMPARE(w.invariantProblems(), QString());
}

QTEST_GUILESS_MAIN(TestTamper)
#include "tst_tamper.moc"

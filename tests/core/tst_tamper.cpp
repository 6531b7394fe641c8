// 100 random direct edits of the audit trail and the ledger, as someone with database
// access might make them (issue 6), including a ledger rewritten with recomputed hashes. Each is made inside a transaction that is rolled back
// afterwards, so every round starts from the same honest history, on both engines.
// POINTSDESK_SEED repeats a run; POINTSDESK_TAMPER_ROUNDS changes the number of rounds.
#include "core/audit/auditlog.h"
#include "core/db/sql.h"
#include "core/adjustments/adjustmentservice.h"
#include "core/ledger/ledgerchain.h"
#include "core/integrity/dailyclose.h"
#include "redemptionfixture.h"

#include <QRandomGenerator>

using namespace pd;
using namespace pd::test;

class TestTamper : public QObject
{
    Q_OBJECT
private slots:
    void theDatabaseRefusesToChangeHistory();
    void everyTamperingIsNamed();
    void everyHashedFieldIsCovered();
};

// The database itself refuses the edits verify would otherwise find afterwards (schema 19):
// history changed or removed by any login, row by row or whole tables; nothing changes, and
// the program's own operations go on.
void TestTamper::theDatabaseRefusesToChangeHistory()
{
    PD_REDEMPTION_WORLD(w, 3);
    QVERIFY(w.receipt("R1", 1, 120000, w.clock.nowUtc().addDays(-2)).ok());
    QVERIFY(w.receipt("T1", 3, 250000, w.clock.nowUtc().addDays(-2)).ok()); // a tier move (¥2,000 reaches silver)
    QVERIFY(w.add(RedemptionWorld::item("CUP", 300, 10)));
    QVERIFY(w.redeem("D1", 1, "CUP", 2).ok());
    QVERIFY(w.cancel("D1", 1).ok());
    const QSqlDatabase c = w.t.db().connection();
    const auto fingerprint = [&] {
        QStringList parts;
        for (const char *q : {"SELECT COUNT(*), SUM(delta), MIN(chain_hash) FROM ledger_entries", "SELECT COUNT(*), SUM(points) FROM lot_spending",
                              "SELECT COUNT(*), MIN(from_tier), MAX(to_tier) FROM tier_moves",
                              "SELECT COUNT(*), SUM(points) FROM lot_restorations", "SELECT COUNT(*), MAX(hash) FROM audit_log"}) {
            auto r = sql::run(c, QString::fromLatin1(q));
            if (r && r.value().next())
                parts << r.value().value(0).toString() + QLatin1Char('/') + r.value().value(1).toString() + QLatin1Char('/')
                             + r.value().value(2).toString();
        }
        return parts.join(QLatin1Char(' '));
    };
    const QString before = fingerprint();
    QVERIFY(countRows(w.t.db(), "lot_restorations") > 0);
    QVERIFY(countRows(w.t.db(), "tier_moves") > 0);
    QStringList edits{"UPDATE ledger_entries SET delta = delta + 100", "DELETE FROM ledger_entries WHERE id = (SELECT MAX(id) FROM ledger_entries)",
                      "UPDATE lot_spending SET points = points - 1", "DELETE FROM lot_spending", "UPDATE lot_restorations SET points = points + 1",
                      "DELETE FROM lot_restorations", "UPDATE audit_log SET actor_name = 'nobody' WHERE seq = 2",
                      "DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)", "UPDATE tier_moves SET to_tier = 'gold'",
                      "DELETE FROM tier_moves"};
    if (!w.t.db().dialect().isSQLite())
        edits << "TRUNCATE ledger_entries CASCADE" << "TRUNCATE audit_log" << "TRUNCATE tier_moves";
    for (const QString &edit : std::as_const(edits)) {
        auto r = sql::run(c, edit);
        QVERIFY2(!r.ok(), qPrintable(edit + QStringLiteral(": the database let it through")));
        QVERIFY2(r.error().describe().contains(QStringLiteral("are never changed or removed")), qPrintable(edit + QStringLiteral(": ") + r.error().describe()));
        QCOMPARE(fingerprint(), before);
    }
    // the program's own work goes on: receipts, redemptions and their cancellation write history
    QVERIFY(w.receipt("R2", 2, 50000, w.clock.nowUtc()).ok());
    QVERIFY(w.redeem("D2", 2, "CUP", 1).ok());
    QVERIFY(w.cancel("D2", 1).ok());
    QVERIFY(fingerprint() != before);
    QCOMPARE(w.invariantProblems(), QString());
}

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
    auto head = closeDay(w.t.db(), w.clock, w.admin);
    QVERIFY(head.ok());
    const qint64 records = head->seq;
    QVERIFY(audit.verify(w.admin, head.value())->intact);
    QCOMPARE(w.invariantProblems(), QString());
    w.t.removeAppendOnlyGuard(); // as the file's holder could: what is left is verify
    const QSqlDatabase c = w.t.db().connection();
    const auto exec = [&](const QString &statement, const QVariantList &values = {}) {
        auto r = sql::run(c, statement, values);
        if (!r)
            qWarning("%s", qPrintable(r.error().describe()));
        return r.ok();
    };
    const qint64 entries = countRows(w.t.db(), "ledger_entries");
    const QStringList fields{"at", "actor_name", "action", "entity_id", "details"};
    const QStringList entryChanges{"delta = delta + 1", "kind = kind || 'x'", "business_time = business_time || 'x'",
                                   "reference = reference || 'x'", "operator_id = operator_id + 1", "chain_hash = 'x' || chain_hash"};
    // what a forger who knows the hash would do after changing an entry: chain the member afresh
    const auto rechain = [&](qint64 member) {
        auto rows = sql::run(c, QStringLiteral("SELECT id, member_id, delta, kind, business_time, posted_at, store_id, operator_id, reference, "
                                               "breakdown FROM ledger_entries WHERE member_id = ? ORDER BY id"),
                             {member});
        QList<QPair<qint64, ChainedEntry>> chain;
        while (rows.value().next()) {
            const QSqlQuery &q = rows.value();
            chain.append({q.value(0).toLongLong(),
                          ChainedEntry{q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString(),
                                       q.value(5).toString(), q.value(6).isNull() ? std::nullopt : std::optional<qint64>(q.value(6).toLongLong()),
                                       q.value(7).toLongLong(), q.value(8).toString(), q.value(9).toString()}});
        }
        rows.value().finish();
        QString running;
        for (const auto &[id, entry] : std::as_const(chain)) {
            running = ledgerchain::entryHash(running, entry);
            if (!exec(QStringLiteral("UPDATE ledger_entries SET chain_hash = ? WHERE id = ?"), {running, id}))
                return false;
        }
        return exec(QStringLiteral("UPDATE members SET ledger_head = ? WHERE id = ?"), {running, member});
    };

    int byKind[7] = {};
    for (int round = 0; round < rounds; ++round) {
        QVERIFY(exec(w.t.db().dialect().beginWrite()));
        const int kind = int(random.bounded(7));
        ++byKind[kind];
        qint64 expectedSeq = 0; // for audit tampering: the record verify must name
        QString expectedLedger; // for ledger tampering: what the first problem line must say
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
        case 4: { // change one field of one ledger entry
            const qint64 id = 1 + random.bounded(entries);
            const QString change = entryChanges.at(int(random.bounded(entryChanges.size())));
            QVERIFY(exec(QStringLiteral("UPDATE ledger_entries SET %1 WHERE id = ?").arg(change), {id}));
            what = QStringLiteral("ledger entry %1 changed: %2").arg(id).arg(change);
            expectedLedger = QStringLiteral("Ledger entry %1 (").arg(id);
            break;
        }
        case 6: { // backdate an entry and compute its member's chain afresh: only the close's anchor shows it
            const qint64 id = 1 + random.bounded(entries);
            const qint64 member = sql::scalar(c, QStringLiteral("SELECT member_id FROM ledger_entries WHERE id = ?"), {id})->toLongLong();
            QVERIFY(exec(QStringLiteral("UPDATE ledger_entries SET business_time = '2020-01-01T00:00:00.000Z' WHERE id = ?"), {id}));
            QVERIFY(rechain(member));
            what = QStringLiteral("ledger entry %1 backdated, chain of member %2 recomputed").arg(id).arg(member);
            expectedLedger = QStringLiteral("differs from the one recorded at the daily close");
            break;
        }
        default: { // delete one ledger entry (and what hangs on it)
            const qint64 id = 1 + random.bounded(entries);
            const auto next = sql::scalar(c, QStringLiteral("SELECT MIN(id) FROM ledger_entries WHERE id > ? AND member_id = "
                                                            "(SELECT member_id FROM ledger_entries WHERE id = ?)"),
                                          {id, id});
            const QString card = sql::scalar(c, QStringLiteral("SELECT m.card_no FROM members m JOIN ledger_entries e ON e.member_id = m.id "
                                                               "WHERE e.id = ?"),
                                             {id})
                                     ->toString();
            // the member's next entry no longer follows; without one, the member's head names the lost entry
            expectedLedger = next->isNull() ? QStringLiteral("The ledger of card %1 does not end").arg(card)
                                            : QStringLiteral("Ledger entry %1 (").arg(next->toLongLong());
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
            QVERIFY2(problems.section(QLatin1Char('\n'), 0, 0).contains(expectedLedger),
                     qPrintable(QStringLiteral("%1: expected \"%2\" first, got:\n%3").arg(what, expectedLedger, problems)));
        }
        QVERIFY(exec(QStringLiteral("ROLLBACK")));
    }
    qInfo("%d tamperings named: %d field edits, %d deletions, %d reorderings, %d cut tails, %d ledger edits, %d ledger deletions, "
          "%d ledger rewrites",
          rounds, byKind[0], byKind[1], byKind[2], byKind[3], byKind[4], byKind[5], byKind[6]);
    QVERIFY(audit.verify(w.admin, head.value())->intact); // the honest history is back
    QCOMPARE(w.invariantProblems(), QString());
    // honest work after the close extends the chains without disturbing the anchor
    QVERIFY(w.receipt(QStringLiteral("AFTER"), 2, 30000, w.clock.nowUtc()).ok());
    QVERIFY(w.redeem("D2", 2, "CUP", 1).ok());
    QCOMPARE(w.invariantProblems(), QString());
}

// Not random: each field that either chain hashes, edited in turn on every record or entry it
// can be edited on, each edit rolled back before the next. Verify must name that very record
// or entry every time.
void TestTamper::everyHashedFieldIsCovered()
{
    PD_REDEMPTION_WORLD(w, 4);
    QVERIFY(w.receipt("R1", 1, 120000, w.clock.nowUtc().addDays(-3)).ok());
    QVERIFY(w.receipt("R2", 2, 80000, w.clock.nowUtc().addDays(-2), "supermarket", 0, 0, "EYE01").ok());
    QVERIFY(w.receipt("R3", 1, 30000, w.clock.nowUtc().addDays(-1), "supermarket", 2000).ok());
    QVERIFY(w.giveBack("X1", "R1", 20000, w.clock.nowUtc()).ok());
    QVERIFY(w.add(RedemptionWorld::item("CUP", 300, 10)));
    QVERIFY(w.redeem("D1", 1, "CUP", 1).ok());
    PD_OK(AdjustmentService(w.t.db(), w.clock).request(sessionFor(Role::BackOffice), LedgerWorld::card(3), 50, "POS outage"));
    w.verified.damagedOnPurpose(); // each edit below is rolled back; the final check is ours
    w.t.removeAppendOnlyGuard();
    const QSqlDatabase c = w.t.db().connection();
    AuditLog audit(w.t.db(), w.clock);
    const auto exec = [&](const QString &statement, const QVariantList &values = {}) {
        auto r = sql::run(c, statement, values);
        if (!r)
            qWarning("%s", qPrintable(r.error().describe()));
        return r.ok();
    };
    const auto ids = [&](const QString &query) {
        QList<qint64> out;
        auto q = sql::run(c, query);
        while (q.value().next())
            out << q.value().value(0).toLongLong();
        return out;
    };

    // the audit trail: every field of the canonical text, and both hashes
    const QStringList auditEdits{"at = at || 'x'", "actor_id = COALESCE(actor_id, 0) + 1", "actor_name = actor_name || 'x'",
                                 "action = action || 'x'", "entity = entity || 'x'", "entity_id = entity_id || 'x'",
                                 "details = details || ' '", "prev_hash = 'x' || prev_hash", "hash = 'x' || hash"};
    const QList<qint64> seqs = ids(QStringLiteral("SELECT seq FROM audit_log ORDER BY seq"));
    QVERIFY(seqs.size() >= 8);
    int named = 0;
    for (const QString &edit : auditEdits) {
        for (qint64 seq : seqs) {
            QVERIFY(exec(w.t.db().dialect().beginWrite()));
            QVERIFY(exec(QStringLiteral("UPDATE audit_log SET %1 WHERE seq = ?").arg(edit), {seq}));
            auto report = audit.verify(w.admin);
            PD_OK(report);
            QVERIFY2(!report->intact, qPrintable(QStringLiteral("audit record %1, %2: not noticed").arg(seq).arg(edit)));
            QVERIFY2(report->firstBadSeq == seq,
                     qPrintable(QStringLiteral("audit record %1, %2: verify named %3").arg(seq).arg(edit).arg(report->firstBadSeq)));
            QVERIFY(exec(QStringLiteral("ROLLBACK")));
            ++named;
        }
    }

    // the ledger: every field of ChainedEntry, and the stored hash; the member moved to
    // another real member (whose chain then holds an entry it never had)
    const QStringList entryEdits{"member_id = (SELECT MIN(id) FROM members WHERE id <> ledger_entries.member_id)",
                                 "delta = delta + 1",
                                 "kind = kind || 'x'",
                                 "business_time = business_time || 'x'",
                                 "posted_at = posted_at || 'x'",
                                 "store_id = (SELECT MIN(id) FROM stores WHERE id <> COALESCE(ledger_entries.store_id, 0))",
                                 "operator_id = operator_id + 1",
                                 "reference = reference || 'x'",
                                 "breakdown = COALESCE(breakdown, '') || 'x'",
                                 "chain_hash = 'x' || chain_hash"};
    const QList<qint64> entries = ids(QStringLiteral("SELECT id FROM ledger_entries ORDER BY id"));
    QVERIFY(entries.size() >= 6);
    for (const QString &edit : entryEdits) {
        for (qint64 id : entries) {
            QVERIFY(exec(w.t.db().dialect().beginWrite()));
            QVERIFY(exec(QStringLiteral("UPDATE ledger_entries SET %1 WHERE id = ?").arg(edit), {id}));
            const QString problems = w.invariantProblems();
            QVERIFY2(problems.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("Ledger entry %1 (").arg(id)),
                     qPrintable(QStringLiteral("ledger entry %1, %2: expected it named first, got:\n%3").arg(id).arg(edit, problems)));
            QVERIFY(exec(QStringLiteral("ROLLBACK")));
            ++named;
        }
    }
    qInfo("%d single-field edits, each named: %lld audit fields on %lld records, %lld ledger fields on %lld entries", named,
          qint64(auditEdits.size()), qint64(seqs.size()), qint64(entryEdits.size()), qint64(entries.size()));
    QCOMPARE(verifyProblems(w.t.db()), QString()); // the honest history is back
}

PD_DATABASE_TEST_MAIN(TestTamper)
#include "tst_tamper.moc"

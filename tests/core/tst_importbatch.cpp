#include "core/io/importers.h"
#include "core/db/transaction.h"
#include "core/receipts/receiptbatch.h"
#include "core/rules/programmerules.h"
#include "ledgerfixture.h"

#include <QSqlRecord>

using namespace pd;
using namespace pd::test;

// An import batch on PostgreSQL reads its members, earlier numbers and receipts at once and
// numbers its rows in blocks (ReceiptBatch); on SQLite each receipt reads for itself. Either
// way an imported receipt must do exactly what the same receipt does at the counter: the same
// points, lots, tiers, campaign awards and member figures, the same refusals.
class TestImportBatch : public QObject
{
    Q_OBJECT

private slots:
    void anImportDoesWhatTheCounterDoes_data();
    void anImportDoesWhatTheCounterDoes();
    void membersReceiptsAreReadFromTheIndexAlone();
};

namespace {

struct Row
{
    QString no;
    int member = 0; // 0: a card no member holds
    QString time;   // local, as the file gives it
    qint64 amountFen = 0;
    qint64 greenFen = 0;
    qint64 used = 0;
    QString store = QStringLiteral("NY01");
};

QString yuan(qint64 fen)
{
    return QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}

// Member `m` of the file's side and its twin at the counter (m + 5).
QString cardOf(int member, int offset)
{
    return member ? LedgerWorld::card(member + offset) : QStringLiteral("8999999999");
}

QStringList rowsOf(Database &db, const QString &query, const QVariantList &values)
{
    QStringList out;
    auto q = sql::run(db.connection(), query, values);
    if (!q)
        return {q.error().describe()};
    while (q.value().next()) {
        QStringList fields;
        for (int i = 0; i < q.value().record().count(); ++i)
            fields << q.value().value(i).toString();
        out << fields.join(QLatin1Char('|'));
    }
    q.value().finish();
    return out;
}

// What a member holds, with nothing that names the receipt's number or the row ids.
QStringList holdings(Database &db, const QString &card)
{
    const QVariantList key{card};
    const QString member = QStringLiteral("(SELECT id FROM members WHERE card_no = ?)");
    return rowsOf(db, QStringLiteral("SELECT balance, debt, tier FROM members WHERE card_no = ?"), key)
           + rowsOf(db, QStringLiteral("SELECT kind, delta, business_time, store_id, breakdown FROM ledger_entries WHERE member_id = %1 ORDER BY id").arg(member), key)
           + rowsOf(db, QStringLiteral("SELECT points, remaining, expires_at FROM lots WHERE member_id = %1 ORDER BY id").arg(member), key)
           + rowsOf(db, QStringLiteral("SELECT points FROM lot_spending WHERE member_id = %1 ORDER BY entry_id, lot_id").arg(member), key)
           + rowsOf(db, QStringLiteral("SELECT business_time, amount, green_amount, points_used, points, green_points, bonus_points "
                                       "FROM receipts WHERE member_id = %1 ORDER BY id").arg(member), key)
           + rowsOf(db, QStringLiteral("SELECT campaign_id, points, business_date FROM campaign_awards WHERE member_id = %1 ORDER BY id").arg(member), key);
}

} // namespace

void TestImportBatch::anImportDoesWhatTheCounterDoes_data()
{
    QTest::addColumn<int>("batchSize");
    // batches of 4 need more entry ids than one per receipt (green points, bonuses): on a
    // server they take a second block of ids after the first
    QTest::newRow("batches of 4") << 4;
    QTest::newRow("one batch") << 1000;
}

void TestImportBatch::anImportDoesWhatTheCounterDoes()
{
    QFETCH(int, batchSize);
    PD_LEDGER_WORLD(w, 10);
    w.t.setUpMembers("UPDATE members SET tier = 'member', credit = 'normal'");
    // double points on Wednesdays and Saturdays in May at NY01 from 100 yuan; a first-purchase bonus
    PD_OK(approveCampaigns(w.t.db(), w.clock, R"([{"code":"MKT-DAY","name":"赶集日双倍积分","type":"multiplier","from":"2027-05-01","to":"2027-05-31",
        "terms":"每周三、周六在本店消费满100元，积分翻倍。","stores":["NY01"],"min_amount":100,"percent":200,"weekdays":[3,6]},
        {"code":"FIRST","name":"首单有礼","type":"first_purchase","from":"2027-05-01","to":"2027-05-31","terms":"首次消费满50元送50积分。",
         "min_amount":50,"points":50}])"));
    auto rules = ProgrammeRules::load(w.t.db());
    PD_OK(rules);
    QVERIFY(rules->tiers.size() >= 2);
    const qint64 nextTier = rules->tiers.at(1).thresholdFen; // reached inside the file by member 1

    // history before the file, the same on both sides: a receipt, part of it returned, and a
    // receipt whose number the file repeats
    for (int offset : {0, 5}) {
        const QString prefix = offset ? QStringLiteral("C") : QString();
        PD_OK(w.receipt(prefix + "P1", 1 + offset, 20000, LedgerWorld::local(2027, 3, 10)));
        PD_OK(w.giveBack(prefix + "R1", prefix + "P1", 5000, LedgerWorld::local(2027, 3, 12)));
        PD_OK(w.receipt(prefix + "OLD", 2 + offset, 3000, LedgerWorld::local(2027, 4, 28)));
    }

    const QList<Row> rows{
        {"A1", 1, "2027-05-01T10:00:00", 15000},                     // Saturday: double
        {"A2", 2, "2027-05-02T11:00:00", 8000, 2000},                // green part
        {"A3", 1, "2027-05-05T09:30:00", nextTier / 2},              // Wednesday
        {"A4", 1, "2027-05-06T18:00:00", nextTier / 2},              // the next tier, inside the file
        {"A5", 1, "2027-05-07T12:00:00", 10000, 0, 200},             // spends points the file earned
        {"A1", 1, "2027-05-01T10:00:00", 15000},                     // the same row again: unchanged
        {"OLD", 2, "2027-04-28T12:00:00", 3000},                     // posted before the file: unchanged
        {"A2", 2, "2027-05-02T11:00:00", 9000},                      // the number with other content: refused
        {"A7", 0, "2027-05-08T12:00:00", 5000},                      // no member holds the card: refused
        {"A8", 3, "2027-05-08T12:00:00", 5000, 0, 0, "NOPE"},        // no such store: refused
        {"A9", 3, "2027-05-20T12:00:00", 6000},                      // member 3's first receipt
        {"A10", 3, "2027-05-03T12:00:00", 6000},                     // earlier in time, not the first
        {"A11", 2, "2027-05-19T12:00:00", 4000, 0, 100},
        {"A12", 2, "2027-05-21T12:00:00", 4000, 0, 9999900},         // more points than the member has: refused
        {"A13", 4, "2027-05-22T12:00:00", 12000, 0, 0, "EYE01"},     // the partner store
        {"A14", 1, "2027-05-22T12:00:00", 100},
    };

    // the counter's side, one receipt at a time, each in its own transaction
    QSet<int> refusedAtCounter;
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows.at(i);
        const ReceiptInput in{r.store, "C" + r.no, cardOf(r.member, 5), LedgerWorld::at(r.time + "+08:00"), QStringLiteral("supermarket"),
                              r.amountFen, r.greenFen, r.used};
        auto posted = ReceiptService(w.t.db(), w.clock).post(w.admin, in);
        if (!posted)
            refusedAtCounter << i;
    }
    QCOMPARE(refusedAtCounter, (QSet<int>{7, 8, 9, 13}));

    QByteArray file = Importers::receiptColumns().join(QLatin1Char(',')).toUtf8() + '\n';
    for (const Row &r : rows)
        file += QStringLiteral("%1,%2,%3,%4,supermarket,%5,%6,%7\n")
                    .arg(r.no, r.store, cardOf(r.member, 0), r.time, yuan(r.amountFen), yuan(r.greenFen), r.used ? QString::number(r.used) : QString())
                    .toUtf8();
    ImportOptions options;
    options.batchSize = batchSize;
    const auto import = [&] {
        TextInput in(file);
        return Importers(w.t.db(), w.clock).importReceipts(w.admin, &in.buffer, QStringLiteral("receipts.csv"), options);
    };
    auto report = import();
    PD_OK(report);
    QCOMPARE(report->added, 10);
    QCOMPARE(report->unchanged, 2);
    QList<qint64> lines;
    for (const RejectedRow &rejected : std::as_const(report->rejected))
        lines << rejected.line;
    QCOMPARE(lines, (QList<qint64>{9, 10, 11, 15})); // the header is line 1

    for (int member = 1; member <= 4; ++member)
        QCOMPARE(holdings(w.t.db(), cardOf(member, 0)), holdings(w.t.db(), cardOf(member, 5)));
    QVERIFY(w.points(1).tier != QStringLiteral("member"));
    QCOMPARE(w.invariantProblems(), QString());

    // run again: nothing added, the same refusals
    auto again = import();
    PD_OK(again);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->unchanged, 12);
    QCOMPARE(again->rejected.size(), 4);
    for (int member = 1; member <= 4; ++member)
        QCOMPARE(holdings(w.t.db(), cardOf(member, 0)), holdings(w.t.db(), cardOf(member, 5)));

    if (backend() == Engine::PostgreSQL) {
        // the batch's rows were numbered from blocks, not one by one: its unused numbers are gaps
        auto unused = sql::scalar(w.t.db().connection(),
                                  QStringLiteral("SELECT COUNT(*) FROM generate_series(1, pg_sequence_last_value(pg_get_serial_sequence('receipts', 'id'))) s "
                                                 "WHERE s NOT IN (SELECT id FROM receipts)"));
        PD_OK(unused);
        QVERIFY2(unused->toLongLong() > 0, "the import did not take its receipts' numbers in a block");
    }
}

void TestImportBatch::membersReceiptsAreReadFromTheIndexAlone()
{
    // An import batch on a server reads its members' receipts with their times, amounts and
    // stores; the counter on SQLite reads a member's nearest receipt at a store. Both come from
    // the index on (member, time, amount, store) without reading one table row per receipt.
    PD_LEDGER_WORLD(w, 2);
    PD_OK(w.receipt(QStringLiteral("P1"), 1, 20000, LedgerWorld::local(2027, 3, 10)));
    QStringList plan;
    if (backend() == Engine::PostgreSQL) {
        WriteTransaction tx(w.t.db());
        PD_OK(tx.begin());
        // a table of a few rows is read whole otherwise: the test asks which index answers
        PD_OK(sql::run(w.t.db().connection(), QStringLiteral("SET LOCAL enable_seqscan = off")));
        PD_OK(sql::run(w.t.db().connection(), QStringLiteral("SET LOCAL enable_bitmapscan = off")));
        // EXPLAIN cannot be prepared: the batch's query is asked with its values written in
        QString query = ReceiptBatch::historyQuery();
        for (const char *value : {"'{1,2}'", "'2026-01-01'", "'2028-01-01'"})
            query.replace(query.indexOf(QLatin1Char('?')), 1, QLatin1String(value));
        plan = rowsOf(w.t.db(), QStringLiteral("EXPLAIN ") + query, {});
        tx.rollback();
        QVERIFY2(plan.join(QLatin1Char(' ')).contains(QLatin1String("Index Only Scan using receipts_member_spend_store")), qPrintable(plan.join(QLatin1Char('\n'))));
    } else {
        plan = rowsOf(w.t.db(),
                      QStringLiteral("EXPLAIN QUERY PLAN SELECT MAX(business_time) FROM receipts WHERE member_id = ? AND business_time >= ? "
                                     "AND business_time < ? AND id <> ? AND store_id = ?"),
                      {1, QStringLiteral("2026-01-01"), QStringLiteral("2028-01-01"), 0, 1});
        QVERIFY2(plan.join(QLatin1Char(' ')).contains(QLatin1String("COVERING INDEX receipts_member_spend_store")), qPrintable(plan.join(QLatin1Char('\n'))));
    }
}

QTEST_GUILESS_MAIN(TestImportBatch)
#include "tst_importbatch.moc"

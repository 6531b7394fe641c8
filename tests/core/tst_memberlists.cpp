// The life-cycle lists (issue 17, DESIGN §10): expiring within 30 days, win-back after 90
// days without a receipt, high potential (at least 3 receipts and 1.5 times the 90 days
// before) — their boundaries day by day, the filters, and the export of consenting members.
#include "core/adjustments/adjustmentservice.h"
#include "core/audit/auditlog.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/insights/memberlistmodel.h"
#include "core/stores/storeservice.h"
#include "ledgerfixture.h"

#include <QBuffer>

using namespace pd;
using namespace pd::test;

class TestMemberLists : public QObject
{
    Q_OBJECT
private slots:
    void expiringWithinThirtyDays_data();
    void expiringWithinThirtyDays();
    void winBackAfterNinetyDaysWithoutAReceipt_data();
    void winBackAfterNinetyDaysWithoutAReceipt();
    void potentialBuysMoreOften_data();
    void potentialBuysMoreOften();
    void filtersAndTheConsentingExport();
    void listsNeedMembersAndFigures();
    void aLongListIsShownAPageAtATimeAndSortedWhole();
    void theFirstMembersComeBeforeTheWholeList_data();
    void theFirstMembersComeBeforeTheWholeList();
    void everyColumnSortsItsOwnWayAndKeepsTies_data();
    void everyColumnSortsItsOwnWayAndKeepsTies();
};

namespace {

QStringList cards(const Result<QList<MemberListRow>> &list)
{
    QStringList out;
    if (list)
        for (const MemberListRow &r : list.value())
            out << r.cardNo;
    return out;
}

Result<QList<MemberListRow>> listOf(LedgerWorld &w, MemberListKind kind, const QDate &asOf)
{
    MemberListQuery q;
    q.kind = kind;
    q.asOf = asOf;
    return insights::memberList(w.t.db(), w.admin, q);
}

} // namespace

// Member 1's points of 20 May 2027 can be used up to 31 December 2028 (annual expiry): they
// expire at the start of 1 January 2029.
void TestMemberLists::expiringWithinThirtyDays_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<bool>("listed");
    QTest::newRow("31 days before") << QDate(2028, 12, 1) << false;
    QTest::newRow("exactly 30 days before") << QDate(2028, 12, 2) << true;
    QTest::newRow("on the last day") << QDate(2028, 12, 31) << true;
    QTest::newRow("the day they are gone") << QDate(2029, 1, 1) << false;
}

void TestMemberLists::expiringWithinThirtyDays()
{
    QFETCH(QDate, asOf);
    QFETCH(bool, listed);
    PD_LEDGER_WORLD(w, 3);
    QVERIFY(w.receipt("E1", 1, 30000, LedgerWorld::local(2027, 5, 20)).ok());
    auto list = listOf(w, MemberListKind::Expiring, asOf);
    PD_OK(list);
    QCOMPARE(cards(list), listed ? QStringList{LedgerWorld::card(1)} : QStringList{});
    if (listed) {
        QCOMPARE(list->constFirst().points, qint64(300));
        QCOMPARE(list->constFirst().day, QDate(2028, 12, 31));
        QCOMPARE(list->constFirst().maskedMobile.contains(QStringLiteral("****")), true);
    }
}

void TestMemberLists::winBackAfterNinetyDaysWithoutAReceipt_data()
{
    QTest::addColumn<int>("daysSince");
    QTest::addColumn<bool>("listed");
    QTest::newRow("89 days without a receipt") << 89 << false;
    QTest::newRow("exactly 90 days") << 90 << true;
    QTest::newRow("a year") << 365 << true;
}

void TestMemberLists::winBackAfterNinetyDaysWithoutAReceipt()
{
    QFETCH(int, daysSince);
    QFETCH(bool, listed);
    PD_LEDGER_WORLD(w, 4);
    // member 1 bought on 1 March 2027 late in the evening; member 2 spent all of theirs; member
    // 3 was given points and never bought; member 4 has nothing
    QVERIFY(w.receipt("W1", 1, 20000, LedgerWorld::local(2027, 3, 1, 23)).ok());
    QVERIFY(w.receipt("W2", 2, 10000, LedgerWorld::local(2027, 3, 1)).ok());
    PD_OK(AdjustmentService(w.t.db(), w.clock).request(w.admin, LedgerWorld::card(2), -100, "spent elsewhere"));
    PD_OK(AdjustmentService(w.t.db(), w.clock).request(w.admin, LedgerWorld::card(3), 50, "goodwill"));
    const QDate asOf = QDate(2027, 3, 1).addDays(daysSince);
    auto list = listOf(w, MemberListKind::WinBack, asOf);
    PD_OK(list);
    QStringList expected;
    if (listed)
        expected << LedgerWorld::card(1);
    expected << LedgerWorld::card(3); // no receipt ever, points left
    QCOMPARE(cards(list), expected);
    if (listed)
        QCOMPARE(list->constFirst().day, QDate(2027, 3, 1));
    QVERIFY(!list->constLast().day.isValid());
}

void TestMemberLists::potentialBuysMoreOften_data()
{
    // receipts of one member in the 90 days up to the day (recent) and the 90 before (before)
    QTest::addColumn<int>("recent");
    QTest::addColumn<int>("before");
    QTest::addColumn<bool>("listed");
    QTest::newRow("3 after 2: 1.5 times") << 3 << 2 << true;
    QTest::newRow("3 after 0") << 3 << 0 << true;
    QTest::newRow("2 after 0: fewer than 3") << 2 << 0 << false;
    QTest::newRow("3 after 3") << 3 << 3 << false;
    QTest::newRow("4 after 3: less than 1.5 times") << 4 << 3 << false;
    QTest::newRow("6 after 4: exactly 1.5 times") << 6 << 4 << true;
}

void TestMemberLists::potentialBuysMoreOften()
{
    QFETCH(int, recent);
    QFETCH(int, before);
    QFETCH(bool, listed);
    PD_LEDGER_WORLD(w, 2);
    const QDate asOf(2027, 5, 31);
    int n = 0;
    // the first recent receipt on the window's first day (D − 89), the first earlier one on the
    // earlier window's last (D − 90) and the next on its first (D − 179); one on D − 180 counts
    // for neither
    for (int i = 0; i < recent; ++i)
        QVERIFY(w.receipt(QStringLiteral("P%1").arg(++n), 1, 5000, LedgerWorld::local(asOf.addDays(-89 + i).year(), asOf.addDays(-89 + i).month(),
                                                                                     asOf.addDays(-89 + i).day(), 0)).ok());
    for (int i = 0; i < before; ++i) {
        const QDate day = i == 0 ? asOf.addDays(-90) : asOf.addDays(-179 + i - 1);
        QVERIFY(w.receipt(QStringLiteral("P%1").arg(++n), 1, 5000, LedgerWorld::local(day.year(), day.month(), day.day(), 23)).ok());
    }
    const QDate outside = asOf.addDays(-180);
    QVERIFY(w.receipt(QStringLiteral("P%1").arg(++n), 1, 5000, LedgerWorld::local(outside.year(), outside.month(), outside.day(), 23)).ok());
    auto list = listOf(w, MemberListKind::Potential, asOf);
    PD_OK(list);
    QCOMPARE(cards(list), listed ? QStringList{LedgerWorld::card(1)} : QStringList{});
    if (listed) {
        QCOMPARE(list->constFirst().recent, qint64(recent));
        QCOMPARE(list->constFirst().before, qint64(before));
    }
}

void TestMemberLists::filtersAndTheConsentingExport()
{
    PD_LEDGER_WORLD(w, 4);
    // four members with points and no receipt for months: all win-back; two consented
    for (int m = 1; m <= 4; ++m)
        QVERIFY(w.receipt(QStringLiteral("F%1").arg(m), m, 10000 * m, LedgerWorld::local(2027, 1, 10),
                          QStringLiteral("supermarket"), 0, 0, m == 4 ? QStringLiteral("NY02") : QStringLiteral("NY01")).ok());
    w.t.exec("UPDATE members SET marketing_consent = CASE WHEN card_no IN ('8000000001', '8000000003') THEN 1 ELSE 0 END");
    w.t.setUpMembers("UPDATE members SET store_id = (SELECT id FROM stores WHERE code = 'NY02') WHERE card_no = '8000000004'");
    MemberListQuery q;
    q.kind = MemberListKind::WinBack;
    q.asOf = QDate(2027, 6, 1);
    auto all = insights::memberList(w.t.db(), w.admin, q);
    QCOMPARE(cards(all), (QStringList{LedgerWorld::card(4), LedgerWorld::card(3), LedgerWorld::card(2), LedgerWorld::card(1)})); // most points first
    q.storeId = StoreService::storeId(w.t.db(), "NY02").value();
    QCOMPARE(cards(insights::memberList(w.t.db(), w.admin, q)), QStringList{LedgerWorld::card(4)});
    q.storeId.reset();
    q.consentingOnly = true;
    QCOMPARE(cards(insights::memberList(w.t.db(), w.admin, q)), (QStringList{LedgerWorld::card(3), LedgerWorld::card(1)}));

    // the export of a marketing list holds the consenting members whatever was asked, and is on record
    q.consentingOnly = false;
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto written = insights::exportMemberList(w.t.db(), w.clock, w.admin, q, &out);
    PD_OK(written);
    QCOMPARE(written.value(), qint64(2));
    const QList<QByteArray> lines = out.data().split('\n');
    QVERIFY(lines.at(0).startsWith("card_no,name,mobile,store,tier,consent,balance,points,day"));
    QVERIFY(lines.at(1).startsWith("8000000003,"));
    QVERIFY(lines.at(2).startsWith("8000000001,"));
    QVERIFY(!out.data().contains("8000000002"));
    QVERIFY2(lines.at(1).split(',').at(2).contains("****"), lines.at(1).constData()); // mobiles masked
    QCOMPARE(sql::scalar(w.t.db().connection(), "SELECT COUNT(*) FROM audit_log WHERE action = 'export.member_list'")->toLongLong(), qint64(1));
    // the expiring list is a notice of the member's own points, not marketing: everyone
    q.kind = MemberListKind::Expiring;
    q.asOf = QDate(2028, 12, 15);
    QBuffer notice;
    notice.open(QIODevice::WriteOnly);
    QCOMPARE(insights::exportMemberList(w.t.db(), w.clock, w.admin, q, &notice).value(), qint64(4));
}

void TestMemberLists::listsNeedMembersAndFigures()
{
    PD_LEDGER_WORLD(w, 1);
    MemberListQuery q;
    q.asOf = QDate(2027, 6, 1);
    auto cashier = insights::memberList(w.t.db(), sessionFor(Role::Cashier), q); // reads members, not figures
    QVERIFY(!cashier.ok());
    QCOMPARE(cashier.error().code, ErrorCode::PermissionDenied);
    QVERIFY(insights::memberList(w.t.db(), sessionFor(Role::CampaignManager), q).ok());
    q.asOf = QDate();
    QCOMPARE(insights::memberList(w.t.db(), w.admin, q).error().code, ErrorCode::InvalidInput);
    QCOMPARE(memberListFromCode("winback"), std::optional<MemberListKind>(MemberListKind::WinBack));
    QVERIFY(!memberListFromCode("everyone"));
}

void TestMemberLists::aLongListIsShownAPageAtATimeAndSortedWhole()
{
    QList<MemberListRow> rows;
    for (int i = 0; i < 1234; ++i) {
        MemberListRow r;
        r.cardNo = QStringLiteral("9%1").arg(i, 9, 10, QLatin1Char('0'));
        r.points = (i * 7919) % 1000; // not in order
        rows << r;
    }
    MemberListModel model;
    model.show(MemberListKind::WinBack, rows);
    QCOMPARE(model.total(), 1234);
    QCOMPARE(model.rowCount(), MemberListModel::kPage);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1234);
    QVERIFY(!model.canFetchMore({}));
    // sorted as numbers over the whole list, not the page shown
    model.sort(MemberListModel::Points, Qt::DescendingOrder);
    QCOMPARE(model.row(0).points, qint64(999));
    QCOMPARE(model.row(1233).points, qint64(0));
    for (int i = 1; i < 1234; ++i)
        QVERIFY(model.row(i - 1).points >= model.row(i).points);
    model.sort(MemberListModel::Card, Qt::AscendingOrder);
    QCOMPARE(model.data(model.index(0, MemberListModel::Card)).toString(), QStringLiteral("9000000000"));
    QCOMPARE(model.headerData(MemberListModel::Day, Qt::Horizontal).toString(), QStringLiteral("Last receipt"));
}

// A list longer than a screen's first rows: they are handed over once, as soon as they are read
// (members in id order), and the whole list follows sorted, each member once; a filter that
// leaves fewer hands them all over. On a server the first rows are read by their own statements
// (a screen at a time, in member order) and the rest after the last of them.
void TestMemberLists::theFirstMembersComeBeforeTheWholeList_data()
{
    QTest::addColumn<MemberListKind>("kind");
    QTest::addColumn<QDate>("asOf");
    // every member's points (one receipt each on 10 January 2027) expire at the end of 2028
    QTest::newRow("expiring") << MemberListKind::Expiring << QDate(2028, 12, 15);
    // and no member has bought anything in the 90 days up to 1 June 2027
    QTest::newRow("win-back") << MemberListKind::WinBack << QDate(2027, 6, 1);
}

void TestMemberLists::theFirstMembersComeBeforeTheWholeList()
{
    QFETCH(MemberListKind, kind);
    QFETCH(QDate, asOf);
    const int members = int(insights::kFirstRows) + 120;
    PD_LEDGER_WORLD(w, members);
    for (int m = 1; m <= members; ++m) {
        const QString card = QStringLiteral("8%1").arg(m, 9, 10, QLatin1Char('0'));
        ReceiptInput in{QStringLiteral("NY01"), QStringLiteral("L%1").arg(m), card, LedgerWorld::local(2027, 1, 10), QStringLiteral("supermarket"),
                        1000 + qint64((m * 7919) % 500) * 100, 0, 0};
        PD_OK(ReceiptService(w.t.db(), w.clock).post(w.admin, in));
    }
    MemberListQuery q;
    q.kind = kind;
    q.asOf = asOf;
    QList<QList<MemberListRow>> handed;
    auto whole = insights::memberList(w.t.db(), w.admin, q, [&](const QList<MemberListRow> &first) { handed << first; });
    PD_OK(whole);
    QCOMPARE(whole->size(), members);
    QCOMPARE(handed.size(), 1);
    QCOMPARE(handed.constFirst().size(), insights::kFirstRows);
    QSet<qint64> inWhole;
    for (const MemberListRow &r : whole.value())
        inWhole.insert(r.memberId);
    QCOMPARE(inWhole.size(), members); // none twice
    for (qsizetype i = 0; i < handed.constFirst().size(); ++i) {
        QVERIFY(inWhole.contains(handed.constFirst().at(i).memberId));
        QVERIFY(handed.constFirst().at(i).points > 0);
        if (i > 0)
            QVERIFY(handed.constFirst().at(i - 1).memberId < handed.constFirst().at(i).memberId);
    }
    for (qsizetype i = 1; i < whole->size(); ++i)
        QVERIFY(whole->at(i - 1).points >= whole->at(i).points); // most points first
    // the home store NY02's members only: fewer than a screen's first rows, all handed over
    q.storeId = StoreService::storeId(w.t.db(), "NY02").value();
    handed.clear();
    auto some = insights::memberList(w.t.db(), w.admin, q, [&](const QList<MemberListRow> &first) { handed << first; });
    PD_OK(some);
    QVERIFY(!some->isEmpty());
    QVERIFY(some->size() < insights::kFirstRows);
    QCOMPARE(handed.size(), 1);
    QCOMPARE(handed.constFirst().size(), some->size());
    // read inside a caller's transaction, the first rows' planner setting ends with them
    if (!w.t.db().dialect().isSQLite()) {
        const auto setting = [&] {
            return sql::scalar(w.t.db().connection(), QStringLiteral("SHOW max_parallel_workers_per_gather")).value().toString();
        };
        const QString before = setting();
        WriteTransaction t(w.t.db());
        PD_OK(t.begin());
        PD_OK(insights::memberList(w.t.db(), w.admin, q, [&](const QList<MemberListRow> &) {}));
        QCOMPARE(setting(), before);
        t.rollback();
    }
}

// What a click on a column's title orders by: numbers as numbers (10 after 9), days as days
// (no day first), text as text; rows that tie keep the order they had (the list's own: most
// points first), both ways round.
void TestMemberLists::everyColumnSortsItsOwnWayAndKeepsTies_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending"); // cards, in order
    QTest::addColumn<QStringList>("descending");
    QTest::newRow("card") << int(MemberListModel::Card) << QStringList{"8000000001", "8000000002", "8000000003", "8000000010"} << QStringList{"8000000010", "8000000003", "8000000002", "8000000001"};
    QTest::newRow("name") << int(MemberListModel::Name) << QStringList{"8000000003", "8000000001", "8000000010", "8000000002"} << QStringList{"8000000002", "8000000010", "8000000001", "8000000003"};
    QTest::newRow("store") << int(MemberListModel::Store) << QStringList{"8000000010", "8000000001", "8000000002", "8000000003"} << QStringList{"8000000003", "8000000002", "8000000001", "8000000010"};
    QTest::newRow("consent") << int(MemberListModel::Consent) << QStringList{"8000000003", "8000000010", "8000000002", "8000000001"} << QStringList{"8000000010", "8000000002", "8000000001", "8000000003"};
    QTest::newRow("balance") << int(MemberListModel::Balance) << QStringList{"8000000002", "8000000003", "8000000010", "8000000001"} << QStringList{"8000000001", "8000000010", "8000000003", "8000000002"};
    QTest::newRow("points") << int(MemberListModel::Points) << QStringList{"8000000002", "8000000001", "8000000003", "8000000010"} << QStringList{"8000000010", "8000000003", "8000000002", "8000000001"};
    QTest::newRow("day") << int(MemberListModel::Day) << QStringList{"8000000002", "8000000010", "8000000003", "8000000001"} << QStringList{"8000000003", "8000000001", "8000000010", "8000000002"};
    QTest::newRow("recent") << int(MemberListModel::Recent) << QStringList{"8000000010", "8000000001", "8000000002", "8000000003"} << QStringList{"8000000003", "8000000002", "8000000010", "8000000001"};
}

void TestMemberLists::everyColumnSortsItsOwnWayAndKeepsTies()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);
    QFETCH(QStringList, descending);
    const auto row = [](const char *card, const char *name, const char *store, bool consent, qint64 balance, qint64 points, QDate day, qint64 recent) {
        MemberListRow r;
        r.cardNo = QLatin1String(card);
        r.name = QString::fromUtf8(name);
        r.storeCode = QLatin1String(store);
        r.marketingConsent = consent;
        r.balance = balance;
        r.points = points;
        r.day = day;
        r.recent = recent;
        return r;
    };
    // in the list's own order, most points first; names sort by their characters (A, 张, 林, 王)
    const QList<MemberListRow> rows{row("8000000010", "林", "EYE01", true, 900, 300, QDate(2027, 1, 5), 3),
                                    row("8000000003", "Amy", "TEX01", false, 90, 200, QDate(2027, 1, 31), 9),
                                    row("8000000002", "王", "NY02", true, 9, 100, QDate(), 4),
                                    row("8000000001", "张", "NY01", true, 1000, 100, QDate(2027, 1, 31), 3)};
    QCOMPARE(cards(MemberListModel::sorted(rows, column, Qt::AscendingOrder)), ascending);
    QCOMPARE(cards(MemberListModel::sorted(rows, column, Qt::DescendingOrder)), descending);
}

PD_DATABASE_TEST_MAIN(TestMemberLists)
#include "tst_memberlists.moc"

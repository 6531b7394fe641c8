#include "core/audit/auditlog.h"
#include "core/db/sql.h"
#include "core/io/csvwriter.h"
#include "core/io/importers.h"
#include "core/io/memberexport.h"
#include "core/members/memberservice.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

using namespace pd;

namespace {
const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc());
const QByteArray kStores = QStringLiteral("code,name,city\nNY01,南阳惠民超市,南阳\nSQZ01,石桥镇赶集日便民店,南阳石桥镇\n").toUtf8();
const QByteArray kMemberHeader = "card_no,name,mobile,joined_on,store,credit\n";

Result<ImportReport> importStores(Database &db, const Clock &clock, const QByteArray &text)
{
    test::TextInput in(text);
    return Importers(db, clock).importStores(test::sessionFor(Role::BackOffice), &in.buffer, QStringLiteral("stores.csv"));
}

Result<ImportReport> importMembers(Database &db, const Clock &clock, const QByteArray &text, int batch = 1000)
{
    test::TextInput in(text);
    ImportOptions o;
    o.batchSize = batch;
    return Importers(db, clock).importMembers(test::sessionFor(Role::BackOffice), &in.buffer, QStringLiteral("members.csv"), o);
}

QString rejectedText(const ImportReport &r)
{
    QStringList out;
    for (const RejectedRow &row : r.rejected)
        out << QStringLiteral("%1:%2:%3").arg(row.line).arg(row.field, row.reason);
    return out.join(QLatin1Char('\n'));
}
} // namespace

class TestImporters : public QObject
{
    Q_OBJECT
private slots:
    void storesImportAndRerunIsIdempotent();
    void storeWithDifferentContentIsRejected();
    void headerProblemsAreFatal_data();
    void headerProblemsAreFatal();
    void everyBadMemberRowIsReportedWithItsLine();
    void membersRerunAddsNothing();
    void goodRowsBeforeAnUnclosedQuoteAreKept();
    void batchesAreAuditedAndChainVerifies();
    void exportRoundTripsAndNeutralizesFormulas();
    void gb18030MembersFileIsReadAsChinese();
    void aFileOfNeitherEncodingChangesNothing();
};

void TestImporters::storesImportAndRerunIsIdempotent()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    auto first = importStores(t.db(), clock, kStores);
    QVERIFY2(first.ok(), qPrintable(first.error().describe()));
    QCOMPARE(first->added, 2);
    QCOMPARE(first->rejected.size(), 0);
    auto again = importStores(t.db(), clock, kStores);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->unchanged, 2);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("stores")), 2);
    auto name = StoreService(t.db(), clock).storeByCode(QStringLiteral("SQZ01"));
    QCOMPARE(name->name, QStringLiteral("石桥镇赶集日便民店"));
}

void TestImporters::storeWithDifferentContentIsRejected()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    QVERIFY(importStores(t.db(), clock, kStores).ok());
    auto r = importStores(t.db(), clock, QStringLiteral("city,code,name\n南阳,NY01,别的名字\n南阳,BAD CODE,x\n南阳,NY03,\n").toUtf8());
    QVERIFY(r.ok());
    QCOMPARE(r->added, 0);
    QCOMPARE(r->rejected.size(), 3);
    QCOMPARE(r->rejected.at(0).line, 2);
    QCOMPARE(r->rejected.at(0).field, QStringLiteral("code"));
    QCOMPARE(r->rejected.at(1).line, 3);
    QCOMPARE(r->rejected.at(2).field, QStringLiteral("name"));
    QCOMPARE(StoreService(t.db(), clock).storeByCode(QStringLiteral("NY01"))->name, QStringLiteral("南阳惠民超市"));
}

void TestImporters::headerProblemsAreFatal_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("start");
    const QString line1 = QStringLiteral("line 1");
    QTest::newRow("empty file") << QByteArray() << "empty" << line1;
    QTest::newRow("missing column") << QByteArray("card_no,name,mobile,joined_on,store\n") << "\"credit\" is missing" << line1;
    QTest::newRow("unknown column") << QByteArray("card_no,name,mobile,joined_on,store,credit,vip\n") << "unknown column \"vip\"" << line1;
    QTest::newRow("duplicate column") << QByteArray("card_no,name,name,mobile,joined_on,store,credit\n") << "appears twice" << line1;
    // bytes of no text at all: refused before any line is read
    QTest::newRow("binary header") << QByteArray("\xFF\xFE\x00c\n", 5) << "neither UTF-8 nor GB18030" << "The file";
    QTest::newRow("unreadable header") << QByteArray("card_no,na\x00me\n", 13) << "header: field 2 contains a NUL" << line1;
}

void TestImporters::headerProblemsAreFatal()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    QFETCH(QString, start);
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    auto r = importMembers(t.db(), clock, input);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QVERIFY(r.error().message.startsWith(start));
}

void TestImporters::everyBadMemberRowIsReportedWithItsLine()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    QVERIFY(importStores(t.db(), clock, kStores).ok());
    QByteArray csv = kMemberHeader;
    csv += QStringLiteral("8000000001,张三,13812341234,2025-03-01,NY01,good\n"          // 2 ok
                          "8000000002,李四,1381234123,2025-03-01,NY01,\n"               // 3 mobile
                          "8000000003,王五,13812340003,2025-02-30,NY01,\n"              // 4 date
                          "8000000004,赵六,13812340004,2025-03-01,XX01,\n"              // 5 store
                          "8000000005,钱七,13812340005,2025-03-01,NY01,vip\n"           // 6 credit
                          "8000000006,孙八,13812340006,2025-03-01\n"                    // 7 field count
                          "8000000001,张三,13812349999,2025-03-01,NY01,good\n"          // 8 card reused, different
                          "8000000008,周九,13812341234,2025-03-01,NY01,\n"              // 9 mobile taken
                          ",吴十,13812340010,2025-03-01,NY01,\n"                        // 10 card
                          "8000000011,,13812340011,2025-03-01,NY01,\n"                  // 11 name
                          "8000000012,郑\x01,13812340012,2025-03-01,NY01,\n"            // 12 control char
                          "8000000013,冯十三,13812340013,2030-01-01,NY01,\n"            // 13 future date
                          "\"8000000014\",\"陈,十四\",13812340014,2025-03-01,SQZ01,normal\n") // 14 ok, quoted
               .toUtf8();
    auto r = importMembers(t.db(), clock, csv);
    QVERIFY2(r.ok(), qPrintable(r.error().describe()));
    QCOMPARE(r->added, 2);
    const QList<QPair<int, QString>> expected = {{3, "mobile"}, {4, "joined_on"}, {5, "store"}, {6, "credit"},
                                                 {7, ""}, {8, "card_no"}, {9, "mobile"}, {10, "card_no"},
                                                 {11, "name"}, {12, ""}, {13, "joined_on"}};
    QVERIFY2(r->rejected.size() == expected.size(), qPrintable(rejectedText(r.value())));
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(r->rejected.at(i).line, expected.at(i).first);
        QCOMPARE(r->rejected.at(i).field, expected.at(i).second);
        QVERIFY(!r->rejected.at(i).reason.isEmpty());
    }
    QVERIFY(r->rejected.at(4).reason.contains(QLatin1String("expected 6 fields, found 4")));
    auto m = MemberService(t.db(), clock).memberByCard(test::sessionFor(Role::BackOffice), QStringLiteral("8000000014"));
    QCOMPARE(m->name, QStringLiteral("陈,十四"));
    QCOMPARE(m->storeCode, QStringLiteral("SQZ01"));
}

void TestImporters::membersRerunAddsNothing()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    QVERIFY(importStores(t.db(), clock, kStores).ok());
    QByteArray csv = kMemberHeader;
    for (int i = 1; i <= 25; ++i)
        csv += QStringLiteral("80000000%1,会员%1,138000000%1,2025-01-01,NY01,\n").arg(i, 2, 10, QLatin1Char('0')).toUtf8();
    auto first = importMembers(t.db(), clock, csv, 10);
    QCOMPARE(first->added, 25);
    const qint64 audits = test::countRows(t.db(), QStringLiteral("audit_log"));
    auto second = importMembers(t.db(), clock, csv, 10);
    QCOMPARE(second->added, 0);
    QCOMPARE(second->unchanged, 25);
    QCOMPARE(second->rejected.size(), 0);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("members")), 25);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("audit_log")), audits); // nothing written, nothing audited
}

void TestImporters::goodRowsBeforeAnUnclosedQuoteAreKept()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    QVERIFY(importStores(t.db(), clock, kStores).ok());
    QByteArray csv = kMemberHeader + QStringLiteral("8000000001,张三,13812341234,2025-03-01,NY01,\n"
                                                    "8000000002,\"李四,13812341235,2025-03-01,NY01,\n").toUtf8();
    auto r = importMembers(t.db(), clock, csv);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("line 3")), qPrintable(r.error().message));
    QCOMPARE(test::countRows(t.db(), QStringLiteral("members")), 1);
}

void TestImporters::batchesAreAuditedAndChainVerifies()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    QVERIFY(importStores(t.db(), clock, kStores).ok());
    QByteArray csv = kMemberHeader;
    for (int i = 1; i <= 30; ++i)
        csv += QStringLiteral("80000000%1,会员,138000000%1,2025-01-01,NY01,\n").arg(i, 2, 10, QLatin1Char('0')).toUtf8();
    QVERIFY(importMembers(t.db(), clock, csv, 7).ok());
    QCOMPARE(test::countRows(t.db(), QStringLiteral("audit_log"), QStringLiteral("action = 'import.members'")), 5);
    auto details = sql::scalar(t.db().connection(), QStringLiteral("SELECT details FROM audit_log WHERE action = 'import.members' ORDER BY seq"));
    QVERIFY(details.value().toString().contains(QLatin1String("\"lines\":\"2-8\"")));
    auto report = AuditLog(t.db(), clock).verify(test::sessionFor(Role::Compliance));
    QVERIFY(report->intact);
}

void TestImporters::exportRoundTripsAndNeutralizesFormulas()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    QVERIFY(importStores(t.db(), clock, kStores).ok());
    QByteArray csv = kMemberHeader + QStringLiteral("8000000001,张三,13812341234,2025-03-01,NY01,good\n"
                                                    "8000000002,\"=HYPERLINK(\"\"x\"\")\",13812341235,2025-03-02,SQZ01,restricted\n").toUtf8();
    QVERIFY(importMembers(t.db(), clock, csv).ok());
    QByteArray exported;
    QBuffer out(&exported);
    out.open(QIODevice::WriteOnly);
    auto n = exportMembersCsv(t.db(), clock, test::sessionFor(Role::Compliance), &out);
    QCOMPARE(n.value(), 2);
    const QString text = QString::fromUtf8(exported);
    QVERIFY(text.startsWith(QLatin1String("card_no,name,mobile,joined_on,store,credit\r\n")));
    QVERIFY(text.contains(QStringLiteral("8000000001,张三,13812341234,2025-03-01,NY01,good")));
    QVERIFY2(text.contains(QLatin1String("\"'=HYPERLINK(\"\"x\"\")\"")), qPrintable(text));
    QCOMPARE(test::countRows(t.db(), QStringLiteral("audit_log"), QStringLiteral("action = 'export.members'")), 1);

    // the export (header and format) imports into another programme
    PD_FRESH_DB(u);
    QVERIFY(importStores(u.db(), clock, kStores).ok());
    auto back = importMembers(u.db(), clock, exported);
    QVERIFY(back.ok());
    QCOMPARE(back->added, 2);
    QCOMPARE(MemberService(u.db(), clock).memberByCard(test::sessionFor(Role::Compliance), QStringLiteral("8000000001"))->credit,
             CreditStanding::Good);
}

void TestImporters::gb18030MembersFileIsReadAsChinese()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    QVERIFY(importStores(t.db(), clock, kStores).ok());
    // as Excel saves it on a Chinese PC ("CSV (逗号分隔)"): GB18030 with CRLF; the third mobile is short
    const QByteArray gb("card_no,name,mobile,joined_on,store,credit\r\n"
                        "8000000001,\xCD\xF5\xD0\xA1\xC3\xF7,13812341234,2025-03-01,NY01,good\r\n"
                        "8000000002,\xC0\xEE\xBB\xAA,13812341235,2025-03-02,SQZ01,normal\r\n"
                        "8000000003,\xD5\xD4\xD1\xDB\xBE\xB5,1381234,2025-03-03,NY01,normal\r\n");
    const auto members = [&](TextEncoding encoding) {
        test::TextInput in(gb);
        ImportOptions o;
        o.encoding = encoding;
        return Importers(t.db(), clock).importMembers(test::sessionFor(Role::BackOffice), &in.buffer, QStringLiteral("会员.csv"), o);
    };
    // named as UTF-8, every row with Chinese is refused for its bytes and nothing is added
    auto asUtf8 = members(TextEncoding::Utf8);
    QVERIFY(asUtf8.ok());
    QCOMPARE(asUtf8->added, 0);
    QCOMPARE(asUtf8->rejected.size(), 3);
    QVERIFY2(asUtf8->rejected.at(0).reason.contains("not valid UTF-8 text"), qPrintable(rejectedText(asUtf8.value())));

    // told from the bytes: two members added with their Chinese names, the short mobile reported on its line
    auto told = members(TextEncoding::Auto);
    QVERIFY2(told.ok(), qPrintable(told.error().describe()));
    QCOMPARE(told->added, 2);
    QCOMPARE(told->rejected.size(), 1);
    QCOMPARE(told->rejected.at(0).line, 4);
    QCOMPARE(told->rejected.at(0).field, QStringLiteral("mobile"));
    const Session office = test::sessionFor(Role::Compliance);
    QCOMPARE(MemberService(t.db(), clock).memberByCard(office, QStringLiteral("8000000001"))->name, QStringLiteral("王小明"));
    QCOMPARE(MemberService(t.db(), clock).memberByCard(office, QStringLiteral("8000000002"))->name, QStringLiteral("李华"));
    // named, the same; a re-run adds nothing
    auto again = members(TextEncoding::Gb18030);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->unchanged, 2);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("members")), 2);

    // exported (as the desk's files are, with the byte order mark) and read back unchanged
    QByteArray exported = csv::kUtf8Bom;
    QBuffer out(&exported);
    out.open(QIODevice::Append);
    QCOMPARE(exportMembersCsv(t.db(), clock, office, &out).value(), 2);
    QVERIFY(exported.startsWith("\xEF\xBB\xBF" "card_no,"));
    QCOMPARE(detectTextEncoding(exported).value(), TextEncoding::Utf8);
    PD_FRESH_DB(u);
    QVERIFY(importStores(u.db(), clock, kStores).ok());
    auto back = importMembers(u.db(), clock, exported);
    QVERIFY2(back.ok() && back->added == 2 && back->rejected.isEmpty(), qPrintable(back ? rejectedText(back.value()) : back.error().message));
    QCOMPARE(MemberService(u.db(), clock).memberByCard(office, QStringLiteral("8000000001"))->name, QStringLiteral("王小明"));
}

void TestImporters::aFileOfNeitherEncodingChangesNothing()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    QVERIFY(importStores(t.db(), clock, kStores).ok());
    const qint64 audited = test::countRows(t.db(), QStringLiteral("audit_log"));
    auto refused = importMembers(t.db(), clock, kMemberHeader + QByteArray("8000000001,\xFF\xFE\xFF,13812341234,2025-03-01,NY01,good\n"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("encoding"));
    QVERIFY2(refused.error().message.contains("neither UTF-8 nor GB18030"), qPrintable(refused.error().message));
    QCOMPARE(test::countRows(t.db(), QStringLiteral("members")), 0);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("audit_log")), audited);
}

PD_DATABASE_TEST_MAIN(TestImporters)
#include "tst_importers.moc"

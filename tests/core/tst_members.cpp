#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/members/membermodel.h"
#include "core/members/memberservice.h"
#include "core/members/pinyin.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>

using namespace pd;

namespace {
const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc());

void addStore(Database &db, const Clock &clock, const QString &code = QStringLiteral("NY01"))
{
    auto id = StoreService(db, clock).addStore(test::sessionFor(Role::Administrator), test::store(code, QStringLiteral("南阳超市")));
    QVERIFY(id.ok());
}

QString mobileFor(int i) { return QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0')); }
} // namespace

class TestMembers : public QObject
{
    Q_OBJECT
private slots:
    void pinyinInitials_data();
    void pinyinInitials();
    void mobileMasking();
    void registerValidation_data();
    void registerValidation();
    void registerStoresAndAudits();
    void duplicatesAreRefused();
    void editRecordsChangedFieldsNotValues();
    void freezeAndClose();
    void revealIsAuditedAndMaskedOtherwise();
    void searchModes_data();
    void searchModes();
    void modelPagesWithoutLoadingEverything();
    void registeredMemberAppearsOnceInTheModel();
};

void TestMembers::pinyinInitials_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("initials");
    QTest::newRow("张三") << QStringLiteral("张三") << "zs";
    QTest::newRow("李四") << QStringLiteral("李四") << "ls";
    QTest::newRow("欧阳娜娜") << QStringLiteral("欧阳娜娜") << "oynn";
    QTest::newRow("王小明") << QStringLiteral("王小明") << "wxm";
    QTest::newRow("latin") << QStringLiteral("Anna Li") << "al";
    QTest::newRow("mixed") << QStringLiteral("张 Anna") << "za";
    QTest::newRow("digits ignored") << QStringLiteral("张三2") << "zs";
    QTest::newRow("empty") << QString() << "";
}

void TestMembers::pinyinInitials()
{
    QFETCH(QString, name);
    QFETCH(QString, initials);
    QCOMPARE(pinyin::initials(name), initials);
}

void TestMembers::mobileMasking()
{
    QCOMPARE(members::maskMobile(QStringLiteral("13812341234")), QStringLiteral("138****1234"));
    QCOMPARE(members::maskMobile(QStringLiteral("123")), QStringLiteral("***"));
}

void TestMembers::registerValidation_data()
{
    QTest::addColumn<QString>("card");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mobile");
    QTest::addColumn<QString>("store");
    QTest::addColumn<QDate>("joined");
    QTest::addColumn<QString>("field");
    const QDate ok(2026, 1, 15);
    QTest::newRow("valid") << "8000000001" << QStringLiteral("张三") << "13812341234" << "NY01" << ok << "";
    QTest::newRow("mobile 10 digits") << "8000000001" << QStringLiteral("张三") << "1381234123" << "NY01" << ok << "mobile";
    QTest::newRow("mobile 12 digits") << "8000000001" << QStringLiteral("张三") << "138123412345" << "NY01" << ok << "mobile";
    QTest::newRow("mobile starts with 2") << "8000000001" << QStringLiteral("张三") << "23812341234" << "NY01" << ok << "mobile";
    QTest::newRow("mobile with letters") << "8000000001" << QStringLiteral("张三") << "1381234abcd" << "NY01" << ok << "mobile";
    QTest::newRow("mobile empty") << "8000000001" << QStringLiteral("张三") << "" << "NY01" << ok << "mobile";
    QTest::newRow("name empty") << "8000000001" << "  " << "13812341234" << "NY01" << ok << "name";
    QTest::newRow("name control") << "8000000001" << QStringLiteral("张\x01三") << "13812341234" << "NY01" << ok << "name";
    QTest::newRow("card short") << "800" << QStringLiteral("张三") << "13812341234" << "NY01" << ok << "card_no";
    QTest::newRow("card symbols") << "8000-0001" << QStringLiteral("张三") << "13812341234" << "NY01" << ok << "card_no";
    QTest::newRow("unknown store") << "8000000001" << QStringLiteral("张三") << "13812341234" << "XX99" << ok << "store";
    QTest::newRow("future join") << "8000000001" << QStringLiteral("张三") << "13812341234" << "NY01" << QDate(2026, 12, 1) << "joined_on";
}

void TestMembers::registerValidation()
{
    QFETCH(QString, card);
    QFETCH(QString, name);
    QFETCH(QString, mobile);
    QFETCH(QString, store);
    QFETCH(QDate, joined);
    QFETCH(QString, field);
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    addStore(t.db(), clock);
    MemberService service(t.db(), clock);
    MemberInput in = test::memberInput(card, name, mobile, store);
    in.joinedOn = joined;
    const qint64 auditBefore = test::countRows(t.db(), QStringLiteral("audit_log"));
    auto id = service.registerMember(test::sessionFor(Role::Cashier), in);
    QCOMPARE(id.ok(), field.isEmpty());
    if (!id.ok()) {
        QCOMPARE(id.error().field, field);
        QVERIFY(!id.error().message.isEmpty());
        QCOMPARE(test::countRows(t.db(), QStringLiteral("members")), 0);
        QCOMPARE(test::countRows(t.db(), QStringLiteral("audit_log")), auditBefore);
    }
}

void TestMembers::registerStoresAndAudits()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    addStore(t.db(), clock);
    MemberService service(t.db(), clock);
    MemberInput in = test::memberInput(QStringLiteral("8000000001"), QStringLiteral("张三"), QStringLiteral("13812341234"));
    in.marketingConsent = true;
    in.credit = CreditStanding::Good;
    auto id = service.registerMember(test::sessionFor(Role::Cashier), in);
    QVERIFY2(id.ok(), qPrintable(id.error().describe()));
    auto m = service.member(test::sessionFor(Role::Cashier), id.value());
    QVERIFY(m.ok());
    QCOMPARE(m->name, QStringLiteral("张三"));
    QCOMPARE(m->maskedMobile, QStringLiteral("138****1234"));
    QCOMPARE(m->storeCode, QStringLiteral("NY01"));
    QCOMPARE(m->tier, QStringLiteral("member"));
    QCOMPARE(m->credit, CreditStanding::Good);
    QCOMPARE(m->status, MemberStatus::Active);
    QVERIFY(m->marketingConsent);
    QCOMPARE(m->balance, 0);
    auto initials = sql::scalar(t.db().connection(), QStringLiteral("SELECT name_initials FROM members"));
    QCOMPARE(initials.value().toString(), QStringLiteral("zs"));
    // the audit record names the member by id only
    auto details = sql::run(t.db().connection(), QStringLiteral("SELECT entity_id, details FROM audit_log WHERE action = 'member.register'"));
    QVERIFY(details.value().next());
    QCOMPARE(details.value().value(0).toString(), QString::number(id.value()));
    QVERIFY(!details.value().value(1).toString().contains(QStringLiteral("张三")));
    QVERIFY(!details.value().value(1).toString().contains(QLatin1String("1234")));
}

void TestMembers::duplicatesAreRefused()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    addStore(t.db(), clock);
    MemberService service(t.db(), clock);
    const Session s = test::sessionFor(Role::Cashier);
    QVERIFY(service.registerMember(s, test::memberInput(QStringLiteral("8000000001"), QStringLiteral("张三"), QStringLiteral("13812341234"))).ok());
    auto card = service.registerMember(s, test::memberInput(QStringLiteral("8000000001"), QStringLiteral("李四"), QStringLiteral("13900000000")));
    QCOMPARE(card.error().code, ErrorCode::Duplicate);
    QCOMPARE(card.error().field, QStringLiteral("card_no"));
    auto mobile = service.registerMember(s, test::memberInput(QStringLiteral("8000000002"), QStringLiteral("李四"), QStringLiteral("13812341234")));
    QCOMPARE(mobile.error().code, ErrorCode::Duplicate);
    QCOMPARE(mobile.error().field, QStringLiteral("mobile"));
    QVERIFY(mobile.error().message.contains(QStringLiteral("138****1234"))); // masked even in errors
    QCOMPARE(test::countRows(t.db(), QStringLiteral("members")), 1);
}

void TestMembers::editRecordsChangedFieldsNotValues()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    addStore(t.db(), clock);
    addStore(t.db(), clock, QStringLiteral("NY02"));
    MemberService service(t.db(), clock);
    MemberInput in = test::memberInput(QStringLiteral("8000000001"), QStringLiteral("张三"), QStringLiteral("13812341234"));
    auto id = service.registerMember(test::sessionFor(Role::Cashier), in);
    in.name = QStringLiteral("张珊");
    in.mobile.clear(); // keep the number
    in.storeCode = QStringLiteral("NY02");
    QCOMPARE(service.updateMember(test::sessionFor(Role::Cashier), id.value(), in).error().code, ErrorCode::PermissionDenied);
    const Status s = service.updateMember(test::sessionFor(Role::BackOffice), id.value(), in);
    QVERIFY2(s.ok(), qPrintable(s.error().describe()));
    auto m = service.member(test::sessionFor(Role::BackOffice), id.value());
    QCOMPARE(m->name, QStringLiteral("张珊"));
    QCOMPARE(m->maskedMobile, QStringLiteral("138****1234"));
    QCOMPARE(m->storeCode, QStringLiteral("NY02"));
    auto details = sql::scalar(t.db().connection(), QStringLiteral("SELECT details FROM audit_log WHERE action = 'member.update'"));
    QCOMPARE(details.value().toString(), QStringLiteral(R"({"changed":["name","store"]})"));
    // the card number is the member's identity
    in.cardNo = QStringLiteral("8000000099");
    QCOMPARE(service.updateMember(test::sessionFor(Role::BackOffice), id.value(), in).error().field, QStringLiteral("card_no"));
    // a bad new mobile is refused
    in.cardNo = QStringLiteral("8000000001");
    in.mobile = QStringLiteral("12345");
    QCOMPARE(service.updateMember(test::sessionFor(Role::BackOffice), id.value(), in).error().field, QStringLiteral("mobile"));
}

void TestMembers::freezeAndClose()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    addStore(t.db(), clock);
    MemberService service(t.db(), clock);
    const Session bo = test::sessionFor(Role::BackOffice);
    auto id = service.registerMember(bo, test::memberInput(QStringLiteral("8000000001"), QStringLiteral("张三"), QStringLiteral("13812341234")));
    QVERIFY(service.setStatus(bo, id.value(), MemberStatus::Frozen).ok());
    QCOMPARE(service.member(bo, id.value())->status, MemberStatus::Frozen);
    QVERIFY(service.setStatus(bo, id.value(), MemberStatus::Active).ok());
    QVERIFY(service.setStatus(bo, id.value(), MemberStatus::Closed).ok());
    QCOMPARE(service.setStatus(bo, id.value(), MemberStatus::Active).error().code, ErrorCode::Conflict);
    QCOMPARE(service.member(bo, id.value())->status, MemberStatus::Closed);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("audit_log"), QStringLiteral("action = 'member.status'")), 3);
    QCOMPARE(service.setStatus(bo, 424242, MemberStatus::Frozen).error().code, ErrorCode::NotFound);
}

void TestMembers::revealIsAuditedAndMaskedOtherwise()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    addStore(t.db(), clock);
    MemberService service(t.db(), clock);
    auto id = service.registerMember(test::sessionFor(Role::Cashier),
                                     test::memberInput(QStringLiteral("8000000001"), QStringLiteral("张三"), QStringLiteral("13812341234")));
    auto refused = service.revealMobile(test::sessionFor(Role::Cashier), id.value());
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("audit_log"), QStringLiteral("action = 'member.reveal_mobile'")), 0);
    auto shown = service.revealMobile(test::sessionFor(Role::Compliance, 77), id.value());
    QCOMPARE(shown.value(), QStringLiteral("13812341234"));
    auto who = sql::scalar(t.db().connection(), QStringLiteral("SELECT actor_id FROM audit_log WHERE action = 'member.reveal_mobile'"));
    QCOMPARE(who.value().toLongLong(), 77);

    MemberModel model(t.db(), service, test::sessionFor(Role::Compliance));
    QCOMPARE(model.data(model.index(0, MemberModel::Mobile)).toString(), QStringLiteral("138****1234"));
    QVERIFY(model.revealMobile(0).ok());
    QCOMPARE(model.data(model.index(0, MemberModel::Mobile)).toString(), QStringLiteral("13812341234"));
    MemberModel cashierModel(t.db(), service, test::sessionFor(Role::Cashier));
    QCOMPARE(cashierModel.revealMobile(0).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(cashierModel.data(cashierModel.index(0, MemberModel::Mobile)).toString(), QStringLiteral("138****1234"));
}

void TestMembers::searchModes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QStringList>("cards");
    using M = MemberSearchMode;
    QTest::newRow("initials zs") << "zs" << int(M::Auto) << QStringList{"8000000001", "8000000003"};
    QTest::newRow("initials upper") << "ZS" << int(M::Auto) << QStringList{"8000000001", "8000000003"};
    QTest::newRow("initials zsf") << "zsf" << int(M::Auto) << QStringList{"8000000003"};
    QTest::newRow("name prefix") << QStringLiteral("张") << int(M::Auto) << QStringList{"8000000001", "8000000003"};
    QTest::newRow("full name") << QStringLiteral("李四") << int(M::Auto) << QStringList{"8000000002"};
    QTest::newRow("card prefix") << "800000000" << int(M::Auto) << QStringList{"8000000001", "8000000002", "8000000003"};
    QTest::newRow("card exact") << "8000000002" << int(M::Auto) << QStringList{"8000000002"};
    QTest::newRow("mobile exact") << "13900000002" << int(M::Auto) << QStringList{"8000000002"};
    QTest::newRow("mobile partial is not a card") << "139000" << int(M::Auto) << QStringList{};
    QTest::newRow("mobile prefix mode") << "139000" << int(M::Mobile) << QStringList{"8000000001", "8000000002", "8000000003"};
    QTest::newRow("nothing") << "xyz" << int(M::Auto) << QStringList{};
    QTest::newRow("all") << "" << int(M::Auto) << QStringList{"8000000001", "8000000002", "8000000003"};
}

void TestMembers::searchModes()
{
    QFETCH(QString, text);
    QFETCH(int, mode);
    QFETCH(QStringList, cards);
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    addStore(t.db(), clock);
    MemberService service(t.db(), clock);
    const Session s = test::sessionFor(Role::Cashier);
    QVERIFY(service.registerMember(s, test::memberInput(QStringLiteral("8000000001"), QStringLiteral("张三"), mobileFor(1))).ok());
    QVERIFY(service.registerMember(s, test::memberInput(QStringLiteral("8000000002"), QStringLiteral("李四"), mobileFor(2))).ok());
    QVERIFY(service.registerMember(s, test::memberInput(QStringLiteral("8000000003"), QStringLiteral("张森峰"), mobileFor(3))).ok());
    MemberModel model(t.db(), service, s);
    model.setSearch(text, MemberSearchMode(mode));
    QStringList found;
    for (int r = 0; r < model.rowCount(); ++r)
        found << model.memberAt(r).cardNo;
    found.sort();
    QCOMPARE(found, cards);
    QCOMPARE(model.lastError(), QString());
}

void TestMembers::modelPagesWithoutLoadingEverything()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    addStore(t.db(), clock);
    MemberService service(t.db(), clock);
    const Session s = test::sessionFor(Role::Cashier);
    const int total = MemberModel::kPageSize * 2 + 50;
    {
        // bulk-insert through the service inside one transaction to keep the test quick
        WriteTransaction tx(t.db());
        QVERIFY(tx.begin().ok());
        for (int i = 1; i <= total; ++i) {
            const QString name = (i % 2 ? QStringLiteral("张") : QStringLiteral("王")) + QString(QChar(char16_t(0x4E00 + i)));
            QVERIFY(service.insertInTransaction(test::memberInput(QStringLiteral("80%1").arg(i, 8, 10, QLatin1Char('0')), name, mobileFor(i)), 1).ok());
        }
        QVERIFY(tx.commit().ok());
    }
    MemberModel model(t.db(), service, s);
    QCOMPARE(model.rowCount(), MemberModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), total);
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.memberAt(r).id);
    QCOMPARE(ids.size(), total);

    // a prefix search pages in (name, id) order with no duplicates or gaps
    model.setSearch(QStringLiteral("张"));
    QCOMPARE(model.rowCount(), MemberModel::kPageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), (total + 1) / 2);
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.memberAt(r - 1).name < model.memberAt(r).name
                || (model.memberAt(r - 1).name == model.memberAt(r).name && model.memberAt(r - 1).id < model.memberAt(r).id));
    model.setSearch(QStringLiteral("z"));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), (total + 1) / 2);

    MemberModel checked(t.db(), service, s);
    checked.setSearch(QStringLiteral("王"));
    // attached after the reset: Qt 6.4's tester fetches more from inside its modelReset slot
    QAbstractItemModelTester tester(&checked); // (and it fetches all pages itself)
    QCOMPARE(checked.rowCount(), total / 2);
}

void TestMembers::registeredMemberAppearsOnceInTheModel()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    addStore(t.db(), clock);
    MemberService service(t.db(), clock);
    const Session s = test::sessionFor(Role::Cashier);
    for (int i = 1; i <= MemberModel::kPageSize + 5; ++i)
        QVERIFY(service.registerMember(s, test::memberInput(QStringLiteral("80%1").arg(i, 8, 10, QLatin1Char('0')), QStringLiteral("会员"), mobileFor(i))).ok());
    MemberModel model(t.db(), service, s);
    auto id = service.registerMember(s, test::memberInput(QStringLiteral("8100000000"), QStringLiteral("新会员"), mobileFor(9999)));
    model.refreshMember(id.value());
    QCOMPARE(model.memberAt(0).id, id.value());
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), MemberModel::kPageSize + 6);
}

PD_DATABASE_TEST_MAIN(TestMembers)
#include "tst_members.moc"

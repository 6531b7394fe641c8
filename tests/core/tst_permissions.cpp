// Every operation × every role, against the table of DESIGN §1 written out here on its own
// (not derived from the program's role table), and a refused operation changes nothing.
#include "core/audit/auditlog.h"
#include "core/campaigns/campaignservice.h"
#include "core/campaigns/campaignsimulator.h"
#include "core/audit/auditmodel.h"
#include "core/db/sql.h"
#include <QSqlRecord>
#include "core/auth/authservice.h"
#include "core/demo/demodata.h"
#include "core/catalog/catalogservice.h"
#include "core/compliance/compliancechecks.h"
#include "core/compliance/personaldata.h"
#include "core/redemption/redemptioncancel.h"
#include "core/redemption/redemptionservice.h"
#include "core/io/importers.h"
#include "core/io/memberexport.h"
#include "core/io/reminderexport.h"
#include "core/adjustments/adjustmentservice.h"
#include "core/jobs/batchjobs.h"
#include "core/donations/donationservice.h"
#include "core/rules/programmerules.h"
#include "core/receipts/receiptservice.h"
#include "core/receipts/returnservice.h"
#include "core/members/memberservice.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QBuffer>

using namespace pd;

namespace {
const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc());

struct World
{
    Database &db;
    FixedClock &clock;
    qint64 memberId;
    qint64 userId;
    qint64 pendingAdjustment;
    qint64 openDataRequest;
};

using Operation = std::function<Status(World &, const Session &)>;

QStringList auditActionsAfter(Database &db, qint64 seq)
{
    QStringList actions;
    auto q = sql::run(db.connection(), QStringLiteral("SELECT action FROM audit_log WHERE seq > ? ORDER BY seq"), {seq});
    while (q.value().next())
        actions << q.value().value(0).toString();
    return actions;
}

template<typename T>
Status statusOf(const Result<T> &r)
{
    return r.ok() ? Status() : Status(r.error());
}

QHash<QString, Operation> operations()
{
    const PasswordHasher fast(PasswordHasher::fastForTests());
    QHash<QString, Operation> ops;
    ops[QStringLiteral("member.read")] = [](World &w, const Session &s) {
        return statusOf(MemberService(w.db, w.clock).member(s, w.memberId));
    };
    ops[QStringLiteral("member.register")] = [](World &w, const Session &s) {
        return statusOf(MemberService(w.db, w.clock).registerMember(
            s, test::memberInput(QStringLiteral("8000000099"), QStringLiteral("新人"), QStringLiteral("13700000099"))));
    };
    ops[QStringLiteral("member.edit")] = [](World &w, const Session &s) {
        MemberInput in = test::memberInput(QStringLiteral("8000000001"), QStringLiteral("张珊"), QString());
        return MemberService(w.db, w.clock).updateMember(s, w.memberId, in);
    };
    ops[QStringLiteral("member.freeze")] = [](World &w, const Session &s) {
        return MemberService(w.db, w.clock).setStatus(s, w.memberId, MemberStatus::Frozen);
    };
    ops[QStringLiteral("member.consent")] = [](World &w, const Session &s) {
        return MemberService(w.db, w.clock).setMarketingConsent(s, w.memberId, true);
    };
    ops[QStringLiteral("member.reveal")] = [](World &w, const Session &s) {
        return statusOf(MemberService(w.db, w.clock).revealMobile(s, w.memberId));
    };
    ops[QStringLiteral("member.export")] = [](World &w, const Session &s) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        return statusOf(exportMembersCsv(w.db, w.clock, s, &out));
    };
    ops[QStringLiteral("import.stores")] = [](World &w, const Session &s) {
        test::TextInput in("code,name,city\nNY09,新店,南阳\n");
        return statusOf(Importers(w.db, w.clock).importStores(s, &in.buffer, QStringLiteral("stores.csv")));
    };
    ops[QStringLiteral("import.members")] = [](World &w, const Session &s) {
        test::TextInput in(QStringLiteral("card_no,name,mobile,joined_on,store,credit\n8000000077,王五,13700000077,2026-01-01,NY01,\n").toUtf8());
        return statusOf(Importers(w.db, w.clock).importMembers(s, &in.buffer, QStringLiteral("members.csv")));
    };
    ops[QStringLiteral("store.add")] = [](World &w, const Session &s) {
        return statusOf(StoreService(w.db, w.clock).addStore(s, test::store(QStringLiteral("NY05"), QStringLiteral("新店"))));
    };
    ops[QStringLiteral("store.update")] = [](World &w, const Session &s) {
        Store st = StoreService(w.db, w.clock).storeByCode(QStringLiteral("NY01")).value();
        st.city = QStringLiteral("镇平");
        return StoreService(w.db, w.clock).updateStore(s, st);
    };
    ops[QStringLiteral("user.create")] = [fast](World &w, const Session &s) {
        return statusOf(AuthService(w.db, w.clock, fast).createUser(
            s, NewUser{QStringLiteral("newbie"), QStringLiteral("新员工"), Role::Cashier, QStringLiteral("quiet harbour 42")}));
    };
    ops[QStringLiteral("user.reset")] = [fast](World &w, const Session &s) {
        return AuthService(w.db, w.clock, fast).resetPassword(s, w.userId, QStringLiteral("lantern river 77"));
    };
    ops[QStringLiteral("user.unlock")] = [fast](World &w, const Session &s) {
        return AuthService(w.db, w.clock, fast).unlock(s, w.userId);
    };
    ops[QStringLiteral("user.disable")] = [fast](World &w, const Session &s) {
        return AuthService(w.db, w.clock, fast).setActive(s, w.userId, false);
    };
    ops[QStringLiteral("user.role")] = [fast](World &w, const Session &s) {
        return AuthService(w.db, w.clock, fast).setRole(s, w.userId, Role::BackOffice);
    };
    ops[QStringLiteral("user.list")] = [fast](World &w, const Session &s) {
        return statusOf(AuthService(w.db, w.clock, fast).users(s));
    };
    ops[QStringLiteral("audit.verify")] = [](World &w, const Session &s) {
        return statusOf(AuditLog(w.db, w.clock).verify(s));
    };
    ops[QStringLiteral("receipt.post")] = [](World &w, const Session &s) {
        ReceiptInput in{QStringLiteral("NY01"), QStringLiteral("R9"), QStringLiteral("8000000001"), w.clock.nowUtc().addDays(-1),
                        QStringLiteral("supermarket"), 10000, 0, 0};
        return statusOf(ReceiptService(w.db, w.clock).post(s, in));
    };
    ops[QStringLiteral("return.post")] = [](World &w, const Session &s) {
        return statusOf(ReturnService(w.db, w.clock).post(s, ReturnInput{QStringLiteral("NY01"), QStringLiteral("T1"), QStringLiteral("R0"),
                                                                          w.clock.nowUtc(), 100}));
    };
    ops[QStringLiteral("donate")] = [](World &w, const Session &s) {
        return statusOf(DonationService(w.db, w.clock).donate(s, QStringLiteral("8000000001"), QStringLiteral("PAWS"), 10));
    };
    ops[QStringLiteral("adjust.request")] = [](World &w, const Session &s) {
        return statusOf(AdjustmentService(w.db, w.clock).request(s, QStringLiteral("8000000001"), 10, QStringLiteral("goodwill")));
    };
    ops[QStringLiteral("adjust.approve")] = [](World &w, const Session &s) {
        return AdjustmentService(w.db, w.clock).approve(s, w.pendingAdjustment);
    };
    ops[QStringLiteral("expiry.run")] = [](World &w, const Session &s) {
        return statusOf(BatchJobs(w.db, w.clock).expire(s, QDate(2026, 11, 1)));
    };
    ops[QStringLiteral("tiers.review")] = [](World &w, const Session &s) {
        return statusOf(BatchJobs(w.db, w.clock).reviewTiers(s, QDate(2026, 11, 1)));
    };
    ops[QStringLiteral("rules.rate")] = [](World &w, const Session &s) {
        return RulesService(w.db, w.clock).setRate(s, QStringLiteral("fuel"), 60);
    };
    ops[QStringLiteral("catalog.create")] = [](World &w, const Session &s) {
        CatalogItem i;
        i.code = QStringLiteral("NEW");
        i.name = QStringLiteral("大米");
        i.pointsPrice = 1000;
        return statusOf(CatalogService(w.db, w.clock).create(s, i));
    };
    ops[QStringLiteral("catalog.read")] = [](World &w, const Session &s) {
        return statusOf(CatalogService(w.db, w.clock).items(s));
    };
    ops[QStringLiteral("import.catalog")] = [](World &w, const Session &s) {
        test::TextInput csv("code,name,category,points,cash,retail_value,stock,per_member_limit,limit_period,tier,active_from,active_to\n"
                            "OIL,食用油,daily,1200,,69.90,10,,,,,\n");
        return statusOf(Importers(w.db, w.clock).importCatalog(s, &csv.buffer, QStringLiteral("catalog.csv")));
    };
    ops[QStringLiteral("redeem")] = [](World &w, const Session &s) {
        return statusOf(RedemptionService(w.db, w.clock).redeem(s, RedemptionInput{QStringLiteral("NY01"), QStringLiteral("D1"),
                                                                                  QStringLiteral("8000000001"), QStringLiteral("GIFT"), 1,
                                                                                  w.clock.nowUtc()}));
    };
    ops[QStringLiteral("redeem.cancel")] = [](World &w, const Session &s) {
        CancellationInput in;
        in.redemptionNo = QStringLiteral("D0");
        in.reason = QStringLiteral("broken");
        return statusOf(RedemptionCancelService(w.db, w.clock).cancel(s, in));
    };
    ops[QStringLiteral("campaign.import")] = [](World &w, const Session &s) {
        QList<FieldProblem> problems;
        return statusOf(CampaignService(w.db, w.clock).importDrafts(s, R"({"code":"NEW-X2","name":"双倍","type":"multiplier",
            "from":"2026-12-01","to":"2026-12-31","percent":200})", problems));
    };
    ops[QStringLiteral("campaign.submit")] = [](World &w, const Session &s) { return CampaignService(w.db, w.clock).submit(s, QStringLiteral("DRAFT1")); };
    ops[QStringLiteral("campaign.approve")] = [](World &w, const Session &s) {
        return CampaignService(w.db, w.clock).approve(s, QStringLiteral("WAITING1"));
    };
    ops[QStringLiteral("campaign.reject")] = [](World &w, const Session &s) {
        return CampaignService(w.db, w.clock).reject(s, QStringLiteral("WAITING1"), QStringLiteral("与现有活动重复"));
    };
    ops[QStringLiteral("campaign.cancel")] = [](World &w, const Session &s) {
        return CampaignService(w.db, w.clock).cancel(s, QStringLiteral("RUNNING1"), QStringLiteral("提前结束"));
    };
    ops[QStringLiteral("campaign.read")] = [](World &w, const Session &s) { return statusOf(CampaignService(w.db, w.clock).campaigns(s)); };
    ops[QStringLiteral("campaign.simulate")] = [](World &w, const Session &s) {
        auto running = CampaignService(w.db, w.clock).campaign(test::sessionFor(Role::Administrator), QStringLiteral("RUNNING1"));
        SimulationRequest request;
        request.from = QDate(2026, 11, 1);
        request.to = QDate(2026, 11, 22);
        return statusOf(simulateCampaign(w.db, s, running.value(), request));
    };
    ops[QStringLiteral("data.request")] = [](World &w, const Session &s) {
        return statusOf(PersonalDataService(w.db, w.clock)
                            .logRequest(s, QStringLiteral("8000000002"), DataRequestKind::Copy, DataRequester::Member, QDate(2026, 11, 20)));
    };
    ops[QStringLiteral("data.copy")] = [](World &w, const Session &s) {
        return PersonalDataService(w.db, w.clock).exportMember(s, QStringLiteral("8000000002"), [](const QByteArray &) { return Status(); });
    };
    ops[QStringLiteral("data.erase")] = [](World &w, const Session &s) {
        return PersonalDataService(w.db, w.clock).erase(s, QStringLiteral("8000000002"), QStringLiteral("会员申请注销"));
    };
    ops[QStringLiteral("data.refuse")] = [](World &w, const Session &s) {
        return PersonalDataService(w.db, w.clock).refuse(s, w.openDataRequest, QStringLiteral("无法核实身份"));
    };
    ops[QStringLiteral("data.requests")] = [](World &w, const Session &s) { return statusOf(PersonalDataService(w.db, w.clock).requests(s)); };
    ops[QStringLiteral("reminders.run")] = [](World &w, const Session &s) {
        return statusOf(BatchJobs(w.db, w.clock).remindExpiry(s, QDate(2026, 11, 23)));
    };
    ops[QStringLiteral("reminders.sms")] = [](World &w, const Session &s) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        return statusOf(exportReminderSms(w.db, w.clock, s, QDate(2026, 11, 23), &out));
    };
    ops[QStringLiteral("checks")] = [](World &w, const Session &s) { return statusOf(ComplianceChecks(w.db, w.clock).run(s)); };
    ops[QStringLiteral("demo")] = [fast](World &w, const Session &s) {
        DemoOptions o;
        o.members = 3;
        return statusOf(DemoData(w.db, w.clock, fast).create(s, o));
    };
    return ops;
}
} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT
private slots:
    void operationByRole_data();
    void operationByRole();
    void auditScreenIsEmptyForOthers();

private:
    void buildWorld();

    // the world the operations run in, kept from one row to the next while no row changed it
    std::unique_ptr<test::TestDatabase> m_db;
    FixedClock m_clock{kNow};
    std::optional<World> m_world;
    bool m_worldUntouched = false;
};

// A store, two members, a user, a receipt to return, points to donate, a charity, an adjustment
// waiting for approval, a catalog item redeemed once, three campaigns and an erasure request
void TestPermissions::buildWorld()
{
    m_world.reset();
    m_db.reset(); // the old world's connection closes before the new one empties the schema
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    test::TestDatabase &t = *m_db;
    FixedClock &clock = m_clock;
    clock.set(kNow);
    const Session admin = test::sessionFor(Role::Administrator);
    QVERIFY(StoreService(t.db(), clock).addStore(admin, test::store(QStringLiteral("NY01"), QStringLiteral("南阳超市"))).ok());
    auto member = MemberService(t.db(), clock).registerMember(
        admin, test::memberInput(QStringLiteral("8000000001"), QStringLiteral("张三"), QStringLiteral("13812341234")));
    QVERIFY(member.ok());
    auto user = AuthService(t.db(), clock, PasswordHasher(PasswordHasher::fastForTests()))
                    .createUser(admin, NewUser{QStringLiteral("lina"), QStringLiteral("李娜"), Role::Cashier, QStringLiteral("quiet harbour 42")});
    QVERIFY(user.ok());
    auto receipt = ReceiptService(t.db(), clock).post(admin, ReceiptInput{QStringLiteral("NY01"), QStringLiteral("R0"), QStringLiteral("8000000001"),
                                                                          clock.nowUtc().addDays(-2), QStringLiteral("supermarket"), 100000, 0, 0});
    QVERIFY(receipt.ok());
    CharityProject paws;
    paws.code = QStringLiteral("PAWS");
    paws.name = QStringLiteral("流浪动物救助");
    QVERIFY(DonationService(t.db(), clock).addProject(admin, paws).ok());
    auto pending = AdjustmentService(t.db(), clock).request(test::sessionFor(Role::BackOffice, 555), QStringLiteral("8000000001"), 5000,
                                                            QStringLiteral("points lost in a POS outage"));
    QVERIFY(pending.ok());
    CatalogItem gift;
    gift.code = QStringLiteral("GIFT");
    gift.name = QStringLiteral("礼盒");
    gift.pointsPrice = 100;
    gift.stock = 10;
    gift.status = ItemStatus::Active;
    QVERIFY(CatalogService(t.db(), clock).create(admin, gift).ok());
    QVERIFY(RedemptionService(t.db(), clock)
                .redeem(admin, RedemptionInput{QStringLiteral("NY01"), QStringLiteral("D0"), QStringLiteral("8000000001"), QStringLiteral("GIFT"), 1,
                                               clock.nowUtc()})
                .ok());
    // campaigns written by a campaign manager: a draft, one waiting for approval, one running
    {
        CampaignService campaigns(t.db(), clock);
        const Session manager = test::sessionFor(Role::CampaignManager, 555), officer = test::sessionFor(Role::Compliance, 556);
        QList<FieldProblem> problems;
        QVERIFY(campaigns.importDrafts(manager, R"([
            {"code":"DRAFT1","name":"草稿","type":"multiplier","from":"2026-12-01","to":"2026-12-31","terms":"双倍积分。","percent":200},
            {"code":"WAITING1","name":"待批","type":"first_purchase","from":"2026-12-01","to":"2026-12-31","terms":"首单送50积分。","points":50},
            {"code":"RUNNING1","name":"进行中","type":"multiplier","from":"2026-11-01","to":"2026-12-31","terms":"双倍积分。","percent":200}])",
                                       problems)
                    .ok());
        for (const char *code : {"WAITING1", "RUNNING1"})
            QVERIFY(campaigns.submit(manager, QLatin1String(code)).ok());
        QVERIFY(campaigns.approve(officer, QStringLiteral("RUNNING1")).ok());
    }
    // a member with nothing open (to erase) and a request waiting for an answer
    QVERIFY(MemberService(t.db(), clock)
                .registerMember(admin, test::memberInput(QStringLiteral("8000000002"), QStringLiteral("王五"), QStringLiteral("13900001111")))
                .ok());
    auto request = PersonalDataService(t.db(), clock).logRequest(admin, QStringLiteral("8000000001"), DataRequestKind::Erasure,
                                                                 DataRequester::Member, QDate(2026, 11, 22));
    QVERIFY(request.ok());
    m_world.emplace(World{t.db(), clock, member.value(), user.value(), pending->id, request.value()});
}

void TestPermissions::operationByRole_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("audited");
    //                                       cashier backoffice campaign compliance admin
    const QList<QPair<const char *, QList<bool>>> table = {
        {"member.read",     {true,  true,  true,  true,  true}},
        {"member.register", {true,  true,  false, false, true}},
        {"member.edit",     {false, true,  false, false, true}},
        {"member.freeze",   {false, true,  false, false, true}},
        {"member.consent",  {false, true,  false, false, true}},
        {"member.reveal",   {false, false, false, true,  true}},
        {"member.export",   {false, false, false, true,  true}},
        {"import.stores",   {false, true,  false, false, true}},
        {"import.members",  {false, true,  false, false, true}},
        {"store.add",       {false, false, false, false, true}},
        {"store.update",    {false, false, false, false, true}},
        {"user.create",     {false, false, false, false, true}},
        {"user.reset",      {false, false, false, false, true}},
        {"user.unlock",     {false, false, false, false, true}},
        {"user.disable",    {false, false, false, false, true}},
        {"user.role",       {false, false, false, false, true}},
        {"user.list",       {false, false, false, false, true}},
        {"audit.verify",    {false, false, false, true,  true}},
        {"demo",            {false, false, false, false, true}},
        {"receipt.post",    {true,  true,  false, false, true}},
        {"return.post",     {true,  true,  false, false, true}},
        {"donate",          {true,  true,  false, false, true}},
        {"adjust.request",  {false, true,  false, false, true}},
        {"adjust.approve",  {false, false, false, true,  true}},
        {"expiry.run",      {false, false, false, false, true}},
        {"tiers.review",    {false, false, false, false, true}},
        {"rules.rate",      {false, false, false, false, true}},
        {"catalog.create",  {false, false, true,  false, true}},
        {"catalog.read",    {true,  true,  true,  true,  true}},
        {"import.catalog",  {false, false, true,  false, true}},
        {"redeem",          {true,  true,  false, false, true}},
        {"campaign.import", {false, false, true,  false, true}},
        {"campaign.submit", {false, false, true,  false, true}},
        {"campaign.approve", {false, false, false, true, true}},
        {"campaign.reject", {false, false, false, true,  true}},
        {"campaign.cancel", {false, false, true,  true,  true}},
        {"campaign.read",   {false, true,  true,  true,  true}},
        {"campaign.simulate", {false, true, true, true,  true}},
        {"redeem.cancel",   {true,  true,  false, false, true}},
        {"data.request",    {false, false, false, true,  true}},
        {"data.copy",       {false, false, false, true,  true}},
        {"data.erase",      {false, false, false, true,  true}},
        {"data.refuse",     {false, false, false, true,  true}},
        {"data.requests",   {false, false, false, true,  true}},
        {"checks",          {false, false, false, true,  true}},
        {"reminders.run",   {false, false, false, true,  true}},
        {"reminders.sms",   {false, false, false, true,  true}},
    };
    // the one audit record an allowed call leaves (none for the plain reads)
    const QHash<QString, QString> audited = {
        {"member.read", ""}, {"member.register", "member.register"}, {"member.edit", "member.update"},
        {"member.freeze", "member.status"}, {"member.consent", "member.consent"}, {"member.reveal", "member.reveal_mobile"},
        {"member.export", "export.members"}, {"import.stores", "import.stores"}, {"import.members", "import.members"},
        {"store.add", "store.add"}, {"store.update", "store.update"}, {"user.create", "user.create"},
        {"user.reset", "user.reset_password"}, {"user.unlock", "user.unlock"}, {"user.disable", "user.disable"},
        {"user.role", "user.role"}, {"user.list", ""}, {"audit.verify", ""}, {"demo", "demo.create"},
        {"receipt.post", "receipt.post"}, {"return.post", "return.post"}, {"donate", "charity.donate"},
        {"adjust.request", "adjust.apply"} /* 10 points: below the approval threshold */, {"adjust.approve", "adjust.approve"}, {"expiry.run", "expiry.run"},
        {"tiers.review", "tiers.review"}, {"rules.rate", "rules.rate"}, {"catalog.create", "catalog.create"},
        {"catalog.read", ""}, {"import.catalog", "import.catalog"}, {"redeem", "redeem.post"}, {"redeem.cancel", "redeem.cancel"},
        {"campaign.import", "campaign.create"}, {"campaign.submit", "campaign.submit"}, {"campaign.approve", "campaign.approve"},
        {"campaign.reject", "campaign.reject"}, {"campaign.cancel", "campaign.cancel"}, {"campaign.read", ""}, {"campaign.simulate", ""},
        {"data.request", "member.data_request"}, {"data.copy", "member.export_data"}, {"data.erase", "member.erase"},
        {"data.refuse", "member.data_refused"}, {"data.requests", ""}, {"checks", ""},
        {"reminders.run", "expiry.remind"}, {"reminders.sms", "export.reminders"},
    };
    const QList<Role> roles = {Role::Cashier, Role::BackOffice, Role::CampaignManager, Role::Compliance, Role::Administrator};
    QCOMPARE(table.size(), operations().size());
    QCOMPARE(audited.size(), operations().size());
    for (const auto &row : table) {
        QVERIFY2(audited.contains(QString::fromLatin1(row.first)), row.first);
        for (int r = 0; r < roles.size(); ++r)
            QTest::addRow("%s as %s", row.first, qPrintable(roleCode(roles.at(r))))
                << QString::fromLatin1(row.first) << int(roles.at(r)) << row.second.at(r) << audited.value(QString::fromLatin1(row.first));
    }
}

void TestPermissions::operationByRole()
{
    QFETCH(QString, operation);
    QFETCH(int, role);
    QFETCH(bool, allowed);
    QFETCH(QString, audited);
    // A refused call and a plain read change nothing (asserted below, table by table), so the
    // next row may start from the same world; a row that wrote, or failed, builds it again.
    const bool reuse = m_world && m_worldUntouched;
    m_worldUntouched = false;
    if (!reuse) {
        buildWorld();
        if (QTest::currentTestFailed())
            return;
    }
    World &world = *m_world;
    test::TestDatabase &t = *m_db;
    test::VerifiedAtEnd verified(&t.db());

    const qint64 lastSeq = sql::scalar(t.db().connection(), QStringLiteral("SELECT MAX(seq) FROM audit_log"))->toLongLong();
    const QMap<QString, QStringList> before = test::everyRow(t.db());
    QVERIFY(before.size() >= 20);
    const Status s = operations().value(operation)(world, test::sessionFor(Role(role)));
    const QStringList actions = auditActionsAfter(t.db(), lastSeq);
    if (allowed) {
        QVERIFY2(s.ok(), qPrintable(s.error().describe()));
        if (operation == QLatin1String("demo")) {
            // the demo is many operations (stores, catalog, settings), each on record; it ends with its own
            QVERIFY(!actions.isEmpty());
            QCOMPARE(actions.last(), audited);
            QCOMPARE(actions.count(audited), 1);
        } else {
            QCOMPARE(actions, audited.isEmpty() ? QStringList() : QStringList{audited});
        }
        if (audited.isEmpty())
            QCOMPARE(test::everyRow(t.db()), before); // a plain read writes nothing
    } else {
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!s.error().message.isEmpty());
        QCOMPARE(actions, QStringList());
        const QMap<QString, QStringList> after = test::everyRow(t.db());
        for (auto it = before.begin(); it != before.end(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(QStringLiteral("a refused %1 changed table %2").arg(operation, it.key())));
        QCOMPARE(after.keys(), before.keys());
    }
    m_worldUntouched = !allowed || audited.isEmpty();
}

void TestPermissions::auditScreenIsEmptyForOthers()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    QVERIFY(StoreService(t.db(), clock).addStore(test::sessionFor(Role::Administrator),
                                                 test::store(QStringLiteral("NY01"), QStringLiteral("南阳超市"))).ok());
    for (Role r : allRoles()) {
        AuditModel model(t.db(), test::sessionFor(r));
        QCOMPARE(model.rowCount() > 0, r == Role::Compliance || r == Role::Administrator);
    }
}

PD_DATABASE_TEST_MAIN(TestPermissions)
#include "tst_permissions.moc"

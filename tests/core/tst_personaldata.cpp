// Personal data (个人信息保护法 Art. 45, 47, 50; DESIGN §9): the request log, a member's copy of
// their data checked against the published schema, and erasure that leaves no trace of the
// person while the points, the ledger and both hash chains stay as they were.
#include "core/adjustments/adjustmentservice.h"
#include "core/compliance/personaldata.h"
#include "core/members/membersearch.h"
#include "core/reports/statement.h"
#include "redemptionfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pd;

namespace {

template<typename T>
Status statusOf(const Result<T> &r)
{
    return r.ok() ? Status() : Status(r.error());
}

const QString kCard = QStringLiteral("8000000099");
const QString kName = QStringLiteral("欧阳晓岚");
const QString kMobile = QStringLiteral("13912345678");
const QString kEmail = QStringLiteral("ouyang.xl@example.com");

// The subset of JSON Schema the published schema uses: type, const, enum, minimum, required,
// properties, additionalProperties false, items. Returns the first place that disagrees.
QString schemaProblem(const QJsonValue &v, const QJsonObject &schema, const QString &where)
{
    const auto typeName = [](const QJsonValue &x) -> QString {
        if (x.isNull()) return QStringLiteral("null");
        if (x.isBool()) return QStringLiteral("boolean");
        if (x.isString()) return QStringLiteral("string");
        if (x.isArray()) return QStringLiteral("array");
        if (x.isObject()) return QStringLiteral("object");
        return x.toDouble() == std::floor(x.toDouble()) ? QStringLiteral("integer") : QStringLiteral("number");
    };
    if (schema.contains(QLatin1String("const")) && schema.value(QLatin1String("const")) != v)
        return where + QStringLiteral(": not the constant");
    if (schema.contains(QLatin1String("enum")) && !schema.value(QLatin1String("enum")).toArray().contains(v))
        return where + QStringLiteral(": not one of the values");
    if (schema.contains(QLatin1String("type"))) {
        const QJsonValue t = schema.value(QLatin1String("type"));
        const QStringList allowed = t.isArray() ? QVariant(t.toArray().toVariantList()).toStringList() : QStringList{t.toString()};
        if (!allowed.contains(typeName(v)))
            return where + QStringLiteral(": a %1, not %2").arg(typeName(v), allowed.join(QLatin1Char('/')));
    }
    if (schema.contains(QLatin1String("minimum")) && v.toDouble() < schema.value(QLatin1String("minimum")).toDouble())
        return where + QStringLiteral(": below the minimum");
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
        for (const QJsonValue &r : schema.value(QLatin1String("required")).toArray())
            if (!o.contains(r.toString()))
                return where + QStringLiteral(": missing ") + r.toString();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!props.contains(it.key())) {
                if (schema.value(QLatin1String("additionalProperties")) == QJsonValue(false))
                    return where + QStringLiteral(": unexpected ") + it.key();
                continue;
            }
            if (QString p = schemaProblem(it.value(), props.value(it.key()).toObject(), where + QLatin1Char('.') + it.key()); !p.isEmpty())
                return p;
        }
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            if (QString p = schemaProblem(a.at(i), schema.value(QLatin1String("items")).toObject(), where + QStringLiteral("[%1]").arg(i)); !p.isEmpty())
                return p;
    }
    return {};
}

QJsonObject publishedSchema()
{
    QFile f(QStringLiteral(PD_SCHEMA_FILE));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Where in the database a text still appears ("table: row"), over every column of every table.
QStringList placesHolding(Database &db, const QStringList &needles)
{
    QStringList found;
    const auto rows = test::everyRow(db);
    for (auto it = rows.begin(); it != rows.end(); ++it)
        for (const QString &row : it.value())
            for (const QString &needle : needles)
                if (row.contains(needle))
                    found << it.key() + QStringLiteral(": ") + row.left(120);
    return found;
}

struct World : test::RedemptionWorld
{
    World() : test::RedemptionWorld(3)
    {
        if (!ok)
            return;
        compliance = test::demoLogin(t.db(), QStringLiteral("compliance"));
        MemberInput in = test::memberInput(kCard, kName, kMobile);
        in.email = kEmail;
        in.marketingConsent = true;
        ok = MemberService(t.db(), clock).registerMember(admin, in).ok();
    }

    PersonalDataService service() { return PersonalDataService(t.db(), clock); }
    qint64 memberId()
    {
        return sql::scalar(t.db().connection(), "SELECT id FROM members WHERE card_no = ?", {kCard}).value().toLongLong();
    }
    // A year of ordinary life: receipts, a return, a redemption, a consent withdrawn, a reveal.
    bool history()
    {
        const qint64 id = memberId();
        const QList<std::function<Status()>> steps = {
            [&] { return statusOf(receipt(QStringLiteral("P1"), 99, 120000, clock.nowUtc().addDays(-40))); },
            [&] { return statusOf(receipt(QStringLiteral("P2"), 99, 30000, clock.nowUtc().addDays(-20), QStringLiteral("partner:eyewear"), 0, 0, QStringLiteral("EYE01"))); },
            [&] { return statusOf(giveBack(QStringLiteral("R1"), QStringLiteral("P2"), 10000, clock.nowUtc().addDays(-19), QStringLiteral("EYE01"))); },
            [&] { return add(item(QStringLiteral("OIL"), 200)) ? Status() : Status(makeError(ErrorCode::InvalidInput, QStringLiteral("item"))); },
            [&] { return statusOf(redeem(QStringLiteral("X1"), 99, QStringLiteral("OIL"))); },
            [&] { return MemberService(t.db(), clock).setMarketingConsent(admin, id, false); },
            [&] { return statusOf(MemberService(t.db(), clock).revealMobile(compliance, id)); },
        };
        for (const auto &step : steps)
            if (Status s = step(); !s) {
                qWarning() << s.error().describe();
                return false;
            }
        return true;
    }
    Result<QJsonObject> exportCopy()
    {
        QByteArray written;
        Status s = service().exportMember(compliance, kCard, [&](const QByteArray &json) {
            written = json;
            return Status();
        });
        if (!s)
            return s.error();
        return QJsonDocument::fromJson(written).object();
    }

    Session compliance;
};

#define PD_WORLD(w)                                                                                \
    World w;                                                                                       \
    QVERIFY2(w.t.isValid() && w.ok, qPrintable(w.t.error()))

} // namespace

class TestPersonalData : public QObject
{
    Q_OBJECT

private slots:
    void copyHoldsTheMembersDataInThePublishedShape();
    void copyThatCannotBeWrittenChangesNothing();
    void erasureLeavesNoTraceOfThePerson();
    void erasureIsRefusedWhileTheMemberIsStillOwedOrOwing_data();
    void erasureIsRefusedWhileTheMemberIsStillOwedOrOwing();
    void requestLog();
    void badRequestsChangeNothing_data();
    void badRequestsChangeNothing();
};

void TestPersonalData::copyHoldsTheMembersDataInThePublishedShape()
{
    PD_WORLD(w);
    QVERIFY(w.history());
    // a receipt that lifts the member to the next tier (¥2,000 in twelve months)
    PD_OK(w.receipt(QStringLiteral("P3"), 99, 100000, w.clock.nowUtc().addDays(-10)));
    QVERIFY(w.service().logRequest(w.compliance, kCard, DataRequestKind::Copy, DataRequester::Member, QDate(2027, 5, 28)).ok());
    auto copy = w.exportCopy();
    QVERIFY2(copy.ok(), qPrintable(copy.ok() ? QString() : copy.error().describe()));

    const QJsonObject schema = publishedSchema();
    QVERIFY(schema.value(QLatin1String("properties")).toObject().size() >= 14);
    QCOMPARE(schemaProblem(copy.value(), schema, QStringLiteral("copy")), QString());

    const QJsonObject profile = copy->value(QLatin1String("profile")).toObject();
    QCOMPARE(profile.value(QLatin1String("name")).toString(), kName);
    QCOMPARE(profile.value(QLatin1String("mobile")).toString(), kMobile); // the member's own number, unmasked
    QCOMPARE(profile.value(QLatin1String("email")).toString(), kEmail);
    QCOMPARE(profile.value(QLatin1String("balance")).toInteger(), w.points(99).balance);
    QCOMPARE(copy->value(QLatin1String("receipts")).toArray().size(), 3);
    QCOMPARE(copy->value(QLatin1String("returns")).toArray().size(), 1);
    QCOMPARE(copy->value(QLatin1String("redemptions")).toArray().size(), 1);
    // the tier the receipts reached, and when
    const QJsonArray moves = copy->value(QLatin1String("tier_moves")).toArray();
    QVERIFY(!moves.isEmpty());
    QCOMPARE(qint64(moves.size()), test::countRows(w.t.db(), QStringLiteral("tier_moves"), QStringLiteral("member_id = %1").arg(w.memberId())));
    QCOMPARE(moves.last().toObject().value(QLatin1String("to")).toString(), w.points(99).tier);
    QCOMPARE(qint64(copy->value(QLatin1String("ledger")).toArray().size()),
             test::countRows(w.t.db(), QStringLiteral("ledger_entries"), QStringLiteral("member_id = %1").arg(w.memberId())));
    qint64 sum = 0;
    for (const QJsonValue &e : copy->value(QLatin1String("ledger")).toArray())
        sum += e.toObject().value(QLatin1String("points")).toInteger();
    QCOMPARE(sum, w.points(99).balance - w.points(99).debt);

    // consent given at registration, withdrawn since; the reveal by the compliance officer
    const QJsonArray history = copy->value(QLatin1String("consents")).toObject().value(QLatin1String("history")).toArray();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).toObject().value(QLatin1String("marketing")).toBool(), true);
    QCOMPARE(history.at(1).toObject().value(QLatin1String("marketing")).toBool(), false);
    QCOMPARE(copy->value(QLatin1String("consents")).toObject().value(QLatin1String("marketing")).toBool(), false);
    const QJsonArray reveals = copy->value(QLatin1String("mobile_reveals")).toArray();
    QCOMPARE(reveals.size(), 1);
    QCOMPARE(reveals.at(0).toObject().value(QLatin1String("by")).toString(), QStringLiteral("compliance"));

    // the logged request is now answered, on the record
    auto log = w.service().requests(w.compliance);
    QVERIFY(log.ok());
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->first().status, DataRequestStatus::Done);
    QCOMPARE(log->first().handledOn, businessToday(w.clock));
    QCOMPARE(log->first().daysTaken(businessToday(w.clock)), 4);
    QCOMPARE(test::countRows(w.t.db(), QStringLiteral("audit_log"), QStringLiteral("action = 'member.export_data'")), qint64(1));
}

void TestPersonalData::copyThatCannotBeWrittenChangesNothing()
{
    PD_WORLD(w);
    QVERIFY(w.service().logRequest(w.compliance, kCard, DataRequestKind::Copy, DataRequester::Representative, QDate(2027, 5, 30)).ok());
    const auto before = test::everyRow(w.t.db());
    Status s = w.service().exportMember(w.compliance, kCard, [](const QByteArray &) {
        return Status(makeError(ErrorCode::Io, QStringLiteral("disk full")));
    });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::Io);
    QCOMPARE(test::everyRow(w.t.db()), before);
    // a cashier may not take anyone's data home
    bool called = false;
    s = w.service().exportMember(test::sessionFor(Role::Cashier), kCard, [&](const QByteArray &) { called = true; return Status(); });
    QCOMPARE(s.error().code, ErrorCode::PermissionDenied);
    QVERIFY(!called);
}

void TestPersonalData::erasureLeavesNoTraceOfThePerson()
{
    PD_WORLD(w);
    QVERIFY(w.history());
    const QString initials = sql::scalar(w.t.db().connection(), "SELECT name_initials FROM members WHERE card_no = ?", {kCard}).value().toString();
    QCOMPARE(initials, QStringLiteral("oyxl"));
    const QStringList person{kName, kMobile, kEmail, kMobile.right(4) + QStringLiteral("|"), QStringLiteral("|oyxl|")};
    QVERIFY(!placesHolding(w.t.db(), {kName, kMobile, kEmail}).isEmpty()); // the search can find them
    const auto points = w.points(99);
    auto statementBefore = buildStatement(w.t.db(), w.admin, kCard, QDate(2027, 5, 1));
    QVERIFY(statementBefore.ok());
    const auto ledgerBefore = test::everyRow(w.t.db()).value(QStringLiteral("ledger_entries"));

    QVERIFY(w.service().logRequest(w.compliance, kCard, DataRequestKind::Erasure, DataRequester::Member, QDate(2027, 5, 25)).ok());
    Status s = w.service().erase(w.compliance, kCard, QStringLiteral("本人书面申请注销会员"));
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().describe()));

    QCOMPARE(placesHolding(w.t.db(), person), QStringList());
    QCOMPARE(w.points(99).balance, points.balance);
    QCOMPARE(w.points(99).debt, points.debt);
    QCOMPARE(test::everyRow(w.t.db()).value(QStringLiteral("ledger_entries")), ledgerBefore);
    auto statementAfter = buildStatement(w.t.db(), w.admin, kCard, QDate(2027, 5, 1));
    QVERIFY(statementAfter.ok());
    QCOMPARE(statementAfter->closing, statementBefore->closing);
    QCOMPARE(statementAfter->earned(), statementBefore->earned());
    QCOMPARE(statementAfter->used, statementBefore->used);
    QVERIFY(statementAfter->name != kName);

    // found by card only, shown as erased, never edited back into a person
    auto member = MemberService(w.t.db(), w.clock).memberByCard(w.admin, kCard);
    QVERIFY(member.ok());
    QVERIFY(member->erased);
    QVERIFY(member->maskedMobile.isEmpty());
    QVERIFY(!member->marketingConsent);
    MemberInput again = test::memberInput(kCard, kName, kMobile);
    QCOMPARE(MemberService(w.t.db(), w.clock).updateMember(w.admin, member->id, again).error().code, ErrorCode::Conflict);
    // the open request is closed with the reason; the trail names the member by id alone
    auto log = w.service().requests(w.compliance);
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->first().status, DataRequestStatus::Done);
    QCOMPARE(log->first().note, QStringLiteral("本人书面申请注销会员"));
    auto trail = sql::scalar(w.t.db().connection(), "SELECT details FROM audit_log WHERE action = 'member.erase'");
    QCOMPARE(trail.value().toString(), QStringLiteral("{}"));
    // the copy after erasure holds the points and no person
    auto copy = w.exportCopy();
    QVERIFY(copy.ok());
    QCOMPARE(schemaProblem(copy.value(), publishedSchema(), QStringLiteral("copy")), QString());
    QVERIFY(copy->value(QLatin1String("profile")).toObject().value(QLatin1String("mobile")).isNull());
    QVERIFY(!copy->value(QLatin1String("profile")).toObject().value(QLatin1String("erased_at")).isNull());
    // erasing twice is refused, with the date it was done
    const auto before = test::everyRow(w.t.db());
    s = w.service().erase(w.compliance, kCard, QStringLiteral("again"));
    QCOMPARE(s.error().code, ErrorCode::Conflict);
    QVERIFY(s.error().message.contains(QStringLiteral("2027-06-01")));
    QCOMPARE(test::everyRow(w.t.db()), before);
    // (both chains, the invariants and the daily totals are verified as the function ends)
}

void TestPersonalData::erasureIsRefusedWhileTheMemberIsStillOwedOrOwing_data()
{
    QTest::addColumn<QString>("situation");
    QTest::newRow("debt from a return") << "debt";
    QTest::newRow("adjustment waiting for approval") << "adjustment";
    QTest::newRow("cashier") << "cashier";
    QTest::newRow("command line without a person") << "system";
    QTest::newRow("no reason") << "reason";
    QTest::newRow("unknown card") << "card";
}

void TestPersonalData::erasureIsRefusedWhileTheMemberIsStillOwedOrOwing()
{
    QFETCH(QString, situation);
    PD_WORLD(w);
    Session who = w.compliance;
    QString card = kCard;
    QString reason = QStringLiteral("本人申请");
    ErrorCode expected = ErrorCode::Conflict;
    if (situation == QLatin1String("debt")) {
        // points earned, spent at the till, then the purchase returned: the clawback is a debt
        QVERIFY(w.receipt(QStringLiteral("D1"), 99, 100000, w.clock.nowUtc().addDays(-3)).ok());
        QVERIFY(w.receipt(QStringLiteral("D2"), 99, 10000, w.clock.nowUtc().addDays(-2), QStringLiteral("supermarket"), 0, w.points(99).balance).ok());
        QVERIFY(w.giveBack(QStringLiteral("DR"), QStringLiteral("D1"), 100000, w.clock.nowUtc().addDays(-1)).ok());
        QVERIFY(w.points(99).debt > 0);
    } else if (situation == QLatin1String("adjustment")) {
        auto a = AdjustmentService(w.t.db(), w.clock).request(test::demoLogin(w.t.db(), QStringLiteral("backoffice")), kCard, 50000,
                                                              QStringLiteral("goodwill"));
        QVERIFY(a.ok());
        QCOMPARE(a->status, QStringLiteral("pending"));
    } else if (situation == QLatin1String("cashier")) {
        who = test::sessionFor(Role::Cashier);
        expected = ErrorCode::PermissionDenied;
    } else if (situation == QLatin1String("system")) {
        who = Session::system(QStringLiteral("root"));
        expected = ErrorCode::PermissionDenied;
    } else if (situation == QLatin1String("reason")) {
        reason = QStringLiteral("   ");
        expected = ErrorCode::InvalidInput;
    } else {
        card = QStringLiteral("8000000777");
        expected = ErrorCode::NotFound;
    }
    const auto before = test::everyRow(w.t.db());
    Status s = w.service().erase(who, card, reason);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, expected);
    QVERIFY(!s.error().message.isEmpty());
    QCOMPARE(test::everyRow(w.t.db()), before);
}

void TestPersonalData::requestLog()
{
    PD_WORLD(w);
    PersonalDataService service = w.service();
    auto first = service.logRequest(w.compliance, kCard, DataRequestKind::Erasure, DataRequester::Member, QDate(2027, 5, 10));
    QVERIFY(first.ok());
    auto second = service.logRequest(w.compliance, test::LedgerWorld::card(1), DataRequestKind::Copy, DataRequester::Representative,
                                     QDate(2027, 5, 20));
    QVERIFY(second.ok());
    auto third = service.logRequest(w.compliance, test::LedgerWorld::card(2), DataRequestKind::Copy, DataRequester::Member, QDate(2027, 5, 1));
    QVERIFY(third.ok());
    QVERIFY(service.refuse(w.compliance, third.value(), QStringLiteral("身份无法核实")).ok());

    auto log = service.requests(w.compliance);
    QVERIFY(log.ok());
    QCOMPARE(log->size(), 3);
    // open ones first, oldest first; the refusal keeps its reason
    QCOMPARE(log->at(0).id, first.value());
    QCOMPARE(log->at(0).daysTaken(businessToday(w.clock)), 22);
    QCOMPARE(log->at(1).id, second.value());
    QCOMPARE(log->at(1).requester, DataRequester::Representative);
    QCOMPARE(log->at(2).status, DataRequestStatus::Refused);
    QCOMPARE(log->at(2).note, QStringLiteral("身份无法核实"));
    QCOMPARE(log->at(2).handledBy, QStringLiteral("compliance"));
    QCOMPARE(test::countRows(w.t.db(), QStringLiteral("audit_log"), QStringLiteral("action IN ('member.data_request', 'member.data_refused')")),
             qint64(4));
}

void TestPersonalData::badRequestsChangeNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown card") << "card" << int(ErrorCode::NotFound);
    QTest::newRow("received tomorrow") << "future" << int(ErrorCode::InvalidInput);
    QTest::newRow("same request twice") << "twice" << int(ErrorCode::Duplicate);
    QTest::newRow("refusal without a reason") << "refuse-empty" << int(ErrorCode::InvalidInput);
    QTest::newRow("refusing a handled request") << "refuse-done" << int(ErrorCode::NotFound);
    QTest::newRow("erasure of erased data") << "erased" << int(ErrorCode::Conflict);
    QTest::newRow("back office") << "role" << int(ErrorCode::PermissionDenied);
}

void TestPersonalData::badRequestsChangeNothing()
{
    QFETCH(QString, what);
    QFETCH(int, code);
    PD_WORLD(w);
    PersonalDataService service = w.service();
    auto open = service.logRequest(w.compliance, kCard, DataRequestKind::Copy, DataRequester::Member, QDate(2027, 5, 30));
    QVERIFY(open.ok());
    if (what == QLatin1String("refuse-done"))
        QVERIFY(service.refuse(w.compliance, open.value(), QStringLiteral("duplicate of a letter")).ok());
    if (what == QLatin1String("erased"))
        QVERIFY(service.erase(w.compliance, kCard, QStringLiteral("本人申请")).ok());
    const auto before = test::everyRow(w.t.db());
    auto run = [&]() -> Status {
        const QDate today = businessToday(w.clock);
        if (what == QLatin1String("card"))
            return statusOf(service.logRequest(w.compliance, QStringLiteral("1234"), DataRequestKind::Copy, DataRequester::Member, today));
        if (what == QLatin1String("future"))
            return statusOf(service.logRequest(w.compliance, kCard, DataRequestKind::Erasure, DataRequester::Member, today.addDays(1)));
        if (what == QLatin1String("twice"))
            return statusOf(service.logRequest(w.compliance, kCard, DataRequestKind::Copy, DataRequester::Member, today));
        if (what == QLatin1String("refuse-empty"))
            return service.refuse(w.compliance, open.value(), QString());
        if (what == QLatin1String("refuse-done"))
            return service.refuse(w.compliance, open.value(), QStringLiteral("again"));
        if (what == QLatin1String("erased"))
            return statusOf(service.logRequest(w.compliance, kCard, DataRequestKind::Erasure, DataRequester::Member, today));
        return statusOf(service.logRequest(test::demoLogin(w.t.db(), QStringLiteral("backoffice")), kCard, DataRequestKind::Erasure,
                                         DataRequester::Member, today));
    };
    const Status s = run();
    QVERIFY(!s.ok());
    QCOMPARE(int(s.error().code), code);
    QVERIFY(!s.error().message.isEmpty());
    QCOMPARE(test::everyRow(w.t.db()), before);
}

QTEST_GUILESS_MAIN(TestPersonalData)
#include "tst_personaldata.moc"

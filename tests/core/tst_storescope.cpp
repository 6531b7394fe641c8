// Store-scoped staff (DESIGN §1): a user has a home store; cashiers take returns and cancel
// redemptions only there, the back office and administrators for any store. Enforced in core,
// per operation and role; a refusal changes nothing. The home store comes with the login.
#include "core/auth/authservice.h"
#include "core/redemption/redemptioncancel.h"
#include "redemptionfixture.h"

#include <QTest>

using namespace pd;

namespace {

// A receipt at each of two stores and a redemption at each, by the administrator, for member 1.
struct ScopeWorld : test::RedemptionWorld
{
    ScopeWorld()
    {
        const QDateTime when = clock.nowUtc().addSecs(-3600);
        ok = ok && receipt(QStringLiteral("R-NY"), 1, 50'000, when).ok() &&
             receipt(QStringLiteral("R-EYE"), 1, 50'000, when, QStringLiteral("partner:eyewear"), 0, 0, QStringLiteral("EYE01")).ok() &&
             add(item(QStringLiteral("MUG"), 100)) &&
             RedemptionService(t.db(), clock).redeem(admin, RedemptionInput{QStringLiteral("NY01"), QStringLiteral("X-NY"), card(1), QStringLiteral("MUG"), 1, when}).ok() &&
             RedemptionService(t.db(), clock).redeem(admin, RedemptionInput{QStringLiteral("EYE01"), QStringLiteral("X-EYE"), card(1), QStringLiteral("MUG"), 1, when}).ok();
    }
};

Session as(Role role, const QString &homeStore)
{
    Session s = test::sessionFor(role);
    s.storeCode = homeStore;
    return s;
}

} // namespace

class TestStoreScope : public QObject
{
    Q_OBJECT
private slots:
    void returnsAndCancellationsByRoleAndStore_data();
    void returnsAndCancellationsByRoleAndStore();
    void theHomeStoreComesWithTheLogin();
    void homeStoreIsSetByAnAdministratorAndAudited();
};

void TestStoreScope::returnsAndCancellationsByRoleAndStore_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("home");      // the user's home store
    QTest::addColumn<QString>("operation"); // return | cancel
    QTest::addColumn<QString>("store");     // where it is done
    QTest::addColumn<bool>("allowed");
    for (const char *o : {"return", "cancel"}) {
        const QString op = QLatin1String(o);
        const auto row = [o](const char *what) -> QTestData & { return QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(QLatin1String(o), QLatin1String(what)))); };
        row("cashier at home") << int(Role::Cashier) << QStringLiteral("NY01") << op << QStringLiteral("NY01") << true;
        row("cashier at another store") << int(Role::Cashier) << QStringLiteral("NY01") << op << QStringLiteral("EYE01") << false;
        row("cashier of the other store") << int(Role::Cashier) << QStringLiteral("EYE01") << op << QStringLiteral("EYE01") << true;
        row("cashier without a home store") << int(Role::Cashier) << QString() << op << QStringLiteral("NY01") << false;
        row("back office elsewhere") << int(Role::BackOffice) << QStringLiteral("NY01") << op << QStringLiteral("EYE01") << true;
        row("back office without a store") << int(Role::BackOffice) << QString() << op << QStringLiteral("EYE01") << true;
        row("administrator") << int(Role::Administrator) << QString() << op << QStringLiteral("EYE01") << true;
    }
}

void TestStoreScope::returnsAndCancellationsByRoleAndStore()
{
    QFETCH(int, role);
    QFETCH(QString, home);
    QFETCH(QString, operation);
    QFETCH(QString, store);
    QFETCH(bool, allowed);
    ScopeWorld w;
    QVERIFY2(w.t.isValid() && w.ok, qPrintable(w.t.error()));
    const Session session = as(Role(role), home);
    const QString suffix = store == QLatin1String("NY01") ? QStringLiteral("NY") : QStringLiteral("EYE");
    const auto before = test::everyRow(w.t.db());
    Status done;
    if (operation == QLatin1String("return")) {
        auto r = ReturnService(w.t.db(), w.clock)
                     .post(session, ReturnInput{store, QStringLiteral("RT-1"), QStringLiteral("R-") + suffix, w.clock.nowUtc().addSecs(-60), 10'000});
        done = r ? Status() : Status(r.error());
    } else {
        CancellationInput in;
        in.redemptionNo = QStringLiteral("X-") + suffix;
        in.storeCode = store;
        in.reason = QStringLiteral("质量问题");
        auto r = RedemptionCancelService(w.t.db(), w.clock).cancel(session, in);
        done = r ? Status() : Status(r.error());
    }
    QVERIFY2(done.ok() == allowed, done.ok() ? "done" : qPrintable(done.error().describe()));
    if (!allowed) {
        QCOMPARE(done.error().code, ErrorCode::PermissionDenied);
        QVERIFY2(home.isEmpty() ? done.error().message.contains(QStringLiteral("home store")) : done.error().message.contains(home),
                 qPrintable(done.error().message));
        QCOMPARE(test::everyRow(w.t.db()), before);
        // the preview of a cancellation is refused the same way, before the cashier confirms
        if (operation == QLatin1String("cancel")) {
            CancellationInput in;
            in.redemptionNo = QStringLiteral("X-") + suffix;
            in.reason = QStringLiteral("质量问题");
            QCOMPARE(RedemptionCancelService(w.t.db(), w.clock).quote(session, in).error().code, ErrorCode::PermissionDenied);
        }
    }
}

void TestStoreScope::theHomeStoreComesWithTheLogin()
{
    test::LedgerWorld w;
    QVERIFY2(w.t.isValid() && w.ok, qPrintable(w.t.error()));
    AuthService auth(w.t.db(), w.clock, PasswordHasher(PasswordHasher::fastForTests()));
    const Session admin = test::sessionFor(Role::Administrator);
    PD_OK(auth.createUser(admin, NewUser{QStringLiteral("desk-eye"), QStringLiteral("眼镜店收银"), Role::Cashier, QStringLiteral("eye-desk-2027"),
                                         QStringLiteral("EYE01")}));
    auto session = auth.login(QStringLiteral("desk-eye"), QStringLiteral("eye-desk-2027"));
    PD_OK(session);
    QCOMPARE(session->storeCode, QStringLiteral("EYE01"));
    QCOMPARE(session->role, Role::Cashier);
    // an unknown store is refused and nothing is written
    const auto before = test::everyRow(w.t.db());
    auto unknown = auth.createUser(admin, NewUser{QStringLiteral("desk-x"), QStringLiteral("x"), Role::Cashier, QStringLiteral("quiet-harbour-2027"),
                                                  QStringLiteral("NOPE")});
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(QStringLiteral("NOPE")));
    QCOMPARE(test::everyRow(w.t.db()), before);
}

void TestStoreScope::homeStoreIsSetByAnAdministratorAndAudited()
{
    test::LedgerWorld w;
    QVERIFY2(w.t.isValid() && w.ok, qPrintable(w.t.error()));
    AuthService auth(w.t.db(), w.clock, PasswordHasher(PasswordHasher::fastForTests()));
    const Session admin = test::sessionFor(Role::Administrator);
    auto id = auth.createUser(admin, NewUser{QStringLiteral("desk-2"), QStringLiteral("收银二"), Role::Cashier, QStringLiteral("desk-two-2027"), {}});
    PD_OK(id);
    const auto storeOf = [&] {
        auto users = auth.users(admin);
        for (const UserInfo &u : users.value())
            if (u.id == id.value())
                return u.storeCode;
        return QStringLiteral("?");
    };
    QCOMPARE(storeOf(), QString());
    PD_OK(auth.setHomeStore(admin, id.value(), QStringLiteral("EYE01")));
    QCOMPARE(storeOf(), QStringLiteral("EYE01"));
    auto audited = sql::scalar(w.t.db().connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'user.store' AND entity_id = ?"),
                               {QString::number(id.value())});
    PD_OK(audited);
    QCOMPARE(audited->toInt(), 1);
    // not by anyone else; an unknown store changes nothing
    const auto before = test::everyRow(w.t.db());
    for (Role role : {Role::Cashier, Role::BackOffice, Role::CampaignManager, Role::Compliance})
        QCOMPARE(auth.setHomeStore(test::sessionFor(role), id.value(), QStringLiteral("NY01")).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(auth.setHomeStore(admin, id.value(), QStringLiteral("NOPE")).error().code, ErrorCode::NotFound);
    QCOMPARE(test::everyRow(w.t.db()), before);
    PD_OK(auth.setHomeStore(admin, id.value(), QString()));
    QCOMPARE(storeOf(), QString());
}

PD_DATABASE_TEST_MAIN(TestStoreScope)
#include "tst_storescope.moc"

#include "core/audit/auditlog.h"
#include "core/auth/authservice.h"
#include "core/db/sql.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

using namespace pd;

namespace {
const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc());
const QString kPassword = QStringLiteral("correct horse 1");

NewUser user(const QString &name, Role role, const QString &password = kPassword)
{
    return NewUser{name, QStringLiteral("测试 ") + name, role, password};
}
} // namespace

class TestAuth : public QObject
{
    Q_OBJECT
private slots:
    void firstAdministratorOnlyOnEmptyDatabase();
    void loginChecksPassword();
    void fiveFailuresLockForFifteenMinutes();
    void failuresOutsideTheWindowDoNotLock();
    void ownPasswordNeedsTheCurrentOne();
    void administratorCanUnlockAndReset();
    void disabledAccountCannotLogIn();
    void rolesChangeButOneAdministratorRemains();
    void storedHashIsArgon2idAndRehashedWhenLimitsChange();
    void passwordsNeverReachTheAuditTrail();
    void newUserValidation_data();
    void newUserValidation();
    void guessablePasswordsAreRefusedWithTheReason_data();
    void guessablePasswordsAreRefusedWithTheReason();
    void passwordsSomeoneElseChoseAreReplacedFirst();
};

void TestAuth::firstAdministratorOnlyOnEmptyDatabase()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    AuthService auth(t.db(), clock, PasswordHasher(PasswordHasher::fastForTests()));
    QCOMPARE(auth.hasUsers().value(), false);
    auto admin = auth.createFirstAdministrator(user(QStringLiteral("boss"), Role::Cashier), QStringLiteral("root"));
    QVERIFY2(admin.ok(), qPrintable(admin.error().describe()));
    QCOMPARE(admin->role, Role::Administrator); // whatever was asked, the first account administers
    QCOMPARE(auth.hasUsers().value(), true);
    auto second = auth.createFirstAdministrator(user(QStringLiteral("other"), Role::Administrator));
    QCOMPARE(second.error().code, ErrorCode::Conflict);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("users")), 1);
    // the set-up is on record, by the system operator, with the OS user
    auto details = sql::scalar(t.db().connection(), QStringLiteral("SELECT details FROM audit_log WHERE action = 'user.create'"));
    QVERIFY(details.value().toString().contains(QLatin1String("\"os_user\":\"root\"")));
}

void TestAuth::loginChecksPassword()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    AuthService auth(t.db(), clock, PasswordHasher(PasswordHasher::fastForTests()));
    QVERIFY(auth.createFirstAdministrator(user(QStringLiteral("boss"), Role::Administrator)).ok());
    auto ok = auth.login(QStringLiteral("boss"), kPassword);
    QVERIFY(ok.ok());
    QCOMPARE(ok->username, QStringLiteral("boss"));
    QCOMPARE(auth.login(QStringLiteral("boss"), QStringLiteral("wrong password")).error().code, ErrorCode::AuthenticationFailed);
    QCOMPARE(auth.login(QStringLiteral("nobody"), kPassword).error().code, ErrorCode::AuthenticationFailed);
    // the same message for an unknown user as for a wrong password
    QCOMPARE(auth.login(QStringLiteral("nobody"), kPassword).error().message,
             auth.login(QStringLiteral("boss"), QStringLiteral("wrong password")).error().message);
}

void TestAuth::fiveFailuresLockForFifteenMinutes()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    AuthService auth(t.db(), clock, PasswordHasher(PasswordHasher::fastForTests()));
    QVERIFY(auth.createFirstAdministrator(user(QStringLiteral("boss"), Role::Administrator)).ok());
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(auth.login(QStringLiteral("boss"), QStringLiteral("bad")).error().code, ErrorCode::AuthenticationFailed);
        clock.advanceSeconds(60);
    }
    QVERIFY(auth.login(QStringLiteral("boss"), kPassword).ok()); // a success clears the count
    for (int i = 0; i < 5; ++i)
        QCOMPARE(auth.login(QStringLiteral("boss"), QStringLiteral("bad")).error().code, ErrorCode::AuthenticationFailed);
    // now even the right password is refused
    auto locked = auth.login(QStringLiteral("boss"), kPassword);
    QCOMPARE(locked.error().code, ErrorCode::AccountLocked);
    clock.advanceSeconds(14 * 60);
    QCOMPARE(auth.login(QStringLiteral("boss"), kPassword).error().code, ErrorCode::AccountLocked);
    clock.advanceSeconds(61);
    QVERIFY(auth.login(QStringLiteral("boss"), kPassword).ok());
    QCOMPARE(test::countRows(t.db(), QStringLiteral("audit_log"), QStringLiteral("action = 'auth.locked'")), 1);
}

void TestAuth::ownPasswordNeedsTheCurrentOne()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    AuthService auth(t.db(), clock, PasswordHasher(PasswordHasher::fastForTests()));
    auto boss = auth.createFirstAdministrator(user(QStringLiteral("boss"), Role::Administrator));
    QVERIFY(boss.ok());
    const QString next = QStringLiteral("another-secret-9");
    QCOMPARE(auth.changeOwnPassword(boss.value(), kPassword, QStringLiteral("short")).error().field, QStringLiteral("password"));
    QCOMPARE(auth.changeOwnPassword(boss.value(), kPassword, kPassword).error().field, QStringLiteral("password"));
    QCOMPARE(auth.changeOwnPassword(Session::system({}), kPassword, next).error().code, ErrorCode::PermissionDenied);
    // a wrong current password is a failed login: five of them lock the account
    for (int i = 0; i < 5; ++i)
        QCOMPARE(auth.changeOwnPassword(boss.value(), QStringLiteral("guess-%1-xx").arg(i), next).error().code, ErrorCode::AuthenticationFailed);
    QCOMPARE(auth.login(QStringLiteral("boss"), kPassword).error().code, ErrorCode::AccountLocked);
    QCOMPARE(auth.changeOwnPassword(boss.value(), kPassword, next).error().code, ErrorCode::AccountLocked); // the right one waits too
    QCOMPARE(test::countRows(t.db(), QStringLiteral("audit_log"), QStringLiteral("action = 'user.password'")), 0);
    clock.advanceSeconds(16 * 60);
    QVERIFY(auth.changeOwnPassword(boss.value(), kPassword, next).ok());
    QCOMPARE(auth.login(QStringLiteral("boss"), kPassword).error().code, ErrorCode::AuthenticationFailed);
    QVERIFY(auth.login(QStringLiteral("boss"), next).ok());
    QCOMPARE(test::countRows(t.db(), QStringLiteral("audit_log"), QStringLiteral("action = 'user.password'")), 1);
    // and the new password is never written in the trail
    QCOMPARE(test::countRows(t.db(), QStringLiteral("audit_log"), QStringLiteral("details LIKE '%another-secret%'")), 0);
}

void TestAuth::failuresOutsideTheWindowDoNotLock()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    AuthService auth(t.db(), clock, PasswordHasher(PasswordHasher::fastForTests()));
    QVERIFY(auth.createFirstAdministrator(user(QStringLiteral("boss"), Role::Administrator)).ok());
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(auth.login(QStringLiteral("boss"), QStringLiteral("bad")).error().code, ErrorCode::AuthenticationFailed);
        clock.advanceSeconds(4 * 60); // 4 failures fit in any 15 minutes, never 5
    }
    QVERIFY(auth.login(QStringLiteral("boss"), kPassword).ok());
}

void TestAuth::administratorCanUnlockAndReset()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    AuthService auth(t.db(), clock, PasswordHasher(PasswordHasher::fastForTests()));
    auto admin = auth.createFirstAdministrator(user(QStringLiteral("boss"), Role::Administrator));
    auto cashierId = auth.createUser(admin.value(), user(QStringLiteral("lina"), Role::Cashier));
    QVERIFY(cashierId.ok());
    for (int i = 0; i < 5; ++i)
        QVERIFY(!auth.login(QStringLiteral("lina"), QStringLiteral("bad")).ok());
    QCOMPARE(auth.login(QStringLiteral("lina"), kPassword).error().code, ErrorCode::AccountLocked);
    auto list = auth.users(admin.value());
    QVERIFY(list.ok());
    const auto lina = std::find_if(list->begin(), list->end(), [](const UserInfo &u) { return u.username == QLatin1String("lina"); });
    QVERIFY(lina->lockedUntil.isValid());

    QVERIFY(auth.unlock(admin.value(), cashierId.value()).ok());
    QVERIFY(auth.login(QStringLiteral("lina"), kPassword).ok());
    QVERIFY(auth.resetPassword(admin.value(), cashierId.value(), QStringLiteral("a new secret 2")).ok());
    QVERIFY(!auth.login(QStringLiteral("lina"), kPassword).ok());
    QVERIFY(auth.login(QStringLiteral("lina"), QStringLiteral("a new secret 2")).ok());
    QCOMPARE(auth.resetPassword(admin.value(), cashierId.value(), QStringLiteral("short")).error().code, ErrorCode::InvalidInput);
    QCOMPARE(auth.unlock(admin.value(), 9999).error().code, ErrorCode::NotFound);
}

void TestAuth::disabledAccountCannotLogIn()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    AuthService auth(t.db(), clock, PasswordHasher(PasswordHasher::fastForTests()));
    auto admin = auth.createFirstAdministrator(user(QStringLiteral("boss"), Role::Administrator));
    auto id = auth.createUser(admin.value(), user(QStringLiteral("temp"), Role::BackOffice));
    QVERIFY(auth.setActive(admin.value(), id.value(), false).ok());
    QCOMPARE(auth.login(QStringLiteral("temp"), kPassword).error().code, ErrorCode::AuthenticationFailed);
    QCOMPARE(auth.setActive(admin.value(), admin->userId, false).error().code, ErrorCode::InvalidInput);
    QVERIFY(auth.setActive(admin.value(), id.value(), true).ok());
    QCOMPARE(auth.login(QStringLiteral("temp"), kPassword)->role, Role::BackOffice);
}

void TestAuth::rolesChangeButOneAdministratorRemains()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    AuthService auth(t.db(), clock, PasswordHasher(PasswordHasher::fastForTests()));
    auto admin = auth.createFirstAdministrator(user(QStringLiteral("boss"), Role::Administrator));
    auto id = auth.createUser(admin.value(), user(QStringLiteral("lina"), Role::Cashier));
    QVERIFY(auth.setRole(admin.value(), id.value(), Role::BackOffice).ok());
    QCOMPARE(auth.login(QStringLiteral("lina"), kPassword)->role, Role::BackOffice);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("audit_log"), QStringLiteral("action = 'user.role'")), 1);
    // the only administrator can be neither demoted nor disabled
    QCOMPARE(auth.setRole(admin.value(), admin->userId, Role::Cashier).error().code, ErrorCode::Conflict);
    QVERIFY(auth.setRole(admin.value(), id.value(), Role::Administrator).ok());
    QVERIFY(auth.setRole(admin.value(), admin->userId, Role::Compliance).ok()); // lina administers now
    auto lina = auth.login(QStringLiteral("lina"), kPassword);
    QCOMPARE(auth.setActive(lina.value(), admin->userId, false).ok(), true);
    QCOMPARE(auth.setRole(lina.value(), id.value(), Role::Cashier).error().code, ErrorCode::Conflict);
    QCOMPARE(auth.setRole(lina.value(), 4242, Role::Cashier).error().code, ErrorCode::NotFound);
}

void TestAuth::storedHashIsArgon2idAndRehashedWhenLimitsChange()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    AuthService cheap(t.db(), clock, PasswordHasher(PasswordHasher::fastForTests()));
    QVERIFY(cheap.createFirstAdministrator(user(QStringLiteral("boss"), Role::Administrator)).ok());
    const QString before = sql::scalar(t.db().connection(), QStringLiteral("SELECT password_hash FROM users")).value().toString();
    QVERIFY(before.startsWith(QLatin1String("$argon2id$")));

    AuthService production(t.db(), clock); // the program's default limits
    QVERIFY(production.login(QStringLiteral("boss"), kPassword).ok());
    const QString after = sql::scalar(t.db().connection(), QStringLiteral("SELECT password_hash FROM users")).value().toString();
    QVERIFY(after != before);
    QVERIFY2(after.startsWith(QLatin1String("$argon2id$v=19$m=65536,t=2")), qPrintable(after));
    QVERIFY(PasswordHasher::verify(after, kPassword));
    QVERIFY(!PasswordHasher().needsRehash(after));
    // a second login with the same limits leaves the hash alone
    QVERIFY(production.login(QStringLiteral("boss"), kPassword).ok());
    QCOMPARE(sql::scalar(t.db().connection(), QStringLiteral("SELECT password_hash FROM users")).value().toString(), after);
}

void TestAuth::passwordsNeverReachTheAuditTrail()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    AuthService auth(t.db(), clock, PasswordHasher(PasswordHasher::fastForTests()));
    auto admin = auth.createFirstAdministrator(user(QStringLiteral("boss"), Role::Administrator));
    auto id = auth.createUser(admin.value(), user(QStringLiteral("lina"), Role::Cashier));
    QVERIFY(auth.resetPassword(admin.value(), id.value(), QStringLiteral("another secret 9")).ok());
    QVERIFY(!auth.login(QStringLiteral("lina"), QStringLiteral("typo secret 9")).ok());
    auto rows = sql::run(t.db().connection(), QStringLiteral("SELECT details FROM audit_log"));
    int n = 0;
    while (rows.value().next()) {
        const QString d = rows.value().value(0).toString();
        QVERIFY(!d.contains(QLatin1String("secret")) && !d.contains(QLatin1String("horse")));
        ++n;
    }
    QVERIFY(n >= 4);
}

void TestAuth::newUserValidation_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("field");
    QTest::newRow("ok") << "li.na" << "quiet harbour 42" << "";
    QTest::newRow("short password") << "lina" << "1234567" << "password";
    QTest::newRow("guessable password") << "lina" << "12345678" << "password";
    QTest::newRow("space in name") << "li na" << "quiet harbour 42" << "username";
    QTest::newRow("reserved") << "system" << "quiet harbour 42" << "username";
    QTest::newRow("one letter") << "l" << "quiet harbour 42" << "username";
}

void TestAuth::newUserValidation()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, field);
    const Status s = AuthService::validateNewUser(user(username, Role::Cashier, password));
    QCOMPARE(s.ok(), field.isEmpty());
    if (!s.ok())
        QCOMPARE(s.error().field, field);
}

void TestAuth::guessablePasswordsAreRefusedWithTheReason_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("reason"); // empty: accepted
    QTest::newRow("common password") << "password123" << "common words or passwords";
    QTest::newRow("look-alike digits") << "P@ssw0rd2026" << "common words or passwords";
    QTest::newRow("user's name") << "wangmin2026" << "user's name";
    QTest::newRow("program's name") << "pointsdesk!" << "program's";
    QTest::newRow("sequence") << "abcdefghijk" << "sequence";
    QTest::newRow("keyboard") << "1qaz2wsx3edc" << "too easy to guess";
    QTest::newRow("date") << "19901231" << "too easy to guess";
    QTest::newRow("phrase") << "quiet harbour 42" << "";
    QTest::newRow("passphrase with signs") << "lantern-river-77" << "";
}

// zxcvbn's estimate: what a guesser tries first is refused, and the refusal says why
void TestAuth::guessablePasswordsAreRefusedWithTheReason()
{
    QFETCH(QString, password);
    QFETCH(QString, reason);
    const Status s = AuthService::validatePassword(password, {QStringLiteral("wangmin"), QStringLiteral("王敏")});
    QVERIFY2(s.ok() == reason.isEmpty(), qPrintable(password + QStringLiteral(": ") + (s ? QString() : s.error().message)));
    if (!s.ok()) {
        QCOMPARE(s.error().field, QStringLiteral("password"));
        QVERIFY2(s.error().message.contains(reason), qPrintable(s.error().message));
    }
}

// A password an administrator set (a new account, a reset) or the demo printed is replaced by
// its user first; one's own choice is not; the rating applies to every new password.
void TestAuth::passwordsSomeoneElseChoseAreReplacedFirst()
{
    PD_FRESH_DB(t);
    FixedClock clock(kNow);
    AuthService auth(t.db(), clock, PasswordHasher(PasswordHasher::fastForTests()));
    auto boss = auth.createFirstAdministrator(user(QStringLiteral("boss"), Role::Administrator));
    PD_OK(boss);
    QCOMPARE(auth.passwordMustChange(boss->userId).value(), false); // chosen by themselves
    auto lina = auth.createUser(boss.value(), user(QStringLiteral("lina"), Role::Cashier));
    PD_OK(lina);
    QCOMPARE(auth.passwordMustChange(lina.value()).value(), true);
    auto session = auth.login(QStringLiteral("lina"), kPassword); // the login itself works
    PD_OK(session);
    const Status weak = auth.changeOwnPassword(session.value(), kPassword, QStringLiteral("lina12345"));
    QVERIFY(!weak.ok());
    QVERIFY2(weak.error().message.contains(QStringLiteral("too easy to guess")), qPrintable(weak.error().message));
    QCOMPARE(auth.passwordMustChange(lina.value()).value(), true);
    PD_OK(auth.changeOwnPassword(session.value(), kPassword, QStringLiteral("lantern river 77")));
    QCOMPARE(auth.passwordMustChange(lina.value()).value(), false);
    // a reset by an administrator: hers to replace again, and rated too
    const Status weakReset = auth.resetPassword(boss.value(), lina.value(), QStringLiteral("qwertyuiop"));
    QVERIFY(!weakReset.ok());
    QCOMPARE(auth.passwordMustChange(lina.value()).value(), false);
    PD_OK(auth.resetPassword(boss.value(), lina.value(), QStringLiteral("copper kettle 19")));
    QCOMPARE(auth.passwordMustChange(lina.value()).value(), true);
    // the demo's printed passwords are not rated, and are replaced like any other
    auto demo = auth.createDemoUser(boss.value(), NewUser{QStringLiteral("cashier"), QStringLiteral("收银"), Role::Cashier, QStringLiteral("cashier-demo")});
    PD_OK(demo);
    QCOMPARE(auth.passwordMustChange(demo.value()).value(), true);
    QVERIFY(!auth.createUser(boss.value(), NewUser{QStringLiteral("cashier2"), QStringLiteral("收银2"), Role::Cashier, QStringLiteral("cashier2-demo")}).ok());
    QVERIFY(!auth.createDemoUser(test::sessionFor(Role::Cashier), user(QStringLiteral("other"), Role::Cashier)).ok()); // still a user manager's act
}

PD_DATABASE_TEST_MAIN(TestAuth)
#include "tst_auth.moc"

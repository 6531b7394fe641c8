#pragma once

#include "core/auth/passwordhasher.h"
#include "core/access/session.h"

#include <QDateTime>
#include <QList>

namespace pd {

class Clock;
class Database;

struct UserInfo
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Cashier;
    bool active = true;
    QDateTime lockedUntil; // invalid when not locked
    QString lastLoginAt;
    QString storeCode; // home store; empty: none
};

struct NewUser
{
    QString username;
    QString displayName;
    Role role = Role::Cashier;
    QString password;
    QString storeCode{}; // home store (cashiers take returns there); empty: none
};

// Staff accounts: login with lock-out, the first administrator, and user administration.
class AuthService
{
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kFailureWindowMinutes = 15;
    static constexpr int kLockMinutes = 15;
    static constexpr int kMinPasswordLength = 8;

    AuthService(Database &db, const Clock &clock, PasswordHasher hasher = PasswordHasher());

    Result<bool> hasUsers() const;
    // Only on a database without users: the account that sets everything else up.
    Result<Session> createFirstAdministrator(const NewUser &admin, const QString &osUser = {});
    Result<Session> login(const QString &username, const QString &password);

    Result<qint64> createUser(const Session &session, const NewUser &user);
    // The demo's logins, whose passwords are printed beside the login form: not rated (they are
    // meant to be guessed), and to be replaced at the first login like any password set for someone.
    Result<qint64> createDemoUser(const Session &session, const NewUser &user);
    Status resetPassword(const Session &session, qint64 userId, const QString &newPassword);
    // One's own password, given the current one (a wrong one counts as a failed login).
    Status changeOwnPassword(const Session &session, const QString &current, const QString &newPassword);
    Status unlock(const Session &session, qint64 userId);
    Status setActive(const Session &session, qint64 userId, bool active);
    Status setRole(const Session &session, qint64 userId, Role role);
    // An empty code takes the home store away.
    Status setHomeStore(const Session &session, qint64 userId, const QString &storeCode);
    Result<QList<UserInfo>> users(const Session &session) const;

    // Whether this user must choose their own password before anything else: the one they have
    // was set by an administrator (a new account, a reset) or printed by the demo.
    Result<bool> passwordMustChange(qint64 userId) const;

    static Status validateNewUser(const NewUser &user, bool ratePassword = true);
    // At least kMinPasswordLength characters and hard enough to guess (passwordstrength.h);
    // `personalWords` (the user's name, their full name) count as guessable.
    static Status validatePassword(const QString &password, const QStringList &personalWords = {});

private:
    // mustChange: the password was chosen by someone else than the user
    Result<qint64> insertUser(const Session &actor, const NewUser &user, bool mustChange);
    Result<qint64> createUserChecked(const Session &session, const NewUser &user, bool ratePassword);
    static Status passwordLongEnough(const QString &password);
    // The id of a home store to store: null for none; an unknown code is an error.
    Result<QVariant> homeStoreId(const QString &storeCode) const;
    Status recordFailure(qint64 userId, const QString &username);
    // Hashes and stores a password, audited under `auditAction`, in one transaction.
    Status storePassword(const Session &actor, qint64 userId, const QString &newPassword, const QString &auditAction, bool mustChange);
    // Refuses to let the last active administrator stop being one (inside the transaction).
    Status keepsAnAdministrator(qint64 userId, bool staysAdministrator);

    Database &m_db;
    const Clock &m_clock;
    PasswordHasher m_hasher;
};

} // namespace pd

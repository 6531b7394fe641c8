#include "authservice.h"

#include "core/audit/auditlog.h"
#include "core/auth/passwordstrength.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/settings/programmesettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace pd {

namespace {

Error wrongCredentials()
{
    return makeError(ErrorCode::AuthenticationFailed, QCoreApplication::translate("pd::AuthService", "Wrong user name or password."));
}

// A demo login whose password changed is no longer the printed one: the login screen stops
// offering it (the others stay).
Status dropFromDemoLogins(Database &db, qint64 userId)
{
    auto logins = programmesettings::value(db, programmesettings::kDemoLogins);
    if (!logins)
        return logins.error();
    if (logins.value().isEmpty())
        return {};
    auto name = sql::scalar(db.connection(), QStringLiteral("SELECT username FROM users WHERE id = ?"), {userId});
    if (!name)
        return name.error();
    QJsonArray kept;
    const QJsonArray listed = QJsonDocument::fromJson(logins.value().toUtf8()).array();
    for (const QJsonValue &login : listed) {
        if (login.toObject().value(QLatin1String("username")).toString() != name.value().toString())
            kept << login;
    }
    if (kept.size() == listed.size())
        return {};
    return programmesettings::setInTransaction(db, programmesettings::kDemoLogins,
                                               QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)));
}
} // namespace

AuthService::AuthService(Database &db, const Clock &clock, PasswordHasher hasher)
    : m_db(db), m_clock(clock), m_hasher(hasher)
{
}

Result<bool> AuthService::hasUsers() const
{
    auto v = sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!v)
        return v.error();
    return v.value().toLongLong() > 0;
}

namespace {
Error lockedError(const QDateTime &lockedUntil)
{
    return makeError(ErrorCode::AccountLocked,
                     QCoreApplication::translate("pd::AuthService", "Too many failed logins: this account is locked until %1. An administrator can "
                                                                    "unlock it sooner.")
                         .arg(displayTime(lockedUntil)));
}
} // namespace

Status AuthService::passwordLongEnough(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::AuthService", "A password needs at least %1 characters.").arg(kMinPasswordLength),
                         QStringLiteral("password"));
    return {};
}

Status AuthService::validatePassword(const QString &password, const QStringList &personalWords)
{
    if (Status s = passwordLongEnough(password); !s)
        return s;
    const passwordstrength::Rating rating =
        passwordstrength::rate(password, personalWords + QStringList{QStringLiteral("pointsdesk"), QStringLiteral("jifen")});
    if (!rating.acceptable())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::AuthService", "This password is too easy to guess: %1. A few words that do not belong "
                                                                        "together, with a digit or a sign, make a good one.")
                             .arg(rating.weakness),
                         QStringLiteral("password"));
    return {};
}

Result<bool> AuthService::passwordMustChange(qint64 userId) const
{
    auto must = sql::scalar(m_db.connection(), QStringLiteral("SELECT must_change_password FROM users WHERE id = ?"), {userId});
    if (!must)
        return must.error();
    return must.value().toInt() != 0;
}

Status AuthService::validateNewUser(const NewUser &user, bool ratePassword)
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_.-]{2,32}\\z"));
    if (!namePattern.match(user.username).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::AuthService", "A user name has 2 to 32 letters, digits, dots, dashes or underscores."),
                         QStringLiteral("username"));
    if (user.username == QLatin1String("system"))
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::AuthService", "The name \"system\" is reserved."), QStringLiteral("username"));
    if (user.displayName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::AuthService", "Enter the person's name."), QStringLiteral("display_name"));
    if (!ratePassword)
        return passwordLongEnough(user.password);
    return validatePassword(user.password, {user.username, user.displayName});
}

Result<qint64> AuthService::insertUser(const Session &actor, const NewUser &user, bool mustChange)
{
    const QSqlDatabase db = m_db.connection();
    auto exists = sql::scalar(db, QStringLiteral("SELECT id FROM users WHERE username = ?"), {user.username});
    if (!exists)
        return exists.error();
    if (!exists.value().isNull())
        return makeError(ErrorCode::Duplicate, QCoreApplication::translate("pd::AuthService", "The user name %1 is taken.").arg(user.username),
                         QStringLiteral("username"));
    auto store = homeStoreId(user.storeCode);
    if (!store)
        return store.error();
    const QString hash = m_hasher.hash(user.password);
    if (hash.isEmpty())
        return makeError(ErrorCode::Io, QCoreApplication::translate("pd::AuthService", "The password could not be protected (out of memory)."));
    auto ins = sql::insertReturningId(db,
                        QStringLiteral("INSERT INTO users (username, display_name, role, password_hash, created_at, store_id, must_change_password) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                        {user.username, user.displayName.trimmed(), roleCode(user.role), hash,
                         toStoredTime(m_clock.nowUtc()), store.value(), mustChange ? 1 : 0});
    if (!ins)
        return ins.error();
    const qint64 id = ins.value();
    AuditLog audit(m_db, m_clock);
    QJsonObject details{{QStringLiteral("username"), user.username}, {QStringLiteral("role"), roleCode(user.role)}};
    if (!user.storeCode.isEmpty())
        details.insert(QStringLiteral("store"), user.storeCode.trimmed());
    if (Status s = audit.append(actor, QStringLiteral("user.create"), QStringLiteral("user"), QString::number(id), details);
        !s)
        return s.error();
    return id;
}

Result<Session> AuthService::createFirstAdministrator(const NewUser &admin, const QString &osUser)
{
    NewUser user = admin;
    user.role = Role::Administrator;
    if (Status s = validateNewUser(user); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto has = hasUsers();
    if (!has)
        return has.error();
    if (has.value())
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("pd::AuthService", "This database already has users; log in as an administrator."));
    auto id = insertUser(Session::system(osUser), user, false); // their own choice
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Session session;
    session.userId = id.value();
    session.username = user.username;
    session.role = Role::Administrator;
    return session;
}

Result<Session> AuthService::login(const QString &username, const QString &password)
{
    const QSqlDatabase db = m_db.connection();
    auto row = sql::run(db, QStringLiteral("SELECT u.id, u.role, u.password_hash, u.active, u.locked_until, s.code FROM users u "
                                           "LEFT JOIN stores s ON s.id = u.store_id WHERE u.username = ?"),
                        {username});
    if (!row)
        return row.error();
    if (!row.value().next())
        return wrongCredentials();
    const qint64 id = row.value().value(0).toLongLong();
    const auto role = roleFromCode(row.value().value(1).toString());
    const QString storedHash = row.value().value(2).toString();
    const bool active = row.value().value(3).toInt() != 0;
    const QDateTime lockedUntil = fromStoredTime(row.value().value(4).toString());
    const QString storeCode = row.value().value(5).toString();
    row.value().finish();

    const QDateTime now = m_clock.nowUtc();
    if (lockedUntil.isValid() && lockedUntil > now)
        return lockedError(lockedUntil);

    // Hash outside the write transaction: Argon2id takes tens of milliseconds.
    if (!PasswordHasher::verify(storedHash, password)) {
        if (Status s = recordFailure(id, username); !s)
            return s.error();
        return wrongCredentials();
    }
    if (!active || !role)
        return makeError(ErrorCode::AuthenticationFailed, QCoreApplication::translate("pd::AuthService", "This account is disabled."));

    const QString newHash = m_hasher.needsRehash(storedHash) ? m_hasher.hash(password) : QString();
    Session session;
    session.userId = id;
    session.username = username;
    session.role = *role;
    session.storeCode = storeCode;

    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto upd = sql::run(db, QStringLiteral("UPDATE users SET failed_count = 0, first_failed_at = NULL, locked_until = NULL, "
                                           "last_login_at = ? WHERE id = ?"),
                        {toStoredTime(now), id});
    if (!upd)
        return upd.error();
    QJsonObject details;
    if (!newHash.isEmpty()) {
        auto re = sql::run(db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {newHash, id});
        if (!re)
            return re.error();
        details.insert(QStringLiteral("rehashed"), true);
    }
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("auth.login"), QStringLiteral("user"),
                                                  QString::number(id), details);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return session;
}

Status AuthService::recordFailure(qint64 userId, const QString &username)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto row = sql::run(db, QStringLiteral("SELECT failed_count, first_failed_at FROM users WHERE id = ?")
                                + m_db.dialect().forUpdate(),
                        {userId});
    if (!row)
        return row.error();
    row.value().next();
    int failures = row.value().value(0).toInt();
    QDateTime firstFailed = fromStoredTime(row.value().value(1).toString());
    row.value().finish();

    const QDateTime now = m_clock.nowUtc();
    if (!firstFailed.isValid() || firstFailed.secsTo(now) > kFailureWindowMinutes * 60) {
        failures = 0;
        firstFailed = now;
    }
    ++failures;
    const bool lock = failures >= kMaxFailures;
    Session actor;
    actor.userId = userId;
    actor.username = username;
    actor.role = Role::Cashier; // the actor is unauthenticated; only the id and name are recorded
    QVariant lockedUntil = sql::nullText();
    if (lock) {
        lockedUntil = toStoredTime(now.addSecs(kLockMinutes * 60));
        failures = 0;
    }
    auto upd = sql::run(db, QStringLiteral("UPDATE users SET failed_count = ?, first_failed_at = ?, locked_until = ? WHERE id = ?"),
                        {failures, lock ? sql::nullText() : QVariant(toStoredTime(firstFailed)), lockedUntil, userId});
    if (!upd)
        return upd.error();
    AuditLog audit(m_db, m_clock);
    if (Status s = audit.append(actor, lock ? QStringLiteral("auth.locked") : QStringLiteral("auth.login_failed"),
                                QStringLiteral("user"), QString::number(userId));
        !s)
        return s;
    return tx.commit();
}

Result<qint64> AuthService::createUser(const Session &session, const NewUser &user)
{
    return createUserChecked(session, user, true);
}

Result<qint64> AuthService::createDemoUser(const Session &session, const NewUser &user)
{
    return createUserChecked(session, user, false);
}

Result<qint64> AuthService::createUserChecked(const Session &session, const NewUser &user, bool ratePassword)
{
    if (Status s = session.require(Permission::UserManage); !s)
        return s.error();
    if (Status s = validateNewUser(user, ratePassword); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto id = insertUser(session, user, true); // chosen by someone else than its user
    if (!id)
        return id;
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status AuthService::resetPassword(const Session &session, qint64 userId, const QString &newPassword)
{
    if (Status s = session.require(Permission::UserManage); !s)
        return s;
    auto names = sql::run(m_db.connection(), QStringLiteral("SELECT username, display_name FROM users WHERE id = ?"), {userId});
    if (!names)
        return names.error();
    QStringList personal;
    if (names.value().next())
        personal << names.value().value(0).toString() << names.value().value(1).toString();
    names.value().finish();
    if (Status s = validatePassword(newPassword, personal); !s)
        return s;
    return storePassword(session, userId, newPassword, QStringLiteral("user.reset_password"), true);
}

Status AuthService::storePassword(const Session &actor, qint64 userId, const QString &newPassword, const QString &auditAction,
                                  bool mustChange)
{
    const QString hash = m_hasher.hash(newPassword);
    if (hash.isEmpty())
        return makeError(ErrorCode::Io, QCoreApplication::translate("pd::AuthService", "The password could not be protected (out of memory)."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto upd = sql::run(m_db.connection(), QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?"),
                        {hash, mustChange ? 1 : 0, userId});
    if (!upd)
        return upd.error();
    if (upd.value().numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::AuthService", "There is no such user."));
    if (Status s = dropFromDemoLogins(m_db, userId); !s)
        return s;
    if (Status s = AuditLog(m_db, m_clock).append(actor, auditAction, QStringLiteral("user"), QString::number(userId)); !s)
        return s;
    return tx.commit();
}

Status AuthService::changeOwnPassword(const Session &session, const QString &current, const QString &newPassword)
{
    if (session.userId <= 0)
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("pd::AuthService", "The computer's operator has no password here: log in as a user (--user NAME)."));
    if (Status s = validatePassword(newPassword, {session.username}); !s)
        return s;
    if (newPassword == current)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::AuthService", "The new password is the same as the current one."),
                         QStringLiteral("password"));
    auto row = sql::run(m_db.connection(), QStringLiteral("SELECT password_hash, locked_until FROM users WHERE id = ? AND active = 1"), {session.userId});
    if (!row)
        return row.error();
    if (!row.value().next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::AuthService", "There is no such user."));
    const QString storedHash = row.value().value(0).toString();
    const QDateTime lockedUntil = fromStoredTime(row.value().value(1).toString());
    row.value().finish();
    // locked by wrong passwords (here or at the login), the right one waits as at the login
    if (lockedUntil.isValid() && lockedUntil > m_clock.nowUtc())
        return lockedError(lockedUntil);
    if (!PasswordHasher::verify(storedHash, current)) {
        if (Status s = recordFailure(session.userId, session.username); !s)
            return s;
        return makeError(ErrorCode::AuthenticationFailed, QCoreApplication::translate("pd::AuthService", "The current password is not right."),
                         QStringLiteral("current"));
    }
    return storePassword(session, session.userId, newPassword, QStringLiteral("user.password"), false);
}

Status AuthService::unlock(const Session &session, qint64 userId)
{
    if (Status s = session.require(Permission::UserManage); !s)
        return s;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto upd = sql::run(m_db.connection(),
                        QStringLiteral("UPDATE users SET failed_count = 0, first_failed_at = NULL, locked_until = NULL WHERE id = ?"),
                        {userId});
    if (!upd)
        return upd.error();
    if (upd.value().numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::AuthService", "There is no such user."));
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("user.unlock"), QStringLiteral("user"),
                                                  QString::number(userId));
        !s)
        return s;
    return tx.commit();
}

Status AuthService::setActive(const Session &session, qint64 userId, bool active)
{
    if (Status s = session.require(Permission::UserManage); !s)
        return s;
    if (userId == session.userId && !active)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::AuthService", "You cannot disable your own account."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (!active) {
        if (Status s = keepsAnAdministrator(userId, false); !s)
            return s;
    }
    auto upd = sql::run(m_db.connection(), QStringLiteral("UPDATE users SET active = ? WHERE id = ?"),
                        {active ? 1 : 0, userId});
    if (!upd)
        return upd.error();
    if (upd.value().numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::AuthService", "There is no such user."));
    if (Status s = AuditLog(m_db, m_clock).append(session, active ? QStringLiteral("user.enable") : QStringLiteral("user.disable"),
                                                  QStringLiteral("user"), QString::number(userId));
        !s)
        return s;
    return tx.commit();
}

Status AuthService::keepsAnAdministrator(qint64 userId, bool staysAdministrator)
{
    if (staysAdministrator)
        return {};
    auto isAdministrator = sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM users WHERE id = ? AND role = ? AND active = 1"),
                                       {userId, roleCode(Role::Administrator)});
    if (!isAdministrator)
        return isAdministrator.error();
    if (isAdministrator.value().toLongLong() == 0)
        return {};
    auto others = sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? AND active = 1 AND id <> ?"),
                              {roleCode(Role::Administrator), userId});
    if (!others)
        return others.error();
    if (others.value().toLongLong() == 0)
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("pd::AuthService",
                                                                          "The programme needs at least one active administrator."));
    return {};
}

Status AuthService::setRole(const Session &session, qint64 userId, Role role)
{
    if (Status s = session.require(Permission::UserManage); !s)
        return s;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto current = sql::scalar(m_db.connection(), QStringLiteral("SELECT role FROM users WHERE id = ?") + m_db.dialect().forUpdate(),
                               {userId});
    if (!current)
        return current.error();
    if (current.value().isNull())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::AuthService", "There is no such user."));
    if (current.value().toString() == roleCode(role))
        return {};
    if (Status s = keepsAnAdministrator(userId, role == Role::Administrator); !s)
        return s;
    auto upd = sql::run(m_db.connection(), QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), {roleCode(role), userId});
    if (!upd)
        return upd.error();
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("user.role"), QStringLiteral("user"), QString::number(userId),
                                                  {{QStringLiteral("from"), current.value().toString()},
                                                   {QStringLiteral("to"), roleCode(role)}});
        !s)
        return s;
    return tx.commit();
}

Result<QVariant> AuthService::homeStoreId(const QString &storeCode) const
{
    if (storeCode.trimmed().isEmpty())
        return sql::nullInt();
    auto id = sql::scalar(m_db.connection(), QStringLiteral("SELECT id FROM stores WHERE code = ?"), {storeCode.trimmed()});
    if (!id)
        return id.error();
    if (id.value().isNull())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::AuthService", "There is no store %1.").arg(storeCode.trimmed()),
                         QStringLiteral("store"));
    return id.value();
}

Status AuthService::setHomeStore(const Session &session, qint64 userId, const QString &storeCode)
{
    if (Status s = session.require(Permission::UserManage); !s)
        return s;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto current = sql::run(m_db.connection(),
                            QStringLiteral("SELECT u.id, s.code FROM users u LEFT JOIN stores s ON s.id = u.store_id WHERE u.id = ?") +
                                m_db.dialect().forUpdate(QStringLiteral("u")),
                            {userId});
    if (!current)
        return current.error();
    if (!current.value().next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::AuthService", "There is no such user."));
    const QString before = current.value().value(1).toString();
    current.value().finish();
    if (before == storeCode.trimmed())
        return {};
    auto store = homeStoreId(storeCode);
    if (!store)
        return store.error();
    auto upd = sql::run(m_db.connection(), QStringLiteral("UPDATE users SET store_id = ? WHERE id = ?"), {store.value(), userId});
    if (!upd)
        return upd.error();
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("user.store"), QStringLiteral("user"), QString::number(userId),
                                                  {{QStringLiteral("from"), before}, {QStringLiteral("to"), storeCode.trimmed()}});
        !s)
        return s;
    return tx.commit();
}

Result<QList<UserInfo>> AuthService::users(const Session &session) const
{
    if (Status s = session.require(Permission::UserManage); !s)
        return s.error();
    auto rows = sql::run(m_db.connection(), QStringLiteral("SELECT u.id, u.username, u.display_name, u.role, u.active, u.locked_until, "
                                                           "u.last_login_at, s.code FROM users u LEFT JOIN stores s ON s.id = u.store_id "
                                                           "ORDER BY u.username"));
    if (!rows)
        return rows.error();
    QList<UserInfo> list;
    const QDateTime now = m_clock.nowUtc();
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        UserInfo u;
        u.id = q.value(0).toLongLong();
        u.username = q.value(1).toString();
        u.displayName = q.value(2).toString();
        u.role = roleFromCode(q.value(3).toString()).value_or(Role::Cashier);
        u.active = q.value(4).toInt() != 0;
        const QDateTime locked = fromStoredTime(q.value(5).toString());
        if (locked.isValid() && locked > now)
            u.lockedUntil = locked;
        u.lastLoginAt = q.value(6).toString();
        u.storeCode = q.value(7).toString();
        list << u;
    }
    return list;
}

} // namespace pd

#include "memberservice.h"

#include "core/audit/auditlog.h"
#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/members/membersbytier.h"
#include "core/members/pinyin.h"
#include "core/stores/storeservice.h"

#include <QJsonArray>

namespace pd {

namespace {

Error noSuchMember()
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::MemberService", "There is no such member."));
}
} // namespace

QString MemberService::selectSql(const QString &extraColumn)
{
    return QStringLiteral("SELECT m.id, m.card_no, m.name, m.mobile, m.email, m.joined_on, s.code, s.name, m.tier, "
                          "m.credit, m.status, m.marketing_consent, m.balance, m.debt")
           + (extraColumn.isEmpty() ? QString() : QStringLiteral(", m.") + extraColumn)
           + QStringLiteral(" FROM members m JOIN stores s ON s.id = m.store_id ");
}

Member MemberService::memberFromRow(const QSqlQuery &q)
{
    Member m;
    m.id = q.value(0).toLongLong();
    m.cardNo = q.value(1).toString();
    m.name = q.value(2).toString();
    m.erased = m.name.isEmpty(); // registration requires a name; only erasure empties it
    if (m.erased)
        m.name = QCoreApplication::translate("pd::MemberService", "(personal data erased)");
    m.maskedMobile = members::maskMobile(q.value(3).toString());
    m.email = q.value(4).toString();
    m.joinedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    m.storeCode = q.value(6).toString();
    m.storeName = q.value(7).toString();
    m.tier = q.value(8).toString();
    m.credit = creditFromCode(q.value(9).toString()).value_or(CreditStanding::Normal);
    m.status = memberStatusFromCode(q.value(10).toString()).value_or(MemberStatus::Active);
    m.marketingConsent = q.value(11).toInt() != 0;
    m.balance = q.value(12).toLongLong();
    m.debt = q.value(13).toLongLong();
    return m;
}

Result<qint64> MemberService::storeIdFor(const QString &code) const
{
    return StoreService::storeId(m_db, code);
}

Status MemberService::checkUnique(const QString &cardNo, const QString &mobile, qint64 exceptMemberId) const
{
    const QSqlDatabase db = m_db.connection();
    if (!cardNo.isEmpty()) {
        auto card = sql::scalar(db, QStringLiteral("SELECT id FROM members WHERE card_no = ?"), {cardNo});
        if (!card)
            return card.error();
        if (!card.value().isNull() && card.value().toLongLong() != exceptMemberId)
            return makeError(ErrorCode::Duplicate, QCoreApplication::translate("pd::MemberService", "The card number %1 is already registered.").arg(cardNo),
                             QStringLiteral("card_no"));
    }
    if (!mobile.isEmpty()) {
        auto other = sql::scalar(db, QStringLiteral("SELECT id FROM members WHERE mobile = ?"), {mobile});
        if (!other)
            return other.error();
        if (!other.value().isNull() && other.value().toLongLong() != exceptMemberId)
            return makeError(ErrorCode::Duplicate, QCoreApplication::translate("pd::MemberService", "The mobile number %1 belongs to another member.")
                                                       .arg(members::maskMobile(mobile)),
                             QStringLiteral("mobile"));
    }
    return {};
}

Result<qint64> MemberService::insertInTransaction(const MemberInput &input, qint64 storeId)
{
    if (Status s = checkUnique(input.cardNo, input.mobile, 0); !s)
        return s.error();
    const QString now = toStoredTime(m_clock.nowUtc());
    const QString name = input.name.trimmed();
    auto ins = sql::insertReturningId(m_db.connection(),
                        QStringLiteral("INSERT INTO members (card_no, name, name_initials, mobile, email, joined_on, store_id, "
                                       "credit, marketing_consent, created_at, updated_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                        {input.cardNo, name, pinyin::initials(name), input.mobile, sql::textOrNull(input.email),
                         input.joinedOn.toString(Qt::ISODate), storeId, creditCode(input.credit),
                         input.marketingConsent ? 1 : 0, now, now});
    if (!ins)
        return ins.error();
    // a new member starts in the column's default tier
    membersbytier::note(m_db, storeId, QStringLiteral("member"), 1);
    return ins.value();
}

Result<qint64> MemberService::registerMember(const Session &session, const MemberInput &input,
                                             const std::function<Status(qint64 memberId)> &welcome)
{
    if (Status s = session.require(Permission::MemberRegister); !s)
        return s.error();
    if (Status s = members::validateInput(input, businessToday(m_clock)); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto storeId = storeIdFor(input.storeCode);
    if (!storeId)
        return storeId.error();
    auto id = insertInTransaction(input, storeId.value());
    if (!id)
        return id;
    if (welcome) {
        if (Status s = welcome(id.value()); !s)
            return s.error();
    }
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("member.register"), QStringLiteral("member"),
                                                  QString::number(id.value()),
                                                  {{QStringLiteral("store"), input.storeCode},
                                                   {QStringLiteral("marketing_consent"), input.marketingConsent}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status MemberService::updateMember(const Session &session, qint64 memberId, const MemberInput &input)
{
    if (Status s = session.require(Permission::MemberEdit); !s)
        return s;
    if (Status s = members::validateInput(input, businessToday(m_clock), false); !s)
        return s;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    const QSqlDatabase db = m_db.connection();
    auto current = sql::run(db, QStringLiteral("SELECT card_no, name, mobile, email, joined_on, store_id, credit, "
                                               "marketing_consent, status, tier FROM members WHERE id = ?")
                                    + m_db.dialect().forUpdate(),
                            {memberId});
    if (!current)
        return current.error();
    if (!current.value().next())
        return noSuchMember();
    const QSqlQuery &c = current.value();
    if (c.value(0).toString() != input.cardNo)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::MemberService", "A card number cannot be changed; register a new card instead."),
                         QStringLiteral("card_no"));
    if (c.value(8).toString() == memberStatusCode(MemberStatus::Closed))
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("pd::MemberService", "This membership is closed and can no longer be changed."));
    if (c.value(1).toString().isEmpty()) // writing a person back into an erased card would undo the erasure
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("pd::MemberService", "This member's personal data was erased; register a new card for a new membership."));
    auto storeId = storeIdFor(input.storeCode);
    if (!storeId)
        return storeId.error();
    const QString mobile = input.mobile.isEmpty() ? c.value(2).toString() : input.mobile;

    // Record which fields changed, never their values: the trail must not hold personal data.
    QJsonArray changed;
    const QString name = input.name.trimmed();
    if (c.value(1).toString() != name) changed.append(QStringLiteral("name"));
    if (c.value(2).toString() != mobile) changed.append(QStringLiteral("mobile"));
    if (c.value(3).toString() != input.email) changed.append(QStringLiteral("email"));
    if (c.value(4).toString() != input.joinedOn.toString(Qt::ISODate)) changed.append(QStringLiteral("joined_on"));
    if (c.value(5).toLongLong() != storeId.value()) {
        changed.append(QStringLiteral("store"));
        // the member is locked (FOR UPDATE above): its tier cannot change under this
        membersbytier::note(m_db, c.value(5).toLongLong(), c.value(9).toString(), -1);
        membersbytier::note(m_db, storeId.value(), c.value(9).toString(), 1);
    }
    if (c.value(6).toString() != creditCode(input.credit)) changed.append(QStringLiteral("credit"));
    if ((c.value(7).toInt() != 0) != input.marketingConsent) changed.append(QStringLiteral("marketing_consent"));
    current.value().finish();
    if (changed.isEmpty())
        return {};

    if (Status s = checkUnique({}, mobile, memberId); !s)
        return s;
    auto upd = sql::run(db, QStringLiteral("UPDATE members SET name = ?, name_initials = ?, mobile = ?, email = ?, joined_on = ?, "
                                           "store_id = ?, credit = ?, marketing_consent = ?, updated_at = ? WHERE id = ?"),
                        {name, pinyin::initials(name), mobile, sql::textOrNull(input.email),
                         input.joinedOn.toString(Qt::ISODate), storeId.value(), creditCode(input.credit),
                         input.marketingConsent ? 1 : 0, toStoredTime(m_clock.nowUtc()), memberId});
    if (!upd)
        return upd.error();
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("member.update"), QStringLiteral("member"),
                                                  QString::number(memberId), {{QStringLiteral("changed"), changed}});
        !s)
        return s;
    return tx.commit();
}

Status MemberService::setStatus(const Session &session, qint64 memberId, MemberStatus status)
{
    if (Status s = session.require(Permission::MemberEdit); !s)
        return s;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    const QSqlDatabase db = m_db.connection();
    auto current = sql::scalar(db, QStringLiteral("SELECT status FROM members WHERE id = ?") + m_db.dialect().forUpdate(),
                               {memberId});
    if (!current)
        return current.error();
    if (current.value().isNull())
        return noSuchMember();
    const QString from = current.value().toString();
    if (from == memberStatusCode(status))
        return {};
    if (from == memberStatusCode(MemberStatus::Closed))
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("pd::MemberService", "This membership is closed and can no longer be changed."));
    auto upd = sql::run(db, QStringLiteral("UPDATE members SET status = ?, updated_at = ? WHERE id = ?"),
                        {memberStatusCode(status), toStoredTime(m_clock.nowUtc()), memberId});
    if (!upd)
        return upd.error();
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("member.status"), QStringLiteral("member"),
                                                  QString::number(memberId),
                                                  {{QStringLiteral("from"), from}, {QStringLiteral("to"), memberStatusCode(status)}});
        !s)
        return s;
    return tx.commit();
}

Status MemberService::setMarketingConsent(const Session &session, qint64 memberId, bool consent)
{
    if (Status s = session.require(Permission::MemberEdit); !s)
        return s;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto upd = sql::run(m_db.connection(), QStringLiteral("UPDATE members SET marketing_consent = ?, updated_at = ? WHERE id = ?"),
                        {consent ? 1 : 0, toStoredTime(m_clock.nowUtc()), memberId});
    if (!upd)
        return upd.error();
    if (upd.value().numRowsAffected() != 1)
        return noSuchMember();
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("member.consent"), QStringLiteral("member"),
                                                  QString::number(memberId), {{QStringLiteral("marketing"), consent}});
        !s)
        return s;
    return tx.commit();
}

Result<QString> MemberService::revealMobile(const Session &session, qint64 memberId)
{
    if (Status s = session.require(Permission::MemberRevealMobile); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto mobile = sql::scalar(m_db.connection(), QStringLiteral("SELECT mobile FROM members WHERE id = ?"), {memberId});
    if (!mobile)
        return mobile.error();
    if (mobile.value().isNull())
        return noSuchMember();
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("member.reveal_mobile"), QStringLiteral("member"),
                                                  QString::number(memberId));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return mobile.value().toString();
}

Result<Member> MemberService::member(const Session &session, qint64 memberId) const
{
    if (Status s = session.require(Permission::MemberRead); !s)
        return s.error();
    auto row = sql::run(m_db.connection(), selectSql() + QStringLiteral("WHERE m.id = ?"), {memberId});
    if (!row)
        return row.error();
    if (!row.value().next())
        return noSuchMember();
    Member m = memberFromRow(row.value());
    row.value().finish();
    return m;
}

Result<Member> MemberService::memberByCard(const Session &session, const QString &cardNo) const
{
    if (Status s = session.require(Permission::MemberRead); !s)
        return s.error();
    auto row = sql::run(m_db.connection(), selectSql() + QStringLiteral("WHERE m.card_no = ?"), {cardNo});
    if (!row)
        return row.error();
    if (!row.value().next())
        return noSuchMember();
    Member m = memberFromRow(row.value());
    row.value().finish();
    return m;
}

} // namespace pd

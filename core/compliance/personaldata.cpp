#include "personaldata.h"

#include "core/access/session.h"
#include "core/audit/auditlog.h"
#include "core/clock.h"
#include "core/compliance/personaldatacopy.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/enumcodes.h"

#include <QJsonDocument>

namespace pd {

namespace {

Error noSuchCard(const QString &cardNo)
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("pd::PersonalDataService", "There is no member with card %1.").arg(cardNo),
                     QStringLiteral("card_no"));
}

Error alreadyErased(const QString &cardNo, const QString &erasedAt)
{
    return makeError(ErrorCode::Conflict, QCoreApplication::translate("pd::PersonalDataService", "The personal data of card %1 was already erased on %2.")
                                              .arg(cardNo, displayTime(fromStoredTime(erasedAt))));
}

struct MemberRow
{
    qint64 id = 0;
    QString erasedAt;
    qint64 debt = 0;
};

// The member's row, locked for the rest of the transaction.
Result<MemberRow> lockMember(Database &db, const QString &cardNo)
{
    auto q = sql::run(db.connection(), QStringLiteral("SELECT id, erased_at, debt FROM members WHERE card_no = ?") + db.dialect().forUpdate(),
                      {cardNo});
    if (!q)
        return q.error();
    if (!q.value().next())
        return noSuchCard(cardNo);
    MemberRow m{q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toLongLong()};
    q.value().finish();
    return m;
}

Status requireReason(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::PersonalDataService", "Give the reason (it is kept with the request)."),
                         QStringLiteral("reason"));
    if (reason.size() > 500)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::PersonalDataService", "The reason is longer than 500 characters."),
                         QStringLiteral("reason"));
    return {};
}

// Erasing a person is a decision someone answers for: never the command line's anonymous operator.
Status requireNamedPerson(const Session &session)
{
    if (session.userId == 0)
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("pd::PersonalDataService", "Erasing a person's data is a compliance officer's decision: "
                                                                                "log in, or give --user NAME to the command line."));
    return {};
}

// What still ties the member to the programme in a way that needs their identity.
Result<QString> erasureBlocker(Database &db, const MemberRow &m)
{
    if (m.debt > 0)
        return QCoreApplication::translate("pd::PersonalDataService", "The member owes %1 points (a return took back points already spent); "
                                                                      "erase the data once the debt is settled.")
            .arg(m.debt);
    auto pending = sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM adjustments WHERE member_id = ? AND status = 'pending'"), {m.id});
    if (!pending)
        return pending.error();
    if (pending.value().toLongLong() > 0)
        return QCoreApplication::translate("pd::PersonalDataService",
                                           "An adjustment of the member's points waits for approval; erase the data once it is decided.");
    auto prizes = sql::scalar(db.connection(),
                              QStringLiteral("SELECT COUNT(*) FROM badge_completions WHERE member_id = ? AND prize_item_id IS NOT NULL "
                                             "AND prize_collected_at IS NULL"),
                              {m.id});
    if (!prizes)
        return prizes.error();
    if (prizes.value().toLongLong() > 0)
        return QCoreApplication::translate("pd::PersonalDataService",
                                           "The member has a badge prize to collect; erase the data once it is collected.");
    return QString();
}

} // namespace

QString dataRequestKindCode(DataRequestKind kind)
{
    return kind == DataRequestKind::Copy ? QStringLiteral("copy") : QStringLiteral("erasure");
}

std::optional<DataRequestKind> dataRequestKindFromCode(const QString &code)
{
    return enumFromCode(code, {DataRequestKind::Copy, DataRequestKind::Erasure}, dataRequestKindCode);
}

QString dataRequestKindName(DataRequestKind kind)
{
    return kind == DataRequestKind::Copy ? QCoreApplication::translate("pd::PersonalDataService", "Copy of the data")
                                         : QCoreApplication::translate("pd::PersonalDataService", "Erasure");
}

QString dataRequesterCode(DataRequester requester)
{
    return requester == DataRequester::Member ? QStringLiteral("member") : QStringLiteral("representative");
}

std::optional<DataRequester> dataRequesterFromCode(const QString &code)
{
    return enumFromCode(code, {DataRequester::Member, DataRequester::Representative}, dataRequesterCode);
}

QString dataRequesterName(DataRequester requester)
{
    return requester == DataRequester::Member ? QCoreApplication::translate("pd::PersonalDataService", "The member")
                                              : QCoreApplication::translate("pd::PersonalDataService", "A representative");
}

QString dataRequestStatusCode(DataRequestStatus status)
{
    switch (status) {
    case DataRequestStatus::Open: return QStringLiteral("open");
    case DataRequestStatus::Done: return QStringLiteral("done");
    case DataRequestStatus::Refused: return QStringLiteral("refused");
    }
    return {};
}

std::optional<DataRequestStatus> dataRequestStatusFromCode(const QString &code)
{
    return enumFromCode(code, {DataRequestStatus::Open, DataRequestStatus::Done, DataRequestStatus::Refused}, dataRequestStatusCode);
}

QString dataRequestStatusName(DataRequestStatus status)
{
    switch (status) {
    case DataRequestStatus::Open: return QCoreApplication::translate("pd::PersonalDataService", "Open");
    case DataRequestStatus::Done: return QCoreApplication::translate("pd::PersonalDataService", "Done");
    case DataRequestStatus::Refused: return QCoreApplication::translate("pd::PersonalDataService", "Refused");
    }
    return {};
}

qint64 DataRequest::daysTaken(const QDate &today) const
{
    return receivedOn.daysTo(handledOn.isValid() ? handledOn : today);
}

bool DataRequest::isOverdue(const QDate &today) const
{
    return status == DataRequestStatus::Open && daysTaken(today) > kDataRequestDueDays;
}

Result<qint64> PersonalDataService::logRequest(const Session &session, const QString &cardNo, DataRequestKind kind,
                                               DataRequester requester, const QDate &receivedOn)
{
    if (Status s = session.require(Permission::PersonalDataRequests); !s)
        return s.error();
    const QDate today = businessToday(m_clock);
    if (!receivedOn.isValid() || receivedOn > today)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::PersonalDataService", "A request cannot have been received on %1, a day still to come.")
                             .arg(receivedOn.toString(Qt::ISODate)),
                         QStringLiteral("received_on"));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto member = lockMember(m_db, cardNo);
    if (!member)
        return member.error();
    if (kind == DataRequestKind::Erasure && !member->erasedAt.isEmpty())
        return alreadyErased(cardNo, member->erasedAt);
    auto open = sql::scalar(m_db.connection(),
                            QStringLiteral("SELECT COUNT(*) FROM personal_data_requests WHERE member_id = ? AND kind = ? AND status = 'open'"),
                            {member->id, dataRequestKindCode(kind)});
    if (!open)
        return open.error();
    if (open.value().toLongLong() > 0)
        return makeError(ErrorCode::Duplicate,
                         QCoreApplication::translate("pd::PersonalDataService", "A request of this kind for card %1 is already open.").arg(cardNo));
    auto id = sql::insertReturningId(m_db.connection(),
                                     QStringLiteral("INSERT INTO personal_data_requests (member_id, kind, requester, received_on, created_at) "
                                                    "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                                     {member->id, dataRequestKindCode(kind), dataRequesterCode(requester),
                                      receivedOn.toString(Qt::ISODate), toStoredTime(m_clock.nowUtc())});
    if (!id)
        return id.error();
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("member.data_request"), QStringLiteral("member"),
                                                  QString::number(member->id),
                                                  {{QStringLiteral("request"), id.value()}, {QStringLiteral("kind"), dataRequestKindCode(kind)}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<DataRequest>> PersonalDataService::requests(const Session &session) const
{
    if (Status s = session.require(Permission::PersonalDataRequests); !s)
        return s.error();
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("SELECT r.id, r.member_id, m.card_no, r.kind, r.requester, r.received_on, r.status, r.handled_on, "
                                     "r.handled_by, r.note FROM personal_data_requests r JOIN members m ON m.id = r.member_id "
                                     "ORDER BY CASE WHEN r.status = 'open' THEN 0 ELSE 1 END, "
                                     "CASE WHEN r.status = 'open' THEN r.received_on END, r.handled_on DESC, r.id DESC"));
    if (!q)
        return q.error();
    QList<DataRequest> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        DataRequest d;
        d.id = r.value(0).toLongLong();
        d.memberId = r.value(1).toLongLong();
        d.cardNo = r.value(2).toString();
        d.kind = dataRequestKindFromCode(r.value(3).toString()).value_or(DataRequestKind::Copy);
        d.requester = dataRequesterFromCode(r.value(4).toString()).value_or(DataRequester::Member);
        d.receivedOn = QDate::fromString(r.value(5).toString(), Qt::ISODate);
        d.status = dataRequestStatusFromCode(r.value(6).toString()).value_or(DataRequestStatus::Refused);
        d.handledOn = QDate::fromString(r.value(7).toString(), Qt::ISODate);
        d.handledBy = r.value(8).toString();
        d.note = r.value(9).toString();
        out.append(d);
    }
    return out;
}

Status PersonalDataService::refuse(const Session &session, qint64 requestId, const QString &reason)
{
    if (Status s = session.require(Permission::PersonalDataRequests); !s)
        return s;
    if (Status s = requireReason(reason); !s)
        return s;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto member = sql::scalar(m_db.connection(),
                              QStringLiteral("SELECT member_id FROM personal_data_requests WHERE id = ? AND status = 'open'") + m_db.dialect().forUpdate(),
                              {requestId});
    if (!member)
        return member.error();
    if (member.value().isNull())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pd::PersonalDataService", "There is no open request %1.").arg(requestId));
    auto upd = sql::run(m_db.connection(),
                        QStringLiteral("UPDATE personal_data_requests SET status = 'refused', handled_on = ?, handled_by = ?, note = ? WHERE id = ?"),
                        {businessToday(m_clock).toString(Qt::ISODate), session.username, reason.trimmed(), requestId});
    if (!upd)
        return upd.error();
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("member.data_refused"), QStringLiteral("member"),
                                                  member.value().toString(), {{QStringLiteral("request"), requestId}});
        !s)
        return s;
    return tx.commit();
}

Status PersonalDataService::closeOrLog(const Session &session, qint64 memberId, DataRequestKind kind, const QString &note)
{
    const QString today = businessToday(m_clock).toString(Qt::ISODate);
    auto upd = sql::run(m_db.connection(),
                        QStringLiteral("UPDATE personal_data_requests SET status = 'done', handled_on = ?, handled_by = ?, note = ? "
                                       "WHERE member_id = ? AND kind = ? AND status = 'open'"),
                        {today, session.username, sql::text(note), memberId, dataRequestKindCode(kind)});
    if (!upd)
        return upd.error();
    if (upd.value().numRowsAffected() > 0)
        return {};
    auto ins = sql::run(m_db.connection(),
                        QStringLiteral("INSERT INTO personal_data_requests (member_id, kind, requester, received_on, status, handled_on, "
                                       "handled_by, note, created_at) VALUES (?, ?, 'member', ?, 'done', ?, ?, ?, ?)"),
                        {memberId, dataRequestKindCode(kind), today, today, session.username, sql::text(note), toStoredTime(m_clock.nowUtc())});
    if (!ins)
        return ins.error();
    return {};
}

Status PersonalDataService::exportMember(const Session &session, const QString &cardNo,
                                         const std::function<Status(const QByteArray &)> &deliver)
{
    if (Status s = session.require(Permission::PersonalDataExport); !s)
        return s;
    if (Status s = session.require(Permission::PersonalDataRequests); !s)
        return s;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto member = lockMember(m_db, cardNo);
    if (!member)
        return member.error();
    // the copy is read before this export is logged: it shows the requests as the member made them
    auto copy = personaldata::memberCopy(m_db, member->id, m_clock.nowUtc(), session.username);
    if (!copy)
        return copy.error();
    if (Status s = closeOrLog(session, member->id, DataRequestKind::Copy, QString()); !s)
        return s;
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("member.export_data"), QStringLiteral("member"),
                                                  QString::number(member->id));
        !s)
        return s;
    if (Status s = deliver(QJsonDocument(copy.value()).toJson(QJsonDocument::Indented)); !s)
        return s;
    return tx.commit();
}

Status PersonalDataService::erase(const Session &session, const QString &cardNo, const QString &reason)
{
    if (Status s = session.require(Permission::PersonalDataRequests); !s)
        return s;
    if (Status s = requireNamedPerson(session); !s)
        return s;
    if (Status s = requireReason(reason); !s)
        return s;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto member = lockMember(m_db, cardNo);
    if (!member)
        return member.error();
    if (!member->erasedAt.isEmpty())
        return alreadyErased(cardNo, member->erasedAt);
    auto blocker = erasureBlocker(m_db, member.value());
    if (!blocker)
        return blocker.error();
    if (!blocker->isEmpty())
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("pd::PersonalDataService", "The data of card %1 cannot be erased yet. %2").arg(cardNo, blocker.value()));
    const QString now = toStoredTime(m_clock.nowUtc());
    auto upd = sql::run(m_db.connection(),
                        QStringLiteral("UPDATE members SET name = '', name_initials = '', mobile = NULL, email = NULL, "
                                       "marketing_consent = 0, erased_at = ?, updated_at = ? WHERE id = ?"),
                        {now, now, member->id});
    if (!upd)
        return upd.error();
    if (Status s = closeOrLog(session, member->id, DataRequestKind::Erasure, reason.trimmed()); !s)
        return s;
    // by id only, and without the reason, which people may write a name into
    if (Status s = AuditLog(m_db, m_clock).append(session, QStringLiteral("member.erase"), QStringLiteral("member"),
                                                  QString::number(member->id));
        !s)
        return s;
    return tx.commit();
}

} // namespace pd

#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace pd {

class Clock;
class Database;
struct Session;

// Members' requests about their personal data (个人信息保护法 Art. 45 copy, 47 erasure, 50 a
// request mechanism with reasons for a refusal; DESIGN §9).
enum class DataRequestKind { Copy, Erasure };
enum class DataRequester { Member, Representative };
enum class DataRequestStatus { Open, Done, Refused };

QString dataRequestKindCode(DataRequestKind kind);
std::optional<DataRequestKind> dataRequestKindFromCode(const QString &code);
QString dataRequestKindName(DataRequestKind kind); // translated
QString dataRequesterCode(DataRequester requester);
std::optional<DataRequester> dataRequesterFromCode(const QString &code);
QString dataRequesterName(DataRequester requester); // translated
QString dataRequestStatusCode(DataRequestStatus status);
std::optional<DataRequestStatus> dataRequestStatusFromCode(const QString &code);
QString dataRequestStatusName(DataRequestStatus status); // translated

struct DataRequest
{
    qint64 id = 0;
    qint64 memberId = 0;
    QString cardNo;
    DataRequestKind kind = DataRequestKind::Copy;
    DataRequester requester = DataRequester::Member;
    QDate receivedOn;
    DataRequestStatus status = DataRequestStatus::Open;
    QDate handledOn; // null while open
    QString handledBy;
    QString note; // the reason given for an erasure or a refusal

    // Days since it was received, counted to `today` while open and to the handled date after.
    qint64 daysTaken(const QDate &today) const;
    // Still open past the days the law allows.
    bool isOverdue(const QDate &today) const;
};

// The law gives the operator 15 days to answer (the checks name requests open longer).
constexpr int kDataRequestDueDays = 15;

// The request log, a copy of one member's data, and erasure. Each call is one transaction,
// permission-checked and audited by member id; an export or an erasure closes the member's open
// request of that kind, or logs one received and handled today when none was logged.
class PersonalDataService
{
public:
    PersonalDataService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<qint64> logRequest(const Session &session, const QString &cardNo, DataRequestKind kind,
                              DataRequester requester, const QDate &receivedOn);
    // Open requests first (oldest first), then the handled ones, newest first.
    Result<QList<DataRequest>> requests(const Session &session) const;
    Status refuse(const Session &session, qint64 requestId, const QString &reason);

    // The member's data as JSON (docs/personal-data-export.schema.json) handed to `deliver`
    // (which writes the file) before the export is recorded: a file that cannot be written
    // leaves the request open and the trail unchanged.
    Status exportMember(const Session &session, const QString &cardNo,
                        const std::function<Status(const QByteArray &json)> &deliver);

    // Anonymises name, mobile and email and withdraws marketing consent; the card, balance,
    // ledger and both hash chains stay. Refused while the member owes points, waits for an
    // adjustment's approval or has a prize to collect, and for data already erased.
    Status erase(const Session &session, const QString &cardNo, const QString &reason);

private:
    Status closeOrLog(const Session &session, qint64 memberId, DataRequestKind kind, const QString &note);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace pd

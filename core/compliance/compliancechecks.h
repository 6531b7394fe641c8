#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace pd {

class Clock;
class Database;
struct Session;

enum class FindingSeverity { Error, Warning };
QString findingSeverityCode(FindingSeverity severity); // "error", "warning"
QString findingSeverityName(FindingSeverity severity); // translated

// What a finding is about, so a screen can open it.
enum class FindingSubject { Campaign, CatalogItem, DataRequest, Reminders, Rules };

// One thing compliance must fix (DESIGN §9): how serious, a stable code, the thing it concerns,
// what is wrong and how to fix it, in words.
struct Finding
{
    FindingSeverity severity = FindingSeverity::Warning;
    QString code;                // "data_request.overdue"
    FindingSubject subjectKind = FindingSubject::Campaign;
    QString subject;             // campaign code, item code, the card of a request, "reminders" or "rules"
    qint64 subjectId = 0;        // the request's id, for a data request
    QString message;             // translated
    QString fix;                 // translated
};

qsizetype errorCount(const QList<Finding> &findings);

// The setting that makes an item's points price "large" (DESIGN §9: 50,000 unless set).
inline constexpr const char *kLargePointsPriceSetting = "compliance.large_points_price";
inline constexpr qint64 kDefaultLargePointsPrice = 50'000;

// The checks compliance runs on demand: requests open past the legal time, campaigns waiting
// for approval past their start, welcome bonuses above the cap, costly items promoted without
// their points in the terms, campaigns whose terms do not state their points, items whose points
// price is large or whose value cannot be disclosed, members with expiring points no reminder
// covers, programme rules never published or changed since, campaigns and items the published
// rules do not disclose.
// Reads only; errors first.
class ComplianceChecks
{
public:
    ComplianceChecks(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    Result<QList<Finding>> run(const Session &session) const;

private:
    Status checkDataRequests(const Session &session, QList<Finding> &findings) const;
    Status checkCampaigns(const Session &session, qint64 largePrice, QList<Finding> &findings) const;
    Status checkCatalog(const Session &session, qint64 largePrice, QList<Finding> &findings) const;
    Status checkReminders(QList<Finding> &findings) const;
    Status checkPublishedRules(const Session &session, QList<Finding> &findings) const;
    Result<qint64> largePointsPrice() const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace pd

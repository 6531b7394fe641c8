#pragma once

#include "core/result.h"

#include <QDate>

#include <atomic>
#include <functional>

namespace pd {

class Clock;
class Database;
struct Session;

struct BatchOptions
{
    int membersPerTransaction = 1000;
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic<bool> *cancel = nullptr;
};

// One member moved by a tier review, by card, for the person who ran it.
struct TierChange
{
    QString cardNo;
    QString name;
    QString from, to; // tier codes
};

struct BatchReport
{
    static constexpr int kListedTierChanges = 50;

    qint64 members = 0;   // members changed
    qint64 points = 0;    // expiry: points expired; reminders: points the reminded members have expiring
    qint64 messages = 0;  // reminders: members in the SMS gateway file
    bool cancelled = false;
    QList<TierChange> tierChanges; // a tier review's first kListedTierChanges moves
};

// The programme's periodic jobs. Both are idempotent, run for any date, commit in batches of
// members (what was committed stays consistent when cancelled) and report progress.
class BatchJobs
{
public:
    BatchJobs(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Expires every lot whose expiry moment is at or before the start of `asOf` (programme
    // time zone): one `expire` entry per member.
    Result<BatchReport> expire(const Session &session, const QDate &asOf, const BatchOptions &options = {});
    // The monthly tier review at the start of `asOf`: a member whose qualifying spend no
    // longer reaches the tier goes down one tier; one whose spend reaches a higher tier (the
    // thresholds were lowered) goes up to it.
    Result<BatchReport> reviewTiers(const Session &session, const QDate &asOf, const BatchOptions &options = {});
    // Reminds every member whose points expire within 30 days of `asOf` (DESIGN §9): one record
    // each, by SMS for consenting members with a mobile (core/jobs/expiryreminders). Idempotent:
    // points a reminder already covered are not reminded again.
    Result<BatchReport> remindExpiry(const Session &session, const QDate &asOf, const BatchOptions &options = {});

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace pd

#pragma once

#include "core/auth/passwordhasher.h"
#include "core/access/roles.h"
#include "core/result.h"

#include <atomic>
#include <functional>

namespace pd {

class Clock;
class Database;
struct Session;

struct DemoLogin
{
    QString username;
    QString password;
    Role role;
};

struct DemoOptions
{
    qint64 members = 3000;
    quint32 seed = 20261123;
    bool campaigns = false; // the demo's campaigns (democampaigns.h): the command line's and the screenshots' demo
    int batchSize = 10000;
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic<bool> *cancel = nullptr;
};

struct DemoSummary
{
    qint64 storesAdded = 0;
    qint64 membersAdded = 0;
    int campaignsAdded = 0;
    int catalogItemsAdded = 0;
    bool usersCreated = false;
    bool cancelled = false;
};

// Realistic demo data from the seeds: a Nanyang supermarket, a township market-day store,
// partner merchants (eyewear, home textiles, car 4S), members with Chinese names and unique
// mobile numbers, and — on a database without users — one demo login per role, whose
// passwords the login screen of a demo database shows.
class DemoData
{
public:
    DemoData(Database &db, const Clock &clock, PasswordHasher hasher = PasswordHasher())
        : m_db(db), m_clock(clock), m_hasher(hasher)
    {
    }

    static QList<DemoLogin> logins();
    Result<DemoSummary> create(const Session &session, const DemoOptions &options);

private:
    Result<qint64> ensureStores(const Session &session);
    Status createUsers(const Session &session);
    Status givePerks(const Session &session);
    Status namePartners(const Session &session);
    Result<qint64> insertMembers(const Session &session, const DemoOptions &options, DemoSummary &summary);

    Database &m_db;
    const Clock &m_clock;
    PasswordHasher m_hasher;
};

} // namespace pd

#pragma once

#include "core/pointsmath.h"
#include "core/members/member.h"
#include "core/rules/scenarios.h"

#include <QList>
#include <QMap>

namespace pd {

class Clock;
class Database;
struct Session;

struct Tier
{
    QString code;
    int rank = 0;
    qint64 thresholdFen = 0;
    int multiplierPct = 100;
    QString perks;
};

// The live configuration the engine computes with: earning rates, tiers, and the points
// settings. Read once per operation (or per import batch) inside its transaction.
struct ProgrammeRules
{
    QMap<QString, int> ratePer100;   // scenario code or partner:<code> → points per ¥100
    QMap<QString, QString> ownNames; // the scenarios and partners that have a name of their own
    QList<Tier> tiers;               // ascending rank
    qint64 pointValueFen = 1;
    qint64 greenRatePer100 = 100;
    qint64 adjustThreshold = 1000;
    points::ExpiryPolicy expiry;

    static Result<ProgrammeRules> load(Database &db);

    QString scenarioName(const QString &code) const;
    static int creditPct(CreditStanding c) { return c == CreditStanding::Good ? 110 : 100; }
    const Tier *tier(const QString &code) const;
    // The highest tier whose threshold the spend reaches.
    const Tier &tierForSpend(qint64 qualifyingSpendFen) const;
};

// Administrators change the rules; each change is one audited transaction.
class RulesService
{
public:
    RulesService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Status setRate(const Session &session, const QString &code, int ratePer100);
    // A new scenario or partner merchant (partner:<code>), with its name and rate.
    Status addScenario(const Session &session, const EarningRate &rate);
    // An empty name gives a seeds' scenario its translated name back; the others need one.
    Status renameScenario(const Session &session, const QString &code, const QString &name);
    // All in one transaction: the order of thresholds is checked once every tier is written.
    Status setTiers(const Session &session, const QList<Tier> &tiers);
    Status setSetting(const Session &session, const QString &key, const QString &value);

    static QStringList settingKeys();

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace pd

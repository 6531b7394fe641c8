#pragma once

#include "core/result.h"

#include <QList>

namespace pd {

class Clock;
class Database;
struct Session;

struct CharityProject
{
    qint64 id = 0;
    QString code;
    QString name;
    int pointsPerYuan = 100; // the chain gives ¥1 of goods for this many donated points
    bool active = true;
};

struct CharityTotal
{
    CharityProject project;
    qint64 donors = 0;
    qint64 points = 0;
    qint64 matchedFen = 0; // goods the chain adds: floor(points / points_per_yuan) yuan
};

// Points donation (积分捐赠): members give points to a charity project, the chain matches
// them with goods.
class DonationService
{
public:
    DonationService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<qint64> addProject(const Session &session, const CharityProject &project);
    Result<QList<CharityProject>> projects() const;
    Result<qint64> donate(const Session &session, const QString &cardNo, const QString &projectCode, qint64 points);
    Result<QList<CharityTotal>> totals() const;

private:
    Result<qint64> donateOnce(const Session &session, const QString &cardNo, const QString &projectCode, qint64 points); // one attempt; donate() runs it again after a lost race
    Database &m_db;
    const Clock &m_clock;
};

} // namespace pd

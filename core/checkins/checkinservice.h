#pragma once

#include "core/campaigns/streak.h"
#include "core/result.h"

#include <QDateTime>

namespace pd {

class Clock;
class Database;
struct ProgrammeRules;
struct Session;

struct CheckinInput
{
    QString checkinNo; // the store's own number; may be empty (the counter, the CLI)
    QString storeCode;
    QString cardNo;
    QDateTime time;    // when the member checks in; any zone
    QDate forDate;     // empty: the day of `time`; an earlier date: a make-up check-in (补签)

    QString canonical() const; // the content compared when a number is posted again
};

enum class MakeupCard { None, Free, Bought }; // None: a check-in on its own day

struct CheckinOutcome
{
    qint64 checkinId = 0;
    QDate date;
    QString campaignCode, campaignName;
    MakeupCard card = MakeupCard::None;
    qint64 cardPoints = 0;             // what a bought card cost
    qint64 dailyPoints = 0;            // paid, after the campaign's caps
    QList<streaks::Bonus> bonuses;     // paid, after the caps
    int streakLength = 0;              // the run through the date
    int streakDay = 0;                 // the date's day in the cycle
    qint64 balanceAfter = 0;
    bool alreadyDone = false;          // checked in before for that date: nothing was written

    qint64 bonusPoints() const;
    qint64 total() const { return dailyPoints + bonusPoints(); }
};

// Check-ins of the active check-in campaign (DESIGN §8 `checkin`): one per member and business
// date, make-up check-ins with free monthly cards or cards bought with points, streak bonuses
// paid once per date and streak day, every point under the campaign's caps and in the ledger.
class CheckinService
{
public:
    CheckinService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // In its own transaction, with an audit record.
    Result<CheckinOutcome> post(const Session &session, const CheckinInput &input);
    // Inside the caller's transaction (imports: one audit record per batch).
    Result<CheckinOutcome> postInTransaction(const Session &session, const CheckinInput &input, const ProgrammeRules &rules);

private:
    Result<CheckinOutcome> postOnce(const Session &session, const CheckinInput &input);

    Database &m_db;
    const Clock &m_clock;
};

QString makeupCardCode(MakeupCard card); // "none", "free", "bought"
QString makeupCardName(MakeupCard card); // translated

// What the member is told at the desk (the counter and the CLI say the same): the day, the card,
// the points and the streak, each bonus, a bought card's price and the balance.
QString checkinOutcomeText(const CheckinOutcome &out);

} // namespace pd

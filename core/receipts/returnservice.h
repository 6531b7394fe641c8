#pragma once

#include "core/result.h"

#include <QDateTime>

#include <optional>

namespace pd {

class Clock;
class Database;
struct Session;

struct ReturnInput
{
    QString storeCode;
    QString returnNo;
    QString receiptNo; // of the same store
    QDateTime businessTime;
    qint64 amountFen = 0;

    QString canonical() const;
};

struct ReturnOutcome
{
    qint64 returnId = 0;
    qint64 clawback = 0;
    qint64 debtAfter = 0;
    qint64 balanceAfter = 0;
    qint64 remainingFen = 0; // of the receipt, after this return
    bool alreadyPosted = false;
};

// Returns (退货): floor(P × returned_so_far / A) − already_clawed_back, debt when short.
class ReturnService
{
public:
    ReturnService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<ReturnOutcome> quote(const Session &session, const ReturnInput &input);
    Result<ReturnOutcome> post(const Session &session, const ReturnInput &input);
    Result<ReturnOutcome> postInTransaction(const Session &session, const ReturnInput &input);

private:
    Result<ReturnOutcome> postOnce(const Session &session, const ReturnInput &input); // one attempt; post() runs it again after a lost race
    Result<ReturnOutcome> run(const Session &session, const ReturnInput &input, bool write);
    // The receipt a return is about, locked for the clawback.
    struct ReturnedReceipt
    {
        qint64 id = 0;
        qint64 memberId = 0;
        QDateTime businessTime;
        qint64 amountFen = 0;
        qint64 earnedPoints = 0; // earned, green and campaign bonus points (DESIGN §5: P)
        qint64 returnedFen = 0;  // by earlier returns
        qint64 clawedBack = 0;   // by earlier returns
    };
    Result<std::optional<ReturnOutcome>> alreadyPosted(qint64 storeId, const ReturnInput &input) const;
    Result<ReturnedReceipt> lockReceipt(qint64 storeId, const ReturnInput &input);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace pd

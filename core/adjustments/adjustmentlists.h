#pragma once

#include "core/access/session.h"
#include "core/adjustments/adjustmentservice.h"
#include "core/recordlistmodel.h"

namespace pd {

class Clock;
class Database;

// Adjustments waiting for a second person, with the member's balance now beside each.
class PendingAdjustmentsModel : public RecordListModel<Adjustment>
{
public:
    enum Column { Card, Member, Points, BalanceNow, Reason, AskedBy, AskedAt };
    PendingAdjustmentsModel(Database &db, const Clock &clock, Session session, QObject *parent = nullptr);
};

// Approved and rejected adjustments, newest first.
class DecidedAdjustmentsModel : public RecordListModel<Adjustment>
{
public:
    enum Column { DecidedAt, Decision, By, Card, Member, Points, Reason, AskedBy };
    DecidedAdjustmentsModel(Database &db, const Clock &clock, Session session, QObject *parent = nullptr);
};

} // namespace pd

#pragma once

#include "core/access/session.h"
#include "core/jobs/expiryreminders.h"
#include "core/recordlistmodel.h"

namespace pd {

class Clock;

// The members a day's reminders could not reach by SMS (no consent, no mobile), most points
// first, with the day's counts beside them.
class UnreachedReminderModel : public RecordListModel<ExpiryReminder>
{
public:
    enum Column { Card, Points, LastDay, Why };
    static constexpr int kListed = 1000;

    UnreachedReminderModel(Database &db, Session session, QObject *parent = nullptr);
    void setAsOf(const QDate &asOf) { m_asOf = asOf; }
    QDate asOf() const { return m_asOf; }
    // The counts read by the last reload.
    const ReminderDay &day() const { return m_day; }

private:
    QDate m_asOf;
    ReminderDay m_day;
};

} // namespace pd

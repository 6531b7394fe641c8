#include "reminderlist.h"

#include "core/pointsmath.h"

namespace pd {

UnreachedReminderModel::UnreachedReminderModel(Database &db, Session session, QObject *parent)
    : RecordListModel<ExpiryReminder>(
          "pd::UnreachedReminderModel",
          {
              {QT_TRANSLATE_NOOP("pd::UnreachedReminderModel", "Card"), [](const ExpiryReminder &r) { return QVariant(r.cardNo); }},
              {QT_TRANSLATE_NOOP("pd::UnreachedReminderModel", "Expiring points"),
               [](const ExpiryReminder &r) { return QVariant(points::displayPoints(r.points)); }},
              {QT_TRANSLATE_NOOP("pd::UnreachedReminderModel", "Usable until"),
               [](const ExpiryReminder &r) { return QVariant(r.lastValidDay.toString(Qt::ISODate)); }},
              {QT_TRANSLATE_NOOP("pd::UnreachedReminderModel", "Not reminded because"),
               [](const ExpiryReminder &r) { return QVariant(reminderChannelName(r.channel)); }},
          },
          [this, &db, session = std::move(session)]() -> Result<QList<ExpiryReminder>> {
              m_day = ReminderDay();
              auto d = reminders::day(db, session, m_asOf, kListed);
              if (!d)
                  return d.error();
              m_day = d.value();
              return m_day.unreached;
          },
          parent)
{
}

} // namespace pd

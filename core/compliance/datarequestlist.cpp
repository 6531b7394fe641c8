#include "datarequestlist.h"

#include "core/clock.h"

namespace pd {

namespace {
constexpr const char *kContext = "pd::DataRequestListModel";

QVariant shownDate(const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }
} // namespace

DataRequestListModel::DataRequestListModel(Database &db, const Clock &clock, Session session, QObject *parent)
    : RecordListModel<DataRequest>(
          kContext,
          {
              {QT_TRANSLATE_NOOP("pd::DataRequestListModel", "Received"), [](const DataRequest &r) { return shownDate(r.receivedOn); }},
              {QT_TRANSLATE_NOOP("pd::DataRequestListModel", "Card"), [](const DataRequest &r) { return QVariant(r.cardNo); }},
              {QT_TRANSLATE_NOOP("pd::DataRequestListModel", "Request"), [](const DataRequest &r) { return QVariant(dataRequestKindName(r.kind)); }},
              {QT_TRANSLATE_NOOP("pd::DataRequestListModel", "Asked by"),
               [](const DataRequest &r) { return QVariant(dataRequesterName(r.requester)); }},
              {QT_TRANSLATE_NOOP("pd::DataRequestListModel", "Status"),
               [](const DataRequest &r) { return QVariant(dataRequestStatusName(r.status)); }},
              {QT_TRANSLATE_NOOP("pd::DataRequestListModel", "Days"),
               [&clock](const DataRequest &r) {
                   const QDate today = businessToday(clock);
                   // an open request past the legal time is flagged where the officer looks
                   if (r.isOverdue(today))
                       return QVariant(QCoreApplication::translate("pd::DataRequestListModel", "%1 (overdue)").arg(r.daysTaken(today)));
                   return QVariant(r.daysTaken(today));
               }},
              {QT_TRANSLATE_NOOP("pd::DataRequestListModel", "Handled on"), [](const DataRequest &r) { return shownDate(r.handledOn); }},
              {QT_TRANSLATE_NOOP("pd::DataRequestListModel", "Handled by"), [](const DataRequest &r) { return QVariant(r.handledBy); }},
              {QT_TRANSLATE_NOOP("pd::DataRequestListModel", "Note"), [](const DataRequest &r) { return QVariant(r.note); }},
          },
          [&db, &clock, session = std::move(session)] { return PersonalDataService(db, clock).requests(session); }, parent)
{
}

} // namespace pd

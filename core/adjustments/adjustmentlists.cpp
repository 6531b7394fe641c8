#include "adjustmentlists.h"

#include "core/clock.h"
#include "core/pointsmath.h"

namespace pd {

namespace {
QVariant shownTime(const QString &stored) { return displayTime(fromStoredTime(stored)); }
} // namespace

PendingAdjustmentsModel::PendingAdjustmentsModel(Database &db, const Clock &clock, Session session, QObject *parent)
    : RecordListModel<Adjustment>(
          "pd::PendingAdjustmentsModel",
          {
              {QT_TRANSLATE_NOOP("pd::PendingAdjustmentsModel", "Card"), [](const Adjustment &a) { return QVariant(a.cardNo); }},
              {QT_TRANSLATE_NOOP("pd::PendingAdjustmentsModel", "Member"), [](const Adjustment &a) { return QVariant(a.memberName); }},
              {QT_TRANSLATE_NOOP("pd::PendingAdjustmentsModel", "Points"),
               [](const Adjustment &a) { return QVariant(points::displayPoints(a.delta)); }},
              {QT_TRANSLATE_NOOP("pd::PendingAdjustmentsModel", "Balance now"),
               [](const Adjustment &a) { return QVariant(points::displayPoints(a.memberBalance)); }},
              {QT_TRANSLATE_NOOP("pd::PendingAdjustmentsModel", "Reason"), [](const Adjustment &a) { return QVariant(a.reason); }},
              {QT_TRANSLATE_NOOP("pd::PendingAdjustmentsModel", "Asked by"),
               [](const Adjustment &a) { return QVariant(a.requestedByName); }},
              {QT_TRANSLATE_NOOP("pd::PendingAdjustmentsModel", "Asked at"), [](const Adjustment &a) { return shownTime(a.requestedAt); }},
          },
          [&db, &clock, session = std::move(session)] { return AdjustmentService(db, clock).pending(session); }, parent)
{
}

DecidedAdjustmentsModel::DecidedAdjustmentsModel(Database &db, const Clock &clock, Session session, QObject *parent)
    : RecordListModel<Adjustment>(
          "pd::DecidedAdjustmentsModel",
          {
              {QT_TRANSLATE_NOOP("pd::DecidedAdjustmentsModel", "Decided at"), [](const Adjustment &a) { return shownTime(a.decidedAt); }},
              {QT_TRANSLATE_NOOP("pd::DecidedAdjustmentsModel", "Decision"),
               [](const Adjustment &a) {
                   return QVariant(a.status == QLatin1String("rejected")
                                       ? QCoreApplication::translate("pd::DecidedAdjustmentsModel", "Rejected")
                                       : QCoreApplication::translate("pd::DecidedAdjustmentsModel", "Approved"));
               }},
              {QT_TRANSLATE_NOOP("pd::DecidedAdjustmentsModel", "By"), [](const Adjustment &a) { return QVariant(a.decidedByName); }},
              {QT_TRANSLATE_NOOP("pd::DecidedAdjustmentsModel", "Card"), [](const Adjustment &a) { return QVariant(a.cardNo); }},
              {QT_TRANSLATE_NOOP("pd::DecidedAdjustmentsModel", "Member"), [](const Adjustment &a) { return QVariant(a.memberName); }},
              {QT_TRANSLATE_NOOP("pd::DecidedAdjustmentsModel", "Points"),
               [](const Adjustment &a) { return QVariant(points::displayPoints(a.delta)); }},
              {QT_TRANSLATE_NOOP("pd::DecidedAdjustmentsModel", "Reason"), [](const Adjustment &a) { return QVariant(a.reason); }},
              {QT_TRANSLATE_NOOP("pd::DecidedAdjustmentsModel", "Asked by"),
               [](const Adjustment &a) { return QVariant(a.requestedByName); }},
          },
          [&db, &clock, session = std::move(session)] { return AdjustmentService(db, clock).decided(session); }, parent)
{
}

} // namespace pd

#include "findinglist.h"

namespace pd {

FindingListModel::FindingListModel(Database &db, const Clock &clock, Session session, QObject *parent)
    : RecordListModel<Finding>(
          "pd::FindingListModel",
          {
              {QT_TRANSLATE_NOOP("pd::FindingListModel", "Severity"),
               [](const Finding &f) { return QVariant(findingSeverityName(f.severity)); }},
              {QT_TRANSLATE_NOOP("pd::FindingListModel", "Check"), [](const Finding &f) { return QVariant(f.code); }},
              {QT_TRANSLATE_NOOP("pd::FindingListModel", "Concerns"), [](const Finding &f) { return QVariant(f.subject); }},
              {QT_TRANSLATE_NOOP("pd::FindingListModel", "Finding"), [](const Finding &f) { return QVariant(f.message); }},
          },
          [&db, &clock, session = std::move(session)] { return ComplianceChecks(db, clock).run(session); }, parent)
{
}

} // namespace pd

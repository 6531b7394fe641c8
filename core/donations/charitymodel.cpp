#include "charitymodel.h"

#include "core/pointsmath.h"

namespace pd {

CharityTotalsModel::CharityTotalsModel(Database &db, const Clock &clock, QObject *parent)
    : RecordListModel<CharityTotal>(
          "pd::CharityTotalsModel",
          {
              {QT_TRANSLATE_NOOP("pd::CharityTotalsModel", "Code"), [](const CharityTotal &c) { return QVariant(c.project.code); }},
              {QT_TRANSLATE_NOOP("pd::CharityTotalsModel", "Project"), [](const CharityTotal &c) { return QVariant(c.project.name); }},
              {QT_TRANSLATE_NOOP("pd::CharityTotalsModel", "Points per ¥1 of goods"),
               [](const CharityTotal &c) { return QVariant(c.project.pointsPerYuan); }},
              {QT_TRANSLATE_NOOP("pd::CharityTotalsModel", "Donated"), [](const CharityTotal &c) { return QVariant(c.points); }},
              {QT_TRANSLATE_NOOP("pd::CharityTotalsModel", "Matched ¥"),
               [](const CharityTotal &c) { return QVariant(points::displayYuan(c.matchedFen)); }},
          },
          [&db, &clock] { return DonationService(db, clock).totals(); }, parent)
{
}

} // namespace pd

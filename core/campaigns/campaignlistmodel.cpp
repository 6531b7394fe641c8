#include "campaignlistmodel.h"

#include "core/campaigns/campaignservice.h"
#include "core/campaigns/campaignterms.h"
#include "core/clock.h"
#include "core/pointsmath.h"

namespace pd {

namespace {
const char *const kContext = "pd::CampaignListModel";

QVariant awardedText(const Campaign &c)
{
    return c.budgetPoints ? QCoreApplication::translate("pd::CampaignListModel", "%1 of %2").arg(points::displayPoints(c.awardedPoints), points::displayPoints(*c.budgetPoints))
                          : points::displayPoints(c.awardedPoints);
}
} // namespace

CampaignListModel::CampaignListModel(Database &db, const Clock &clock, Session session, Show show, QObject *parent)
    : RecordListModel<Campaign>(
          kContext,
          {
              {QT_TRANSLATE_NOOP("pd::CampaignListModel", "Code"), [](const Campaign &c) { return QVariant(c.code); }},
              {QT_TRANSLATE_NOOP("pd::CampaignListModel", "Name"), [](const Campaign &c) { return QVariant(c.name); }},
              {QT_TRANSLATE_NOOP("pd::CampaignListModel", "Type"), [](const Campaign &c) { return QVariant(campaignTypeName(c.type)); }},
              {QT_TRANSLATE_NOOP("pd::CampaignListModel", "State"),
               [&clock](const Campaign &c) { return QVariant(campaignStateText(c, businessToday(clock))); }},
              {QT_TRANSLATE_NOOP("pd::CampaignListModel", "Dates"), [](const Campaign &c) { return QVariant(campaignWindowText(c)); }},
              {QT_TRANSLATE_NOOP("pd::CampaignListModel", "Points awarded"), awardedText},
              {QT_TRANSLATE_NOOP("pd::CampaignListModel", "Written by"),
               [](const Campaign &c) { return QVariant(QStringLiteral("%1 (v%2)").arg(c.authorName).arg(c.version)); }},
          },
          [&db, &clock, session = std::move(session), show]() -> Result<QList<Campaign>> {
              auto all = CampaignService(db, clock).campaigns(session);
              if (!all || show == Show::All)
                  return all;
              QList<Campaign> waiting;
              for (const Campaign &c : all.value())
                  if (c.status == CampaignStatus::Submitted && c.authorId != session.userId)
                      waiting << c;
              return waiting;
          },
          parent)
{
}

int CampaignListModel::rowOf(const QString &code) const
{
    return rowWhere([&](const Campaign &c) { return c.code == code; });
}

} // namespace pd

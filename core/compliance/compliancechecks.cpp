#include "compliancechecks.h"

#include "core/access/session.h"
#include "core/campaigns/campaignservice.h"
#include "core/catalog/catalogservice.h"
#include "core/clock.h"
#include "core/compliance/personaldata.h"
#include "core/jobs/expiryreminders.h"
#include "core/pointsmath.h"
#include "core/settings/programmesettings.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace pd {

namespace {

Finding finding(FindingSeverity severity, const char *code, FindingSubject kind, const QString &subject, const QString &message,
                const QString &fix)
{
    Finding f;
    f.severity = severity;
    f.code = QLatin1String(code);
    f.subjectKind = kind;
    f.subject = subject;
    f.message = message;
    f.fix = fix;
    return f;
}

// Terms state a number of points when they write it, grouped or not ("100,000" or "100000").
bool statesPoints(const QString &terms, qint64 points)
{
    QString plain = terms;
    plain.remove(QLatin1Char(',')).remove(QChar(0xFF0C)); // ASCII and full-width group separators
    // the whole number: 10000 is not stated by "100000"
    return plain.contains(QRegularExpression(QStringLiteral("(?<![0-9])%1(?![0-9])").arg(points)));
}

} // namespace

QString findingSeverityCode(FindingSeverity severity)
{
    return severity == FindingSeverity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QString findingSeverityName(FindingSeverity severity)
{
    return severity == FindingSeverity::Error ? QCoreApplication::translate("pd::ComplianceChecks", "Error")
                                              : QCoreApplication::translate("pd::ComplianceChecks", "Warning");
}

qsizetype errorCount(const QList<Finding> &findings)
{
    return std::count_if(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.severity == FindingSeverity::Error; });
}

Result<QList<Finding>> ComplianceChecks::run(const Session &session) const
{
    if (Status s = session.require(Permission::ComplianceChecks); !s)
        return s.error();
    auto large = largePointsPrice();
    if (!large)
        return large.error();
    QList<Finding> findings;
    if (Status s = checkDataRequests(session, findings); !s)
        return s.error();
    if (Status s = checkCampaigns(session, large.value(), findings); !s)
        return s.error();
    if (Status s = checkCatalog(session, large.value(), findings); !s)
        return s.error();
    if (Status s = checkReminders(findings); !s)
        return s.error();
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.severity, a.code, a.subject) < std::tie(b.severity, b.code, b.subject);
    });
    return findings;
}

Result<qint64> ComplianceChecks::largePointsPrice() const
{
    auto setting = programmesettings::value(m_db, QLatin1String(kLargePointsPriceSetting), QString::number(kDefaultLargePointsPrice));
    if (!setting)
        return setting.error();
    bool ok = false;
    const qint64 large = setting->toLongLong(&ok);
    return ok && large > 0 ? large : kDefaultLargePointsPrice;
}

Status ComplianceChecks::checkDataRequests(const Session &session, QList<Finding> &findings) const
{
    auto requests = PersonalDataService(m_db, m_clock).requests(session);
    if (!requests)
        return requests.error();
    const QDate today = businessToday(m_clock);
    for (const DataRequest &r : requests.value()) {
        if (!r.isOverdue(today))
            continue;
        Finding f = finding(FindingSeverity::Error, "data_request.overdue", FindingSubject::DataRequest, r.cardNo,
                            QCoreApplication::translate("pd::ComplianceChecks",
                                                        "The request of card %1 (%2), received on %3, has been open %4 days; the law allows %5.")
                                .arg(r.cardNo, dataRequestKindName(r.kind), r.receivedOn.toString(Qt::ISODate))
                                .arg(r.daysTaken(today))
                                .arg(kDataRequestDueDays),
                            QCoreApplication::translate("pd::ComplianceChecks", "Answer it on the Personal data requests tab: save the copy, "
                                                                                "erase, or refuse it with the reason."));
        f.subjectId = r.id;
        findings << f;
    }
    return {};
}

Status ComplianceChecks::checkCampaigns(const Session &session, qint64 largePrice, QList<Finding> &findings) const
{
    CampaignService service(m_db, m_clock);
    auto campaigns = service.campaigns(session);
    if (!campaigns)
        return campaigns.error();
    auto context = service.context();
    if (!context)
        return context.error();
    const QDate today = businessToday(m_clock);
    for (const Campaign &c : campaigns.value()) {
        if (c.to < today)
            continue; // ended: nothing more is promised
        if (c.status == CampaignStatus::Submitted && c.from <= today)
            findings << finding(FindingSeverity::Warning, "approval.past_start", FindingSubject::Campaign, c.code,
                                QCoreApplication::translate("pd::ComplianceChecks", "Campaign %1 (%2) was to start on %3 but still waits for "
                                                                                    "approval: members read terms the programme does not apply.")
                                    .arg(c.code, c.name, c.from.toString(Qt::ISODate)),
                                QCoreApplication::translate("pd::ComplianceChecks",
                                                            "Approve or reject it on the Campaigns screen, or move its dates in a new draft."));
        const bool promised = c.status == CampaignStatus::Approved || c.status == CampaignStatus::Submitted;
        if (promised && c.type == CampaignType::Welcome && c.points > context->welcomeCap)
            findings << finding(FindingSeverity::Error, "welcome.over_cap", FindingSubject::Campaign, c.code,
                                QCoreApplication::translate("pd::ComplianceChecks", "Welcome campaign %1 (%2) gives %3 points, above the cap of "
                                                                                    "%4: a welcome bonus must not lure sign-ups.")
                                    .arg(c.code, c.name, points::displayPoints(c.points), points::displayPoints(context->welcomeCap)),
                                QCoreApplication::translate("pd::ComplianceChecks", "Cancel it and approve a version within the cap."));
        // the fined case: a costly item promoted without the points it takes
        const qint64 itemPrice = context->itemPrices.value(c.item, 0);
        if (promised && c.type == CampaignType::Sale && std::max(itemPrice, c.points) >= largePrice && !statesPoints(c.terms, c.points))
            findings << finding(FindingSeverity::Error, "promotion.price_not_stated", FindingSubject::Campaign, c.code,
                                QCoreApplication::translate("pd::ComplianceChecks",
                                                            "Campaign %1 (%2) promotes item %3 for %4 points, but its terms do not state the "
                                                            "points: a platform was fined ¥200,000 for \"redeem points for a phone\" without "
                                                            "saying it needed 100,000 points.")
                                    .arg(c.code, c.name, c.item, points::displayPoints(c.points)),
                                QCoreApplication::translate("pd::ComplianceChecks", "Write the %1 points into the campaign's terms, in a new version.")
                                    .arg(points::displayPoints(c.points)));
    }
    return {};
}

Status ComplianceChecks::checkCatalog(const Session &session, qint64 largePrice, QList<Finding> &findings) const
{
    auto items = CatalogService(m_db, m_clock).items(session);
    if (!items)
        return items.error();
    const QDate today = businessToday(m_clock);
    for (const CatalogItem &item : items.value()) {
        // on offer now or later: a retired or ended item is promised to no one
        if (item.status != ItemStatus::Active || (item.activeTo.isValid() && item.activeTo < today))
            continue;
        if (item.pointsPrice >= largePrice)
            findings << finding(FindingSeverity::Warning, "item.large_price", FindingSubject::CatalogItem, item.code,
                                QCoreApplication::translate("pd::ComplianceChecks",
                                                            "Item %1 (%2) costs %3 points: every promotion of it must say so plainly (a platform "
                                                            "was fined ¥200,000 for \"redeem points for a phone\" without saying it needed "
                                                            "100,000 points).")
                                    .arg(item.code, item.name, points::displayPoints(item.pointsPrice)),
                                QCoreApplication::translate("pd::ComplianceChecks",
                                                            "State the points price wherever the item is promoted, next to its picture."));
        if (item.retailValueFen <= 0)
            findings << finding(FindingSeverity::Warning, "item.no_retail_value", FindingSubject::CatalogItem, item.code,
                                QCoreApplication::translate("pd::ComplianceChecks",
                                                            "Item %1 (%2) has no retail value: what a point is worth in it cannot be disclosed.")
                                    .arg(item.code, item.name),
                                QCoreApplication::translate("pd::ComplianceChecks", "Enter its retail value on the Catalog screen."));
    }
    return {};
}

Status ComplianceChecks::checkReminders(QList<Finding> &findings) const
{
    auto uncovered = reminders::uncoveredMembers(m_db, businessToday(m_clock));
    if (!uncovered)
        return uncovered.error();
    if (uncovered.value() > 0)
        findings << finding(FindingSeverity::Warning, "reminders.not_sent", FindingSubject::Reminders, QStringLiteral("reminders"),
                            QCoreApplication::translate("pd::ComplianceChecks",
                                                        "%1 members have points expiring within %2 days that no reminder run has covered.")
                                .arg(uncovered.value())
                                .arg(kReminderWindowDays),
                            QCoreApplication::translate("pd::ComplianceChecks", "Run the expiry reminders on the Expiry reminders tab and "
                                                                                "send the SMS file through the gateway."));
    return {};
}

} // namespace pd

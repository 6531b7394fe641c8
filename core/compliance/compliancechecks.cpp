#include "compliancechecks.h"

#include "core/access/session.h"
#include "core/campaigns/campaignservice.h"
#include "core/catalog/catalogservice.h"
#include "core/clock.h"
#include "core/compliance/personaldata.h"
#include "core/compliance/rulesdiff.h"
#include "core/compliance/rulesversions.h"
#include "core/rules/publishedrules.h"
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

// A multiplier is stated as its percent ("200%") or as a multiple ("2倍", "双倍", "double").
bool statesMultiplier(const QString &terms, int percent)
{
    if (statesPoints(terms, percent))
        return true;
    if (percent % 100 != 0)
        return false;
    const int times = percent / 100;
    static const QStringList chinese = {QString(), QStringLiteral("一"), QStringLiteral("[双两二]"), QStringLiteral("三"), QStringLiteral("四"),
                                        QStringLiteral("五"), QStringLiteral("六"), QStringLiteral("七"), QStringLiteral("八"),
                                        QStringLiteral("九"), QStringLiteral("十")};
    QString pattern = QStringLiteral("(?<![0-9])%1\\s*(倍|x|X|×)").arg(times);
    if (times < chinese.size())
        pattern += QStringLiteral("|%1倍").arg(chinese.at(times));
    if (times == 2)
        pattern += QStringLiteral("|翻倍|[Dd]ouble");
    if (times == 3)
        pattern += QStringLiteral("|[Tt]riple");
    return terms.contains(QRegularExpression(pattern));
}

// The points a campaign gives or asks for, and whether its terms state them.
bool termsStateThePoints(const Campaign &c)
{
    switch (c.type) {
    case CampaignType::Multiplier: return statesMultiplier(c.terms, c.percent);
    case CampaignType::Welcome:
    case CampaignType::FirstPurchase:
    case CampaignType::Sale: return statesPoints(c.terms, c.points);
    case CampaignType::Checkin: return statesPoints(c.terms, c.checkin.dailyPoints);
    case CampaignType::Badges: return c.badgeSet.rewardPoints <= 0 || statesPoints(c.terms, c.badgeSet.rewardPoints);
    }
    return true;
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
    if (Status s = checkPublishedRules(session, findings); !s)
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
        const bool costlySale = c.type == CampaignType::Sale && std::max(itemPrice, c.points) >= largePrice;
        if (promised && !costlySale && !termsStateThePoints(c))
            findings << finding(FindingSeverity::Warning, "terms.points_not_stated", FindingSubject::Campaign, c.code,
                                QCoreApplication::translate("pd::ComplianceChecks", "The terms of campaign %1 (%2) do not state the points it "
                                                                                    "gives or asks for: members cannot tell what they get.")
                                    .arg(c.code, c.name),
                                QCoreApplication::translate("pd::ComplianceChecks", "Write the points (or the multiple) into the terms, in a "
                                                                                    "new version of the campaign."));
        if (promised && costlySale && !statesPoints(c.terms, c.points))
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

Status ComplianceChecks::checkPublishedRules(const Session &session, QList<Finding> &findings) const
{
    RulesVersions versions(m_db, m_clock);
    auto last = versions.lastPublished();
    if (!last)
        return last.error();
    if (!last.value()) {
        findings << finding(FindingSeverity::Error, "published_rules.missing", FindingSubject::Rules, QStringLiteral("rules"),
                            QCoreApplication::translate("pd::ComplianceChecks", "The programme rules have never been published: members "
                                                                                "cannot read how points are earned, expire and are used."),
                            QCoreApplication::translate("pd::ComplianceChecks", "On the Programme rules tab write the required sections, save "
                                                                                "a version and publish it."));
        return {};
    }
    auto live = versions.live(session);
    if (!live)
        return live.error();
    auto published = versions.document(session, last.value()->version);
    if (!published)
        return published.error();
    const qsizetype changes = rules::compare(published.value(), live.value(), businessToday(m_clock)).size();
    if (changes > 0)
        findings << finding(FindingSeverity::Warning, "published_rules.outdated", FindingSubject::Rules, QStringLiteral("rules"),
                            QCoreApplication::translate("pd::ComplianceChecks", "The live configuration differs from the published rules "
                                                                                "(version %1) in %2 places: members read rules the programme no "
                                                                                "longer applies.")
                                .arg(last.value()->version)
                                .arg(changes),
                            QCoreApplication::translate("pd::ComplianceChecks", "Compare the live rules with version %1 on the Programme rules "
                                                                                "tab, save a new version and publish it (with 30 days' notice "
                                                                                "when it takes something away).")
                                .arg(last.value()->version));
    // each promised campaign and item on offer must be in the rules members can read today
    auto inForce = publishedRulesInForce(m_db, businessToday(m_clock));
    if (!inForce)
        return inForce.error();
    const int version = inForce.value() ? inForce.value()->version : last.value()->version;
    auto disclosed = version == published->version ? published : versions.document(session, version);
    if (!disclosed)
        return disclosed.error();
    for (const RulesFact &fact : live->facts) {
        const bool campaign = fact.key.startsWith(QLatin1String("campaign:")), item = fact.key.startsWith(QLatin1String("item:"));
        if ((!campaign && !item) || disclosed->fact(fact.key))
            continue;
        const QString code = fact.key.section(QLatin1Char(':'), 1);
        const QString name = fact.values.value(QStringLiteral("name")).toString();
        findings << (campaign ? finding(FindingSeverity::Warning, "disclosure.campaign_missing", FindingSubject::Campaign, code,
                                        QCoreApplication::translate("pd::ComplianceChecks", "Campaign %1 (%2) is approved but not in the "
                                                                                            "published rules (version %3).")
                                            .arg(code, name)
                                            .arg(version),
                                        QCoreApplication::translate("pd::ComplianceChecks", "Publish a new version of the rules that includes it."))
                              : finding(FindingSeverity::Warning, "disclosure.item_missing", FindingSubject::CatalogItem, code,
                                        QCoreApplication::translate("pd::ComplianceChecks", "Item %1 (%2) is on offer but not in the published "
                                                                                            "rules (version %3).")
                                            .arg(code, name)
                                            .arg(version),
                                        QCoreApplication::translate("pd::ComplianceChecks", "Publish a new version of the rules that includes it.")));
    }
    return {};
}

} // namespace pd

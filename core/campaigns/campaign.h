#pragma once

#include "core/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace pd {

// DESIGN §8. Check-ins and badge collections come with their own issue and plug in here.
enum class CampaignType { Multiplier, Welcome, FirstPurchase, Sale };
// Active and ended are not states of their own: an approved campaign is active inside its window.
enum class CampaignStatus { Draft, Submitted, Approved, Rejected, Cancelled, Superseded };

QString campaignTypeCode(CampaignType type); // "first_purchase"
std::optional<CampaignType> campaignTypeFromCode(const QString &code);
QString campaignTypeName(CampaignType type); // translated: "Bonus on the first purchase"
QString campaignStatusCode(CampaignStatus status);
std::optional<CampaignStatus> campaignStatusFromCode(const QString &code);
QString campaignStatusName(CampaignStatus status); // translated

// One problem of a definition, named by its field as in the interchange format.
struct FieldProblem
{
    QString field;
    QString reason;
};

// A campaign as designed: the interchange format's fields, and where it stands.
struct Campaign
{
    // definition
    QString code;
    QString name;
    CampaignType type = CampaignType::Multiplier;
    QDate from, to; // business dates, inclusive, programme time zone
    QString terms;  // as members read them
    QStringList stores, scenarios, tiers; // empty = all
    std::optional<qint64> minAmountFen;
    std::optional<qint64> budgetPoints;
    std::optional<qint64> memberCapPoints;
    int percent = 0;                        // multiplier
    QList<int> weekdays, monthDays;         // multiplier: ISO 1 = Monday … 7; 1–31
    QList<QDate> dates;                     // multiplier
    qint64 points = 0;                      // welcome, first purchase: the bonus; sale: the sale price
    QString item;                           // sale
    std::optional<qint64> saleCashFen;      // sale: the cash part during the sale, when it changes

    // record
    qint64 id = 0;
    int version = 1;
    CampaignStatus status = CampaignStatus::Draft;
    qint64 authorId = 0;
    QString authorName;
    QString decidedByName;
    QString decidedAt;
    QString reason; // of a rejection or a cancellation
    qint64 awardedPoints = 0;

    // The interchange format (DESIGN §8): field names as there, amounts in yuan.
    QJsonObject toJson() const;
    // Every problem of the object, each naming its field; a campaign only when there is none.
    static Result<Campaign> fromJson(const QJsonObject &object, QList<FieldProblem> &problems);

    bool coversDate(const QDate &day) const { return day >= from && day <= to; }
    // A multiplier's schedule: a day matches when any list names it, or every list is empty.
    bool scheduledOn(const QDate &day) const;
    // The receipt-side filters shared by every type: store, scenario, the member's tier, minimum amount.
    bool appliesTo(const QString &storeCode, const QString &scenario, const QString &tierCode, qint64 amountFen) const;
};

// What a definition is checked against: the codes the programme knows, the welcome cap.
struct CampaignContext
{
    QSet<QString> stores, scenarios, tiers;
    QHash<QString, qint64> itemPrices; // catalog code → points price
    qint64 welcomeCap = 500;
};

// Problems that need the programme's codes (unknown store, scenario, tier or item, welcome above
// the cap, a sale that is no saving); the shape of the fields is checked by fromJson.
QList<FieldProblem> problemsAgainst(const Campaign &campaign, const CampaignContext &context);

} // namespace pd

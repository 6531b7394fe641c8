#pragma once

#include "core/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <optional>

namespace pd {

// DESIGN §8.
enum class CampaignType { Multiplier, Welcome, FirstPurchase, Sale, Checkin, Badges };
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

// A check-in campaign's ladder (签到): the points of each day, the streak bonuses by position in
// a cycle, and the make-up cards (补签卡).
struct CheckinLadder
{
    qint64 dailyPoints = 0;
    QMap<int, qint64> streakBonus; // position → bonus points
    int cycleDays = 0;             // positions run 1…cycle then start again; 0 = never
    int makeupFreePerMonth = 0;    // free cards each calendar month
    qint64 makeupCostPoints = 0;   // a card's price once the free ones are used; 0 = none for sale
    int makeupWindowDays = 0;      // how far back a missed day can be filled

    // The position of the day that ends a streak of `length` days.
    int positionAt(int length) const { return cycleDays > 0 ? (length - 1) % cycleDays + 1 : length; }
    qint64 bonusAt(int position) const { return streakBonus.value(position, 0); }
};

// A badge collection (积分勋章): badges each earned by a rule counted inside the campaign's window
// and filters; the whole set, once held, completes for good and gives the reward.
enum class BadgeRuleKind { Visits, Green, Scenarios, Spend, Streak };
struct BadgeRule
{
    QString code, name;
    BadgeRuleKind rule = BadgeRuleKind::Visits;
    int count = 0;        // visits, green, scenarios, streak
    qint64 amountFen = 0; // spend: net yuan, in fen
    QString scenario;     // spend: only in this scenario (empty: all)
};
struct BadgeSet
{
    QList<BadgeRule> badges;
    qint64 rewardPoints = 0; // a `badge` entry at completion (0: none)
    QString rewardItem;      // a prize collected at the counter for 0 points (empty: none)
};

QString badgeRuleCode(BadgeRuleKind rule); // "visits"
std::optional<BadgeRuleKind> badgeRuleFromCode(const QString &code);

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
    CheckinLadder checkin;                  // checkin
    BadgeSet badgeSet;                      // badges

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
    // A definition as stored in campaigns.definition (the interchange JSON).
    static Result<Campaign> fromStoredDefinition(const QString &json);

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

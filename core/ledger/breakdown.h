#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

// Why a receipt earned what it earned: stored with the earning entry (as JSON) and shown to
// staff in words.
// A fixed bonus of a campaign tied to the receipt (first purchase): its own ledger entry.
struct CampaignBonus
{
    qint64 campaignId = 0;
    QString campaignCode;
    QString campaignName;
    qint64 points = 0;
};

struct EarningBreakdown
{
    qint64 amountFen = 0;
    QString rateCode;
    int ratePer100 = 0;
    QString tierCode;
    int tierPct = 100;
    QString creditCode;
    int creditPct = 100;
    int campaignPct = 100;
    std::optional<qint64> campaignId; // the multiplier that won
    QString campaignCode;
    QString campaignName;
    qint64 campaignExtra = 0;          // what the multiplier added, after its caps; part of points
    bool campaignCut = false;          // the extra was cut to what the caps had left
    QList<CampaignBonus> bonuses;
    qint64 points = 0;
    qint64 greenFen = 0;
    qint64 greenRatePer100 = 0;
    qint64 greenPoints = 0;
    qint64 bonusPoints = 0; // Σ bonuses

    qint64 total() const { return points + greenPoints + bonusPoints; }
    QJsonObject toJson() const;
    // The compact JSON stored with the entry: the same text as QJsonDocument(toJson()) in compact
    // form, written directly (a receipt's posting writes one; QJsonDocument was a tenth of it).
    QString toStoredText() const;
    static EarningBreakdown fromJson(const QJsonObject &o);
    // "¥368.00 × 1 pt/¥ × Gold 125 % × Good credit 110 % = 506 points, + 12 green points"
    QString explain() const;
    // The campaigns' part, for the counter: "周六双倍积分 ×2: +120; 首单有礼: +50"; empty without one.
    QString campaignLine() const;
};

} // namespace pd

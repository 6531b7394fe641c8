#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pd {

// Why a receipt earned what it earned: stored with the earning entry (as JSON) and shown to
// staff in words.
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
    std::optional<qint64> campaignId;
    qint64 points = 0;
    qint64 greenFen = 0;
    qint64 greenRatePer100 = 0;
    qint64 greenPoints = 0;
    qint64 bonusPoints = 0;

    qint64 total() const { return points + greenPoints + bonusPoints; }
    QJsonObject toJson() const;
    static EarningBreakdown fromJson(const QJsonObject &o);
    // "¥368.00 × 1 pt/¥ × Gold 125 % × Good credit 110 % = 506 points, + 12 green points"
    QString explain() const;
};

} // namespace pd

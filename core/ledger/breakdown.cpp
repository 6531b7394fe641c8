#include "breakdown.h"

#include "core/pointsmath.h"
#include "core/members/member.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pd {

QJsonObject EarningBreakdown::toJson() const
{
    QJsonObject o{{QStringLiteral("amount"), amountFen},
                  {QStringLiteral("rate_code"), rateCode},
                  {QStringLiteral("rate"), ratePer100},
                  {QStringLiteral("tier"), tierCode},
                  {QStringLiteral("tier_pct"), tierPct},
                  {QStringLiteral("credit"), creditCode},
                  {QStringLiteral("credit_pct"), creditPct},
                  {QStringLiteral("campaign_pct"), campaignPct},
                  {QStringLiteral("campaign_id"), campaignId ? QJsonValue(*campaignId) : QJsonValue()},
                  {QStringLiteral("points"), points},
                  {QStringLiteral("green_amount"), greenFen},
                  {QStringLiteral("green_rate"), greenRatePer100},
                  {QStringLiteral("green_points"), greenPoints},
                  {QStringLiteral("bonus_points"), bonusPoints}};
    if (campaignId) {
        o.insert(QStringLiteral("campaign_code"), campaignCode);
        o.insert(QStringLiteral("campaign_name"), campaignName);
        o.insert(QStringLiteral("campaign_extra"), campaignExtra);
        if (campaignCut)
            o.insert(QStringLiteral("campaign_cut"), true);
    }
    if (!bonuses.isEmpty()) {
        QJsonArray list;
        for (const CampaignBonus &bonus : bonuses)
            list.append(QJsonObject{{QStringLiteral("campaign_id"), bonus.campaignId},
                                    {QStringLiteral("campaign_code"), bonus.campaignCode},
                                    {QStringLiteral("campaign_name"), bonus.campaignName},
                                    {QStringLiteral("points"), bonus.points}});
        o.insert(QStringLiteral("bonuses"), list);
    }
    return o;
}

namespace {

// A JSON string as QJsonDocument writes it in compact form: UTF-8, with ", \ and control
// characters escaped (\b \f \n \r \t, else \u00xx in lower case).
void appendText(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto u = static_cast<unsigned char>(ch);
        switch (u) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

void appendKey(QByteArray &out, const char *key, bool first = false)
{
    if (!first)
        out += ',';
    out += '"';
    out += key;
    out += "\":";
}

} // namespace

QString EarningBreakdown::toStoredText() const
{
    // the keys in QJsonObject's (sorted) order, so the text is what QJsonDocument would write
    QByteArray out;
    out.reserve(320);
    out += '{';
    appendKey(out, "amount", true);
    out += QByteArray::number(amountFen);
    appendKey(out, "bonus_points");
    out += QByteArray::number(bonusPoints);
    if (!bonuses.isEmpty()) {
        appendKey(out, "bonuses");
        out += '[';
        for (qsizetype i = 0; i < bonuses.size(); ++i) {
            const CampaignBonus &b = bonuses.at(i);
            if (i > 0)
                out += ',';
            out += '{';
            appendKey(out, "campaign_code", true);
            appendText(out, b.campaignCode);
            appendKey(out, "campaign_id");
            out += QByteArray::number(b.campaignId);
            appendKey(out, "campaign_name");
            appendText(out, b.campaignName);
            appendKey(out, "points");
            out += QByteArray::number(b.points);
            out += '}';
        }
        out += ']';
    }
    if (campaignId) {
        appendKey(out, "campaign_code");
        appendText(out, campaignCode);
        if (campaignCut) {
            appendKey(out, "campaign_cut");
            out += "true";
        }
        appendKey(out, "campaign_extra");
        out += QByteArray::number(campaignExtra);
    }
    appendKey(out, "campaign_id");
    out += campaignId ? QByteArray::number(*campaignId) : QByteArray("null");
    if (campaignId) {
        appendKey(out, "campaign_name");
        appendText(out, campaignName);
    }
    appendKey(out, "campaign_pct");
    out += QByteArray::number(campaignPct);
    appendKey(out, "credit");
    appendText(out, creditCode);
    appendKey(out, "credit_pct");
    out += QByteArray::number(creditPct);
    appendKey(out, "green_amount");
    out += QByteArray::number(greenFen);
    appendKey(out, "green_points");
    out += QByteArray::number(greenPoints);
    appendKey(out, "green_rate");
    out += QByteArray::number(greenRatePer100);
    appendKey(out, "points");
    out += QByteArray::number(points);
    appendKey(out, "rate");
    out += QByteArray::number(ratePer100);
    appendKey(out, "rate_code");
    appendText(out, rateCode);
    appendKey(out, "tier");
    appendText(out, tierCode);
    appendKey(out, "tier_pct");
    out += QByteArray::number(tierPct);
    out += '}';
    return QString::fromUtf8(out);
}

EarningBreakdown EarningBreakdown::fromJson(const QJsonObject &o)
{
    EarningBreakdown b;
    b.amountFen = o.value(QStringLiteral("amount")).toInteger();
    b.rateCode = o.value(QStringLiteral("rate_code")).toString();
    b.ratePer100 = o.value(QStringLiteral("rate")).toInt();
    b.tierCode = o.value(QStringLiteral("tier")).toString();
    b.tierPct = o.value(QStringLiteral("tier_pct")).toInt();
    b.creditCode = o.value(QStringLiteral("credit")).toString();
    b.creditPct = o.value(QStringLiteral("credit_pct")).toInt();
    b.campaignPct = o.value(QStringLiteral("campaign_pct")).toInt();
    if (!o.value(QStringLiteral("campaign_id")).isNull())
        b.campaignId = o.value(QStringLiteral("campaign_id")).toInteger();
    b.points = o.value(QStringLiteral("points")).toInteger();
    b.greenFen = o.value(QStringLiteral("green_amount")).toInteger();
    b.greenRatePer100 = o.value(QStringLiteral("green_rate")).toInteger();
    b.greenPoints = o.value(QStringLiteral("green_points")).toInteger();
    b.bonusPoints = o.value(QStringLiteral("bonus_points")).toInteger();
    b.campaignCode = o.value(QStringLiteral("campaign_code")).toString();
    b.campaignName = o.value(QStringLiteral("campaign_name")).toString();
    b.campaignExtra = o.value(QStringLiteral("campaign_extra")).toInteger();
    b.campaignCut = o.value(QStringLiteral("campaign_cut")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("bonuses")).toArray()) {
        const QJsonObject bonus = v.toObject();
        b.bonuses << CampaignBonus{bonus.value(QStringLiteral("campaign_id")).toInteger(), bonus.value(QStringLiteral("campaign_code")).toString(),
                                   bonus.value(QStringLiteral("campaign_name")).toString(), bonus.value(QStringLiteral("points")).toInteger()};
    }
    return b;
}

QString EarningBreakdown::explain() const
{
    const QString perYuan = ratePer100 % 100 == 0 ? QString::number(ratePer100 / 100)
                                                  : QString::number(ratePer100 / 100.0, 'f', 2); // display only
    QString text = QCoreApplication::translate("pd::EarningBreakdown", "¥%1 × %2 pt/¥ × %3 %4 % × %5 %6 %")
                       .arg(points::displayYuan(amountFen), perYuan, tierName(tierCode))
                       .arg(tierPct)
                       .arg(creditName(creditFromCode(creditCode).value_or(CreditStanding::Normal)))
                       .arg(creditPct);
    if (campaignPct != 100)
        text += campaignName.isEmpty() ? QCoreApplication::translate("pd::EarningBreakdown", " × campaign %1 %").arg(campaignPct)
                                       : QCoreApplication::translate("pd::EarningBreakdown", " × %1 %2 %").arg(campaignName).arg(campaignPct);
    if (campaignCut)
        text += QCoreApplication::translate("pd::EarningBreakdown", " (the campaign's part cut to %1 by its budget)").arg(campaignExtra);
    text += QCoreApplication::translate("pd::EarningBreakdown", " = %1 points").arg(pd::points::displayPoints(points));
    if (greenPoints > 0)
        text += QCoreApplication::translate("pd::EarningBreakdown", ", + %1 green points").arg(pd::points::displayPoints(greenPoints));
    if (bonusPoints > 0)
        text += QCoreApplication::translate("pd::EarningBreakdown", ", + %1 bonus points").arg(pd::points::displayPoints(bonusPoints));
    return text;
}

QString EarningBreakdown::campaignLine() const
{
    QStringList parts;
    if (campaignId) {
        const QString factor = campaignPct % 100 == 0 ? QString::number(campaignPct / 100) : QString::number(campaignPct / 100.0, 'f', 2); // display only
        parts << QCoreApplication::translate("pd::EarningBreakdown", "%1 ×%2: +%3").arg(campaignName, factor, points::displayPoints(campaignExtra));
    }
    for (const CampaignBonus &bonus : bonuses)
        parts << QCoreApplication::translate("pd::EarningBreakdown", "%1: +%2").arg(bonus.campaignName, points::displayPoints(bonus.points));
    return parts.join(QCoreApplication::translate("pd::EarningBreakdown", "; "));
}

} // namespace pd

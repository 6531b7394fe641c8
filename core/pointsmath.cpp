#include "pointsmath.h"

#include "core/clock.h"

#include <QLocale>
#include <QRegularExpression>

namespace pd::points {

namespace {
__extension__ typedef __int128 i128; // GCC and Clang on 64-bit targets
constexpr i128 kTenPow10 = 10'000'000'000LL;
} // namespace

qint64 earned(qint64 amountFen, qint64 ratePer100, qint64 tierPct, qint64 creditPct, qint64 campaignPct)
{
    const i128 product = i128(amountFen) * ratePer100 * tierPct * creditPct * campaignPct;
    return qint64(product / kTenPow10); // all factors are ≥ 0: division truncates = floor
}

qint64 changePermille(qint64 now, qint64 nowDays, qint64 before, qint64 beforeDays)
{
    return qint64((i128(now) * beforeDays - i128(before) * nowDays) * 1000 / (i128(before) * nowDays));
}

qint64 green(qint64 greenFen, qint64 greenRatePer100)
{
    return qint64(i128(greenFen) * greenRatePer100 / 10'000);
}

qint64 clawback(qint64 receiptPoints, qint64 returnedSoFarFen, qint64 receiptAmountFen, qint64 alreadyClawedBack)
{
    if (receiptAmountFen <= 0)
        return 0;
    return qint64(i128(receiptPoints) * returnedSoFarFen / receiptAmountFen) - alreadyClawedBack;
}

qint64 redemptionPrice(qint64 listPrice, bool goodCredit)
{
    if (!goodCredit)
        return listPrice;
    return qint64((i128(listPrice) * 95 + 99) / 100);
}

qint64 redemptionTotal(qint64 unitPrice, qint64 quantity)
{
    const i128 total = i128(unitPrice) * quantity;
    return total > i128(1'000'000'000'000'000) ? -1 : qint64(total);
}

Status checkDeduction(qint64 pointsUsed, qint64 amountPaidFen, qint64 pointValueFen, qint64 balance)
{
    const auto fail = [](const QString &message) {
        return makeError(ErrorCode::InvalidInput, message, QStringLiteral("points_used"));
    };
    if (pointsUsed < 0)
        return fail(QCoreApplication::translate("pd::Points", "Points used cannot be negative."));
    if (pointsUsed == 0)
        return {};
    const i128 value = i128(pointsUsed) * pointValueFen;
    if (value % 100 != 0)
        return fail(QCoreApplication::translate("pd::Points", "Points can pay whole yuan only: %1 points are worth %2 yuan.")
                        .arg(pointsUsed)
                        .arg(formatYuan(qint64(value))));
    if (value > amountPaidFen) // value ≤ 50 % × (paid + value)  ⇔  value ≤ paid
        return fail(QCoreApplication::translate("pd::Points", "Points can pay at most half of the bill: ¥%1 of points on ¥%2 paid.")
                        .arg(formatYuan(qint64(value)), formatYuan(amountPaidFen)));
    if (pointsUsed > balance)
        return fail(QCoreApplication::translate("pd::Points", "The member has only %1 points; %2 were to be used.")
                        .arg(balance)
                        .arg(pointsUsed));
    return {};
}

Result<ExpiryPolicy> ExpiryPolicy::parse(const QString &text)
{
    static const QRegularExpression rolling(QStringLiteral("^rolling\\s+([1-9][0-9]?)\\z"));
    ExpiryPolicy p;
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("annual"))
        return p;
    if (t == QLatin1String("never")) {
        p.kind = Kind::Never;
        return p;
    }
    const auto m = rolling.match(t);
    if (m.hasMatch()) {
        p.kind = Kind::Rolling;
        p.months = m.captured(1).toInt();
        return p;
    }
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("pd::Points", "An expiry policy is \"annual\", \"rolling N\" (N months, 1 to 99) or \"never\"."),
                     QStringLiteral("expiry_policy"));
}

QString ExpiryPolicy::toString() const
{
    switch (kind) {
    case Kind::Annual: return QStringLiteral("annual");
    case Kind::Rolling: return QStringLiteral("rolling %1").arg(months);
    case Kind::Never: return QStringLiteral("never");
    }
    return {};
}

QDateTime startOfBusinessDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), programmeTimeZone()).toUTC();
}

QDateTime ExpiryPolicy::expiryFor(const QDateTime &businessTime) const
{
    const QDate local = businessTime.toTimeZone(programmeTimeZone()).date();
    switch (kind) {
    case Kind::Annual: // the end of 31 December of the next year
        return startOfBusinessDay(QDate(local.year() + 2, 1, 1));
    case Kind::Rolling: { // the end of the month N months after earning
        const QDate firstOfMonth(local.year(), local.month(), 1);
        return startOfBusinessDay(firstOfMonth.addMonths(months + 1));
    }
    case Kind::Never:
        return {};
    }
    return {};
}

Result<qint64> parseYuan(const QString &raw, const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,7})(?:\\.([0-9]{1,2}))?\\z"));
    const QString text = raw.trimmed();
    const auto m = pattern.match(text);
    if (!m.hasMatch()) {
        QString why = QCoreApplication::translate("pd::Points", "\"%1\" is not an amount in yuan such as 368 or 368.50").arg(text);
        if (text.startsWith(QLatin1Char('-')))
            why = QCoreApplication::translate("pd::Points", "an amount cannot be negative");
        else if (text.contains(QLatin1Char('.')) && text.section(QLatin1Char('.'), 1).size() > 2)
            why = QCoreApplication::translate("pd::Points", "an amount has at most two decimals (fen)");
        return makeError(ErrorCode::InvalidInput, why, field);
    }
    const qint64 yuan = m.captured(1).toLongLong();
    QString decimals = m.captured(2);
    while (decimals.size() < 2)
        decimals += QLatin1Char('0');
    const qint64 fen = yuan * 100 + decimals.toLongLong();
    if (fen > kMaxReceiptFen)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("pd::Points", "an amount above ¥1,000,000 is refused"), field);
    return fen;
}

QString formatYuan(qint64 fen)
{
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    const qint64 a = fen < 0 ? -fen : fen;
    return sign + QString::number(a / 100) + QLatin1Char('.') + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString displayYuan(qint64 fen)
{
    // integers only: the yuan grouped by the locale, the fen appended after its decimal point
    const QLocale locale;
    const QString sign = fen < 0 ? locale.negativeSign() : QString();
    const qint64 a = fen < 0 ? -fen : fen;
    return sign + locale.toString(a / 100) + locale.decimalPoint() + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString displayPoints(qint64 points)
{
    return QLocale().toString(points);
}

} // namespace pd::points

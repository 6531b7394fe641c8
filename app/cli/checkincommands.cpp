#include "clicontext.h"

#include "core/checkins/checkinservice.h"
#include "core/io/timeparse.h"
#include "core/members/memberservice.h"
#include "core/pointsmath.h"

#include <QCommandLineParser>

namespace pd::cli {

// What the member hears at the desk: the day, the card, the points and the streak.
QString checkinSummary(const CheckinOutcome &out)
{
    if (out.alreadyDone)
        return QCoreApplication::translate("pd::cli", "Already checked in for %1: nothing changed.").arg(out.date.toString(Qt::ISODate));
    QString line = QCoreApplication::translate("pd::cli", "Checked in for %1 (%2, %3): %4 points; streak %5 days.")
                       .arg(out.date.toString(Qt::ISODate), out.campaignName, makeupCardName(out.card), points::displayPoints(out.total()))
                       .arg(out.streakLength);
    for (const streaks::Bonus &b : out.bonuses)
        line += QLatin1Char('\n') + QCoreApplication::translate("pd::cli", "  streak bonus for day %1 of the streak (%2): +%3")
                                       .arg(b.streakDay)
                                       .arg(b.date.toString(Qt::ISODate), points::displayPoints(b.points));
    if (out.cardPoints > 0)
        line += QLatin1Char('\n') + QCoreApplication::translate("pd::cli", "  make-up card: −%1").arg(points::displayPoints(out.cardPoints));
    return line + QLatin1Char('\n') + QCoreApplication::translate("pd::cli", "Balance: %1").arg(points::displayPoints(out.balanceAfter));
}

int runCheckin(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("store"), QString(), QStringLiteral("code")});
    p.addOption({QStringLiteral("for-date"), QString(), QStringLiteral("date")});
    if (!p.parse(QStringList{QStringLiteral("checkin")} + args) || p.positionalArguments().size() != 1)
        return c.usage(QStringLiteral("pointsdesk-cli checkin CARD [--store CODE] [--for-date YYYY-MM-DD]"));
    CheckinInput in;
    in.cardNo = p.positionalArguments().constFirst();
    in.time = c.clock.nowUtc();
    if (p.isSet(QStringLiteral("for-date"))) {
        auto day = parseIsoDate(p.value(QStringLiteral("for-date")), QStringLiteral("for-date"));
        if (!day)
            return c.fail(day.error());
        in.forDate = day.value();
    }
    if (p.isSet(QStringLiteral("store"))) {
        in.storeCode = p.value(QStringLiteral("store"));
    } else { // the member's home store
        auto member = MemberService(*c.db, c.clock).memberByCard(c.session, in.cardNo);
        if (!member)
            return c.fail(member.error());
        in.storeCode = member->storeCode;
    }
    auto out = CheckinService(*c.db, c.clock).post(c.session, in);
    if (!out)
        return c.fail(out.error());
    c.out << checkinSummary(out.value()) << Qt::endl;
    return kOk;
}

} // namespace pd::cli

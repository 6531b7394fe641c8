#include "clicontext.h"

#include "core/campaigns/badgeawards.h"
#include "core/checkins/checkinservice.h"
#include "core/io/timeparse.h"
#include "core/members/memberservice.h"
#include "core/pointsmath.h"

#include <QCommandLineParser>

namespace pd::cli {

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
    c.out << checkinOutcomeText(out.value()) << Qt::endl;
    return kOk;
}

// Collecting a completed badge collection's prize at the desk.
int runCollectPrize(Context &c, const QStringList &args)
{
    if (args.size() != 2)
        return c.usage(QStringLiteral("pointsdesk-cli collect-prize CARD CAMPAIGN"));
    auto prize = badgeawards::collectPrize(*c.db, c.clock, c.session, args.at(0), args.at(1));
    if (!prize)
        return c.fail(prize.error());
    c.out << QCoreApplication::translate("pd::cli", "Prize %1 of %2 collected by card %3.").arg(prize->itemName, prize->campaignName, args.at(0)) << Qt::endl;
    return kOk;
}

// A member's badge collections: each badge, how far, and the prize.
int runBadges(Context &c, const QStringList &args)
{
    if (args.size() != 1)
        return c.usage(QStringLiteral("pointsdesk-cli badges CARD"));
    auto member = MemberService(*c.db, c.clock).memberByCard(c.session, args.constFirst());
    if (!member)
        return c.fail(member.error());
    auto collections = badgeawards::collectionsOf(*c.db, c.clock, c.session, member->id);
    if (!collections)
        return c.fail(collections.error());
    c.out << "campaign,badge,have,need,held,complete,prize_collected" << Qt::endl;
    for (const badgeawards::Collection &col : collections.value())
        for (qsizetype i = 0; i < col.progress.size(); ++i) {
            const badgerules::Progress &p = col.progress.at(i);
            // spend in yuan, as the CSV files write amounts
            const bool yuan = col.campaign.badgeSet.badges.at(i).rule == BadgeRuleKind::Spend;
            const auto figure = [yuan](qint64 n) { return yuan ? points::formatYuan(n) : QString::number(n); };
            c.out << QStringList{col.campaign.code, p.code, figure(p.have), figure(p.need),
                                 col.complete || col.held.contains(p.code) ? QStringLiteral("yes") : QStringLiteral("no"),
                                 col.complete ? QStringLiteral("yes") : QStringLiteral("no"), col.prizeCollectedAt.isEmpty() ? QString() : QStringLiteral("yes")}
                         .join(QLatin1Char(','))
                  << Qt::endl;
        }
    return kOk;
}

} // namespace pd::cli

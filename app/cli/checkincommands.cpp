#include "clicontext.h"

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

} // namespace pd::cli

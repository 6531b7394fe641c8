#include "clicontext.h"

#include "core/members/memberservice.h"
#include "core/pointsmath.h"
#include "core/redemption/redemptioncancel.h"
#include "core/redemption/redemptionservice.h"

#include <QCommandLineParser>

namespace pd::cli {

namespace {

// "--qty N": a whole number from 1 up, or an error naming the option.
Result<int> parseQuantity(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 1)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("pd::cli", "\"%1\" is not a quantity (a whole number from 1).").arg(text),
                         QStringLiteral("qty"));
    return n;
}

// Without --store a redemption belongs to the member's home store.
// Where a redemption without --store is made: the member's home store.
Result<QString> homeStore(Database &db, const Clock &clock, const Session &session, const QString &cardNo)
{
    auto member = MemberService(db, clock).memberByCard(session, cardNo);
    if (!member)
        return member.error();
    return member->storeCode;
}

} // namespace

int runRedeem(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("qty"), QString(), QStringLiteral("n"), QStringLiteral("1")});
    p.addOption({QStringLiteral("number"), QString(), QStringLiteral("no")});
    p.addOption({QStringLiteral("store"), QString(), QStringLiteral("code")});
    if (!p.parse(QStringList{QStringLiteral("redeem")} + args) || p.positionalArguments().size() != 2)
        return c.usage(QStringLiteral("pointsdesk-cli redeem CARD ITEM [--qty N] [--number NO] [--store CODE]"));
    auto qty = parseQuantity(p.value(QStringLiteral("qty")));
    if (!qty)
        return c.fail(qty.error());
    RedemptionInput in;
    in.cardNo = p.positionalArguments().at(0);
    in.itemCode = p.positionalArguments().at(1);
    in.quantity = qty.value();
    in.redemptionNo = p.isSet(QStringLiteral("number")) ? p.value(QStringLiteral("number")) : RedemptionService::newNumber(c.clock);
    in.businessTime = c.clock.nowUtc();
    if (p.isSet(QStringLiteral("store"))) {
        in.storeCode = p.value(QStringLiteral("store"));
    } else {
        auto store = homeStore(*c.db, c.clock, c.session, in.cardNo);
        if (!store)
            return c.fail(store.error());
        in.storeCode = store.value();
    }
    auto done = RedemptionService(*c.db, c.clock).redeem(c.session, in);
    if (!done)
        return c.fail(done.error());
    if (done->alreadyPosted) {
        c.out << QCoreApplication::translate("pd::cli", "Redemption %1 was already made: %2 points; nothing changed.").arg(in.redemptionNo).arg(done->points)
              << Qt::endl;
        return kOk;
    }
    c.out << QCoreApplication::translate("pd::cli", "Redemption %1: %2 × %3 for %4 points%5; balance now %6.")
                 .arg(in.redemptionNo)
                 .arg(done->quantity)
                 .arg(done->itemName)
                 .arg(done->points)
                 .arg(done->cashFen > 0 ? QCoreApplication::translate("pd::cli", " and ¥%1 cash").arg(points::formatYuan(done->cashFen)) : QString())
                 .arg(done->balanceAfter)
          << Qt::endl;
    return kOk;
}

int runCancelRedemption(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("qty"), QString(), QStringLiteral("n")});
    p.addOption({QStringLiteral("store"), QString(), QStringLiteral("code")});
    p.addOption({QStringLiteral("reason"), QString(), QStringLiteral("text"), QStringLiteral("cancelled")});
    p.addOption({QStringLiteral("compensation"), QString(), QStringLiteral("points"), QStringLiteral("0")});
    if (!p.parse(QStringList{QStringLiteral("cancel-redemption")} + args) || p.positionalArguments().size() != 1)
        return c.usage(QStringLiteral("pointsdesk-cli cancel-redemption NO [--qty N] [--store CODE] [--reason TEXT] [--compensation POINTS]"));
    CancellationInput in;
    in.redemptionNo = p.positionalArguments().constFirst();
    in.storeCode = p.value(QStringLiteral("store"));
    in.reason = p.value(QStringLiteral("reason"));
    if (p.isSet(QStringLiteral("qty"))) {
        auto qty = parseQuantity(p.value(QStringLiteral("qty")));
        if (!qty)
            return c.fail(qty.error());
        in.quantity = qty.value();
    }
    bool ok = false;
    in.compensationPoints = p.value(QStringLiteral("compensation")).toLongLong(&ok);
    if (!ok)
        return c.usage(QStringLiteral("--compensation POINTS (a whole number)"));
    auto done = RedemptionCancelService(*c.db, c.clock).cancel(c.session, in);
    if (!done)
        return c.fail(done.error());
    c.out << QCoreApplication::translate("pd::cli", "Cancelled %1 of redemption %2: %3 points back (%4 to their lots, %5 in a new lot), balance now %6.")
                 .arg(done->quantity)
                 .arg(done->redemption.number)
                 .arg(done->points)
                 .arg(done->toOriginalLots)
                 .arg(done->toNewLot)
                 .arg(done->balanceAfter)
          << Qt::endl;
    if (done->compensation)
        c.out << (done->compensation->status == QLatin1String("pending")
                      ? QCoreApplication::translate("pd::cli", "Compensation of %1 points waits for approval.")
                      : QCoreApplication::translate("pd::cli", "Compensation of %1 points given."))
                     .arg(done->compensation->delta)
              << Qt::endl;
    return kOk;
}

} // namespace pd::cli

// The mixed workload the crash test kills (issue 6): a seeded, repeatable sequence of
// receipts (some paying with points), returns, redemptions, cancellations and adjustments,
// each through the program's own services, one transaction each. It tells stderr
// "done: I KIND KEY" after each commit, so the test knows what was committed when it killed.
// Run again after a kill, it continues: numbered documents are idempotent in the program
// itself; a cancellation or adjustment already made (found by its reason) is not made again.
#include "core/access/session.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/adjustments/adjustmentservice.h"
#include "core/receipts/receiptservice.h"
#include "core/redemption/redemptioncancel.h"
#include "core/redemption/redemptionservice.h"
#include "core/receipts/returnservice.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace pd;

namespace {

void tell(const char *what, int i, const char *kind, const QString &key)
{
    std::fprintf(stderr, "%s: %d %s %s\n", what, i, kind, qPrintable(key));
    std::fflush(stderr);
}

template<typename T>
Status statusOf(const Result<T> &r)
{
    return r ? Status() : Status(r.error());
}

bool alreadyMade(Database &db, const QString &table, const QString &reason)
{
    auto n = sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM %1 WHERE reason = ?").arg(table), {reason});
    return n && n.value().toLongLong() > 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        std::fprintf(stderr, "usage: pd_crash_workload DB PREFIX SEED OPS MEMBERS FROM\n");
        return 2;
    }
    auto opened = Database::open(args.at(1), QStringLiteral("workload"));
    if (!opened) {
        std::fprintf(stderr, "error: %s\n", qPrintable(opened.error().describe()));
        return 1;
    }
    Database &db = *opened.value();
    const QString prefix = args.at(2);
    QRandomGenerator random(args.at(3).toUInt());
    const int ops = args.at(4).toInt(), members = args.at(5).toInt();
    // after a kill: the operations before FROM were reported, so they are not made again
    // (a refused one might succeed on today's balances); the one at FROM may have committed
    const int from = args.at(6).toInt();
    // one clock for the reference run and the killed one, so both compute the same points
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(4, 0), QTimeZone::utc()));
    const Session session = Session::system(QStringLiteral("crash-workload"));
    const auto card = [&]() { return QString::number(8000000001LL + random.bounded(members)); };
    QStringList receipts, redemptions;
    const char *const items[] = {"DETERGENT", "CARWASH", "LENS"};

    for (int i = 0; i < ops; ++i) {
        const QDateTime when = QDateTime(QDate(2026, 11, 19), QTime(2, 0), QTimeZone::utc()).addSecs(i);
        const quint32 pick = random.bounded(100);
        Status result;
        const bool make = i >= from;
        const char *kind = "";
        QString key;
        if (pick < 45 || receipts.isEmpty()) {
            kind = "receipt";
            key = QStringLiteral("W%1-%2").arg(prefix).arg(i);
            const qint64 used = random.bounded(4) == 0 ? 100 : 0;
            ReceiptInput in{QStringLiteral("NY01"), key, card(), when, QStringLiteral("supermarket"), 500 + random.bounded(50000), 0, used};
            receipts << key;
            if (make)
                result = statusOf(ReceiptService(db, clock).post(session, in));
        } else if (pick < 60) {
            kind = "return";
            key = QStringLiteral("X%1-%2").arg(prefix).arg(i);
            ReturnInput in{QStringLiteral("NY01"), key, receipts.at(random.bounded(int(receipts.size()))), when, 100 + random.bounded(3000)};
            if (make)
                result = statusOf(ReturnService(db, clock).post(session, in));
        } else if (pick < 78) {
            kind = "redeem";
            key = QStringLiteral("D%1-%2").arg(prefix).arg(i);
            RedemptionInput in;
            in.storeCode = QStringLiteral("NY01");
            in.redemptionNo = key;
            in.cardNo = card();
            in.itemCode = QString::fromLatin1(items[random.bounded(3)]);
            in.quantity = 1 + int(random.bounded(2));
            in.businessTime = when;
            redemptions << key;
            if (make)
                result = statusOf(RedemptionService(db, clock).redeem(session, in));
        } else if (pick < 88 && !redemptions.isEmpty()) {
            kind = "cancel";
            key = QStringLiteral("cancel %1-%2").arg(prefix).arg(i);
            CancellationInput in;
            in.redemptionNo = redemptions.at(random.bounded(int(redemptions.size())));
            in.storeCode = QStringLiteral("NY01");
            in.quantity = 1;
            in.reason = key;
            if (make && !alreadyMade(db, QStringLiteral("redemption_cancellations"), key))
                result = statusOf(RedemptionCancelService(db, clock).cancel(session, in));
        } else {
            kind = "adjust";
            key = QStringLiteral("adjust %1-%2").arg(prefix).arg(i);
            const qint64 delta = random.bounded(2) == 0 ? 10 + random.bounded(90) : -(10 + random.bounded(40));
            const QString who = card();
            if (make && !alreadyMade(db, QStringLiteral("adjustments"), key))
                result = statusOf(AdjustmentService(db, clock).request(session, who, delta, key));
        }
        if (!make)
            continue;
        if (result)
            tell("done", i, kind, key);
        else
            tell("refused", i, kind, QStringLiteral("%1 [%2] %3").arg(key, errorCodeName(result.error().code), result.error().message));
    }
    return 0;
}

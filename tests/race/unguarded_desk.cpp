// A deliberately broken desk for the race test: it reads the stock before its transaction
// and writes back "what I read − 1", the read-then-write mistake that let clerks at several
// terminals redeem the same last unit. The race test must see it oversell; the program's
// own redemption (a guarded update in the transaction) must not.
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/ledger/ledger.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace pd;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: pd_unguarded_desk DB CARD ITEM NUMBER\n");
        return 2;
    }
    const QString card = args.at(2), item = args.at(3), number = args.at(4);
    auto db = Database::open(args.at(1), QStringLiteral("desk"));
    if (!db) {
        std::fprintf(stderr, "error: %s\n", qPrintable(db.error().describe()));
        return 1;
    }
    SystemClock clock;
    const QSqlDatabase c = db.value()->connection();
    auto read = sql::run(c, QStringLiteral("SELECT id, stock, points_price FROM catalog_items WHERE code = ?"), {item});
    if (!read || !read.value().next()) {
        std::fprintf(stderr, "error: no item\n");
        return 1;
    }
    const qint64 itemId = read.value().value(0).toLongLong();
    const qint64 stock = read.value().value(1).toLongLong();
    const qint64 price = read.value().value(2).toLongLong();
    read.value().finish();
    QThread::msleep(20); // the cashier looks at the screen before confirming
    if (stock < 1) {
        std::fprintf(stderr, "error: stock: out of stock\n");
        return 1;
    }
    WriteTransaction tx(*db.value());
    Status s = tx.begin();
    if (s)
        s = sql::run(c, QStringLiteral("UPDATE catalog_items SET stock = ? WHERE id = ?"), {stock - 1, itemId}).ok()
                ? Status()
                : Status(makeError(ErrorCode::Database, QStringLiteral("stock update failed")));
    Ledger ledger(*db.value(), clock);
    auto member = ledger.lockMemberByCard(card);
    if (s && !member)
        s = member.error();
    if (s) {
        EntrySource source;
        source.businessTime = clock.nowUtc();
        source.reference = QStringLiteral("redemption:NY01/") + number;
        auto entry = ledger.spend(member.value(), price, EntryKind::Redeem, source);
        if (!entry)
            s = entry.error();
        else if (auto ins = sql::run(c,
                                     QStringLiteral("INSERT INTO redemptions (store_id, redemption_no, member_id, item_id, quantity, unit_points, "
                                                    "points, cash_fen, entry_id, business_time, content, posted_at) "
                                                    "SELECT id, ?, ?, ?, 1, ?, ?, 0, ?, ?, ?, ? FROM stores WHERE code = 'NY01'"),
                                     {number, member->id, itemId, price, price, entry.value(), toStoredTime(clock.nowUtc()), number,
                                      toStoredTime(clock.nowUtc())});
                 !ins)
            s = ins.error();
    }
    if (s)
        s = tx.commit();
    if (!s) {
        std::fprintf(stderr, "error: %s\n", qPrintable(s.error().describe()));
        return 1;
    }
    std::printf("redeemed %s\n", qPrintable(number));
    return 0;
}

#pragma once

#include "core/demo/demodata.h"
#include "core/integrity/invariants.h"
#include "core/receipts/receiptservice.h"
#include "core/receipts/returnservice.h"
#include "core/members/memberservice.h"
#include "core/db/sql.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

namespace pd::test {

// A programme with stores NY01 (supermarket) and EYE01 (eyewear partner) and members
// 8000000001… (from the demo data), at a fixed clock.
struct LedgerWorld
{
    explicit LedgerWorld(int members = 5) : clock(QDateTime(QDate(2027, 6, 1), QTime(12, 0), QTimeZone::utc()))
    {
        if (!t.isValid())
            return;
        DemoOptions o;
        o.members = members;
        ok = DemoData(t.db(), clock, PasswordHasher(PasswordHasher::fastForTests())).create(Session::system({}), o).ok();
        // demo members start at normal credit unless told otherwise
        t.exec("UPDATE members SET credit = 'normal'");
    }

    static QString card(int n) { return QStringLiteral("80000000%1").arg(n, 2, 10, QLatin1Char('0')); }
    static QDateTime at(const QString &local) { return QDateTime::fromString(local, Qt::ISODate).toTimeZone(QTimeZone::utc()); }
    static QDateTime local(int y, int m, int d, int h = 12)
    {
        return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toUTC();
    }

    Result<ReceiptOutcome> receipt(const QString &no, int member, qint64 amountFen, const QDateTime &when,
                                   const QString &scenario = QStringLiteral("supermarket"), qint64 greenFen = 0, qint64 used = 0,
                                   const QString &store = QStringLiteral("NY01"))
    {
        ReceiptInput in{store, no, card(member), when, scenario, amountFen, greenFen, used};
        return ReceiptService(t.db(), clock).post(admin, in);
    }

    Result<ReturnOutcome> giveBack(const QString &no, const QString &receiptNo, qint64 amountFen, const QDateTime &when,
                                   const QString &store = QStringLiteral("NY01"))
    {
        return ReturnService(t.db(), clock).post(admin, ReturnInput{store, no, receiptNo, when, amountFen});
    }

    struct Points { qint64 balance, debt; QString tier; };
    Points points(int member)
    {
        auto q = sql::run(t.db().connection(), "SELECT balance, debt, tier FROM members WHERE card_no = ?", {card(member)});
        q.value().next();
        Points p{q.value().value(0).toLongLong(), q.value().value(1).toLongLong(), q.value().value(2).toString()};
        q.value().finish();
        return p;
    }

    QString invariantProblems()
    {
        auto r = checkLedgerInvariants(t.db());
        return r.ok() ? r->problems.join('\n') : r.error().describe();
    }

    TestDatabase t;
    FixedClock clock;
    Session admin = Session::system(QStringLiteral("tester"));
    bool ok = false;
    // after every scenario: both chains, the invariants and the daily totals
    VerifiedAtEnd verified{t.isValid() ? &t.db() : nullptr};
};

} // namespace pd::test

#define PD_LEDGER_WORLD(name, ...)                                                              \
    pd::test::LedgerWorld name{__VA_ARGS__};                                                   \
    QVERIFY2(name.t.isValid() && name.ok, qPrintable(name.t.error()))

#pragma once

#include "core/catalog/catalogservice.h"
#include "core/redemption/redemptioncancel.h"
#include "core/redemption/redemptionservice.h"
#include "ledgerfixture.h"

namespace pd::test {

// The ledger world with a catalog: items are made per test, redemptions go through the
// real services at the world's clock.
struct RedemptionWorld : LedgerWorld
{
    using LedgerWorld::LedgerWorld;

    static CatalogItem item(const QString &code, qint64 points, std::optional<qint64> stock = std::nullopt)
    {
        CatalogItem i;
        i.code = code;
        i.name = QStringLiteral("Item ") + code;
        i.category = CatalogCategory::Daily;
        i.pointsPrice = points;
        i.retailValueFen = points * 10;
        i.stock = stock;
        i.status = ItemStatus::Active;
        return i;
    }

    bool add(const CatalogItem &i) { return CatalogService(t.db(), clock).create(admin, i).ok(); }

    RedemptionInput input(const QString &no, int member, const QString &code, int qty = 1)
    {
        return RedemptionInput{QStringLiteral("NY01"), no, card(member), code, qty, clock.nowUtc()};
    }
    Result<RedemptionOutcome> redeem(const QString &no, int member, const QString &code, int qty = 1)
    {
        return RedemptionService(t.db(), clock).redeem(admin, input(no, member, code, qty));
    }
    Result<CancellationOutcome> cancel(const QString &no, std::optional<int> qty = std::nullopt, qint64 compensation = 0,
                                       const Session *as = nullptr)
    {
        CancellationInput in;
        in.redemptionNo = no;
        in.quantity = qty;
        in.reason = QStringLiteral("quality problem");
        in.compensationPoints = compensation;
        return RedemptionCancelService(t.db(), clock).cancel(as ? *as : admin, in);
    }
    std::optional<qint64> stock(const QString &code)
    {
        auto v = sql::scalar(t.db().connection(), "SELECT stock FROM catalog_items WHERE code = ?", {code});
        return v.value().isNull() ? std::nullopt : std::optional<qint64>(v.value().toLongLong());
    }
    // Points to spend: one receipt of `yuan` at the start of this year.
    bool give(int member, qint64 yuan, const QString &no)
    {
        return receipt(no, member, yuan * 100, clock.nowUtc().addDays(-1)).ok();
    }
};

} // namespace pd::test

#define PD_REDEMPTION_WORLD(name, ...)                                                          \
    pd::test::RedemptionWorld name{__VA_ARGS__};                                               \
    QVERIFY2(name.t.isValid() && name.ok, qPrintable(name.t.error()))

#include "scenarios.h"

#include "core/db/database.h"
#include "core/db/sql.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace pd {

QString scenarioName(const QString &code, const QString &ownName)
{
    if (!ownName.isEmpty())
        return ownName;
    static const QHash<QString, const char *> names = {
        {QStringLiteral("supermarket"), QT_TRANSLATE_NOOP("pd::Scenario", "Supermarket")},
        {QStringLiteral("dining"), QT_TRANSLATE_NOOP("pd::Scenario", "Dining")},
        {QStringLiteral("online"), QT_TRANSLATE_NOOP("pd::Scenario", "Online shop")},
        {QStringLiteral("travel"), QT_TRANSLATE_NOOP("pd::Scenario", "Travel booking")},
        {QStringLiteral("fuel"), QT_TRANSLATE_NOOP("pd::Scenario", "Fuel")},
        {QStringLiteral("utility"), QT_TRANSLATE_NOOP("pd::Scenario", "Utility bills")},
        {QStringLiteral("partner:eyewear"), QT_TRANSLATE_NOOP("pd::Scenario", "Partner: eyewear")},
        {QStringLiteral("partner:hometex"), QT_TRANSLATE_NOOP("pd::Scenario", "Partner: home textiles")},
        {QStringLiteral("partner:auto4s"), QT_TRANSLATE_NOOP("pd::Scenario", "Partner: car 4S dealer")},
    };
    const auto it = names.constFind(code);
    return it == names.cend() ? code : QCoreApplication::translate("pd::Scenario", *it);
}

QString EarningRate::name() const
{
    return scenarioName(code, ownName);
}

namespace scenarios {

Result<QList<EarningRate>> list(Database &db)
{
    auto rows = sql::run(db.connection(), QStringLiteral("SELECT code, rate_per_100, name FROM earning_rates"));
    if (!rows)
        return rows.error();
    QList<EarningRate> rates;
    while (rows.value().next())
        rates.append({rows->value(0).toString(), rows->value(1).toInt(), rows->value(2).toString(), {}});
    auto stores = sql::run(db.connection(), QStringLiteral("SELECT partner_code, code FROM stores WHERE partner_code IS NOT NULL "
                                                           "AND partner_code <> '' ORDER BY code"));
    if (!stores)
        return stores.error();
    while (stores.value().next()) {
        const QString partner = QStringLiteral("partner:") + stores->value(0).toString();
        for (EarningRate &r : rates)
            if (r.code == partner)
                r.stores << stores->value(1).toString();
    }
    static const QStringList seeds = {QStringLiteral("supermarket"), QStringLiteral("dining"), QStringLiteral("online"),
                                      QStringLiteral("travel"),      QStringLiteral("fuel"),   QStringLiteral("utility")};
    const auto rank = [](const EarningRate &r) {
        return seeds.contains(r.code) ? int(seeds.indexOf(r.code)) : int(seeds.size()) + (r.isPartner() ? 0 : 1);
    };
    std::stable_sort(rates.begin(), rates.end(), [&](const EarningRate &a, const EarningRate &b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a.code < b.code;
    });
    return rates;
}

Result<QList<EarningRate>> partners(Database &db)
{
    auto all = list(db);
    if (!all)
        return all;
    QList<EarningRate> only;
    std::copy_if(all->cbegin(), all->cend(), std::back_inserter(only), [](const EarningRate &r) { return r.isPartner(); });
    return only;
}

QString nameIn(const QList<EarningRate> &rates, const QString &code)
{
    for (const EarningRate &r : rates)
        if (r.code == code)
            return r.name();
    return scenarioName(code);
}

} // namespace scenarios

} // namespace pd

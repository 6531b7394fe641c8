#pragma once

#include "core/result.h"

#include <QList>
#include <QStringList>

namespace pd {

class Database;

// An earning scenario (supermarket, dining …) or a partner merchant (partner:<code>), with the
// points it earns per ¥100. The seeds' scenarios have translated names; those the programme
// adds, and its partner merchants, have names of their own.
struct EarningRate
{
    static constexpr int kMaxRate = 10000;
    static constexpr int kMaxNameLength = 40;

    QString code;
    int ratePer100 = 0;
    QString ownName;      // empty: the translated name of a seeds' scenario, or the code
    QStringList stores;   // a partner's stores (their codes), linked on the stores screen

    bool isPartner() const { return code.startsWith(QLatin1String("partner:")); }
    // eyewear for partner:eyewear: what stores and catalog items name the partner by
    QString partnerCode() const { return isPartner() ? code.mid(8) : QString(); }
    QString name() const;
};

// A readable name for a scenario code: its own name when it has one, else the translated name of
// a seeds' scenario ("partner:eyewear" → "Partner: eyewear"), else the code.
QString scenarioName(const QString &code, const QString &ownName = QString());

namespace scenarios {

// Every scenario, the seeds' own first in their order, then partner merchants (with their
// stores), then the others.
Result<QList<EarningRate>> list(Database &db);
// The partner merchants only, in the same order.
Result<QList<EarningRate>> partners(Database &db);
// The name shown for a code among listed scenarios (the code's own when it is not listed).
QString nameIn(const QList<EarningRate> &rates, const QString &code);

} // namespace scenarios

} // namespace pd

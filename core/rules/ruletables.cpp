#include "ruletables.h"

#include <algorithm>
#include <limits>

namespace pd {

namespace {
const char *const kRates = "pd::EarningRatesModel";
const char *const kTiers = "pd::TiersModel";

// A whole number from an editor, or nothing when the value is not one in [min, max].
std::optional<qint64> wholeNumber(const QVariant &value, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (!ok || n < min || n > max)
        return std::nullopt;
    return n;
}
} // namespace

EarningRatesModel::EarningRatesModel(Database &db, QObject *parent)
    : RecordListModel<EarningRate>(
          kRates,
          {
              {QT_TRANSLATE_NOOP("pd::EarningRatesModel", "Scenario"), [](const EarningRate &r) { return QVariant(r.name()); },
               [](EarningRate &r, const QVariant &value) -> std::optional<QString> {
                   const QString name = value.toString().trimmed();
                   if (name.size() > EarningRate::kMaxNameLength)
                       return QCoreApplication::translate("pd::EarningRatesModel", "A name has at most %1 characters.").arg(EarningRate::kMaxNameLength);
                   // the translated name left as it was, or cleared, is no name of its own
                   r.ownName = name == scenarioName(r.code) ? QString() : name;
                   if (r.ownName.isEmpty() && scenarioName(r.code) == r.code)
                       return QCoreApplication::translate("pd::EarningRatesModel", "%1 needs a name.").arg(r.code);
                   return std::nullopt;
               }},
              {QT_TRANSLATE_NOOP("pd::EarningRatesModel", "Code"), [](const EarningRate &r) { return QVariant(r.code); }},
              {QT_TRANSLATE_NOOP("pd::EarningRatesModel", "Points per ¥100"), [](const EarningRate &r) { return QVariant(r.ratePer100); },
               [](EarningRate &r, const QVariant &value) -> std::optional<QString> {
                   const auto n = wholeNumber(value, 0, kMaxRate);
                   if (!n)
                       return QCoreApplication::translate("pd::EarningRatesModel", "A rate is a whole number of points from 0 to %1 per ¥100.").arg(kMaxRate);
                   r.ratePer100 = int(*n);
                   return std::nullopt;
               }},
              {QT_TRANSLATE_NOOP("pd::EarningRatesModel", "Stores"), [](const EarningRate &r) { return QVariant(r.stores.join(QStringLiteral(", "))); }},
          },
          [&db] { return scenarios::list(db); },
          parent)
{
}

TiersModel::TiersModel(Database &db, QObject *parent)
    : RecordListModel<Tier>(
          kTiers,
          {
              {QT_TRANSLATE_NOOP("pd::TiersModel", "Tier"), [](const Tier &t) { return QVariant(tierName(t.code)); }},
              {QT_TRANSLATE_NOOP("pd::TiersModel", "From ¥ (12 months)"), [](const Tier &t) { return QVariant(int(std::min<qint64>(t.thresholdFen / 100, std::numeric_limits<int>::max()))); },
               [](Tier &t, const QVariant &value) -> std::optional<QString> {
                   const auto n = wholeNumber(value, 0, std::numeric_limits<int>::max());
                   if (!n)
                       return QCoreApplication::translate("pd::TiersModel", "A threshold is a whole number of yuan, at least 0.");
                   t.thresholdFen = *n * 100;
                   return std::nullopt;
               }},
              {QT_TRANSLATE_NOOP("pd::TiersModel", "Multiplier %"), [](const Tier &t) { return QVariant(t.multiplierPct); },
               [](Tier &t, const QVariant &value) -> std::optional<QString> {
                   const auto n = wholeNumber(value, 0, kMaxMultiplierPct);
                   if (!n)
                       return QCoreApplication::translate("pd::TiersModel", "A multiplier is a whole percentage from 0 to %1.").arg(kMaxMultiplierPct);
                   t.multiplierPct = int(*n);
                   return std::nullopt;
               }},
              {QT_TRANSLATE_NOOP("pd::TiersModel", "Perks"), [](const Tier &t) { return QVariant(t.perks); },
               [](Tier &t, const QVariant &value) -> std::optional<QString> {
                   t.perks = value.toString().trimmed();
                   return std::nullopt;
               }},
          },
          [&db]() -> Result<QList<Tier>> {
              auto rules = ProgrammeRules::load(db);
              if (!rules)
                  return rules.error();
              return rules->tiers;
          },
          parent)
{
}

} // namespace pd

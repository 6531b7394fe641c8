#include "storelistmodel.h"

namespace pd {

QString StoreListModel::kindName(const QString &partnerCode, const QString &partnerName)
{
    if (partnerCode.isEmpty()) return QCoreApplication::translate("pd::StoreListModel", "Own store");
    if (!partnerName.isEmpty()) return QCoreApplication::translate("pd::StoreListModel", "Partner: %1").arg(partnerName);
    if (partnerCode == QLatin1String("eyewear")) return QCoreApplication::translate("pd::StoreListModel", "Partner: eyewear");
    if (partnerCode == QLatin1String("hometex")) return QCoreApplication::translate("pd::StoreListModel", "Partner: home textiles");
    if (partnerCode == QLatin1String("auto4s")) return QCoreApplication::translate("pd::StoreListModel", "Partner: car 4S dealer");
    return partnerCode;
}

StoreListModel::StoreListModel(Database &db, const Clock &clock, QObject *parent)
    : RecordListModel<Store>(
          "pd::StoreListModel",
          {
              {QT_TRANSLATE_NOOP("pd::StoreListModel", "Code"), [](const Store &s) { return QVariant(s.code); }},
              {QT_TRANSLATE_NOOP("pd::StoreListModel", "Name"), [](const Store &s) { return QVariant(s.name); }},
              {QT_TRANSLATE_NOOP("pd::StoreListModel", "City"), [](const Store &s) { return QVariant(s.city); }},
              {QT_TRANSLATE_NOOP("pd::StoreListModel", "Kind"), [](const Store &s) { return QVariant(kindName(s.partnerCode, s.partnerName)); }},
          },
          [&db, &clock] { return StoreService(db, clock).stores(); }, parent)
{
}

} // namespace pd

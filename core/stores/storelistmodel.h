#pragma once

#include "core/recordlistmodel.h"
#include "core/stores/storeservice.h"

namespace pd {

class Clock;
class Database;

// The stores and partner merchants of the programme, in code order.
class StoreListModel : public RecordListModel<Store>
{
public:
    enum Column { Code, Name, City, Kind };

    StoreListModel(Database &db, const Clock &clock, QObject *parent = nullptr);

    // "Own store", "Partner: 明视眼镜" (the partner's own name), "Partner: eyewear" …
    static QString kindName(const QString &partnerCode, const QString &partnerName = QString());
};

} // namespace pd

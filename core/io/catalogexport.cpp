#include "catalogexport.h"

#include "core/audit/auditlog.h"
#include "core/access/session.h"
#include "core/catalog/catalogservice.h"
#include "core/io/csvwriter.h"
#include "core/io/importers.h"
#include "core/pointsmath.h"

#include <QIODevice>

namespace pd {

Result<qint64> exportCatalogCsv(Database &db, const Clock &clock, const Session &session, QIODevice *out)
{
    auto items = CatalogService(db, clock).items(session);
    if (!items)
        return items.error();
    if (Status s = AuditLog(db, clock).record(session, QStringLiteral("export.catalog"), QStringLiteral("catalog"), QStringLiteral("*")); !s)
        return s.error();
    out->write(csv::line(Importers::catalogColumns() + Importers::optionalCatalogColumns()));
    for (const CatalogItem &i : items.value()) {
        const QStringList fields{i.code,
                                 i.name,
                                 categoryCode(i.category),
                                 QString::number(i.pointsPrice),
                                 i.cashFen > 0 ? points::formatYuan(i.cashFen) : QString(),
                                 points::formatYuan(i.retailValueFen),
                                 i.stock ? QString::number(*i.stock) : QString(),
                                 i.limitQty ? QString::number(*i.limitQty) : QString(),
                                 i.limitQty ? limitPeriodCode(i.limitPeriod) : QString(),
                                 i.minTier,
                                 i.activeFrom.toString(Qt::ISODate),
                                 i.activeTo.toString(Qt::ISODate),
                                 i.partnerCode};
        if (out->write(csv::line(fields)) < 0)
            return makeError(ErrorCode::Io, QCoreApplication::translate("pd::Import", "The export file could not be written."));
    }
    return qint64(items->size());
}

} // namespace pd

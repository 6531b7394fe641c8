#include "publishedrules.h"

#include "core/db/database.h"
#include "core/db/sql.h"

namespace pd {

Result<std::optional<PublishedRules>> publishedRulesInForce(Database &db, const QDate &day)
{
    auto q = sql::run(db.connection(),
                      QStringLiteral("SELECT version, effective_from FROM rules_versions WHERE effective_from IS NOT NULL AND effective_from <= ? "
                                     "ORDER BY effective_from DESC, version DESC LIMIT 1"),
                      {day.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<PublishedRules>();
    const PublishedRules rules{q->value(0).toInt(), QDate::fromString(q->value(1).toString(), Qt::ISODate)};
    q.value().finish(); // a statement left open keeps this connection's reads in the past
    return std::optional<PublishedRules>(rules);
}

} // namespace pd

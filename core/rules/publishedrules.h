#pragma once

#include "core/result.h"

#include <QDate>

#include <optional>

namespace pd {

class Database;

// Which published version of the programme rules members were bound by on a day (compliance
// writes and publishes the versions, core/compliance/rulesversions; statements name the one in
// force): the published version with the latest effective date up to the day.
struct PublishedRules
{
    int version = 0;
    QDate effectiveFrom;
};

Result<std::optional<PublishedRules>> publishedRulesInForce(Database &db, const QDate &day);

} // namespace pd

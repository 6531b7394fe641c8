#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>
#include <QVariantList>

namespace pd {

class Database;

// Which audit records to show or export. Every part is optional.
struct AuditFilter
{
    QString action; // an action code ("receipt.post"), exactly
    QString user;   // the acting user's name, exactly
    QDate from, to; // business days in the programme's zone, both included
    QString record; // a record's id, or a member's card number

    bool isEmpty() const { return action.isEmpty() && user.isEmpty() && from.isNull() && to.isNull() && record.isEmpty(); }
};

// The SQL condition ("AND …" terms, to follow a WHERE) and its values for a filter. A card
// number is looked up once, so the condition compares ids.
struct AuditCondition
{
    QString sql;
    QVariantList values;
};
Result<AuditCondition> auditCondition(Database &db, const AuditFilter &filter);

} // namespace pd

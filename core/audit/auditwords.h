#pragma once

#include "core/audit/auditlog.h"
#include "core/result.h"

#include <QHash>
#include <QList>

namespace pd {

class Database;

// An audit record's details as a person reads them ("points 4,060; points used 0"), not as
// the JSON that was hashed.
QString auditDetailsInWords(const QString &detailsJson);

// What each record is about, by the number people know it by: "card 8000000001",
// "receipt NY01-000123", "redemption R…", "user cashier". Looked up for a page of records
// at once; keyed by recordKey().
QString recordKey(const AuditRecord &r);
Result<QHash<QString, QString>> auditRecordNames(Database &db, const QList<AuditRecord> &records);
// The name found, or the kind of record and its id.
QString auditRecordName(const AuditRecord &r, const QHash<QString, QString> &names);

} // namespace pd

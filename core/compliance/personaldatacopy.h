#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>

namespace pd {

class Database;

namespace personaldata {

// Everything the programme holds about one member, as the copy a member may ask for
// (个人信息保护法 Art. 45): profile, consents and their history, receipts and returns, the ledger,
// redemptions, check-ins, badges, reveals of the mobile and the member's own requests. The shape
// is docs/personal-data-export.schema.json; times are stored UTC text, amounts in fen, points
// in points. Read inside the caller's transaction.
Result<QJsonObject> memberCopy(Database &db, qint64 memberId, const QDateTime &now, const QString &exportedBy);

} // namespace personaldata
} // namespace pd

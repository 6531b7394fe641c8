#pragma once

#include "core/result.h"

#include <QVariantList>

namespace pd {

class Database;

// A receipt, return (and later a redemption) carries its store's own number (DESIGN §5):
// posted again with the same content it returns the first result, with other content it is
// refused.
struct PostedDocument
{
    bool found = false;
    qint64 id = 0;
    QVariantList values; // the extra columns asked for, when found
};

// Looks up `number` of `storeId` in `table` (which has store_id, <numberColumn>, id and
// content). A different `canonical` content is a Conflict error carrying `conflictMessage`
// and the number column as its field.
Result<PostedDocument> findPostedDocument(Database &db, const QString &table, const QString &numberColumn, qint64 storeId,
                                          const QString &number, const QString &canonical, const QString &conflictMessage,
                                          const QStringList &extraColumns = {});

} // namespace pd

#include "idblock.h"

#include "core/db/database.h"
#include "core/db/sql.h"

#include <algorithm>

namespace pd {

Result<qint64> IdBlock::next()
{
    if (m_used == m_ids.size()) {
        auto rows = sql::run(m_db.connection(), QStringLiteral("SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)"),
                             {m_table, m_blockSize});
        if (!rows)
            return rows.error();
        m_ids.clear();
        m_used = 0;
        while (rows.value().next())
            m_ids << rows.value().value(0).toLongLong();
        rows.value().finish();
        if (m_ids.isEmpty())
            return makeError(ErrorCode::Database, QCoreApplication::translate("pd::IdBlock", "The database gave no new row numbers for %1.").arg(m_table));
        std::sort(m_ids.begin(), m_ids.end());
        m_blockSize = m_laterBlocks;
    }
    return m_ids.at(m_used++);
}

} // namespace pd

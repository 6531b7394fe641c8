#include "transaction.h"

#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/writebehind.h"

#include <QSqlError>

namespace pd {

WriteTransaction::WriteTransaction(Database &db) : m_db(db) {}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

Status WriteTransaction::begin()
{
    Q_ASSERT(!m_active);
    m_db.dropCommitHooks(); // anything left by work outside a transaction
    auto r = sql::run(m_db.connection(), m_db.dialect().beginWrite());
    if (!r)
        return r.error();
    m_active = true;
    return {};
}

Status WriteTransaction::commit()
{
    Q_ASSERT(m_active);
    if (Status s = m_db.runCommitHooks(); !s) {
        rollback();
        return s;
    }
    // on a server the writes still waiting go in the COMMIT's own round trip
    Status committed = sql::sendWaiting(m_db.connection(), QStringLiteral("COMMIT"));
    if (committed) {
        m_active = false;
        return {};
    }
    rollback();
    return committed;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_db.dropCommitHooks();
    auto r = sql::run(m_db.connection(), QStringLiteral("ROLLBACK"));
    Q_UNUSED(r);
}

ReadSnapshot::ReadSnapshot(Database &db) : m_db(db) {}

ReadSnapshot::~ReadSnapshot()
{
    const QSqlDatabase c = m_db.connection();
    if (m_mode == Mode::Savepoint)
        (void)sql::run(c, QStringLiteral("RELEASE SAVEPOINT pd_read"));
    else if (m_mode == Mode::Transaction)
        (void)sql::run(c, QStringLiteral("COMMIT"));
}

Status ReadSnapshot::begin()
{
    Q_ASSERT(m_mode == Mode::Ended);
    const QSqlDatabase c = m_db.connection();
    // SQLite: outside a transaction a savepoint begins a deferred one. PostgreSQL refuses a
    // savepoint outside a transaction, which tells us there is none of the caller's.
    auto savepoint = sql::run(c, QStringLiteral("SAVEPOINT pd_read"));
    if (savepoint) {
        m_mode = Mode::Savepoint;
        return {};
    }
    if (m_db.dialect().isSQLite())
        return savepoint.error();
    if (auto r = sql::run(c, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")); !r)
        return r.error();
    m_mode = Mode::Transaction;
    return {};
}

} // namespace pd

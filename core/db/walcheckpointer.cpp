#include "walcheckpointer.h"

#include "core/db/database.h"
#include "core/db/sql.h"

#include <QThread>

#include <cstdio>

namespace pd {

namespace {
constexpr int kDefaultAutoCheckpointPages = 1000;
std::atomic<int> g_instances{0};
} // namespace

WalCheckpointer::WalCheckpointer(Database &desk, int intervalMs) : m_desk(desk), m_intervalMs(intervalMs) {}

Result<std::unique_ptr<WalCheckpointer>> WalCheckpointer::start(Database &desk, int intervalMs)
{
    if (!desk.dialect().isSQLite())
        return std::unique_ptr<WalCheckpointer>();
    if (auto r = sql::run(desk.connection(), QStringLiteral("PRAGMA wal_autocheckpoint = 0")); !r)
        return r.error();
    std::unique_ptr<WalCheckpointer> c(new WalCheckpointer(desk, intervalMs));
    c->m_thread = QThread::create([raw = c.get()] { raw->run(); });
    c->m_thread->start(QThread::LowPriority);
    return c;
}

WalCheckpointer::~WalCheckpointer()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
    auto r = sql::run(m_desk.connection(), QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(kDefaultAutoCheckpointPages));
    Q_UNUSED(r);
}

void WalCheckpointer::run()
{
    // a connection of this thread's own (Qt connections belong to the thread that opened them)
    auto own = m_desk.openAnother(QStringLiteral("wal-checkpointer-%1").arg(++g_instances));
    if (!own) {
        std::fprintf(stderr, "WAL checkpoints stay on the desk connection: %s\n", qPrintable(own.error().describe()));
        auto r = sql::run(m_desk.connection(), QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(kDefaultAutoCheckpointPages));
        Q_UNUSED(r);
        return;
    }
    QMutexLocker lock(&m_mutex);
    while (!m_stop) {
        m_wake.wait(&m_mutex, m_intervalMs);
        if (m_stop)
            break;
        lock.unlock();
        // (busy, frames in the WAL, frames copied into the database)
        auto r = sql::run(own.value()->connection(), QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        if (r && r.value().next()) {
            ++m_checkpoints;
            m_frames += std::max<qint64>(0, r.value().value(2).toLongLong());
            r.value().finish();
        }
        lock.relock();
    }
}

} // namespace pd

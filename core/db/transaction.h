#pragma once

#include "core/result.h"

namespace pd {

class Database;

// A write transaction that rolls back unless committed. SQLite: BEGIN IMMEDIATE, so the
// write lock is taken (or waited for) up front; in WAL mode readers never hold up the COMMIT
// (tst_contention shows it), so a COMMIT that fails is an error, not a race to run again.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status begin();
    Status commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    Database &m_db;
    bool m_active = false;
};

// Every read until it ends sees one state of the database while writers go on: a check
// that reads several tables must not see a write in one and miss it in another. SQLite: a
// deferred transaction (WAL readers never block writers); PostgreSQL: REPEATABLE READ, READ
// ONLY. Inside a transaction it is a savepoint, and the caller's transaction is the snapshot.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    Status begin();

private:
    enum class Mode { Ended, Savepoint, Transaction };
    Database &m_db;
    Mode m_mode = Mode::Ended;
};

} // namespace pd

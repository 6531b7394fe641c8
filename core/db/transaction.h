#pragma once

#include "core/result.h"

namespace pd {

class Database;

// A write transaction that rolls back unless committed. SQLite: BEGIN IMMEDIATE, so the
// write lock is taken (or waited for) up front; a COMMIT that reports busy is retried.
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

} // namespace pd

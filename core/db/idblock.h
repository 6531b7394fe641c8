#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace pd {

class Database;

// Row ids taken from a PostgreSQL table's identity sequence a block at a time, so a batch can
// write its rows with their ids already known instead of waiting for each INSERT … RETURNING
// (a round trip per row, docs/decisions.md). Ids a batch does not use are gaps, as a rolled
// back INSERT leaves. Take a block only once the rows' members are locked: a member's entries
// must be numbered in the order they are chained, and another desk waiting for that lock takes
// its id after this block.
class IdBlock
{
public:
    IdBlock(Database &db, QString table, int blockSize) : m_db(db), m_table(std::move(table)), m_blockSize(blockSize) {}

    // The next id, taking a new block from the server when this one is used up.
    Result<qint64> next();

private:
    Database &m_db;
    QString m_table;
    int m_blockSize;
    QList<qint64> m_ids;
    qsizetype m_used = 0;
};

} // namespace pd

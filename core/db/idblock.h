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
    // The first block holds `firstBlock` ids, any later one `laterBlocks` (a batch that may
    // need more than it usually does takes its usual need first: every id taken is a nextval
    // the server runs, used or not).
    IdBlock(Database &db, QString table, int firstBlock, int laterBlocks)
        : m_db(db), m_table(std::move(table)), m_blockSize(firstBlock), m_laterBlocks(laterBlocks)
    {
    }

    // The next id, taking a new block from the server when this one is used up.
    Result<qint64> next();

private:
    Database &m_db;
    QString m_table;
    int m_blockSize;
    int m_laterBlocks;
    QList<qint64> m_ids;
    qsizetype m_used = 0;
};

} // namespace pd

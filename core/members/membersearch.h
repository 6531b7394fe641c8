#pragma once

#include <QString>

namespace pd {

enum class MemberSearchMode { Auto, CardNo, Mobile, Name, Initials };

// How a search text becomes an index range over one column.
struct MemberSearch
{
    QString column;      // empty: no filter, list by id
    QString low, high;   // column >= low AND column < high (a prefix range)
    bool exact = false;  // column = low

    // Auto: latin letters → pinyin initials; Chinese → name prefix; 11 digits starting with
    // 1 → that mobile number; other digits → card number prefix.
    static MemberSearch resolve(const QString &text, MemberSearchMode mode);
};

} // namespace pd
